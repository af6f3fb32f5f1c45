// Tests for `uniondesk-cli user ...` and `init --admin USER --password-stdin`, run as a separate
// process exactly as scripts run it: exit codes (0 done, 2 wrong command line, 3 failed),
// messages on the right stream, passwords generated and printed once or read from stdin, and
// every change audited with the administrator who signed in (UD_USER/UD_PASSWORD), never the OS
// user.
//
// HOME and the XDG folders point into a temporary directory, so the default database path is
// never the real one.

#include "storage/Accounts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace ud;

namespace {

const QString kBossPassword = QStringLiteral("Boss#2026pw");
const QString kOsUser = QStringLiteral("tester");
const QString kActor = QStringLiteral("boss"); // the administrator the CLI signs in as

struct CliRun
{
    bool finished = false;
    int code = -1;
    QString out;
    QString err;
};

// One value from a database file, through a private connection that is closed again.
QVariant scalar(const QString &path, const QString &sql, const QVariantList &binds = {})
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("tst_usercommand_%1").arg(counter.fetch_add(1));
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

QString printedPassword(const QString &out)
{
    static const QRegularExpression re(QStringLiteral("password: (\\S+)"));
    return re.match(out).captured(1);
}

} // namespace

#define VERIFY_RUN(result, exit, args) \
    do { \
        verifyStreams(result, exit, args); \
        if (QTest::currentTestFailed()) \
            return; \
    } while (false)

class tst_UserCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void initWithPasswordFromStdin();
    void initPasswordStdinRefused_data();
    void initPasswordStdinRefused();
    void help();
    void addWithGeneratedPassword();
    void addWithPasswordFromStdin();
    void addRefused_data();
    void addRefused();
    void listShowsRolesAndStatus();
    void disableAndEnable();
    void lastAdministratorIsProtected();
    void passwd();
    void role();
    void otherRefusals_data();
    void otherRefusals();

private:
    CliRun run(const QStringList &args, const QByteArray &input = {});
    void verifyStreams(const CliRun &r, int expectedCode, const QStringList &args);
    QStringList onDb(const QStringList &args) const { return QStringList{QStringLiteral("--db"), m_db} + args; }
    bool passwordWorks(const QString &username, const QString &password) const;
    QJsonObject lastAudit(const QString &username, QString *actor, QString *reason) const;

    QString m_cli;
    QTemporaryDir m_home;
    QString m_fixture; // `init --admin boss --password-stdin`, made once
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_db;      // a fresh copy of the fixture for each test
    QString m_loginPassword = kBossPassword; // boss's password as it is now
};

CliRun tst_UserCommand::run(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("USER"), kOsUser);
    env.insert(QStringLiteral("UD_USER"), QStringLiteral("boss"));
    env.insert(QStringLiteral("UD_PASSWORD"), m_loginPassword);
    env.remove(QStringLiteral("USERNAME"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("UNIONDESK_LANG"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_work ? m_work->path() : m_home.path());
    p.start(m_cli, QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
    CliRun r;
    if (!p.waitForStarted(10000))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    r.finished = p.waitForFinished(90000) && p.exitStatus() == QProcess::NormalExit;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void tst_UserCommand::verifyStreams(const CliRun &r, int expectedCode, const QStringList &args)
{
    const QString context = QStringLiteral("uniondesk-cli %1\nexit %2\n--- stdout:\n%3\n--- stderr:\n%4")
                                .arg(args.join(QLatin1Char(' ')))
                                .arg(r.code)
                                .arg(r.out, r.err);
    QVERIFY2(r.finished, qPrintable(context));
    QVERIFY2(r.code == expectedCode, qPrintable(QStringLiteral("expected exit %1; ").arg(expectedCode) + context));
    if (expectedCode <= 1) {
        QVERIFY2(!r.out.trimmed().isEmpty(), qPrintable(QStringLiteral("nothing on stdout; ") + context));
        QVERIFY2(r.err.isEmpty(), qPrintable(QStringLiteral("unexpected stderr; ") + context));
    } else {
        QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(QStringLiteral("an error must be explained on stderr; ") + context));
        QVERIFY2(r.out.isEmpty(), qPrintable(QStringLiteral("an error must leave stdout empty; ") + context));
    }
}

bool tst_UserCommand::passwordWorks(const QString &username, const QString &password) const
{
    const QString hash = scalar(m_db, QStringLiteral("SELECT password_hash FROM users WHERE username = ?"), {username}).toString();
    return !hash.isEmpty() && PasswordHasher::verify(hash, password);
}

QJsonObject tst_UserCommand::lastAudit(const QString &username, QString *actor, QString *reason) const
{
    const QString sql = QStringLiteral("SELECT %1 FROM audit_log WHERE table_name = 'users' AND record_id = "
                                       "(SELECT id FROM users WHERE username = ?) ORDER BY seq DESC LIMIT 1");
    *actor = scalar(m_db, sql.arg(QStringLiteral("actor")), {username}).toString();
    *reason = scalar(m_db, sql.arg(QStringLiteral("reason")), {username}).toString();
    return QJsonDocument::fromJson(scalar(m_db, sql.arg(QStringLiteral("changes")), {username}).toString().toUtf8()).object();
}

void tst_UserCommand::initTestCase()
{
    m_cli = qEnvironmentVariable("UD_CLI");
    QVERIFY2(!m_cli.isEmpty(), "UD_CLI is not set (run through ctest)");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli));
    QVERIFY(m_home.isValid());
    m_fixture = m_home.filePath(QStringLiteral("fixtures/node.db"));
    const QStringList args{QStringLiteral("--db"), m_fixture, QStringLiteral("init"), QStringLiteral("--org"),
                           QStringLiteral("110105015"), QStringLiteral("--admin"), QStringLiteral("boss"),
                           QStringLiteral("--password-stdin")};
    VERIFY_RUN(run(args, kBossPassword.toUtf8() + "\n"), 0, args);
}

