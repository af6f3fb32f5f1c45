// Tests for ud::DivisionCodes (GB/T 2260 division codes).

#include "core/DivisionCodes.h"

#include <QtTest>

using ud::DivisionCodes;

class tst_DivisionCodes : public QObject
{
    Q_OBJECT

private slots:
    void bundledSize();
    void bundledIsOneInstance();
    void bundledContains_data();
    void bundledContains();
    void bundledNames_data();
    void bundledNames();
    void history_data();
    void history();
    void fromTsvHistoryColumns();
    void fromTsv();
    void fromTsvErrors_data();
    void fromTsvErrors();
    void insert();
    void emptySet();

private:
    static QString writeFile(const QTemporaryDir &dir, const QByteArray &content);
};

QString tst_DivisionCodes::writeFile(const QTemporaryDir &dir, const QByteArray &content)
{
    const QString path = dir.filePath(QStringLiteral("codes.tsv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    file.write(content);
    return path;
}

void tst_DivisionCodes::bundledSize()
{
    // 7,111 codes in gb2260_divisions.tsv (every code since 1980 and the NBS 2023 list), plus 830000.
    QVERIFY2(DivisionCodes::bundled().size() >= 7000,
             qPrintable(QString::number(DivisionCodes::bundled().size())));
}

void tst_DivisionCodes::bundledIsOneInstance()
{
    QCOMPARE(&DivisionCodes::bundled(), &DivisionCodes::bundled());
}

void tst_DivisionCodes::bundledContains_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("expected");

    QTest::newRow("110105 朝阳区") << QStringLiteral("110105") << true;
    QTest::newRow("110101 东城区") << QStringLiteral("110101") << true;
    QTest::newRow("110118 密云区 (added to the list)") << QStringLiteral("110118") << true;
    QTest::newRow("110119 延庆区 (added to the list)") << QStringLiteral("110119") << true;
    QTest::newRow("retired 110103 崇文区") << QStringLiteral("110103") << true;
    QTest::newRow("retired 110104 宣武区") << QStringLiteral("110104") << true;
    QTest::newRow("retired 110228 密云县") << QStringLiteral("110228") << true;
    QTest::newRow("retired 110229 延庆县") << QStringLiteral("110229") << true;
    QTest::newRow("340522 含山县") << QStringLiteral("340522") << true;
    QTest::newRow("first data line") << QStringLiteral("110101") << true;
    QTest::newRow("last data line") << QStringLiteral("659004") << true;
    QTest::newRow("810000 Hong Kong") << QStringLiteral("810000") << true;
    QTest::newRow("820000 Macau") << QStringLiteral("820000") << true;
    QTest::newRow("830000 Taiwan") << QStringLiteral("830000") << true;
    QTest::newRow("unknown 999999") << QStringLiteral("999999") << false;
    QTest::newRow("not in list 340524") << QStringLiteral("340524") << false;
    QTest::newRow("five digits") << QStringLiteral("11010") << false;
    QTest::newRow("seven digits") << QStringLiteral("1101050") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("comment header") << QStringLiteral("# code") << false;
}

void tst_DivisionCodes::bundledContains()
{
    QFETCH(QString, code);
    QFETCH(bool, expected);
    QCOMPARE(DivisionCodes::bundled().contains(code), expected);
}

void tst_DivisionCodes::bundledNames_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");

    QTest::newRow("110105") << QStringLiteral("110105") << QStringLiteral("北京市朝阳区");
    QTest::newRow("retired 110103") << QStringLiteral("110103") << QStringLiteral("北京市崇文区");
    QTest::newRow("retired 110228 (prefecture 县)")
        << QStringLiteral("110228") << QStringLiteral("北京市密云县");
    QTest::newRow("real prefecture kept") << QStringLiteral("340522")
                                          << QStringLiteral("安徽省马鞍山市含山县");
    QTest::newRow("city districts") << QStringLiteral("130101")
                                    << QStringLiteral("河北省石家庄市市辖区");
    QTest::newRow("directly administered county")
        << QStringLiteral("659002") << QStringLiteral("新疆维吾尔自治区阿拉尔市");
    QTest::newRow("Hong Kong") << QStringLiteral("810000") << QStringLiteral("香港特别行政区");
    QTest::newRow("110119") << QStringLiteral("110119") << QStringLiteral("北京市延庆区");
    QTest::newRow("unknown") << QStringLiteral("999999") << QString();
}

