#pragma once

#include "storage/Accounts.h"

#include <QDockWidget>

namespace ud {

class BackgroundSync;
class Database;
class SyncIndicator;
class SyncPanel;

// Sync in the main window, for one open database: the background sync (BackgroundSync, started
// here), the sync panel as this dock (objectName "syncDock", hidden until asked for) and the
// status-bar indicator that opens it. The window deletes the dock when it closes the database.
class SyncDock : public QDockWidget
{
    Q_OBJECT

public:
    SyncDock(Database &db, const Session &session, QWidget *parent = nullptr);
    ~SyncDock() override;

    BackgroundSync &sync() { return *m_sync; }
    SyncPanel *panel() const { return m_panel; }
    // For the window's status bar; deleted with the dock.
    SyncIndicator *indicator() const { return m_indicator; }
    // Shows and raises the panel.
    void showPanel();

protected:
    void changeEvent(QEvent *event) override;

private:
    BackgroundSync *m_sync;
    SyncPanel *m_panel;
    SyncIndicator *m_indicator;
};

} // namespace ud