void tst_UserCommand::init()
{
    m_loginPassword = kBossPassword;
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
    m_db = m_work->filePath(QStringLiteral("node.db"));
    QVERIFY(QFile::copy(m_fixture, m_db));
    QFile(m_db).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void tst_UserCommand::initWithPasswordFromStdin()
{
    // The fixture's administrator has the password given on stdin, which was never printed.
    QVERIFY(passwordWorks(QStringLiteral("boss"), kBossPassword));
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT role FROM users WHERE username = 'boss'")).toString(),
             QStringLiteral("administrator"));
    // Made by init, which needs no login: the actor is the setup, as in the desktop's wizard.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT created_by FROM users WHERE username = 'boss'")).toString(),
             QStringLiteral("setup"));

    // A Windows line end is not part of the password.
    const QString db = m_work->filePath(QStringLiteral("crlf.db"));
    const QStringList args{QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--org"),
                           QStringLiteral("110105015"), QStringLiteral("--admin"), QStringLiteral("chief"),
                           QStringLiteral("--password-stdin")};
    const CliRun r = run(args, QByteArrayLiteral("工会主席密码2026\r\n"));
    VERIFY_RUN(r, 0, args);
    QVERIFY(!r.out.contains(QStringLiteral("工会主席密码2026")));
    const QString hash = scalar(db, QStringLiteral("SELECT password_hash FROM users WHERE username = 'chief'")).toString();
    QVERIFY(PasswordHasher::verify(hash, QStringLiteral("工会主席密码2026")));
}

void tst_UserCommand::initPasswordStdinRefused_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("code");
    QTest::newRow("without --admin") << QStringList{QStringLiteral("--password-stdin")} << QByteArray("long enough\n") << 2;
    QTest::newRow("short password")
        << QStringList{QStringLiteral("--admin"), QStringLiteral("boss"), QStringLiteral("--password-stdin")}
        << QByteArray("short\n") << 3;
    QTest::newRow("nothing on stdin")
        << QStringList{QStringLiteral("--admin"), QStringLiteral("boss"), QStringLiteral("--password-stdin")}
        << QByteArray() << 3;
}

void tst_UserCommand::initPasswordStdinRefused()
{
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, input);
    QFETCH(int, code);
    const QString db = m_work->filePath(QStringLiteral("refused.db"));
    const QStringList args = QStringList{QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--org"),
                                         QStringLiteral("110105015")}
                             + extra;
    VERIFY_RUN(run(args, input), code, args);
    // Nothing is left behind, not even the temporary file.
    QCOMPARE(QDir(m_work->path()).entryList({QStringLiteral("refused*")}, QDir::Files | QDir::Hidden), QStringList());
}

