// Tests for ud::IdleLock: idle() once after the timeout without input, postponed by keyboard
// and mouse input anywhere in the application, quiet after firing until start() again, and
// never with a zero timeout.

#include "ui/accounts/IdleLock.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QtTest>

using namespace ud;
using namespace std::chrono_literals;

class tst_IdleLock : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void firesOnceAfterTheTimeout();
    void inputPostponesIt();
    void stopAndZeroTimeout();
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
    IdleLock lock(100ms);
    QSignalSpy idle(&lock, &IdleLock::idle);
    lock.start();
    QVERIFY(lock.isActive());
    QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 3000);
    QVERIFY(!lock.isActive());
    QTest::qWait(300);
    QCOMPARE(idle.count(), 1); // quiet until started again
    lock.start();
    QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 2, 3000);
}

void tst_IdleLock::inputPostponesIt()
{
    QLineEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    IdleLock lock(400ms);
    QSignalSpy idle(&lock, &IdleLock::idle);
    lock.start();
    QElapsedTimer typing;
    typing.start();
    while (typing.elapsed() < 1000) { // typing for longer than the timeout
        QTest::keyClick(&edit, Qt::Key_A);
        QTest::qWait(50);
    }
    QCOMPARE(idle.count(), 0);
    QTest::mouseClick(&edit, Qt::LeftButton);
    QElapsedTimer quiet;
    quiet.start();
    QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 3000);
    QVERIFY2(quiet.elapsed() >= 350, qPrintable(QString::number(quiet.elapsed())));
}

void tst_IdleLock::stopAndZeroTimeout()
{
    IdleLock lock(100ms);
    QSignalSpy idle(&lock, &IdleLock::idle);
    lock.start();
    lock.stop();
    QVERIFY(!lock.isActive());
    QTest::qWait(300);
    QCOMPARE(idle.count(), 0);

    lock.setTimeout(0ms);
    lock.start();
    QVERIFY(!lock.isActive());
    QTest::qWait(200);
    QCOMPARE(idle.count(), 0);
}

QTEST_MAIN(tst_IdleLock)
#include "tst_idlelock.moc"
