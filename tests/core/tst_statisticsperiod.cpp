// Tests for StatisticsPeriod: the named periods (month, quarter, half-year, year) and their
// first and last days, custom ranges, parsing of "2026", "2026-H1", "2026-Q1", "2026-03" and
// "from..to", the keys they give back, and refusals.

#include "core/StatisticsPeriod.h"

#include <QtTest>

using ud::StatisticsPeriod;

class tst_StatisticsPeriod : public QObject
{
    Q_OBJECT

private slots:
    void named_data();
    void named();
    void invalidNamed();
    void range();
    void parse_data();
    void parse();
    void parseRefuses_data();
    void parseRefuses();
    void isoDate();
    void labels();
};

void tst_StatisticsPeriod::named_data()
{
    QTest::addColumn<StatisticsPeriod>("period");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("key");
    QTest::newRow("month") << StatisticsPeriod::month(2026, 3) << QDate(2026, 3, 1) << QDate(2026, 3, 31) << QStringLiteral("2026-03");
    QTest::newRow("February, leap year") << StatisticsPeriod::month(2028, 2) << QDate(2028, 2, 1) << QDate(2028, 2, 29)
                                         << QStringLiteral("2028-02");
    QTest::newRow("February") << StatisticsPeriod::month(2026, 2) << QDate(2026, 2, 1) << QDate(2026, 2, 28)
                              << QStringLiteral("2026-02");
    QTest::newRow("December") << StatisticsPeriod::month(2026, 12) << QDate(2026, 12, 1) << QDate(2026, 12, 31)
                              << QStringLiteral("2026-12");
    QTest::newRow("Q1") << StatisticsPeriod::quarter(2026, 1) << QDate(2026, 1, 1) << QDate(2026, 3, 31) << QStringLiteral("2026-Q1");
    QTest::newRow("Q2") << StatisticsPeriod::quarter(2026, 2) << QDate(2026, 4, 1) << QDate(2026, 6, 30) << QStringLiteral("2026-Q2");
    QTest::newRow("Q3") << StatisticsPeriod::quarter(2026, 3) << QDate(2026, 7, 1) << QDate(2026, 9, 30) << QStringLiteral("2026-Q3");
    QTest::newRow("Q4") << StatisticsPeriod::quarter(2026, 4) << QDate(2026, 10, 1) << QDate(2026, 12, 31) << QStringLiteral("2026-Q4");
    QTest::newRow("H1") << StatisticsPeriod::halfYear(2026, 1) << QDate(2026, 1, 1) << QDate(2026, 6, 30) << QStringLiteral("2026-H1");
    QTest::newRow("H2") << StatisticsPeriod::halfYear(2026, 2) << QDate(2026, 7, 1) << QDate(2026, 12, 31) << QStringLiteral("2026-H2");
    QTest::newRow("year") << StatisticsPeriod::year(2026) << QDate(2026, 1, 1) << QDate(2026, 12, 31) << QStringLiteral("2026");
}

void tst_StatisticsPeriod::named()
{
    QFETCH(StatisticsPeriod, period);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, key);
    QVERIFY(period.isValid());
    QCOMPARE(period.from(), from);
    QCOMPARE(period.to(), to);
    QCOMPARE(period.key(), key);
    QVERIFY(period.contains(from));
    QVERIFY(period.contains(to));
    QVERIFY(!period.contains(from.addDays(-1)));
    QVERIFY(!period.contains(to.addDays(1)));
    const auto again = StatisticsPeriod::parse(key);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again.value(), period);
}

void tst_StatisticsPeriod::invalidNamed()
{
    QVERIFY(!StatisticsPeriod::month(2026, 0).isValid());
    QVERIFY(!StatisticsPeriod::month(2026, 13).isValid());
    QVERIFY(!StatisticsPeriod::quarter(2026, 0).isValid());
    QVERIFY(!StatisticsPeriod::quarter(2026, 5).isValid());
    QVERIFY(!StatisticsPeriod::halfYear(2026, 3).isValid());
    QVERIFY(!StatisticsPeriod::year(0).isValid());
    QVERIFY(!StatisticsPeriod().isValid());
    QCOMPARE(StatisticsPeriod().key(), QString());
    QVERIFY(!StatisticsPeriod().contains(QDate(2026, 1, 1)));
}

