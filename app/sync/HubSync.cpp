#include "sync/HubSync.h"

#include "core/CanonicalJson.h"
#include "core/Uuid7.h"
#include "storage/RecordStore.h"
#include "sync/HubDatabase.h"
#include "sync/HubTombstones.h"
#include "sync/SyncLog.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

namespace ud {

namespace {

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}

} // namespace

HubSync::HubSync(HubStore &store) : m_store(store) {}

QSqlQuery &HubSync::cached(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        QSqlQuery q(m_store.database().connection());
        q.prepare(sql);
        it = m_queries.insert(sql, q);
    }
    return it.value();
}

QString HubSync::noteKeys(const SyncRecord &r)
{
    const bool worker = r.table == QLatin1String("workers");
    if (!worker && r.table != QLatin1String("employers"))
        return {};
    const QString kind = worker ? QStringLiteral("id_number") : QStringLiteral("credit_code");
    const QString value = r.values.value(kind).toString().trimmed().toUpper();
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("DELETE FROM hub_person_keys WHERE table_name = ? AND record_id = ?"));
    q.addBindValue(r.table);
    q.addBindValue(r.id);
    if (!q.exec())
        return sqlError(q);
    if (value.isEmpty() || r.deleted || !r.values.value(QStringLiteral("merged_into")).toString().isEmpty())
        return {};
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).toHex());
    q.prepare(QStringLiteral("INSERT INTO hub_person_keys (table_name, record_id, key_kind, key_hash, org_unit) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(r.table);
    q.addBindValue(r.id);
    q.addBindValue(kind);
    q.addBindValue(hash);
    q.addBindValue(r.orgUnit);
    if (!q.exec())
        return sqlError(q);
    q.prepare(QStringLiteral("SELECT record_id, org_unit FROM hub_person_keys WHERE key_kind = ? AND key_hash = ? "
                             "AND table_name = ? AND org_unit <> ?"));
    q.addBindValue(kind);
    q.addBindValue(hash);
    q.addBindValue(r.table);
    q.addBindValue(r.orgUnit);
    if (!q.exec())
        return sqlError(q);
    QList<QPair<QString, QString>> others;
    while (q.next())
        others << qMakePair(q.value(0).toString(), q.value(1).toString());
    q.finish();
    for (const auto &[otherId, otherUnit] : std::as_const(others)) {
        const bool first = r.id < otherId;
        q.prepare(QStringLiteral("INSERT INTO hub_possible_duplicates (table_name, record_a, record_b, unit_a, unit_b, key_kind, "
                                 "detected_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (table_name, record_a, record_b) DO NOTHING"));
        q.addBindValue(r.table);
        q.addBindValue(first ? r.id : otherId);
        q.addBindValue(first ? otherId : r.id);
        q.addBindValue(first ? r.orgUnit : otherUnit);
        q.addBindValue(first ? otherUnit : r.orgUnit);
        q.addBindValue(kind);
        q.addBindValue(isoUtc(m_store.clock().nowUtc()));
        if (!q.exec())
            return sqlError(q);
    }
    return {};
}

Result<int> HubSync::publishReference(const QList<SyncRecord> &records)
{
    HubDatabase::Transaction tx(m_store.database());
    if (!tx.isActive())
        return Result<int>::failure(tx.error());
    int published = 0;
    for (const SyncRecord &r : records) {
        if (RecordStore::syncDirection(r.table) != SyncDirection::Down || r.table == QLatin1String("record_reviews"))
            return Result<int>::failure(tr("%1 is not reference data.").arg(r.table));
        PullItem item;
        item.kind = PullKind::Reference;
        item.record = r;
        if (auto s = addDown(item); !s)
            return Result<int>::failure(s.error());
        if (r.table == QLatin1String("org_units") && !r.deleted) {
            if (Status s = m_store.upsertOrgUnit(r.values.value(QStringLiteral("code")).toString(),
                                                 r.values.value(QStringLiteral("parent_code")).toString(),
                                                 r.values.value(QStringLiteral("tier")).toString(),
                                                 r.values.value(QStringLiteral("name")).toString());
                !s)
                return Result<int>::failure(s.error());
        }
        ++published;
    }
    if (Status s = tx.commit(); !s)
        return Result<int>::failure(s.error());
    return published;
}

Result<qint64> HubSync::takeSeq(int count)
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("UPDATE hub_counter SET value = value + ? WHERE name = 'seq' RETURNING value"));
    q.addBindValue(count);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(sqlError(q));
    return q.value(0).toLongLong() - count + 1;
}

