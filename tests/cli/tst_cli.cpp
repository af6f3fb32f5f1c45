// Tests for uniondesk-cli, run as a separate process exactly as scripts run it: exit codes
// (0 done, 1 negative answer, 2 wrong command line, 3 failed), messages on the right stream,
// and files on disk (nothing half-written, nothing replaced without being kept).
//
// HOME and the XDG folders point into a temporary directory, so the default database path
// (<data dir>/UnionDesk/node.db) is never the real one.

#include "cli/CliProcess.h"
#include "storage/Accounts.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace ud;

using udtest::CliRun;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// One value from a database file, through a private connection that is closed again.
QVariant scalar(const QString &path, const QString &sql, const QVariantList &binds = {})
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("tst_cli_%1").arg(counter.fetch_add(1));
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant &b : binds)
                q.addBindValue(b);
            if (q.exec() && q.next())
                value = q.value(0);
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

bool execOn(const QString &path, const QStringList &statements)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("tst_cli_exec_%1").arg(counter.fetch_add(1));
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        if (ok) {
            QSqlQuery q(db);
            for (const QString &s : statements) {
                if (!q.exec(s)) {
                    qWarning("%s failed", qPrintable(s));
                    ok = false;
                    break;
                }
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// `demo --size N` adds N workers (and N/4 employers).
qint64 demoWorkers(const QString &dbPath)
{
    const QVariant v = scalar(dbPath, QStringLiteral("SELECT count(*) FROM workers WHERE deleted = 0"));
    return v.isValid() ? v.toLongLong() : -1;
}

QString printedPassword(const QString &out)
{
    static const QRegularExpression re(QStringLiteral("password: (\\S+)"));
    return re.match(out).captured(1);
}

QStringList filesStartingWith(const QString &dir, const QString &prefix)
{
    return QDir(dir).entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace

// verifyStreams() and stop the test function at its first failure.
#define VERIFY_RUN(result, exit, args) \
    do { \
        verifyStreams(result, exit, args); \
        if (QTest::currentTestFailed()) \
            return; \
    } while (false)

class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void arguments_data();
    void arguments();
    void chinese_data();
    void chinese();
    void initRefused_data();
    void initRefused();
    void initCreatesOnce();
    void demoCreatesAndAdds();
    void demoRefused_data();
    void demoRefused();
    void check_data();
    void check();
    void backupAndRestore();
    void restoreRefused_data();
    void restoreRefused();
    void nodeSetBody();
    void caseMoveNeedsAnOverrideForAWarning();
    void caseMoveRefusesADateBeforeThePreviousMove();

private:
    CliRun run(const QStringList &args, const QString &lang = QStringLiteral("en"));
    // Exit code and streams: 0/1 answer on stdout only, 2/3 complain on stderr only.
    void verifyStreams(const CliRun &r, int expectedCode, const QStringList &args);
    QString work(const QString &name) const { return m_work->filePath(name); }

    QString m_cli;
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_nodeDb;  // from `init --admin`, made once; copied by tests that need a node
    QString m_demoDb;  // from `demo --size 50 --seed 3`, made once
    udtest::CliCredentials m_nodeAdmin; // the administrators of the two, for commands that need a login
    udtest::CliCredentials m_demoAdmin;
};

CliRun tst_Cli::run(const QStringList &args, const QString &lang)
{
    return udtest::runCli(m_cli, m_home.path(), m_work ? m_work->path() : m_home.path(), args, lang, 90000);
}

void tst_Cli::verifyStreams(const CliRun &r, int expectedCode, const QStringList &args)
{
    udtest::verifyCliStreams(r, expectedCode, args);
}

void tst_Cli::initTestCase()
{
    m_cli = qEnvironmentVariable("UD_CLI");
    QVERIFY2(!m_cli.isEmpty(), "UD_CLI is not set (run through ctest)");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli));
    QVERIFY(m_home.isValid());

    m_nodeDb = m_home.filePath(QStringLiteral("fixtures/node.db"));
    const QStringList initArgs{QStringLiteral("--db"), m_nodeDb, QStringLiteral("init"), QStringLiteral("--org"),
                               QStringLiteral("110105015"), QStringLiteral("--admin"), QStringLiteral("boss")};
    const CliRun initRun = run(initArgs);
    VERIFY_RUN(initRun, 0, initArgs);
    m_nodeAdmin = {QStringLiteral("boss"), printedPassword(initRun.out)};
    m_demoDb = m_home.filePath(QStringLiteral("fixtures/demo.db"));
    const QStringList demoArgs{QStringLiteral("--db"), m_demoDb, QStringLiteral("demo"), QStringLiteral("--size"),
                               QStringLiteral("50"), QStringLiteral("--seed"), QStringLiteral("3")};
    const CliRun demoRun = run(demoArgs);
    VERIFY_RUN(demoRun, 0, demoArgs);
    m_demoAdmin = {QStringLiteral("admin"), printedPassword(demoRun.out)};
}

