#include "sync/HubStore.h"

#include "core/CanonicalJson.h"
#include "storage/ReferenceSchema.h"
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

HubNode nodeOf(const QSqlQuery &q)
{
    HubNode n;
    n.nodeId = q.value(0).toString();
    n.kind = q.value(1).toString();
    n.orgUnit = q.value(2).toString();
    n.tier = q.value(3).toString();
    n.displayName = q.value(4).toString();
    n.publicKey = q.value(5).toString();
    n.status = q.value(6).toString();
    n.requestedAt = q.value(7).toString();
    n.approvedAt = q.value(8).toString();
    n.approvedBy = q.value(9).toString();
    n.revokedAt = q.value(10).toString();
    n.blocks = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).array();
    return n;
}

const char *kNodeColumns = "node_id, kind, org_unit, tier, display_name, public_key, status, requested_at, approved_at, "
                           "approved_by, revoked_at, blocks";

const QStringList &tiers()
{
    static const QStringList t = {QStringLiteral("city"), QStringLiteral("district"), QStringLiteral("street"),
                                  QStringLiteral("enterprise"), QStringLiteral("industry")};
    return t;
}

} // namespace

HubStore::HubStore(HubDatabase &db, const Clock &clock) : m_db(db), m_clock(clock) {}

std::optional<HubIdentityRow> HubStore::identity() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT node_id, org_unit, tier, display_name, public_key FROM hub_identity")) || !q.next())
        return std::nullopt;
    return HubIdentityRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                          q.value(4).toString()};
}

Status HubStore::setIdentity(const HubIdentityRow &id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO hub_identity (singleton, node_id, org_unit, tier, display_name, public_key, created_at) "
                             "VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT (singleton) DO UPDATE SET "
                             "display_name = excluded.display_name"));
    q.addBindValue(id.nodeId);
    q.addBindValue(id.orgUnit);
    q.addBindValue(id.tier);
    q.addBindValue(id.displayName);
    q.addBindValue(id.publicKey);
    q.addBindValue(isoUtc(m_clock.nowUtc()));
    if (!q.exec())
        return Status::failure(tr("The hub's identity could not be saved: %1").arg(sqlError(q)));
    const auto stored = identity();
    if (!stored || stored->nodeId != id.nodeId || stored->orgUnit != id.orgUnit)
        return Status::failure(tr("This hub database already belongs to another hub (%1, unit %2).")
                                   .arg(stored ? stored->nodeId : QString(), stored ? stored->orgUnit : QString()));
    return Status::success();
}

Status HubStore::seedOrgUnits()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM hub_org_units")) || !q.next())
        return Status::failure(sqlError(q));
    if (q.value(0).toLongLong() > 0)
        return Status::success();
    q.finish();
    const ReferenceSchema &ref = ReferenceSchema::instance();
    if (!ref.error.isEmpty())
        return Status::failure(ref.error);
    const auto it = ref.tables.constFind(QStringLiteral("org_units"));
    if (it == ref.tables.constEnd())
        return Status::failure(tr("The org tree shipped with this program is missing."));
    const int code = static_cast<int>(it->columns.indexOf(QStringLiteral("code")));
    const int parent = static_cast<int>(it->columns.indexOf(QStringLiteral("parent_code")));
    const int tier = static_cast<int>(it->columns.indexOf(QStringLiteral("tier")));
    const int name = static_cast<int>(it->columns.indexOf(QStringLiteral("name")));
    HubDatabase::Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    q.prepare(QStringLiteral("INSERT INTO hub_org_units (code, parent_code, tier, name) VALUES (?, ?, ?, ?)"));
    for (const QVariantList &row : it->rows) {
        q.addBindValue(row.at(code));
        q.addBindValue(row.at(parent));
        q.addBindValue(row.at(tier));
        q.addBindValue(row.at(name));
        if (!q.exec())
            return Status::failure(sqlError(q));
    }
    qCInfo(lcHub) << "org tree seeded with" << it->rows.size() << "units";
    return tx.commit();
}

Status HubStore::upsertOrgUnit(const QString &code, const QString &parentCode, const QString &tier, const QString &name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO hub_org_units (code, parent_code, tier, name) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (code) DO UPDATE SET parent_code = excluded.parent_code, tier = excluded.tier, "
                             "name = excluded.name"));
    q.addBindValue(code);
    q.addBindValue(parentCode.isEmpty() ? QVariant() : QVariant(parentCode));
    q.addBindValue(tier);
    q.addBindValue(name);
    return q.exec() ? Status::success() : Status::failure(sqlError(q));
}

