// Tests for ud::ResidentId (GB 11643 resident ID numbers).
//
// Check digits below were worked out independently of the code under test:
// S = sum of digit(i) * W(i), W = 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2;
// check = "10X98765432"[S mod 11].

#include "core/DivisionCodes.h"
#include "core/IdDocument.h"
#include "core/ResidentId.h"

#include <QtTest>

namespace ud {

// Readable QCOMPARE failures (found by argument-dependent lookup).
char *toString(ResidentId::Error error)
{
    static const char *const names[] = {"None", "Empty", "BadLength", "BadCharacters",
                                        "BadBirthDate", "FutureBirthDate", "BadChecksum"};
    return qstrdup(names[static_cast<int>(error)]);
}

char *toString(Sex sex)
{
    static const char *const names[] = {"Unknown", "Male", "Female"};
    return qstrdup(names[static_cast<int>(sex)]);
}

} // namespace ud

using ud::ResidentId;
using ud::Sex;
using Error = ud::ResidentId::Error;

namespace {

const QDate kToday(2026, 11, 21);

// Which division code list a row is checked against.
enum class Codes { Bundled, BundledPlus340524, Empty };

const ud::DivisionCodes &codesFor(Codes which)
{
    static const ud::DivisionCodes empty;
    static const ud::DivisionCodes plus340524 = [] {
        ud::DivisionCodes codes = ud::DivisionCodes::bundled();
        codes.insert(QStringLiteral("340524"), QStringLiteral("安徽省 测试县"));
        return codes;
    }();
    switch (which) {
    case Codes::Bundled:
        break;
    case Codes::BundledPlus340524:
        return plus340524;
    case Codes::Empty:
        return empty;
    }
    return ud::DivisionCodes::bundled();
}

} // namespace

class tst_ResidentId : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void unknownDivisionWarns_data();
    void unknownDivisionWarns();
    void februaryTwentyNinth_data();
    void februaryTwentyNinth();
    void everyErrorHasAMessage();
    void partialInfo();
    void customDivisionCodes();
    void checkDigit_data();
    void checkDigit();
    void upgrade15_data();
    void upgrade15();
    void mask_data();
    void mask();
    void idDocuments_data();
    void idDocuments();
    void idDocumentTypes();
    void idDocumentMask_data();
    void idDocumentMask();
};

// One row of valid_data(); the expected division is the first six digits of `normalized`.
static void addValid(const char *name, const char *input, const char *normalized, QDate birth,
                     Sex sex, bool legacy = false)
{
    const QString full = QString::fromUtf8(normalized);
    QTest::newRow(name) << QString::fromUtf8(input) << full << full.left(6) << birth << sex
                        << legacy;
}

