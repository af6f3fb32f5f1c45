#pragma once

#include "core/Result.h"
#include "core/WorkCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace ud {

class Database;
class RecordStore;

// One stored row of calendar_days: a public holiday or an adjusted working day.
struct CalendarOverride
{
    QString id;
    qint64 version = 0;
    QDate day;
    WorkCalendar::Kind kind = WorkCalendar::Kind::Holiday;
    QString name;
    QString orgUnit;   // '110000' for the bundled rows; the node's unit for local ones
    QString updatedAt;
    QString updatedBy;
};

// The working-day calendar in table calendar_days (migration 0005): reads live rows into a
// WorkCalendar, lists a year, and changes it through RecordStore, so every change is one
// audited (and synced) record write with the reason the administrator gave — typically the
// State Council notice the dates come from.
class CalendarRepository
{
    Q_DECLARE_TR_FUNCTIONS(CalendarRepository)

public:
    CalendarRepository(Database &db, RecordStore &store) : m_db(db), m_store(store) {}

    // Every live override.
    Result<WorkCalendar> load() const;
    // Live overrides of `year`, in date order.
    Result<QList<CalendarOverride>> overrides(int year) const;
    std::optional<CalendarOverride> find(const QDate &day) const;
    bool hasYear(int year) const;
    // Years that have at least one live override, ascending.
    QList<int> years() const;

    // Refused (with a message for the user) when the date is invalid, already has an entry, the
    // name or the reason is empty, or an adjusted working day falls on a weekday (every weekday
    // works already).
    Result<CalendarOverride> add(const QDate &day, WorkCalendar::Kind kind, const QString &name, const QString &reason);
    // Changes the kind and name of the entry `id`; `baseVersion` is the version the edit started from.
    Result<CalendarOverride> change(const QString &id, qint64 baseVersion, WorkCalendar::Kind kind, const QString &name,
                                    const QString &reason);
    // Deletes (tombstones) the entry `id`.
    Status remove(const QString &id, qint64 baseVersion, const QString &reason);

private:
    static Status checkEntry(const QDate &day, WorkCalendar::Kind kind, const QString &name, const QString &reason);
    Result<QList<CalendarOverride>> query(const QString &where, const QVariantList &binds) const;

    Database &m_db;
    RecordStore &m_store;
};

} // namespace ud
