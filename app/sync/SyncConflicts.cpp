#include "sync/SyncConflicts.h"

#include "storage/Database.h"
#include "storage/RecordStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace ud {

namespace {

// Fields a person compares: the record's own, not the bookkeeping every version has.
bool isCompared(const QString &field)
{
    static const QStringList skip = {QStringLiteral("created_at"), QStringLiteral("created_by"),
                                     QStringLiteral("updated_at"), QStringLiteral("updated_by")};
    return !skip.contains(field);
}

SyncConflict conflictOf(const QSqlQuery &q)
{
    SyncConflict c;
    c.id = q.value(0).toString();
    c.table = q.value(1).toString();
    c.recordId = q.value(2).toString();
    c.localVersion = q.value(3).toLongLong();
    c.remoteVersion = q.value(5).toLongLong();
    c.remoteOrigin = q.value(7).toString();
    c.winner = q.value(9).toString();
    c.detectedAt = q.value(10).toString();
    const QJsonObject local = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    const QJsonObject remote = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    c.localValues = local.value(QStringLiteral("values")).toObject();
    c.remoteValues = remote.value(QStringLiteral("values")).toObject();
    c.localDeleted = local.value(QStringLiteral("deleted")).toBool();
    c.remoteDeleted = remote.value(QStringLiteral("deleted")).toBool();
    QStringList fields = c.localValues.keys();
    for (const QString &k : c.remoteValues.keys())
        if (!fields.contains(k))
            fields << k;
    for (const QString &f : std::as_const(fields))
        if (isCompared(f) && c.localValues.value(f) != c.remoteValues.value(f))
            c.differing << f;
    if (c.localDeleted != c.remoteDeleted)
        c.differing << QStringLiteral("deleted");
    std::sort(c.differing.begin(), c.differing.end());
    return c;
}

const char *kColumns = "id, table_name, record_id, local_version, local_body, remote_version, remote_hlc, remote_origin, "
                       "remote_body, winner, detected_at";

} // namespace

SyncConflicts::SyncConflicts(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

QList<SyncConflict> SyncConflicts::open() const
{
    QList<SyncConflict> out;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT %1 FROM sync_conflicts WHERE resolved_at IS NULL ORDER BY detected_at, id")
                   .arg(QLatin1String(kColumns))))
        while (q.next())
            out << conflictOf(q);
    return out;
}

Result<SyncConflict> SyncConflicts::get(const QString &conflictId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM sync_conflicts WHERE id = ? AND resolved_at IS NULL").arg(QLatin1String(kColumns)));
    q.addBindValue(conflictId);
    if (!q.exec() || !q.next())
        return Result<SyncConflict>::failure(tr("There is no open conflict %1.").arg(conflictId));
    return conflictOf(q);
}

Status SyncConflicts::resolve(const QString &conflictId, const QHash<QString, QString> &choice, const QString &actor)
{
    auto conflict = get(conflictId);
    if (!conflict)
        return conflict.status();
    const SyncConflict &c = conflict.value();
    for (auto it = choice.cbegin(); it != choice.cend(); ++it) {
        if (!c.differing.contains(it.key()))
            return Status::failure(tr("The field \"%1\" is not one where the two versions differ.").arg(it.key()));
        if (it.value() != QLatin1String("local") && it.value() != QLatin1String("remote"))
            return Status::failure(tr("Keep each field from this computer (local) or from the other version (remote)."));
    }
    Database::Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    RecordStore store(m_db, &m_clock);
    store.setActor(actor);
    auto current = store.get(c.table, c.recordId);
    if (!current)
        return current.status();
    QVariantMap changes;
    bool deletedWanted = current.value().deleted;
    for (auto it = choice.cbegin(); it != choice.cend(); ++it) {
        const QJsonObject &from = it.value() == QLatin1String("local") ? c.localValues : c.remoteValues;
        if (it.key() == QLatin1String("deleted")) {
            deletedWanted = it.value() == QLatin1String("local") ? c.localDeleted : c.remoteDeleted;
            continue;
        }
        const QVariant wanted = from.value(it.key()).toVariant();
        if (current.value().value(it.key()) != wanted)
            changes.insert(it.key(), wanted);
    }
    const QString reason = tr("conflict resolved field by field (versions %1 and %2)").arg(c.localVersion).arg(c.remoteVersion);
    qint64 version = current.value().version;
    if (!changes.isEmpty()) {
        auto updated = store.update(c.table, c.recordId, version, changes, reason);
        if (!updated)
            return updated.status();
        version = updated.value().version;
    }
    if (deletedWanted != current.value().deleted) {
        auto flipped = deletedWanted ? store.remove(c.table, c.recordId, version, reason)
                                     : store.undelete(c.table, c.recordId, version, reason);
        if (!flipped)
            return flipped.status();
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sync_conflicts SET resolved_at = ?, resolved_by = ? WHERE id = ?"));
    q.addBindValue(isoUtc(m_clock.nowUtc()));
    q.addBindValue(actor);
    q.addBindValue(conflictId);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    q.prepare(QStringLiteral("UPDATE sync_state SET state = 'synced' WHERE table_name = ? AND record_id = ? AND state = 'conflict'"));
    q.addBindValue(c.table);
    q.addBindValue(c.recordId);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return tx.commit();
}

} // namespace ud