Result<qint64> HubSync::addDown(const PullItem &item)
{
    auto seq = takeSeq(1);
    if (!seq)
        return seq;
    QJsonObject body = item.toJson();
    body.remove(QStringLiteral("seq"));
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("INSERT INTO hub_down (seq, kind, table_name, record_id, org_unit, body, made_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(seq.value());
    q.addBindValue(pullKindKey(item.kind));
    q.addBindValue(item.record.table);
    q.addBindValue(item.record.id);
    q.addBindValue(item.record.orgUnit);
    q.addBindValue(QString::fromUtf8(CanonicalJson::fromObject(body)));
    q.addBindValue(isoUtc(m_store.clock().nowUtc()));
    if (!q.exec())
        return Result<qint64>::failure(sqlError(q));
    return seq;
}

HubOutcome<HelloReply> HubSync::hello(const HubNode &node, const HelloRequest &request)
{
    using O = HubOutcome<HelloReply>;
    if (request.protocolMin > kProtocol || request.protocolMax < kProtocol)
        return O::refuse(400, QStringLiteral("unsupported_protocol"),
                         tr("This hub speaks sync protocol %1 only; this program speaks %2 to %3. Update the program "
                            "whose version is older. Changes are kept and sent once both agree.")
                             .arg(kProtocol)
                             .arg(request.protocolMin)
                             .arg(request.protocolMax),
                         QJsonObject{{QStringLiteral("protocol_min"), kProtocol}, {QStringLiteral("protocol_max"), kProtocol}});
    HelloReply reply;
    reply.protocol = kProtocol;
    const auto self = m_store.identity();
    reply.hubNode = self ? self->nodeId : QString();
    reply.hubTime = m_store.clock().nowUtc();
    reply.enrollmentStatus = enrollmentStatusFromKey(node.status).value_or(EnrollmentStatus::Pending);
    reply.enrollmentOrgUnit = node.isApproved() ? node.orgUnit : QString();
    for (const QJsonValue &b : node.blocks) {
        const QJsonObject o = b.toObject();
        reply.blocks.append(NumberBlockGrant{o.value(QStringLiteral("series")).toString(),
                                             static_cast<int>(o.value(QStringLiteral("first")).toInteger()),
                                             static_cast<int>(o.value(QStringLiteral("last")).toInteger())});
    }
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT acked_to_seq, audit_seq, audit_hash FROM hub_checkpoints WHERE node_id = ? AND epoch = ?"));
    q.addBindValue(node.nodeId);
    q.addBindValue(request.dbEpoch);
    if (q.exec() && q.next()) {
        reply.checkpointEpoch = request.dbEpoch;
        reply.ackedToSeq = q.value(0).toLongLong();
        reply.auditKnown.seq = q.value(1).toLongLong();
        reply.auditKnown.hash = q.value(2).toString();
    }
    q.finish();
    if (q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM hub_down")) && q.next())
        reply.pullSeq = q.value(0).toLongLong();
    return O::of(reply);
}

QString HubSync::now() const
{
    return m_now.isEmpty() ? isoUtc(m_store.clock().nowUtc()) : m_now;
}

Result<QHash<QPair<QString, QString>, HubSync::StoredHead>> HubSync::lookUp(const QList<SyncRecord> &records)
{
    using Key = QPair<QString, QString>;
    QHash<Key, StoredHead> found;
    QMap<QString, QStringList> idsByTable;
    for (const SyncRecord &r : records)
        idsByTable[r.table] << r.id;
    for (auto t = idsByTable.cbegin(); t != idsByTable.cend(); ++t) {
        for (qsizetype at = 0; at < t.value().size(); at += 250) {
            const QStringList ids = t.value().mid(at, 250);
            QSqlQuery q(m_store.database().connection());
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT record_id, version, hlc, origin_node, org_unit, base_version, deleted FROM hub_records "
                                     "WHERE table_name = ? AND record_id IN (%1)")
                          .arg(QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(','))));
            q.addBindValue(t.key());
            for (const QString &id : ids)
                q.addBindValue(id);
            if (!q.exec())
                return Result<QHash<Key, StoredHead>>::failure(sqlError(q));
            for (const QString &id : ids)
                found.insert(Key(t.key(), id), StoredHead{});
            while (q.next()) {
                StoredHead &h = found[Key(t.key(), q.value(0).toString())];
                h.exists = true;
                h.version = q.value(1).toLongLong();
                h.hlc = q.value(2).toString();
                h.originNode = q.value(3).toString();
                h.orgUnit = q.value(4).toString();
                h.baseVersion = q.value(5).toLongLong();
                h.deleted = q.value(6).toInt() != 0;
            }
        }
    }
    return found;
}