void tst_Cli::init()
{
    udtest::cliCredentials() = {}; // each test signs in where it needs to
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
}

void tst_Cli::cleanupTestCase()
{
    // Nothing ran against the default database path: commands without --db must not create it.
    const QString defaultDb = m_home.filePath(QStringLiteral("data/UnionDesk/node.db"));
    QVERIFY2(!QFileInfo::exists(defaultDb), qPrintable(defaultDb));
    m_work.reset();
}

void tst_Cli::arguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("says"); // each must appear in stdout (0/1) or stderr (2/3)

    const QString schema = QString::number(Database::latestSchemaVersion());
    auto v = [](const char *kind, const char *value) {
        return QStringList{QStringLiteral("validate"), QString::fromLatin1(kind), QString::fromLatin1(value)};
    };

    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << 0
                            << QStringList{QStringLiteral("Usage"), QStringLiteral("validate"), QStringLiteral("restore")};
    QTest::newRow("help") << QStringList{QStringLiteral("help")} << 0 << QStringList{QStringLiteral("Usage")};
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << 0
                               << QStringList{QStringLiteral("uniondesk-cli"), QStringLiteral("schema"), schema};
    QTest::newRow("no arguments") << QStringList{} << 2 << QStringList{QStringLiteral("Usage")};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2
                                     << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown option, top level") << QStringList{QStringLiteral("--frobnicate")} << 2
                                               << QStringList{QStringLiteral("--frobnicate")};
    QTest::newRow("unknown option, init")
        << QStringList{QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("110105015"), QStringLiteral("--frobnicate")}
        << 2 << QStringList{QStringLiteral("--frobnicate")};
    QTest::newRow("unknown option, demo")
        << QStringList{QStringLiteral("demo"), QStringLiteral("--frobnicate"), QStringLiteral("1")} << 2
        << QStringList{QStringLiteral("--frobnicate")};
    QTest::newRow("--db without a value") << QStringList{QStringLiteral("check"), QStringLiteral("--db")} << 2
                                          << QStringList{QStringLiteral("--db")};

    QTest::newRow("id valid, female 1949-12-31") << v("id", "11010519491231002X") << 0
                                                 << QStringList{QStringLiteral("1949-12-31"), QStringLiteral("female")};
    QTest::newRow("id lower-case x") << v("id", "11010519491231002x") << 0 << QStringList{QStringLiteral("1949-12-31")};
    QTest::newRow("id unknown division") << v("id", "340524198001010013") << 1 << QStringList{QStringLiteral("Invalid")};
    QTest::newRow("id retired area code 通县") << v("id", "110223196505120015") << 0
                                              << QStringList{QStringLiteral("1965-05-12"), QString::fromUtf8("通县"),
                                                             QStringLiteral("1997")};
    QTest::newRow("id area code in no list: a warning") << v("id", "999901196505120017") << 0
                                                         << QStringList{QStringLiteral("Warning"), QStringLiteral("999901")};
    QTest::newRow("id wrong check digit") << v("id", "110105194912310021") << 1 << QStringList{QStringLiteral("Invalid")};
    QTest::newRow("id 16 digits") << v("id", "1101051949123100") << 1
                                  << QStringList{QStringLiteral("Invalid"), QStringLiteral("18"), QStringLiteral("16")};
    QTest::newRow("id legacy 15 digits") << v("id", "110105491231002") << 0
                                         << QStringList{QStringLiteral("11010519491231002X"), QStringLiteral("1949-12-31")};
    QTest::newRow("uscc valid") << v("uscc", "914403001922038216") << 0 << QStringList{QStringLiteral("Valid")};
    QTest::newRow("uscc valid, lower case") << v("uscc", "81110105mc1234567u") << 0 << QStringList{QStringLiteral("Valid")};
    QTest::newRow("uscc wrong check character") << v("uscc", "91350100M0001TGQXM") << 1
                                                << QStringList{QStringLiteral("Invalid")};
    QTest::newRow("uscc bad characters") << v("uscc", "9144030019220382I6") << 1 << QStringList{QStringLiteral("Invalid")};
    QTest::newRow("uscc too short") << v("uscc", "91440300192203821") << 1 << QStringList{QStringLiteral("Invalid")};
    QTest::newRow("validate unknown kind") << v("foo", "x") << 2 << QStringList{QStringLiteral("foo")};
    QTest::newRow("validate without value") << QStringList{QStringLiteral("validate"), QStringLiteral("id")} << 2
                                            << QStringList{QStringLiteral("validate")};
    QTest::newRow("validate, one value too many")
        << QStringList{QStringLiteral("validate"), QStringLiteral("id"), QStringLiteral("1"), QStringLiteral("2")} << 2
        << QStringList{QStringLiteral("validate")};
}

