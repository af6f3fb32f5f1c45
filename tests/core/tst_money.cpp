// Tests for ud::Money: parsing the yuan amounts users type (thousands separators, currency signs,
// full-width digits from a Chinese input method) into integer fen, refusing everything that is not
// a plain non-negative amount with at most two decimals, and formatting fen as yuan and 万元.

#include "core/Money.h"

#include <QtTest>

using namespace ud;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

class tst_Money : public QObject
{
    Q_OBJECT

private slots:
    void parseGood_data();
    void parseGood();
    void parseBad_data();
    void parseBad();
    void formatYuan_data();
    void formatYuan();
    void plainYuan_data();
    void plainYuan();
    void formatWanYuan_data();
    void formatWanYuan();
    void roundTrip();
};

void tst_Money::parseGood_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("fen");
    QTest::newRow("integer") << u("1200") << qint64(120000);
    QTest::newRow("zero") << u("0") << qint64(0);
    QTest::newRow("zero decimals") << u("0.00") << qint64(0);
    QTest::newRow("grouped with decimals") << u("1,200.50") << qint64(120050);
    QTest::newRow("grouped millions") << u("12,345,678.90") << qint64(1234567890);
    QTest::newRow("full-width comma") << u("1，200") << qint64(120000);
    QTest::newRow("one decimal") << u("1200.5") << qint64(120050);
    QTest::newRow("two decimals") << u("0.01") << qint64(1);
    QTest::newRow("trailing point") << u("15.") << qint64(1500);
    QTest::newRow("leading point") << u(".5") << qint64(50);
    QTest::newRow("yen sign") << u("¥800") << qint64(80000);
    QTest::newRow("full-width yen sign") << u("￥800") << qint64(80000);
    QTest::newRow("yen sign and space") << u("¥ 800") << qint64(80000);
    QTest::newRow("yuan suffix") << u("800元") << qint64(80000);
    QTest::newRow("both") << u("￥3,000.00元") << qint64(300000);
    QTest::newRow("surrounding spaces") << u("  42 ") << qint64(4200);
    QTest::newRow("inner space as separator") << u("1 200") << qint64(120000);
    QTest::newRow("leading zeros") << u("007") << qint64(700);
    // A Chinese input method in full-width mode types ０-９ and ．; they are read as digits.
    QTest::newRow("full-width digits") << u("１２") << qint64(1200);
    QTest::newRow("full-width decimals") << u("１２００．５０") << qint64(120050);
    QTest::newRow("full-width with yuan") << u("３，０００元") << qint64(300000);
    QTest::newRow("ideographic space") << u("\u3000１２\u3000") << qint64(1200);
    QTest::newRow("largest accepted") << u("100,000,000.00") << Money::kMaxFen;
}

void tst_Money::parseGood()
{
    QFETCH(QString, text);
    QFETCH(qint64, fen);
    const auto parsed = Money::parseYuan(text);
    QVERIFY2(parsed.ok(), qPrintable(text + QStringLiteral(": ") + parsed.error()));
    QCOMPARE(parsed.value(), fen);
}

void tst_Money::parseBad_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart"); // a word the message must contain
    QTest::newRow("empty") << QString() << u("Enter an amount");
    QTest::newRow("blank") << u("   ") << u("Enter an amount");
    QTest::newRow("only currency") << u("¥") << u("Enter an amount");
    QTest::newRow("only yuan") << u("元") << u("Enter an amount");
    QTest::newRow("negative") << u("-5") << u("negative");
    QTest::newRow("negative grouped") << u("-1,200.00") << u("negative");
    QTest::newRow("negative after sign") << u("¥-5") << u("negative");
    QTest::newRow("full-width minus") << u("－５") << u("negative");
    QTest::newRow("three decimals") << u("1.005") << u("two decimals");
    QTest::newRow("four decimals") << u("12.3456") << u("two decimals");
    QTest::newRow("letters") << u("abc") << u("not an amount");
    QTest::newRow("digits and letters") << u("12a") << u("not an amount");
    QTest::newRow("exponent") << u("1e5") << u("not an amount");
    QTest::newRow("plus sign") << u("+5") << u("not an amount");
    QTest::newRow("two points") << u("1.2.3") << u("not an amount");
    QTest::newRow("point alone") << u(".") << u("not an amount");
    QTest::newRow("chinese numerals") << u("一千元") << u("not an amount");
    QTest::newRow("wan unit") << u("1.2万") << u("not an amount");
    QTest::newRow("other currency") << u("$800") << u("not an amount");
    QTest::newRow("just above the maximum") << u("100000000.01") << u("more than any single amount");
    QTest::newRow("huge") << u("999999999999") << u("more than any single amount");
    QTest::newRow("thirteen digits") << u("1000000000000") << u("more than any single amount");
    QTest::newRow("absurd") << u("99999999999999999999999") << u("more than any single amount");
}

