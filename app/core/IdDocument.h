#pragma once

#include "core/DivisionCodes.h"
#include "core/ResidentId.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ud {

// The kinds of identity document a worker may be registered with (code list 'id_type').
enum class IdType {
    Resident,          // 居民身份证
    ForeignPermanent,  // 外国人永久居留身份证
    Passport,          // 护照
    HkMacauPermit,     // 港澳居民来往内地通行证
    TaiwanPermit,      // 台湾居民来往大陆通行证
    HmtResidence,      // 港澳台居民居住证
};

// Checks the number of each kind of identity document by its own rule:
// - resident ID: ResidentId (GB 11643, 18 or legacy 15 digits); an unknown area code is a warning;
// - 外国人永久居留身份证: since 2023 18 digits starting with 9 (9, issuing province, 3-digit
//   nationality, birth date, sequence, GB 11643 check digit; the 17th digit gives the sex), or
//   the older 15 characters: 3 letters (nationality) and 12 digits (no date read from them);
// - passport: 5 to 17 letters or digits, no check digit;
// - 港澳居民来往内地通行证: H (Hong Kong) or M (Macau) and 8 or 10 digits;
// - 台湾居民来往大陆通行证: 8 or 10 digits;
// - 港澳台居民居住证: a GB 11643 number with address code 810000, 820000 or 830000.
// Birth date and sex are given only where the number carries them. Letters are upper-cased.
class IdDocument
{
    Q_DECLARE_TR_FUNCTIONS(IdDocument)

public:
    struct Check
    {
        QString error;      // translated, empty when the number passes
        QString warning;    // an overridable warning (unknown area code), empty when none
        QString normalized; // as stored: trimmed, upper-case, a 15-digit resident ID upgraded
        QString divisionCode;
        QDate birthDate;    // invalid unless the number carries it
        Sex sex = Sex::Unknown;
        bool ok() const { return error.isEmpty(); }
        bool carriesBirthDate() const { return birthDate.isValid(); }
    };

    static const QList<IdType> &types();
    // The stored code ("resident", "passport", ...).
    static QString code(IdType type);
    // By code or Chinese name (居民身份证, 护照, 身份证 ...); nullopt if neither.
    static std::optional<IdType> parse(const QString &text);
    // The Chinese name as printed on forms (居民身份证).
    static QString chineseName(IdType type);
    // Translated name for the user interface.
    static QString label(IdType type);

    static Check check(IdType type, const QString &input, const QDate &today,
                       const DivisionCodes &codes = DivisionCodes::bundled());

    // For display, whatever the type: ResidentId::mask (18 and 15 characters keep their head
    // and tail, any other length is all '*'), so no number is shown in full where a resident
    // ID would be masked.
    static QString mask(const QString &number) { return ResidentId::mask(number); }
};

} // namespace ud
