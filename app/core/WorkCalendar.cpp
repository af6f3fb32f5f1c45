#include "core/WorkCalendar.h"

namespace ud {

QString WorkCalendar::kindKey(Kind kind)
{
    return kind == Kind::Workday ? QStringLiteral("workday") : QStringLiteral("holiday");
}

std::optional<WorkCalendar::Kind> WorkCalendar::kindFromKey(const QString &key)
{
    if (key == QLatin1String("holiday"))
        return Kind::Holiday;
    if (key == QLatin1String("workday"))
        return Kind::Workday;
    return std::nullopt;
}

void WorkCalendar::setOverride(const QDate &day, Kind kind, const QString &name)
{
    if (day.isValid())
        m_overrides.insert(day, Override{day, kind, name});
}

void WorkCalendar::clearOverride(const QDate &day)
{
    m_overrides.remove(day);
}

void WorkCalendar::clear()
{
    m_overrides.clear();
}

std::optional<WorkCalendar::Override> WorkCalendar::overrideFor(const QDate &day) const
{
    const auto it = m_overrides.constFind(day);
    if (it == m_overrides.cend())
        return std::nullopt;
    return it.value();
}

QList<WorkCalendar::Override> WorkCalendar::overrides(int year) const
{
    QList<Override> out;
    for (auto it = m_overrides.lowerBound(QDate(year, 1, 1)); it != m_overrides.cend() && it.key().year() == year; ++it)
        out.append(it.value());
    return out;
}

bool WorkCalendar::hasYear(int year) const
{
    const auto it = m_overrides.lowerBound(QDate(year, 1, 1));
    return it != m_overrides.cend() && it.key().year() == year;
}

bool WorkCalendar::isWeekend(const QDate &day)
{
    return day.dayOfWeek() >= Qt::Saturday;
}

bool WorkCalendar::isWorkingDay(const QDate &day) const
{
    if (!day.isValid())
        return false;
    const auto it = m_overrides.constFind(day);
    if (it != m_overrides.cend())
        return it.value().kind == Kind::Workday;
    return !isWeekend(day);
}

QString WorkCalendar::holidayName(const QDate &day) const
{
    const auto it = m_overrides.constFind(day);
    return it == m_overrides.cend() ? QString() : it.value().name;
}

QDate WorkCalendar::addWorkingDays(const QDate &from, int n) const
{
    if (!from.isValid())
        return {};
    if (n == 0)
        return isWorkingDay(from) ? from : addWorkingDays(from, 1);
    // Terminates: only finitely many days are overrides, and every plain weekday works.
    const int step = n > 0 ? 1 : -1;
    qint64 remaining = n > 0 ? qint64(n) : -qint64(n); // qint64: -INT_MIN does not fit an int
    QDate day = from;
    while (remaining > 0) {
        day = day.addDays(step);
        if (!day.isValid())
            return {};
        if (isWorkingDay(day))
            --remaining;
    }
    return day;
}

int WorkCalendar::workingDaysBetween(const QDate &a, const QDate &b) const
{
    if (!a.isValid() || !b.isValid() || a == b)
        return 0;
    if (b < a)
        return -workingDaysBetween(b, a);
    // Whole weeks hold 5 weekdays; the overrides inside (a, b] then correct the count.
    const qint64 span = a.daysTo(b);
    qint64 count = (span / 7) * 5;
    for (QDate d = a.addDays((span / 7) * 7 + 1); d <= b; d = d.addDays(1))
        if (!isWeekend(d))
            ++count;
    for (auto it = m_overrides.upperBound(a); it != m_overrides.cend() && it.key() <= b; ++it) {
        const bool weekend = isWeekend(it.key());
        if (it.value().kind == Kind::Holiday && !weekend)
            --count;
        else if (it.value().kind == Kind::Workday && weekend)
            ++count;
    }
    return static_cast<int>(count);
}

} // namespace ud
