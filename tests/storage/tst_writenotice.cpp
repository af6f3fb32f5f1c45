// Tests for ud::WriteNotice: a long job that holds the write lock says who, what, since when and
// until when; another writer (another connection, another process) that cannot get the lock
// within its busy timeout gets that message; the notice goes when the job ends, committed or
// not; stale notices (dead process, reused pid, old foreign ones, garbage) are ignored.

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/WriteNotice.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

#if !defined(Q_OS_WIN)
#include <unistd.h>
#endif

using namespace ud;

namespace {

const QString kGeneric = QStringLiteral("another user or program has been saving to it");

// A Database with a short busy timeout, so a refused write takes a fraction of a second.
bool openImpatient(Database &db, const QString &path, int timeoutMs = 400)
{
    return db.open(path, Database::OpenMode::ExistingOnly).ok()
        && db.exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(timeoutMs)).ok();
}

bool canWrite(Database &db)
{
    Database::Transaction tx(db);
    return tx.isActive() && tx.commit().ok();
}

void writeNoticeFile(const QString &dbPath, const QJsonObject &fields)
{
    QJsonObject o{{QStringLiteral("format"), 1},
                  {QStringLiteral("account"), QStringLiteral("赵六")},
                  {QStringLiteral("task"), QStringLiteral("import_workers")},
                  {QStringLiteral("rows"), 300000},
                  {QStringLiteral("started"), isoUtc(QDateTime::currentDateTimeUtc().addSecs(-60))},
                  {QStringLiteral("updated"), isoUtc(QDateTime::currentDateTimeUtc())},
                  {QStringLiteral("host"), QSysInfo::machineHostName()},
                  {QStringLiteral("token"), QStringLiteral("a-token")}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        o.insert(it.key(), it.value());
    QFile f(WriteNotice::noticePath(dbPath));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(o).toJson());
}

} // namespace

class tst_WriteNotice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void otherConnectionGetsTheNotice();
    void transactionErrorCarriesTheNotice();
    void noticeGoneAfterAFailedJob();
    void withoutANoticeTheMessageIsGeneric();
    void staleNoticesAreIgnored_data();
    void staleNoticesAreIgnored();
    void liveNoticeOfAnotherProcessIsShown();
    void childProcessHoldsTheLock_data();
    void childProcessHoldsTheLock();
    void defaultBusyTimeoutWait();
    void accountNameIsTheDisplayName();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void tst_WriteNotice::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China)); // 1,000,000
    m_path = m_dir.filePath(QStringLiteral("notice.db"));
    Database db;
    QVERIFY(db.open(m_path, Database::OpenMode::CreateIfMissing).ok());
}

void tst_WriteNotice::init()
{
    QFile::remove(WriteNotice::noticePath(m_path));
}

// One connection imports a million workers in one transaction, with its notice; another one's
// write is refused within its busy timeout, and its message says who, what, since and until when.
void tst_WriteNotice::otherConnectionGetsTheNotice()
{
    ManualClock clock(QDateTime(QDate(2026, 3, 20), QTime(14, 2), Qt::LocalTime));
    Database job;
    QVERIFY(job.open(m_path, Database::OpenMode::ExistingOnly).ok());
    Database other;
    QVERIFY(openImpatient(other, m_path));
    {
        WriteNotice notice(job, QStringLiteral("王芳"), WriteNotice::Task::ImportWorkers, 1000000, &clock);
        Database::Transaction tx(job);
        QVERIFY(tx.isActive());
        QVERIFY(notice.post().ok());
        QVERIFY(QFile::exists(WriteNotice::noticePath(m_path)));
        clock.advanceMs(60 * 1000); // a tenth done after a minute: ten minutes in all
        notice.progress(100000);

        QElapsedTimer timer;
        timer.start();
        QSqlQuery q(other.connection());
        QVERIFY(!q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        const qint64 waited = timer.elapsed();
        QVERIFY2(waited >= 300 && waited < 5000, qPrintable(QString::number(waited)));
        QVERIFY2(WriteNotice::isBusy(q.lastError()), qPrintable(q.lastError().text()));

        const QString message = WriteNotice::busyMessage(other, &clock);
        QVERIFY2(message.contains(QStringLiteral("王芳 is importing 1,000,000 workers (started at 14:02, expected to finish at 14:12)")),
                 qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("nothing you entered has been lost")));
        const auto info = WriteNotice::current(m_path, &clock);
        QVERIFY(info.has_value());
        QCOMPARE(info->done, qint64(100000));
        QCOMPARE(info->pid, QCoreApplication::applicationPid());

        QVERIFY(tx.commit().ok());
    }
    QVERIFY(!QFile::exists(WriteNotice::noticePath(m_path)));
    QVERIFY(canWrite(other));
}

