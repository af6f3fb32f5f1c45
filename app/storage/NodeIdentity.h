#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ud {

class Clock;
class Database;

enum class Tier { City, District, Street, Enterprise, Industry };

QString tierKey(Tier tier);                 // "city", "district", ...
std::optional<Tier> tierFromKey(const QString &key);
QString tierDisplayName(Tier tier);         // translated

struct NodeInfo
{
    QString nodeId;
    QString orgUnit;      // org-unit code
    QString orgUnitName;  // full name from the org tree
    Tier tier = Tier::Street;
    QString displayName;
    QString dbEpoch;
    QString createdAt;
    // The body that issues the node's mediation documents as set (schema 10), e.g.
    // 朝阳区八里庄街道劳动争议调解委员会, …调解室, …调解中心; "" when not set (see issuingBody()).
    QString mediationBody;
};

// The identity of the node this database belongs to: one row, written once at set-up.
class NodeIdentity
{
    Q_DECLARE_TR_FUNCTIONS(NodeIdentity)

public:
    static std::optional<NodeInfo> load(Database &db);
    // Refuses when the node is already set up or the org unit is not in the org tree.
    static Result<NodeInfo> initialize(Database &db, const QString &orgUnitCode, Tier tier,
                                       const QString &displayName, const Clock &clock);
    // A restored file gets a new epoch so upper tiers can tell it was rewound.
    static Status renewEpoch(Database &db, const Clock &clock);

    // The name printed as the issuing body of the node's mediation documents: the setting, or
    // when it is empty the node's unit with its mediation committee (…总工会劳动争议调解委员会 for
    // a city, district or street union, …劳动争议调解委员会 otherwise).
    static QString issuingBody(const NodeInfo &node);
    // Sets (or with "" clears) the issuing body. The change is written to the audit log under
    // `actor` (table "node", the node's id) in the same transaction. Refuses names longer than
    // kMaxMediationBodyLength characters and a database without a node.
    static Status setMediationBody(Database &db, const QString &name, const QString &actor, const Clock &clock);
    static constexpr int kMaxMediationBodyLength = 100;
};

} // namespace ud
