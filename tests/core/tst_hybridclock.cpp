// Tests for ud::HybridClock (hybrid logical clock, Kulkarni et al. 2014).
//
// The properties the sync protocol relies on (design §3/§4): a node's stamps never go
// backwards whatever its wall clock does, a stamp made after receiving a remote stamp is larger
// than it, and the text form sorts like the (milliseconds, counter) pair it encodes, because
// stamps are compared as strings (max(hlc) in SQL, conflict winners).

#include "core/Clock.h"
#include "core/HybridClock.h"

#include <QtTest>

using ud::HybridClock;
using ud::ManualClock;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

struct Stamp
{
    qint64 ms = -1;
    int counter = -1;
};

Stamp parsed(const QString &text)
{
    Stamp s;
    HybridClock::parse(text, &s.ms, &s.counter);
    return s;
}

} // namespace

class tst_HybridClock : public QObject
{
    Q_OBJECT

private slots:
    void followsAMovingClock();
    void monotonicWithAFrozenClock();
    void monotonicWhenTheClockGoesBack();
    void updateWithARemoteStampAhead();
    void updateWithARemoteStampBehind();
    void updateWithTheSameMillisecond();
    void updateWithGarbageIsALocalEvent();
    void formatParseRoundTrip_data();
    void formatParseRoundTrip();
    void parseRejects_data();
    void parseRejects();
    void stringOrderMatchesNumericOrder_data();
    void stringOrderMatchesNumericOrder();
    void stringOrderHoldsForManyEventsInOneMillisecond();
};

void tst_HybridClock::followsAMovingClock()
{
    ManualClock clock(utc("2026-03-01T08:00:00.000Z"));
    HybridClock hlc(clock);
    for (int i = 0; i < 10; ++i) {
        clock.advanceMs(3);
        const Stamp s = parsed(hlc.now());
        QCOMPARE(s.ms, clock.nowMs());
        QCOMPARE(s.counter, 0);
    }
}

void tst_HybridClock::monotonicWithAFrozenClock()
{
    ManualClock clock(utc("2026-03-01T08:00:00.000Z"));
    HybridClock hlc(clock);
    QString previous = hlc.now();
    QCOMPARE(parsed(previous).ms, clock.nowMs());
    for (int i = 1; i < 1000; ++i) {
        const QString s = hlc.now();
        QVERIFY2(previous < s, qPrintable(previous + QStringLiteral(" !< ") + s));
        QCOMPARE(parsed(s).ms, clock.nowMs());
        QCOMPARE(parsed(s).counter, i);
        previous = s;
    }
}

void tst_HybridClock::monotonicWhenTheClockGoesBack()
{
    ManualClock clock(utc("2026-03-01T08:00:00.000Z"));
    HybridClock hlc(clock);
    const QString before = hlc.now();
    const qint64 high = clock.nowMs();
    clock.advanceMs(-3600 * 1000); // the wall clock is set back one hour
    QString previous = before;
    for (int i = 0; i < 100; ++i) {
        const QString s = hlc.now();
        QVERIFY2(previous < s, qPrintable(previous + QStringLiteral(" !< ") + s));
        QCOMPARE(parsed(s).ms, high); // stays at the highest time seen
        previous = s;
        clock.advanceMs(1);
    }
    // Once the wall clock passes the old high-water mark, stamps follow it again.
    clock.set(QDateTime::fromMSecsSinceEpoch(high + 10, Qt::UTC));
    const QString later = hlc.now();
    QVERIFY(previous < later);
    QCOMPARE(parsed(later).ms, high + 10);
    QCOMPARE(parsed(later).counter, 0);
}

void tst_HybridClock::updateWithARemoteStampAhead()
{
    ManualClock clock(utc("2026-03-01T08:00:00.000Z"));
    HybridClock hlc(clock);
    const QString local = hlc.now();
    const qint64 remoteMs = clock.nowMs() + 5 * 60 * 1000; // another node five minutes ahead
    const QString remote = HybridClock::format(remoteMs, 7);
    const QString received = hlc.update(remote);
    QVERIFY(local < received);
    QVERIFY2(remote < received, qPrintable(remote + QStringLiteral(" !< ") + received));
    QCOMPARE(parsed(received).ms, remoteMs);
    QCOMPARE(parsed(received).counter, 8);
    // Later local events stay above the remote stamp although the wall clock is behind it.
    clock.advanceMs(1000);
    const QString next = hlc.now();
    QVERIFY2(received < next, qPrintable(received + QStringLiteral(" !< ") + next));
    QCOMPARE(parsed(next).ms, remoteMs);
}

void tst_HybridClock::updateWithARemoteStampBehind()
{
    ManualClock clock(utc("2026-03-01T08:00:00.000Z"));
    HybridClock hlc(clock);
    const QString local = hlc.now();
    const QString remote = HybridClock::format(clock.nowMs() - 60000, 42);
    clock.advanceMs(2);
    const QString received = hlc.update(remote);
    QVERIFY(local < received);
    QVERIFY(remote < received);
    QCOMPARE(parsed(received).ms, clock.nowMs());
    QCOMPARE(parsed(received).counter, 0);

    // Wall clock frozen and remote behind: the counter moves on.
    const QString again = hlc.update(remote);
    QVERIFY(received < again);
    QCOMPARE(parsed(again).ms, clock.nowMs());
    QCOMPARE(parsed(again).counter, 1);
}

