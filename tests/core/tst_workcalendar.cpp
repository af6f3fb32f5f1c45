// Tests for ud::WorkCalendar: weekends, public holidays and adjusted working days (调休) of the
// 2025 National Day and 2026 Spring Festival arrangements, the counting convention of
// addWorkingDays (n-th working day strictly after `from`; n = 0 → `from` if working, else the
// next one), workingDaysBetween as its inverse, month and year ends and the 2028 leap day.
// Expected dates were worked out by hand (and cross-checked by a brute-force count); the
// calendar is the one in OfficialCalendar.h.

#include "OfficialCalendar.h"
#include "core/WorkCalendar.h"

#include <QtTest>

using namespace ud;
using Kind = WorkCalendar::Kind;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

} // namespace

class tst_WorkCalendar : public QObject
{
    Q_OBJECT

private slots:
    void isWorkingDay_data();
    void isWorkingDay();
    void addWorkingDays_data();
    void addWorkingDays();
    void workingDaysBetween_data();
    void workingDaysBetween();
    void betweenInvertsAdd();
    void hasYear();
    void overridesOfAYear();
    void replaceAndClear();
    void kindKeys();

private:
    const WorkCalendar m_cal = udtest::officialCalendar();
};

void tst_WorkCalendar::isWorkingDay_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("working");
    QTest::addColumn<QString>("name");

    const QString spring = QStringLiteral("春节");
    const QString springWork = QStringLiteral("春节调休上班");
    const QString national = QStringLiteral("国庆节、中秋节");
    const QString nationalWork = QStringLiteral("国庆节、中秋节调休上班");
    QTest::newRow("plain Friday") << d(2026, 2, 13) << true << QString();
    QTest::newRow("plain Saturday") << d(2026, 3, 7) << false << QString();
    QTest::newRow("plain Sunday") << d(2026, 3, 8) << false << QString();
    QTest::newRow("plain Monday") << d(2026, 3, 9) << true << QString();
    QTest::newRow("春节 2026: Sat 02-14 worked") << d(2026, 2, 14) << true << springWork;
    QTest::newRow("春节 2026: first day, Sun 02-15") << d(2026, 2, 15) << false << spring;
    QTest::newRow("春节 2026: Mon 02-16 off") << d(2026, 2, 16) << false << spring;
    QTest::newRow("春节 2026: Fri 02-20 off") << d(2026, 2, 20) << false << spring;
    QTest::newRow("春节 2026: Sat 02-21 off") << d(2026, 2, 21) << false << spring;
    QTest::newRow("春节 2026: last day, Mon 02-23") << d(2026, 2, 23) << false << spring;
    QTest::newRow("春节 2026: back on Tue 02-24") << d(2026, 2, 24) << true << QString();
    QTest::newRow("春节 2026: Sat 02-28 worked") << d(2026, 2, 28) << true << springWork;
    QTest::newRow("春节 2026: Sun 03-01 off") << d(2026, 3, 1) << false << QString();
    QTest::newRow("国庆 2025: Sun 09-28 worked") << d(2025, 9, 28) << true << nationalWork;
    QTest::newRow("国庆 2025: Wed 10-01 off") << d(2025, 10, 1) << false << national;
    QTest::newRow("国庆 2025: Wed 10-08 off") << d(2025, 10, 8) << false << national;
    QTest::newRow("国庆 2025: back on Thu 10-09") << d(2025, 10, 9) << true << QString();
    QTest::newRow("国庆 2025: Sat 10-11 worked") << d(2025, 10, 11) << true << nationalWork;
    QTest::newRow("国庆 2025: Sun 10-12 off") << d(2025, 10, 12) << false << QString();
    QTest::newRow("元旦 2026: Thu 01-01 off") << d(2026, 1, 1) << false << QStringLiteral("元旦");
    QTest::newRow("元旦 2026: Sun 01-04 worked") << d(2026, 1, 4) << true << QStringLiteral("元旦调休上班");
    QTest::newRow("leap day 2028-02-29 (Tue)") << d(2028, 2, 29) << true << QString();
    QTest::newRow("invalid date") << QDate() << false << QString();
}

void tst_WorkCalendar::isWorkingDay()
{
    QFETCH(QDate, day);
    QFETCH(bool, working);
    QFETCH(QString, name);
    QCOMPARE(m_cal.isWorkingDay(day), working);
    QCOMPARE(m_cal.holidayName(day), name);
}