void tst_ResidentId::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("division");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<Sex>("sex");
    QTest::addColumn<bool>("legacy");

    const char *const reference = "11010519491231002X";
    const QDate refBirth(1949, 12, 31);
    // domain.md §4.1 vector: S = 167 = 15*11 + 2 -> 'X'; 17th digit 2 -> female.
    addValid("domain vector", reference, reference, refBirth, Sex::Female);
    addValid("lower-case x", "11010519491231002x", reference, refBirth, Sex::Female);
    addValid("surrounding whitespace", "  11010519491231002x\t\r\n", reference, refBirth,
             Sex::Female);
    // 340522 (含山县) is current: S = 181 = 16*11 + 5 -> '7'; 17th digit 1 -> male.
    addValid("Anhui 340522", "340522198001010017", "340522198001010017", QDate(1980, 1, 1),
             Sex::Male);
    // Retired Beijing codes.
    // 110103 崇文区: S = 212 = 19*11 + 3 -> '9'; 17th digit 3 -> male.
    addValid("retired 110103", "110103197506151239", "110103197506151239", QDate(1975, 6, 15),
             Sex::Male);
    // 110104 宣武区: S = 260 = 23*11 + 7 -> '5'; 17th digit 4 -> female.
    addValid("retired 110104", "110104198808080545", "110104198808080545", QDate(1988, 8, 8),
             Sex::Female);
    // 110228 密云县, 1960 is a leap year: S = 208 = 18*11 + 10 -> '2'; 17th digit 2 -> female.
    addValid("retired 110228, 1960-02-29", "110228196002290022", "110228196002290022",
             QDate(1960, 2, 29), Sex::Female);
    // 110229 延庆县: S = 248 = 22*11 + 6 -> '6'; 17th digit 7 -> male.
    addValid("retired 110229", "110229199912310176", "110229199912310176", QDate(1999, 12, 31),
             Sex::Male);
    // 110118 密云区 (since 2015): S = 143 = 13*11 + 0 -> '1'; 17th digit 2 -> female.
    addValid("110118 since 2015", "110118202003150021", "110118202003150021", QDate(2020, 3, 15),
             Sex::Female);
    // Born on `today` is not in the future: S = 130 = 11*11 + 9 -> '3'.
    addValid("born today", "110105202611210073", "110105202611210073", kToday, Sex::Male);
    // Earliest accepted date: S = 117 = 10*11 + 7 -> '5'; 17th digit 2 -> female.
    addValid("1880-01-01", "110105188001010025", "110105188001010025", QDate(1880, 1, 1),
             Sex::Female);
    // Residence permits: 810000 S = 146 = 13*11 + 3 -> '9'; 830000 S = 166 = 15*11 + 1 -> '0'.
    addValid("Hong Kong permit", "810000199001010019", "810000199001010019", QDate(1990, 1, 1),
             Sex::Male);
    addValid("Taiwan permit", "830000199001010020", "830000199001010020", QDate(1990, 1, 1),
             Sex::Female);
    // Beijing county codes retired when the counties became districts (check digits worked
    // out with the weights above): 110223 通县 -> '8'; 110221 昌平县 -> '5'.
    addValid("retired 110223 通县", "110223196503150018", "110223196503150018",
             QDate(1965, 3, 15), Sex::Male);
    addValid("retired 110221 昌平县", "110221197001010025", "110221197001010025",
             QDate(1970, 1, 1), Sex::Female);

    // Legacy 15-digit numbers, upgraded by inserting "19" after the sixth digit:
    // 110108 750615 123 -> 11010819750615123 + check.
    //   digits  1 1  0 1 0 8 1 9 7 5 0 6  1 5 1 2 3
    //   weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2
    //   S = 7+9+0+5+0+32+2+9+42+15+0+54+10+25+8+8+6 = 232 = 21*11 + 1 -> '0'
    addValid("legacy 15", "110108750615123", "110108197506151230", QDate(1975, 6, 15), Sex::Male,
             true);
    addValid("legacy 15, trimmed", " 110105491231002 ", reference, refBirth, Sex::Female, true);
    addValid("legacy 15, retired 110103", "110103750615123", "110103197506151239",
             QDate(1975, 6, 15), Sex::Male, true);
}

void tst_ResidentId::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QFETCH(QString, division);
    QFETCH(QDate, birth);
    QFETCH(Sex, sex);
    QFETCH(bool, legacy);

    const ResidentId::Check check = ResidentId::check(input, kToday);
    QCOMPARE(check.error, Error::None);
    QVERIFY(check.ok());
    QVERIFY2(check.message.isEmpty(), qPrintable(check.message));
    QCOMPARE(check.info.normalized, normalized);
    QCOMPARE(check.info.normalized.size(), 18);
    QCOMPARE(check.info.divisionCode, division);
    QCOMPARE(check.info.birthDate, birth);
    QCOMPARE(check.info.sex, sex);
    QCOMPARE(check.info.wasLegacy15, legacy);

    // The normalised form is itself valid and normalises to itself.
    const ResidentId::Check again = ResidentId::check(check.info.normalized, kToday);
    QVERIFY(again.ok());
    QCOMPARE(again.info.normalized, normalized);
    QCOMPARE(again.info.wasLegacy15, false);
}

// One row of invalid_data(); `contains` is a fragment the message must include ("" = any).
static void addInvalid(const char *name, const char *input, Error error, const char *contains,
                       Codes codes = Codes::Bundled)
{
    QTest::newRow(name) << QString::fromUtf8(input) << codes << error
                        << QString::fromUtf8(contains);
}

