#include "sync/HubUplink.h"

#include "core/CanonicalJson.h"
#include "core/Uuid7.h"
#include "storage/NodeIdentity.h"
#include "sync/BlobUploader.h"
#include "sync/HubBlobs.h"
#include "sync/HubDatabase.h"
#include "sync/HubStore.h"
#include "sync/HubTombstones.h"
#include "sync/SyncCodec.h"
#include "sync/SyncLog.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace ud {

namespace {
QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}
const QString kNoHash = QString(64, QLatin1Char('0'));
} // namespace

HubUplink::HubUplink(HubStore &store, const Clock &clock, QNetworkAccessManager &network, QObject *parent)
    : QObject(parent), m_store(store), m_sync(store), m_clock(clock), m_transport(clock, network)
{
    qRegisterMetaType<ud::SyncRunResult>();
}

QString HubUplink::epoch() const
{
    return QStringLiteral("hub-") + m_nodeId;
}

Status HubUplink::configure(const QString &parentUrl, const QString &certificatePem, const SyncKeys &keys)
{
    const auto self = m_store.identity();
    if (!self)
        return Status::failure(tr("This hub has no identity yet; make it with \"uniondesk-cli hub init\"."));
    m_nodeId = self->nodeId;
    m_transport.setHub(parentUrl, certificatePem);
    m_transport.setIdentity(m_nodeId, keys);
    m_keys = keys;
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("INSERT INTO hub_parent (singleton, url, epoch) VALUES (1, ?, ?) "
                             "ON CONFLICT (singleton) DO UPDATE SET url = excluded.url"));
    q.addBindValue(parentUrl);
    q.addBindValue(epoch());
    return q.exec() ? Status::success() : Status::failure(sqlError(q));
}

Result<QString> HubUplink::enroll()
{
    const auto self = m_store.identity();
    if (!self)
        return Result<QString>::failure(tr("This hub has no identity yet; make it with \"uniondesk-cli hub init\"."));
    EnrollRequest req;
    req.nodeId = self->nodeId;
    req.orgUnit = self->orgUnit;
    req.tier = tierFromKey(self->tier).value_or(Tier::District);
    req.displayName = self->displayName;
    req.madeAt = m_clock.nowUtc();
    if (!m_keys)
        return Result<QString>::failure(tr("The parent hub is not configured for this hub."));
    req.sign(*m_keys);
    bool compressed = false;
    const QByteArray body = SyncCodec::encodeBody(req.toJson(), &compressed);
    QEventLoop loop;
    Result<QString> outcome = Result<QString>::failure(QString());
    m_transport.reset();
    m_transport.send("POST", QStringLiteral("/sync/v1/enroll"), body, compressed, [&](const SyncTransport::Answer &a) {
        if (a.status == 200)
            outcome = a.body.value(QStringLiteral("status")).toString();
        else
            outcome = Result<QString>::failure(SyncTransport::describe(a));
        loop.quit();
    });
    loop.exec();
    return outcome;
}

bool HubUplink::start()
{
    if (m_running)
        return false;
    m_running = true;
    m_transport.reset();
    m_result = SyncRunResult();
    m_batch.reset();
    HelloRequest hello;
    hello.nodeId = m_nodeId;
    hello.dbEpoch = epoch();
    hello.schema = m_store.database().schemaVersion();
    hello.auditHead.hash = kNoHash;
    bool compressed = false;
    const QByteArray body = SyncCodec::encodeBody(hello.toJson(), &compressed);
    m_transport.send("POST", QStringLiteral("/sync/v1/hello"), body, compressed,
                     [this](const SyncTransport::Answer &a) { onHello(a); });
    return true;
}

void HubUplink::onHello(const SyncTransport::Answer &a)
{
    if (a.status != 200)
        return finish(false, SyncTransport::codeOf(a), SyncTransport::describe(a));
    auto reply = HelloReply::fromJson(a.body);
    if (!reply)
        return finish(false, QStringLiteral("bad_reply"), tr("The parent hub's answer could not be read: %1").arg(reply.error()));
    m_result.enrollment = enrollmentStatusKey(reply.value().enrollmentStatus);
    m_result.clockSkewMs = reply.value().hubTime.isValid() ? m_clock.nowUtc().msecsTo(reply.value().hubTime) : 0;
    if (reply.value().enrollmentStatus != EnrollmentStatus::Approved)
        return finish(false, QStringLiteral("not_approved"),
                      tr("The parent hub has not approved this hub (%1).").arg(m_result.enrollment));
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("UPDATE hub_parent SET hub_node_id = ? WHERE singleton = 1"));
    q.addBindValue(reply.value().hubNode);
    q.exec();
    pushNext();
}

