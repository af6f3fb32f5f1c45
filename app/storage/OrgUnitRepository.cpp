#include "storage/OrgUnitRepository.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace ud {

namespace {
const QString kColumns = QStringLiteral("id, code, name, short_name, coalesce(parent_code, ''), tier, version");

OrgUnit fromQuery(const QSqlQuery &q)
{
    OrgUnit u;
    u.id = q.value(0).toString();
    u.code = q.value(1).toString();
    u.name = q.value(2).toString();
    u.shortName = q.value(3).toString();
    u.parentCode = q.value(4).toString();
    u.tier = q.value(5).toString();
    u.version = q.value(6).toLongLong();
    return u;
}
} // namespace

std::optional<OrgUnit> OrgUnitRepository::find(const QString &code, Include include) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(include == Include::Live
                  ? QStringLiteral("SELECT %1 FROM org_units WHERE code = ? AND deleted = 0").arg(kColumns)
                  : QStringLiteral("SELECT %1 FROM org_units WHERE code = ?").arg(kColumns));
    q.addBindValue(code);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::optional<OrgUnit> OrgUnitRepository::findById(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM org_units WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

QList<OrgUnit> OrgUnitRepository::children(const QString &parentCode) const
{
    QList<OrgUnit> out;
    QSqlQuery q(m_db.connection());
    if (parentCode.isEmpty()) {
        q.prepare(QStringLiteral("SELECT %1 FROM org_units WHERE parent_code IS NULL AND deleted = 0 ORDER BY code").arg(kColumns));
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM org_units WHERE parent_code = ? AND deleted = 0 ORDER BY code").arg(kColumns));
        q.addBindValue(parentCode);
    }
    if (q.exec())
        while (q.next())
            out << fromQuery(q);
    return out;
}

QList<OrgUnit> OrgUnitRepository::ofTiers(const QStringList &tiers) const
{
    QList<OrgUnit> out;
    if (tiers.isEmpty())
        return out;
    QStringList marks;
    for (qsizetype i = 0; i < tiers.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM org_units WHERE tier IN (%2) AND deleted = 0 ORDER BY code")
                  .arg(kColumns, marks.join(QLatin1Char(','))));
    for (const QString &tier : tiers)
        q.addBindValue(tier);
    if (q.exec())
        while (q.next())
            out << fromQuery(q);
    return out;
}

int OrgUnitRepository::childCount(const QString &parentCode) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM org_units WHERE parent_code = ? AND deleted = 0"));
    q.addBindValue(parentCode);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

QList<OrgUnit> OrgUnitRepository::search(const QString &text, int limit) const
{
    QList<OrgUnit> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM org_units WHERE deleted = 0 AND (code LIKE ? || '%' OR name LIKE '%' || ? || '%') "
                             "ORDER BY length(code), code LIMIT ?").arg(kColumns));
    q.addBindValue(text.trimmed());
    q.addBindValue(text.trimmed());
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            out << fromQuery(q);
    return out;
}

QList<OrgUnit> OrgUnitRepository::path(const QString &code) const
{
    QList<OrgUnit> out;
    QString current = code;
    for (int guard = 0; !current.isEmpty() && guard < 16; ++guard) {
        const auto unit = find(current);
        if (!unit)
            break;
        out.prepend(*unit);
        current = unit->parentCode;
    }
    return out;
}

bool OrgUnitRepository::isWithin(const QString &code, const QString &ancestorCode) const
{
    for (const OrgUnit &u : path(code))
        if (u.code == ancestorCode)
            return true;
    return false;
}

std::optional<OrgUnit> OrgUnitRepository::city() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT %1 FROM org_units WHERE parent_code IS NULL AND tier = 'city' LIMIT 1")
                   .arg(kColumns))
        && q.next())
        return fromQuery(q);
    return std::nullopt;
}

QString OrgUnitRepository::nameWithoutCity(const OrgUnit &unit) const
{
    QString name = unit.name;
    const auto root = city();
    const QString cityName = root ? root->name : QString();
    if (!cityName.isEmpty() && name.startsWith(cityName) && name.size() > cityName.size())
        name.remove(0, cityName.size());
    return name;
}

} // namespace ud
