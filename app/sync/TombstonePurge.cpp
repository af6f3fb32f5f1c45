#include "sync/TombstonePurge.h"

#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "sync/SyncLog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ud {

namespace {

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}

// Whether a row of `table`/`id` exists in `sqlTable` (bookkeeping keyed by table_name, record_id).
Result<bool> hasRow(const QSqlDatabase &db, const QString &sql, const QString &table, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(table);
    q.addBindValue(id);
    if (!q.exec())
        return Result<bool>::failure(sqlError(q));
    return q.next();
}

} // namespace

TombstonePurge::TombstonePurge(Database &db, RecordStore &store, const Clock &clock)
    : m_db(db), m_store(store), m_clock(clock)
{
}

Result<TombstonePurge::Outcome> TombstonePurge::settle(const SyncRecord &settled)
{
    return attempt(settled.table, settled.id, settled.version, settled.hlc);
}

Result<int> TombstonePurge::retryHeld()
{
    struct Held
    {
        QString table, id, hlc;
        qint64 version = 0;
    };
    QList<Held> held;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT table_name, record_id, version, hlc FROM record_purges WHERE purged_at IS NULL "
                               "ORDER BY table_name, record_id")))
        return Result<int>::failure(sqlError(q));
    while (q.next())
        held.append(Held{q.value(0).toString(), q.value(1).toString(), q.value(3).toString(), q.value(2).toLongLong()});
    q.finish();
    // A purge may free another (a case's session purged, then the case): again while one goes.
    int purged = 0;
    for (bool progress = true; progress && !held.isEmpty();) {
        progress = false;
        for (qsizetype i = 0; i < held.size();) {
            auto outcome = attempt(held.at(i).table, held.at(i).id, held.at(i).version, held.at(i).hlc);
            if (!outcome)
                return Result<int>::failure(outcome.error());
            if (outcome.value() == Outcome::Held) {
                ++i;
                continue;
            }
            if (outcome.value() == Outcome::Purged) {
                ++purged;
                progress = true;
            }
            held.removeAt(i);
        }
    }
    return purged;
}

Result<TombstonePurge::Outcome> TombstonePurge::attempt(const QString &table, const QString &id, qint64 version,
                                                        const QString &hlc)
{
    using R = Result<Outcome>;
    // Only the casework that flows up reaches the hubs, so only it is ever settled.
    if (!RecordStore::isRecordTable(table) || RecordStore::syncDirection(table) != SyncDirection::Up)
        return Outcome::Absent;
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT version, deleted FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(sqlError(q));
    if (!q.next()) {
        q.finish();
        if (Status s = dropHeld(table, id); !s)
            return s;
        return Outcome::Absent;
    }
    const qint64 local = q.value(0).toLongLong();
    const bool deleted = q.value(1).toInt() != 0;
    q.finish();
    // Changed here after the tombstone, or another version of the same number: this node's own
    // later change (or the conflict that follows) decides; the settled item is done.
    if (local > version || (local == version && !deleted)) {
        if (Status s = dropHeld(table, id); !s)
            return s;
        return Outcome::Kept;
    }
    auto queued = hasRow(db, QStringLiteral("SELECT 1 FROM outbox WHERE table_name = ? AND record_id = ?"), table, id);
    if (!queued)
        return queued.status();
    if (queued.value()) {
        if (Status s = hold(table, id, version, hlc, tr("A change of it is still waiting to be sent.")); !s)
            return s;
        return Outcome::Held;
    }
    auto conflicted = hasRow(db,
                             QStringLiteral("SELECT 1 FROM sync_conflicts WHERE table_name = ? AND record_id = ? "
                                            "AND resolved_at IS NULL"),
                             table, id);
    if (!conflicted)
        return conflicted.status();
    if (conflicted.value()) {
        if (Status s = hold(table, id, version, hlc, tr("A conflict on it waits for a person.")); !s)
            return s;
        return Outcome::Held;
    }

    Database::Transaction tx(m_db); // a savepoint of the caller's transaction
    if (!tx.isActive())
        return R::failure(tx.error());
    if (local < version) {
        // An older version than the tombstone every tier holds (a restored file): the tombstone is
        // written first, audited, so the history ends where the purge starts.
        auto row = m_store.get(table, id);
        if (!row)
            return row.status();
        QVariantMap values = row.value().values;
        values.insert(QStringLiteral("version"), version);
        values.insert(QStringLiteral("base_version"), version - 1);
        values.insert(QStringLiteral("deleted"), 1);
        if (!hlc.isEmpty())
            values.insert(QStringLiteral("hlc"), hlc);
        RemoteWrite how;
        how.force = true;
        how.reason = tr("deleted at every tier");
        auto written = m_store.applyRemote(table, values, how);
        if (!written)
            return written.status();
    }
    bool referenced = false;
    if (Status s = removeRow(table, id, &referenced); !s)
        return s;
    if (referenced) {
        // Nothing is removed; the tombstone written above (if any) stands.
        if (Status s = tx.commit(); !s)
            return s;
        if (Status s = hold(table, id, version, hlc, tr("Other records still refer to it.")); !s)
            return s;
        return Outcome::Held;
    }
    q.prepare(QStringLiteral("INSERT INTO record_purges (table_name, record_id, version, hlc, settled_at, purged_at) "
                             "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (table_name, record_id) DO UPDATE SET "
                             "version = excluded.version, hlc = excluded.hlc, purged_at = excluded.purged_at, "
                             "held_reason = '' WHERE record_purges.purged_at IS NULL"));
    const QString now = isoUtc(m_clock.nowUtc());
    q.addBindValue(table);
    q.addBindValue(id);
    q.addBindValue(version);
    q.addBindValue(hlc);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return R::failure(sqlError(q));
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcSync) << "purged the settled tombstone" << table << id << "version" << version;
    return Outcome::Purged;
}