void tst_ResidentId::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Codes>("codes");
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("messageContains");

    addInvalid("empty", "", Error::Empty, "");
    addInvalid("whitespace only", " \t\n ", Error::Empty, "");

    addInvalid("16 digits", "1101051949123100", Error::BadLength, "16");
    addInvalid("19 characters", "11010519491231002X1", Error::BadLength, "19");
    addInvalid("3 digits", "123", Error::BadLength, "18");

    addInvalid("letter as check", "11010519491231002A", Error::BadCharacters, "'A'");
    addInvalid("X in position 17", "1101051949123100X2", Error::BadCharacters, "17");
    addInvalid("inner space", "11010519491231 02X", Error::BadCharacters, "15");
    addInvalid("full-width digit", "１1010519491231002X", Error::BadCharacters, "U+FF11");
    addInvalid("15 digits with X", "11010549123100X", Error::BadCharacters, "15");

    // domain.md §4.1 vector: 340524 is in no GB/T 2260 list (a warning only), and the check
    // digit should be X (S = 189 = 17*11 + 2).
    addInvalid("340524 vector, bundled", "340524198001010013", Error::BadChecksum,
               "should be X, not 3");

    // S = 150 = 13*11 + 7 -> '5'; only the date is wrong.
    addInvalid("1980-02-30", "110105198002300015", Error::BadBirthDate, "1980-02-30");
    addInvalid("month 13", "110105198013010011", Error::BadBirthDate, "1980-13-01");
    addInvalid("day 00", "110105198001000011", Error::BadBirthDate, "1980-01-00");
    // S = 182 = 16*11 + 6 -> '6'.
    addInvalid("before 1880", "110105187912310016", Error::BadBirthDate, "1879-12-31");
    addInvalid("legacy 15, 1900-02-29", "110105000229001", Error::BadBirthDate, "1900-02-29");
    // A bad date is reported before a bad check digit (the right one would be '5').
    addInvalid("bad date and checksum", "110105198002300010", Error::BadBirthDate, "1980-02-30");
    // An unknown division is only a warning: the bad date is the error.
    addInvalid("bad division and date", "999999198002300010", Error::BadBirthDate, "1980-02-30");
    addInvalid("transposed date digits", "11010519491321002X", Error::BadBirthDate, "1949-13-21");

    // today = 2026-11-21. S = 137 = 12*11 + 5 -> '7'.
    addInvalid("tomorrow", "110105202611220087", Error::FutureBirthDate, "2026-11-22");
    // S = 79 = 7*11 + 2 -> 'X'.
    addInvalid("2030", "11010520300101001X", Error::FutureBirthDate, "2030-01-01");

    // domain.md §4.1 vector with 340524 known: the check digit should be X (S = 189 = 17*11 + 2).
    addInvalid("340524 vector, code known", "340524198001010013", Error::BadChecksum,
               "should be X, not 3", Codes::BundledPlus340524);
    // Same number under the current 含山县 code: S = 181 -> '7'.
    addInvalid("340522 wrong check", "340522198001010013", Error::BadChecksum,
               "should be 7, not 3");
    // 11010519491231001: S = 167 - 2*2 + 1*2 = 165 = 15*11 + 0 -> '1'.
    addInvalid("X where 1 belongs", "11010519491231001X", Error::BadChecksum, "should be 1, not X");
    // 11010519491231003: S = 167 + 2 = 169 = 15*11 + 4 -> '8'.
    addInvalid("mistyped sequence", "11010519491231003X", Error::BadChecksum, "should be 8");
}

void tst_ResidentId::invalid()
{
    QFETCH(QString, input);
    QFETCH(Codes, codes);
    QFETCH(Error, error);
    QFETCH(QString, messageContains);

    const ResidentId::Check check = ResidentId::check(input, kToday, codesFor(codes));
    QCOMPARE(check.error, error);
    QVERIFY(!check.ok());
    QVERIFY2(!check.message.isEmpty(), "every error needs a message");
    if (!messageContains.isEmpty())
        QVERIFY2(check.message.contains(messageContains), qPrintable(check.message));
}