Result<QSet<QString>> HubStore::subtree(const QString &orgUnit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("WITH RECURSIVE sub(code) AS (SELECT code FROM hub_org_units WHERE code = ? "
                             "UNION SELECT o.code FROM hub_org_units o JOIN sub ON o.parent_code = sub.code) "
                             "SELECT code FROM sub"));
    q.addBindValue(orgUnit);
    if (!q.exec())
        return Result<QSet<QString>>::failure(sqlError(q));
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

bool HubStore::hasOrgUnit(const QString &code) const
{
    return !orgUnitName(code).isEmpty();
}

QString HubStore::orgUnitName(const QString &code) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name FROM hub_org_units WHERE code = ?"));
    q.addBindValue(code);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Result<HubNode> HubStore::requestEnrollment(const QJsonObject &request, const QString &publicKeyBase64)
{
    using R = Result<HubNode>;
    const QString nodeId = request.value(QStringLiteral("node_id")).toString();
    const QString orgUnit = request.value(QStringLiteral("org_unit")).toString();
    const QString tier = request.value(QStringLiteral("tier")).toString();
    const QString name = request.value(QStringLiteral("display_name")).toString().left(200);
    if (nodeId.isEmpty() || orgUnit.isEmpty() || !tiers().contains(tier))
        return R::failure(tr("The enrollment request is incomplete (node, unit or tier missing)."));
    if (const auto known = node(nodeId)) {
        if (known->publicKey != publicKeyBase64)
            return R::failure(tr("Node %1 is already enrolled here with another key. If the computer was "
                                 "reinstalled, the hub's administrator must revoke the old enrollment first.")
                                  .arg(nodeId));
        return *known;
    }
    QSqlQuery count(m_db.connection());
    if (count.exec(QStringLiteral("SELECT count(*) FROM hub_nodes WHERE status = 'pending'")) && count.next()
        && count.value(0).toLongLong() >= 1000)
        return R::failure(tr("The hub has too many enrollment requests waiting; ask its administrator to deal with them."));
    count.finish();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO hub_nodes (node_id, kind, org_unit, tier, display_name, public_key, status, request, "
                             "requested_at) VALUES (?, 'desktop', ?, ?, ?, ?, 'pending', ?, ?)"));
    q.addBindValue(nodeId);
    q.addBindValue(orgUnit);
    q.addBindValue(tier);
    q.addBindValue(name);
    q.addBindValue(publicKeyBase64);
    q.addBindValue(QString::fromUtf8(CanonicalJson::fromObject(request)));
    q.addBindValue(isoUtc(m_clock.nowUtc()));
    if (!q.exec())
        return R::failure(tr("The enrollment request could not be stored: %1").arg(sqlError(q)));
    qCInfo(lcHub) << "enrollment requested by" << nodeId << orgUnit << name;
    const auto stored = node(nodeId);
    if (!stored)
        return R::failure(tr("The enrollment request could not be read back."));
    return *stored;
}

std::optional<HubNode> HubStore::node(const QString &nodeId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM hub_nodes WHERE node_id = ?").arg(QLatin1String(kNodeColumns)));
    q.addBindValue(nodeId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return nodeOf(q);
}

QList<HubNode> HubStore::nodes(const QString &status) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM hub_nodes WHERE ? = '' OR status = ? ORDER BY requested_at, node_id")
                  .arg(QLatin1String(kNodeColumns)));
    // A null QString binds as NULL, and NULL = '' is not true.
    const QString any = status.isNull() ? QStringLiteral("") : status;
    q.addBindValue(any);
    q.addBindValue(any);
    QList<HubNode> out;
    if (q.exec())
        while (q.next())
            out << nodeOf(q);
    return out;
}

