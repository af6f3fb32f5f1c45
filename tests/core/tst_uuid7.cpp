// Tests for ud::Uuid7Generator (RFC 9562 UUID version 7).
//
// Layout checked here, independently of the code under test: 8-4-4-4-12 lower-case hex; the
// first 48 bits are Unix milliseconds; the 13th hex digit is the version (7); the 17th hex digit
// carries the variant bits 10xx, so it is one of 8, 9, a, b.

#include "core/Clock.h"
#include "core/Uuid7.h"

#include <QSet>
#include <QtTest>

using ud::ManualClock;
using ud::Uuid7Generator;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

} // namespace

class tst_Uuid7 : public QObject
{
    Q_OBJECT

private slots:
    void layoutOfGeneratedIds();
    void isValid_data();
    void isValid();
    void timestampRoundTrip_data();
    void timestampRoundTrip();
    void timestampOfKnownId();
    void strictlyIncreasingWhenTheClockDoesNotMove();
    void strictlyIncreasingWhenTheClockStepsBack();
    void followsTheClockWhenItMovesOn();
    void seededGeneratorsAreReproducible();
    void differentSeedsGiveDifferentIds();
    void unseededGeneratorsDiffer();
};

void tst_Uuid7::layoutOfGeneratedIds()
{
    ManualClock clock(utc("2026-03-01T08:00:00.000Z"));
    Uuid7Generator gen(clock, 42);
    QSet<QChar> variants;
    for (int i = 0; i < 2000; ++i) {
        const QString id = gen.next();
        QCOMPARE(id.size(), 36);
        QCOMPARE(id.at(8), QLatin1Char('-'));
        QCOMPARE(id.at(13), QLatin1Char('-'));
        QCOMPARE(id.at(18), QLatin1Char('-'));
        QCOMPARE(id.at(23), QLatin1Char('-'));
        QCOMPARE(id.at(14), QLatin1Char('7'));
        QVERIFY2(QStringLiteral("89ab").contains(id.at(19)), qPrintable(id));
        QCOMPARE(id, id.toLower());
        QVERIFY2(Uuid7Generator::isValid(id), qPrintable(id));
        variants.insert(id.at(19));
        clock.advanceMs(i % 3);
    }
    // The two variant bits are fixed, the next two are random: all four digits show up.
    QCOMPARE(variants.size(), 4);
}

void tst_Uuid7::isValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");

    QTest::newRow("rfc 9562 example") << QStringLiteral("017f22e2-79b0-7cc3-98c4-dc0c0c07398f") << true;
    QTest::newRow("variant 8") << QStringLiteral("01890a5d-ac96-774b-8cc4-00000000abcd") << true;
    QTest::newRow("variant b") << QStringLiteral("01890a5d-ac96-774b-bcc4-00000000abcd") << true;
    QTest::newRow("upper case") << QStringLiteral("017F22E2-79B0-7CC3-98C4-DC0C0C07398F") << false;
    QTest::newRow("version 4") << QStringLiteral("017f22e2-79b0-4cc3-98c4-dc0c0c07398f") << false;
    QTest::newRow("version 5 (reference data ids)")
        << QStringLiteral("e0ace2e4-e487-5396-8a3e-6907ba525226") << false;
    QTest::newRow("variant c (microsoft)") << QStringLiteral("017f22e2-79b0-7cc3-c8c4-dc0c0c07398f") << false;
    QTest::newRow("variant 7 (ncs)") << QStringLiteral("017f22e2-79b0-7cc3-78c4-dc0c0c07398f") << false;
    QTest::newRow("no dashes") << QStringLiteral("017f22e279b07cc398c4dc0c0c07398f") << false;
    QTest::newRow("braces") << QStringLiteral("{017f22e2-79b0-7cc3-98c4-dc0c0c07398f}") << false;
    QTest::newRow("one short") << QStringLiteral("017f22e2-79b0-7cc3-98c4-dc0c0c07398") << false;
    QTest::newRow("trailing space") << QStringLiteral("017f22e2-79b0-7cc3-98c4-dc0c0c07398f ") << false;
    QTest::newRow("non-hex") << QStringLiteral("017f22e2-79b0-7cc3-98c4-dc0c0c07398g") << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_Uuid7::isValid()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(Uuid7Generator::isValid(text), valid);
}

void tst_Uuid7::timestampRoundTrip_data()
{
    QTest::addColumn<qint64>("ms");

    QTest::newRow("unix epoch") << qint64(0);
    QTest::newRow("one ms") << qint64(1);
    QTest::newRow("2026-03-01 08:30:00.123") << utc("2026-03-01T08:30:00.123Z").toMSecsSinceEpoch();
    QTest::newRow("2038 (past 32-bit seconds)") << utc("2038-01-19T03:14:08.999Z").toMSecsSinceEpoch();
    QTest::newRow("largest 48-bit value") << qint64(0xFFFFFFFFFFFFLL);
}

