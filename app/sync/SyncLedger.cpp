#include "sync/SyncLedger.h"

#include "core/CanonicalJson.h"
#include "core/Uuid7.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RowCursor.h"
#include "sync/SyncLog.h"
#include "sync/TombstonePurge.h"
#include "sync/WireWriter.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ud {

namespace {

// Fields of the wire record outside "values" (docs/sync.md).
bool isTopLevel(const QString &column)
{
    static const QSet<QString> top = {QStringLiteral("id"),          QStringLiteral("org_unit"),
                                      QStringLiteral("origin_node"), QStringLiteral("version"),
                                      QStringLiteral("base_version"), QStringLiteral("hlc"),
                                      QStringLiteral("deleted")};
    return top.contains(column);
}

QJsonValue jsonOf(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue(QJsonValue::Null);
    if (v.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(v.toByteArray().toBase64());
    return QJsonValue::fromVariant(v);
}

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}

} // namespace

SyncLedger::SyncLedger(Database &db, const Clock &clock)
    : m_db(db), m_clock(clock), m_store(std::make_unique<RecordStore>(db, &clock))
{
    m_store->setActor(QStringLiteral("sync"));
}

SyncLedger::~SyncLedger() = default;

SyncRecord SyncLedger::wireRecord(const Record &record, qint64 baseVersion)
{
    SyncRecord r;
    for (auto it = record.values.cbegin(); it != record.values.cend(); ++it) {
        if (isTopLevel(it.key()) || RecordStore::isDerivedColumn(record.table, it.key()))
            continue;
        r.values.insert(it.key(), jsonOf(it.value()));
    }
    r.table = record.table;
    r.id = record.id;
    r.orgUnit = record.value(QStringLiteral("org_unit")).toString();
    r.originNode = record.value(QStringLiteral("origin_node")).toString();
    r.version = record.version;
    r.baseVersion = baseVersion;
    r.hlc = record.value(QStringLiteral("hlc")).toString();
    r.deleted = record.deleted;
    return r;
}

QVariantMap SyncLedger::rowOf(const SyncRecord &record)
{
    QVariantMap row = record.values.toVariantMap();
    row.insert(QStringLiteral("id"), record.id);
    row.insert(QStringLiteral("org_unit"), record.orgUnit);
    row.insert(QStringLiteral("origin_node"), record.originNode);
    row.insert(QStringLiteral("version"), record.version);
    row.insert(QStringLiteral("base_version"), record.baseVersion);
    row.insert(QStringLiteral("hlc"), record.hlc);
    row.insert(QStringLiteral("deleted"), record.deleted ? 1 : 0);
    return row;
}

Status SyncLedger::ensurePeerRow()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("INSERT INTO sync_peer (singleton, url) VALUES (1, '') ON CONFLICT (singleton) DO NOTHING")))
        return Status::failure(sqlError(q));
    return Status::success();
}

Result<std::optional<OutgoingBatch>> SyncLedger::nextBatch(const Encoder &encode, int maxRecords, qint64 maxBytes)
{
    if (auto frozen = inFlight())
        return frozen;
    return freeze(encode, maxRecords, maxBytes, 0, {});
}

Result<std::optional<OutgoingBatch>> SyncLedger::freezeAhead(const OutgoingBatch &sent, const Encoder &encode,
                                                              int maxRecords, qint64 maxBytes)
{
    using R = Result<std::optional<OutgoingBatch>>;
    if (!sent.keysKnown)
        return std::optional<OutgoingBatch>();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*), max(to_seq) FROM sync_outgoing")) || !q.next())
        return R::failure(sqlError(q));
    if (q.value(0).toInt() != 1 || q.value(1).toLongLong() != sent.toSeq)
        return std::optional<OutgoingBatch>(); // one batch ahead at most
    q.finish();
    QHash<RecordKey, qint64> busy;
    for (qsizetype i = 0; i < sent.keys.size(); ++i)
        busy.insert(sent.keys.at(i), sent.versions.value(i));
    return freeze(encode, maxRecords, maxBytes, sent.toSeq, busy);
}