void tst_HybridClock::updateWithTheSameMillisecond()
{
    ManualClock clock(utc("2026-03-01T08:00:00.000Z"));
    HybridClock hlc(clock);
    hlc.now();
    hlc.now(); // local counter 1
    const QString remote = HybridClock::format(clock.nowMs(), 9);
    const QString received = hlc.update(remote);
    QCOMPARE(parsed(received).ms, clock.nowMs());
    QCOMPARE(parsed(received).counter, 10); // max(1, 9) + 1
    QVERIFY(remote < received);
}

void tst_HybridClock::updateWithGarbageIsALocalEvent()
{
    ManualClock clock(utc("2026-03-01T08:00:00.000Z"));
    HybridClock hlc(clock);
    const QString first = hlc.now();
    const QString second = hlc.update(QStringLiteral("garbage"));
    QVERIFY(first < second);
    QCOMPARE(parsed(second).ms, clock.nowMs());
    QCOMPARE(parsed(second).counter, 1);
}

void tst_HybridClock::formatParseRoundTrip_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<int>("counter");
    QTest::addColumn<QString>("text");

    QTest::newRow("zero (reference data)") << qint64(0) << 0 << QStringLiteral("0000000000000000-00000");
    QTest::newRow("header example") << qint64(1732190000123) << 4 << QStringLiteral("0001732190000123-00004");
    QTest::newRow("2026") << utc("2026-03-01T08:00:00.000Z").toMSecsSinceEpoch() << 12345
                          << QStringLiteral("0001772352000000-12345");
    QTest::newRow("widest") << qint64(9999999999999999) << 99999 << QStringLiteral("9999999999999999-99999");
}

void tst_HybridClock::formatParseRoundTrip()
{
    QFETCH(qint64, ms);
    QFETCH(int, counter);
    QFETCH(QString, text);
    QCOMPARE(HybridClock::format(ms, counter), text);
    qint64 m = -1;
    int c = -1;
    QVERIFY(HybridClock::parse(text, &m, &c));
    QCOMPARE(m, ms);
    QCOMPARE(c, counter);
}

void tst_HybridClock::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("no dash") << QStringLiteral("000173219000012300004");
    QTest::newRow("leading dash") << QStringLiteral("-00004");
    QTest::newRow("letters") << QStringLiteral("00017321900001x3-00004");
    QTest::newRow("no counter") << QStringLiteral("0001732190000123-");
    QTest::newRow("negative counter") << QStringLiteral("0001732190000123--1");
}

void tst_HybridClock::parseRejects()
{
    QFETCH(QString, text);
    qint64 m = 77;
    int c = 77;
    QVERIFY(!HybridClock::parse(text, &m, &c));
    QCOMPARE(m, qint64(77)); // outputs untouched on failure
    QCOMPARE(c, 77);
}

void tst_HybridClock::stringOrderMatchesNumericOrder_data()
{
    QTest::addColumn<qint64>("ms1");
    QTest::addColumn<int>("c1");
    QTest::addColumn<qint64>("ms2");
    QTest::addColumn<int>("c2");

    QTest::newRow("counter 9 < 10") << qint64(1000) << 9 << qint64(1000) << 10;
    QTest::newRow("counter 99 < 100") << qint64(1000) << 99 << qint64(1000) << 100;
    QTest::newRow("ms 999 < 1000") << qint64(999) << 99999 << qint64(1000) << 0;
    QTest::newRow("ms digits differ") << qint64(99999999) << 5 << qint64(100000000) << 0;
    QTest::newRow("counter beats nothing across ms") << qint64(1772352000000) << 50000 << qint64(1772352000001) << 0;
}

void tst_HybridClock::stringOrderMatchesNumericOrder()
{
    QFETCH(qint64, ms1);
    QFETCH(int, c1);
    QFETCH(qint64, ms2);
    QFETCH(int, c2);
    const QString a = HybridClock::format(ms1, c1);
    const QString b = HybridClock::format(ms2, c2);
    QVERIFY2(a < b, qPrintable(a + QStringLiteral(" !< ") + b));
    QCOMPARE(a.size(), b.size());
}

void tst_HybridClock::stringOrderHoldsForManyEventsInOneMillisecond()
{
    // The demo generator and tests run on a clock that does not move, and a node whose clock was
    // set back keeps counting in one millisecond until the wall clock catches up. The counter
    // has five digits; once it would need a sixth, stamps must still sort as strings.
    ManualClock clock(utc("2026-03-01T08:00:00.000Z"));
    HybridClock hlc(clock);
    QString previous = hlc.now();
    for (int i = 1; i <= 100500; ++i) {
        const QString s = hlc.now();
        if (!(previous < s))
            QFAIL(qPrintable(QStringLiteral("event %1: %2 sorts before the previous stamp %3").arg(i).arg(s, previous)));
        if (s.size() != previous.size())
            QFAIL(qPrintable(QStringLiteral("event %1: %2 has a different width than %3").arg(i).arg(s, previous)));
        previous = s;
    }
}

QTEST_GUILESS_MAIN(tst_HybridClock)
#include "tst_hybridclock.moc"
