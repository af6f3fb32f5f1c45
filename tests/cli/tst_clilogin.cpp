// Tests for the command line's login and role policy (CliLogin), run as a separate process: every
// command that reads or changes records signs in as a named account with the desktop's rules and
// messages, the access and audit logs name that account (never $USER), each command is refused to
// the roles that may not run it (exit 4), and a reviewer never gets a full ID number. Also: two
// `demo` runs racing on the same new path never leave a file whose password was not printed.

#include "cli/CliProcess.h"
#include "storage/Accounts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace ud;
using udtest::CliCredentials;
using udtest::CliRun;

namespace {

QVariantList column(const QString &path, const QString &sql)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("tst_clilogin_%1").arg(counter.fetch_add(1));
    QVariantList values;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql))
                while (q.next())
                    values << q.value(0);
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

QVariant scalar(const QString &path, const QString &sql)
{
    const QVariantList values = column(path, sql);
    return values.isEmpty() ? QVariant() : values.first();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

#define VERIFY_RUN(result, exit, args) \
    do { \
        udtest::verifyCliStreams(result, exit, args); \
        if (QTest::currentTestFailed()) \
            return; \
    } while (false)

class tst_CliLogin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void noLoginNeeded();
    void refusedLogins_data();
    void refusedLogins();
    void passwordOnStandardInput();
    void lockOut();
    void disabledAccount();
    void rolesPerCommand_data();
    void rolesPerCommand();
    void reviewerNeverGetsFullIdNumbers();
    void logsNameTheAccount();
    void racingDemosOnOneNewPath();

private:
    CliRun run(const QStringList &args, const QByteArray &input = {});
    QString work(const QString &name) const { return m_work->filePath(name); }
    // A fresh copy of the demo node, with known passwords for reviewer1 and mediator1.
    QString copyOfDemo();

    QString m_cli;
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_demoDb;
    CliCredentials m_admin;
    const QString m_staffPassword = QStringLiteral("staff-password-1");
};

CliRun tst_CliLogin::run(const QStringList &args, const QByteArray &input)
{
    return udtest::runCliWithInput(m_cli, m_home.path(), m_work ? m_work->path() : m_home.path(), args, input);
}

void tst_CliLogin::initTestCase()
{
    m_cli = qEnvironmentVariable("UD_CLI");
    QVERIFY2(!m_cli.isEmpty(), "UD_CLI is not set (run through ctest)");
    QVERIFY(m_home.isValid());
    udtest::cliCredentials() = {};
    m_demoDb = m_home.filePath(QStringLiteral("demo.db"));
    const QStringList demoArgs{QStringLiteral("--db"), m_demoDb, QStringLiteral("demo"), QStringLiteral("--size"),
                               QStringLiteral("20"), QStringLiteral("--seed"), QStringLiteral("5")};
    const CliRun created = run(demoArgs);
    VERIFY_RUN(created, 0, demoArgs);
    m_admin = {QStringLiteral("admin"), udtest::printedPassword(created.out)};
    QVERIFY2(m_admin.password.size() >= 8, qPrintable(created.out));
    // Known passwords for a reviewer and a mediator, set by the administrator.
    udtest::cliCredentials() = m_admin;
    for (const char *user : {"reviewer1", "mediator1"}) {
        const QStringList args{QStringLiteral("--db"), m_demoDb, QStringLiteral("user"), QStringLiteral("passwd"),
                               QString::fromLatin1(user), QStringLiteral("--password-stdin")};
        VERIFY_RUN(run(args, m_staffPassword.toUtf8() + '\n'), 0, args);
    }
}

void tst_CliLogin::init()
{
    udtest::cliCredentials() = {};
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
}

QString tst_CliLogin::copyOfDemo()
{
    const QString db = work(QStringLiteral("node.db"));
    QFile::remove(db);
    return QFile::copy(m_demoDb, db) ? db : QString();
}