void tst_Cli::arguments()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QStringList, says);
    const CliRun r = run(args);
    VERIFY_RUN(r, code, args);
    const QString text = code <= 1 ? r.out : r.err;
    for (const QString &s : says)
        QVERIFY2(text.contains(s), qPrintable(QStringLiteral("\"%1\" missing from:\n%2").arg(s, text)));
}

// Translations may be incomplete: only the exit codes and that something is said.
void tst_Cli::chinese_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << 0;
    QTest::newRow("id valid") << QStringList{QStringLiteral("validate"), QStringLiteral("id"), QStringLiteral("11010519491231002X")} << 0;
    QTest::newRow("id short") << QStringList{QStringLiteral("validate"), QStringLiteral("id"), QStringLiteral("1101051949123100")} << 1;
    QTest::newRow("uscc bad") << QStringList{QStringLiteral("validate"), QStringLiteral("uscc"), QStringLiteral("91350100M0001TGQXM")} << 1;
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2;
    QTest::newRow("check missing db") << QStringList{QStringLiteral("--db"), QStringLiteral("missing.db"), QStringLiteral("check")} << 3;
}

void tst_Cli::chinese()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const CliRun r = run(args, QStringLiteral("zh_CN"));
    QVERIFY(r.finished);
    QCOMPARE(r.code, code);
    QVERIFY(!(r.out + r.err).trimmed().isEmpty());
    if (code >= 2)
        QVERIFY(!r.err.trimmed().isEmpty());
}

void tst_Cli::initRefused_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("says");
    QTest::newRow("no --org") << QStringList{} << 2 << QStringLiteral("--org");
    QTest::newRow("--org without value") << QStringList{QStringLiteral("--org")} << 2 << QStringLiteral("--org");
    QTest::newRow("unknown org") << QStringList{QStringLiteral("--org"), QStringLiteral("999999999")} << 3
                                 << QStringLiteral("999999999");
    QTest::newRow("unknown tier") << QStringList{QStringLiteral("--org"), QStringLiteral("110105015"), QStringLiteral("--tier"),
                                                 QStringLiteral("galaxy")}
                                  << 2 << QStringLiteral("galaxy");
    QTest::newRow("bad admin name") << QStringList{QStringLiteral("--org"), QStringLiteral("110105015"), QStringLiteral("--admin"),
                                                   QStringLiteral("a b")}
                                    << 3 << QString();
    QTest::newRow("unexpected argument") << QStringList{QStringLiteral("--org"), QStringLiteral("110105015"), QStringLiteral("extra")}
                                         << 2 << QStringLiteral("extra");
}

void tst_Cli::initRefused()
{
    QFETCH(QStringList, options);
    QFETCH(int, code);
    QFETCH(QString, says);
    const QStringList args = QStringList{QStringLiteral("--db"), work(QStringLiteral("x.db")), QStringLiteral("init")} + options;
    const CliRun r = run(args);
    VERIFY_RUN(r, code, args);
    if (!says.isEmpty())
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
    // Nothing left behind: no database, no half-built *.creating file, no WAL side files.
    QCOMPARE(filesStartingWith(m_work->path(), QStringLiteral("x.db")), QStringList());
}

