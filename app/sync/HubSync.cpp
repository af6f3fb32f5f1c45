#include "sync/HubSync.h"

#include "core/CanonicalJson.h"
#include "core/Uuid7.h"
#include "storage/RecordStore.h"
#include "sync/HubDatabase.h"
#include "sync/SyncLog.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace ud {

namespace {

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}

bool isName(const QString &s, int maxLength)
{
    static const QRegularExpression name(QStringLiteral("^[a-z0-9_]+$"));
    return !s.isEmpty() && s.size() <= maxLength && name.match(s).hasMatch();
}

bool isId(const QString &s)
{
    static const QRegularExpression id(QStringLiteral("^[0-9a-fA-F-]{1,64}$"));
    return id.match(s).hasMatch();
}

// Why a pushed record is not a record ("" = it is one).
QString invalidReason(const QJsonObject &r)
{
    const QString table = r.value(QStringLiteral("table")).toString();
    if (!isName(table, 64))
        return HubSync::tr("The record has no valid table name.");
    if (!RecordStore::isRecordTable(table))
        return HubSync::tr("This hub does not know the table %1; update UnionDesk at the hub.").arg(table);
    if (!isId(r.value(QStringLiteral("id")).toString()))
        return HubSync::tr("The record has no valid id.");
    const qint64 version = r.value(QStringLiteral("version")).toInteger(0);
    const qint64 base = r.value(QStringLiteral("base_version")).toInteger(-1);
    if (version < 1 || base < 0 || !r.value(QStringLiteral("version")).isDouble()
        || !r.value(QStringLiteral("base_version")).isDouble())
        return HubSync::tr("The record's version or base version is missing or not a number.");
    const QString hlc = r.value(QStringLiteral("hlc")).toString();
    if (hlc.isEmpty() || hlc.size() > 40)
        return HubSync::tr("The record has no valid clock stamp (hlc).");
    if (r.value(QStringLiteral("org_unit")).toString().isEmpty() || r.value(QStringLiteral("origin_node")).toString().isEmpty())
        return HubSync::tr("The record names no unit or no origin node.");
    if (!r.value(QStringLiteral("deleted")).isBool())
        return HubSync::tr("The record's deleted flag is missing.");
    if (!r.value(QStringLiteral("values")).isObject())
        return HubSync::tr("The record has no values.");
    return {};
}

QJsonObject wireOf(const QString &table, const QString &id, const QString &orgUnit, const QString &origin,
                   qint64 version, qint64 base, const QString &hlc, bool deleted, const QString &body)
{
    return QJsonObject{
        {QStringLiteral("table"), table},
        {QStringLiteral("id"), id},
        {QStringLiteral("org_unit"), orgUnit},
        {QStringLiteral("origin_node"), origin},
        {QStringLiteral("version"), version},
        {QStringLiteral("base_version"), base},
        {QStringLiteral("hlc"), hlc},
        {QStringLiteral("deleted"), deleted},
        {QStringLiteral("values"), QJsonDocument::fromJson(body.toUtf8()).object()},
    };
}

} // namespace

HubSync::HubSync(HubStore &store) : m_store(store) {}

Result<qint64> HubSync::takeSeq(int count)
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("UPDATE hub_counter SET value = value + ? WHERE name = 'seq' RETURNING value"));
    q.addBindValue(count);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(sqlError(q));
    return q.value(0).toLongLong() - count + 1;
}

