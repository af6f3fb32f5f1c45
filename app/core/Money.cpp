#include "core/Money.h"

#include <QLocale>

namespace ud {

Result<qint64> Money::parseYuan(const QString &input)
{
    // Typed with a Chinese input method in full-width mode: digits ０-９, the point ．, the minus
    // sign － and the ideographic space are read as their ASCII forms.
    QString text;
    text.reserve(input.size());
    for (const QChar c : input) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            text.append(QChar(u'0' + (c.unicode() - 0xFF10)));
        else if (c == QChar(0xFF0E))
            text.append(QLatin1Char('.'));
        else if (c == QChar(0xFF0D))
            text.append(QLatin1Char('-'));
        else if (c != QChar(0x3000))
            text.append(c);
    }
    text = text.trimmed();
    text.remove(QLatin1Char(','));
    text.remove(QChar(0xFF0C)); // ，
    text.remove(QLatin1Char(' '));
    if (text.startsWith(QChar(0x00A5)) || text.startsWith(QChar(0xFFE5))) // ¥ ￥
        text.remove(0, 1);
    if (text.endsWith(QChar(0x5143))) // 元
        text.chop(1);
    if (text.isEmpty())
        return Result<qint64>::failure(tr("Enter an amount in yuan, for example 1200 or 1,200.50."));
    if (text.startsWith(QLatin1Char('-')))
        return Result<qint64>::failure(tr("An amount cannot be negative."));
    const int dot = text.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString decimals = dot < 0 ? QString() : text.mid(dot + 1);
    const auto allDigits = [](const QString &s) {
        for (const QChar c : s)
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return false;
        return true;
    };
    if ((whole.isEmpty() && decimals.isEmpty()) || !allDigits(whole) || !allDigits(decimals))
        return Result<qint64>::failure(tr("\"%1\" is not an amount in yuan.").arg(input.trimmed()));
    if (decimals.size() > 2)
        return Result<qint64>::failure(tr("An amount has at most two decimals (fen)."));
    if (whole.size() > 12)
        return Result<qint64>::failure(tr("%1 yuan is more than any single amount can be (at most %2 yuan).")
                                           .arg(input.trimmed(), formatYuan(kMaxFen)));
    const qint64 yuan = whole.isEmpty() ? 0 : whole.toLongLong();
    const qint64 fen = yuan * 100 + (decimals.isEmpty() ? 0 : decimals.leftJustified(2, QLatin1Char('0')).toLongLong());
    if (fen > kMaxFen)
        return Result<qint64>::failure(tr("%1 yuan is more than any single amount can be (at most %2 yuan).")
                                           .arg(input.trimmed(), formatYuan(kMaxFen)));
    return fen;
}

QString Money::plainYuan(qint64 fen)
{
    const bool negative = fen < 0;
    const qint64 abs = negative ? -fen : fen;
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(abs / 100)
        .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QString Money::formatYuan(qint64 fen)
{
    const bool negative = fen < 0;
    const qint64 abs = negative ? -fen : fen;
    QString whole = QString::number(abs / 100);
    for (int i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(','));
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString(), whole)
        .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QString Money::formatWanYuan(qint64 fen)
{
    // 1 万元 = 1,000,000 fen; round half up to two decimals of 万元 (= 100 yuan).
    const qint64 hundredYuan = (fen + (fen >= 0 ? 5000 : -5000)) / 10000;
    return formatYuan(hundredYuan);
}

} // namespace ud
