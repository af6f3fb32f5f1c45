#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace ud {

class HubDatabase;

// A node as the hub knows it (hub_nodes).
struct HubNode
{
    QString nodeId;
    QString kind;        // desktop, hub, reviewer
    QString orgUnit;     // the approved unit (its subtree is what the node may write or see)
    QString tier;
    QString displayName;
    QString publicKey;   // base64
    QString status;      // pending, approved, revoked
    QString requestedAt;
    QString approvedAt;
    QString approvedBy;
    QString revokedAt;
    QJsonArray blocks;   // [{"series": "mediation_case", "first": 101, "last": 200}]
    bool isApproved() const { return status == QLatin1String("approved"); }
};

// The hub's own identity (hub_identity).
struct HubIdentityRow
{
    QString nodeId;
    QString orgUnit;
    QString tier;
    QString displayName;
    QString publicKey;
};

// The hub's registry in its database: its own identity, its org tree, the nodes enrolled below
// it and the nonces of their requests. Every method is one transaction of its own (or part of
// the caller's). Same SQL on SQLite and PostgreSQL.
class HubStore
{
    Q_DECLARE_TR_FUNCTIONS(HubStore)

public:
    HubStore(HubDatabase &db, const Clock &clock);

    std::optional<HubIdentityRow> identity() const;
    Status setIdentity(const HubIdentityRow &identity);

    // Fills hub_org_units from the org tree shipped with UnionDesk when it is empty.
    Status seedOrgUnits();
    Status upsertOrgUnit(const QString &code, const QString &parentCode, const QString &tier, const QString &name);
    // The unit and every unit below it.
    Result<QSet<QString>> subtree(const QString &orgUnit) const;
    bool hasOrgUnit(const QString &code) const;
    QString orgUnitName(const QString &code) const;

    // An enrollment request whose signature the caller has checked: stored as pending (or, for a
    // node already known with the same key, left as it is). Returns the node as stored. A known
    // node id with another key is refused.
    Result<HubNode> requestEnrollment(const QJsonObject &request, const QString &publicKeyBase64);
    std::optional<HubNode> node(const QString &nodeId) const;
    QList<HubNode> nodes(const QString &status = {}) const;
    // Approves a pending (or revoked) node: its kind, the unit it may write (default: the unit it
    // asked for, which must lie in this hub's own subtree) and its number blocks.
    Status approve(const QString &nodeId, const QString &kind, const QString &orgUnit, const QJsonArray &blocks,
                   const QString &approvedBy);
    Status revoke(const QString &nodeId, const QString &revokedBy);
    // "mediation_case:101-200" as a number block for approve(); a clear message otherwise.
    static Result<QJsonObject> parseBlock(const QString &text);
    // What the hub found wrong with the node's audit history (a rewritten or cut log), per epoch.
    QStringList auditProblems(const QString &nodeId) const;

    // Records the nonce of a signed request; false when the node used it before (a replay).
    // Nonces older than kNonceMinutes are purged on the way.
    Result<bool> useNonce(const QString &nodeId, const QString &nonce);
    static constexpr int kNonceMinutes = 10;

    HubDatabase &database() { return m_db; }
    const Clock &clock() const { return m_clock; }

private:
    HubDatabase &m_db;
    const Clock &m_clock;
};

} // namespace ud