void tst_UserCommand::help()
{
    const QStringList args{QStringLiteral("user"), QStringLiteral("--help")};
    const CliRun r = run(args);
    VERIFY_RUN(r, 0, args);
    for (const char *word : {"user add", "user list", "user disable", "user passwd", "user role", "union_chair"})
        QVERIFY2(r.out.contains(QLatin1String(word)), qPrintable(r.out));
    const QStringList top{QStringLiteral("--help")};
    const CliRun all = run(top);
    VERIFY_RUN(all, 0, top);
    QVERIFY2(all.out.contains(QLatin1String("user add")), qPrintable(all.out));
    QVERIFY2(all.out.contains(QLatin1String("--password-stdin")), qPrintable(all.out));
}

void tst_UserCommand::addWithGeneratedPassword()
{
    const QStringList args = onDb({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("wang.fang"),
                                   QStringLiteral("--role"), QStringLiteral("mediator"), QStringLiteral("--name"),
                                   QStringLiteral("王芳")});
    const CliRun r = run(args);
    VERIFY_RUN(r, 0, args);
    const QString password = printedPassword(r.out);
    QVERIFY2(password.size() >= 12, qPrintable(r.out));
    QVERIFY(passwordWorks(QStringLiteral("wang.fang"), password));
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT display_name || '|' || role || '|' || org_unit || '|' || created_by "
                                         "FROM users WHERE username = 'wang.fang'"))
                 .toString(),
             QStringLiteral("王芳|mediator|110105015|") + kActor);
    QString actor;
    QString reason;
    const QJsonObject changes = lastAudit(QStringLiteral("wang.fang"), &actor, &reason);
    QCOMPARE(actor, kActor);
    QCOMPARE(changes.value(QStringLiteral("role")).toArray().at(1).toString(), QStringLiteral("mediator"));
}

void tst_UserCommand::addWithPasswordFromStdin()
{
    const QString password = QStringLiteral("Reviewer#2026");
    const QStringList args = onDb({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("li.na"),
                                   QStringLiteral("--role"), QStringLiteral("reviewer"), QStringLiteral("--org"),
                                   QStringLiteral("110105"), QStringLiteral("--password-stdin")});
    const CliRun r = run(args, password.toUtf8() + "\n");
    VERIFY_RUN(r, 0, args);
    QVERIFY2(!r.out.contains(password), qPrintable(r.out));
    QVERIFY(printedPassword(r.out).isEmpty());
    QVERIFY(passwordWorks(QStringLiteral("li.na"), password));
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT org_unit FROM users WHERE username = 'li.na'")).toString(),
             QStringLiteral("110105"));
}

void tst_UserCommand::addRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("says");
    const QString add = QStringLiteral("add");
    const QString role = QStringLiteral("--role");
    QTest::newRow("no role") << QStringList{add, QStringLiteral("zhang")} << QByteArray() << 2 << QStringLiteral("--role");
    QTest::newRow("unknown role") << QStringList{add, QStringLiteral("zhang"), role, QStringLiteral("root")} << QByteArray()
                                  << 2 << QStringLiteral("root");
    QTest::newRow("bad user name") << QStringList{add, QStringLiteral("张伟"), role, QStringLiteral("mediator")}
                                   << QByteArray() << 2 << QStringLiteral("2 to 32");
    QTest::newRow("no user name") << QStringList{add, role, QStringLiteral("mediator")} << QByteArray() << 2
                                  << QStringLiteral("user name");
    QTest::newRow("two user names") << QStringList{add, QStringLiteral("a1"), QStringLiteral("b2"), role,
                                                   QStringLiteral("mediator")}
                                    << QByteArray() << 2 << QStringLiteral("user name");
    QTest::newRow("unknown option") << QStringList{add, QStringLiteral("zhang"), role, QStringLiteral("mediator"),
                                                   QStringLiteral("--admin")}
                                    << QByteArray() << 2 << QStringLiteral("--admin");
    QTest::newRow("duplicate, other case") << QStringList{add, QStringLiteral("BOSS"), role, QStringLiteral("mediator")}
                                           << QByteArray() << 3 << QStringLiteral("user name");
    QTest::newRow("unknown org unit") << QStringList{add, QStringLiteral("zhang"), role, QStringLiteral("mediator"),
                                                     QStringLiteral("--org"), QStringLiteral("999999")}
                                      << QByteArray() << 3 << QStringLiteral("999999");
    QTest::newRow("short password on stdin") << QStringList{add, QStringLiteral("zhang"), role,
                                                            QStringLiteral("mediator"), QStringLiteral("--password-stdin")}
                                             << QByteArray("short\n") << 3 << QStringLiteral("8");
}

