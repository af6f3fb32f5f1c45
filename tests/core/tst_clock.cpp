// Tests for ud::isoUtc: the one timestamp format stored in the database. It is written directly
// for speed and must stay exactly what QDateTime::toString(Qt::ISODateWithMs) gives in UTC.

#include "core/Clock.h"

#include <QRandomGenerator>
#include <QTimeZone>
#include <QtTest>

class tst_Clock : public QObject
{
    Q_OBJECT

private slots:
    void isoUtcMatchesQt_data();
    void isoUtcMatchesQt();
    void isoUtcMatchesQtOnRandomTimes();
    void isoUtcOfOtherTimeSpecs();
    void systemClockMs();
};

void tst_Clock::isoUtcMatchesQt_data()
{
    QTest::addColumn<qint64>("ms");
    const auto at = [](int y, int mo, int d, int h, int mi, int s, int msec) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s, msec), Qt::UTC).toMSecsSinceEpoch();
    };
    QTest::newRow("epoch") << qint64(0);
    QTest::newRow("just before the epoch") << qint64(-1);
    QTest::newRow("one day before the epoch") << qint64(-86400000);
    QTest::newRow("2026-11-21 (bench)") << at(2026, 11, 21, 14, 3, 0, 120);
    QTest::newRow("leap day 2000") << at(2000, 2, 29, 23, 59, 59, 999);
    QTest::newRow("leap day 2024") << at(2024, 2, 29, 0, 0, 0, 0);
    QTest::newRow("not a leap year 1900") << at(1900, 3, 1, 0, 0, 0, 1);
    QTest::newRow("end of 1999") << at(1999, 12, 31, 23, 59, 59, 999);
    QTest::newRow("year 1") << at(1, 1, 1, 0, 0, 0, 0);
    QTest::newRow("year 999") << at(999, 7, 4, 12, 30, 15, 5);
    QTest::newRow("year 9999 end") << at(9999, 12, 31, 23, 59, 59, 999);
    QTest::newRow("year 10000") << at(10000, 1, 1, 0, 0, 0, 0);
    QTest::newRow("before year 1") << at(1, 1, 1, 0, 0, 0, 0) - 1;
    QTest::newRow("year -44") << at(-44, 3, 15, 12, 0, 0, 0);
}

void tst_Clock::isoUtcMatchesQt()
{
    QFETCH(qint64, ms);
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    QCOMPARE(ud::isoUtcFromMs(ms), t.toString(Qt::ISODateWithMs));
    QCOMPARE(ud::isoUtc(t), t.toString(Qt::ISODateWithMs));
}

void tst_Clock::isoUtcMatchesQtOnRandomTimes()
{
    QRandomGenerator random(20261121);
    const qint64 first = QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 last = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
    for (int i = 0; i < 20000; ++i) {
        const qint64 ms = first + static_cast<qint64>(random.bounded(static_cast<double>(last - first)));
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        QCOMPARE(ud::isoUtcFromMs(ms), t.toString(Qt::ISODateWithMs));
    }
}

void tst_Clock::isoUtcOfOtherTimeSpecs()
{
    const QDateTime utc(QDate(2026, 3, 1), QTime(8, 0, 0, 7), Qt::UTC);
    QCOMPARE(ud::isoUtc(utc), QStringLiteral("2026-03-01T08:00:00.007Z"));
    QCOMPARE(ud::isoUtc(utc.toOffsetFromUtc(8 * 3600)), QStringLiteral("2026-03-01T08:00:00.007Z"));
    QCOMPARE(ud::isoUtc(utc.toLocalTime()), QStringLiteral("2026-03-01T08:00:00.007Z"));
    QCOMPARE(ud::isoUtc(utc.toTimeZone(QTimeZone("Asia/Shanghai"))), QStringLiteral("2026-03-01T08:00:00.007Z"));
    QCOMPARE(ud::isoUtc(QDateTime()), QDateTime().toUTC().toString(Qt::ISODateWithMs));
}

void tst_Clock::systemClockMs()
{
    const ud::SystemClock clock;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const qint64 ms = clock.nowMs();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(before <= ms && ms <= after);
    ud::ManualClock manual(QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC));
    QCOMPARE(manual.nowMs(), manual.nowUtc().toMSecsSinceEpoch());
}

QTEST_GUILESS_MAIN(tst_Clock)
#include "tst_clock.moc"