Result<std::optional<OutgoingBatch>> SyncLedger::freeze(const Encoder &encode, int maxRecords, qint64 maxBytes,
                                                         qint64 afterSeq, const QHash<RecordKey, qint64> &busy)
{
    using R = Result<std::optional<OutgoingBatch>>;
    const auto node = NodeIdentity::load(m_db);
    if (!node)
        return R::failure(tr("This database has no node identity yet; set the node up first."));

    Database::Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    // Read the outbox in order until the batch is full; a record changed several times goes once,
    // in its current state.
    QSqlQuery out(m_db.connection());
    out.setForwardOnly(true);
    out.prepare(QStringLiteral("SELECT seq, table_name, record_id, version FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?"));
    out.addBindValue(afterSeq);
    out.addBindValue(maxRecords * 4);
    if (!out.exec())
        return R::failure(sqlError(out));
    // First the outbox in order: which records go (each once, in its current state), at most
    // maxRecords of them.
    using Key = RecordKey;
    struct Candidate
    {
        Key key;
        qint64 firstSeq = 0;
    };
    QSet<Key> seen;
    QList<Key> local, done;
    QList<Candidate> candidates;
    qint64 fromSeq = -1, toSeq = -1;
    while (out.next()) {
        const qint64 seq = out.value(0).toLongLong();
        const Key key(out.value(1).toString(), out.value(2).toString());
        // A batch frozen ahead ends before a later change of a record of the batch still at the
        // hub: its base version is not known until the hub answers. A change that batch already
        // carries (it holds the record as it was when frozen) is only passed over.
        if (const auto atHub = busy.constFind(key); atHub != busy.cend()) {
            if (out.value(3).toLongLong() > atHub.value())
                break;
            if (fromSeq < 0)
                fromSeq = seq;
            toSeq = seq;
            continue;
        }
        if (!seen.contains(key)) {
            if (RecordStore::syncDirection(key.first) != SyncDirection::Up) {
                local << key;
            } else {
                if (candidates.size() >= maxRecords)
                    break;
                candidates << Candidate{key, seq};
            }
            seen.insert(key);
        }
        if (fromSeq < 0)
            fromSeq = seq;
        toSeq = seq;
    }
    out.finish();
    if (fromSeq < 0)
        return std::optional<OutgoingBatch>();

    // Then what the hub last accepted of each and their rows, a table at a time with one query
    // per 250 ids (a statement per record costs more than the record), each row written
    // straight as its wire text (WireWriter).
    struct Wire
    {
        QByteArray json;
        qint64 version = 0;
        QString blobHash;
    };
    QHash<Key, Wire> wires;
    {
        QMap<QString, QStringList> idsByTable;
        for (const Candidate &c : std::as_const(candidates))
            idsByTable[c.key.first] << c.key.second;
        for (auto t = idsByTable.cbegin(); t != idsByTable.cend(); ++t) {
            std::optional<WireWriter> writer;
            for (qsizetype at = 0; at < t.value().size(); at += 250) {
                const QStringList ids = t.value().mid(at, 250);
                const QString marks = QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(','));
                QHash<QString, qint64> synced;
                QSqlQuery st(m_db.connection());
                st.setForwardOnly(true);
                st.prepare(QStringLiteral("SELECT record_id, synced_version FROM sync_state WHERE table_name = ? "
                                          "AND record_id IN (%1)").arg(marks));
                st.addBindValue(t.key());
                for (const QString &id : ids)
                    st.addBindValue(id);
                if (!st.exec())
                    return R::failure(sqlError(st));
                while (st.next())
                    synced.insert(st.value(0).toString(), st.value(1).toLongLong());
                st.finish();
                // Read with SQLite's API, each row written as its wire text (WireWriter).
                RowCursor rows(m_db);
                if (!rows.exec(QStringLiteral("SELECT * FROM %1 WHERE id IN (%2)").arg(t.key(), marks),
                               QList<QVariant>(ids.cbegin(), ids.cend())))
                    return R::failure(rows.error());
                if (!writer)
                    writer.emplace(t.key(), rows);
                while (rows.next()) {
                    const QString id = writer->id(rows);
                    Wire w;
                    w.json.reserve(2048);
                    w.version = writer->append(w.json, rows, synced.value(id, 0));
                    if (writer->blobHashColumn() >= 0 && rows.integer(writer->deletedColumn()) == 0)
                        w.blobHash = QString::fromUtf8(rows.text(writer->blobHashColumn()));
                    wires.insert(Key(t.key(), id), std::move(w));
                }
                if (!rows.error().isEmpty())
                    return R::failure(rows.error());
                // What the hub already has: a version at or below its synced one.
                for (auto s = synced.cbegin(); s != synced.cend(); ++s) {
                    auto w = wires.find(Key(t.key(), s.key()));
                    if (w != wires.end() && w->version <= s.value())
                        w->json.clear();
                }
            }
        }
    }

    // The batch, in outbox order; it ends before a record that would make it too large.
    struct Upward
    {
        Key key;
        qint64 version = 0;
        const QByteArray *json = nullptr; // in `wires`, which is not changed from here on
    };
    QList<Upward> upward;
    qint64 bytes = 0;
    QStringList blobHashes;
    for (const Candidate &c : std::as_const(candidates)) {
        auto it = wires.find(c.key);
        if (it == wires.end())
            return R::failure(tr("The record %1 of %2 is in the queue of changes but not in its table.").arg(c.key.second, c.key.first));
        if (it->json.isEmpty()) {
            // The hub has this version already (a later outbox row of a record sent in its
            // current state): nothing to send; its rows go now.
            done << c.key;
            continue;
        }
        if (!upward.isEmpty() && bytes + it->json.size() + 1 > maxBytes) {
            toSeq = c.firstSeq - 1;
            break;
        }
        bytes += it->json.size() + 1;
        upward.append(Upward{c.key, it->version, &it->json});
        if (!it->blobHash.isEmpty() && !blobHashes.contains(it->blobHash))
            blobHashes << it->blobHash;
    }

    const QString now = isoUtc(m_clock.nowUtc());
    QSqlQuery st(m_db.connection());
    // Reference data changed here stays here.
    for (const auto &key : std::as_const(local)) {
        st.prepare(QStringLiteral(
            "INSERT INTO sync_state (table_name, record_id, state, acked_version, updated_at) "
            "SELECT ?, ?, 'local', coalesce((SELECT max(version) FROM outbox WHERE table_name = ? AND record_id = ? AND seq <= ?), 0), ? "
            "ON CONFLICT (table_name, record_id) DO UPDATE SET state = 'local', acked_version = excluded.acked_version, "
            "updated_at = excluded.updated_at"));
        st.addBindValue(key.first);
        st.addBindValue(key.second);
        st.addBindValue(key.first);
        st.addBindValue(key.second);
        st.addBindValue(toSeq);
        st.addBindValue(now);
        if (!st.exec())
            return R::failure(sqlError(st));
        st.prepare(QStringLiteral("DELETE FROM outbox WHERE table_name = ? AND record_id = ? AND seq <= ?"));
        st.addBindValue(key.first);
        st.addBindValue(key.second);
        st.addBindValue(toSeq);
        if (!st.exec())
            return R::failure(sqlError(st));
    }
    for (const auto &key : std::as_const(done)) {
        st.prepare(QStringLiteral("DELETE FROM outbox WHERE table_name = ? AND record_id = ? AND seq <= ?"));
        st.addBindValue(key.first);
        st.addBindValue(key.second);
        st.addBindValue(toSeq);
        if (!st.exec())
            return R::failure(sqlError(st));
    }
    if (upward.isEmpty()) {
        if (Status s = tx.commit(); !s)
            return R::failure(s.error());
        return freeze(encode, maxRecords, maxBytes, afterSeq, busy); // only local changes were in that stretch
    }

    QSqlQuery head(m_db.connection());
    QJsonObject auditHead{{QStringLiteral("seq"), 0}, {QStringLiteral("hash"), QString()}};
    if (head.exec(QStringLiteral("SELECT seq, hash FROM log_heads WHERE log = 'audit'")) && head.next())
        auditHead = QJsonObject{{QStringLiteral("seq"), head.value(0).toLongLong()},
                                {QStringLiteral("hash"), head.value(1).toString()}};
    head.finish();
    int schema = 0;
    if (head.exec(QStringLiteral("PRAGMA user_version")) && head.next())
        schema = head.value(0).toInt();
    head.finish();

    QJsonObject auditCheck;
    if (m_auditKnown > 0) {
        head.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"));
        head.addBindValue(m_auditKnown);
        const QString hash = head.exec() && head.next() ? head.value(0).toString() : QString();
        head.finish();
        auditCheck = QJsonObject{{QStringLiteral("seq"), m_auditKnown}, {QStringLiteral("hash"), hash.isNull() ? QStringLiteral("") : hash}};
    }
    OutgoingBatch b;
    b.batchId = Uuid7Generator(m_clock).next();
    b.epoch = node->dbEpoch;
    b.fromSeq = fromSeq;
    b.toSeq = toSeq;
    b.records = static_cast<int>(upward.size());
    // The message's canonical JSON written in one go: the fields whose keys sort before "records"
    // (all but schema and to_seq), the records' text as made above, then the last two.
    QJsonObject front{
        {QStringLiteral("protocol"), 1},
        {QStringLiteral("node_id"), node->nodeId},
        {QStringLiteral("db_epoch"), node->dbEpoch},
        {QStringLiteral("batch_id"), b.batchId},
        {QStringLiteral("from_seq"), fromSeq},
        {QStringLiteral("audit_head"), auditHead},
    };
    if (!auditCheck.isEmpty())
        front.insert(QStringLiteral("audit_check"), auditCheck);
    QByteArray text = CanonicalJson::fromObject(front);
    text.chop(1); // its closing brace
    text.reserve(text.size() + bytes + 64);
    text += ",\"records\":[";
    for (qsizetype i = 0; i < upward.size(); ++i) {
        if (i > 0)
            text += ',';
        text += *upward.at(i).json;
    }
    text += "],\"schema\":";
    text += QByteArray::number(schema);
    text += ",\"to_seq\":";
    text += QByteArray::number(toSeq);
    text += '}';
    b.body = encode(text, &b.compressed);
    b.blobHashes = blobHashes;
    b.blobHashesKnown = true;
    b.keys.reserve(upward.size());
    b.versions.reserve(upward.size());
    for (const Upward &u : std::as_const(upward)) {
        b.keys.append(u.key);
        b.versions.append(u.version);
    }
    b.keysKnown = true;
    m_frozen.insert(b.batchId, Frozen{b.blobHashes, b.keys, b.versions});

    st.prepare(QStringLiteral("INSERT INTO sync_outgoing (batch_id, epoch, from_seq, to_seq, records, body, deflated, made_at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    st.addBindValue(b.batchId);
    st.addBindValue(b.epoch);
    st.addBindValue(b.fromSeq);
    st.addBindValue(b.toSeq);
    st.addBindValue(b.records);
    st.addBindValue(b.body);
    st.addBindValue(b.compressed ? 1 : 0);
    st.addBindValue(now);
    if (!st.exec())
        return R::failure(sqlError(st));
    st.prepare(QStringLiteral("INSERT INTO sync_state (table_name, record_id, state, sent_version, batch_id, updated_at) "
                              "VALUES (?, ?, 'sent', ?, ?, ?) ON CONFLICT (table_name, record_id) DO UPDATE SET "
                              "state = 'sent', sent_version = excluded.sent_version, batch_id = excluded.batch_id, "
                              "updated_at = excluded.updated_at"));
    for (const Upward &u : std::as_const(upward)) {
        st.addBindValue(u.key.first);
        st.addBindValue(u.key.second);
        st.addBindValue(u.version);
        st.addBindValue(b.batchId);
        st.addBindValue(now);
        if (!st.exec())
            return R::failure(sqlError(st));
    }
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    qCDebug(lcSync) << "froze batch" << b.batchId << "seq" << fromSeq << "-" << toSeq << "records" << b.records;
    return std::optional<OutgoingBatch>(b);
}

std::optional<OutgoingBatch> SyncLedger::inFlight() const
{
    return readFrozen(-1);
}

std::optional<OutgoingBatch> SyncLedger::frozenAfter(qint64 toSeq) const
{
    return readFrozen(toSeq);
}

std::optional<OutgoingBatch> SyncLedger::readFrozen(qint64 afterSeq) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT batch_id, epoch, from_seq, to_seq, records, body, deflated, attempts FROM sync_outgoing "
                             "WHERE from_seq > ? ORDER BY from_seq LIMIT 1"));
    q.addBindValue(afterSeq);
    if (!q.exec() || !q.next())
        return std::nullopt;
    OutgoingBatch b;
    b.batchId = q.value(0).toString();
    b.epoch = q.value(1).toString();
    b.fromSeq = q.value(2).toLongLong();
    b.toSeq = q.value(3).toLongLong();
    b.records = q.value(4).toInt();
    b.body = q.value(5).toByteArray();
    b.compressed = q.value(6).toInt() != 0;
    // Frozen by this ledger: what it holds is known without reading the body.
    if (const auto frozen = m_frozen.constFind(b.batchId); frozen != m_frozen.cend()) {
        b.blobHashes = frozen->blobHashes;
        b.blobHashesKnown = true;
        b.keys = frozen->keys;
        b.versions = frozen->versions;
        b.keysKnown = true;
    }
    b.attempts = q.value(7).toInt();
    return b;
}