void tst_UserCommand::addRefused()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(int, code);
    QFETCH(QString, says);
    const qint64 users = scalar(m_db, QStringLiteral("SELECT count(*) FROM users")).toLongLong();
    const qint64 audit = scalar(m_db, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    const QStringList all = onDb(QStringList{QStringLiteral("user")} + args);
    const CliRun r = run(all, input);
    VERIFY_RUN(r, code, all);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM users")).toLongLong(), users);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(), audit);
}

void tst_UserCommand::listShowsRolesAndStatus()
{
    const QStringList add = onDb({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zhao.lei"),
                                  QStringLiteral("--role"), QStringLiteral("union_chair"), QStringLiteral("--name"),
                                  QStringLiteral("赵磊"), QStringLiteral("--password-stdin")});
    VERIFY_RUN(run(add, "Chair#2026pw\n"), 0, add);
    const QStringList disable = onDb({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("zhao.lei")});
    VERIFY_RUN(run(disable), 0, disable);

    const QStringList args = onDb({QStringLiteral("user"), QStringLiteral("list")});
    const CliRun r = run(args);
    VERIFY_RUN(r, 0, args);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // header, boss, zhao.lei
    QVERIFY2(lines.at(0).contains(QLatin1String("USER NAME")) && lines.at(0).contains(QLatin1String("ROLE")), qPrintable(r.out));
    QVERIFY2(lines.at(1).startsWith(QLatin1String("boss ")) && lines.at(1).contains(QLatin1String("administrator"))
                 && lines.at(1).contains(QLatin1String("110105015")) && lines.at(1).endsWith(QLatin1String("active")),
             qPrintable(r.out));
    QVERIFY2(lines.at(2).startsWith(QLatin1String("zhao.lei ")) && lines.at(2).contains(QStringLiteral("赵磊"))
                 && lines.at(2).contains(QLatin1String("union_chair")) && lines.at(2).endsWith(QLatin1String("disabled")),
             qPrintable(r.out));
    // Columns line up: the role column starts at the same place on every line, CJK counted double.
    const int roleColumn = static_cast<int>(lines.at(0).indexOf(QLatin1String("ROLE")));
    QCOMPARE(static_cast<int>(lines.at(1).indexOf(QLatin1String("administrator"))), roleColumn);
    QCOMPARE(static_cast<int>(lines.at(2).indexOf(QLatin1String("union_chair"))) + 2, roleColumn); // 赵磊 is 2 chars, 4 cells

    // Nothing on the password.
    QVERIFY(!r.out.contains(QLatin1String("argon2")));
}

void tst_UserCommand::disableAndEnable()
{
    const QStringList add = onDb({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("wang.fang"),
                                  QStringLiteral("--role"), QStringLiteral("mediator"), QStringLiteral("--password-stdin")});
    VERIFY_RUN(run(add, "Mediator#2026\n"), 0, add);

    const QStringList disable = onDb({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("Wang.Fang"),
                                      QStringLiteral("--reason"), QStringLiteral("调离本站")});
    VERIFY_RUN(run(disable), 0, disable);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT disabled FROM users WHERE username = 'wang.fang'")).toInt(), 1);
    QString actor;
    QString reason;
    QJsonObject changes = lastAudit(QStringLiteral("wang.fang"), &actor, &reason);
    QCOMPARE(actor, kActor);
    QCOMPARE(reason, QStringLiteral("调离本站"));
    QCOMPARE(changes.value(QStringLiteral("disabled")).toArray(), QJsonArray({0, 1}));

    const QStringList enable = onDb({QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("wang.fang"),
                                     QStringLiteral("--reason=back")});
    VERIFY_RUN(run(enable), 0, enable);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT disabled FROM users WHERE username = 'wang.fang'")).toInt(), 0);
    changes = lastAudit(QStringLiteral("wang.fang"), &actor, &reason);
    QCOMPARE(reason, QStringLiteral("back"));
    QCOMPARE(changes.value(QStringLiteral("disabled")).toArray(), QJsonArray({1, 0}));
}

void tst_UserCommand::lastAdministratorIsProtected()
{
    const qint64 audit = scalar(m_db, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    const QStringList disable = onDb({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("boss")});
    const CliRun r = run(disable);
    VERIFY_RUN(r, 3, disable);
    QVERIFY2(r.err.contains(QLatin1String("last enabled administrator")), qPrintable(r.err));
    const QStringList demote = onDb({QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("boss"),
                                     QStringLiteral("mediator")});
    VERIFY_RUN(run(demote), 3, demote);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(), audit);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT role || disabled FROM users WHERE username = 'boss'")).toString(),
             QStringLiteral("administrator0"));
}