Status HubStore::approve(const QString &nodeId, const QString &kind, const QString &orgUnit, const QJsonArray &blocks,
                         const QString &approvedBy)
{
    const auto n = node(nodeId);
    if (!n)
        return Status::failure(tr("No node %1 has asked to enroll here.").arg(nodeId));
    if (kind != QLatin1String("desktop") && kind != QLatin1String("hub") && kind != QLatin1String("reviewer"))
        return Status::failure(tr("A node is a desktop, a hub or a reviewer, not \"%1\".").arg(kind));
    const QString unit = orgUnit.isEmpty() ? n->orgUnit : orgUnit;
    if (!hasOrgUnit(unit))
        return Status::failure(tr("The unit %1 is not in this hub's org tree.").arg(unit));
    if (const auto self = identity()) {
        auto mine = subtree(self->orgUnit);
        if (!mine)
            return mine.status();
        if (!mine.value().contains(unit))
            return Status::failure(tr("The unit %1 (%2) is not under this hub's own unit %3; a node can only be "
                                      "enrolled for a unit below its hub.")
                                       .arg(unit, orgUnitName(unit), self->orgUnit));
    }
    for (const QJsonValue &b : blocks) {
        const QJsonObject o = b.toObject();
        if (o.value(QStringLiteral("series")).toString().isEmpty() || o.value(QStringLiteral("first")).toInteger() < 1
            || o.value(QStringLiteral("last")).toInteger() < o.value(QStringLiteral("first")).toInteger())
            return Status::failure(tr("A number block is a series with a first and a last number, e.g. "
                                      "mediation_case:101-200."));
    }
    // Two nodes never share numbers of the same series.
    for (const HubNode &other : nodes(QStringLiteral("approved"))) {
        if (other.nodeId == nodeId)
            continue;
        for (const QJsonValue &mineV : blocks) {
            for (const QJsonValue &theirsV : other.blocks) {
                const QJsonObject a = mineV.toObject(), b = theirsV.toObject();
                if (a.value(QStringLiteral("series")) != b.value(QStringLiteral("series")))
                    continue;
                if (a.value(QStringLiteral("first")).toInteger() <= b.value(QStringLiteral("last")).toInteger()
                    && b.value(QStringLiteral("first")).toInteger() <= a.value(QStringLiteral("last")).toInteger())
                    return Status::failure(tr("The numbers %1–%2 of %3 overlap those given to %4 (%5–%6).")
                                               .arg(a.value(QStringLiteral("first")).toInteger())
                                               .arg(a.value(QStringLiteral("last")).toInteger())
                                               .arg(a.value(QStringLiteral("series")).toString(), other.displayName)
                                               .arg(b.value(QStringLiteral("first")).toInteger())
                                               .arg(b.value(QStringLiteral("last")).toInteger()));
            }
        }
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE hub_nodes SET status = 'approved', kind = ?, org_unit = ?, blocks = ?, approved_at = ?, "
                             "approved_by = ?, revoked_at = NULL WHERE node_id = ?"));
    q.addBindValue(kind);
    q.addBindValue(unit);
    q.addBindValue(QString::fromUtf8(CanonicalJson::fromArray(blocks)));
    q.addBindValue(isoUtc(m_clock.nowUtc()));
    q.addBindValue(approvedBy);
    q.addBindValue(nodeId);
    if (!q.exec())
        return Status::failure(sqlError(q));
    qCInfo(lcHub) << "approved" << nodeId << kind << unit << "by" << approvedBy;
    return Status::success();
}

Status HubStore::revoke(const QString &nodeId, const QString &revokedBy)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE hub_nodes SET status = 'revoked', revoked_at = ? WHERE node_id = ?"));
    q.addBindValue(isoUtc(m_clock.nowUtc()));
    q.addBindValue(nodeId);
    if (!q.exec())
        return Status::failure(sqlError(q));
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("No node %1 is known here.").arg(nodeId));
    qCInfo(lcHub) << "revoked" << nodeId << "by" << revokedBy;
    return Status::success();
}

Result<QJsonObject> HubStore::parseBlock(const QString &text)
{
    static const QRegularExpression block(QStringLiteral("^([a-z_]+):(\\d{1,9})-(\\d{1,9})$"));
    const auto m = block.match(text.trimmed());
    if (!m.hasMatch() || m.captured(3).toLongLong() < m.captured(2).toLongLong() || m.captured(2).toLongLong() < 1)
        return Result<QJsonObject>::failure(
            tr("A number block is written SERIES:FIRST-LAST, e.g. mediation_case:101-200, not \"%1\".").arg(text.trimmed()));
    return QJsonObject{{QStringLiteral("series"), m.captured(1)},
                       {QStringLiteral("first"), m.captured(2).toLongLong()},
                       {QStringLiteral("last"), m.captured(3).toLongLong()}};
}

QStringList HubStore::auditProblems(const QString &nodeId) const
{
    QStringList out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT audit_problem FROM hub_checkpoints WHERE node_id = ? AND audit_problem <> '' ORDER BY updated_at"));
    q.addBindValue(nodeId);
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

Result<bool> HubStore::useNonce(const QString &nodeId, const QString &nonce)
{
    const QDateTime now = m_clock.nowUtc();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM hub_nonces WHERE seen_at < ?"));
    q.addBindValue(isoUtc(now.addSecs(-60 * kNonceMinutes)));
    if (!q.exec())
        return Result<bool>::failure(sqlError(q));
    q.prepare(QStringLiteral("INSERT INTO hub_nonces (node_id, nonce, seen_at) VALUES (?, ?, ?) "
                             "ON CONFLICT (node_id, nonce) DO NOTHING"));
    q.addBindValue(nodeId);
    q.addBindValue(nonce);
    q.addBindValue(isoUtc(now));
    if (!q.exec())
        return Result<bool>::failure(sqlError(q));
    return q.numRowsAffected() == 1;
}

} // namespace ud