// An area code in no list, current or retired, is an overridable warning, never an error.
void tst_ResidentId::unknownDivisionWarns_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Codes>("codes");
    QTest::addColumn<Error>("error");
    QTest::addColumn<bool>("warns");

    // S = 462 = 42*11 + 0 -> '1', so only the division is unknown.
    QTest::newRow("unknown 999999") << QStringLiteral("999999198001010011") << Codes::Bundled << Error::None << true;
    QTest::newRow("legacy 15, unknown") << QStringLiteral("999999800101001") << Codes::Bundled << Error::None << true;
    QTest::newRow("no codes at all") << QStringLiteral("11010519491231002X") << Codes::Empty << Error::None << true;
    QTest::newRow("340524, bad check digit") << QStringLiteral("340524198001010013") << Codes::Bundled
                                            << Error::BadChecksum << true;
    QTest::newRow("340524 known here") << QStringLiteral("34052419800101001X") << Codes::BundledPlus340524
                                       << Error::None << false;
    QTest::newRow("retired 110223 通县 is known") << QStringLiteral("110223196503150018") << Codes::Bundled
                                                << Error::None << false;
    QTest::newRow("retired 110228 密云县 is known") << QStringLiteral("110228196002290022") << Codes::Bundled
                                                  << Error::None << false;
    QTest::newRow("110000 北京市 (a listed code)") << QStringLiteral("110000194912310022") << Codes::Bundled
                                                 << Error::None << false;
}

void tst_ResidentId::unknownDivisionWarns()
{
    QFETCH(QString, input);
    QFETCH(Codes, codes);
    QFETCH(Error, error);
    QFETCH(bool, warns);

    const ResidentId::Check check = ResidentId::check(input, kToday, codesFor(codes));
    QCOMPARE(check.error, error);
    QCOMPARE(check.unknownDivision, warns);
    QCOMPARE(!check.warning.isEmpty(), warns);
    if (warns)
        QVERIFY2(check.warning.contains(input.trimmed().left(6)), qPrintable(check.warning));
}

void tst_ResidentId::februaryTwentyNinth_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Error>("error");

    // Check digits: 1960 S = 173 -> '4'; 2000 S = 146 -> '9'; 2024 S = 156 -> 'X';
    // 2023 S = 151 -> '4'; 1900 S = 137 -> '7'.
    QTest::newRow("1960 leap") << QStringLiteral("110105196002290014") << Error::None;
    QTest::newRow("2000 leap (divisible by 400)")
        << QStringLiteral("110108200002290039") << Error::None;
    QTest::newRow("2024 leap") << QStringLiteral("11010520240229002X") << Error::None;
    QTest::newRow("2023 not leap") << QStringLiteral("110105202302290014") << Error::BadBirthDate;
    QTest::newRow("1900 not leap (divisible by 100)")
        << QStringLiteral("110105190002290017") << Error::BadBirthDate;
    QTest::newRow("legacy 1960 leap") << QStringLiteral("110105600229001") << Error::None;
    QTest::newRow("legacy 1900 not leap") << QStringLiteral("110105000229001")
                                          << Error::BadBirthDate;
}

void tst_ResidentId::februaryTwentyNinth()
{
    QFETCH(QString, input);
    QFETCH(Error, error);

    const ResidentId::Check check = ResidentId::check(input, kToday);
    QCOMPARE(check.error, error);
    if (error == Error::None)
        QCOMPARE(check.info.birthDate.day(), 29);
    else
        QVERIFY(check.message.contains(QStringLiteral("-02-29")));
}

void tst_ResidentId::everyErrorHasAMessage()
{
    const QList<QPair<Error, QString>> cases = {
        {Error::Empty, QString()},
        {Error::BadLength, QStringLiteral("1101")},
        {Error::BadCharacters, QStringLiteral("11010519491231002Y")},
        {Error::BadBirthDate, QStringLiteral("110105198002300015")},
        {Error::FutureBirthDate, QStringLiteral("110105202611220087")},
        {Error::BadChecksum, QStringLiteral("110105194912310021")},
    };
    // One case per error value, so a new value added to the enum fails here until covered.
    QCOMPARE(cases.size(), static_cast<int>(Error::BadChecksum));
    QSet<QString> messages;
    for (const auto &[error, input] : cases) {
        const ResidentId::Check check = ResidentId::check(input, kToday);
        QCOMPARE(check.error, error);
        QVERIFY2(!check.message.trimmed().isEmpty(),
                 qPrintable(QString::number(static_cast<int>(error))));
        messages.insert(check.message);
    }
    QCOMPARE(messages.size(), cases.size()); // each error explains itself differently
}

