// Tests for ud::DisplayFormat, the one format of dates, amounts and counts on every screen
// (issue 12, item 1): ISO dates, local times to the minute, "," between thousands and "." before
// the fen, and none of it changed by the default locale (a German or Chinese one) a system sets.

#include "core/DisplayFormat.h"

#include <QTimeZone>
#include <QtTest>

using namespace ud;

class tst_DisplayFormat : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dates_data();
    void dates();
    void timestamps_data();
    void timestamps();
    void counts_data();
    void counts();
    void money_data();
    void money();
    void numberLocaleGroupsWithCommas_data();
    void numberLocaleGroupsWithCommas();
};

namespace {

const QLocale kGerman(QLocale::German, QLocale::Germany);
const QLocale kChinese(QLocale::Chinese, QLocale::China);

void addLocales()
{
    QTest::addColumn<QLocale>("locale");
}

} // namespace

void tst_DisplayFormat::init()
{
    // Every test runs under a locale whose own formats differ from ours.
    QLocale::setDefault(kGerman);
}

void tst_DisplayFormat::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void tst_DisplayFormat::dates_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    for (const QLocale &l : {kGerman, kChinese, QLocale(QLocale::English, QLocale::UnitedStates)}) {
        const QByteArray name = l.name().toLatin1();
        QTest::newRow(name + " one digit day and month") << l << QDate(2026, 2, 7) << QStringLiteral("2026-02-07");
        QTest::newRow(name + " December") << l << QDate(2026, 12, 7) << QStringLiteral("2026-12-07");
        QTest::newRow(name + " invalid") << l << QDate() << QString();
    }
}

void tst_DisplayFormat::dates()
{
    QFETCH(QLocale, locale);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QLocale::setDefault(locale);
    QCOMPARE(DisplayFormat::date(date), expected);
    QCOMPARE(DisplayFormat::dateTime(date.startOfDay()), date.isValid() ? expected + QStringLiteral(" 00:00") : QString());
    QCOMPARE(date.toString(DisplayFormat::dateFormat()), expected);
}

void tst_DisplayFormat::timestamps_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("day");
    // A UTC stamp shown in local time, whatever zone the test machine is in.
    const QDateTime utc(QDate(2026, 12, 7), QTime(17, 5, 30, 120), QTimeZone::utc());
    const QDateTime local = utc.toLocalTime();
    QTest::newRow("UTC with milliseconds") << QStringLiteral("2026-12-07T17:05:30.120Z")
                                           << local.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                           << local.date().toString(QStringLiteral("yyyy-MM-dd"));
    QTest::newRow("local without offset") << QStringLiteral("2026-12-07T09:30") << QStringLiteral("2026-12-07 09:30")
                                          << QStringLiteral("2026-12-07");
    QTest::newRow("a date") << QStringLiteral("2026-12-07") << QStringLiteral("2026-12-07 00:00") << QStringLiteral("2026-12-07");
    QTest::newRow("not a stamp") << QStringLiteral("soon") << QStringLiteral("soon") << QStringLiteral("soon");
    QTest::newRow("empty") << QString() << QString() << QString();
}

void tst_DisplayFormat::timestamps()
{
    QFETCH(QString, stored);
    QFETCH(QString, expected);
    QFETCH(QString, day);
    QCOMPARE(DisplayFormat::timestamp(stored), expected);
    QCOMPARE(DisplayFormat::dayOf(stored), day);
}

void tst_DisplayFormat::counts_data()
{
    QTest::addColumn<qint64>("n");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0");
    QTest::newRow("three digits") << qint64(999) << QStringLiteral("999");
    QTest::newRow("four digits") << qint64(1234) << QStringLiteral("1,234");
    QTest::newRow("search hits") << qint64(9619) << QStringLiteral("9,619");
    QTest::newRow("six digits") << qint64(100000) << QStringLiteral("100,000");
    QTest::newRow("seven digits") << qint64(1234567) << QStringLiteral("1,234,567");
    QTest::newRow("negative") << qint64(-1234) << QStringLiteral("-1,234");
}

void tst_DisplayFormat::counts()
{
    QFETCH(qint64, n);
    QFETCH(QString, expected);
    QCOMPARE(DisplayFormat::count(n), expected);
}

void tst_DisplayFormat::money_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("yuan");
    QTest::addColumn<QString>("wan");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00") << QStringLiteral("0.00");
    QTest::newRow("fen") << qint64(5) << QStringLiteral("0.05") << QStringLiteral("0.00");
    QTest::newRow("thousands") << qint64(123456) << QStringLiteral("1,234.56") << QStringLiteral("0.12");
    QTest::newRow("a report's total") << qint64(7177000000) << QStringLiteral("71,770,000.00") << QStringLiteral("7,177.00");
    QTest::newRow("half a hundred rounds up") << qint64(1005000) << QStringLiteral("10,050.00") << QStringLiteral("1.01");
}

void tst_DisplayFormat::money()
{
    QFETCH(qint64, fen);
    QFETCH(QString, yuan);
    QFETCH(QString, wan);
    QCOMPARE(DisplayFormat::yuan(fen), yuan);
    QCOMPARE(DisplayFormat::wanYuan(fen), wan);
}

void tst_DisplayFormat::numberLocaleGroupsWithCommas_data()
{
    addLocales();
    QTest::newRow("German") << kGerman;
    QTest::newRow("C") << QLocale::c();
}

void tst_DisplayFormat::numberLocaleGroupsWithCommas()
{
    QFETCH(QLocale, locale);
    QLocale::setDefault(locale);
    QCOMPARE(DisplayFormat::numberLocale().toString(1234567), QStringLiteral("1,234,567"));
    QCOMPARE(DisplayFormat::numberLocale().toString(1234.5, 'f', 2), QStringLiteral("1,234.50"));
}

QTEST_GUILESS_MAIN(tst_DisplayFormat)
#include "tst_displayformat.moc"