void tst_UserCommand::passwd()
{
    const QStringList generated = onDb({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("boss"),
                                        QStringLiteral("--reason"), QStringLiteral("forgotten")});
    const CliRun r = run(generated);
    VERIFY_RUN(r, 0, generated);
    const QString password = printedPassword(r.out);
    QVERIFY2(!password.isEmpty(), qPrintable(r.out));
    QVERIFY(passwordWorks(QStringLiteral("boss"), password));
    QVERIFY(!passwordWorks(QStringLiteral("boss"), kBossPassword));
    m_loginPassword = password;
    QString actor;
    QString reason;
    const QJsonObject changes = lastAudit(QStringLiteral("boss"), &actor, &reason);
    QCOMPARE(actor, kActor);
    QCOMPARE(reason, QStringLiteral("forgotten"));
    QVERIFY(changes.contains(QStringLiteral("password_hash")));

    const QStringList fromStdin = onDb({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("boss"),
                                        QStringLiteral("--password-stdin")});
    const CliRun s = run(fromStdin, "Another#pw2026\n");
    VERIFY_RUN(s, 0, fromStdin);
    QVERIFY(printedPassword(s.out).isEmpty());
    QVERIFY(passwordWorks(QStringLiteral("boss"), QStringLiteral("Another#pw2026")));
}

void tst_UserCommand::role()
{
    const QStringList add = onDb({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("wang.fang"),
                                  QStringLiteral("--role"), QStringLiteral("mediator"), QStringLiteral("--password-stdin")});
    VERIFY_RUN(run(add, "Mediator#2026\n"), 0, add);
    const QStringList args = onDb({QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("wang.fang"),
                                   QStringLiteral("union_chair"), QStringLiteral("--reason"), QStringLiteral("elected")});
    const CliRun r = run(args);
    VERIFY_RUN(r, 0, args);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT role FROM users WHERE username = 'wang.fang'")).toString(),
             QStringLiteral("union_chair"));
    QString actor;
    QString reason;
    const QJsonObject changes = lastAudit(QStringLiteral("wang.fang"), &actor, &reason);
    QCOMPARE(actor, kActor);
    QCOMPARE(reason, QStringLiteral("elected"));
    QCOMPARE(changes.value(QStringLiteral("role")).toArray(),
             QJsonArray({QStringLiteral("mediator"), QStringLiteral("union_chair")}));
}

void tst_UserCommand::otherRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("says");
    const QString user = QStringLiteral("user");
    QTest::newRow("no user command") << QStringList{user} << 2 << QStringLiteral("add, list");
    QTest::newRow("unknown user command") << QStringList{user, QStringLiteral("delete"), QStringLiteral("boss")} << 2
                                          << QStringLiteral("delete");
    QTest::newRow("list with arguments") << QStringList{user, QStringLiteral("list"), QStringLiteral("all")} << 2
                                         << QStringLiteral("list");
    QTest::newRow("disable unknown user") << QStringList{user, QStringLiteral("disable"), QStringLiteral("nobody")} << 3
                                          << QStringLiteral("nobody");
    QTest::newRow("passwd unknown user") << QStringList{user, QStringLiteral("passwd"), QStringLiteral("nobody")} << 3
                                         << QStringLiteral("nobody");
    QTest::newRow("role without role") << QStringList{user, QStringLiteral("role"), QStringLiteral("boss")} << 2
                                       << QStringLiteral("role");
    QTest::newRow("role unknown") << QStringList{user, QStringLiteral("role"), QStringLiteral("boss"), QStringLiteral("king")}
                                  << 2 << QStringLiteral("king");
    QTest::newRow("--reason without value") << QStringList{user, QStringLiteral("disable"), QStringLiteral("boss"),
                                                           QStringLiteral("--reason")}
                                            << 2 << QStringLiteral("--reason");
}

void tst_UserCommand::otherRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, says);
    const QStringList all = onDb(args);
    const CliRun r = run(all);
    VERIFY_RUN(r, code, all);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));

    // A database that does not exist is not created by a user command.
    const QString missing = m_work->filePath(QStringLiteral("missing.db"));
    const QStringList list{QStringLiteral("--db"), missing, QStringLiteral("user"), QStringLiteral("list")};
    VERIFY_RUN(run(list), 3, list);
    QVERIFY(!QFileInfo::exists(missing));
}

QTEST_GUILESS_MAIN(tst_UserCommand)
#include "tst_usercommand.moc"