void tst_CliLogin::noLoginNeeded()
{
    // --help, --version, validate and creating a new database work without any login.
    for (const QStringList &args : {QStringList{QStringLiteral("--help")}, QStringList{QStringLiteral("--version")},
                                    QStringList{QStringLiteral("validate"), QStringLiteral("id"),
                                                QStringLiteral("11010519491231002X")}}) {
        VERIFY_RUN(run(args), 0, args);
    }
    const QStringList init{QStringLiteral("--db"), work(QStringLiteral("new.db")), QStringLiteral("init"),
                           QStringLiteral("--org"), QStringLiteral("110105015"), QStringLiteral("--admin"),
                           QStringLiteral("chief")};
    VERIFY_RUN(run(init), 0, init);
    // The help explains the login and the roles.
    const CliRun help = run({QStringLiteral("--help")});
    for (const char *word : {"--user", "--password-stdin", "UD_PASSWORD", "UD_USER", "administrators"})
        QVERIFY2(help.out.contains(QLatin1String(word)), word);
}

void tst_CliLogin::refusedLogins_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("says");
    QTest::newRow("no credentials") << QString() << QString() << QStringLiteral("--user NAME");
    QTest::newRow("user without a password") << QStringLiteral("admin") << QString() << QStringLiteral("No password");
    QTest::newRow("wrong password") << QStringLiteral("admin") << QStringLiteral("not-the-password")
                                    << QStringLiteral("The user name or the password is wrong.");
    QTest::newRow("unknown user, same message") << QStringLiteral("nobody") << QStringLiteral("whatever-1")
                                                << QStringLiteral("The user name or the password is wrong.");
}

void tst_CliLogin::refusedLogins()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, says);
    const QString db = copyOfDemo();
    QVERIFY(!db.isEmpty());
    QStringList args{QStringLiteral("--db"), db};
    if (!user.isEmpty())
        args << QStringLiteral("--user") << user;
    if (!password.isEmpty())
        udtest::cliCredentials() = {user, password};
    args << QStringLiteral("export") << QStringLiteral("workers") << work(QStringLiteral("w.csv"));
    const CliRun r = run(args);
    VERIFY_RUN(r, 4, args);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(work(QStringLiteral("w.csv"))));
}

void tst_CliLogin::passwordOnStandardInput()
{
    const QString db = copyOfDemo();
    // The login's password is the first line; `user add --password-stdin` reads the second.
    const QStringList add{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"),
                          QStringLiteral("--password-stdin"), QStringLiteral("user"), QStringLiteral("add"),
                          QStringLiteral("clerk"), QStringLiteral("--role"), QStringLiteral("mediator"),
                          QStringLiteral("--password-stdin")};
    VERIFY_RUN(run(add, m_admin.password.toUtf8() + "\nclerk-password-9\n"), 0, add);
    const QString hash = scalar(db, QStringLiteral("SELECT password_hash FROM users WHERE username = 'clerk'")).toString();
    QVERIFY(PasswordHasher::verify(hash, QStringLiteral("clerk-password-9")));
    // After the command is fine too where the command reads no password of its own.
    const QStringList check{QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--user"),
                            QStringLiteral("clerk"), QStringLiteral("--password-stdin")};
    VERIFY_RUN(run(check, "clerk-password-9\n"), 0, check);
}

void tst_CliLogin::lockOut()
{
    const QString db = copyOfDemo();
    const QStringList args{QStringLiteral("--db"), db, QStringLiteral("check")};
    udtest::cliCredentials() = {QStringLiteral("mediator1"), QStringLiteral("wrong-password")};
    CliRun r;
    for (int i = 0; i < Accounts::kMaxFailedLogins; ++i)
        r = run(args);
    VERIFY_RUN(r, 4, args);
    QVERIFY2(r.err.contains(QStringLiteral("locked")), qPrintable(r.err));
    // Now even the right password is refused, with the lock-out message.
    udtest::cliCredentials() = {QStringLiteral("mediator1"), m_staffPassword};
    r = run(args);
    VERIFY_RUN(r, 4, args);
    QVERIFY2(r.err.contains(QStringLiteral("locked until")), qPrintable(r.err));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM access_log WHERE event = 'locked_out' AND actor = 'mediator1'"))
                 .toInt(),
             1);
}