// What Database::Transaction says when BEGIN IMMEDIATE times out: the notice, not "database is
// locked".
void tst_WriteNotice::transactionErrorCarriesTheNotice()
{
    Database job;
    QVERIFY(job.open(m_path, Database::OpenMode::ExistingOnly).ok());
    Database other;
    QVERIFY(openImpatient(other, m_path));
    WriteNotice notice(job, QStringLiteral("王芳"), WriteNotice::Task::ImportWorkers, 1000000);
    Database::Transaction tx(job);
    QVERIFY(tx.isActive());
    QVERIFY(notice.post().ok());
    Database::Transaction refused(other);
    QVERIFY(!refused.isActive());
    QVERIFY2(refused.error().contains(QStringLiteral("王芳 is importing 1,000,000 workers")), qPrintable(refused.error()));
}

// A job that fails (its transaction rolls back) removes its notice too.
void tst_WriteNotice::noticeGoneAfterAFailedJob()
{
    Database job;
    QVERIFY(job.open(m_path, Database::OpenMode::ExistingOnly).ok());
    {
        WriteNotice notice(job, QStringLiteral("王芳"), WriteNotice::Task::ImportCases, 20000);
        Database::Transaction tx(job);
        QVERIFY(tx.isActive());
        QVERIFY(notice.post().ok());
        QVERIFY(WriteNotice::current(m_path).has_value());
        // no commit: a problem in row 12,345
    }
    QVERIFY(!QFile::exists(WriteNotice::noticePath(m_path)));
    QVERIFY(!WriteNotice::current(m_path).has_value());
    Database other;
    QVERIFY(openImpatient(other, m_path));
    QVERIFY(canWrite(other));
}

// No notice (a short write, or a program that posts none): the message still says what it is.
void tst_WriteNotice::withoutANoticeTheMessageIsGeneric()
{
    Database job;
    QVERIFY(job.open(m_path, Database::OpenMode::ExistingOnly).ok());
    Database other;
    QVERIFY(openImpatient(other, m_path));
    Database::Transaction tx(job);
    QVERIFY(tx.isActive());
    Database::Transaction refused(other);
    QVERIFY(!refused.isActive());
    const QString message = WriteNotice::busyMessage(other);
    QVERIFY2(message.contains(kGeneric), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("nothing you entered has been lost")));
}

void tst_WriteNotice::staleNoticesAreIgnored_data()
{
    QTest::addColumn<QJsonObject>("fields");
    QTest::addColumn<bool>("writeGarbage");
    // A process that has ended.
    QProcess ended;
    ended.start(qEnvironmentVariable("UD_WRITE_HOLDER", QStringLiteral("/bin/true")), {});
    ended.waitForStarted();
    const qint64 deadPid = ended.processId();
    ended.waitForFinished();
    QTest::newRow("dead process") << QJsonObject{{QStringLiteral("pid"), deadPid}} << false;
    QTest::newRow("this process, not its notice")
        << QJsonObject{{QStringLiteral("pid"), QCoreApplication::applicationPid()}} << false;
#if defined(Q_OS_LINUX)
    // The pid lives but belongs to another process now (or the computer was restarted).
    QTest::newRow("reused pid") << QJsonObject{{QStringLiteral("pid"), static_cast<qint64>(getppid())},
                                               {QStringLiteral("process_start"), QStringLiteral("old-boot:12345")}}
                                << false;
#endif
    QTest::newRow("another computer, silent for an hour")
        << QJsonObject{{QStringLiteral("host"), QStringLiteral("another-pc")},
                       {QStringLiteral("pid"), 4242},
                       {QStringLiteral("updated"), isoUtc(QDateTime::currentDateTimeUtc().addSecs(-3600))}}
        << false;
    QTest::newRow("garbage") << QJsonObject{} << true;
}

// A notice left by a crashed job does not block anyone (it never did: the lock went with the
// process) and does not mislead: the message is the generic one, and the file is removed.
void tst_WriteNotice::staleNoticesAreIgnored()
{
    QFETCH(QJsonObject, fields);
    QFETCH(bool, writeGarbage);
    if (writeGarbage) {
        QFile f(WriteNotice::noticePath(m_path));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\x00\x01 not a notice");
    } else {
        writeNoticeFile(m_path, fields);
    }
    QVERIFY(!WriteNotice::current(m_path).has_value());
    const QString message = WriteNotice::busyMessage(m_path);
    QVERIFY2(message.contains(kGeneric) && !message.contains(QStringLiteral("赵六")), qPrintable(message));
    if (!writeGarbage)
        QVERIFY(!QFile::exists(WriteNotice::noticePath(m_path)));
    Database other;
    QVERIFY(openImpatient(other, m_path));
    QVERIFY(canWrite(other));
}