void tst_DivisionCodes::bundledNames()
{
    QFETCH(QString, code);
    QFETCH(QString, expected);
    QCOMPARE(DivisionCodes::bundled().name(code), expected);
    QVERIFY(DivisionCodes::bundled()
                .name(QStringLiteral("110105"))
                .contains(QStringLiteral("朝阳区")));
}

// Every code that ever existed, with its retirement year: ID numbers keep the code of the
// place that issued them.
void tst_DivisionCodes::history_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("retiredFrom"); // 0: current
    QTest::addColumn<int>("retiredTo");
    QTest::addColumn<QString>("describe");
    QTest::addColumn<QString>("formerName"); // one of the former names, or ""

    QTest::newRow("110223 通县, retired 1997") << QStringLiteral("110223") << QStringLiteral("北京市通县") << 1997 << 1997
                                           << QStringLiteral("北京市通县 (retired 1997)") << QString();
    QTest::newRow("110221 昌平县, retired 1999") << QStringLiteral("110221") << QStringLiteral("北京市昌平县") << 1999 << 1999
                                            << QStringLiteral("北京市昌平县 (retired 1999)") << QString();
    QTest::newRow("110224 大兴县, retired 2001") << QStringLiteral("110224") << QStringLiteral("北京市大兴县") << 2001 << 2001
                                            << QStringLiteral("北京市大兴县 (retired 2001)") << QString();
    QTest::newRow("110103 崇文区, retired 2010") << QStringLiteral("110103") << QStringLiteral("北京市崇文区") << 2010 << 2010
                                            << QStringLiteral("北京市崇文区 (retired 2010)") << QString();
    QTest::newRow("110228 密云县, retired 2015") << QStringLiteral("110228") << QStringLiteral("北京市密云县") << 2015 << 2015
                                            << QStringLiteral("北京市密云县 (retired 2015)") << QString();
    QTest::newRow("110105 朝阳区, current") << QStringLiteral("110105") << QStringLiteral("北京市朝阳区") << 0 << 0
                                        << QStringLiteral("北京市朝阳区") << QString();
    QTest::newRow("110118 密云区, current") << QStringLiteral("110118") << QStringLiteral("北京市密云区") << 0 << 0
                                        << QStringLiteral("北京市密云区") << QString();
    QTest::newRow("120110 东丽区, once 东郊区") << QStringLiteral("120110") << QStringLiteral("天津市东丽区") << 0 << 0
                                           << QStringLiteral("天津市东丽区") << QStringLiteral("东郊区");
    QTest::newRow("130521 邢台县, gone by 2023") << QStringLiteral("130521") << QStringLiteral("河北省邢台市邢台县") << 2019
                                            << 2023 << QStringLiteral("河北省邢台市邢台县 (retired between 2019 and 2023)")
                                            << QString();
    QTest::newRow("810000 Hong Kong, not retired") << QStringLiteral("810000") << QStringLiteral("香港特别行政区") << 0 << 0
                                                << QStringLiteral("香港特别行政区") << QString();
}

void tst_DivisionCodes::history()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(int, retiredFrom);
    QFETCH(int, retiredTo);
    QFETCH(QString, describe);
    QFETCH(QString, formerName);

    const DivisionCodes &codes = DivisionCodes::bundled();
    const DivisionCodes::Division *d = codes.find(code);
    QVERIFY(d);
    QCOMPARE(d->name, name);
    QCOMPARE(d->retiredFrom, retiredFrom);
    QCOMPARE(d->retiredTo, retiredTo);
    QCOMPARE(codes.isRetired(code), retiredFrom > 0);
    QCOMPARE(codes.describe(code), describe);
    if (!formerName.isEmpty())
        QVERIFY2(d->formerNames.contains(formerName), qPrintable(d->formerNames.join(QLatin1Char('|'))));
    QVERIFY(codes.find(QStringLiteral("999999")) == nullptr);
    QVERIFY(codes.describe(QStringLiteral("999999")).isEmpty());
}

void tst_DivisionCodes::fromTsvHistoryColumns()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir,
        "110223\t北京市\t县\t通县\t1997\t\n"
        "120110\t天津市\t市辖区\t东丽区\t\t东郊区\n"
        "130521\t河北省\t邢台市\t邢台县\t2019-2023\t\n");
    QString error;
    const DivisionCodes codes = DivisionCodes::fromTsv(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(codes.size(), 3);
    QCOMPARE(codes.find(QStringLiteral("110223"))->retiredFrom, 1997);
    QCOMPARE(codes.find(QStringLiteral("120110"))->formerNames, QStringList{QStringLiteral("东郊区")});
    QCOMPARE(codes.find(QStringLiteral("130521"))->retiredTo, 2023);

    const QString bad = writeFile(dir, "110223\t北京市\t县\t通县\tsoon\t\n");
    QCOMPARE(DivisionCodes::fromTsv(bad, &error).size(), 0);
    QVERIFY2(error.contains(QStringLiteral("soon")), qPrintable(error));
}