void tst_Money::parseBad()
{
    QFETCH(QString, text);
    QFETCH(QString, messagePart);
    const auto parsed = Money::parseYuan(text);
    QVERIFY2(!parsed.ok(), qPrintable(text + QStringLiteral(" was accepted")));
    QVERIFY2(parsed.error().contains(messagePart), qPrintable(parsed.error()));
}

void tst_Money::formatYuan_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << u("0.00");
    QTest::newRow("one fen") << qint64(1) << u("0.01");
    QTest::newRow("ten fen") << qint64(10) << u("0.10");
    QTest::newRow("hundreds") << qint64(99999) << u("999.99");
    QTest::newRow("thousand") << qint64(100000) << u("1,000.00");
    QTest::newRow("grouped") << qint64(1234567) << u("12,345.67");
    QTest::newRow("millions") << qint64(123456789) << u("1,234,567.89");
    QTest::newRow("maximum") << Money::kMaxFen << u("100,000,000.00");
    QTest::newRow("negative") << qint64(-150) << u("-1.50");
    QTest::newRow("negative grouped") << qint64(-123456789) << u("-1,234,567.89");
}

void tst_Money::formatYuan()
{
    QFETCH(qint64, fen);
    QFETCH(QString, text);
    QCOMPARE(Money::formatYuan(fen), text);
}

void tst_Money::plainYuan_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << u("0.00");
    QTest::newRow("no grouping") << qint64(123456789) << u("1234567.89");
    QTest::newRow("negative") << qint64(-5) << u("-0.05");
}

void tst_Money::plainYuan()
{
    QFETCH(qint64, fen);
    QFETCH(QString, text);
    QCOMPARE(Money::plainYuan(fen), text);
}

void tst_Money::formatWanYuan_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("text");
    // 1 万元 = 10,000 yuan = 1,000,000 fen; two decimals of 万元 are hundreds of yuan.
    QTest::newRow("zero") << qint64(0) << u("0.00");
    QTest::newRow("one wan") << qint64(1000000) << u("1.00");
    QTest::newRow("hundred yuan") << qint64(10000) << u("0.01");
    QTest::newRow("rounds down below half") << qint64(14999) << u("0.01");
    QTest::newRow("rounds half up") << qint64(15000) << u("0.02");
    QTest::newRow("small amount") << qint64(4999) << u("0.00");
    // Beijing's first year: ¥9,170.29万 paid.
    QTest::newRow("beijing") << qint64(9170290000) << u("9,170.29");
    QTest::newRow("chengdu 10.48 yi") << qint64(104800000000) << u("104,800.00");
    QTest::newRow("negative") << qint64(-15000) << u("-0.02");
}

void tst_Money::formatWanYuan()
{
    QFETCH(qint64, fen);
    QFETCH(QString, text);
    QCOMPARE(Money::formatWanYuan(fen), text);
}

// What is formatted can be typed back in.
void tst_Money::roundTrip()
{
    for (const qint64 fen : {qint64(0), qint64(1), qint64(99), qint64(100), qint64(123456), qint64(987654321), Money::kMaxFen}) {
        const auto grouped = Money::parseYuan(Money::formatYuan(fen));
        QVERIFY(grouped.ok());
        QCOMPARE(grouped.value(), fen);
        const auto plain = Money::parseYuan(Money::plainYuan(fen));
        QVERIFY(plain.ok());
        QCOMPARE(plain.value(), fen);
    }
}

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
