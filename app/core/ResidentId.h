#pragma once

#include "core/DivisionCodes.h"

#include <QChar>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace ud {

enum class Sex { Unknown, Male, Female };

// What a resident ID number says about its holder.
struct ResidentIdInfo
{
    // 18 characters, trailing x upper-cased; for a 15-digit input, the upgraded 18-digit number
    QString normalized;
    QString divisionCode; // first six digits
    QDate birthDate;
    Sex sex = Sex::Unknown;
    bool wasLegacy15 = false;
};

// Resident ID numbers (公民身份号码, GB 11643-1999) and legacy 15-digit numbers (GB 11643-1989).
class ResidentId
{
    Q_DECLARE_TR_FUNCTIONS(ResidentId)

public:
    enum class Error {
        None,
        Empty,
        BadLength,
        BadCharacters,
        BadBirthDate,
        FutureBirthDate,
        BadChecksum
    };

    struct Check
    {
        Error error = Error::None;
        QString message;     // translated, empty when valid
        ResidentIdInfo info; // filled as far as parsing got
        // The first six digits are in no GB/T 2260 list, current or retired: a warning the user
        // may override with a reason (a number can be right although its area code is unknown
        // here), never an error. `warning` is its translated message, empty when there is none.
        bool unknownDivision = false;
        QString warning;
        bool ok() const { return error == Error::None; }
    };

    // Trims surrounding whitespace, then checks in this order and reports the first problem:
    // empty, length (15 or 18), characters, birth date (real, not after `today`, not before
    // 1880-01-01), check digit. A division code that is not in `codes` (current or retired) only
    // sets the warning.
    // A 15-digit legacy number (6 + YYMMDD + 3, digits only, year 19YY) is checked the same way
    // without a check digit, and info.normalized is the upgraded 18-digit number.
    // If `today` is invalid, the future-date check is skipped.
    static Check check(const QString &input, const QDate &today,
                       const DivisionCodes &codes = DivisionCodes::bundled());

    // '0'-'9' or 'X'; QChar() if the input is not 17 digits.
    static QChar checkDigit(const QString &first17);
    // The 18-digit number for a 15-digit one ("19" inserted after the sixth digit, check digit
    // appended); "" if the input is not 15 digits.
    static QString upgrade15(const QString &id15);
    // For display: "110105********002X" keeps the first 6 and last 4 characters; a 15-character
    // number keeps the first 6 and last 3; anything else becomes '*' of the same length.
    // Surrounding whitespace is trimmed first and a trailing x is upper-cased.
    static QString mask(const QString &id);

    // Earliest birth date accepted.
    static QDate earliestBirthDate() { return QDate(1880, 1, 1); }
};

} // namespace ud
