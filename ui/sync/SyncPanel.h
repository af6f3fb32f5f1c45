#pragma once

#include "storage/Accounts.h"
#include "ui/sync/RecordTerms.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ud {

class BackgroundSync;
struct SyncRunResult;

// How sync stands, in plain words: the hub and this node's enrollment (not enrolled; waiting for
// approval, with the key fingerprint to read out; approved for a unit; revoked), the last
// successful sync, what waits to be sent, what was sent and not answered, what the hub refused
// and the open conflicts, the last error with what to do, and the records the hub refused.
// "Sync now" runs in the background (BackgroundSync) with a progress line and Cancel; the
// window is never blocked. Administrators enroll from here (EnrollDialog).
class SyncPanel : public QWidget
{
    Q_OBJECT

public:
    SyncPanel(BackgroundSync &sync, const Session &session, QWidget *parent = nullptr);

    void refresh();
    // Opens the enrollment dialog (administrators); true when a request was made.
    bool enroll();
    // How the workspaces name their tables, fields and values (the conflict dialog shows records
    // in these words); made anew each time the dialog opens. Without it, as stored.
    void setRecordTerms(RecordTermsSet::Factory terms) { m_terms = std::move(terms); }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void syncNow();
    void showConflicts();
    void onStarted();
    void onProgress(int pushedRecords, int pendingRecords, int pulledItems);
    void onFinished(const SyncRunResult &result);
    QString enrollmentText() const;

    BackgroundSync &m_sync;
    Session m_session;
    QLabel *m_title;
    QLabel *m_hub;
    QLabel *m_enrollment;
    QLabel *m_lastSuccess;
    QLabel *m_counts;
    QLabel *m_error;
    QLabel *m_progress;
    QLabel *m_quarantineTitle;
    QPushButton *m_syncNow;
    QPushButton *m_conflicts;
    QPushButton *m_cancel;
    QPushButton *m_enroll;
    QTableWidget *m_quarantine;
    QString m_lastRunText; // what the last run from here ended with
    RecordTermsSet::Factory m_terms;
};

} // namespace ud