Status SyncLedger::markAttempt(const QString &batchId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sync_outgoing SET attempts = attempts + 1 WHERE batch_id = ?"));
    q.addBindValue(batchId);
    return q.exec() ? Status::success() : Status::failure(sqlError(q));
}

Status SyncLedger::acknowledge(const OutgoingBatch &batch, const PushReply &reply)
{
    if (reply.batchId != batch.batchId)
        return Status::failure(tr("The hub answered for another batch (%1 instead of %2).").arg(reply.batchId, batch.batchId));
    const qint64 acked = reply.ackedToSeq;
    if (acked != batch.toSeq)
        return Status::failure(tr("The hub acknowledged the changes up to %1, but the batch ends at %2.")
                                   .arg(acked)
                                   .arg(batch.toSeq));
    Database::Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    const QString now = isoUtc(m_clock.nowUtc());
    // Prepared once: a batch has up to 500 records.
    QSqlQuery state(m_db.connection()), outbox(m_db.connection()), cleared(m_db.connection()), refused(m_db.connection());
    if (!state.prepare(QStringLiteral("UPDATE sync_state SET state = ?, acked_version = sent_version, "
                                      "synced_version = CASE WHEN ? THEN sent_version WHEN ? > 0 THEN ? ELSE synced_version END, "
                                      "updated_at = ? WHERE table_name = ? AND record_id = ? AND batch_id = ?"))
        // Later changes of the record already went in its current state: their outbox rows too.
        || !outbox.prepare(QStringLiteral("DELETE FROM outbox WHERE table_name = ? AND record_id = ? AND version <= "
                                          "(SELECT sent_version FROM sync_state WHERE table_name = ? AND record_id = ?)"))
        || !cleared.prepare(QStringLiteral("DELETE FROM sync_quarantine WHERE table_name = ? AND record_id = ? AND direction = 'up'"))
        || !refused.prepare(QStringLiteral(
            "INSERT INTO sync_quarantine (table_name, record_id, direction, version, status, reason, at) "
            "SELECT table_name, record_id, 'up', sent_version, ?, ?, ? FROM sync_state WHERE table_name = ? AND record_id = ? "
            "ON CONFLICT (table_name, record_id, direction) DO UPDATE SET version = excluded.version, "
            "status = excluded.status, reason = excluded.reason, at = excluded.at")))
        return Status::failure(sqlError(state) + sqlError(outbox) + sqlError(cleared) + sqlError(refused));
    QMap<QString, QStringList> acceptedIds;
    for (const RecordResult &r : reply.results) {
        if (r.id.isEmpty())
            continue; // a record the hub could not read at all: nothing to mark
        const QString &table = r.table;
        const QString &id = r.id;
        const bool accepted = r.status == RecordStatus::Ok || r.status == RecordStatus::Duplicate;
        const bool conflict = r.status == RecordStatus::Conflict;
        if (accepted) {
            acceptedIds[table] << id; // all at once below
            continue;
        }
        // Accepted: the hub now holds what was sent. A conflict: it holds the version every tier
        // keeps, which the next change of the record starts from.
        const qint64 winner = conflict && r.winner ? r.winner->version : 0;
        state.addBindValue(accepted ? QStringLiteral("synced") : conflict ? QStringLiteral("conflict") : QStringLiteral("error"));
        state.addBindValue(accepted ? 1 : 0);
        state.addBindValue(winner);
        state.addBindValue(winner);
        state.addBindValue(now);
        state.addBindValue(table);
        state.addBindValue(id);
        state.addBindValue(batch.batchId);
        if (!state.exec())
            return Status::failure(sqlError(state));
        outbox.addBindValue(table);
        outbox.addBindValue(id);
        outbox.addBindValue(table);
        outbox.addBindValue(id);
        if (!outbox.exec())
            return Status::failure(sqlError(outbox));
        QSqlQuery &q = accepted || conflict ? cleared : refused;
        if (!accepted && !conflict) {
            q.addBindValue(recordStatusKey(r.status));
            q.addBindValue(r.reason);
            q.addBindValue(now);
        }
        q.addBindValue(table);
        q.addBindValue(id);
        if (!q.exec())
            return Status::failure(sqlError(q));
    }
    // The records the hub accepted (nearly all of them), a statement per table and 250 ids
    // rather than three per record.
    for (auto t = acceptedIds.cbegin(); t != acceptedIds.cend(); ++t) {
        for (qsizetype at = 0; at < t.value().size(); at += 250) {
            const QStringList ids = t.value().mid(at, 250);
            const QString marks = QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(','));
            QSqlQuery set(m_db.connection());
            const auto run = [&](const QString &sql, const QVariantList &before) {
                set.prepare(sql.arg(marks));
                for (const QVariant &v : before)
                    set.addBindValue(v);
                for (const QString &id : ids)
                    set.addBindValue(id);
                return set.exec();
            };
            if (!run(QStringLiteral("UPDATE sync_state SET state = 'synced', acked_version = sent_version, synced_version = "
                                    "sent_version, updated_at = ? WHERE batch_id = ? AND table_name = ? AND record_id IN (%1)"),
                     {now, batch.batchId, t.key()})
                // Later changes of the record already went in its current state: their outbox rows too.
                || !run(QStringLiteral("DELETE FROM outbox WHERE table_name = ? AND record_id IN (%1) AND version <= "
                                       "(SELECT s.sent_version FROM sync_state s WHERE s.table_name = outbox.table_name "
                                       "AND s.record_id = outbox.record_id)"),
                        {t.key()})
                || !run(QStringLiteral("DELETE FROM sync_quarantine WHERE direction = 'up' AND table_name = ? AND record_id IN (%1)"),
                        {t.key()}))
                return Status::failure(sqlError(set));
        }
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE seq >= ? AND seq <= ?"));
    q.addBindValue(batch.fromSeq);
    q.addBindValue(batch.toSeq);
    if (!q.exec())
        return Status::failure(sqlError(q));
    q.prepare(QStringLiteral("DELETE FROM sync_outgoing WHERE batch_id = ?"));
    q.addBindValue(batch.batchId);
    if (!q.exec())
        return Status::failure(sqlError(q));
    m_frozen.remove(batch.batchId);
    if (Status s = ensurePeerRow(); !s)
        return s;
    q.prepare(QStringLiteral("UPDATE sync_peer SET acked_seq = ?, push_epoch = ? WHERE singleton = 1"));
    q.addBindValue(batch.toSeq);
    q.addBindValue(batch.epoch);
    if (!q.exec())
        return Status::failure(sqlError(q));
    return tx.commit();
}