void tst_StatisticsPeriod::range()
{
    const auto r = StatisticsPeriod::range(QDate(2026, 1, 5), QDate(2026, 2, 10));
    QVERIFY(r.ok());
    QCOMPARE(r.value().kind(), StatisticsPeriod::Kind::Custom);
    QCOMPARE(r.value().key(), QStringLiteral("2026-01-05..2026-02-10"));
    QCOMPARE(StatisticsPeriod::parse(r.value().key()).value(), r.value());
    const auto oneDay = StatisticsPeriod::range(QDate(2026, 3, 31), QDate(2026, 3, 31));
    QVERIFY(oneDay.ok());
    QVERIFY(oneDay.value().contains(QDate(2026, 3, 31)));

    const auto backwards = StatisticsPeriod::range(QDate(2026, 4, 1), QDate(2026, 3, 31));
    QVERIFY(!backwards.ok());
    QVERIFY2(backwards.error().contains(QStringLiteral("2026-04-01")) && backwards.error().contains(QStringLiteral("2026-03-31")),
             qPrintable(backwards.error()));
    QVERIFY(!StatisticsPeriod::range(QDate(), QDate(2026, 3, 31)).ok());
    QVERIFY(!StatisticsPeriod::range(QDate(2026, 3, 1), QDate()).ok());
}

void tst_StatisticsPeriod::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<StatisticsPeriod>("expected");
    QTest::newRow("year") << QStringLiteral("2026") << StatisticsPeriod::year(2026);
    QTest::newRow("half") << QStringLiteral("2026-H2") << StatisticsPeriod::halfYear(2026, 2);
    QTest::newRow("half, lower case") << QStringLiteral("2026-h1") << StatisticsPeriod::halfYear(2026, 1);
    QTest::newRow("quarter") << QStringLiteral("2026-Q3") << StatisticsPeriod::quarter(2026, 3);
    QTest::newRow("quarter, lower case, spaces") << QStringLiteral(" 2026-q4 ") << StatisticsPeriod::quarter(2026, 4);
    QTest::newRow("month") << QStringLiteral("2026-03") << StatisticsPeriod::month(2026, 3);
    QTest::newRow("range") << QStringLiteral("2026-01-05..2026-02-10")
                           << StatisticsPeriod::range(QDate(2026, 1, 5), QDate(2026, 2, 10)).value();
}

void tst_StatisticsPeriod::parse()
{
    QFETCH(QString, text);
    QFETCH(StatisticsPeriod, expected);
    const auto r = StatisticsPeriod::parse(text);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r.value(), expected);
}

void tst_StatisticsPeriod::parseRefuses_data()
{
    QTest::addColumn<QString>("text");
    for (const char *t : {"", "26", "2026-Q5", "2026-Q0", "2026-H3", "2026-13", "2026-00", "2026-3", "2026Q1", "Q1-2026",
                          "2026-03-01", "2026-04-01..2026-03-31", "2026-01-01..", "..2026-01-01", "2026-02-30..2026-03-01",
                          "abcd", "0999"})
        QTest::newRow(t) << QString::fromLatin1(t);
}

void tst_StatisticsPeriod::parseRefuses()
{
    QFETCH(QString, text);
    const auto r = StatisticsPeriod::parse(text);
    QVERIFY(!r.ok());
    QVERIFY(!r.error().isEmpty());
}

void tst_StatisticsPeriod::isoDate()
{
    QCOMPARE(StatisticsPeriod::parseIsoDate(QStringLiteral("2026-03-31")), QDate(2026, 3, 31));
    QVERIFY(!StatisticsPeriod::parseIsoDate(QStringLiteral("2026-3-31")).isValid());
    QVERIFY(!StatisticsPeriod::parseIsoDate(QStringLiteral("2026-02-30")).isValid());
    QVERIFY(!StatisticsPeriod::parseIsoDate(QStringLiteral("2026-03-31T00:00")).isValid());
    QVERIFY(!StatisticsPeriod::parseIsoDate(QStringLiteral("31.03.2026")).isValid());
    QVERIFY(!StatisticsPeriod::parseIsoDate(QString()).isValid());
}

void tst_StatisticsPeriod::labels()
{
    // Untranslated (English source strings).
    QCOMPARE(StatisticsPeriod::quarter(2026, 1).label(), QStringLiteral("Q1 2026"));
    QCOMPARE(StatisticsPeriod::month(2026, 3).label(), QStringLiteral("3/2026"));
    QCOMPARE(StatisticsPeriod::halfYear(2026, 2).label(), QStringLiteral("Second half of 2026"));
    QCOMPARE(StatisticsPeriod::year(2026).label(), QStringLiteral("Year 2026"));
    QCOMPARE(StatisticsPeriod::range(QDate(2026, 1, 5), QDate(2026, 2, 10)).value().label(),
             QStringLiteral("2026-01-05 to 2026-02-10"));
}

QTEST_GUILESS_MAIN(tst_StatisticsPeriod)
#include "tst_statisticsperiod.moc"
