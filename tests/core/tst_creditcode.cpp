// Tests for ud::CreditCode (GB 32100-2015 unified social credit codes).
//
// Check characters below were worked out independently of the code under test:
// alphabet 0123456789ABCDEFGHJKLMNPQRTUWXY (value = index), weights 3^(i-1) mod 31 =
// 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28;
// C = 31 - (S mod 31), 31 -> 0; check = alphabet[C].

#include "core/CreditCode.h"

#include <QtTest>

namespace ud {

char *toString(CreditCode::Error error)
{
    static const char *const names[] = {"None", "Empty", "BadLength", "BadCharacters",
                                        "BadChecksum"};
    return qstrdup(names[static_cast<int>(error)]);
}

} // namespace ud

using ud::CreditCode;
using Error = ud::CreditCode::Error;

class tst_CreditCode : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void everyErrorHasAMessage();
    void checkCharacter_data();
    void checkCharacter();
    void authorityName_data();
    void authorityName();
    void divisionPart_data();
    void divisionPart();
};

void tst_CreditCode::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");

    // domain.md §4.2 vector: S = 831 = 26*31 + 25 -> C = 6 -> '6'.
    QTest::newRow("domain vector") << QStringLiteral("914403001922038216")
                                   << QStringLiteral("914403001922038216");
    QTest::newRow("whitespace") << QStringLiteral("\t914403001922038216  \n")
                                << QStringLiteral("914403001922038216");
    // Trade union (8) in Beijing Chaoyang 110105:
    //   chars   8 1 1  1  0  1  0  5  0  0  0  0 1  2  3  4  5
    //   weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28
    //   S = 8+3+9+27+0+26+0+85+0+0+0+0+8+48+30+120+140 = 504 = 16*31 + 8 -> C = 23 -> 'P'
    QTest::newRow("union 81110105, check P") << QStringLiteral("81110105000012345P")
                                             << QStringLiteral("81110105000012345P");
    // S = 8+3+9+27+0+26+0+85+0+...+0+1*28 = 186 = 6*31 -> C = 31 -> 0 -> '0'.
    QTest::newRow("union, check 0 (C = 31)") << QStringLiteral("811101050000000010")
                                             << QStringLiteral("811101050000000010");
    // Letters in the organisation code: 81110105MC1234567, M = 21, C = 12:
    //   first eight as above: 8+3+9+27+0+26+0+85 = 158; then
    //   21*20 + 12*29 + 1*25 + 2*13 + 3*8 + 4*24 + 5*10 + 6*30 + 7*28
    //   S = 158+420+348+25+26+24+96+50+180+196 = 1523
    //   1523 = 49*31 + 4 -> C = 27 -> 'U'
    QTest::newRow("union with letters, check U") << QStringLiteral("81110105MC1234567U")
                                                  << QStringLiteral("81110105MC1234567U");
    QTest::newRow("lower case") << QStringLiteral("81110105mc1234567u")
                                << QStringLiteral("81110105MC1234567U");
    // 81110105000010013: S = 158 + 1*8 + 0*24 + 0*10 + 1*30 + 3*28 = 158+8+30+84 = 280
    //   = 9*31 + 1 -> C = 30 -> 'Y' (last letter of the alphabet)
    QTest::newRow("check Y") << QStringLiteral("81110105000010013Y")
                             << QStringLiteral("81110105000010013Y");
}

void tst_CreditCode::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);

    const CreditCode::Check check = CreditCode::check(input);
    QCOMPARE(check.error, Error::None);
    QVERIFY(check.ok());
    QVERIFY(!check.overridable());
    QVERIFY2(check.message.isEmpty(), qPrintable(check.message));
    QCOMPARE(check.normalized, normalized);
    QCOMPARE(check.expectedCheck, QChar());
}

