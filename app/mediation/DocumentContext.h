#pragma once

#include "storage/Accounts.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace ud {

// What a document needs besides the record itself. The documents never read the database: the
// caller passes the body's name and a code → name lookup (usually backed by code_items).
struct DocumentContext
{
    // The mediation body issuing the document: the node's setting (NodeIdentity::issuingBody),
    // e.g. 北京市朝阳区八里庄街道总工会劳动争议调解委员会, …调解室, …调解中心.
    QString bodyName;
    // The issue date, used where the case has no date of its own for the document (a notice
    // printed before the decision or closing date is recorded) and for ages without one.
    QDate today;
    // Display name of a code in a code list (list, code) → name, e.g. ("claim_item", "wage") →
    // 拖欠工资（劳动报酬）. May be empty, or return "" for an unknown code: the code is shown.
    std::function<QString(const QString &list, const QString &code)> codeName;
    // The items of a code list in their order, (code, name) each, for forms that print every
    // choice with the case's one ticked (the intake form's sources). May be empty: only the
    // case's own choice is printed then.
    std::function<QList<std::pair<QString, QString>>(const QString &list)> codeItems;
    // Session record only: the session to print (CaseSession::id); empty prints every session of
    // the case, each starting on a new page.
    QString sessionId;
    // The role of whoever the document is made for. Documents carry full ID numbers because they
    // are signed and filed (the caller audits the read, design §5), but only for a role that may
    // read them (mayReadFullIdNumbers); for any other role they are printed masked
    // (110105********002X). Unless told, the least privilege: a caller that forgets gets masks.
    Role viewerRole = Role::Reviewer;
    // Body text font, in order of preference; the first installed family is used. The default
    // list starts with Song (宋体) style faces whose text can also be copied out of the PDF intact.
    QStringList fontFamilies = defaultFontFamilies();

    static QStringList defaultFontFamilies()
    {
        return {QStringLiteral("AR PL UMing CN"), QStringLiteral("SimSun"), QStringLiteral("Songti SC"),
                QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Source Han Serif SC"),
                QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Zen Hei")};
    }
};

} // namespace ud