void tst_WorkCalendar::addWorkingDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("expected");

    // Received Fri 02-13: Sat 02-14 is worked (1), 02-15 … 02-23 are off, Tue 02-24 (2), Wed 02-25 (3).
    QTest::newRow("春节: Fri 02-13 + 3") << d(2026, 2, 13) << 3 << d(2026, 2, 25);
    QTest::newRow("春节: Fri 02-13 + 1 is the worked Saturday") << d(2026, 2, 13) << 1 << d(2026, 2, 14);
    QTest::newRow("春节: Sat 02-14 + 1 jumps the holiday") << d(2026, 2, 14) << 1 << d(2026, 2, 24);
    QTest::newRow("春节: from a holiday, + 1") << d(2026, 2, 18) << 1 << d(2026, 2, 24);
    QTest::newRow("n = 0 on a working day: itself") << d(2026, 2, 13) << 0 << d(2026, 2, 13);
    QTest::newRow("n = 0 on a worked Saturday: itself") << d(2026, 2, 14) << 0 << d(2026, 2, 14);
    QTest::newRow("n = 0 on a holiday: next working day") << d(2026, 2, 15) << 0 << d(2026, 2, 24);
    QTest::newRow("n = 0 on a plain Sunday: Monday") << d(2026, 3, 8) << 0 << d(2026, 3, 9);
    QTest::newRow("month end: Fri 02-27 + 1 is Sat 02-28 (worked)") << d(2026, 2, 27) << 1 << d(2026, 2, 28);
    QTest::newRow("month end: Fri 02-27 + 2 is Mon 03-02") << d(2026, 2, 27) << 2 << d(2026, 3, 2);
    QTest::newRow("month end: Tue 03-31 + 1") << d(2026, 3, 31) << 1 << d(2026, 4, 1);
    QTest::newRow("backwards: Tue 02-24 - 1 is Sat 02-14") << d(2026, 2, 24) << -1 << d(2026, 2, 14);
    QTest::newRow("backwards: Wed 02-25 - 3 is Fri 02-13") << d(2026, 2, 25) << -3 << d(2026, 2, 13);
    QTest::newRow("国庆: Fri 09-26 + 1 is Sun 09-28 (worked)") << d(2025, 9, 26) << 1 << d(2025, 9, 28);
    QTest::newRow("国庆: Sun 09-28 + 2 is Tue 09-30") << d(2025, 9, 28) << 2 << d(2025, 9, 30);
    QTest::newRow("国庆: Tue 09-30 + 1 is Thu 10-09") << d(2025, 9, 30) << 1 << d(2025, 10, 9);
    QTest::newRow("国庆: Tue 09-30 + 3 is Sat 10-11 (worked)") << d(2025, 9, 30) << 3 << d(2025, 10, 11);
    QTest::newRow("year end: Wed 2025-12-31 + 1 is Sun 01-04 (worked)") << d(2025, 12, 31) << 1 << d(2026, 1, 4);
    QTest::newRow("year end: Wed 2025-12-31 + 3") << d(2025, 12, 31) << 3 << d(2026, 1, 6);
    QTest::newRow("year end backwards: Mon 2026-01-05 - 2") << d(2026, 1, 5) << -2 << d(2025, 12, 31);
    QTest::newRow("year end, no calendar: Fri 2027-12-31 + 1") << d(2027, 12, 31) << 1 << d(2028, 1, 3);
    QTest::newRow("leap year: Fri 2028-02-25 + 2 is 02-29") << d(2028, 2, 25) << 2 << d(2028, 2, 29);
    QTest::newRow("leap year: 2028-02-29 + 1 is 03-01") << d(2028, 2, 29) << 1 << d(2028, 3, 1);
    QTest::newRow("invalid from") << QDate() << 3 << QDate();
}

void tst_WorkCalendar::addWorkingDays()
{
    QFETCH(QDate, from);
    QFETCH(int, n);
    QFETCH(QDate, expected);
    QCOMPARE(m_cal.addWorkingDays(from, n), expected);
}

void tst_WorkCalendar::workingDaysBetween_data()
{
    QTest::addColumn<QDate>("a");
    QTest::addColumn<QDate>("b");
    QTest::addColumn<int>("expected");

    QTest::newRow("same day") << d(2026, 2, 13) << d(2026, 2, 13) << 0;
    QTest::newRow("across 春节") << d(2026, 2, 13) << d(2026, 2, 25) << 3;
    QTest::newRow("across 春节, reversed") << d(2026, 2, 25) << d(2026, 2, 13) << -3;
    QTest::newRow("inside the holiday") << d(2026, 2, 14) << d(2026, 2, 23) << 0;
    QTest::newRow("across 国庆") << d(2025, 9, 30) << d(2025, 10, 11) << 3;
    // 20 weekdays (02-02 … 02-27), 6 of them off (02-16 … 02-20, 02-23), 2 Saturdays worked.
    QTest::newRow("February 2026") << d(2026, 2, 1) << d(2026, 3, 1) << 16;
    // 02-02 … 02-29 is four whole weeks (20) plus Wed 03-01.
    QTest::newRow("February 2028 (leap)") << d(2028, 2, 1) << d(2028, 3, 1) << 21;
    QTest::newRow("Sept–Oct 2025") << d(2025, 9, 1) << d(2025, 10, 31) << 40;
    QTest::newRow("across a year end with holidays") << d(2025, 12, 1) << d(2026, 3, 1) << 59;
    QTest::newRow("across a year end without") << d(2027, 12, 31) << d(2028, 1, 3) << 1;
    QTest::newRow("invalid") << QDate() << d(2026, 1, 1) << 0;
}

