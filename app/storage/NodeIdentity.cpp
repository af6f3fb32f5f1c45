#include "storage/NodeIdentity.h"

#include "core/Clock.h"
#include "core/Uuid7.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/OrgUnitRepository.h"

#include <QJsonArray>
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
    // Asked on its own: a file from before schema 10 has no such column and still has a node.
    if (q.exec(QStringLiteral("SELECT mediation_body FROM node")) && q.next())
        info.mediationBody = q.value(0).toString();
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

QString NodeIdentity::issuingBody(const NodeInfo &node)
{
    if (!node.mediationBody.trimmed().isEmpty())
        return node.mediationBody.trimmed();
    const bool localUnion = node.tier == Tier::City || node.tier == Tier::District || node.tier == Tier::Street;
    const QString unit = node.orgUnitName.isEmpty() ? node.displayName : node.orgUnitName;
    return unit + (localUnion ? QStringLiteral("总工会劳动争议调解委员会") : QStringLiteral("劳动争议调解委员会"));
}

Status NodeIdentity::setMediationBody(Database &db, const QString &name, const QString &actor, const Clock &clock)
{
    // Never a null string: the column is NOT NULL, and a null QString binds as NULL.
    const QString body = name.simplified().isEmpty() ? QStringLiteral("") : name.simplified();
    if (body.size() > kMaxMediationBodyLength)
        return Status::failure(tr("The name of the issuing body is too long (%1 characters; at most %2).")
                                   .arg(body.size())
                                   .arg(kMaxMediationBodyLength));
    Database::Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    const std::optional<NodeInfo> node = load(db);
    if (!node)
        return Status::failure(tr("This database has no node identity yet. Set the node up first."));
    if (node->mediationBody == body)
        return Status::success();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE node SET mediation_body = ?"));
    q.addBindValue(body);
    if (!q.exec())
        return Status::failure(tr("The issuing body could not be saved: %1").arg(q.lastError().text()));
    q.finish();
    // The node is no record of its own (no versions), so each change counts on from the last.
    qint64 version = 1;
    QSqlQuery count(db.connection());
    count.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'node' AND record_id = ?"));
    count.addBindValue(node->nodeId);
    if (count.exec() && count.next())
        version = count.value(0).toLongLong() + 1;
    count.finish();
    AuditEntry entry;
    entry.at = isoUtc(clock.nowUtc());
    entry.actor = actor;
    entry.nodeId = node->nodeId;
    entry.table = QStringLiteral("node");
    entry.recordId = node->nodeId;
    entry.action = QStringLiteral("update");
    entry.version = version;
    entry.changes = {{QStringLiteral("mediation_body"), QJsonArray{node->mediationBody, body}}};
    entry.reason = tr("Issuing body of the mediation documents");
    if (Status s = db.auditLog().append(entry); !s)
        return Status::failure(tr("The audit entry could not be written: %1").arg(s.error()));
    return tx.commit();
}

} // namespace ud