void tst_CreditCode::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QChar>("expectedCheck");
    QTest::addColumn<QString>("messageContains");

    QTest::newRow("empty") << QString() << Error::Empty << QString() << QChar() << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << Error::Empty << QString() << QChar()
                           << QString();

    QTest::newRow("17 characters") << QStringLiteral("91440300192203821") << Error::BadLength
                                   << QStringLiteral("91440300192203821") << QChar()
                                   << QStringLiteral("17");
    QTest::newRow("19 characters") << QStringLiteral("9144030019220382160") << Error::BadLength
                                   << QStringLiteral("9144030019220382160") << QChar()
                                   << QStringLiteral("19");
    // Organisation code numbers (9 characters) are sometimes entered instead.
    QTest::newRow("organisation code only") << QStringLiteral("19220382-1") << Error::BadLength
                                            << QStringLiteral("19220382-1") << QChar()
                                            << QStringLiteral("18");

    // Letters GB 32100 leaves out, each at a different position.
    QTest::newRow("I") << QStringLiteral("91440300I92203821G") << Error::BadCharacters
                       << QStringLiteral("91440300I92203821G") << QChar()
                       << QStringLiteral("Character 9 is 'I'");
    QTest::newRow("O") << QStringLiteral("9144O3001922038216") << Error::BadCharacters
                       << QStringLiteral("9144O3001922038216") << QChar()
                       << QStringLiteral("digit 0");
    QTest::newRow("lower-case o") << QStringLiteral("9144o3001922038216") << Error::BadCharacters
                                  << QStringLiteral("9144O3001922038216") << QChar()
                                  << QStringLiteral("'O'");
    QTest::newRow("Z") << QStringLiteral("Z14403001922038216") << Error::BadCharacters
                       << QStringLiteral("Z14403001922038216") << QChar()
                       << QStringLiteral("Character 1 is 'Z'");
    QTest::newRow("S") << QStringLiteral("9144030019220382S6") << Error::BadCharacters
                       << QStringLiteral("9144030019220382S6") << QChar()
                       << QStringLiteral("'S'");
    QTest::newRow("V as check") << QStringLiteral("91440300192203821V") << Error::BadCharacters
                                << QStringLiteral("91440300192203821V") << QChar()
                                << QStringLiteral("Character 18 is 'V'");
    QTest::newRow("hyphen") << QStringLiteral("914403001922038-16") << Error::BadCharacters
                            << QStringLiteral("914403001922038-16") << QChar()
                            << QStringLiteral("'-'");
    QTest::newRow("inner space") << QStringLiteral("91440300 922038216") << Error::BadCharacters
                                 << QStringLiteral("91440300 922038216") << QChar()
                                 << QStringLiteral("space");
    QTest::newRow("full-width digit") << QStringLiteral("９14403001922038216")
                                      << Error::BadCharacters
                                      << QStringLiteral("９14403001922038216") << QChar()
                                      << QStringLiteral("U+FF19");

    // Checksum failures carry the expected character and are overridable.
    QTest::newRow("last digit off by one") << QStringLiteral("914403001922038217")
                                           << Error::BadChecksum
                                           << QStringLiteral("914403001922038217")
                                           << QChar(QLatin1Char('6'))
                                           << QStringLiteral("should be 6, not 7");
    // Legitimate early pilot code that fails the check (domain.md §4.2). The check character
    // for 91350100M0001TGQX: S = 2944 = 94*31 + 30 -> C = 1 -> '1'.
    QTest::newRow("early pilot code") << QStringLiteral("91350100M0001TGQXM")
                                      << Error::BadChecksum
                                      << QStringLiteral("91350100M0001TGQXM")
                                      << QChar(QLatin1Char('1'))
                                      << QStringLiteral("should be 1, not M");
    QTest::newRow("early pilot code, lower case") << QStringLiteral(" 91350100m0001tgqxm ")
                                                  << Error::BadChecksum
                                                  << QStringLiteral("91350100M0001TGQXM")
                                                  << QChar(QLatin1Char('1'))
                                                  << QStringLiteral("not M");
    QTest::newRow("union, P expected") << QStringLiteral("81110105000012345Q")
                                       << Error::BadChecksum
                                       << QStringLiteral("81110105000012345Q")
                                       << QChar(QLatin1Char('P')) << QStringLiteral("P");
    // 81110105000021345: S = 504 - 1*8 - 2*24 + 2*8 + 1*24 = 488 = 15*31 + 23 -> C = 8 -> '8'.
    QTest::newRow("transposed digits") << QStringLiteral("81110105000021345P")
                                       << Error::BadChecksum
                                       << QStringLiteral("81110105000021345P")
                                       << QChar(QLatin1Char('8'))
                                       << QStringLiteral("should be 8, not P");
}

void tst_CreditCode::invalid()
{
    QFETCH(QString, input);
    QFETCH(Error, error);
    QFETCH(QString, normalized);
    QFETCH(QChar, expectedCheck);
    QFETCH(QString, messageContains);

    const CreditCode::Check check = CreditCode::check(input);
    QCOMPARE(check.error, error);
    QVERIFY(!check.ok());
    QCOMPARE(check.overridable(), error == Error::BadChecksum);
    QCOMPARE(check.normalized, normalized);
    QCOMPARE(check.expectedCheck, expectedCheck);
    QVERIFY2(!check.message.isEmpty(), "every error needs a message");
    if (!messageContains.isEmpty())
        QVERIFY2(check.message.contains(messageContains), qPrintable(check.message));
}