void tst_CliLogin::disabledAccount()
{
    const QString db = copyOfDemo();
    udtest::cliCredentials() = m_admin;
    const QStringList disable{QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("disable"),
                              QStringLiteral("mediator1")};
    VERIFY_RUN(run(disable), 0, disable);
    udtest::cliCredentials() = {QStringLiteral("mediator1"), m_staffPassword};
    const QStringList args{QStringLiteral("--db"), db, QStringLiteral("check")};
    const CliRun r = run(args);
    VERIFY_RUN(r, 4, args);
    QVERIFY2(r.err.contains(QStringLiteral("disabled")), qPrintable(r.err));
}

void tst_CliLogin::rolesPerCommand_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<int>("code");
    const QStringList backup{QStringLiteral("backup"), QStringLiteral("--to"), QStringLiteral("b.db")};
    const QStringList users{QStringLiteral("user"), QStringLiteral("list")};
    const QStringList demo{QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("1")};
    const QStringList check{QStringLiteral("check")};
    const QStringList report{QStringLiteral("report"), QStringLiteral("mediation"), QStringLiteral("--period"),
                             QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("json")};
    const QStringList import{QStringLiteral("import"), QStringLiteral("workers"), QStringLiteral("missing.csv")};
    QTest::newRow("reviewer: backup") << QStringLiteral("reviewer1") << backup << 4;
    QTest::newRow("mediator: backup") << QStringLiteral("mediator1") << backup << 4;
    QTest::newRow("admin: backup") << QStringLiteral("admin") << backup << 0;
    QTest::newRow("mediator: user list") << QStringLiteral("mediator1") << users << 4;
    QTest::newRow("mediator: demo data") << QStringLiteral("mediator1") << demo << 4;
    QTest::newRow("reviewer: check") << QStringLiteral("reviewer1") << check << 0;
    QTest::newRow("reviewer: report") << QStringLiteral("reviewer1") << report << 0;
    QTest::newRow("reviewer: import") << QStringLiteral("reviewer1") << import << 4;
    // A mediator gets past the login to the file, which is missing.
    QTest::newRow("mediator: import") << QStringLiteral("mediator1") << import << 1;
}

void tst_CliLogin::rolesPerCommand()
{
    QFETCH(QString, user);
    QFETCH(QStringList, command);
    QFETCH(int, code);
    const QString db = copyOfDemo();
    udtest::cliCredentials() = {user, user == QLatin1String("admin") ? m_admin.password : m_staffPassword};
    const QStringList args = QStringList{QStringLiteral("--db"), db} + command;
    const CliRun r = run(args);
    VERIFY_RUN(r, code, args);
    if (code == 4)
        QVERIFY2(r.err.contains(user), qPrintable(r.err));
}

void tst_CliLogin::reviewerNeverGetsFullIdNumbers()
{
    const QString db = copyOfDemo();
    QStringList fullNumbers;
    for (const QVariant &v : column(db, QStringLiteral("SELECT id_number FROM workers WHERE id_number IS NOT NULL")))
        fullNumbers << v.toString();
    QVERIFY(fullNumbers.size() >= 10);
    const auto holdsAFullNumber = [&fullNumbers](const QByteArray &bytes) {
        for (const QString &n : std::as_const(fullNumbers))
            if (bytes.contains(n.toLatin1()))
                return true;
        return false;
    };

    // A reviewer asking for full numbers is refused, and no file is written.
    udtest::cliCredentials() = {QStringLiteral("reviewer1"), m_staffPassword};
    const QString refusedFile = work(QStringLiteral("full.csv"));
    const QStringList full{QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("workers"), refusedFile,
                           QStringLiteral("--full-id-numbers")};
    const CliRun refused = run(full);
    VERIFY_RUN(refused, 4, full);
    QVERIFY2(refused.err.contains(QStringLiteral("masked")), qPrintable(refused.err));
    QVERIFY(!QFileInfo::exists(refusedFile));
    // Without the option, the reviewer gets the list masked.
    const QString maskedFile = work(QStringLiteral("masked.csv"));
    const QStringList masked{QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("workers"), maskedFile};
    VERIFY_RUN(run(masked), 0, masked);
    QVERIFY(!holdsAFullNumber(readAll(maskedFile)));
    QVERIFY(readAll(maskedFile).contains("********"));

    // A mediator gets them, and the export is logged under the mediator's name.
    udtest::cliCredentials() = {QStringLiteral("mediator1"), m_staffPassword};
    const QString mediatorFile = work(QStringLiteral("mediator.csv"));
    const QStringList mediator{QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("workers"),
                               mediatorFile, QStringLiteral("--full-id-numbers")};
    VERIFY_RUN(run(mediator), 0, mediator);
    QVERIFY(holdsAFullNumber(readAll(mediatorFile)));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM access_log WHERE event = 'export' AND actor = 'mediator1' "
                                       "AND detail LIKE '%mediator.csv%full ID numbers%'"))
                 .toInt(),
             1);
}

