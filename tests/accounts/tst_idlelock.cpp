// Tests for ud::IdleLock: idle() once after the timeout without input, postponed by keyboard
// and mouse input anywhere in the application, quiet after firing until start() again, and
// never with a zero timeout. Time is driven by the test (a TimeSource it advances), never read
// from the wall clock.

#include "ui/accounts/IdleLock.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QtTest>

#include <optional>

using namespace ud;
using namespace std::chrono_literals;

namespace {

// Time that moves only when the test says so; a pending wake-up is called when it is reached.
class ManualTimeSource : public IdleLock::TimeSource
{
public:
    std::chrono::milliseconds now() const override { return m_now; }

    void wakeAfter(std::chrono::milliseconds delay, std::function<void()> wake) override
    {
        m_due = m_now + delay;
        m_wake = std::move(wake);
    }

    void cancel() override { m_due.reset(); }

    void advance(std::chrono::milliseconds by)
    {
        const std::chrono::milliseconds target = m_now + by;
        while (m_due && *m_due <= target) {
            m_now = *m_due;
            m_due.reset();
            m_wake(); // may arm the next wake-up
        }
        m_now = target;
    }

    bool pending() const { return m_due.has_value(); }

private:
    std::chrono::milliseconds m_now{1000};
    std::optional<std::chrono::milliseconds> m_due;
    std::function<void()> m_wake;
};

// A lock and the time it runs on (owned by the lock).
struct DrivenLock
{
    explicit DrivenLock(std::chrono::milliseconds timeout)
    {
        auto source = std::make_unique<ManualTimeSource>();
        time = source.get();
        lock = std::make_unique<IdleLock>(timeout, std::move(source));
    }
    ManualTimeSource *time = nullptr;
    std::unique_ptr<IdleLock> lock;
};

} // namespace

class tst_IdleLock : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void firesOnceAfterTheTimeout();
    void inputPostponesIt();
    void stopAndZeroTimeout();
    void newTimeoutCountsFromNow();
};

void tst_IdleLock::defaults()
{
    IdleLock lock;
    QCOMPARE(lock.timeout(), std::chrono::milliseconds(15min));
    QVERIFY(!lock.isActive()); // armed by start(), after the login
    IdleLock five(5);
    QCOMPARE(five.timeout(), std::chrono::milliseconds(5min));
}

void tst_IdleLock::firesOnceAfterTheTimeout()
{
    DrivenLock d(100ms);
    QSignalSpy idle(d.lock.get(), &IdleLock::idle);
    d.lock->start();
    QVERIFY(d.lock->isActive());
    d.time->advance(99ms);
    QCOMPARE(idle.count(), 0);
    d.time->advance(1ms);
    QCOMPARE(idle.count(), 1);
    QVERIFY(!d.lock->isActive());
    d.time->advance(1h);
    QCOMPARE(idle.count(), 1); // quiet until started again
    d.lock->start();
    d.time->advance(100ms);
    QCOMPARE(idle.count(), 2);
}

void tst_IdleLock::inputPostponesIt()
{
    QLineEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    DrivenLock d(400ms);
    QSignalSpy idle(d.lock.get(), &IdleLock::idle);
    d.lock->start();
    for (int i = 0; i < 20; ++i) { // typing for a second, longer than the timeout
        QTest::keyClick(&edit, Qt::Key_A);
        d.time->advance(50ms);
    }
    QCOMPARE(idle.count(), 0);
    QVERIFY(d.lock->isActive());
    QTest::mouseClick(&edit, Qt::LeftButton);
    d.time->advance(399ms);
    QCOMPARE(idle.count(), 0); // counted from the click, not from the last key
    d.time->advance(1ms);
    QCOMPARE(idle.count(), 1);
    // Input after idle() does not wake it up again.
    QTest::keyClick(&edit, Qt::Key_B);
    d.time->advance(1h);
    QCOMPARE(idle.count(), 1);
}

void tst_IdleLock::stopAndZeroTimeout()
{
    DrivenLock d(100ms);
    QSignalSpy idle(d.lock.get(), &IdleLock::idle);
    d.lock->start();
    d.lock->stop();
    QVERIFY(!d.lock->isActive());
    QVERIFY(!d.time->pending());
    d.time->advance(1h);
    QCOMPARE(idle.count(), 0);

    d.lock->setTimeout(0ms);
    d.lock->start();
    QVERIFY(!d.lock->isActive());
    d.time->advance(1h);
    QCOMPARE(idle.count(), 0);
}

void tst_IdleLock::newTimeoutCountsFromNow()
{
    DrivenLock d(10min);
    QSignalSpy idle(d.lock.get(), &IdleLock::idle);
    d.lock->start();
    d.time->advance(9min);
    d.lock->setTimeout(5min); // the settings changed while running: five minutes from now
    d.time->advance(4min);
    QCOMPARE(idle.count(), 0);
    d.time->advance(1min);
    QCOMPARE(idle.count(), 1);
}

QTEST_MAIN(tst_IdleLock)
#include "tst_idlelock.moc"