void tst_ResidentId::partialInfo()
{
    // Bad characters: nothing about the holder can be trusted yet.
    ResidentId::Check check = ResidentId::check(QStringLiteral("1101051949123100Y2"), kToday);
    QCOMPARE(check.error, Error::BadCharacters);
    QVERIFY(check.info.normalized.isEmpty());
    QVERIFY(check.info.divisionCode.isEmpty());
    QCOMPARE(check.info.sex, Sex::Unknown);

    // Unknown division: valid with a warning, everything parsed.
    check = ResidentId::check(QStringLiteral("999999198001010011"), kToday);
    QCOMPARE(check.error, Error::None);
    QVERIFY(check.unknownDivision);
    QCOMPARE(check.info.normalized, QStringLiteral("999999198001010011"));
    QCOMPARE(check.info.divisionCode, QStringLiteral("999999"));
    QCOMPARE(check.info.sex, Sex::Male);
    QCOMPARE(check.info.birthDate, QDate(1980, 1, 1));

    // Future date: the date itself is real and reported.
    check = ResidentId::check(QStringLiteral("110105202611220087"), kToday);
    QCOMPARE(check.error, Error::FutureBirthDate);
    QCOMPARE(check.info.birthDate, QDate(2026, 11, 22));

    // Bad checksum: everything else is filled, x upper-cased.
    check = ResidentId::check(QStringLiteral("11010519491231001x"), kToday);
    QCOMPARE(check.error, Error::BadChecksum);
    QCOMPARE(check.info.normalized, QStringLiteral("11010519491231001X"));
    QCOMPARE(check.info.birthDate, QDate(1949, 12, 31));
    QCOMPARE(check.info.sex, Sex::Male);

    // The same number is valid relative to a later `today`, and an invalid `today` disables
    // the future check.
    QVERIFY(ResidentId::check(QStringLiteral("110105202611220087"), QDate(2026, 11, 22)).ok());
    QVERIFY(ResidentId::check(QStringLiteral("110105202611220087"), QDate()).ok());
}

void tst_ResidentId::customDivisionCodes()
{
    ud::DivisionCodes codes;
    QVERIFY(ResidentId::check(QStringLiteral("34052419800101001X"), kToday, codes).unknownDivision);
    codes.insert(QStringLiteral("340524"), QStringLiteral("测试"));
    // Correct check digit for 34052419800101001: S = 189 = 17*11 + 2 -> 'X'.
    QVERIFY(ResidentId::check(QStringLiteral("34052419800101001X"), kToday, codes).ok());
    QVERIFY(!ResidentId::check(QStringLiteral("34052419800101001X"), kToday, codes).unknownDivision);
    const ResidentId::Check bundled = ResidentId::check(QStringLiteral("34052419800101001X"), kToday);
    QVERIFY(bundled.ok());
    QVERIFY(bundled.unknownDivision);
}

void tst_ResidentId::checkDigit_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QChar>("expected");

    QTest::newRow("X") << QStringLiteral("11010519491231002") << QChar(QLatin1Char('X'));
    QTest::newRow("7") << QStringLiteral("34052219800101001") << QChar(QLatin1Char('7'));
    QTest::newRow("0") << QStringLiteral("11010819750615123") << QChar(QLatin1Char('0'));
    QTest::newRow("1 (S mod 11 = 0)") << QStringLiteral("99999919800101001")
                                      << QChar(QLatin1Char('1'));
    // All zeros: S = 0 -> '1'.
    QTest::newRow("zeros") << QStringLiteral("00000000000000000") << QChar(QLatin1Char('1'));
    QTest::newRow("16 digits") << QStringLiteral("1101051949123100") << QChar();
    QTest::newRow("18 digits") << QStringLiteral("110105194912310021") << QChar();
    QTest::newRow("letter") << QStringLiteral("1101051949123100A") << QChar();
    QTest::newRow("empty") << QString() << QChar();
}

void tst_ResidentId::checkDigit()
{
    QFETCH(QString, first17);
    QFETCH(QChar, expected);
    QCOMPARE(ResidentId::checkDigit(first17), expected);
}