// The notice of a process that is still running, on this computer or (recently updated) on another.
void tst_WriteNotice::liveNoticeOfAnotherProcessIsShown()
{
#if defined(Q_OS_WIN)
    QSKIP("uses the parent process");
#else
    writeNoticeFile(m_path, {{QStringLiteral("pid"), static_cast<qint64>(getppid())}});
    QVERIFY(WriteNotice::busyMessage(m_path).contains(QStringLiteral("赵六 is importing 300,000 workers")));
    writeNoticeFile(m_path, {{QStringLiteral("host"), QStringLiteral("another-pc")}, {QStringLiteral("pid"), 4242}});
    QVERIFY(WriteNotice::busyMessage(m_path).contains(QStringLiteral("赵六 is importing 300,000 workers")));
#endif
}

void tst_WriteNotice::childProcessHoldsTheLock_data()
{
    QTest::addColumn<QString>("end"); // what the child is told, or "kill"
    QTest::newRow("commit") << QStringLiteral("commit");
    QTest::newRow("fail") << QStringLiteral("fail");
    QTest::newRow("crash") << QStringLiteral("kill");
}

// Another process imports; this one's write is refused with its notice. When the child ends —
// committed, failed or killed — the notice no longer shows and writing works again.
void tst_WriteNotice::childProcessHoldsTheLock()
{
    QFETCH(QString, end);
    const QString holder = qEnvironmentVariable("UD_WRITE_HOLDER");
    if (holder.isEmpty())
        QSKIP("UD_WRITE_HOLDER must name the ud_write_holder executable (ctest sets it)");
    QProcess child;
    child.start(holder, {m_path, QStringLiteral("李强"), QStringLiteral("250000")});
    QVERIFY(child.waitForStarted());
    QVERIFY(child.waitForReadyRead(20000));
    QCOMPARE(child.readLine().trimmed(), QByteArray("ready"));

    Database other;
    QVERIFY(openImpatient(other, m_path));
    Database::Transaction refused(other);
    QVERIFY(!refused.isActive());
    const QString message = WriteNotice::busyMessage(other);
    QVERIFY2(message.contains(QStringLiteral("李强 is importing 250,000 workers (started at ")), qPrintable(message));

    if (end == QLatin1String("kill")) {
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        QVERIFY(QFile::exists(WriteNotice::noticePath(m_path))); // left behind
    } else {
        child.write((end + QLatin1Char('\n')).toLatin1());
        child.closeWriteChannel();
        QVERIFY(child.waitForFinished(20000));
        QCOMPARE(child.exitCode(), end == QLatin1String("commit") ? 0 : 4);
        QVERIFY(!QFile::exists(WriteNotice::noticePath(m_path)));
    }
    QVERIFY(WriteNotice::busyMessage(other).contains(kGeneric));
    QVERIFY(canWrite(other));
}

// What a user of the desktop waits with Database's own busy timeout (10 s) before the message.
void tst_WriteNotice::defaultBusyTimeoutWait()
{
    Database job;
    QVERIFY(job.open(m_path, Database::OpenMode::ExistingOnly).ok());
    Database other;
    QVERIFY(other.open(m_path, Database::OpenMode::ExistingOnly).ok());
    Database::Transaction tx(job);
    QVERIFY(tx.isActive());
    QElapsedTimer timer;
    timer.start();
    Database::Transaction refused(other);
    const qint64 waited = timer.elapsed();
    QVERIFY(!refused.isActive());
    qInfo("a refused write waited %lld ms", static_cast<long long>(waited));
    QVERIFY2(waited >= 9000 && waited < 15000, qPrintable(QString::number(waited)));
}

void tst_WriteNotice::accountNameIsTheDisplayName()
{
    Database db;
    QVERIFY(db.open(m_path, Database::OpenMode::ExistingOnly).ok());
    QVERIFY(db.exec(QStringLiteral("INSERT INTO users (id, username, display_name, role, password_hash, org_unit, origin_node, hlc, "
                                   "created_at, created_by, updated_at, updated_by) VALUES ('u1', 'wangfang', '王芳', 'mediator', "
                                   "'x', '110105015', 'n', 'h', '2026-01-01T00:00:00.000Z', 't', '2026-01-01T00:00:00.000Z', 't')")).ok());
    QCOMPARE(WriteNotice::accountName(db, QStringLiteral("wangfang")), QStringLiteral("王芳"));
    QCOMPARE(WriteNotice::accountName(db, QStringLiteral("cli:nobody")), QStringLiteral("cli:nobody"));
}

QTEST_GUILESS_MAIN(tst_WriteNotice)
#include "tst_writenotice.moc"