Result<int> SyncLedger::applyPulled(const PullReply &reply)
{
    Database::Transaction tx(m_db);
    if (!tx.isActive())
        return Result<int>::failure(tx.error());
    const QString now = isoUtc(m_clock.nowUtc());
    int applied = 0;
    QSqlQuery q(m_db.connection());
    TombstonePurge purge(m_db, *m_store, m_clock); // settled tombstones (docs/sync.md "Deletes")
    for (const PullItem &item : reply.items) {
        const SyncRecord &wire = item.record;
        QString problem;
        if (item.kind == PullKind::Settled) {
            // Every tier holds this tombstone: purged here unless changed since (TombstonePurge).
            if (auto r = purge.settle(wire); !r)
                problem = r.error();
        } else if (item.kind == PullKind::Conflict) {
            // The hub kept both versions; the one every tier keeps is written here too and the
            // other is kept beside it for a person to compare.
            auto local = m_store->get(wire.table, wire.id);
            const bool localIsWinner = local && local.value().version == wire.version
                                       && local.value().value(QStringLiteral("hlc")).toString() == wire.hlc;
            const SyncRecord localWire = local ? wireRecord(local.value(), 0) : (item.loser ? *item.loser : wire);
            const SyncRecord other = localIsWinner ? (item.loser ? *item.loser : wire) : wire;
            q.prepare(QStringLiteral(
                "INSERT INTO sync_conflicts (id, table_name, record_id, local_version, local_body, remote_version, "
                "remote_hlc, remote_origin, remote_body, winner, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(Uuid7Generator(m_clock).next());
            q.addBindValue(wire.table);
            q.addBindValue(wire.id);
            q.addBindValue(localWire.version);
            q.addBindValue(QString::fromUtf8(CanonicalJson::fromObject(localWire.toJson())));
            q.addBindValue(other.version);
            q.addBindValue(other.hlc);
            q.addBindValue(other.originNode);
            q.addBindValue(QString::fromUtf8(CanonicalJson::fromObject(other.toJson())));
            q.addBindValue(localIsWinner ? QStringLiteral("local") : QStringLiteral("remote"));
            q.addBindValue(now);
            if (!q.exec()) {
                problem = sqlError(q);
            } else if (!localIsWinner) {
                RemoteWrite how;
                how.force = true;
                how.reason = tr("conflict: the version kept by every tier");
                auto r = m_store->applyRemote(wire.table, rowOf(wire), how);
                if (!r)
                    problem = r.error();
            }
        } else {
            RemoteWrite how;
            how.reason = item.kind == PullKind::Review ? tr("review from the union above")
                                                       : tr("reference data from the union above");
            // Reference data flows down only: the union above's version replaces one changed here.
            how.force = item.kind == PullKind::Reference;
            auto r = m_store->applyRemote(wire.table, rowOf(wire), how);
            if (!r)
                problem = r.error();
            else if (r.value() == RemoteResult::Applied)
                ++applied;
        }
        if (!problem.isEmpty()) {
            qCWarning(lcSync) << "could not apply" << pullKindKey(item.kind) << wire.table << wire.id << problem;
            q.prepare(QStringLiteral(
                "INSERT INTO sync_quarantine (table_name, record_id, direction, version, status, reason, body, at) "
                "VALUES (?, ?, 'down', ?, 'unapplied', ?, ?, ?) ON CONFLICT (table_name, record_id, direction) DO UPDATE SET "
                "version = excluded.version, status = excluded.status, reason = excluded.reason, body = excluded.body, "
                "at = excluded.at"));
            q.addBindValue(wire.table);
            q.addBindValue(wire.id);
            q.addBindValue(wire.version);
            q.addBindValue(problem);
            q.addBindValue(QString::fromUtf8(CanonicalJson::fromObject(item.toJson())));
            q.addBindValue(now);
            if (!q.exec())
                return Result<int>::failure(sqlError(q));
        }
    }
    if (auto r = purge.retryHeld(); !r) // purges held until the rows referring to them or their changes are gone
        return Result<int>::failure(r.error());
    if (Status s = ensurePeerRow(); !s)
        return Result<int>::failure(s.error());
    q.prepare(QStringLiteral("UPDATE sync_peer SET pulled_seq = ? WHERE singleton = 1 AND pulled_seq < ?"));
    q.addBindValue(reply.next);
    q.addBindValue(reply.next);
    if (!q.exec())
        return Result<int>::failure(sqlError(q));
    if (Status s = tx.commit(); !s)
        return Result<int>::failure(s.error());
    return applied;
}

Status SyncLedger::setPeer(const QString &url, const QString &certificatePem)
{
    if (Status s = ensurePeerRow(); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sync_peer SET url = ?, certificate = ? WHERE singleton = 1"));
    q.addBindValue(url);
    q.addBindValue(certificatePem);
    return q.exec() ? Status::success() : Status::failure(sqlError(q));
}

Status SyncLedger::setHubKey(const QString &hubNodeId, const QString &publicKeyBase64)
{
    if (Status s = ensurePeerRow(); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sync_peer SET hub_node_id = ?, hub_public_key = ? WHERE singleton = 1"));
    q.addBindValue(hubNodeId);
    q.addBindValue(publicKeyBase64);
    return q.exec() ? Status::success() : Status::failure(sqlError(q));
}

QString SyncLedger::hubPublicKey() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT hub_public_key FROM sync_peer")) && q.next() ? q.value(0).toString() : QString();
}

Status SyncLedger::setEnrollment(const QString &status, const QString &orgUnit, const QString &hubNodeId)
{
    if (Status s = ensurePeerRow(); !s)
        return s;
    const QString now = isoUtc(m_clock.nowUtc());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE sync_peer SET enrollment = ?, enrolled_org_unit = ?, hub_node_id = CASE WHEN ? = '' THEN hub_node_id ELSE ? END, "
        "requested_at = CASE WHEN ? = 'requested' THEN ? ELSE requested_at END, "
        "approved_at = CASE WHEN ? = 'approved' AND approved_at IS NULL THEN ? ELSE approved_at END WHERE singleton = 1"));
    // A null QString binds as SQL NULL, which these NOT NULL columns refuse (the enrollment
    // request passes no org unit yet): bind "" instead.
    const QString unit = orgUnit.isNull() ? QStringLiteral("") : orgUnit;
    const QString hubNode = hubNodeId.isNull() ? QStringLiteral("") : hubNodeId;
    q.addBindValue(status);
    q.addBindValue(unit);
    q.addBindValue(hubNode);
    q.addBindValue(hubNode);
    q.addBindValue(status);
    q.addBindValue(now);
    q.addBindValue(status);
    q.addBindValue(now);
    return q.exec() ? Status::success() : Status::failure(sqlError(q));
}

Status SyncLedger::recordFailure(const QString &code, const QString &message, const QString &nextAttemptAt)
{
    if (Status s = ensurePeerRow(); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sync_peer SET last_attempt_at = ?, last_error_code = ?, last_error = ?, "
                             "next_attempt_at = ?, failures = failures + 1 WHERE singleton = 1"));
    q.addBindValue(isoUtc(m_clock.nowUtc()));
    q.addBindValue(code);
    q.addBindValue(message);
    q.addBindValue(nextAttemptAt.isEmpty() ? QVariant() : QVariant(nextAttemptAt));
    return q.exec() ? Status::success() : Status::failure(sqlError(q));
}