void tst_WorkCalendar::workingDaysBetween()
{
    QFETCH(QDate, a);
    QFETCH(QDate, b);
    QFETCH(int, expected);
    QCOMPARE(m_cal.workingDaysBetween(a, b), expected);
}

void tst_WorkCalendar::betweenInvertsAdd()
{
    // Every start day from mid-September 2025 to mid-March 2026, 1 … 25 working days ahead and back.
    for (QDate from = d(2025, 9, 15); from <= d(2026, 3, 15); from = from.addDays(1)) {
        for (int n = 1; n <= 25; ++n) {
            const QDate ahead = m_cal.addWorkingDays(from, n);
            QVERIFY2(m_cal.isWorkingDay(ahead), qPrintable(ahead.toString(Qt::ISODate)));
            QCOMPARE(m_cal.workingDaysBetween(from, ahead), n);
            // Backwards the half-open interval (back, from] holds the n - 1 working days strictly
            // between them, plus `from` itself when it is a working day.
            const QDate back = m_cal.addWorkingDays(from, -n);
            QVERIFY(m_cal.isWorkingDay(back));
            QCOMPARE(m_cal.workingDaysBetween(from, back), -(n - 1 + (m_cal.isWorkingDay(from) ? 1 : 0)));
        }
    }
}

void tst_WorkCalendar::hasYear()
{
    QVERIFY(m_cal.hasYear(2025));
    QVERIFY(m_cal.hasYear(2026));
    QVERIFY(!m_cal.hasYear(2024));
    QVERIFY(!m_cal.hasYear(2027));
    QVERIFY(!WorkCalendar().hasYear(2026));
}

void tst_WorkCalendar::overridesOfAYear()
{
    const QList<WorkCalendar::Override> year = m_cal.overrides(2026);
    QCOMPARE(year.size(), 3 + 1 + 9 + 2);
    QCOMPARE(year.constFirst().day, d(2026, 1, 1));
    QCOMPARE(year.constLast().day, d(2026, 2, 28));
    for (qsizetype i = 1; i < year.size(); ++i)
        QVERIFY(year.at(i - 1).day < year.at(i).day);
    QCOMPARE(m_cal.overrides(2025).size(), 10);
    QVERIFY(m_cal.overrides(2027).isEmpty());
    QCOMPARE(m_cal.overrideCount(), 25);
}

void tst_WorkCalendar::replaceAndClear()
{
    WorkCalendar c = udtest::officialCalendar();
    const WorkCalendar untouched = c; // a copy is independent of later edits
    c.setOverride(d(2026, 2, 14), Kind::Holiday, QStringLiteral("changed"));
    QVERIFY(!c.isWorkingDay(d(2026, 2, 14)));
    QCOMPARE(c.holidayName(d(2026, 2, 14)), QStringLiteral("changed"));
    QVERIFY(untouched.isWorkingDay(d(2026, 2, 14)));
    c.clearOverride(d(2026, 2, 14));
    QVERIFY(!c.isWorkingDay(d(2026, 2, 14))); // a plain Saturday again
    QVERIFY(!c.overrideFor(d(2026, 2, 14)).has_value());
    c.setOverride(QDate(), Kind::Holiday, QStringLiteral("ignored"));
    QCOMPARE(c.overrideCount(), 24);
    c.clear();
    QVERIFY(!c.hasYear(2026));
    QVERIFY(c.isWorkingDay(d(2026, 2, 16)));
}

void tst_WorkCalendar::kindKeys()
{
    QCOMPARE(WorkCalendar::kindKey(Kind::Holiday), QStringLiteral("holiday"));
    QCOMPARE(WorkCalendar::kindKey(Kind::Workday), QStringLiteral("workday"));
    QCOMPARE(WorkCalendar::kindFromKey(QStringLiteral("workday")), std::optional<Kind>(Kind::Workday));
    QVERIFY(!WorkCalendar::kindFromKey(QStringLiteral("weekend")).has_value());
}

QTEST_GUILESS_MAIN(tst_WorkCalendar)
#include "tst_workcalendar.moc"