void tst_CreditCode::everyErrorHasAMessage()
{
    const QList<QPair<Error, QString>> cases = {
        {Error::Empty, QString()},
        {Error::BadLength, QStringLiteral("9144")},
        {Error::BadCharacters, QStringLiteral("91440300I922038216")},
        {Error::BadChecksum, QStringLiteral("914403001922038210")},
    };
    // One case per error value, so a new value added to the enum fails here until covered.
    QCOMPARE(cases.size(), static_cast<int>(Error::BadChecksum));
    QSet<QString> messages;
    for (const auto &[error, input] : cases) {
        const CreditCode::Check check = CreditCode::check(input);
        QCOMPARE(check.error, error);
        QVERIFY2(!check.message.trimmed().isEmpty(),
                 qPrintable(QString::number(static_cast<int>(error))));
        messages.insert(check.message);
    }
    QCOMPARE(messages.size(), cases.size());
}

void tst_CreditCode::checkCharacter_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QChar>("expected");

    QTest::newRow("domain vector") << QStringLiteral("91440300192203821")
                                   << QChar(QLatin1Char('6'));
    QTest::newRow("union") << QStringLiteral("81110105000012345") << QChar(QLatin1Char('P'));
    QTest::newRow("C = 31 -> 0") << QStringLiteral("81110105000000001") << QChar(QLatin1Char('0'));
    // All zeros: S = 0 -> C = 31 -> '0'.
    QTest::newRow("zeros") << QStringLiteral("00000000000000000") << QChar(QLatin1Char('0'));
    QTest::newRow("pilot code") << QStringLiteral("91350100M0001TGQX") << QChar(QLatin1Char('1'));
    QTest::newRow("lower case") << QStringLiteral("91350100m0001tgqx") << QChar();
    // S = 2544 = 82*31 + 2 -> C = 29 -> 'X'.
    QTest::newRow("digit 1 for M") << QStringLiteral("9135010010001TGQX")
                                   << QChar(QLatin1Char('X'));
    QTest::newRow("bad letter") << QStringLiteral("91350100I0001TGQX") << QChar();
    QTest::newRow("16 characters") << QStringLiteral("9144030019220382") << QChar();
    QTest::newRow("18 characters") << QStringLiteral("914403001922038216") << QChar();
    QTest::newRow("empty") << QString() << QChar();
}

void tst_CreditCode::checkCharacter()
{
    QFETCH(QString, first17);
    QFETCH(QChar, expected);
    QCOMPARE(CreditCode::checkCharacter(first17), expected);
}

void tst_CreditCode::authorityName_data()
{
    QTest::addColumn<QChar>("authority");
    QTest::addColumn<QString>("contains");

    QTest::newRow("8 trade union") << QChar(QLatin1Char('8')) << QStringLiteral("Trade union");
    QTest::newRow("9 market regulation") << QChar(QLatin1Char('9'))
                                         << QStringLiteral("Market regulation (工商)");
    QTest::newRow("1") << QChar(QLatin1Char('1')) << QStringLiteral("机构编制");
    QTest::newRow("5 civil affairs") << QChar(QLatin1Char('5')) << QStringLiteral("Civil affairs");
    QTest::newRow("N") << QChar(QLatin1Char('N')) << QStringLiteral("Agriculture");
    QTest::newRow("n lower case") << QChar(QLatin1Char('n')) << QStringLiteral("Agriculture");
    QTest::newRow("Y") << QChar(QLatin1Char('Y')) << QStringLiteral("Other");
    QTest::newRow("A") << QChar(QLatin1Char('A')) << QStringLiteral("Military");
    // Not in the table.
    QTest::newRow("0") << QChar(QLatin1Char('0')) << QString();
    QTest::newRow("B") << QChar(QLatin1Char('B')) << QString();
    QTest::newRow("null") << QChar() << QString();
}

void tst_CreditCode::authorityName()
{
    QFETCH(QChar, authority);
    QFETCH(QString, contains);
    const QString name = CreditCode::authorityName(authority);
    if (contains.isEmpty())
        QVERIFY2(name.isEmpty(), qPrintable(name));
    else
        QVERIFY2(name.contains(contains), qPrintable(name));
}

void tst_CreditCode::divisionPart_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");

    QTest::newRow("Shenzhen") << QStringLiteral("914403001922038216") << QStringLiteral("440300");
    QTest::newRow("Chaoyang union") << QStringLiteral(" 81110105000012345P")
                                    << QStringLiteral("110105");
    QTest::newRow("8 characters") << QStringLiteral("81110105") << QStringLiteral("110105");
    QTest::newRow("too short") << QStringLiteral("8111010") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void tst_CreditCode::divisionPart()
{
    QFETCH(QString, code);
    QFETCH(QString, expected);
    QCOMPARE(CreditCode::divisionPart(code), expected);
}

QTEST_GUILESS_MAIN(tst_CreditCode)
#include "tst_creditcode.moc"
