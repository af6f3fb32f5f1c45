#include "core/DisplayFormat.h"

#include "core/Money.h"

namespace ud {

namespace {

QDateTime parseStamp(const QString &stored)
{
    QDateTime t = QDateTime::fromString(stored, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(stored, Qt::ISODate);
    return t;
}

} // namespace

QString DisplayFormat::date(const QDate &date)
{
    return date.isValid() ? date.toString(dateFormat()) : QString();
}

QString DisplayFormat::dateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toLocalTime().toString(dateTimeFormat()) : QString();
}

QString DisplayFormat::timestamp(const QString &stored)
{
    const QDateTime t = parseStamp(stored);
    return t.isValid() ? dateTime(t) : stored;
}

QString DisplayFormat::dayOf(const QString &stored)
{
    const QDateTime t = parseStamp(stored);
    if (t.isValid())
        return date(t.toLocalTime().date());
    const QDate d = QDate::fromString(stored, Qt::ISODate);
    return d.isValid() ? date(d) : stored;
}

QString DisplayFormat::count(qint64 n)
{
    const bool negative = n < 0;
    QString digits = QString::number(negative ? -n : n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return negative ? QStringLiteral("-") + digits : digits;
}

QString DisplayFormat::yuan(qint64 fen)
{
    return Money::formatYuan(fen);
}

QString DisplayFormat::wanYuan(qint64 fen)
{
    return Money::formatWanYuan(fen);
}

QLocale DisplayFormat::numberLocale()
{
    QLocale locale(QLocale::English, QLocale::UnitedStates);
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale;
}

} // namespace ud
