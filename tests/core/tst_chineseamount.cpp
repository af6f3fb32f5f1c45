// Tests for ud::ChineseAmount (中文大写金额).
//
// Expected strings follow 《正确填写票据和结算凭证的基本规定》 (People's Bank of China): its own
// examples are marked "PBoC". Where the rules allow a 零 or not (元 digit zero, 角 non-zero), the
// converter writes none; where they allow 整 after 角 or not, it writes none.

#include "core/ChineseAmount.h"

#include <QtTest>

using ud::ChineseAmount;

class tst_ChineseAmount : public QObject
{
    Q_OBJECT

private slots:
    void capital_data();
    void capital();
    void numeral_data();
    void numeral();
};

void tst_ChineseAmount::capital_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, qint64 fen, const char *expected) {
        QTest::newRow(name) << fen << QString::fromUtf8(expected);
    };
    row("zero", 0, "零元整");
    row("1 fen", 1, "壹分");
    row("10 fen", 10, "壹角");
    row("11 fen", 11, "壹角壹分");
    row("1 yuan", 100, "壹元整");
    row("10 yuan keeps 壹拾", 1000, "壹拾元整");
    row("15 yuan", 1500, "壹拾伍元整");
    row("100 yuan", 10000, "壹佰元整");
    row("1,001 yuan", 100100, "壹仟零壹元整");
    row("10,000 yuan", 1000000, "壹万元整");
    row("12,345.67 (brief)", 1234567, "壹万贰仟叁佰肆拾伍元陆角柒分");
    row("100,500.00 zero in the middle", 10050000, "壹拾万零伍佰元整");
    row("1.05: 零 before 分 when 角 is zero", 105, "壹元零伍分");
    row("1.50: nothing after 角", 150, "壹元伍角");
    row("0.50", 50, "伍角");
    row("0.05", 5, "伍分");
    // PBoC examples.
    row("PBoC 1,409.50", 140950, "壹仟肆佰零玖元伍角");
    row("PBoC 6,007.14", 600714, "陆仟零柒元壹角肆分");
    row("PBoC 1,680.32 (optional 零 not written)", 168032, "壹仟陆佰捌拾元叁角贰分");
    row("PBoC 107,000.53 (one 零)", 10700053, "壹拾万零柒仟元伍角叁分");
    row("PBoC 16,409.02", 1640902, "壹万陆仟肆佰零玖元零贰分");
    row("PBoC 325.04", 32504, "叁佰贰拾伍元零肆分");
    // Group boundaries.
    row("210,300: thousands digit zero", 21030000, "贰拾壹万零叁佰元整");
    row("111,000: no gap", 11100000, "壹拾壹万壹仟元整");
    row("150,000", 15000000, "壹拾伍万元整");
    row("1 亿", Q_INT64_C(10000000000), "壹亿元整");
    row("100,000,005.07", Q_INT64_C(10000000507), "壹亿零伍元零柒分");
    row("100,010,000: empty group after 亿", Q_INT64_C(10001000000), "壹亿零壹万元整");
    row("110,000,000", Q_INT64_C(11000000000), "壹亿壹仟万元整");
    row("1,234,567,890.12", Q_INT64_C(123456789012), "壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元壹角贰分");
    row("1 万亿", Q_INT64_C(100000000000000), "壹万亿元整");
    row("negative", -1234567, "负壹万贰仟叁佰肆拾伍元陆角柒分");
}

void tst_ChineseAmount::capital()
{
    QFETCH(qint64, fen);
    QFETCH(QString, expected);
    QCOMPARE(ChineseAmount::capital(fen), expected);
}

void tst_ChineseAmount::numeral_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");

    const auto row = [](int n, const char *expected) {
        QTest::newRow(qPrintable(QString::number(n))) << n << QString::fromUtf8(expected);
    };
    row(1, "一");
    row(3, "三");
    row(10, "十");
    row(12, "十二");
    row(20, "二十");
    row(21, "二十一");
    row(100, "一百");
    row(105, "一百零五");
    row(110, "一百一十");
    row(1001, "一千零一");
    row(0, "0");
    row(10000, "10000");
}

void tst_ChineseAmount::numeral()
{
    QFETCH(int, n);
    QFETCH(QString, expected);
    QCOMPARE(ChineseAmount::numeral(n), expected);
}

QTEST_APPLESS_MAIN(tst_ChineseAmount)
#include "tst_chineseamount.moc"
