#include "storage/NodeIdentity.h"

#include "core/Clock.h"
#include "core/Uuid7.h"
#include "storage/Database.h"
#include "storage/OrgUnitRepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ud {

QString tierKey(Tier tier)
{
    switch (tier) {
    case Tier::City: return QStringLiteral("city");
    case Tier::District: return QStringLiteral("district");
    case Tier::Street: return QStringLiteral("street");
    case Tier::Enterprise: return QStringLiteral("enterprise");
    case Tier::Industry: return QStringLiteral("industry");
    }
    return {};
}

std::optional<Tier> tierFromKey(const QString &key)
{
    for (Tier t : {Tier::City, Tier::District, Tier::Street, Tier::Enterprise, Tier::Industry})
        if (tierKey(t) == key)
            return t;
    return std::nullopt;
}

QString tierDisplayName(Tier tier)
{
    switch (tier) {
    case Tier::City: return NodeIdentity::tr("City federation of trade unions");
    case Tier::District: return NodeIdentity::tr("District federation of trade unions");
    case Tier::Street: return NodeIdentity::tr("Street/township union");
    case Tier::Enterprise: return NodeIdentity::tr("Enterprise union");
    case Tier::Industry: return NodeIdentity::tr("Industry union");
    }
    return {};
}

std::optional<NodeInfo> NodeIdentity::load(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT node_id, org_unit, tier, display_name, db_epoch, created_at FROM node"))
        || !q.next())
        return std::nullopt;
    NodeInfo info;
    info.nodeId = q.value(0).toString();
    info.orgUnit = q.value(1).toString();
    info.tier = tierFromKey(q.value(2).toString()).value_or(Tier::Street);
    info.displayName = q.value(3).toString();
    info.dbEpoch = q.value(4).toString();
    info.createdAt = q.value(5).toString();
    q.finish();
    // The node's unit keeps its name here even when it has been deleted from the tree since.
    if (const auto unit = OrgUnitRepository(db).find(info.orgUnit, OrgUnitRepository::Include::AlsoDeleted))
        info.orgUnitName = unit->name;
    return info;
}

Result<NodeInfo> NodeIdentity::initialize(Database &db, const QString &orgUnitCode, Tier tier,
                                          const QString &displayName, const Clock &clock)
{
    if (load(db))
        return Result<NodeInfo>::failure(tr("This database already belongs to a node; it cannot be set up twice."));
    const auto unit = OrgUnitRepository(db).find(orgUnitCode);
    if (!unit)
        return Result<NodeInfo>::failure(tr("The organisation unit %1 is not in the organisation tree.").arg(orgUnitCode));
    const QString unitName = unit->name;
    const QString name = displayName.trimmed().isEmpty() ? unitName : displayName.trimmed();

    Uuid7Generator ids(clock);
    NodeInfo info;
    info.nodeId = ids.next();
    info.orgUnit = orgUnitCode;
    info.orgUnitName = unitName;
    info.tier = tier;
    info.displayName = name;
    info.dbEpoch = ids.next();
    info.createdAt = isoUtc(clock.nowUtc());
    QSqlQuery ins(db.connection());
    ins.prepare(QStringLiteral("INSERT INTO node (singleton, node_id, org_unit, tier, display_name, db_epoch, created_at) "
                               "VALUES (1, ?, ?, ?, ?, ?, ?)"));
    ins.addBindValue(info.nodeId);
    ins.addBindValue(info.orgUnit);
    ins.addBindValue(tierKey(tier));
    ins.addBindValue(info.displayName);
    ins.addBindValue(info.dbEpoch);
    ins.addBindValue(info.createdAt);
    if (!ins.exec())
        return Result<NodeInfo>::failure(tr("The node could not be set up: %1").arg(ins.lastError().text()));
    // The node's key (kept outside the database) seals its audit and access logs from the start.
    if (auto key = db.sealKey(); !key)
        return Result<NodeInfo>::failure(tr("The node could not be set up: %1").arg(key.error()));
    return info;
}

Status NodeIdentity::renewEpoch(Database &db, const Clock &clock)
{
    Uuid7Generator ids(clock);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE node SET db_epoch = ?"));
    q.addBindValue(ids.next());
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return Status::success();
}

} // namespace ud
