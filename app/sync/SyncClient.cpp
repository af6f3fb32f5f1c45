#include "sync/SyncClient.h"

#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/NumberBlocks.h"
#include "sync/BlobUploader.h"
#include "sync/RequestSignature.h"
#include "sync/SyncCodec.h"
#include "sync/SyncLog.h"
#include "sync/SyncMessages.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>

namespace ud {


SyncClient::SyncClient(Database &db, const Clock &clock, QNetworkAccessManager &network, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_ledger(db, clock), m_transport(clock, network)
{
    qRegisterMetaType<ud::SyncRunResult>();
    m_blobs = new BlobUploader(m_transport, [this](const QString &sha) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT data FROM attachment_blobs WHERE sha256 = ?"));
        q.addBindValue(sha);
        return q.exec() && q.next() ? q.value(0).toByteArray() : QByteArray();
    }, this);
}

SyncClient::~SyncClient() = default;

Result<SyncKeys> SyncClient::keys()
{
    if (m_keys)
        return *m_keys;
    const auto node = NodeIdentity::load(m_db);
    if (!node)
        return Result<SyncKeys>::failure(tr("This database has no node identity yet; set the node up first."));
    m_nodeId = node->nodeId;
    auto k = SyncKeys::loadOrCreate(m_nodeId);
    if (!k)
        return k;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO sync_identity (singleton, public_key, made_at) VALUES (1, ?, ?) "
                             "ON CONFLICT (singleton) DO UPDATE SET public_key = excluded.public_key"));
    q.addBindValue(k.value().publicKeyBase64());
    q.addBindValue(isoUtc(m_clock.nowUtc()));
    q.exec();
    m_keys = k.value();
    m_transport.setIdentity(m_nodeId, k.value());
    return k;
}

Result<QString> SyncClient::enroll(const QString &url, const QString &certificatePem)
{
    auto k = keys();
    if (!k)
        return Result<QString>::failure(k.error());
    const auto node = NodeIdentity::load(m_db);
    if (!node)
        return Result<QString>::failure(tr("This database has no node identity yet; set the node up first."));
    const QUrl parsed(url);
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http"))
        || parsed.host().isEmpty())
        return Result<QString>::failure(tr("\"%1\" is not a hub address; it looks like https://hub.example:8443.").arg(url));
    m_transport.setHub(url, certificatePem);
    m_transport.reset();
    EnrollRequest req;
    req.nodeId = node->nodeId;
    req.orgUnit = node->orgUnit;
    req.tier = node->tier;
    req.displayName = node->displayName;
    req.madeAt = m_clock.nowUtc();
    req.sign(k.value());
    bool compressed = false;
    const QByteArray body = SyncCodec::encodeBody(req.toJson(), &compressed);
    QEventLoop loop;
    Result<QString> outcome = Result<QString>::failure(QString());
    // A person is waiting at the dialog: one attempt, then the reason.
    const int attempts = m_transport.attempts(), delay = m_transport.firstDelayMs();
    m_transport.setRetryPolicy(1, delay);
    m_transport.send("POST", QStringLiteral("/sync/v1/enroll"), body, compressed, [&](const SyncTransport::Answer &a) {
        if (a.status == 200) {
            const QString st = a.body.value(QStringLiteral("status")).toString();
            m_ledger.setPeer(m_transport.url(), certificatePem);
            m_ledger.setHubKey(a.body.value(QStringLiteral("hub_node")).toString(),
                               a.body.value(QStringLiteral("hub_public_key")).toString());
            m_ledger.setEnrollment(st == QLatin1String("pending") ? QStringLiteral("requested") : st, QString(),
                                   a.body.value(QStringLiteral("hub_node")).toString());
            outcome = st;
        } else {
            outcome = Result<QString>::failure(SyncTransport::describe(a));
        }
        loop.quit();
    });
    loop.exec();
    m_transport.setRetryPolicy(attempts, delay);
    return outcome;
}

bool SyncClient::start()
{
    if (m_running)
        return false;
    m_running = true;
    m_result = SyncRunResult();
    m_batch.reset();
    m_deferred.reset();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT url, certificate FROM sync_peer")) || !q.next() || q.value(0).toString().isEmpty()) {
        QTimer::singleShot(0, this, [this]() {
            finish(false, QStringLiteral("no_hub"),
                   tr("This computer has no hub to sync with yet. Enroll it with the union above first."));
        });
        return true;
    }
    m_transport.setHub(q.value(0).toString(), q.value(1).toString());
    m_transport.reset();
    auto k = keys();
    if (!k) {
        const QString why = k.error();
        QTimer::singleShot(0, this, [this, why]() { finish(false, QStringLiteral("key"), why); });
        return true;
    }
    const auto node = NodeIdentity::load(m_db);
    HelloRequest hello;
    hello.nodeId = m_nodeId;
    hello.dbEpoch = node ? node->dbEpoch : QString();
    QSqlQuery s(m_db.connection());
    if (s.exec(QStringLiteral("PRAGMA user_version")) && s.next())
        hello.schema = s.value(0).toInt();
    s.finish();
    if (s.exec(QStringLiteral("SELECT seq, hash FROM log_heads WHERE log = 'audit'")) && s.next()) {
        hello.auditHead.seq = s.value(0).toLongLong();
        hello.auditHead.hash = s.value(1).toString();
    }
    bool compressed = false;
    const QByteArray body = SyncCodec::encodeBody(hello.toJson(), &compressed);
    m_transport.send("POST", QStringLiteral("/sync/v1/hello"), body, compressed,
                     [this](const SyncTransport::Answer &a) { onHello(a); });
    return true;
}