Status SyncLedger::recordSuccess(qint64 clockSkewMs)
{
    if (Status s = ensurePeerRow(); !s)
        return s;
    const QString now = isoUtc(m_clock.nowUtc());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sync_peer SET last_attempt_at = ?, last_success_at = ?, last_error_code = '', "
                             "last_error = '', next_attempt_at = NULL, failures = 0, clock_skew_ms = ? WHERE singleton = 1"));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(clockSkewMs);
    return q.exec() ? Status::success() : Status::failure(sqlError(q));
}

qint64 SyncLedger::pulledSeq() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT pulled_seq FROM sync_peer")) && q.next() ? q.value(0).toLongLong() : 0;
}

SyncOverview SyncLedger::overview() const
{
    SyncOverview o;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT url, enrollment, enrolled_org_unit, last_success_at, last_attempt_at, "
                              "last_error_code, last_error, next_attempt_at, failures, clock_skew_ms FROM sync_peer"))
        && q.next()) {
        o.hubUrl = q.value(0).toString();
        o.enrollment = q.value(1).toString();
        o.enrolledOrgUnit = q.value(2).toString();
        o.lastSuccessAt = q.value(3).toString();
        o.lastAttemptAt = q.value(4).toString();
        o.lastErrorCode = q.value(5).toString();
        o.lastError = q.value(6).toString();
        o.nextAttemptAt = q.value(7).toString();
        o.failures = q.value(8).toInt();
        o.clockSkewMs = q.value(9).toLongLong();
    } else {
        o.enrollment = QStringLiteral("none");
    }
    QStringList up;
    for (const QString &t : RecordStore::recordTables())
        if (RecordStore::syncDirection(t) == SyncDirection::Up)
            up << QLatin1Char('\'') + t + QLatin1Char('\'');
    const auto count = [&](const QString &sql) {
        QSqlQuery c(m_db.connection());
        return c.exec(sql) && c.next() ? c.value(0).toLongLong() : 0;
    };
    // Changes not yet in the batch in flight (those count as in flight).
    o.pendingRecords = count(QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT table_name, record_id FROM outbox "
                                            "WHERE table_name IN (%1) "
                                            "AND seq > coalesce((SELECT max(to_seq) FROM sync_outgoing), 0))")
                                 .arg(up.join(QLatin1Char(','))));
    o.inFlightRecords = count(QStringLiteral("SELECT coalesce(sum(records), 0) FROM sync_outgoing"));
    o.quarantined = count(QStringLiteral("SELECT count(*) FROM sync_quarantine"));
    o.openConflicts = count(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL"));
    return o;
}