void tst_ResidentId::upgrade15_data()
{
    QTest::addColumn<QString>("id15");
    QTest::addColumn<QString>("expected");

    QTest::newRow("worked example") << QStringLiteral("110108750615123")
                                    << QStringLiteral("110108197506151230");
    QTest::newRow("check X") << QStringLiteral("110105491231002")
                             << QStringLiteral("11010519491231002X");
    QTest::newRow("14 digits") << QStringLiteral("11010549123100") << QString();
    QTest::newRow("18 digits") << QStringLiteral("11010519491231002X") << QString();
    QTest::newRow("letter") << QStringLiteral("11010549123100A") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void tst_ResidentId::upgrade15()
{
    QFETCH(QString, id15);
    QFETCH(QString, expected);
    QCOMPARE(ResidentId::upgrade15(id15), expected);
}

void tst_ResidentId::mask_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");

    QTest::newRow("18") << QStringLiteral("11010519491231002X")
                        << QStringLiteral("110105********002X");
    QTest::newRow("18, lower x, spaces") << QStringLiteral(" 11010519491231002x ")
                                         << QStringLiteral("110105********002X");
    QTest::newRow("15") << QStringLiteral("110108750615123") << QStringLiteral("110108******123");
    QTest::newRow("other length") << QStringLiteral("1234567") << QStringLiteral("*******");
    QTest::newRow("empty") << QString() << QString();
}

void tst_ResidentId::mask()
{
    QFETCH(QString, id);
    QFETCH(QString, expected);
    QCOMPARE(ResidentId::mask(id), expected);
}

// Every ID document type with good and bad numbers. Check digits of the GB 11643 numbers were
// worked out with the weights above: 91101119850612001 -> 'X', 82000020010101003 -> 'X',
// 81000019900101002 -> '7'.
void tst_ResidentId::idDocuments_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QDate>("birth"); // invalid: the number carries none
    QTest::addColumn<Sex>("sex");

    const QDate none;
    const auto row = [](const char *name, const char *type, const char *input, bool ok, const char *normalized,
                        QDate birth, Sex sex) {
        QTest::newRow(name) << QString::fromLatin1(type) << QString::fromUtf8(input) << ok
                            << QString::fromLatin1(normalized) << birth << sex;
    };
    row("resident: domain vector", "resident", "11010519491231002X", true, "11010519491231002X", QDate(1949, 12, 31), Sex::Female);
    row("resident: domain vector lower x", "resident", "11010519491231002x", true, "11010519491231002X", QDate(1949, 12, 31), Sex::Female);
    row("resident: 340524 bad check digit", "resident", "340524198001010013", false, "", none, Sex::Unknown);
    row("resident: 110223 通县", "resident", "110223196503150018", true, "110223196503150018", QDate(1965, 3, 15), Sex::Male);
    row("resident: legacy 15", "resident", "110108750615123", true, "110108197506151230", QDate(1975, 6, 15), Sex::Male);
    row("resident: too short", "resident", "1101051949", false, "", none, Sex::Unknown);
    row("foreign permanent 2023", "foreign_permanent", "91101119850612001x", true, "91101119850612001X", QDate(1985, 6, 12), Sex::Male);
    row("foreign permanent 2023: bad check", "foreign_permanent", "911011198506120011", false, "", none, Sex::Unknown);
    row("foreign permanent 2023: no 9", "foreign_permanent", "11010519491231002X", false, "", none, Sex::Unknown);
    row("foreign permanent 2023: bad date", "foreign_permanent", "911011198513120011", false, "", none, Sex::Unknown);
    row("foreign permanent old", "foreign_permanent", "usa110790112001", true, "USA110790112001", none, Sex::Unknown);
    row("foreign permanent old: 2 letters", "foreign_permanent", "US1107901120011", false, "", none, Sex::Unknown);
    row("passport", "passport", "e12345678", true, "E12345678", none, Sex::Unknown);
    row("passport: 5 characters", "passport", "AB123", true, "AB123", none, Sex::Unknown);
    row("passport: 4 characters", "passport", "AB12", false, "", none, Sex::Unknown);
    row("passport: 18 characters", "passport", "A12345678901234567", false, "", none, Sex::Unknown);
    row("passport: a dash", "passport", "E1234-5678", false, "", none, Sex::Unknown);
    row("HK permit 8 digits", "hk_macau_permit", "H12345678", true, "H12345678", none, Sex::Unknown);
    row("Macao permit 10 digits", "hk_macau_permit", "m1234567890", true, "M1234567890", none, Sex::Unknown);
    row("HK permit 9 digits", "hk_macau_permit", "H123456789", false, "", none, Sex::Unknown);
    row("HK permit: letter T", "hk_macau_permit", "T12345678", false, "", none, Sex::Unknown);
    row("Taiwan permit 8", "taiwan_permit", "12345678", true, "12345678", none, Sex::Unknown);
    row("Taiwan permit 10", "taiwan_permit", "1234567890", true, "1234567890", none, Sex::Unknown);
    row("Taiwan permit 9", "taiwan_permit", "123456789", false, "", none, Sex::Unknown);
    row("Taiwan permit letters", "taiwan_permit", "T1234567", false, "", none, Sex::Unknown);
    row("HMT residence 810000", "hmt_residence", "810000199001010027", true, "810000199001010027", QDate(1990, 1, 1), Sex::Female);
    row("HMT residence 820000", "hmt_residence", "82000020010101003x", true, "82000020010101003X", QDate(2001, 1, 1), Sex::Male);
    row("HMT residence 830000", "hmt_residence", "830000199001010020", true, "830000199001010020", QDate(1990, 1, 1), Sex::Female);
    row("HMT residence: Beijing area", "hmt_residence", "11010519491231002X", false, "", none, Sex::Unknown);
    row("HMT residence: bad check", "hmt_residence", "810000199001010028", false, "", none, Sex::Unknown);
}