void tst_CliLogin::logsNameTheAccount()
{
    const QString db = copyOfDemo();
    // Whatever $USER says, the logs name the account that signed in (it used to be "cli:$USER").
    QVERIFY(qputenv("USER", "intruder"));
    udtest::cliCredentials() = m_admin;
    const QStringList add{QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clerk"),
                          QStringLiteral("--role"), QStringLiteral("mediator")};
    VERIFY_RUN(run(add), 0, add);
    udtest::cliCredentials() = {QStringLiteral("mediator1"), m_staffPassword};
    const QStringList exportArgs{QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("workers"),
                                 work(QStringLiteral("out.csv"))};
    VERIFY_RUN(run(exportArgs), 0, exportArgs);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM access_log WHERE actor LIKE 'cli:%'")).toInt(), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE actor LIKE 'cli:%'")).toInt(), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'admin' AND table_name = 'users' "
                                       "AND record_id = (SELECT id FROM users WHERE username = 'clerk')"))
                 .toInt()
                 > 0,
             true);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM access_log WHERE actor = 'mediator1' AND event = 'export'"))
                 .toInt(),
             1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM access_log WHERE actor = 'admin' AND event = 'login'")).toInt()
                 > 0,
             true);
}

void tst_CliLogin::racingDemosOnOneNewPath()
{
    // Two `demo` runs start on the same new path. Whatever the timing, the file that ends up there
    // belongs to a run that said "Created" and printed its password, and at most one says so.
    for (int round = 0; round < 3; ++round) {
        const QString db = work(QStringLiteral("race%1.db").arg(round));
        QList<QProcess *> processes;
        for (int i = 0; i < 2; ++i) {
            auto *p = new QProcess(this);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HOME"), m_home.path());
            env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
            p->setProcessEnvironment(env);
            p->start(m_cli, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db,
                             QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("8"),
                             QStringLiteral("--seed"), QString::number(i + 1)});
            processes << p;
        }
        QStringList passwords;
        int created = 0;
        for (QProcess *p : std::as_const(processes)) {
            QVERIFY(p->waitForFinished(120000));
            const QString out = QString::fromUtf8(p->readAllStandardOutput());
            const QString err = QString::fromUtf8(p->readAllStandardError());
            if (p->exitCode() == 0) {
                ++created;
                passwords << udtest::printedPassword(out);
            } else {
                QCOMPARE(p->exitCode(), 3);
                QVERIFY2(err.contains(QStringLiteral("already exists")) || err.contains(QStringLiteral("another program")),
                         qPrintable(err));
            }
            delete p;
        }
        QVERIFY2(created == 1, qPrintable(QStringLiteral("%1 runs said they created the database").arg(created)));
        const QString hash = scalar(db, QStringLiteral("SELECT password_hash FROM users WHERE username = 'admin'")).toString();
        QVERIFY2(PasswordHasher::verify(hash, passwords.first()),
                 "the database holds another run's data than the one whose password was printed");
        // No temporary file is left behind.
        const QStringList left = QDir(m_work->path()).entryList({QStringLiteral("race%1.db*").arg(round)}, QDir::Files);
        QCOMPARE(left, QStringList{QStringLiteral("race%1.db").arg(round)});
    }
}

QTEST_GUILESS_MAIN(tst_CliLogin)
#include "tst_clilogin.moc"
