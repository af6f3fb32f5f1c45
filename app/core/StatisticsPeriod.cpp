#include "core/StatisticsPeriod.h"

#include <QRegularExpression>

namespace ud {

namespace {

constexpr int kFirstYear = 1900;
constexpr int kLastYear = 9999;

bool yearOk(int year)
{
    return year >= kFirstYear && year <= kLastYear;
}

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

StatisticsPeriod StatisticsPeriod::month(int year, int month)
{
    if (!yearOk(year) || month < 1 || month > 12)
        return {};
    const QDate first(year, month, 1);
    return {Kind::Month, first, first.addMonths(1).addDays(-1)};
}

StatisticsPeriod StatisticsPeriod::quarter(int year, int quarter)
{
    if (!yearOk(year) || quarter < 1 || quarter > 4)
        return {};
    const QDate first(year, 3 * (quarter - 1) + 1, 1);
    return {Kind::Quarter, first, first.addMonths(3).addDays(-1)};
}

StatisticsPeriod StatisticsPeriod::halfYear(int year, int half)
{
    if (!yearOk(year) || half < 1 || half > 2)
        return {};
    const QDate first(year, half == 1 ? 1 : 7, 1);
    return {Kind::HalfYear, first, first.addMonths(6).addDays(-1)};
}

StatisticsPeriod StatisticsPeriod::year(int year)
{
    if (!yearOk(year))
        return {};
    return {Kind::Year, QDate(year, 1, 1), QDate(year, 12, 31)};
}

Result<StatisticsPeriod> StatisticsPeriod::range(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        return Result<StatisticsPeriod>::failure(tr("A period needs a valid first and last day."));
    if (!yearOk(from.year()) || !yearOk(to.year()))
        return Result<StatisticsPeriod>::failure(
            tr("A period must lie between the years %1 and %2.").arg(kFirstYear).arg(kLastYear));
    if (from > to)
        return Result<StatisticsPeriod>::failure(
            tr("The period starts (%1) after it ends (%2).").arg(isoDate(from), isoDate(to)));
    return StatisticsPeriod(Kind::Custom, from, to);
}

QDate StatisticsPeriod::parseIsoDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

Result<StatisticsPeriod> StatisticsPeriod::parse(const QString &input)
{
    const QString text = input.trimmed().toUpper();
    static const QRegularExpression named(QStringLiteral("^(\\d{4})(?:-(?:(Q)(\\d)|(H)(\\d)|(\\d{2})))?$"));
    const auto m = named.match(text);
    StatisticsPeriod p;
    if (m.hasMatch()) {
        const int y = m.captured(1).toInt();
        if (!m.captured(2).isEmpty())
            p = quarter(y, m.captured(3).toInt());
        else if (!m.captured(4).isEmpty())
            p = halfYear(y, m.captured(5).toInt());
        else if (!m.captured(6).isEmpty())
            p = month(y, m.captured(6).toInt());
        else
            p = year(y);
        if (p.isValid())
            return p;
    } else if (const int dots = text.indexOf(QStringLiteral("..")); dots > 0) {
        const QDate from = parseIsoDate(text.left(dots));
        const QDate to = parseIsoDate(text.mid(dots + 2));
        if (from.isValid() && to.isValid())
            return range(from, to);
    }
    return Result<StatisticsPeriod>::failure(
        tr("\"%1\" is not a period; write a year (2026), a half-year (2026-H1), a quarter (2026-Q1), "
           "a month (2026-03) or a range of days (2026-01-05..2026-02-10).")
            .arg(input));
}

QString StatisticsPeriod::key() const
{
    switch (m_kind) {
    case Kind::Invalid: return {};
    case Kind::Month: return m_from.toString(QStringLiteral("yyyy-MM"));
    case Kind::Quarter: return QStringLiteral("%1-Q%2").arg(m_from.year()).arg((m_from.month() - 1) / 3 + 1);
    case Kind::HalfYear: return QStringLiteral("%1-H%2").arg(m_from.year()).arg(m_from.month() == 1 ? 1 : 2);
    case Kind::Year: return QString::number(m_from.year());
    case Kind::Custom: return isoDate(m_from) + QStringLiteral("..") + isoDate(m_to);
    }
    return {};
}

QString StatisticsPeriod::label() const
{
    switch (m_kind) {
    case Kind::Invalid: return {};
    case Kind::Month: return tr("%2/%1").arg(m_from.year()).arg(m_from.month());
    case Kind::Quarter: return tr("Q%2 %1").arg(m_from.year()).arg((m_from.month() - 1) / 3 + 1);
    case Kind::HalfYear:
        return m_from.month() == 1 ? tr("First half of %1").arg(m_from.year()) : tr("Second half of %1").arg(m_from.year());
    case Kind::Year: return tr("Year %1").arg(m_from.year());
    case Kind::Custom: return tr("%1 to %2").arg(isoDate(m_from), isoDate(m_to));
    }
    return {};
}

} // namespace ud