void SyncClient::cancel()
{
    m_transport.cancel();
}

void SyncClient::onHello(const SyncTransport::Answer &answer)
{
    if (answer.status != 200)
        return refuse(answer);
    auto reply = HelloReply::fromJson(answer.body);
    if (!reply) {
        finish(false, QStringLiteral("bad_reply"), tr("The hub's answer could not be read: %1").arg(reply.error()));
        return;
    }
    const HelloReply &h = reply.value();
    m_result.clockSkewMs = h.hubTime.isValid() ? m_clock.nowUtc().msecsTo(h.hubTime) : 0;
    m_result.enrollment = enrollmentStatusKey(h.enrollmentStatus);
    m_ledger.setAuditKnown(h.checkpointEpoch.isEmpty() ? 0 : h.auditKnown.seq);
    m_ledger.setEnrollment(h.enrollmentStatus == EnrollmentStatus::Pending ? QStringLiteral("requested")
                                                                            : enrollmentStatusKey(h.enrollmentStatus),
                           h.enrollmentOrgUnit, h.hubNode);
    if (h.enrollmentStatus == EnrollmentStatus::Pending) {
        finish(false, QStringLiteral("not_approved"),
               tr("The hub has not approved this computer yet. Its changes are kept and sent once the hub's "
                  "administrator approves it."));
        return;
    }
    if (!h.blocks.isEmpty()) {
        // The numbers this desktop may give, so two desktops of one station never give the same.
        Database::Transaction tx(m_db);
        NumberBlocks blocks(m_db);
        const QDateTime now = m_clock.nowUtc();
        for (const NumberBlockGrant &b : h.blocks)
            if (Status s = blocks.grant(b.series, b.first, b.last, now.date().year(), isoUtc(now)); !s)
                return finish(false, QStringLiteral("local"), tr("The number block from the hub could not be saved: %1").arg(s.error()));
        if (Status s = tx.commit(); !s)
            return finish(false, QStringLiteral("local"), s.error());
    }
    if (h.enrollmentStatus == EnrollmentStatus::Revoked) {
        finish(false, QStringLiteral("revoked"), tr("The hub's administrator has revoked this computer's enrollment."));
        return;
    }
    // For progress; counting distinct records of a large outbox would take longer than a batch.
    m_pendingAtStart = m_ledger.queuedChanges();
    pushNext();
}

void SyncClient::pushNext()
{
    auto next = m_ledger.nextBatch([](const QByteArray &m, bool *compressed) { return SyncCodec::encodeCanonical(m, compressed); },
                                   SyncCodec::kMaxRecords, SyncCodec::kMaxBatchBytes - 64 * 1024);
    if (!next) {
        finish(false, QStringLiteral("local"), tr("The changes to send could not be read: %1").arg(next.error()));
        return;
    }
    if (!next.value()) {
        pullNext();
        return;
    }
    m_batch = *next.value();
    // The attachments named by the batch's records go first.
    QStringList hashes = m_batch->blobHashes;
    if (!m_batch->blobHashesKnown) { // a batch frozen by an earlier run
        auto body = SyncCodec::decodeBody(m_batch->body, m_batch->compressed, SyncCodec::kMaxRequestBytes * 4);
        hashes = body ? BlobUploader::hashesOf(body.value()) : QStringList();
    }
    if (hashes.isEmpty())
        return sendBatch();
    m_blobs->run(hashes, [this](bool ok, const SyncTransport::Answer &refusal, int chunks) {
        m_result.uploadedChunks += chunks;
        if (!ok)
            return refuse(refusal);
        sendBatch();
    });
}

void SyncClient::sendBatch()
{
    transmit();
}

void SyncClient::transmit()
{
    // Once the body is out, the next batch is frozen while the hub applies this one (and the
    // answer to the previous batch recorded, if it waits): the body is fed to Qt's network thread
    // from this thread, so that work starts only when the upload is done.
    m_transport.send(
        "POST", QStringLiteral("/sync/v1/push"), m_batch->body, m_batch->compressed,
        [this](const SyncTransport::Answer &a) { onPushed(a); }, [this]() { whileAtHub(); });
}

