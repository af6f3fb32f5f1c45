#include "exchange/ImportCells.h"

#include <QRegularExpression>

namespace ud {

QString ImportCells::normalHeader(const QString &header)
{
    QString s = header.trimmed();
    s.replace(QChar(0xFF08), QLatin1Char('(')).replace(QChar(0xFF09), QLatin1Char(')'));
    static const QRegularExpression trailingNote(QStringLiteral("\\([^)]*\\)?\\s*$"));
    static const QRegularExpression separators(QStringLiteral("[\\s-]+"));
    static const QRegularExpression marks(QStringLiteral("[*\\x{FF0A}:：]"));
    s.remove(trailingNote);
    s = s.trimmed().toLower();
    s.replace(separators, QStringLiteral("_"));
    s.remove(marks);
    return s;
}

QString ImportCells::normalKey(const QString &text)
{
    QString s;
    s.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('*') || c == QChar(0xFF0A))
            continue;
        if (c == QChar(0xFF08))
            s.append(QLatin1Char('('));
        else if (c == QChar(0xFF09))
            s.append(QLatin1Char(')'));
        else
            s.append(c.toLower());
    }
    return s;
}

QDate ImportCells::parseDate(const QString &input)
{
    QString s = input.trimmed();
    static const QRegularExpression timePart(QStringLiteral("[ T]"));
    const int cut = static_cast<int>(s.indexOf(timePart));
    if (cut > 0)
        s.truncate(cut);
    static const QRegularExpression ymd(QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    if (const auto m = ymd.match(s); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    if (const auto m = compact.match(s); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    // Excel serials of five digits: 1927-05-18 to 2173-10-14 (a bare year like 1985 is not one).
    static const QRegularExpression serial(QStringLiteral("^(\\d{5})(\\.0+)?$"));
    if (const auto m = serial.match(s); m.hasMatch())
        return QDate(1899, 12, 30).addDays(m.captured(1).toLongLong());
    return {};
}

bool ImportCells::isScientific(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9](\\.[0-9]+)?e\\+?[0-9]+$"), QRegularExpression::CaseInsensitiveOption);
    return re.match(s.trimmed()).hasMatch();
}

QString ImportCells::codeText(const QString &s)
{
    QString t = s.trimmed();
    if (t.startsWith(QLatin1Char('\'')))
        t.remove(0, 1);
    t.remove(QLatin1Char(' '));
    return t;
}

std::optional<bool> ImportCells::parseYesNo(const QString &text)
{
    static const QStringList yes = {QStringLiteral("是"), QStringLiteral("有"), QStringLiteral("已建"), QStringLiteral("已建会"),
                                    QStringLiteral("√"), QStringLiteral("✓"), QStringLiteral("y"), QStringLiteral("yes"),
                                    QStringLiteral("1"), QStringLiteral("true")};
    static const QStringList no = {QStringLiteral("否"), QStringLiteral("无"), QStringLiteral("未建"), QStringLiteral("未建会"),
                                   QStringLiteral("×"), QStringLiteral("✗"), QStringLiteral("n"), QStringLiteral("no"),
                                   QStringLiteral("0"), QStringLiteral("false")};
    const QString s = text.trimmed().toLower();
    if (yes.contains(s))
        return true;
    if (no.contains(s))
        return false;
    return std::nullopt;
}

QStringList ImportCells::splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[、,，;；/\\n]+"));
    QStringList out;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts))
        if (const QString t = part.trimmed(); !t.isEmpty())
            out << t;
    return out;
}

} // namespace ud
