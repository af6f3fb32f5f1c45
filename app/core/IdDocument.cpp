#include "core/IdDocument.h"

#include <QRegularExpression>

namespace ud {

namespace {

struct TypeInfo
{
    IdType type;
    const char *code;
    const char *chinese;
    const char *label;
};

constexpr TypeInfo kTypes[] = {
    {IdType::Resident, "resident", "居民身份证", QT_TRANSLATE_NOOP("IdDocument", "Resident ID card")},
    {IdType::ForeignPermanent, "foreign_permanent", "外国人永久居留身份证",
     QT_TRANSLATE_NOOP("IdDocument", "Foreign permanent resident ID card")},
    {IdType::Passport, "passport", "护照", QT_TRANSLATE_NOOP("IdDocument", "Passport")},
    {IdType::HkMacauPermit, "hk_macau_permit", "港澳居民来往内地通行证",
     QT_TRANSLATE_NOOP("IdDocument", "Mainland travel permit (Hong Kong/Macao residents)")},
    {IdType::TaiwanPermit, "taiwan_permit", "台湾居民来往大陆通行证",
     QT_TRANSLATE_NOOP("IdDocument", "Mainland travel permit (Taiwan residents)")},
    {IdType::HmtResidence, "hmt_residence", "港澳台居民居住证",
     QT_TRANSLATE_NOOP("IdDocument", "Residence permit (Hong Kong/Macao/Taiwan residents)")},
};

const TypeInfo &infoOf(IdType type)
{
    for (const TypeInfo &t : kTypes)
        if (t.type == type)
            return t;
    return kTypes[0];
}

bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

// An 18-character GB 11643 number read by ResidentId, without its area check (the caller
// judges the area).
IdDocument::Check gb11643(const QString &number, const QDate &today, const DivisionCodes &codes)
{
    IdDocument::Check out;
    const ResidentId::Check id = ResidentId::check(number, today, codes);
    out.normalized = id.info.normalized.isEmpty() ? number : id.info.normalized;
    if (!id.ok()) {
        out.error = id.message;
        return out;
    }
    out.divisionCode = id.info.divisionCode;
    out.birthDate = id.info.birthDate;
    out.sex = id.info.sex;
    out.warning = id.warning;
    return out;
}

} // namespace

const QList<IdType> &IdDocument::types()
{
    static const QList<IdType> all = [] {
        QList<IdType> list;
        for (const TypeInfo &t : kTypes)
            list << t.type;
        return list;
    }();
    return all;
}

QString IdDocument::code(IdType type)
{
    return QLatin1String(infoOf(type).code);
}

std::optional<IdType> IdDocument::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    for (const TypeInfo &info : kTypes)
        if (t == QLatin1String(info.code) || t == QString::fromUtf8(info.chinese))
            return info.type;
    // Usual short forms in registers.
    if (t == QStringLiteral("身份证") || t == QStringLiteral("居民身份证号码") || t == QStringLiteral("二代身份证"))
        return IdType::Resident;
    if (t == QStringLiteral("永久居留身份证") || t == QStringLiteral("外国人永久居留证") || t == QStringLiteral("永居证"))
        return IdType::ForeignPermanent;
    if (t == QStringLiteral("港澳通行证") || t == QStringLiteral("回乡证"))
        return IdType::HkMacauPermit;
    if (t == QStringLiteral("台胞证"))
        return IdType::TaiwanPermit;
    if (t == QStringLiteral("居住证"))
        return IdType::HmtResidence;
    return std::nullopt;
}

QString IdDocument::chineseName(IdType type)
{
    return QString::fromUtf8(infoOf(type).chinese);
}

QString IdDocument::label(IdType type)
{
    return tr(infoOf(type).label);
}

IdDocument::Check IdDocument::check(IdType type, const QString &input, const QDate &today, const DivisionCodes &codes)
{
    Check out;
    const QString number = input.trimmed().toUpper();
    out.normalized = number;
    if (number.isEmpty()) {
        out.error = tr("No ID number was entered.");
        return out;
    }
    switch (type) {
    case IdType::Resident: {
        out = gb11643(number, today, codes);
        return out;
    }
    case IdType::HmtResidence: {
        if (number.size() != 18) {
            out.error = tr("A residence permit number has 18 characters; this one has %1.").arg(number.size());
            return out;
        }
        static const QStringList areas = {QStringLiteral("810000"), QStringLiteral("820000"), QStringLiteral("830000")};
        if (!areas.contains(number.left(6))) {
            out.error = tr("A residence permit number for Hong Kong, Macao or Taiwan residents starts with 810000, "
                           "820000 or 830000; this one starts with %1.")
                            .arg(number.left(6));
            return out;
        }
        out = gb11643(number, today, codes);
        out.warning.clear(); // the three codes are known; nothing to override
        return out;
    }
    case IdType::ForeignPermanent: {
        if (matches(QStringLiteral("[A-Z]{3}[0-9]{12}"), number))
            return out; // the card issued before 2023: no check digit, no date read from it
        if (number.size() != 18 || !number.startsWith(QLatin1Char('9'))) {
            out.error = tr("A foreign permanent resident ID number has 18 digits starting with 9 (cards since "
                           "2023) or 3 letters and 12 digits (older cards).");
            return out;
        }
        if (!matches(QStringLiteral("[0-9]{17}[0-9X]"), number)) {
            out.error = tr("The first 17 characters of a foreign permanent resident ID number must be digits, "
                           "the last a digit or X.");
            return out;
        }
        const QDate birth = QDate::fromString(number.mid(6, 8), QStringLiteral("yyyyMMdd"));
        if (!birth.isValid() || birth < ResidentId::earliestBirthDate() || (today.isValid() && birth > today)) {
            out.error = tr("Digits 7 to 14 of a foreign permanent resident ID number are the birth date; %1 is "
                           "not a possible one.")
                            .arg(number.mid(6, 8));
            return out;
        }
        const QChar expected = ResidentId::checkDigit(number.left(17));
        if (number.at(17) != expected) {
            out.error = tr("The check digit should be %1, not %2. If the last character is right, another "
                           "digit may be mistyped.")
                            .arg(expected)
                            .arg(number.at(17));
            return out;
        }
        out.birthDate = birth;
        out.sex = (number.at(16).unicode() - u'0') % 2 == 1 ? Sex::Male : Sex::Female;
        return out;
    }
    case IdType::Passport:
        if (!matches(QStringLiteral("[A-Z0-9]{5,17}"), number))
            out.error = tr("A passport number has 5 to 17 letters or digits, without spaces or other signs.");
        return out;
    case IdType::HkMacauPermit:
        if (!matches(QStringLiteral("[HM]([0-9]{8}|[0-9]{10})"), number))
            out.error = tr("A Mainland travel permit for Hong Kong and Macao residents is H or M followed by "
                           "8 or 10 digits.");
        return out;
    case IdType::TaiwanPermit:
        if (!matches(QStringLiteral("[0-9]{8}|[0-9]{10}"), number))
            out.error = tr("A Mainland travel permit for Taiwan residents has 8 or 10 digits.");
        return out;
    }
    return out;
}

} // namespace ud