void tst_Cli::initCreatesOnce()
{
    const QString db = work(QStringLiteral("station.db"));
    const QStringList args{QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--org"),
                           QStringLiteral("110105015"), QStringLiteral("--admin"), QStringLiteral("chair")};
    const CliRun r = run(args);
    VERIFY_RUN(r, 0, args);
    QVERIFY(QFileInfo(db).isFile());
    QCOMPARE(filesStartingWith(m_work->path(), QStringLiteral("station.db")), QStringList{QStringLiteral("station.db")});
    QVERIFY2(r.out.contains(QStringLiteral("110105015")), qPrintable(r.out));

    const auto info = Database::inspectFile(db);
    QVERIFY2(info.ok(), qPrintable(info.error()));
    QCOMPARE(info.value().orgUnit, QStringLiteral("110105015"));
    QCOMPARE(info.value().schemaVersion, Database::latestSchemaVersion());
    QCOMPARE(scalar(db, QStringLiteral("SELECT tier FROM node")).toString(), QStringLiteral("street"));

    // The printed password is the administrator's real one, shown once.
    const QString password = printedPassword(r.out);
    QVERIFY2(password.size() >= 8, qPrintable(r.out));
    const QString hash = scalar(db, QStringLiteral("SELECT password_hash FROM users WHERE username = 'chair'")).toString();
    QVERIFY(!hash.isEmpty());
    QVERIFY(PasswordHasher::verify(hash, password));
    QCOMPARE(scalar(db, QStringLiteral("SELECT role FROM users WHERE username = 'chair'")).toString(),
             QStringLiteral("administrator"));

    // A second init on the same path is refused and changes nothing.
    const QByteArray before = readAll(db);
    QVERIFY(!before.isEmpty());
    const QStringList again{QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--org"),
                            QStringLiteral("110105001"), QStringLiteral("--admin"), QStringLiteral("other")};
    const CliRun second = run(again);
    VERIFY_RUN(second, 3, again);
    QVERIFY(readAll(db) == before);
    QCOMPARE(filesStartingWith(m_work->path(), QStringLiteral("station.db")), QStringList{QStringLiteral("station.db")});
}

void tst_Cli::demoCreatesAndAdds()
{
    // The fixture made by initTestCase: a complete demo node on a new path.
    QVERIFY(QFileInfo(m_demoDb).isFile());
    QCOMPARE(filesStartingWith(QFileInfo(m_demoDb).path(), QStringLiteral("demo.db")), QStringList{QStringLiteral("demo.db")});
    QCOMPARE(demoWorkers(m_demoDb), qint64(50));
    QCOMPARE(scalar(m_demoDb, QStringLiteral("SELECT count(*) FROM users")).toLongLong(), qint64(4));

    // Again on a fresh path, to see the password it prints.
    const QString db = work(QStringLiteral("demo.db"));
    const QStringList args{QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--size"),
                           QStringLiteral("50"), QStringLiteral("--seed"), QStringLiteral("3")};
    const CliRun r = run(args);
    VERIFY_RUN(r, 0, args);
    QVERIFY(QFileInfo(db).isFile());
    const QString password = printedPassword(r.out);
    QVERIFY2(password.size() >= 8, qPrintable(r.out));
    const QString hash = scalar(db, QStringLiteral("SELECT password_hash FROM users WHERE username = 'admin'")).toString();
    QVERIFY(PasswordHasher::verify(hash, password));
    QCOMPARE(demoWorkers(db), qint64(50));
    QCOMPARE(filesStartingWith(m_work->path(), QStringLiteral("demo.db")), QStringList{QStringLiteral("demo.db")});

    // On an existing database it adds data (an administrator's decision) and prints no new password.
    udtest::cliCredentials() = {QStringLiteral("admin"), password};
    const QStringList more{QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--size"),
                           QStringLiteral("7"), QStringLiteral("--seed"), QStringLiteral("11")};
    const CliRun added = run(more);
    VERIFY_RUN(added, 0, more);
    QVERIFY2(printedPassword(added.out).isEmpty(), qPrintable(added.out));
    QCOMPARE(demoWorkers(db), qint64(57));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM users")).toLongLong(), qint64(4));

    const QStringList checkArgs{QStringLiteral("--db"), db, QStringLiteral("check")};
    VERIFY_RUN(run(checkArgs), 0, checkArgs);
}

void tst_Cli::demoRefused_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("says");
    QTest::newRow("--size -1") << QStringList{QStringLiteral("--size"), QStringLiteral("-1")} << QStringLiteral("--size");
    QTest::newRow("--size abc") << QStringList{QStringLiteral("--size"), QStringLiteral("abc")} << QStringLiteral("--size");
    QTest::newRow("--size 1000001") << QStringList{QStringLiteral("--size"), QStringLiteral("1000001")} << QStringLiteral("--size");
    QTest::newRow("--size=2.5") << QStringList{QStringLiteral("--size=2.5")} << QStringLiteral("--size");
    QTest::newRow("--size without value") << QStringList{QStringLiteral("--size")} << QStringLiteral("--size");
    QTest::newRow("--seed abc") << QStringList{QStringLiteral("--seed"), QStringLiteral("abc")} << QStringLiteral("--seed");
}

