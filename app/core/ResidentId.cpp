#include "core/ResidentId.h"

#include <utility>

namespace ud {

namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool allDigits(const QString &text)
{
    for (const QChar c : text) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

int digitAt(const QString &text, qsizetype index)
{
    return text.at(index).unicode() - u'0';
}

// Parses `digits` characters at `pos` as a number; the caller has checked they are digits.
int numberAt(const QString &text, qsizetype pos, qsizetype digits)
{
    int value = 0;
    for (qsizetype i = pos; i < pos + digits; ++i)
        value = value * 10 + digitAt(text, i);
    return value;
}

// How to show a rejected character in a message. Invisible and non-ASCII characters (such as
// full-width digits typed with a Chinese input method) also get their code point.
QString describe(QChar c)
{
    if (c.isSpace())
        return QCoreApplication::translate("ResidentId", "a space");
    if (c.unicode() > 0x20 && c.unicode() < 0x7f)
        return QStringLiteral("'%1'").arg(c);
    const QString code =
        QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'));
    if (c.isDigit()) {
        return QCoreApplication::translate("ResidentId", "'%1' (U+%2, a full-width digit)")
            .arg(c)
            .arg(code);
    }
    return QStringLiteral("'%1' (U+%2)").arg(c).arg(code);
}

ResidentId::Check failure(ResidentId::Check check, ResidentId::Error error, QString message)
{
    check.error = error;
    check.message = std::move(message);
    return check;
}

} // namespace

ResidentId::Check ResidentId::check(const QString &input, const QDate &today,
                                    const DivisionCodes &codes)
{
    Check result;
    const QString id = input.trimmed();

    if (id.isEmpty())
        return failure(result, Error::Empty, tr("No resident ID number was entered."));

    const bool legacy = id.size() == 15;
    if (id.size() != 18 && !legacy) {
        return failure(result, Error::BadLength,
                       tr("A resident ID number has 18 characters (15 on old first-generation "
                          "cards); this one has %1.")
                           .arg(id.size()));
    }
    result.info.wasLegacy15 = legacy;

    // Characters: digits only, except that the 18th may be X (or x).
    for (qsizetype i = 0; i < id.size(); ++i) {
        const QChar c = id.at(i);
        if (isDigit(c))
            continue;
        const bool lastOf18 = !legacy && i == 17;
        if (lastOf18 && (c == QLatin1Char('X') || c == QLatin1Char('x')))
            continue;
        QString message;
        if (legacy) {
            message = tr("Character %1 is %2, but a 15-digit ID number contains only digits.")
                          .arg(i + 1)
                          .arg(describe(c));
        } else if (lastOf18) {
            message = tr("The last character is %1, but it must be a digit or X.").arg(describe(c));
        } else {
            message = tr("Character %1 is %2, but the first 17 characters of an ID number must "
                         "be digits.")
                          .arg(i + 1)
                          .arg(describe(c));
        }
        return failure(result, Error::BadCharacters, message);
    }

    // Structure is sound: fill in what the number says before judging its parts.
    QString full;
    if (legacy) {
        full = upgrade15(id);
    } else {
        full = id;
        if (full.at(17) == QLatin1Char('x'))
            full[17] = QLatin1Char('X');
    }
    result.info.normalized = full;
    result.info.divisionCode = full.left(6);
    result.info.sex = digitAt(full, 16) % 2 == 1 ? Sex::Male : Sex::Female;

    if (!codes.contains(result.info.divisionCode)) {
        result.unknownDivision = true;
        result.warning = tr("The first six digits %1 are in no list of GB/T 2260 area codes, current "
                            "or retired. Check the number against the card; if it is right, keep it "
                            "and give the reason.")
                             .arg(result.info.divisionCode);
    }

    const int year = numberAt(full, 6, 4);
    const int month = numberAt(full, 10, 2);
    const int day = numberAt(full, 12, 2);
    const QString dateText = QStringLiteral("%1-%2-%3")
                                 .arg(full.mid(6, 4), full.mid(10, 2), full.mid(12, 2));
    const QDate birth(year, month, day);
    if (!birth.isValid()) {
        return failure(result, Error::BadBirthDate,
                       tr("Birth date %1 does not exist.").arg(dateText));
    }
    result.info.birthDate = birth;
    if (birth < earliestBirthDate()) {
        return failure(result, Error::BadBirthDate,
                       tr("Birth date %1 is before %2; check the digits of the date.")
                           .arg(dateText, earliestBirthDate().toString(Qt::ISODate)));
    }
    if (today.isValid() && birth > today) {
        return failure(result, Error::FutureBirthDate,
                       tr("Birth date %1 is in the future (today is %2).")
                           .arg(dateText, today.toString(Qt::ISODate)));
    }

    if (!legacy) {
        const QChar expected = checkDigit(full.left(17));
        if (full.at(17) != expected) {
            return failure(result, Error::BadChecksum,
                           tr("The check digit should be %1, not %2. If the last character is "
                              "right, another digit may be mistyped.")
                               .arg(expected)
                               .arg(full.at(17)));
        }
    }
    return result;
}

QChar ResidentId::checkDigit(const QString &first17)
{
    if (first17.size() != 17 || !allDigits(first17))
        return QChar();
    // W(i) = 2^(18 - i) mod 11 for positions i = 1..17.
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i)
        sum += digitAt(first17, i) * weights[i];
    return QLatin1Char(checks[sum % 11]);
}

QString ResidentId::upgrade15(const QString &id15)
{
    if (id15.size() != 15 || !allDigits(id15))
        return QString();
    const QString first17 = id15.left(6) + QStringLiteral("19") + id15.mid(6);
    return first17 + checkDigit(first17);
}

QString ResidentId::mask(const QString &id)
{
    const QString text = id.trimmed();
    qsizetype keepHead = 0;
    qsizetype keepTail = 0;
    if (text.size() == 18) {
        keepHead = 6;
        keepTail = 4;
    } else if (text.size() == 15) {
        keepHead = 6;
        keepTail = 3;
    }
    const qsizetype hidden = text.size() - keepHead - keepTail;
    return text.left(keepHead) + QString(hidden, QLatin1Char('*')) + text.right(keepTail).toUpper();
}

} // namespace ud