void tst_DivisionCodes::fromTsv()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir,
        "# code\tprovince\tprefecture\tcounty\n"
        "110105\t北京市\t市辖区\t朝阳区\n"
        "\n"
        "340522\t安徽省\t马鞍山市\t含山县\r\n"
        "# a comment in the middle\n"
        "990101\t测试省\t省直辖县级行政区划\t测试市"); // no final newline
    QVERIFY(!path.isEmpty());

    QString error = QStringLiteral("stale");
    const DivisionCodes codes = DivisionCodes::fromTsv(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(codes.size(), 3);
    QVERIFY(codes.contains(QStringLiteral("110105")));
    QVERIFY(codes.contains(QStringLiteral("340522")));
    QVERIFY(codes.contains(QStringLiteral("990101")));
    QVERIFY(!codes.contains(QStringLiteral("810000"))); // only bundled() adds the permits
    QCOMPARE(codes.name(QStringLiteral("110105")), QStringLiteral("北京市朝阳区"));
    QCOMPARE(codes.name(QStringLiteral("340522")), QStringLiteral("安徽省马鞍山市含山县"));
    QCOMPARE(codes.name(QStringLiteral("990101")), QStringLiteral("测试省测试市"));

    // The error pointer is optional.
    QCOMPARE(DivisionCodes::fromTsv(path).size(), 3);
}

void tst_DivisionCodes::fromTsvErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("messageContains");

    QTest::newRow("three columns") << QByteArray("110105\t北京市\t市辖区\t朝阳区\n"
                                                 "110106\t北京市\t丰台区\n")
                                   << QStringLiteral("Line 2");
    QTest::newRow("five-digit code") << QByteArray("# header\n11010\t北京市\t市辖区\t朝阳区\n")
                                     << QStringLiteral("11010");
    QTest::newRow("letters in code") << QByteArray("11010A\t北京市\t市辖区\t朝阳区\n")
                                     << QStringLiteral("Line 1");
}

void tst_DivisionCodes::fromTsvErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, messageContains);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, content);
    QVERIFY(!path.isEmpty());

    QString error;
    const DivisionCodes codes = DivisionCodes::fromTsv(path, &error);
    QCOMPARE(codes.size(), 0);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(messageContains), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error));
}

void tst_DivisionCodes::insert()
{
    DivisionCodes codes;
    QCOMPARE(codes.size(), 0);
    codes.insert(QStringLiteral("110105"), QStringLiteral("北京市 朝阳区"));
    QCOMPARE(codes.size(), 1);
    QVERIFY(codes.contains(QStringLiteral("110105")));
    QCOMPARE(codes.name(QStringLiteral("110105")), QStringLiteral("北京市朝阳区"));

    // Replacing keeps one entry.
    codes.insert(QStringLiteral("110105"), QStringLiteral("北京市 市辖区 朝阳区 "));
    QCOMPARE(codes.size(), 1);
    QCOMPARE(codes.name(QStringLiteral("110105")), QStringLiteral("北京市市辖区朝阳区"));

    // A copy of bundled() can be extended without changing bundled().
    DivisionCodes extended = DivisionCodes::bundled();
    extended.insert(QStringLiteral("340524"), QStringLiteral("测试"));
    QCOMPARE(extended.size(), DivisionCodes::bundled().size() + 1);
    QVERIFY(extended.contains(QStringLiteral("340524")));
    QVERIFY(!DivisionCodes::bundled().contains(QStringLiteral("340524")));
}

void tst_DivisionCodes::emptySet()
{
    const DivisionCodes codes;
    QCOMPARE(codes.size(), 0);
    QVERIFY(!codes.contains(QStringLiteral("110105")));
    QVERIFY(codes.name(QStringLiteral("110105")).isEmpty());

    QString error;
    const DivisionCodes missing = DivisionCodes::fromTsv(QStringLiteral("/nonexistent/codes.tsv"),
                                                         &error);
    QCOMPARE(missing.size(), 0);
    QVERIFY(error.contains(QStringLiteral("/nonexistent/codes.tsv")));
}

QTEST_GUILESS_MAIN(tst_DivisionCodes)
#include "tst_divisioncodes.moc"