void tst_Cli::demoRefused()
{
    QFETCH(QStringList, options);
    QFETCH(QString, says);
    const QStringList args = QStringList{QStringLiteral("--db"), work(QStringLiteral("d.db")), QStringLiteral("demo")} + options;
    const CliRun r = run(args);
    VERIFY_RUN(r, 2, args);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QCOMPARE(filesStartingWith(m_work->path(), QStringLiteral("d.db")), QStringList());
}

void tst_Cli::check_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("says");
    QTest::newRow("good database") << QStringLiteral("good") << 0 << QStringLiteral("no problems");
    QTest::newRow("missing file") << QStringLiteral("missing") << 3 << QStringLiteral("does not exist");
    QTest::newRow("text file") << QStringLiteral("text") << 3 << QStringLiteral("not a UnionDesk database");
    QTest::newRow("empty file") << QStringLiteral("empty") << 3 << QStringLiteral("not a UnionDesk database");
    QTest::newRow("another program's SQLite file") << QStringLiteral("foreign") << 3
                                                   << QStringLiteral("not a UnionDesk database");
    QTest::newRow("newer schema") << QStringLiteral("newer") << 3 << QStringLiteral("newer");
    QTest::newRow("altered audit log") << QStringLiteral("tampered") << 1 << QStringLiteral("audit log");
    QTest::newRow("unexpected argument") << QStringLiteral("extra") << 2 << QStringLiteral("check");
}

void tst_Cli::check()
{
    QFETCH(QString, kind);
    QFETCH(int, code);
    QFETCH(QString, says);
    const QString db = work(QStringLiteral("node.db"));
    if (kind == QLatin1String("good") || kind == QLatin1String("newer") || kind == QLatin1String("tampered")
        || kind == QLatin1String("extra"))
        QVERIFY(QFile::copy(m_nodeDb, db));
    if (kind == QLatin1String("text"))
        QVERIFY(writeFile(db, "This is a shopping list, not a database.\n"));
    if (kind == QLatin1String("empty"))
        QVERIFY(writeFile(db, QByteArray()));
    if (kind == QLatin1String("foreign"))
        QVERIFY(execOn(db, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
                            QStringLiteral("INSERT INTO notes (body) VALUES ('hello')")}));
    if (kind == QLatin1String("newer"))
        QVERIFY(execOn(db, {QStringLiteral("PRAGMA user_version=999")}));
    if (kind == QLatin1String("tampered"))
        QVERIFY(execOn(db, {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                            QStringLiteral("UPDATE audit_log SET reason = 'rewritten' WHERE seq = (SELECT min(seq) FROM audit_log)")}));
    const QByteArray before = readAll(db);

    udtest::cliCredentials() = m_nodeAdmin;
    QStringList args{QStringLiteral("--db"), db, QStringLiteral("check")};
    if (kind == QLatin1String("extra"))
        args << QStringLiteral("now");
    const CliRun r = run(args);
    VERIFY_RUN(r, code, args);
    const QString text = code <= 1 ? r.out : r.err;
    QVERIFY2(text.contains(says, Qt::CaseInsensitive), qPrintable(text));
    // `check` only reads: a file that is not ours is never turned into a database.
    if (kind != QLatin1String("missing") && kind != QLatin1String("good") && kind != QLatin1String("tampered"))
        QVERIFY2(readAll(db) == before, "check changed the file");
    if (kind == QLatin1String("missing"))
        QVERIFY(!QFileInfo::exists(db));
}

