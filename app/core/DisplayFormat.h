#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QtGlobal>

namespace ud {

// One format for the dates, amounts and counts every screen shows (issue 12): 2026-12-07,
// 2026-12-07 14:05, 1,234.56 and 1,234, whatever the system's locale is (a German or an American
// system must not turn them into 07.12.2026, 12/7/26 or 1.234,56). Papers keep their own wording
// (2026年12月7日, amounts in 大写); CSV files keep plain numbers (Money::plainYuan).
class DisplayFormat
{
public:
    // For QDateEdit/QDateTimeEdit::setDisplayFormat and QDate(Time)::toString.
    static QString dateFormat() { return QStringLiteral("yyyy-MM-dd"); }
    static QString dateTimeFormat() { return QStringLiteral("yyyy-MM-dd HH:mm"); }

    // "2026-12-07"; empty for an invalid date.
    static QString date(const QDate &date);
    // In local time, "2026-12-07 14:05"; empty for an invalid one.
    static QString dateTime(const QDateTime &dateTime);
    // A stored time stamp ("2026-12-07T06:05:00.120Z" in UTC, as Clock writes them, or a local
    // "2026-12-07T14:05" without an offset) as local "2026-12-07 14:05"; text that is no time
    // stamp comes back unchanged.
    static QString timestamp(const QString &stored);
    // The local day of a stored time stamp, "2026-12-07" (a UTC stamp after 16:00 is the next day
    // in Beijing).
    static QString dayOf(const QString &stored);

    // "1,234" (grouped by thousands with ",").
    static QString count(qint64 n);
    // "1,234.56" (Money::formatYuan: two decimals, grouped).
    static QString yuan(qint64 fen);
    // 万元 with two decimals, as union reports quote them: 71,770,000 yuan → "7,177.00".
    static QString wanYuan(qint64 fen);

    // The locale of number widgets (a QSpinBox with its group separator shown): "," groups
    // thousands and "." marks decimals whatever the system says.
    static QLocale numberLocale();
};

} // namespace ud
