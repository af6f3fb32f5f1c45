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
};

} // namespace ud
