#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace ud {

// A reporting period: an inclusive range of days [from, to]. Unions report by month, quarter,
// half-year and year (domain.md §0 "Reporting periods"), and sometimes for any range.
//
//   StatisticsPeriod::quarter(2026, 1)        2026-01-01 .. 2026-03-31, key "2026-Q1"
//   StatisticsPeriod::parse("2026-H1")        2026-01-01 .. 2026-06-30
//   StatisticsPeriod::range(from, to)         custom, key "2026-01-05..2026-02-10"
//
// The named constructors return an invalid period (isValid() false) for impossible arguments
// (month 13, quarter 5); parse() and range() say why in their error message.
class StatisticsPeriod
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsPeriod)

public:
    enum class Kind { Invalid, Month, Quarter, HalfYear, Year, Custom };

    StatisticsPeriod() = default;

    static StatisticsPeriod month(int year, int month);
    static StatisticsPeriod quarter(int year, int quarter);   // 1..4
    static StatisticsPeriod halfYear(int year, int half);     // 1..2
    static StatisticsPeriod year(int year);
    // Any range of whole days, both ends included; refuses invalid dates and from > to.
    static Result<StatisticsPeriod> range(const QDate &from, const QDate &to);

    // "2026" (year), "2026-H1"/"2026-H2", "2026-Q1".."2026-Q4", "2026-03" (month), or a custom
    // range "2026-01-05..2026-02-10" (what key() gives back). Letters may be lower case.
    static Result<StatisticsPeriod> parse(const QString &text);

    // Strict ISO date "yyyy-MM-dd" (Qt alone also accepts "2026-3-1" and trailing time parts).
    static QDate parseIsoDate(const QString &text);

    bool isValid() const { return m_kind != Kind::Invalid; }
    Kind kind() const { return m_kind; }
    const QDate &from() const { return m_from; }
    const QDate &to() const { return m_to; }
    bool contains(const QDate &day) const { return isValid() && day >= m_from && day <= m_to; }

    // Stable, language-independent: "2026", "2026-H1", "2026-Q1", "2026-03",
    // "2026-01-05..2026-02-10"; parse(key()) gives the same period back. "" when invalid.
    QString key() const;
    // For people, translated: "Q1 2026" (zh_CN "2026年第1季度").
    QString label() const;

    bool operator==(const StatisticsPeriod &o) const
    {
        return m_kind == o.m_kind && m_from == o.m_from && m_to == o.m_to;
    }
    bool operator!=(const StatisticsPeriod &o) const { return !(*this == o); }

private:
    StatisticsPeriod(Kind kind, const QDate &from, const QDate &to) : m_kind(kind), m_from(from), m_to(to) {}

    Kind m_kind = Kind::Invalid;
    QDate m_from;
    QDate m_to;
};

} // namespace ud
