#pragma once

#include "core/Clock.h"
#include "sync/SyncClient.h"
#include "sync/SyncLedger.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace ud {

class Database;

// Sync of one open database in the background: the one SyncClient of the window (the sync panel
// and the timer share it, so two runs never overlap), a run soon after the database is opened and
// then every interval (5 minutes by default) while this node is enrolled with a hub (requested or
// approved: a run is also how the node learns that the hub approved it) and no run is going on.
// Every run ends with SyncEvents::statesChanged(), so the lists' sync columns are read again.
class BackgroundSync : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 5 * 60 * 1000;
    static constexpr int kFirstRunDelayMs = 10 * 1000;

    explicit BackgroundSync(Database &db, QObject *parent = nullptr);
    Database &database() { return m_db; }
    ~BackgroundSync() override;

    // Starts the timers (first run after `firstRunDelayMs`, then every interval).
    void startTimers(int firstRunDelayMs = kFirstRunDelayMs);
    void stopTimers();
    void setIntervalMs(int ms);
    int intervalMs() const;

    // A run now (the "Sync now" button); false when one is already going on.
    bool runNow();
    void cancel();
    bool isRunning() const;
    // Whether this node has asked a hub to enroll it and was not refused (requested or approved).
    bool isEnrolled() const;

    SyncClient &client() { return *m_client; }
    SyncOverview overview() const;
    QList<QuarantinedRecord> quarantined(int limit = 200) const;
    // Tells the panel and the indicator that an enrollment was requested from the GUI.
    void announceEnrollment();

Q_SIGNALS:
    void runStarted();
    void progress(int pushedRecords, int pendingRecords, int pulledItems);
    void runFinished(const ud::SyncRunResult &result);
    // Enrollment or the hub changed outside a run (EnrollDialog).
    void enrollmentChanged();

private:
    void onTimer();
    void onFinished(const SyncRunResult &result);

    Database &m_db;
    SystemClock m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SyncClient> m_client;
    std::unique_ptr<SyncLedger> m_ledger;
    QTimer *m_timer;
    QTimer *m_firstRun;
};

} // namespace ud