Status TombstonePurge::removeRow(const QString &table, const QString &id, bool *referenced)
{
    QSqlQuery q(m_db.connection());
    QString sha256;
    if (table == QLatin1String("mediation_attachments")) {
        q.prepare(QStringLiteral("SELECT sha256 FROM mediation_attachments WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return Status::failure(sqlError(q));
        if (q.next())
            sha256 = q.value(0).toString();
        q.finish();
    }
    {
        // Rows that refer to this one (foreign keys, enforced) make the DELETE fail: rolled back to
        // here, the purge waits for them.
        Database::Transaction attempt(m_db);
        if (!attempt.isActive())
            return Status::failure(attempt.error());
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
        q.addBindValue(id);
        if (!q.exec()) {
            const QString error = sqlError(q);
            if (error.contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive)) {
                *referenced = true;
                return Status::success(); // `attempt` rolls back
            }
            return Status::failure(error);
        }
        if (Status s = attempt.commit(); !s)
            return s;
    }
    // The sync bookkeeping of the record, and what kept its text beside the row.
    const QStringList bookkeeping = {
        QStringLiteral("DELETE FROM sync_state WHERE table_name = ? AND record_id = ?"),
        QStringLiteral("DELETE FROM sync_quarantine WHERE table_name = ? AND record_id = ?"),
        QStringLiteral("DELETE FROM sync_conflicts WHERE table_name = ? AND record_id = ? AND resolved_at IS NOT NULL"),
    };
    for (const QString &sql : bookkeeping) {
        q.prepare(sql);
        q.addBindValue(table);
        q.addBindValue(id);
        if (!q.exec())
            return Status::failure(sqlError(q));
    }
    if (table == QLatin1String("mediation_cases")) {
        // Its search text left the index when it was deleted; its fixed index row number goes now.
        q.prepare(QStringLiteral("DELETE FROM mediation_fts_map WHERE case_id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return Status::failure(sqlError(q));
    }
    if (!sha256.isEmpty()) {
        // The file itself, unless another attachment (of another case) names the same content.
        q.prepare(QStringLiteral("DELETE FROM attachment_blobs WHERE sha256 = ? AND NOT EXISTS "
                                 "(SELECT 1 FROM mediation_attachments WHERE sha256 = ?)"));
        q.addBindValue(sha256);
        q.addBindValue(sha256);
        if (!q.exec())
            return Status::failure(sqlError(q));
    }
    return Status::success();
}

Status TombstonePurge::hold(const QString &table, const QString &id, qint64 version, const QString &hlc,
                            const QString &reason)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO record_purges (table_name, record_id, version, hlc, settled_at, held_reason) "
                             "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (table_name, record_id) DO UPDATE SET "
                             "version = excluded.version, hlc = excluded.hlc, held_reason = excluded.held_reason "
                             "WHERE record_purges.purged_at IS NULL"));
    q.addBindValue(table);
    q.addBindValue(id);
    q.addBindValue(version);
    q.addBindValue(hlc);
    q.addBindValue(isoUtc(m_clock.nowUtc()));
    q.addBindValue(reason);
    if (!q.exec())
        return Status::failure(sqlError(q));
    qCDebug(lcSync) << "purge of" << table << id << "held:" << reason;
    return Status::success();
}

Status TombstonePurge::dropHeld(const QString &table, const QString &id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM record_purges WHERE table_name = ? AND record_id = ? AND purged_at IS NULL"));
    q.addBindValue(table);
    q.addBindValue(id);
    return q.exec() ? Status::success() : Status::failure(sqlError(q));
}

} // namespace ud