Result<std::optional<HubUplink::Batch>> HubUplink::nextBatch()
{
    using R = Result<std::optional<Batch>>;
    HubDatabase &db = m_store.database();
    HubDatabase::Transaction tx(db);
    if (!tx.isActive())
        return R::failure(tx.error());
    // The counter's row lock: one freezing at a time, whichever hub process.
    if (auto lock = m_sync.takeSeq(0); !lock)
        return R::failure(lock.error());
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT batch_id, from_seq, to_seq, records, body FROM hub_parent_outgoing")))
        return R::failure(sqlError(q));
    if (q.next()) {
        Batch b{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toInt(),
                q.value(4).toString().toUtf8()};
        return std::optional<Batch>(b);
    }
    q.finish();
    qint64 pushed = 0;
    if (q.exec(QStringLiteral("SELECT pushed_seq FROM hub_parent")) && q.next())
        pushed = q.value(0).toLongLong();
    q.finish();
    q.prepare(QStringLiteral("SELECT table_name, record_id, org_unit, origin_node, version, hlc, deleted, body, seq, "
                             "parent_version FROM hub_records WHERE seq > ? ORDER BY seq LIMIT ?"));
    q.addBindValue(pushed);
    q.addBindValue(SyncCodec::kMaxRecords);
    if (!q.exec())
        return R::failure(sqlError(q));
    PushRequest push;
    push.nodeId = m_nodeId;
    push.dbEpoch = epoch();
    push.schema = db.schemaVersion();
    push.auditHead.hash = kNoHash;
    qint64 bytes = 0;
    while (q.next()) {
        SyncRecord r;
        r.table = q.value(0).toString();
        r.id = q.value(1).toString();
        r.orgUnit = q.value(2).toString();
        r.originNode = q.value(3).toString();
        r.version = q.value(4).toLongLong();
        r.hlc = q.value(5).toString();
        r.deleted = q.value(6).toInt() != 0;
        const QByteArray body = q.value(7).toString().toUtf8();
        r.values = QJsonDocument::fromJson(body).object();
        r.baseVersion = std::min(q.value(9).toLongLong(), r.version - 1);
        if (push.records.isEmpty())
            push.fromSeq = q.value(8).toLongLong();
        push.toSeq = q.value(8).toLongLong();
        push.records.append(r);
        bytes += body.size() + 200;
        if (bytes > SyncCodec::kMaxBatchBytes - 64 * 1024)
            break;
    }
    q.finish();
    if (push.records.isEmpty()) {
        if (Status s = tx.commit(); !s)
            return R::failure(s.error());
        return std::optional<Batch>();
    }
    push.batchId = Uuid7Generator(m_clock).next();
    Batch b{push.batchId, push.fromSeq, push.toSeq, static_cast<int>(push.records.size()),
            CanonicalJson::fromObject(push.toJson())};
    q.prepare(QStringLiteral("INSERT INTO hub_parent_outgoing (batch_id, from_seq, to_seq, records, body, made_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(b.batchId);
    q.addBindValue(b.fromSeq);
    q.addBindValue(b.toSeq);
    q.addBindValue(b.records);
    q.addBindValue(QString::fromUtf8(b.body));
    q.addBindValue(isoUtc(m_clock.nowUtc()));
    if (!q.exec())
        return R::failure(sqlError(q));
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    qCDebug(lcHub) << "forward batch" << b.batchId << "seq" << b.fromSeq << "-" << b.toSeq << "records" << b.records;
    return std::optional<Batch>(b);
}

Status HubUplink::acknowledge(const Batch &batch, const PushReply &reply)
{
    if (reply.batchId != batch.batchId || reply.ackedToSeq != batch.toSeq)
        return Status::failure(tr("The parent hub answered for another batch."));
    auto sent = PushRequest::fromJson(QJsonDocument::fromJson(batch.body).object());
    if (!sent)
        return Status::failure(sent.error());
    QHash<QString, qint64> versions;
    for (const SyncRecord &r : sent.value().records)
        versions.insert(r.table + QLatin1Char('/') + r.id, r.version);
    HubDatabase &db = m_store.database();
    HubDatabase::Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE hub_records SET parent_version = ? WHERE table_name = ? AND record_id = ? "
                             "AND parent_version < ?"));
    for (const RecordResult &r : reply.results) {
        qint64 accepted = 0;
        if (r.status == RecordStatus::Ok || r.status == RecordStatus::Duplicate)
            accepted = versions.value(r.table + QLatin1Char('/') + r.id);
        else if (r.status == RecordStatus::Conflict && r.winner)
            accepted = r.winner->version;
        else
            qCWarning(lcHub) << "the parent hub refused" << r.table << r.id << recordStatusKey(r.status) << r.reason;
        if (accepted <= 0)
            continue;
        q.addBindValue(accepted);
        q.addBindValue(r.table);
        q.addBindValue(r.id);
        q.addBindValue(accepted);
        if (!q.exec())
            return Status::failure(sqlError(q));
    }
    q.prepare(QStringLiteral("UPDATE hub_parent SET pushed_seq = ? WHERE singleton = 1 AND pushed_seq < ?"));
    q.addBindValue(batch.toSeq);
    q.addBindValue(batch.toSeq);
    if (!q.exec())
        return Status::failure(sqlError(q));
    q.prepare(QStringLiteral("DELETE FROM hub_parent_outgoing WHERE batch_id = ?"));
    q.addBindValue(batch.batchId);
    if (!q.exec())
        return Status::failure(sqlError(q));
    return tx.commit();
}