void tst_Uuid7::timestampRoundTrip()
{
    QFETCH(qint64, ms);
    ManualClock clock(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
    Uuid7Generator gen(clock);
    const QString id = gen.next();
    QVERIFY2(Uuid7Generator::isValid(id), qPrintable(id));
    QCOMPARE(Uuid7Generator::timestampMs(id), ms);
    // The first 12 hex digits are the milliseconds, big-endian.
    QCOMPARE(id.left(8) + id.mid(9, 4), QStringLiteral("%1").arg(ms, 12, 16, QLatin1Char('0')));
}

void tst_Uuid7::timestampOfKnownId()
{
    // RFC 9562 appendix A.6: 017f22e2-79b0-... is Tuesday, February 22, 2022 2:22:22.00 PM GMT-05:00.
    QCOMPARE(Uuid7Generator::timestampMs(QStringLiteral("017f22e2-79b0-7cc3-98c4-dc0c0c07398f")),
             utc("2022-02-22T19:22:22.000Z").toMSecsSinceEpoch());
    QCOMPARE(Uuid7Generator::timestampMs(QStringLiteral("not-a-uuid")), qint64(-1));
}

void tst_Uuid7::strictlyIncreasingWhenTheClockDoesNotMove()
{
    const QDateTime start = utc("2026-03-01T08:00:00.000Z");
    ManualClock clock(start);
    Uuid7Generator gen(clock);
    QSet<QString> seen;
    QString previous;
    const int n = 10000;
    for (int i = 0; i < n; ++i) {
        const QString id = gen.next();
        QVERIFY2(Uuid7Generator::isValid(id), qPrintable(id));
        if (!previous.isEmpty())
            QVERIFY2(previous < id, qPrintable(QStringLiteral("#%1: %2 !< %3").arg(i).arg(previous, id)));
        QVERIFY(!seen.contains(id));
        seen.insert(id);
        previous = id;
    }
    QCOMPARE(seen.size(), n);
    // 10,000 ids in one frozen millisecond borrow the following milliseconds, but only as many as
    // the 12-bit counter needs (at least 2,048 ids per millisecond): never fewer than the clock,
    // and at most a handful ahead.
    const qint64 first = start.toMSecsSinceEpoch();
    const qint64 last = Uuid7Generator::timestampMs(previous);
    QVERIFY(last >= first);
    QVERIFY2(last - first <= n / 2048 + 1, qPrintable(QString::number(last - first)));
}

void tst_Uuid7::strictlyIncreasingWhenTheClockStepsBack()
{
    ManualClock clock(utc("2026-03-01T08:00:00.000Z"));
    Uuid7Generator gen(clock, 7);
    QString previous = gen.next();
    for (int i = 0; i < 500; ++i) {
        // Steps back one second every 50 ids, otherwise forward a millisecond.
        if (i % 50 == 49)
            clock.advanceMs(-1000);
        else
            clock.advanceMs(1);
        const QString id = gen.next();
        QVERIFY2(previous < id, qPrintable(QStringLiteral("#%1: %2 !< %3").arg(i).arg(previous, id)));
        previous = id;
    }
}

void tst_Uuid7::followsTheClockWhenItMovesOn()
{
    ManualClock clock(utc("2026-03-01T08:00:00.000Z"));
    Uuid7Generator gen(clock);
    for (int i = 0; i < 100; ++i) {
        clock.advanceMs(5);
        QCOMPARE(Uuid7Generator::timestampMs(gen.next()), clock.nowMs());
    }
}

void tst_Uuid7::seededGeneratorsAreReproducible()
{
    ManualClock clockA(utc("2026-03-01T08:00:00.000Z"));
    ManualClock clockB(utc("2026-03-01T08:00:00.000Z"));
    Uuid7Generator a(clockA, 20260301);
    Uuid7Generator b(clockB, 20260301);
    for (int i = 0; i < 5000; ++i) {
        QCOMPARE(a.next(), b.next());
        const qint64 step = i % 7 == 0 ? 1 : 0;
        clockA.advanceMs(step);
        clockB.advanceMs(step);
    }
}

void tst_Uuid7::differentSeedsGiveDifferentIds()
{
    ManualClock clock(utc("2026-03-01T08:00:00.000Z"));
    Uuid7Generator a(clock, 1);
    Uuid7Generator b(clock, 2);
    int same = 0;
    for (int i = 0; i < 100; ++i)
        same += a.next() == b.next() ? 1 : 0;
    QCOMPARE(same, 0);
}

void tst_Uuid7::unseededGeneratorsDiffer()
{
    ManualClock clock(utc("2026-03-01T08:00:00.000Z"));
    Uuid7Generator a(clock);
    Uuid7Generator b(clock);
    const QString x = a.next();
    const QString y = b.next();
    QCOMPARE(Uuid7Generator::timestampMs(x), Uuid7Generator::timestampMs(y));
    QVERIFY(x != y);
}

QTEST_GUILESS_MAIN(tst_Uuid7)
#include "tst_uuid7.moc"
