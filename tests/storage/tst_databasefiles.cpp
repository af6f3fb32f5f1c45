// Issue 9, item 1: the database notices when its files were deleted or replaced under it and
// stops writing, and never checkpoints a stale WAL over the file another program changed.
//
// The scenario of the hostile test, at the storage level: something in the application opened
// and closed the database file (dropping every POSIX lock the process held on it); another
// program (here the sqlite3 shell) then believed it was alone, wrote, and deleted the WAL and
// shared-memory files when it closed. Before the fix, the application kept writing into its
// deleted WAL and its checkpoint on close wrote those stale pages over the file.

#include "core/Clock.h"
#include "storage/Database.h"
#include "core/DatabaseFiles.h"
#include "storage/NodeIdentity.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace ud;

class tst_DatabaseFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void displacedFilesStopWrites();
    void replacedMainFileStopsWrites();
    void openFilesAreKnownByIdentity();

private:
    QString sqlite(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QString m_shell;
};

void tst_DatabaseFiles::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false\nuniondesk.storage.warning=false"));
    m_shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QVERIFY2(!m_shell.isEmpty(), "the sqlite3 shell (Debian package sqlite3, installed by scripts/install-deps.sh)");
}

void tst_DatabaseFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("station.db"));
    Database db;
    QVERIFY(db.open(m_path, Database::OpenMode::CreateIfMissing));
    SystemClock clock;
    QVERIFY(NodeIdentity::initialize(db, QStringLiteral("110105015"), Tier::Street, QStringLiteral("测试站"), clock));
}

QString tst_DatabaseFiles::sqlite(const QString &sql)
{
    QProcess shell;
    shell.start(m_shell, {QStringLiteral("-batch"), m_path, sql});
    if (!shell.waitForFinished(30000))
        return QStringLiteral("(sqlite3 did not finish)");
    return QString::fromUtf8(shell.readAllStandardOutput() + shell.readAllStandardError()).trimmed();
}

void tst_DatabaseFiles::displacedFilesStopWrites()
{
    Database app;
    QVERIFY(app.open(m_path, Database::OpenMode::ExistingOnly));
    QVERIFY(app.verifyFilesInPlace());
    {
        Database::Transaction tx(app);
        QVERIFY(tx.isActive());
        QVERIFY(app.exec(QStringLiteral("CREATE TABLE probe_app(x TEXT)")));
        QVERIFY(app.exec(QStringLiteral("INSERT INTO probe_app VALUES ('before')")));
        QVERIFY(tx.commit());
    }

    // Something in the process reads the database file as a plain file: its locks are gone.
    {
        QFile raw(m_path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QCOMPARE(raw.read(16), QByteArray("SQLite format 3\0", 16));
    }
    // Another program, alone as far as it can tell, writes and removes the WAL when it closes.
    QCOMPARE(sqlite(QStringLiteral("CREATE TABLE probe_other(x TEXT); INSERT INTO probe_other VALUES ('other program');")),
             QString());
#ifdef Q_OS_UNIX
    QVERIFY2(!QFileInfo::exists(m_path + QStringLiteral("-wal")), "the scenario: the other program deleted the WAL");
#endif

    const Status inPlace = app.verifyFilesInPlace();
    QVERIFY(!inPlace);
    QVERIFY2(inPlace.error().contains(QLatin1String("deleted or replaced")), qPrintable(inPlace.error()));
    {
        Database::Transaction tx(app);
        QVERIFY2(!tx.isActive(), "no write once the files are gone");
        QCOMPARE(tx.error(), inPlace.error());
    }
#ifdef Q_OS_LINUX
    // A statement outside any Transaction (autocommit) is stopped too, by the commit hook.
    QVERIFY(!app.exec(QStringLiteral("INSERT INTO probe_app VALUES ('after')")));
#endif
    app.close(); // must not fold the stale WAL into the file

    QCOMPARE(sqlite(QStringLiteral("PRAGMA integrity_check;")), QStringLiteral("ok"));
    QCOMPARE(sqlite(QStringLiteral("SELECT x FROM probe_other;")), QStringLiteral("other program"));
    QCOMPARE(sqlite(QStringLiteral("SELECT x FROM probe_app;")), QStringLiteral("before"));
}

void tst_DatabaseFiles::replacedMainFileStopsWrites()
{
    Database app;
    QVERIFY(app.open(m_path, Database::OpenMode::ExistingOnly));
    const QString copy = m_dir->filePath(QStringLiteral("copy.db"));
    QVERIFY(app.backupTo(copy));
    // Another program puts a different file under the database's name.
    QVERIFY(QFile::rename(m_path, m_dir->filePath(QStringLiteral("moved.db"))));
    QVERIFY(QFile::rename(copy, m_path));
    QVERIFY(!app.verifyFilesInPlace());
    Database::Transaction tx(app);
    QVERIFY(!tx.isActive());
}

void tst_DatabaseFiles::openFilesAreKnownByIdentity()
{
    QVERIFY(!DatabaseFiles::isOpenDatabaseFile(m_path));
    {
        Database app;
        QVERIFY(app.open(m_path, Database::OpenMode::ExistingOnly));
        QVERIFY(DatabaseFiles::isOpenDatabaseFile(m_path));
        QVERIFY(DatabaseFiles::isOpenDatabaseFile(m_path + QStringLiteral("-wal")));
        QVERIFY(DatabaseFiles::isOpenDatabaseFile(m_path + QStringLiteral("-shm")));
        QVERIFY(DatabaseFiles::isOpenDatabaseFile(m_path + QStringLiteral("-journal")));
#ifdef Q_OS_UNIX
        // Another name of the same file (a hard link) is the same file.
        QVERIFY(::link(QFile::encodeName(m_path).constData(), QFile::encodeName(m_dir->filePath(QStringLiteral("hard.db"))).constData()) == 0);
        QVERIFY(DatabaseFiles::isOpenDatabaseFile(m_dir->filePath(QStringLiteral("hard.db"))));
#endif
        QVERIFY(!DatabaseFiles::isOpenDatabaseFile(m_dir->filePath(QStringLiteral("export.csv"))));
        QVERIFY(!DatabaseFiles::refuseOpenDatabaseFile(m_path));
    }
    QVERIFY2(!DatabaseFiles::isOpenDatabaseFile(m_path), "closed: no longer registered");
}

QTEST_GUILESS_MAIN(tst_DatabaseFiles)
#include "tst_databasefiles.moc"