Result<qint64> HubSync::addDown(const QString &kind, const QString &table, const QString &recordId, const QString &orgUnit,
                                const QJsonObject &item)
{
    auto seq = takeSeq(1);
    if (!seq)
        return seq;
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("INSERT INTO hub_down (seq, kind, table_name, record_id, org_unit, body, made_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(seq.value());
    q.addBindValue(kind);
    q.addBindValue(table);
    q.addBindValue(recordId);
    q.addBindValue(orgUnit);
    q.addBindValue(QString::fromUtf8(CanonicalJson::fromObject(item)));
    q.addBindValue(isoUtc(m_store.clock().nowUtc()));
    if (!q.exec())
        return Result<qint64>::failure(sqlError(q));
    return seq;
}

HubOutcome<QJsonObject> HubSync::hello(const HubNode &node, const QJsonObject &request)
{
    using O = HubOutcome<QJsonObject>;
    const qint64 min = request.value(QStringLiteral("protocol_min")).toInteger(0);
    const qint64 max = request.value(QStringLiteral("protocol_max")).toInteger(0);
    if (min > kProtocol || max < kProtocol)
        return O::refuse(400, QStringLiteral("unsupported_protocol"),
                         tr("This hub speaks sync protocol %1 only; this program speaks %2 to %3. Update the program "
                            "whose version is older. Changes are kept and sent once both agree.")
                             .arg(kProtocol)
                             .arg(min)
                             .arg(max),
                         QJsonObject{{QStringLiteral("protocol_min"), kProtocol}, {QStringLiteral("protocol_max"), kProtocol}});
    const QString epoch = request.value(QStringLiteral("db_epoch")).toString();
    QJsonObject checkpoint{{QStringLiteral("epoch"), epoch}, {QStringLiteral("acked_to_seq"), 0}};
    QJsonObject auditKnown{{QStringLiteral("seq"), 0}, {QStringLiteral("hash"), QString()}};
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT acked_to_seq, audit_seq, audit_hash FROM hub_checkpoints WHERE node_id = ? AND epoch = ?"));
    q.addBindValue(node.nodeId);
    q.addBindValue(epoch);
    if (q.exec() && q.next()) {
        checkpoint.insert(QStringLiteral("acked_to_seq"), q.value(0).toLongLong());
        auditKnown = QJsonObject{{QStringLiteral("seq"), q.value(1).toLongLong()}, {QStringLiteral("hash"), q.value(2).toString()}};
    }
    q.finish();
    bool rewound = false;
    q.prepare(QStringLiteral("SELECT count(*) FROM hub_checkpoints WHERE node_id = ? AND epoch <> ?"));
    q.addBindValue(node.nodeId);
    q.addBindValue(epoch);
    if (q.exec() && q.next())
        rewound = q.value(0).toLongLong() > 0 && checkpoint.value(QStringLiteral("acked_to_seq")).toInteger() == 0;
    q.finish();
    const auto self = m_store.identity();
    return O::of(QJsonObject{
        {QStringLiteral("protocol"), kProtocol},
        {QStringLiteral("hub_node"), self ? self->nodeId : QString()},
        {QStringLiteral("hub_unit"), self ? self->orgUnit : QString()},
        {QStringLiteral("hub_time"), isoUtc(m_store.clock().nowUtc())},
        {QStringLiteral("enrollment"), QJsonObject{{QStringLiteral("status"), node.status},
                                                   {QStringLiteral("org_unit"), node.orgUnit},
                                                   {QStringLiteral("kind"), node.kind},
                                                   {QStringLiteral("blocks"), node.blocks}}},
        {QStringLiteral("checkpoint"), checkpoint},
        {QStringLiteral("audit_known"), auditKnown},
        {QStringLiteral("new_epoch"), rewound},
    });
}

HubSync::Applied HubSync::applyRecord(const HubNode &from, const QSet<QString> &subtree, const QJsonObject &r, qint64 seq)
{
    if (const QString why = invalidReason(r); !why.isEmpty())
        return {QStringLiteral("invalid"), why, {}};
    const QString table = r.value(QStringLiteral("table")).toString();
    const QString id = r.value(QStringLiteral("id")).toString();
    const QString unit = r.value(QStringLiteral("org_unit")).toString();
    const QString origin = r.value(QStringLiteral("origin_node")).toString();
    const qint64 version = r.value(QStringLiteral("version")).toInteger();
    const qint64 base = r.value(QStringLiteral("base_version")).toInteger();
    const QString hlc = r.value(QStringLiteral("hlc")).toString();
    if (RecordStore::syncDirection(table) != SyncDirection::Up)
        return {QStringLiteral("forbidden"), tr("%1 flows down from the union above and is not taken from below.").arg(table), {}};
    if (!subtree.contains(unit))
        return {QStringLiteral("forbidden"),
                tr("The record belongs to unit %1, which is not under %2, the unit this node was enrolled for.")
                    .arg(unit, from.orgUnit),
                {}};
    if (from.kind == QLatin1String("desktop") && origin != from.nodeId)
        return {QStringLiteral("forbidden"), tr("A desktop sends only the records it made itself."), {}};
    if (from.kind == QLatin1String("reviewer"))
        return {QStringLiteral("forbidden"), tr("A reviewer's desktop sends decisions, not records."), {}};

    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT version, hlc, origin_node, body, org_unit, base_version, deleted FROM hub_records "
                             "WHERE table_name = ? AND record_id = ?"));
    q.addBindValue(table);
    q.addBindValue(id);
    if (!q.exec())
        return {QStringLiteral("invalid"), sqlError(q), {}};
    const bool exists = q.next();
    const qint64 have = exists ? q.value(0).toLongLong() : 0;
    const QString haveHlc = exists ? q.value(1).toString() : QString();
    const QString haveOrigin = exists ? q.value(2).toString() : QString();
    const QString haveBody = exists ? q.value(3).toString() : QString();
    const QString haveUnit = exists ? q.value(4).toString() : QString();
    const qint64 haveBase = exists ? q.value(5).toLongLong() : 0;
    const bool haveDeleted = exists && q.value(6).toInt() != 0;
    q.finish();

    const QString body = QString::fromUtf8(CanonicalJson::fromObject(r.value(QStringLiteral("values")).toObject()));
    const auto store = [&]() -> QString {
        QSqlQuery w(m_store.database().connection());
        w.prepare(QStringLiteral(
            "INSERT INTO hub_records (table_name, record_id, org_unit, origin_node, version, base_version, hlc, deleted, body, "
            "seq, from_node, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (table_name, record_id) DO "
            "UPDATE SET org_unit = excluded.org_unit, origin_node = excluded.origin_node, version = excluded.version, "
            "base_version = excluded.base_version, hlc = excluded.hlc, deleted = excluded.deleted, body = excluded.body, "
            "seq = excluded.seq, from_node = excluded.from_node, received_at = excluded.received_at"));
        w.addBindValue(table);
        w.addBindValue(id);
        w.addBindValue(unit);
        w.addBindValue(origin);
        w.addBindValue(version);
        w.addBindValue(base);
        w.addBindValue(hlc);
        w.addBindValue(r.value(QStringLiteral("deleted")).toBool() ? 1 : 0);
        w.addBindValue(body);
        w.addBindValue(seq);
        w.addBindValue(from.nodeId);
        w.addBindValue(isoUtc(m_store.clock().nowUtc()));
        return w.exec() ? QString() : sqlError(w);
    };

    if (exists && have == version && haveHlc == hlc)
        return {QStringLiteral("duplicate"), {}, {}};
    // An older state the same node already sent a later one of (resent after its file was
    // restored from a backup): the hub has moved on with that node's own later change.
    if (exists && haveOrigin == origin && have > version && haveHlc > hlc)
        return {QStringLiteral("duplicate"), {}, {}};
    if (!exists || (have == base && version > have)) {
        if (const QString e = store(); !e.isEmpty())
            return {QStringLiteral("invalid"), e, {}};
        return {QStringLiteral("ok"), {}, {}};
    }

    // Changed at two places: every tier keeps the same winner and both versions.
    const bool incomingWins = RecordStore::wins(version, hlc, origin, have, haveHlc, haveOrigin);
    const QJsonObject incoming = r;
    const QJsonObject stored = wireOf(table, id, haveUnit, haveOrigin, have, haveBase, haveHlc, haveDeleted, haveBody);
    const QJsonObject &winner = incomingWins ? incoming : stored;
    const QJsonObject &loser = incomingWins ? stored : incoming;
    if (incomingWins) {
        if (const QString e = store(); !e.isEmpty())
            return {QStringLiteral("invalid"), e, {}};
    }
    QSqlQuery c(m_store.database().connection());
    c.prepare(QStringLiteral("INSERT INTO hub_conflicts (id, table_name, record_id, winner_version, winner_hlc, winner_origin, "
                             "loser_version, loser_hlc, loser_origin, loser_body, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    c.addBindValue(Uuid7Generator(m_store.clock()).next());
    c.addBindValue(table);
    c.addBindValue(id);
    c.addBindValue(winner.value(QStringLiteral("version")).toInteger());
    c.addBindValue(winner.value(QStringLiteral("hlc")).toString());
    c.addBindValue(winner.value(QStringLiteral("origin_node")).toString());
    c.addBindValue(loser.value(QStringLiteral("version")).toInteger());
    c.addBindValue(loser.value(QStringLiteral("hlc")).toString());
    c.addBindValue(loser.value(QStringLiteral("origin_node")).toString());
    c.addBindValue(QString::fromUtf8(CanonicalJson::fromObject(loser.value(QStringLiteral("values")).toObject())));
    c.addBindValue(isoUtc(m_store.clock().nowUtc()));
    if (!c.exec())
        return {QStringLiteral("invalid"), sqlError(c), {}};
    auto down = addDown(QStringLiteral("conflict"), table, id, unit,
                        QJsonObject{{QStringLiteral("kind"), QStringLiteral("conflict")},
                                    {QStringLiteral("record"), winner},
                                    {QStringLiteral("loser"), loser}});
    if (!down)
        return {QStringLiteral("invalid"), down.error(), {}};
    qCInfo(lcHub) << "conflict on" << table << id << "versions" << have << "and" << version << "winner"
                  << winner.value(QStringLiteral("version")).toInteger();
    return {QStringLiteral("conflict"),
            tr("This record was also changed elsewhere; both versions are kept for a person to compare."),
            QJsonObject{{QStringLiteral("version"), winner.value(QStringLiteral("version"))},
                        {QStringLiteral("hlc"), winner.value(QStringLiteral("hlc"))},
                        {QStringLiteral("origin_node"), winner.value(QStringLiteral("origin_node"))}}};
}

HubOutcome<QJsonObject> HubSync::push(const HubNode &node, const QJsonObject &request)
{
    using O = HubOutcome<QJsonObject>;
    if (request.value(QStringLiteral("protocol")).toInteger(0) != kProtocol)
        return O::refuse(400, QStringLiteral("unsupported_protocol"),
                         tr("This hub speaks sync protocol %1 only.").arg(kProtocol));
    if (request.value(QStringLiteral("node_id")).toString() != node.nodeId)
        return O::refuse(403, QStringLiteral("wrong_node"), tr("The batch names another node than the one that signed it."));
    const QString batchId = request.value(QStringLiteral("batch_id")).toString();
    const QString epoch = request.value(QStringLiteral("db_epoch")).toString();
    const qint64 fromSeq = request.value(QStringLiteral("from_seq")).toInteger(-1);
    const qint64 toSeq = request.value(QStringLiteral("to_seq")).toInteger(-1);
    const QJsonArray records = request.value(QStringLiteral("records")).toArray();
    if (!isId(batchId) || epoch.isEmpty() || fromSeq < 0 || toSeq < fromSeq || !request.value(QStringLiteral("records")).isArray())
        return O::refuse(400, QStringLiteral("bad_request"),
                         tr("The batch is incomplete (batch id, epoch, sequence range or records missing)."));
    if (records.size() > kMaxRecords)
        return O::refuse(413, QStringLiteral("too_many_records"),
                         tr("A batch holds at most %1 records; this one has %2.").arg(kMaxRecords).arg(records.size()));

    HubDatabase &db = m_store.database();
    HubDatabase::Transaction tx(db);
    if (!tx.isActive())
        return O::refuse(503, QStringLiteral("busy"), tx.error());
    // The counter first: it serializes pushes, so a batch sent twice at once is answered once.
    auto first = takeSeq(std::max<int>(1, static_cast<int>(records.size())));
    if (!first)
        return O::refuse(503, QStringLiteral("busy"), first.error());
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT answer FROM hub_batches WHERE node_id = ? AND batch_id = ?"));
    q.addBindValue(node.nodeId);
    q.addBindValue(batchId);
    if (q.exec() && q.next()) {
        const QJsonObject answer = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        q.finish();
        tx.rollback();
        qCDebug(lcHub) << "batch" << batchId << "of" << node.nodeId << "answered again from the store";
        return O::of(answer);
    }
    q.finish();
    auto subtree = m_store.subtree(node.orgUnit);
    if (!subtree)
        return O::refuse(503, QStringLiteral("busy"), subtree.error());

    QJsonArray results;
    int counts[5] = {0, 0, 0, 0, 0};
    for (int i = 0; i < records.size(); ++i) {
        const QJsonObject r = records.at(i).toObject();
        const Applied a = applyRecord(node, subtree.value(), r, first.value() + i);
        QJsonObject result{{QStringLiteral("table"), r.value(QStringLiteral("table")).toString()},
                           {QStringLiteral("id"), r.value(QStringLiteral("id")).toString()},
                           {QStringLiteral("status"), a.status}};
        if (!a.reason.isEmpty())
            result.insert(QStringLiteral("reason"), a.reason);
        if (!a.winner.isEmpty())
            result.insert(QStringLiteral("winner"), a.winner);
        results.append(result);
        static const QStringList order = {QStringLiteral("ok"), QStringLiteral("duplicate"), QStringLiteral("conflict"),
                                          QStringLiteral("forbidden"), QStringLiteral("invalid")};
        ++counts[std::max<qsizetype>(0, order.indexOf(a.status))];
    }
    const QJsonObject answer{{QStringLiteral("batch_id"), batchId},
                             {QStringLiteral("acked_to_seq"), toSeq},
                             {QStringLiteral("results"), results}};
    const QString now = isoUtc(m_store.clock().nowUtc());
    q.prepare(QStringLiteral("INSERT INTO hub_batches (node_id, batch_id, epoch, from_seq, to_seq, answer, received_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(node.nodeId);
    q.addBindValue(batchId);
    q.addBindValue(epoch);
    q.addBindValue(fromSeq);
    q.addBindValue(toSeq);
    q.addBindValue(QString::fromUtf8(CanonicalJson::fromObject(answer)));
    q.addBindValue(now);
    if (!q.exec())
        return O::refuse(503, QStringLiteral("busy"), sqlError(q));
    const QJsonObject head = request.value(QStringLiteral("audit_head")).toObject();
    q.prepare(QStringLiteral("INSERT INTO hub_checkpoints (node_id, epoch, acked_to_seq, audit_seq, audit_hash, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (node_id, epoch) DO UPDATE SET "
                             "acked_to_seq = CASE WHEN excluded.acked_to_seq > hub_checkpoints.acked_to_seq "
                             "THEN excluded.acked_to_seq ELSE hub_checkpoints.acked_to_seq END, "
                             "audit_seq = excluded.audit_seq, audit_hash = excluded.audit_hash, updated_at = excluded.updated_at"));
    q.addBindValue(node.nodeId);
    q.addBindValue(epoch);
    q.addBindValue(toSeq);
    q.addBindValue(head.value(QStringLiteral("seq")).toInteger());
    q.addBindValue(head.value(QStringLiteral("hash")).toString());
    q.addBindValue(now);
    if (!q.exec())
        return O::refuse(503, QStringLiteral("busy"), sqlError(q));
    if (Status s = tx.commit(); !s)
        return O::refuse(503, QStringLiteral("busy"), s.error());
    qCInfo(lcHub) << "batch" << batchId << "of" << node.nodeId << ":" << counts[0] << "ok," << counts[1] << "duplicate,"
                  << counts[2] << "conflict," << counts[3] << "forbidden," << counts[4] << "invalid";
    return O::of(answer);
}

HubOutcome<QJsonObject> HubSync::pull(const HubNode &node, qint64 since, int limit)
{
    using O = HubOutcome<QJsonObject>;
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
    QJsonArray items;
    qint64 next = since;
    bool more = false;
    while (q.next()) {
        if (items.size() == limit) {
            more = true;
            break;
        }
        QJsonObject item = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        next = q.value(0).toLongLong();
        item.insert(QStringLiteral("seq"), next);
        items.append(item);
    }
    if (!more) {
        // Nothing more for this node: move its checkpoint to the hub's newest seq, so that items
        // for other units are not looked at again.
        q.finish();
        if (q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM hub_down")) && q.next())
            next = std::max(next, q.value(0).toLongLong());
    }
    return O::of(QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("next"), next}, {QStringLiteral("more"), more}});
}

} // namespace ud