void tst_Cli::backupAndRestore()
{
    const QString db = work(QStringLiteral("node/node.db"));
    QVERIFY(QDir().mkpath(work(QStringLiteral("node"))));
    QVERIFY(QFile::copy(m_demoDb, db));
    udtest::cliCredentials() = m_demoAdmin;
    const qint64 unitsAtBackup = demoWorkers(db);
    QCOMPARE(unitsAtBackup, qint64(50));

    // Default place: <folder of the database>/backups.
    const QStringList backupArgs{QStringLiteral("--db"), db, QStringLiteral("backup")};
    const CliRun b = run(backupArgs);
    VERIFY_RUN(b, 0, backupArgs);
    const QDir backups(work(QStringLiteral("node/backups")));
    const QStringList written = backups.entryList({QStringLiteral("uniondesk-*.db")}, QDir::Files);
    QCOMPARE(written.size(), 1);
    QVERIFY2(b.out.contains(written.first()), qPrintable(b.out));
    const auto inspected = Database::inspectFile(backups.filePath(written.first()));
    QVERIFY2(inspected.ok(), qPrintable(inspected.error()));
    QCOMPARE(demoWorkers(backups.filePath(written.first())), unitsAtBackup);
    QCOMPARE(backups.entryList(QDir::Files).size(), 1); // no leftover *.partial

    // An explicit file, once; a second time to the same name is refused and leaves it as it was.
    const QString copy = work(QStringLiteral("copy.db"));
    const QStringList toArgs{QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("--to"), copy};
    VERIFY_RUN(run(toArgs), 0, toArgs);
    QVERIFY(Database::inspectFile(copy).ok());
    const QByteArray copyBytes = readAll(copy);
    VERIFY_RUN(run(toArgs), 3, toArgs);
    QVERIFY(readAll(copy) == copyBytes);

    // Later work, then restore: the content at backup time comes back, the replaced file is kept.
    const QStringList demoArgs{QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--size"),
                               QStringLiteral("5"), QStringLiteral("--seed"), QStringLiteral("4")};
    VERIFY_RUN(run(demoArgs), 0, demoArgs);
    QCOMPARE(demoWorkers(db), unitsAtBackup + 5);
    const QString epochOfBackup = scalar(copy, QStringLiteral("SELECT db_epoch FROM node")).toString();
    QVERIFY(!epochOfBackup.isEmpty());

    const QStringList restoreArgs{QStringLiteral("--db"), db, QStringLiteral("restore"), copy};
    const CliRun r = run(restoreArgs);
    VERIFY_RUN(r, 0, restoreArgs);
    QCOMPARE(demoWorkers(db), unitsAtBackup);
    // The replaced file, with the -wal (and -shm) it had while the restore held it locked.
    QStringList kept = QDir(work(QStringLiteral("node"))).entryList({QStringLiteral("node.db.replaced-*")}, QDir::Files);
    kept.removeIf([](const QString &name) { return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm")); });
    QCOMPARE(kept.size(), 1);
    QVERIFY2(r.out.contains(kept.first()), qPrintable(r.out));
    QCOMPARE(demoWorkers(work(QStringLiteral("node/")) + kept.first()), unitsAtBackup + 5);
    QVERIFY(!QFileInfo::exists(db + QStringLiteral(".restoring")));
    // A restored file gets a new epoch, so upper tiers see that it was rewound.
    const QString epochNow = scalar(db, QStringLiteral("SELECT db_epoch FROM node")).toString();
    QVERIFY(!epochNow.isEmpty());
    QVERIFY(epochNow != epochOfBackup);
    QVERIFY(readAll(copy) == copyBytes); // the backup itself is untouched

    const QStringList checkArgs{QStringLiteral("--db"), db, QStringLiteral("check")};
    VERIFY_RUN(run(checkArgs), 0, checkArgs);
}

void tst_Cli::restoreRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("code");
    QTest::newRow("garbage file") << QStringLiteral("garbage") << 3;
    QTest::newRow("missing backup") << QStringLiteral("missing") << 3;
    QTest::newRow("backup from a newer version") << QStringLiteral("newer") << 3;
    QTest::newRow("the database itself") << QStringLiteral("self") << 3;
    QTest::newRow("no file given") << QStringLiteral("none") << 2;
    QTest::newRow("two files given") << QStringLiteral("two") << 2;
}

void tst_Cli::restoreRefused()
{
    QFETCH(QString, kind);
    QFETCH(int, code);
    const QString db = work(QStringLiteral("node.db"));
    QVERIFY(QFile::copy(m_nodeDb, db));
    const QString backup = work(QStringLiteral("backup.db"));
    if (kind == QLatin1String("garbage")) {
        QByteArray junk("SQLite format 3");
        junk.append(4096, '\x5a');
        QVERIFY(writeFile(backup, junk));
    }
    if (kind == QLatin1String("newer")) {
        QVERIFY(QFile::copy(m_nodeDb, backup));
        QVERIFY(execOn(backup, {QStringLiteral("PRAGMA user_version=999")}));
    }
    const QByteArray before = readAll(db);

    udtest::cliCredentials() = m_nodeAdmin;
    QStringList args{QStringLiteral("--db"), db, QStringLiteral("restore")};
    if (kind == QLatin1String("self"))
        args << db;
    else if (kind == QLatin1String("two"))
        args << backup << backup;
    else if (kind != QLatin1String("none"))
        args << backup;
    const CliRun r = run(args);
    VERIFY_RUN(r, code, args);
    if (kind == QLatin1String("garbage"))
        QVERIFY2(r.err.contains(QStringLiteral("not a UnionDesk database")), qPrintable(r.err));
    QVERIFY2(readAll(db) == before, "the database was changed by a refused restore");
    QCOMPARE(filesStartingWith(m_work->path(), QStringLiteral("node.db.")), QStringList()); // no .replaced-*, .restoring
}

// `node show` and `node set-body`: the issuing body of the mediation documents, stored in the
// node and audited under the signed-in administrator; usage errors are exit code 2.
void tst_Cli::nodeSetBody()
{
    const QString db = work(QStringLiteral("node.db"));
    QVERIFY(QFile::copy(m_nodeDb, db));
    udtest::cliCredentials() = m_nodeAdmin;
    const QStringList show{QStringLiteral("--db"), db, QStringLiteral("node"), QStringLiteral("show")};
    const CliRun before = run(show);
    VERIFY_RUN(before, 0, show);
    QVERIFY2(before.out.contains(QString::fromUtf8("总工会劳动争议调解委员会")), qPrintable(before.out));
    QVERIFY(before.out.contains(QStringLiteral("not set")));

    const QString room = QString::fromUtf8("朝阳区八里庄街道职工服务站劳动争议调解室");
    const QStringList set{QStringLiteral("--db"), db, QStringLiteral("node"), QStringLiteral("set-body"), room};
    const CliRun r = run(set);
    VERIFY_RUN(r, 0, set);
    QVERIFY2(r.out.contains(room), qPrintable(r.out));
    QCOMPARE(scalar(db, QStringLiteral("SELECT mediation_body FROM node")).toString(), room);
    QCOMPARE(scalar(db, QStringLiteral("SELECT actor FROM audit_log WHERE table_name = 'node' ORDER BY seq DESC LIMIT 1"))
                 .toString(),
             m_nodeAdmin.user);
    const CliRun after = run(show);
    VERIFY_RUN(after, 0, show);
    QVERIFY(after.out.contains(room));
    QVERIFY(!after.out.contains(QStringLiteral("not set")));
    const QStringList check{QStringLiteral("--db"), db, QStringLiteral("check")};
    VERIFY_RUN(run(check), 0, check);

    for (const QStringList &bad : {QStringList{QStringLiteral("--db"), db, QStringLiteral("node")},
                                   QStringList{QStringLiteral("--db"), db, QStringLiteral("node"), QStringLiteral("rename")},
                                   QStringList{QStringLiteral("--db"), db, QStringLiteral("node"), QStringLiteral("set-body")}}) {
        const CliRun refused = run(bad);
        VERIFY_RUN(refused, 2, bad);
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT mediation_body FROM node")).toString(), room);
}

// `case move`: a late application for arbitration review is refused without --override (exit 1,
// the warning on stdout) and goes ahead with it; the case keeps the reason.
void tst_Cli::caseMoveNeedsAnOverrideForAWarning()
{
    const QString db = work(QStringLiteral("move.db"));
    QVERIFY(QFile::copy(m_demoDb, db));
    QFile(db).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    udtest::cliCredentials() = m_demoAdmin;
    const QString caseNo = scalar(db, QStringLiteral("SELECT case_no FROM mediation_cases ORDER BY case_no LIMIT 1")).toString();
    QVERIFY(!caseNo.isEmpty());
    // Made an agreement 60 days ago (arbitration review was due 45 days ago at the latest).
    const QDate today = QDate::currentDate();
    scalar(db,
           QStringLiteral("UPDATE mediation_cases SET status = 'agreed', received_on = ?, decided_on = ?, agreed_on = ?, "
                          "closed_on = NULL, close_reason = NULL, review_kind = NULL, review_applied_on = NULL "
                          "WHERE case_no = ?"),
           {today.addDays(-70).toString(Qt::ISODate), today.addDays(-69).toString(Qt::ISODate),
            today.addDays(-60).toString(Qt::ISODate), caseNo});
    QCOMPARE(scalar(db, QStringLiteral("SELECT status FROM mediation_cases WHERE case_no = ?"), {caseNo}).toString(),
             QStringLiteral("agreed"));

    QStringList args{QStringLiteral("--db"), db, QStringLiteral("case"), QStringLiteral("move"), caseNo,
                     QStringLiteral("--to"), QStringLiteral("arbitration_review"), QStringLiteral("--on"),
                     today.toString(Qt::ISODate)};
    const CliRun refused = run(args);
    VERIFY_RUN(refused, 1, args);
    QVERIFY2(refused.out.contains(QStringLiteral("Arbitration review had to be applied for by"))
                 && refused.out.contains(QStringLiteral("--override")),
             qPrintable(refused.out));
    QCOMPARE(scalar(db, QStringLiteral("SELECT status FROM mediation_cases WHERE case_no = ?"), {caseNo}).toString(),
             QStringLiteral("agreed"));

    const QStringList noReason = args + QStringList{QStringLiteral("--override"), QStringLiteral(" ")};
    VERIFY_RUN(run(noReason), 2, noReason);

    args << QStringLiteral("--override") << QStringLiteral("posted in time");
    const CliRun moved = run(args);
    VERIFY_RUN(moved, 0, args);
    QVERIFY2(moved.out.contains(QStringLiteral("Warning overridden")), qPrintable(moved.out));
    QCOMPARE(scalar(db, QStringLiteral("SELECT status FROM mediation_cases WHERE case_no = ?"), {caseNo}).toString(),
             QStringLiteral("arbitration_review"));
    const QString overrides = scalar(db, QStringLiteral("SELECT overrides FROM mediation_cases WHERE case_no = ?"), {caseNo}).toString();
    QVERIFY2(overrides.startsWith(today.toString(Qt::ISODate)) && overrides.endsWith(QStringLiteral(" — posted in time")),
             qPrintable(overrides));

    const QStringList unknown{QStringLiteral("--db"), db, QStringLiteral("case"), QStringLiteral("move"),
                              QStringLiteral("no-such-case"), QStringLiteral("--to"), QStringLiteral("accepted"),
                              QStringLiteral("--on"), today.toString(Qt::ISODate)};
    VERIFY_RUN(run(unknown), 2, unknown);
}

// `case move` keeps the case's order like the status dialog: the move to in mediation records its
// date, and a failure dated before it is refused (exit 1) naming both dates; the case stays.
void tst_Cli::caseMoveRefusesADateBeforeThePreviousMove()
{
    const QString db = work(QStringLiteral("order.db"));
    QVERIFY(QFile::copy(m_demoDb, db));
    QFile(db).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    udtest::cliCredentials() = m_demoAdmin;
    const QString caseNo = scalar(db, QStringLiteral("SELECT case_no FROM mediation_cases ORDER BY case_no LIMIT 1")).toString();
    QVERIFY(!caseNo.isEmpty());
    const QDate today = QDate::currentDate();
    scalar(db,
           QStringLiteral("UPDATE mediation_cases SET status = 'accepted', received_on = ?, decided_on = ?, agreed_on = NULL, "
                          "closed_on = NULL, close_reason = NULL, review_kind = NULL, review_applied_on = NULL, "
                          "last_moved_on = NULL WHERE case_no = ?"),
           {today.addDays(-20).toString(Qt::ISODate), today.addDays(-19).toString(Qt::ISODate), caseNo});
    const auto caseMove = [&](const QStringList &rest) {
        return QStringList{QStringLiteral("--db"), db, QStringLiteral("case"), QStringLiteral("move"), caseNo} + rest;
    };
    const QStringList mediate = caseMove({QStringLiteral("--to"), QStringLiteral("in_mediation"), QStringLiteral("--on"),
                                          today.addDays(-5).toString(Qt::ISODate)});
    VERIFY_RUN(run(mediate), 0, mediate);
    const QStringList fail = caseMove({QStringLiteral("--to"), QStringLiteral("failed"), QStringLiteral("--on"),
                                       today.addDays(-7).toString(Qt::ISODate), QStringLiteral("--close-reason"),
                                       QStringLiteral("no_agreement"), QStringLiteral("--reason"), QStringLiteral("no agreement")});
    const CliRun refused = run(fail);
    VERIFY_RUN(refused, 1, fail);
    QVERIFY2(refused.out.contains(today.addDays(-7).toString(Qt::ISODate))
                 && refused.out.contains(today.addDays(-5).toString(Qt::ISODate))
                 && refused.out.contains(QStringLiteral("previous status change")),
             qPrintable(refused.out));
    QCOMPARE(scalar(db, QStringLiteral("SELECT status FROM mediation_cases WHERE case_no = ?"), {caseNo}).toString(),
             QStringLiteral("in_mediation"));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
