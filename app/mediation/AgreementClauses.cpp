#include "mediation/AgreementClauses.h"

#include <QRegularExpression>

namespace ud {

namespace {

const QRegularExpression &leadingOrdinal()
{
    // Chinese numerals followed by 、 or a full stop; Arabic ones followed by 、 . ) or a colon
    // but not by a digit (1.5万元 is an amount); either in brackets; 第…条; circled numbers.
    static const QRegularExpression re(QStringLiteral(
        "^\\s*(?:"
        "[（(]\\s*(?:[一二三四五六七八九十百零〇]+|\\d+)\\s*[）)]\\s*[、.．,，]?"
        "|第\\s*(?:[一二三四五六七八九十百零〇]+|\\d+)\\s*[条項项款]\\s*[、.．:：]?"
        "|[一二三四五六七八九十百零〇]+\\s*[、.．:：]"
        "|\\d+\\s*(?:[、．)）:：]|\\.(?!\\d))"
        "|[\\x{2460}-\\x{2473}]"
        ")\\s*"));
    return re;
}

} // namespace

bool AgreementClauses::startsWithOrdinal(const QString &line)
{
    return leadingOrdinal().match(line).hasMatch();
}

QString AgreementClauses::withoutOrdinal(const QString &line)
{
    const QRegularExpressionMatch m = leadingOrdinal().match(line);
    return (m.hasMatch() ? line.mid(m.capturedEnd()) : line).trimmed();
}

QStringList AgreementClauses::split(const QString &terms)
{
    QStringList clauses;
    bool startsClause = true;
    const QStringList lines = QString(terms).replace(QLatin1String("\r\n"), QLatin1String("\n")).split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        startsClause = startsClause || clauses.isEmpty() || startsWithOrdinal(line);
        const QString text = withoutOrdinal(line);
        if (text.isEmpty())
            continue; // a bare "一、" on its own line: the clause starts with the next one
        if (startsClause)
            clauses.append(text);
        else
            clauses.last() += QLatin1Char('\n') + text;
        startsClause = false;
    }
    return clauses;
}

} // namespace ud
