#pragma once

#include <QString>
#include <QStringList>

namespace ud {

// The agreement's other terms (其他条款) as the clauses the document numbers itself. Mediators
// type the terms as they would on paper, often numbered already ("一、…", "1.…", "（一）…"); the
// document numbers them on after the agreed items, so an ordinal typed at the start of a line is
// taken off (else "三、一、…" is printed). A line that starts with an ordinal starts a clause; a
// line that does not continues the clause before it (a clause wrapped by hand stays one clause).
class AgreementClauses
{
public:
    // The clauses of the text, each without the ordinal typed before it; none for blank text.
    static QStringList split(const QString &terms);
    // The text without a leading ordinal (一、 二. 十一、 1、 2. 3) （一） (1) 第一条 ①), trimmed.
    static QString withoutOrdinal(const QString &line);
    static bool startsWithOrdinal(const QString &line);
};

} // namespace ud