Result<int> HubUplink::applyPulled(const PullReply &reply)
{
    HubDatabase &db = m_store.database();
    HubDatabase::Transaction tx(db);
    if (!tx.isActive())
        return Result<int>::failure(tx.error());
    QSqlQuery q(db.connection());
    int passed = 0;
    for (const PullItem &item : reply.items) {
        PullItem copy = item;
        if (item.kind == PullKind::Review) {
            const QJsonObject v = item.record.values;
            q.prepare(QStringLiteral("INSERT INTO hub_reviews (id, table_name, record_id, record_version, decision, reason, "
                                     "reviewer, reviewer_tier, decided_at, origin_node, org_unit) VALUES "
                                     "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"));
            q.addBindValue(item.record.id);
            q.addBindValue(v.value(QStringLiteral("table_name")).toString());
            q.addBindValue(v.value(QStringLiteral("record_id")).toString());
            q.addBindValue(v.value(QStringLiteral("record_version")).toInteger(1));
            q.addBindValue(v.value(QStringLiteral("decision")).toString());
            q.addBindValue(v.value(QStringLiteral("reason")).toString());
            q.addBindValue(v.value(QStringLiteral("reviewer")).toString());
            q.addBindValue(v.value(QStringLiteral("reviewer_tier")).toString());
            q.addBindValue(v.value(QStringLiteral("decided_at")).toString());
            q.addBindValue(item.record.originNode);
            q.addBindValue(item.record.orgUnit);
            if (!q.exec())
                qCWarning(lcHub) << "a review from the parent hub could not be kept:" << sqlError(q);
        }
        if (item.kind == PullKind::Conflict) {
            // The version every tier keeps: take it here too when it wins over ours.
            q.prepare(QStringLiteral("SELECT version, hlc, origin_node FROM hub_records WHERE table_name = ? AND record_id = ?"));
            q.addBindValue(item.record.table);
            q.addBindValue(item.record.id);
            const bool exists = q.exec() && q.next();
            const bool takeIt = !exists
                                || RecordStore::wins(item.record.version, item.record.hlc, item.record.originNode,
                                                     q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString());
            q.finish();
            if (takeIt) {
                auto seq = m_sync.takeSeq(1);
                if (!seq)
                    return Result<int>::failure(seq.error());
                q.prepare(QStringLiteral(
                    "INSERT INTO hub_records (table_name, record_id, org_unit, origin_node, version, base_version, hlc, deleted, "
                    "body, seq, from_node, received_at, parent_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (table_name, record_id) DO UPDATE SET org_unit = excluded.org_unit, origin_node = "
                    "excluded.origin_node, version = excluded.version, base_version = excluded.base_version, hlc = excluded.hlc, "
                    "deleted = excluded.deleted, body = excluded.body, seq = excluded.seq, from_node = excluded.from_node, "
                    "received_at = excluded.received_at, parent_version = excluded.parent_version"));
                const SyncRecord &r = item.record;
                q.addBindValue(r.table);
                q.addBindValue(r.id);
                q.addBindValue(r.orgUnit);
                q.addBindValue(r.originNode);
                q.addBindValue(r.version);
                q.addBindValue(r.baseVersion);
                q.addBindValue(r.hlc);
                q.addBindValue(r.deleted ? 1 : 0);
                q.addBindValue(QString::fromUtf8(CanonicalJson::fromObject(r.values)));
                q.addBindValue(seq.value());
                q.addBindValue(QStringLiteral("parent"));
                q.addBindValue(isoUtc(m_clock.nowUtc()));
                q.addBindValue(r.version);
                if (!q.exec())
                    return Result<int>::failure(sqlError(q));
            }
        }
        if (item.kind == PullKind::Settled) {
            // Every tier holds this tombstone: this hub's copy is purged (unless it changed since)
            // and the word goes on to the children, whose copies are judged by each of them.
            if (auto purged = HubTombstones(m_store, m_sync).purgeCopy(item.record); !purged)
                return Result<int>::failure(purged.error());
        }
        // Passed on to this hub's children.
        copy.seq = 1;
        if (auto s = m_sync.addDown(copy); !s)
            return Result<int>::failure(s.error());
        ++passed;
    }
    q.prepare(QStringLiteral("UPDATE hub_parent SET pulled_seq = ? WHERE singleton = 1 AND pulled_seq < ?"));
    q.addBindValue(reply.next);
    q.addBindValue(reply.next);
    if (!q.exec())
        return Result<int>::failure(sqlError(q));
    if (Status s = tx.commit(); !s)
        return Result<int>::failure(s.error());
    return passed;
}

