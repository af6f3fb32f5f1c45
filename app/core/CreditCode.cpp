#include "core/CreditCode.h"

#include <utility>

namespace ud {

namespace {

// Value of a code character (its index in the alphabet), or -1.
int valueOf(QChar c)
{
    if (c.unicode() > 0x7f)
        return -1;
    return int(CreditCode::alphabet().indexOf(c));
}

// How to show a rejected character in a message.
QString describe(QChar c)
{
    if (c.isSpace())
        return QCoreApplication::translate("CreditCode", "a space");
    if (c.unicode() > 0x20 && c.unicode() < 0x7f)
        return QStringLiteral("'%1'").arg(c);
    const QString code =
        QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'));
    return QStringLiteral("'%1' (U+%2)").arg(c).arg(code);
}

// A hint for the letters GB 32100 leaves out because they look like other characters.
QString lookalikeHint(QChar c)
{
    switch (c.unicode()) {
    case u'I':
        return QCoreApplication::translate("CreditCode", " Did you mean the digit 1?");
    case u'O':
        return QCoreApplication::translate("CreditCode", " Did you mean the digit 0?");
    case u'Z':
        return QCoreApplication::translate("CreditCode", " Did you mean the digit 2?");
    case u'S':
        return QCoreApplication::translate("CreditCode", " Did you mean the digit 5?");
    case u'V':
        return QCoreApplication::translate("CreditCode", " Did you mean the letter U?");
    default:
        return QString();
    }
}

CreditCode::Check failure(CreditCode::Check check, CreditCode::Error error, QString message)
{
    check.error = error;
    check.message = std::move(message);
    return check;
}

} // namespace

CreditCode::Check CreditCode::check(const QString &input)
{
    Check result;
    const QString code = input.trimmed().toUpper();
    result.normalized = code;

    if (code.isEmpty())
        return failure(result, Error::Empty, tr("No unified social credit code was entered."));

    if (code.size() != 18) {
        return failure(result, Error::BadLength,
                       tr("A unified social credit code has 18 characters; this one has %1.")
                           .arg(code.size()));
    }

    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (valueOf(c) >= 0)
            continue;
        return failure(result, Error::BadCharacters,
                       tr("Character %1 is %2, which is never used in a unified social credit "
                          "code (only digits and capital letters other than I, O, S, V and Z).")
                               .arg(i + 1)
                               .arg(describe(c))
                           + lookalikeHint(c));
    }

    const QChar expected = checkCharacter(code.left(17));
    if (code.at(17) != expected) {
        result.expectedCheck = expected;
        return failure(result, Error::BadChecksum,
                       tr("The check character should be %1, not %2. Check the code for a "
                          "mistyped character; some early codes are genuine but fail this check, "
                          "so if it matches the business licence exactly, you can accept it and "
                          "record why.")
                           .arg(expected)
                           .arg(code.at(17)));
    }
    return result;
}

QChar CreditCode::checkCharacter(const QString &first17)
{
    if (first17.size() != 17)
        return QChar();
    // W(i) = 3^(i - 1) mod 31 for positions i = 1..17.
    static const int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        const int value = valueOf(first17.at(i));
        if (value < 0)
            return QChar();
        sum += value * weights[i];
    }
    const int c = (31 - sum % 31) % 31;
    return QLatin1Char(alphabet().at(c));
}

QString CreditCode::authorityName(QChar authority)
{
    // GB 32100-2015 registration authority codes. Kept as a switch so each name is a separate
    // translatable string; move to configuration when administrators need to edit it.
    switch (authority.toUpper().unicode()) {
    case u'1':
        return tr("Institutional establishment (机构编制)");
    case u'2':
        return tr("Foreign affairs (外交)");
    case u'3':
        return tr("Judicial administration (司法行政)");
    case u'4':
        return tr("Culture (文化)");
    case u'5':
        return tr("Civil affairs (民政)");
    case u'6':
        return tr("Tourism (旅游)");
    case u'7':
        return tr("Religious affairs (宗教)");
    case u'8':
        return tr("Trade union (工会)");
    case u'9':
        return tr("Market regulation (工商)");
    case u'A':
        return tr("Military establishment (军队编制)");
    case u'N':
        return tr("Agriculture (农业)");
    case u'Y':
        return tr("Other (其他)");
    default:
        return QString();
    }
}

QString CreditCode::divisionPart(const QString &code)
{
    const QString text = code.trimmed();
    if (text.size() < 8)
        return QString();
    return text.mid(2, 6);
}

} // namespace ud
