#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace ud {

// The working-day calendar deadlines are counted on (domain.md §1.4: "accept within 3 working
// days"). Monday to Friday are working days and Saturday and Sunday are not, except for the
// stored overrides: public holidays (法定节假日, off even on a weekday) and adjusted working
// days (调休上班, a Saturday or Sunday worked instead). The overrides come from table
// calendar_days (CalendarRepository::load); the State Council publishes them once a year, so a
// year with no overrides at all is probably not entered yet (hasYear()).
//
// A value type: cheap to copy (implicitly shared), no database access, QtCore only.
class WorkCalendar
{
public:
    enum class Kind {
        Holiday, // not worked, whatever the weekday ('holiday' in calendar_days.kind)
        Workday, // worked, whatever the weekday ('workday': 调休)
    };

    struct Override
    {
        QDate day;
        Kind kind = Kind::Holiday;
        QString name; // 春节, 国庆节, 春节调休上班, ...
    };

    static QString kindKey(Kind kind); // "holiday" | "workday"
    static std::optional<Kind> kindFromKey(const QString &key);

    // Adds or replaces the override of `day`; invalid dates are ignored.
    void setOverride(const QDate &day, Kind kind, const QString &name);
    void clearOverride(const QDate &day);
    void clear();

    std::optional<Override> overrideFor(const QDate &day) const;
    // The overrides of one year, in date order.
    QList<Override> overrides(int year) const;
    int overrideCount() const { return static_cast<int>(m_overrides.size()); }
    // Whether any override is stored for `year`. No year goes without public holidays, so false
    // means the year's calendar has not been entered and working days there are only a guess.
    bool hasYear(int year) const;

    // Monday–Friday unless a holiday; Saturday/Sunday only if an adjusted working day.
    // An invalid date is not a working day.
    bool isWorkingDay(const QDate &day) const;
    // The name of the stored override of `day` (a holiday's name, or the note of an adjusted
    // working day such as "春节调休上班"); empty for an ordinary day.
    QString holidayName(const QDate &day) const;

    // Counting convention (the one the deadlines use):
    // - n > 0: the n-th working day strictly after `from`; `from` itself never counts, whether
    //   or not it is a working day. Received on Friday 2026-02-13, 3 working days → the third
    //   working day after it.
    // - n = 0: `from` itself if it is a working day, else the next working day after it.
    // - n < 0: the |n|-th working day strictly before `from`.
    // An invalid `from` gives an invalid date.
    QDate addWorkingDays(const QDate &from, int n) const;
    // The number of working days d with a < d <= b (so addWorkingDays(a, n) == b gives n for
    // n > 0); negative, counted the same way from b, when b is before a; 0 when a == b.
    int workingDaysBetween(const QDate &a, const QDate &b) const;

private:
    static bool isWeekend(const QDate &day);

    QMap<QDate, Override> m_overrides;
};

} // namespace ud