void HubUplink::pushNext()
{
    auto next = nextBatch();
    if (!next)
        return finish(false, QStringLiteral("local"), tr("What to forward could not be read: %1").arg(next.error()));
    if (!next.value())
        return pullNext();
    m_batch = *next.value();
    // The attachments the records name go up first, from this hub's store.
    const QStringList hashes = BlobUploader::hashesOf(QJsonDocument::fromJson(m_batch->body).object());
    if (hashes.isEmpty())
        return sendBatch();
    auto *uploader = new BlobUploader(m_transport, [this](const QString &sha) { return HubBlobs(m_store).read(sha); }, this);
    uploader->run(hashes, [this, uploader](bool ok, const SyncTransport::Answer &refusal, int chunks) {
        uploader->deleteLater();
        m_result.uploadedChunks += chunks;
        if (!ok)
            return finish(false, SyncTransport::codeOf(refusal), SyncTransport::describe(refusal));
        sendBatch();
    });
}

void HubUplink::sendBatch()
{
    bool compressed = false;
    const QByteArray body = SyncCodec::encodeBody(QJsonDocument::fromJson(m_batch->body).object(), &compressed);
    m_transport.send("POST", QStringLiteral("/sync/v1/push"), body, compressed, [this](const SyncTransport::Answer &a) {
        if (a.status != 200)
            return finish(false, SyncTransport::codeOf(a), SyncTransport::describe(a));
        auto reply = PushReply::fromJson(a.body);
        if (!reply)
            return finish(false, QStringLiteral("bad_reply"), tr("The parent hub's answer could not be read: %1").arg(reply.error()));
        if (Status s = acknowledge(*m_batch, reply.value()); !s)
            return finish(false, QStringLiteral("local"), s.error());
        m_result.count(reply.value());
        m_batch.reset();
        pushNext();
    });
}

void HubUplink::pullNext()
{
    qint64 since = 0;
    QSqlQuery q(m_store.database().connection());
    if (q.exec(QStringLiteral("SELECT pulled_seq FROM hub_parent")) && q.next())
        since = q.value(0).toLongLong();
    q.finish();
    m_transport.send("GET", QStringLiteral("/sync/v1/pull?since=%1&limit=%2").arg(since).arg(SyncCodec::kMaxRecords),
                     QByteArray(), false, [this](const SyncTransport::Answer &a) {
                         if (a.status != 200)
                             return finish(false, SyncTransport::codeOf(a), SyncTransport::describe(a));
                         auto reply = PullReply::fromJson(a.body);
                         if (!reply)
                             return finish(false, QStringLiteral("bad_reply"),
                                           tr("The parent hub's answer could not be read: %1").arg(reply.error()));
                         auto applied = applyPulled(reply.value());
                         if (!applied)
                             return finish(false, QStringLiteral("local"), applied.error());
                         m_result.pulledItems += applied.value();
                         if (reply.value().more)
                             pullNext();
                         else
                             finish(true);
                     });
}

void HubUplink::finish(bool ok, const QString &code, const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    m_result.ok = ok;
    m_result.code = code;
    m_result.message = message;
    if (ok)
        qCInfo(lcHub) << "forwarded" << m_result.pushedRecords << "records to the parent hub; received" << m_result.pulledItems;
    else
        qCWarning(lcHub) << "forwarding to the parent hub failed:" << code << message;
    emit finished(m_result);
}

SyncRunResult HubUplink::runAndWait()
{
    return waitForRun(this);
}

} // namespace ud
