#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "sync/SyncKeys.h"
#include "sync/SyncLedger.h"
#include "sync/SyncTransport.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace ud {

class Database;

// How one sync run ended.
struct SyncRunResult
{
    bool ok = false;
    QString code;          // "" when ok; else a reason code (network, unknown_node, not_approved, ...)
    QString message;       // for a person: what happened and what to do
    int pushedRecords = 0; // records the hub answered for
    int pushedBatches = 0;
    int refused = 0;       // records the hub refused (quarantined)
    int conflicts = 0;
    int pulledItems = 0;   // items received and applied
    int uploadedChunks = 0; // chunks of attachment contents sent
    QString enrollment;    // as the hub said: pending, approved, revoked ("" if not asked)
    qint64 clockSkewMs = 0;

    // Counts the hub's answer to one batch.
    void count(const PushReply &reply)
    {
        ++pushedBatches;
        for (const RecordResult &r : reply.results) {
            ++pushedRecords;
            if (r.status == RecordStatus::Forbidden || r.status == RecordStatus::Invalid)
                ++refused;
            else if (r.status == RecordStatus::Conflict)
                ++conflicts;
        }
    }
};

// Starts `runner` (a SyncClient or a HubUplink) and waits in an event loop of its own for its
// finished() (the CLI, tests).
template <typename Runner>
SyncRunResult waitForRun(Runner *runner)
{
    QEventLoop loop;
    SyncRunResult result;
    QMetaObject::Connection c = QObject::connect(runner, &Runner::finished, &loop, [&](const SyncRunResult &r) {
        result = r;
        loop.quit();
    });
    if (runner->start())
        loop.exec();
    QObject::disconnect(c);
    return result;
}

// The desktop's (or a child hub's) side of protocol 1 over HTTPS (docs/sync.md): hello, then
// push the outbox batch by batch, then pull what came down, each answer applied through
// SyncLedger. Asynchronous: never blocks the caller's event loop; progress() tells how far.
// Network errors, timeouts, 429 and 5xx are retried within the run with exponential back-off
// and jitter; other refusals end the run with the hub's reason. The network manager and the
// clock are injected (tests, fault injection).
class SyncClient : public QObject
{
    Q_OBJECT

public:
    SyncClient(Database &db, const Clock &clock, QNetworkAccessManager &network, QObject *parent = nullptr);
    ~SyncClient() override;

    // Asks the hub at `url` to enroll this node (a signed request with its public key). The
    // hub's certificate is `certificatePem` (a pinned self-signed certificate) or, when empty,
    // one the system trusts. On success the hub and the request are remembered; the node then
    // waits for the hub's administrator. Synchronous (runs its own event loop).
    Result<QString> enroll(const QString &url, const QString &certificatePem);

    // One sync run with the remembered hub; finished() tells how it ended. A run already going
    // on is not started twice (returns false).
    bool start();
    bool isRunning() const { return m_running; }
    void cancel();
    // Runs start() and waits for it (the CLI).
    SyncRunResult runAndWait();

    // Retries within one run: attempts per request and the first delay (doubled each time,
    // with ±25 % jitter, at most kMaxDelayMs).
    void setRetryPolicy(int attempts, int firstDelayMs) { m_transport.setRetryPolicy(attempts, firstDelayMs); }
    // Per-request timeout.
    void setTimeoutMs(int ms) { m_transport.setTimeoutMs(ms); }

    // The node's public key and fingerprint (made when first needed).
    Result<SyncKeys> keys();

signals:
    void progress(int pushedRecords, int pendingRecords, int pulledItems);
    void finished(const ud::SyncRunResult &result);

private:
    void onHello(const SyncTransport::Answer &answer);
    void pushNext();
    void sendBatch();
    void transmit();
    void whileAtHub();
    bool recordDeferredAnswer();
    void onPushed(const SyncTransport::Answer &answer);
    void pullNext();
    void finish(bool ok, const QString &code = {}, const QString &message = {});
    void refuse(const SyncTransport::Answer &answer) { finish(false, SyncTransport::codeOf(answer), SyncTransport::describe(answer)); }

    Database &m_db;
    const Clock &m_clock;
    SyncLedger m_ledger;
    SyncTransport m_transport;
    class BlobUploader *m_blobs = nullptr; // child QObject
    std::optional<SyncKeys> m_keys;
    QString m_nodeId;
    bool m_running = false;
    SyncRunResult m_result;
    qint64 m_pendingAtStart = 0;
    std::optional<OutgoingBatch> m_batch;
    // The hub's answer to the batch before m_batch, recorded once m_batch's body is out.
    struct Deferred
    {
        OutgoingBatch batch;
        PushReply reply;
    };
    std::optional<Deferred> m_deferred;
};

} // namespace ud

Q_DECLARE_METATYPE(ud::SyncRunResult)
