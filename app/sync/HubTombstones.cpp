#include "sync/HubTombstones.h"

#include "sync/HubDatabase.h"
#include "sync/HubStore.h"
#include "sync/HubSync.h"
#include "sync/SyncLog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ud {

namespace {

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}

// Tombstones not settled yet, leaving out those with a conflict a person has not resolved (they
// wait for the person).
const char kUnsettled[] = "deleted = 1 AND settled_version < version AND NOT EXISTS (SELECT 1 FROM hub_conflicts c "
                          "WHERE c.table_name = h.table_name AND c.record_id = h.record_id AND c.resolved_at IS NULL)";

} // namespace

HubTombstones::HubTombstones(HubStore &store, HubSync &sync) : m_store(store), m_sync(sync) {}

bool HubTombstones::hasParent() const
{
    QSqlQuery q(m_store.database().connection());
    return q.exec(QStringLiteral("SELECT 1 FROM hub_parent WHERE url <> ''")) && q.next();
}

Result<int> HubTombstones::sweep()
{
    using R = Result<int>;
    HubDatabase &db = m_store.database();
    // This runs before every pull: a hub with a parent never settles by itself, and the cheap look
    // (the partial index holds only unsettled tombstones) comes before the transaction, which takes
    // the counter's lock and ends with a commit.
    if (hasParent())
        return 0;
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT 1 FROM hub_records h WHERE %1 LIMIT 1").arg(QLatin1String(kUnsettled))))
            return R::failure(sqlError(q));
        if (!q.next())
            return 0;
    }
    HubDatabase::Transaction tx(db);
    if (!tx.isActive())
        return R::failure(tx.error());
    // The counter's row lock, as a push takes it: several hub processes settle one record once.
    if (auto lock = m_sync.takeSeq(0); !lock)
        return R::failure(lock.error());
    QList<SyncRecord> settled;
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT table_name, record_id, org_unit, origin_node, version, hlc FROM hub_records h "
                                 "WHERE %1 LIMIT ?")
                      .arg(QLatin1String(kUnsettled)));
        q.addBindValue(kMaxPerSweep);
        if (!q.exec())
            return R::failure(sqlError(q));
        while (q.next()) {
            SyncRecord r;
            r.table = q.value(0).toString();
            r.id = q.value(1).toString();
            r.orgUnit = q.value(2).toString();
            r.originNode = q.value(3).toString();
            r.version = q.value(4).toLongLong();
            r.hlc = q.value(5).toString();
            r.deleted = true;
            settled.append(r);
        }
    }
    for (const SyncRecord &r : std::as_const(settled)) {
        auto purged = purgeCopy(r);
        if (!purged)
            return R::failure(purged.error());
        PullItem item;
        item.kind = PullKind::Settled;
        item.record = r;
        if (auto down = m_sync.addDown(item); !down)
            return R::failure(down.error());
    }
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    if (!settled.isEmpty())
        qCInfo(lcHub) << "settled" << settled.size() << "tombstone(s) every tier holds";
    return static_cast<int>(settled.size());
}

Result<bool> HubTombstones::purgeCopy(const SyncRecord &r)
{
    using R = Result<bool>;
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("UPDATE hub_records SET body = '{}', settled_version = version WHERE table_name = ? "
                             "AND record_id = ? AND deleted = 1 AND version = ?"));
    q.addBindValue(r.table);
    q.addBindValue(r.id);
    q.addBindValue(r.version);
    if (!q.exec())
        return R::failure(sqlError(q));
    if (q.numRowsAffected() != 1)
        return false;
    const QStringList statements = {
        QStringLiteral("DELETE FROM hub_person_keys WHERE table_name = ? AND record_id = ?"),
        QStringLiteral("UPDATE hub_conflicts SET loser_body = '{}' WHERE table_name = ? AND record_id = ? "
                       "AND resolved_at IS NOT NULL"),
        QStringLiteral("DELETE FROM hub_down WHERE kind = 'conflict' AND table_name = ? AND record_id = ?"),
    };
    for (const QString &sql : statements) {
        q.prepare(sql);
        q.addBindValue(r.table);
        q.addBindValue(r.id);
        if (!q.exec())
            return R::failure(sqlError(q));
    }
    // A "possibly the same" pair not yet looked at has nothing left to compare.
    q.prepare(QStringLiteral("DELETE FROM hub_possible_duplicates WHERE table_name = ? AND (record_a = ? OR record_b = ?) "
                             "AND reviewed_at IS NULL"));
    q.addBindValue(r.table);
    q.addBindValue(r.id);
    q.addBindValue(r.id);
    if (!q.exec())
        return R::failure(sqlError(q));
    return true;
}

} // namespace ud
