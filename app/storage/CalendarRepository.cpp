#include "storage/CalendarRepository.h"

#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/StorageLog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ud {

namespace {

const QString kTable = QStringLiteral("calendar_days");

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

CalendarOverride fromRecord(const Record &rec)
{
    CalendarOverride o;
    o.id = rec.id;
    o.version = rec.version;
    o.day = QDate::fromString(rec.value(QStringLiteral("day")).toString(), Qt::ISODate);
    o.kind = WorkCalendar::kindFromKey(rec.value(QStringLiteral("kind")).toString()).value_or(WorkCalendar::Kind::Holiday);
    o.name = rec.value(QStringLiteral("name")).toString();
    o.orgUnit = rec.value(QStringLiteral("org_unit")).toString();
    o.updatedAt = rec.value(QStringLiteral("updated_at")).toString();
    o.updatedBy = rec.value(QStringLiteral("updated_by")).toString();
    return o;
}

} // namespace

Result<QList<CalendarOverride>> CalendarRepository::query(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, version, day, kind, name, org_unit, updated_at, updated_by FROM calendar_days "
                             "WHERE deleted = 0 %1 ORDER BY day")
                  .arg(where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        qCWarning(lcStorage) << "calendar query failed:" << q.lastError().text();
        return Result<QList<CalendarOverride>>::failure(
            tr("The holiday calendar could not be read: %1").arg(q.lastError().text()));
    }
    QList<CalendarOverride> out;
    while (q.next()) {
        CalendarOverride o;
        o.id = q.value(0).toString();
        o.version = q.value(1).toLongLong();
        o.day = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        const auto kind = WorkCalendar::kindFromKey(q.value(3).toString());
        if (!o.day.isValid() || !kind) {
            qCWarning(lcStorage) << "calendar_days row" << o.id << "skipped: bad day or kind";
            continue;
        }
        o.kind = *kind;
        o.name = q.value(4).toString();
        o.orgUnit = q.value(5).toString();
        o.updatedAt = q.value(6).toString();
        o.updatedBy = q.value(7).toString();
        out.append(o);
    }
    return out;
}

Result<WorkCalendar> CalendarRepository::load() const
{
    auto rows = query(QString(), {});
    if (!rows)
        return rows.status();
    WorkCalendar calendar;
    for (const CalendarOverride &o : rows.value())
        calendar.setOverride(o.day, o.kind, o.name);
    return calendar;
}

Result<QList<CalendarOverride>> CalendarRepository::overrides(int year) const
{
    // ISO dates compare as text, so a year is a half-open text range.
    return query(QStringLiteral("AND day >= ? AND day < ?"),
                 {iso(QDate(year, 1, 1)), iso(QDate(year + 1, 1, 1))});
}

std::optional<CalendarOverride> CalendarRepository::find(const QDate &day) const
{
    auto rows = query(QStringLiteral("AND day = ?"), {iso(day)});
    if (!rows || rows.value().isEmpty())
        return std::nullopt;
    return rows.value().constFirst();
}

bool CalendarRepository::hasYear(int year) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM calendar_days WHERE deleted = 0 AND day >= ? AND day < ? LIMIT 1"));
    q.addBindValue(iso(QDate(year, 1, 1)));
    q.addBindValue(iso(QDate(year + 1, 1, 1)));
    return q.exec() && q.next();
}

QList<int> CalendarRepository::years() const
{
    QList<int> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT DISTINCT substr(day, 1, 4) FROM calendar_days WHERE deleted = 0 ORDER BY 1")))
        while (q.next())
            out.append(q.value(0).toInt());
    return out;
}

Status CalendarRepository::checkEntry(const QDate &day, WorkCalendar::Kind kind, const QString &name,
                                      const QString &reason)
{
    if (!day.isValid())
        return Status::failure(tr("Enter a valid date."));
    if (kind == WorkCalendar::Kind::Workday && day.dayOfWeek() < Qt::Saturday)
        return Status::failure(tr("%1 is a weekday, which is a working day anyway. Adjusted working days are "
                                  "Saturdays or Sundays worked instead of a holiday.")
                                   .arg(iso(day)));
    if (name.trimmed().isEmpty())
        return Status::failure(tr("Enter the name of the holiday (for an adjusted working day, which holiday it "
                                  "belongs to)."));
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("Give a reason for the change, for example the State Council notice the dates "
                                  "come from; it is recorded in the change history."));
    return Status::success();
}

Result<CalendarOverride> CalendarRepository::add(const QDate &day, WorkCalendar::Kind kind, const QString &name,
                                                 const QString &reason)
{
    if (Status s = checkEntry(day, kind, name, reason); !s)
        return s;
    if (const auto existing = find(day))
        return Result<CalendarOverride>::failure(
            tr("%1 already has an entry (%2); change or remove that one instead.").arg(iso(day), existing->name));
    auto rec = m_store.create(kTable,
                              {{QStringLiteral("day"), iso(day)},
                               {QStringLiteral("kind"), WorkCalendar::kindKey(kind)},
                               {QStringLiteral("name"), name.trimmed()}},
                              reason.trimmed());
    if (!rec)
        return rec.status();
    return fromRecord(rec.value());
}

Result<CalendarOverride> CalendarRepository::change(const QString &id, qint64 baseVersion, WorkCalendar::Kind kind,
                                                    const QString &name, const QString &reason)
{
    auto current = m_store.get(kTable, id);
    if (!current)
        return current.status();
    const QDate day = QDate::fromString(current.value().value(QStringLiteral("day")).toString(), Qt::ISODate);
    if (Status s = checkEntry(day, kind, name, reason); !s)
        return s;
    auto rec = m_store.update(kTable, id, baseVersion,
                              {{QStringLiteral("kind"), WorkCalendar::kindKey(kind)},
                               {QStringLiteral("name"), name.trimmed()}},
                              reason.trimmed());
    if (!rec)
        return rec.status();
    return fromRecord(rec.value());
}

Status CalendarRepository::remove(const QString &id, qint64 baseVersion, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("Give a reason for the change, for example the State Council notice the dates "
                                  "come from; it is recorded in the change history."));
    auto rec = m_store.remove(kTable, id, baseVersion, reason.trimmed());
    return rec ? Status::success() : rec.status();
}

} // namespace ud