qint64 SyncLedger::queuedChanges() const
{
    QSqlQuery c(m_db.connection());
    return c.exec(QStringLiteral("SELECT count(*) FROM outbox"))
                   && c.next()
               ? c.value(0).toLongLong()
               : 0;
}

Result<QList<SyncRecord>> SyncLedger::localReference(const QStringList &tables)
{
    using R = Result<QList<SyncRecord>>;
    QList<SyncRecord> out;
    for (const QString &t : tables) {
        if (RecordStore::syncDirection(t) != SyncDirection::Down || t == QLatin1String("record_reviews"))
            return R::failure(tr("%1 is not reference data.").arg(t));
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT id FROM %1 WHERE origin_node <> 'reference' OR version > 1 ORDER BY id").arg(t)))
            return R::failure(sqlError(q));
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        for (const QString &id : std::as_const(ids)) {
            auto rec = m_store->get(t, id);
            if (!rec)
                return R::failure(rec.error());
            out << wireRecord(rec.value(), 0);
        }
    }
    return out;
}

QList<QuarantinedRecord> SyncLedger::quarantined(int limit) const
{
    QList<QuarantinedRecord> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT table_name, record_id, direction, version, status, reason, at FROM sync_quarantine "
                             "ORDER BY at, table_name, record_id LIMIT ?"));
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            out << QuarantinedRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                     q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString(),
                                     q.value(6).toString()};
    return out;
}

