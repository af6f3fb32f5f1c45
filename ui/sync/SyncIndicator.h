#pragma once

#include <QToolButton>

namespace ud {

class BackgroundSync;
struct SyncRunResult;

// The small sync status in the status bar: when sync last worked, or that the last run failed
// (the reason in the tooltip), or that a run is going on. Clicking it opens the sync panel.
class SyncIndicator : public QToolButton
{
    Q_OBJECT

public:
    explicit SyncIndicator(BackgroundSync &sync, QWidget *parent = nullptr);

    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    BackgroundSync &m_sync;
};

} // namespace ud