void tst_ResidentId::idDocuments()
{
    QFETCH(QString, type);
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, normalized);
    QFETCH(QDate, birth);
    QFETCH(Sex, sex);

    const auto idType = ud::IdDocument::parse(type);
    QVERIFY(idType);
    const ud::IdDocument::Check check = ud::IdDocument::check(*idType, input, kToday);
    QVERIFY2(check.ok() == ok, qPrintable(check.error));
    if (!ok) {
        QVERIFY(!check.error.isEmpty());
        return;
    }
    QCOMPARE(check.normalized, normalized);
    QCOMPARE(check.birthDate, birth);
    QCOMPARE(check.carriesBirthDate(), birth.isValid());
    QCOMPARE(check.sex, sex);
    QVERIFY(check.warning.isEmpty());
}

void tst_ResidentId::idDocumentTypes()
{
    using ud::IdDocument;
    using ud::IdType;
    QCOMPARE(IdDocument::types().size(), 6);
    QCOMPARE(IdDocument::types().first(), IdType::Resident);
    QSet<QString> codes;
    for (const IdType t : IdDocument::types()) {
        codes.insert(IdDocument::code(t));
        QCOMPARE(IdDocument::parse(IdDocument::code(t)), std::optional<IdType>(t));
        QCOMPARE(IdDocument::parse(IdDocument::chineseName(t)), std::optional<IdType>(t));
        QVERIFY(!IdDocument::label(t).isEmpty());
    }
    QCOMPARE(codes.size(), 6);
    QCOMPARE(IdDocument::parse(QStringLiteral("外国人永久居留身份证")), std::optional<IdType>(IdType::ForeignPermanent));
    QCOMPARE(IdDocument::parse(QStringLiteral("身份证")), std::optional<IdType>(IdType::Resident));
    QCOMPARE(IdDocument::parse(QStringLiteral("驾驶证")), std::nullopt);
    // A resident ID with an unknown area code is valid with a warning.
    const IdDocument::Check unknown = IdDocument::check(IdType::Resident, QStringLiteral("999999198001010011"), kToday);
    QVERIFY(unknown.ok());
    QVERIFY(unknown.warning.contains(QStringLiteral("999999")));
}

// No number of any type is shown in full where a resident ID would be masked.
void tst_ResidentId::idDocumentMask_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("expected");
    QTest::newRow("resident") << QStringLiteral("11010519491231002X") << QStringLiteral("110105********002X");
    QTest::newRow("foreign permanent 2023") << QStringLiteral("91101119850612001X") << QStringLiteral("911011********001X");
    QTest::newRow("foreign permanent old") << QStringLiteral("USA110790112001") << QStringLiteral("USA110******001");
    QTest::newRow("passport") << QStringLiteral("E12345678") << QStringLiteral("*********");
    QTest::newRow("HK permit") << QStringLiteral("H1234567890") << QStringLiteral("***********");
    QTest::newRow("Taiwan permit") << QStringLiteral("12345678") << QStringLiteral("********");
    QTest::newRow("HMT residence") << QStringLiteral("810000199001010027") << QStringLiteral("810000********0027");
}

void tst_ResidentId::idDocumentMask()
{
    QFETCH(QString, number);
    QFETCH(QString, expected);
    QCOMPARE(ud::IdDocument::mask(number), expected);
}

QTEST_GUILESS_MAIN(tst_ResidentId)
#include "tst_residentid.moc"