void SyncClient::whileAtHub()
{
    if (!m_running || !m_batch)
        return;
    m_ledger.markAttempt(m_batch->batchId); // counted once the body is out (a write waits for the disk)
    if (!recordDeferredAnswer())
        return;
    // A failure here is not this batch's: nextBatch tries again.
    const auto encode = [](const QByteArray &m, bool *compressed) { return SyncCodec::encodeCanonical(m, compressed); };
    if (auto ahead = m_ledger.freezeAhead(*m_batch, encode, SyncCodec::kMaxRecords, SyncCodec::kMaxBatchBytes - 64 * 1024); !ahead)
        qCWarning(lcSync) << "the next batch could not be made ahead:" << ahead.error();
}

bool SyncClient::recordDeferredAnswer()
{
    if (!m_deferred)
        return true;
    const Deferred d = *m_deferred;
    m_deferred.reset();
    if (Status s = m_ledger.acknowledge(d.batch, d.reply); !s) {
        m_transport.cancel(); // the batch at the hub goes again next time
        finish(false, QStringLiteral("local"), tr("The hub's answer could not be recorded: %1").arg(s.error()));
        return false;
    }
    m_result.count(d.reply);
    // What is left, from the count at the start of the run (counting the outbox again after
    // every batch would read it 200 times for 100,000 records).
    emit progress(m_result.pushedRecords, static_cast<int>(std::max<qint64>(0, m_pendingAtStart - m_result.pushedRecords)),
                  m_result.pulledItems);
    return true;
}

void SyncClient::onPushed(const SyncTransport::Answer &a)
{
    if (!m_running || !m_batch)
        return; // the run ended while this batch was at the hub: it goes again next time
    if (!recordDeferredAnswer()) // the previous batch's, if its upload-done signal did not come
        return;
    if (a.status != 200)
        return refuse(a);
    auto reply = PushReply::fromJson(a.body);
    if (!reply) {
        finish(false, QStringLiteral("bad_reply"), tr("The hub's answer could not be read: %1").arg(reply.error()));
        return;
    }
    if (reply.value().batchId != m_batch->batchId) {
        // The answer to a batch of a run that ended while it was at the hub: it goes again.
        qCInfo(lcSync) << "an answer for batch" << reply.value().batchId << "came after its run ended";
        return;
    }
    const OutgoingBatch done = *m_batch;
    // The batch frozen ahead goes out at once; this answer is recorded once it is out, while the
    // hub applies it (a batch with attachments waits: they go first). Its records are not in this
    // batch, and if this computer stops before the answer is recorded, both batches are sent
    // again and answered from the hub's store.
    if (auto ahead = m_ledger.frozenAfter(done.toSeq); ahead && ahead->blobHashesKnown && ahead->blobHashes.isEmpty()) {
        m_batch = ahead;
        m_deferred = Deferred{done, reply.value()};
        transmit();
        return;
    }
    m_deferred = Deferred{done, reply.value()};
    if (!recordDeferredAnswer())
        return;
    m_batch.reset();
    pushNext();
}

void SyncClient::pullNext()
{
    const qint64 since = m_ledger.pulledSeq();
    m_transport.send("GET", QStringLiteral("/sync/v1/pull?since=%1&limit=%2").arg(since).arg(SyncCodec::kMaxRecords), QByteArray(), false,
         [this](const SyncTransport::Answer &a) {
             if (a.status != 200)
                 return refuse(a);
             auto reply = PullReply::fromJson(a.body);
             if (!reply) {
                 finish(false, QStringLiteral("bad_reply"), tr("The hub's answer could not be read: %1").arg(reply.error()));
                 return;
             }
             auto applied = m_ledger.applyPulled(reply.value());
             if (!applied) {
                 finish(false, QStringLiteral("local"), tr("What came from the hub could not be saved: %1").arg(applied.error()));
                 return;
             }
             m_result.pulledItems += static_cast<int>(reply.value().items.size());
             emit progress(m_result.pushedRecords, 0, m_result.pulledItems);
             if (reply.value().more)
                 pullNext();
             else
                 finish(true);
         });
}

void SyncClient::finish(bool ok, const QString &code, const QString &message)
{
    if (!m_running)
        return;
    if (m_deferred) { // an answer the hub gave before the run ended is kept
        const Deferred d = *m_deferred;
        m_deferred.reset();
        if (Status s = m_ledger.acknowledge(d.batch, d.reply); s)
            m_result.count(d.reply);
        else
            qCWarning(lcSync) << "the hub's answer to batch" << d.batch.batchId << "could not be recorded:" << s.error();
    }
    m_running = false;
    m_result.ok = ok;
    m_result.code = code;
    m_result.message = message;
    if (ok) {
        m_ledger.recordSuccess(m_result.clockSkewMs);
    } else {
        const QString next = isoUtc(m_clock.nowUtc().addSecs(60));
        m_ledger.recordFailure(code, message, next);
    }
    qCInfo(lcSync) << "sync run" << (ok ? "ok" : "failed") << code << message << "pushed" << m_result.pushedRecords
                   << "pulled" << m_result.pulledItems;
    emit finished(m_result);
}

SyncRunResult SyncClient::runAndWait()
{
    return waitForRun(this);
}

} // namespace ud
