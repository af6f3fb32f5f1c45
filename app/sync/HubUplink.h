#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "sync/HubSync.h"
#include "sync/SyncClient.h"
#include "sync/SyncTransport.h"

#include <QObject>

#include <optional>

namespace ud {

class HubDatabase;
class HubStore;

// A hub as a node of its parent hub (docs/sync.md "Forwarding"): it forwards everything that
// reached it (hub_records in arrival order, each with its original origin and version, based on
// the version the parent last accepted) in frozen batches of at most 500, and brings down what
// the parent sends (reviews, reference data, conflicts), passing it on to its own children
// through hub_down. Nothing goes back to where it came from: the parent's pull sends only what
// flows down. Memory stays flat: one batch at a time, whatever the count.
class HubUplink : public QObject
{
    Q_OBJECT

public:
    HubUplink(HubStore &store, const Clock &clock, QNetworkAccessManager &network, QObject *parent = nullptr);

    // The parent hub and this hub's key. The hub's identity comes from its database.
    Status configure(const QString &parentUrl, const QString &certificatePem, const SyncKeys &keys);

    // Asks the parent to enroll this hub (synchronous); the parent's administrator approves it
    // "as hub" for this hub's unit.
    Result<QString> enroll();

    bool start();
    bool isRunning() const { return m_running; }
    SyncRunResult runAndWait();
    void setRetryPolicy(int attempts, int firstDelayMs) { m_transport.setRetryPolicy(attempts, firstDelayMs); }

    // The batch waiting to go up (frozen), or a new one; std::nullopt when everything went up.
    struct Batch
    {
        QString batchId;
        qint64 fromSeq = 0;
        qint64 toSeq = 0;
        int records = 0;
        QByteArray body; // canonical JSON of the push
    };
    Result<std::optional<Batch>> nextBatch();
    Status acknowledge(const Batch &batch, const PushReply &reply);
    Result<int> applyPulled(const PullReply &reply);

signals:
    void finished(const ud::SyncRunResult &result);

private:
    void onHello(const SyncTransport::Answer &answer);
    void pushNext();
    void sendBatch();
    void pullNext();
    void finish(bool ok, const QString &code = {}, const QString &message = {});
    QString epoch() const;

    HubStore &m_store;
    HubSync m_sync;
    const Clock &m_clock;
    SyncTransport m_transport;
    QString m_nodeId;
    std::optional<SyncKeys> m_keys;
    bool m_running = false;
    SyncRunResult m_result;
    std::optional<Batch> m_batch;
};

} // namespace ud