QHash<QString, RecordSyncState> SyncLedger::states(const QString &table, const QStringList &ids) const
{
    QHash<QString, RecordSyncState> out;
    QSqlQuery pending(m_db.connection());
    // Changes not yet in the batch in flight.
    pending.prepare(QStringLiteral("SELECT 1 FROM outbox WHERE table_name = ? AND record_id = ? "
                                   "AND seq > coalesce((SELECT max(to_seq) FROM sync_outgoing), 0) LIMIT 1"));
    QSqlQuery state(m_db.connection());
    state.prepare(QStringLiteral("SELECT state FROM sync_state WHERE table_name = ? AND record_id = ?"));
    QSqlQuery review(m_db.connection());
    review.prepare(QStringLiteral("SELECT decision FROM record_reviews WHERE table_name = ? AND record_id = ? "
                                  "AND deleted = 0 ORDER BY decided_at DESC, hlc DESC LIMIT 1"));
    for (const QString &id : ids) {
        RecordSyncState s = RecordSyncState::None;
        pending.addBindValue(table);
        pending.addBindValue(id);
        const bool isPending = pending.exec() && pending.next();
        pending.finish();
        state.addBindValue(table);
        state.addBindValue(id);
        const QString st = state.exec() && state.next() ? state.value(0).toString() : QString();
        state.finish();
        if (st == QLatin1String("error"))
            s = RecordSyncState::Error;
        else if (st == QLatin1String("conflict"))
            s = RecordSyncState::Conflict;
        else if (isPending)
            s = RecordSyncState::Pending;
        else if (st == QLatin1String("sent"))
            s = RecordSyncState::Sent;
        else if (st == QLatin1String("local"))
            s = RecordSyncState::Local;
        else if (st == QLatin1String("synced")) {
            s = RecordSyncState::Synced;
            review.addBindValue(table);
            review.addBindValue(id);
            if (review.exec() && review.next() && review.value(0).toString() == QLatin1String("return"))
                s = RecordSyncState::Returned;
            review.finish();
        }
        out.insert(id, s);
    }
    return out;
}

QString SyncLedger::stateText(RecordSyncState state)
{
    switch (state) {
    case RecordSyncState::None: return QString();
    case RecordSyncState::Pending: return tr("Waiting to send");
    case RecordSyncState::Sent: return tr("Sent");
    case RecordSyncState::Synced: return tr("At the union above");
    case RecordSyncState::Returned: return tr("Returned");
    case RecordSyncState::Error: return tr("Refused");
    case RecordSyncState::Conflict: return tr("Conflict");
    case RecordSyncState::Local: return tr("Kept here");
    }
    return QString();
}

} // namespace ud
