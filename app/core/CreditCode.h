#pragma once

#include <QChar>
#include <QCoreApplication>
#include <QString>

namespace ud {

// Unified social credit codes (统一社会信用代码, GB 32100-2015): 18 characters from
// "0123456789ABCDEFGHJKLMNPQRTUWXY" — registration authority, organisation type, the authority's
// GB/T 2260 division code, the GB 11714 organisation code and a check character.
class CreditCode
{
    Q_DECLARE_TR_FUNCTIONS(CreditCode)

public:
    enum class Error { None, Empty, BadLength, BadCharacters, BadChecksum };

    struct Check
    {
        Error error = Error::None;
        QString message;     // translated, empty when valid
        QString normalized;  // trimmed, upper-cased
        QChar expectedCheck; // when error == BadChecksum
        bool ok() const { return error == Error::None; }
        // A failing checksum is a warning a user may override with a recorded reason (some real
        // early codes fail); other errors are not.
        bool overridable() const { return error == Error::BadChecksum; }
    };

    // Trims surrounding whitespace and upper-cases (lower case is accepted), then reports the
    // first problem in this order: empty, length, characters, check character.
    static Check check(const QString &input);

    // The 18th character for the first 17; QChar() unless given 17 characters of the alphabet
    // (upper case only).
    static QChar checkCharacter(const QString &first17);

    // Translated name of a registration authority (first character), e.g. '9' -> "Market
    // regulation (工商)", '8' -> "Trade union"; empty for a character not in the table. The
    // table follows GB 32100-2015 annex A as published; an older list put the ACFTU at 'C', so
    // treat this as a display aid, not a rule.
    static QString authorityName(QChar authority);

    // Positions 3-8 (the registering authority's GB/T 2260 code) of a trimmed code; "" if the
    // code is shorter than 8 characters.
    static QString divisionPart(const QString &code);

    // The 31 characters used, in value order.
    static QLatin1String alphabet() { return QLatin1String("0123456789ABCDEFGHJKLMNPQRTUWXY"); }
};

} // namespace ud
