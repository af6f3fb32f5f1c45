#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ud {

class Database;

struct OrgUnit
{
    QString id;
    QString code;
    QString name;
    QString shortName;
    QString parentCode;
    QString tier;
    qint64 version = 0;
};

// Read side of the org-unit tree (city → district → street/township → enterprise, plus
// industry unions). Writes go through RecordStore / the command facade.
class OrgUnitRepository
{
public:
    explicit OrgUnitRepository(Database &db) : m_db(db) {}

    enum class Include { Live, AlsoDeleted };

    // Live units only, unless told (codes are unique among deleted units too).
    std::optional<OrgUnit> find(const QString &code, Include include = Include::Live) const;
    // By record id, deleted units included (to follow an undo of a delete).
    std::optional<OrgUnit> findById(const QString &id) const;
    QList<OrgUnit> children(const QString &parentCode) const; // "" = roots
    // Every live unit of the given tiers ("district", "street", ...), ordered by code.
    QList<OrgUnit> ofTiers(const QStringList &tiers) const;
    int childCount(const QString &parentCode) const;
    // Matches code prefix or any part of the name; live units only.
    QList<OrgUnit> search(const QString &text, int limit = 50) const;
    // Root first, `code` last.
    QList<OrgUnit> path(const QString &code) const;
    bool isWithin(const QString &code, const QString &ancestorCode) const;
    // The city at the root of the tree (a root unit of tier "city", deleted or not); std::nullopt
    // when the tree has none.
    std::optional<OrgUnit> city() const;
    // The unit's name without the city's name in front (北京市朝阳区八里庄街道 → 朝阳区八里庄街道),
    // as the numbers users see begin; the full name when it does not start with the city's.
    QString nameWithoutCity(const OrgUnit &unit) const;

private:
    Database &m_db;
};

} // namespace ud