RecordResult HubSync::applyRecord(const HubNode &from, const QSet<QString> &subtree, const SyncRecord &r, qint64 seq,
                                  const StoredHead *known)
{
    RecordResult result;
    result.table = r.table;
    result.id = r.id;
    const auto refuse = [&](RecordStatus status, const QString &reason) {
        result.status = status;
        result.reason = reason;
        return result;
    };
    if (!RecordStore::isRecordTable(r.table))
        return refuse(RecordStatus::Invalid, tr("This hub does not know the table %1; update UnionDesk at the hub.").arg(r.table));
    if (RecordStore::syncDirection(r.table) != SyncDirection::Up)
        return refuse(RecordStatus::Forbidden, tr("%1 flows down from the union above and is not taken from below.").arg(r.table));
    if (!subtree.contains(r.orgUnit))
        return refuse(RecordStatus::Forbidden,
                      tr("The record belongs to unit %1, which is not under %2, the unit this node was enrolled for.")
                          .arg(r.orgUnit, from.orgUnit));
    if (from.kind == QLatin1String("desktop") && r.originNode != from.nodeId)
        return refuse(RecordStatus::Forbidden, tr("A desktop sends only the records it made itself."));
    if (from.kind == QLatin1String("reviewer"))
        return refuse(RecordStatus::Forbidden, tr("A reviewer's desktop sends decisions, not records."));

    StoredHead head;
    if (known) {
        head = *known;
    } else {
        QSqlQuery &q = cached(QStringLiteral("SELECT version, hlc, origin_node, org_unit, base_version, deleted FROM hub_records "
                                             "WHERE table_name = ? AND record_id = ?"));
        q.addBindValue(r.table);
        q.addBindValue(r.id);
        if (!q.exec())
            return refuse(RecordStatus::Invalid, sqlError(q));
        if (q.next()) {
            head.exists = true;
            head.version = q.value(0).toLongLong();
            head.hlc = q.value(1).toString();
            head.originNode = q.value(2).toString();
            head.orgUnit = q.value(3).toString();
            head.baseVersion = q.value(4).toLongLong();
            head.deleted = q.value(5).toInt() != 0;
        }
        q.finish();
    }
    const bool exists = head.exists;
    SyncRecord stored;
    if (exists) {
        stored.table = r.table;
        stored.id = r.id;
        stored.version = head.version;
        stored.hlc = head.hlc;
        stored.originNode = head.originNode;
        stored.orgUnit = head.orgUnit;
        stored.baseVersion = head.baseVersion;
        stored.deleted = head.deleted;
    }

    const auto write = [&]() -> QString {
        QSqlQuery &w = cached(QStringLiteral(
            "INSERT INTO hub_records (table_name, record_id, org_unit, origin_node, version, base_version, hlc, deleted, body, "
            "seq, from_node, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (table_name, record_id) DO "
            "UPDATE SET org_unit = excluded.org_unit, origin_node = excluded.origin_node, version = excluded.version, "
            "base_version = excluded.base_version, hlc = excluded.hlc, deleted = excluded.deleted, body = excluded.body, "
            "seq = excluded.seq, from_node = excluded.from_node, received_at = excluded.received_at"));
        w.addBindValue(r.table);
        w.addBindValue(r.id);
        w.addBindValue(r.orgUnit);
        w.addBindValue(r.originNode);
        w.addBindValue(r.version);
        w.addBindValue(r.baseVersion);
        w.addBindValue(r.hlc);
        w.addBindValue(r.deleted ? 1 : 0);
        w.addBindValue(QString::fromUtf8(CanonicalJson::fromObject(r.values)));
        w.addBindValue(seq);
        w.addBindValue(from.nodeId);
        w.addBindValue(now());
        if (!w.exec())
            return sqlError(w);
        return noteKeys(r);
    };

    if (exists && stored.version == r.version && stored.hlc == r.hlc)
        return refuse(RecordStatus::Duplicate, {});
    // An older state the same node already sent a later one of (resent after its file was
    // restored from a backup): the hub has moved on with that node's own later change.
    if (exists && stored.originNode == r.originNode && stored.version > r.version && stored.hlc > r.hlc)
        return refuse(RecordStatus::Duplicate, {});
    if (!exists || (stored.version == r.baseVersion && r.version > stored.version)) {
        if (const QString e = write(); !e.isEmpty())
            return refuse(RecordStatus::Invalid, e);
        // A change made on top of a conflict's kept version settles that conflict.
        if (exists) {
            QSqlQuery &settle = cached(QStringLiteral("UPDATE hub_conflicts SET resolved_at = ? WHERE table_name = ? AND "
                                                      "record_id = ? AND resolved_at IS NULL AND winner_version <= ?"));
            settle.addBindValue(now());
            settle.addBindValue(r.table);
            settle.addBindValue(r.id);
            settle.addBindValue(r.baseVersion);
            if (!settle.exec())
                return refuse(RecordStatus::Invalid, sqlError(settle));
        }
        result.status = RecordStatus::Ok;
        return result;
    }

    // Changed at two places: every tier keeps the same winner and both versions.
    {
        QSqlQuery &q = cached(QStringLiteral("SELECT body FROM hub_records WHERE table_name = ? AND record_id = ?"));
        q.addBindValue(r.table);
        q.addBindValue(r.id);
        if (!q.exec() || !q.next())
            return refuse(RecordStatus::Invalid, sqlError(q));
        stored.values = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        q.finish();
    }
    const bool incomingWins = RecordStore::wins(r.version, r.hlc, r.originNode, stored.version, stored.hlc, stored.originNode);
    const SyncRecord &winner = incomingWins ? r : stored;
    const SyncRecord &loser = incomingWins ? stored : r;
    if (incomingWins) {
        if (const QString e = write(); !e.isEmpty())
            return refuse(RecordStatus::Invalid, e);
    }
    QSqlQuery c(m_store.database().connection());
    c.prepare(QStringLiteral("INSERT INTO hub_conflicts (id, table_name, record_id, winner_version, winner_hlc, winner_origin, "
                             "loser_version, loser_hlc, loser_origin, loser_body, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    c.addBindValue(Uuid7Generator(m_store.clock()).next());
    c.addBindValue(r.table);
    c.addBindValue(r.id);
    c.addBindValue(winner.version);
    c.addBindValue(winner.hlc);
    c.addBindValue(winner.originNode);
    c.addBindValue(loser.version);
    c.addBindValue(loser.hlc);
    c.addBindValue(loser.originNode);
    c.addBindValue(QString::fromUtf8(CanonicalJson::fromObject(loser.values)));
    c.addBindValue(isoUtc(m_store.clock().nowUtc()));
    if (!c.exec())
        return refuse(RecordStatus::Invalid, sqlError(c));
    PullItem item;
    item.kind = PullKind::Conflict;
    item.record = winner;
    item.loser = loser;
    if (auto down = addDown(item); !down)
        return refuse(RecordStatus::Invalid, down.error());
    qCInfo(lcHub) << "conflict on" << r.table << r.id << "versions" << stored.version << "and" << r.version << "winner"
                  << winner.version;
    result.status = RecordStatus::Conflict;
    result.reason = tr("This record was also changed elsewhere; both versions are kept for a person to compare.");
    result.winner = RecordWinner{winner.version, winner.hlc, winner.originNode};
    return result;
}

HubOutcome<PushReply> HubSync::push(const HubNode &node, const PushRequest &request)
{
    using O = HubOutcome<PushReply>;
    if (request.protocol != kProtocol)
        return O::refuse(400, QStringLiteral("unsupported_protocol"),
                         tr("This hub speaks sync protocol %1 only.").arg(kProtocol));
    if (request.nodeId != node.nodeId)
        return O::refuse(403, QStringLiteral("wrong_node"), tr("The batch names another node than the one that signed it."));
    const int total = static_cast<int>(request.records.size() + request.unreadable.size());

    HubDatabase &db = m_store.database();
    HubDatabase::Transaction tx(db);
    if (!tx.isActive())
        return O::refuse(503, QStringLiteral("busy"), tx.error());
    // The counter first: it serializes pushes, so a batch sent twice at once is answered once.
    auto first = takeSeq(std::max(1, total));
    if (!first)
        return O::refuse(503, QStringLiteral("busy"), first.error());
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT answer FROM hub_batches WHERE node_id = ? AND batch_id = ?"));
    q.addBindValue(node.nodeId);
    q.addBindValue(request.batchId);
    if (q.exec() && q.next()) {
        auto stored = PushReply::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
        q.finish();
        tx.rollback();
        if (!stored)
            return O::refuse(500, QStringLiteral("stored_answer"), stored.error());
        qCDebug(lcHub) << "batch" << request.batchId << "of" << node.nodeId << "answered again from the store";
        return O::of(stored.take());
    }
    q.finish();
    auto subtree = m_store.subtree(node.orgUnit);
    if (!subtree)
        return O::refuse(503, QStringLiteral("busy"), subtree.error());

    PushReply reply;
    reply.batchId = request.batchId;
    reply.ackedToSeq = request.toSeq;
    int counts[5] = {0, 0, 0, 0, 0};
    qsizetype nextRecord = 0, nextUnreadable = 0;
    // What the hub holds of the batch's records, looked up at once; a record named twice in one
    // batch is looked up again the second time (the first may have changed it).
    auto heads = lookUp(request.records);
    if (!heads)
        return O::refuse(503, QStringLiteral("busy"), heads.error());
    QSet<QPair<QString, QString>> applied;
    m_now = isoUtc(m_store.clock().nowUtc());
    const auto stamp = qScopeGuard([this] { m_now.clear(); });
    for (int i = 0; i < total; ++i) {
        RecordResult result;
        if (nextUnreadable < request.unreadable.size() && request.unreadable.at(nextUnreadable).index == i) {
            const UnreadableRecord &u = request.unreadable.at(nextUnreadable++);
            result.table = u.table;
            result.id = u.id;
            result.status = RecordStatus::Invalid;
            result.reason = u.reason;
        } else if (nextRecord < request.records.size()) {
            const SyncRecord &r = request.records.at(nextRecord++);
            const QPair<QString, QString> key(r.table, r.id);
            const auto known = heads.value().constFind(key);
            const bool again = applied.contains(key);
            applied.insert(key);
            result = applyRecord(node, subtree.value(), r, first.value() + i,
                                 again || known == heads.value().cend() ? nullptr : &known.value());
        }
        ++counts[static_cast<int>(result.status)];
        reply.results.append(result);
    }
    const QString now = isoUtc(m_store.clock().nowUtc());
    // The node's audit history: its head never goes back within an epoch, and its entry at the
    // head recorded last time still has the same hash (design §4, issue 13 item 10).
    QString auditProblem;
    q.prepare(QStringLiteral("SELECT audit_seq, audit_hash FROM hub_checkpoints WHERE node_id = ? AND epoch = ?"));
    q.addBindValue(node.nodeId);
    q.addBindValue(request.dbEpoch);
    if (q.exec() && q.next()) {
        const qint64 knownSeq = q.value(0).toLongLong();
        const QString knownHash = q.value(1).toString();
        if (request.auditHead.seq < knownSeq)
            auditProblem = tr("The audit log of node %1 ends at entry %2, but it had reached entry %3: entries were "
                              "removed.")
                               .arg(node.nodeId)
                               .arg(request.auditHead.seq)
                               .arg(knownSeq);
        else if (request.auditCheck && request.auditCheck->seq == knownSeq && request.auditCheck->hash != knownHash)
            auditProblem = tr("The audit log of node %1 was rewritten: its entry %2 is not the one it sent before.")
                               .arg(node.nodeId)
                               .arg(knownSeq);
    }
    q.finish();
    if (!auditProblem.isEmpty())
        qCWarning(lcHub) << auditProblem;
    q.prepare(QStringLiteral("INSERT INTO hub_batches (node_id, batch_id, epoch, from_seq, to_seq, answer, received_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(node.nodeId);
    q.addBindValue(request.batchId);
    q.addBindValue(request.dbEpoch);
    q.addBindValue(request.fromSeq);
    q.addBindValue(request.toSeq);
    q.addBindValue(QString::fromUtf8(CanonicalJson::fromObject(reply.toJson())));
    q.addBindValue(now);
    if (!q.exec())
        return O::refuse(503, QStringLiteral("busy"), sqlError(q));
    q.prepare(QStringLiteral("INSERT INTO hub_checkpoints (node_id, epoch, acked_to_seq, audit_seq, audit_hash, updated_at, "
                             "audit_problem) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (node_id, epoch) DO UPDATE SET "
                             "acked_to_seq = CASE WHEN excluded.acked_to_seq > hub_checkpoints.acked_to_seq "
                             "THEN excluded.acked_to_seq ELSE hub_checkpoints.acked_to_seq END, "
                             "audit_seq = excluded.audit_seq, audit_hash = excluded.audit_hash, updated_at = excluded.updated_at, "
                             "audit_problem = CASE WHEN excluded.audit_problem <> '' THEN excluded.audit_problem "
                             "ELSE hub_checkpoints.audit_problem END"));
    q.addBindValue(node.nodeId);
    q.addBindValue(request.dbEpoch);
    q.addBindValue(request.toSeq);
    q.addBindValue(request.auditHead.seq);
    q.addBindValue(request.auditHead.hash);
    q.addBindValue(now);
    q.addBindValue(auditProblem.isNull() ? QStringLiteral("") : auditProblem);
    if (!q.exec())
        return O::refuse(503, QStringLiteral("busy"), sqlError(q));
    if (Status s = tx.commit(); !s)
        return O::refuse(503, QStringLiteral("busy"), s.error());
    qCInfo(lcHub) << "batch" << request.batchId << "of" << node.nodeId << ":" << counts[0] << "ok," << counts[1]
                  << "duplicate," << counts[2] << "conflict," << counts[3] << "forbidden," << counts[4] << "invalid";
    return O::of(reply);
}

HubOutcome<PullReply> HubSync::pull(const HubNode &node, qint64 since, int limit)
{
    using O = HubOutcome<PullReply>;
    // The top tier settles the tombstones every tier holds (HubTombstones, docs/sync.md "Deletes").
    if (auto settled = HubTombstones(m_store, *this).sweep(); !settled)
        qCWarning(lcHub) << "tombstones could not be settled:" << settled.error();
    limit = std::clamp(limit, 1, kMaxPull);
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("WITH RECURSIVE sub(code) AS (SELECT code FROM hub_org_units WHERE code = ? "
                             "UNION SELECT o.code FROM hub_org_units o JOIN sub ON o.parent_code = sub.code) "
                             "SELECT seq, body FROM hub_down WHERE seq > ? AND (kind = 'reference' OR org_unit IN "
                             "(SELECT code FROM sub)) ORDER BY seq LIMIT ?"));
    q.addBindValue(node.orgUnit);
    q.addBindValue(since);
    q.addBindValue(limit + 1);
    if (!q.exec())
        return O::refuse(503, QStringLiteral("busy"), sqlError(q));
    PullReply reply;
    reply.next = since;
    while (q.next()) {
        if (reply.items.size() == limit) {
            reply.more = true;
            break;
        }
        QJsonObject body = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        body.insert(QStringLiteral("seq"), q.value(0).toLongLong());
        auto item = PullItem::fromJson(body);
        if (!item)
            return O::refuse(500, QStringLiteral("stored_item"), item.error());
        reply.next = item.value().seq;
        reply.items.append(item.take());
    }
    q.finish();
    if (!reply.more) {
        // Nothing more for this node: its checkpoint moves to the hub's newest seq, so that items
        // for other units are not looked at again.
        if (q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM hub_down")) && q.next())
            reply.next = std::max(reply.next, q.value(0).toLongLong());
    }
    return O::of(reply);
}

} // namespace ud
