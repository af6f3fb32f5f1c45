#include "ui/sync/BackgroundSync.h"

#include "ui/sync/SyncEvents.h"

#include <QNetworkAccessManager>
#include <QTimer>

namespace ud {

BackgroundSync::BackgroundSync(Database &db, QObject *parent)
    : QObject(parent), m_db(db), m_network(std::make_unique<QNetworkAccessManager>()),
      m_client(std::make_unique<SyncClient>(db, m_clock, *m_network)),
      m_ledger(std::make_unique<SyncLedger>(db, m_clock)), m_timer(new QTimer(this)), m_firstRun(new QTimer(this))
{
    m_timer->setInterval(kDefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &BackgroundSync::onTimer);
    m_firstRun->setSingleShot(true);
    connect(m_firstRun, &QTimer::timeout, this, &BackgroundSync::onTimer);
    connect(m_client.get(), &SyncClient::progress, this, &BackgroundSync::progress);
    connect(m_client.get(), &SyncClient::finished, this, &BackgroundSync::onFinished);
}

BackgroundSync::~BackgroundSync()
{
    // Stop a run before the client and its network manager go.
    if (m_client->isRunning())
        m_client->cancel();
    m_client.reset();
    m_network.reset();
}

void BackgroundSync::startTimers(int firstRunDelayMs)
{
    m_firstRun->start(qMax(0, firstRunDelayMs));
    m_timer->start();
}

void BackgroundSync::stopTimers()
{
    m_firstRun->stop();
    m_timer->stop();
}

void BackgroundSync::setIntervalMs(int ms)
{
    m_timer->setInterval(qMax(1000, ms));
}

int BackgroundSync::intervalMs() const
{
    return m_timer->interval();
}

bool BackgroundSync::runNow()
{
    if (m_client->isRunning())
        return false;
    if (!m_client->start())
        return false;
    Q_EMIT runStarted();
    return true;
}

void BackgroundSync::cancel()
{
    m_client->cancel();
}

bool BackgroundSync::isRunning() const
{
    return m_client->isRunning();
}

bool BackgroundSync::isEnrolled() const
{
    const SyncOverview o = m_ledger->overview();
    return !o.hubUrl.isEmpty()
        && (o.enrollment == QLatin1String("requested") || o.enrollment == QLatin1String("approved"));
}

SyncOverview BackgroundSync::overview() const
{
    return m_ledger->overview();
}

QList<QuarantinedRecord> BackgroundSync::quarantined(int limit) const
{
    return m_ledger->quarantined(limit);
}

void BackgroundSync::announceEnrollment()
{
    Q_EMIT enrollmentChanged();
    SyncEvents::instance().announceStatesChanged(); // the lists' sync columns now have a hub
}

void BackgroundSync::onTimer()
{
    if (!m_client->isRunning() && isEnrolled())
        runNow();
}

void BackgroundSync::onFinished(const SyncRunResult &result)
{
    Q_EMIT runFinished(result);
    SyncEvents::instance().announceStatesChanged();
}

} // namespace ud
