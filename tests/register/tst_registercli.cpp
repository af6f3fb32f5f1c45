// Tests for `uniondesk-cli import` and `uniondesk-cli export`, run as a separate process (UD_CLI)
// as scripts run them: exit codes (0 done, 1 the file has problems and nothing was imported,
// 2 wrong command line, 3 failed), the row-by-row report on stdout, errors on stderr, what ends
// up in the database (rows, access log) and in the exported files.

#include "core/CreditCode.h"
#include "core/ResidentId.h"
#include "exchange/TabularFile.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <memory>

using ud::Table;
using ud::TabularFile;

namespace {

struct CliRun
{
    bool finished = false;
    int code = -1;
    QString out;
    QString err;
};

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString residentId(const QDate &birth, int sequence)
{
    const QString first17 = QStringLiteral("110105") + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + ud::ResidentId::checkDigit(first17);
}

QString creditCode(int n)
{
    const QString first17 = QStringLiteral("91110105%1").arg(n, 9, 10, QLatin1Char('0'));
    return first17 + ud::CreditCode::checkCharacter(first17);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// One value from a database file, through a private connection that is closed again.
QVariant scalar(const QString &path, const QString &sql)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("tst_registercli_%1").arg(counter.fetch_add(1));
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

qint64 count(const QString &db, const QString &sql)
{
    const QVariant v = scalar(db, sql);
    return v.isValid() ? v.toLongLong() : -1;
}

QByteArray employersCsv()
{
    return u("单位名称,统一社会信用代码,所在区,所在街道,行业,职工人数\r\n"
             "北京华信科技有限公司,%1,朝阳区,八里庄街道,47,120\r\n"
             "海淀软件服务中心,%2,海淀区,八里庄街道,65,30\r\n")
        .arg(creditCode(1), creditCode(2))
        .toUtf8();
}

// GBK, as Excel on Chinese Windows saves "CSV (逗号分隔)".
QByteArray workersCsvGbk()
{
    const QString text = u("姓名,性别,身份证号,工作单位,是否工会会员\r\n"
                           "王芳,女,=\"11010519491231002X\",北京华信科技有限公司,是\r\n"
                           "李雷,男,=\"%1\",海淀软件服务中心,否\r\n")
                             .arg(residentId(QDate(1985, 6, 1), 13));
    return QStringEncoder("GB18030").encode(text);
}

} // namespace

#define VERIFY_RUN(result, exit, args) \
    do { \
        verifyStreams(result, exit, args); \
        if (QTest::currentTestFailed()) \
            return; \
    } while (false)

class tst_RegisterCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void importAndExport();
    void importWithProblems();
    void wrongCommandLine_data();
    void wrongCommandLine();
    void failures_data();
    void failures();
    void chinese();

private:
    CliRun run(const QStringList &args, const QString &lang = QStringLiteral("en"));
    void verifyStreams(const CliRun &r, int expectedCode, const QStringList &args);
    QString work(const QString &name) const { return m_work->filePath(name); }
    // A copy of the set-up node database in the work folder.
    QString freshNode(const QString &name);
    QStringList cli(const QString &db, const QStringList &args) const { return QStringList{QStringLiteral("--db"), db} + args; }

    QString m_cli;
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_nodeDb;
    QString m_password; // of the administrator "clerk" made by init
};

CliRun tst_RegisterCli::run(const QStringList &args, const QString &lang)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    // The CLI signs in as the node's administrator "clerk"; the OS user is someone else and
    // appears nowhere in the logs.
    env.insert(QStringLiteral("USER"), QStringLiteral("somebody"));
    env.insert(QStringLiteral("UD_USER"), QStringLiteral("clerk"));
    env.insert(QStringLiteral("UD_PASSWORD"), m_password);
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("UNIONDESK_LANG"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_work ? m_work->path() : m_home.path());
    p.start(m_cli, QStringList{QStringLiteral("--lang"), lang} + args);
    CliRun r;
    if (!p.waitForStarted(10000))
        return r;
    r.finished = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void tst_RegisterCli::verifyStreams(const CliRun &r, int expectedCode, const QStringList &args)
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

void tst_RegisterCli::initTestCase()
{
    m_cli = qEnvironmentVariable("UD_CLI");
    QVERIFY2(!m_cli.isEmpty(), "UD_CLI is not set (run through ctest)");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli));
    QVERIFY(m_home.isValid());
    m_nodeDb = m_home.filePath(QStringLiteral("node.db"));
    const QStringList args = cli(m_nodeDb, {QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("110105015"),
                                            QStringLiteral("--admin"), QStringLiteral("clerk")});
    const CliRun created = run(args);
    VERIFY_RUN(created, 0, args);
    static const QRegularExpression password(QStringLiteral("password: (\\S+)"));
    m_password = password.match(created.out).captured(1);
    QVERIFY2(m_password.size() >= 8, qPrintable(created.out));
}

void tst_RegisterCli::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
}

QString tst_RegisterCli::freshNode(const QString &name)
{
    const QString path = work(name);
    QFile::remove(path);
    return QFile::copy(m_nodeDb, path) ? path : QString();
}

void tst_RegisterCli::importAndExport()
{
    const QString db = freshNode(QStringLiteral("a.db"));
    QVERIFY(writeFile(work(QStringLiteral("employers.csv")), employersCsv()));
    QVERIFY(writeFile(work(QStringLiteral("workers.csv")), workersCsvGbk()));

    QStringList args = cli(db, {QStringLiteral("import"), QStringLiteral("employers"), work(QStringLiteral("employers.csv"))});
    CliRun r = run(args);
    VERIFY_RUN(r, 0, args);
    QVERIFY2(r.out.contains(u("Imported 2 employer")), qPrintable(r.out));
    args = cli(db, {QStringLiteral("import"), QStringLiteral("workers"), work(QStringLiteral("workers.csv"))});
    r = run(args);
    VERIFY_RUN(r, 0, args);
    QVERIFY2(r.out.contains(u("Imported 2 worker")), qPrintable(r.out));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM workers")), 2);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM employers")), 2);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM access_log WHERE event = 'import' AND actor = 'clerk'")), 2);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM workers WHERE created_by = 'clerk'")), 2);

    // Export, masked by default, and logged.
    args = cli(db, {QStringLiteral("export"), QStringLiteral("workers"), work(QStringLiteral("out.csv"))});
    r = run(args);
    VERIFY_RUN(r, 0, args);
    QVERIFY2(r.out.contains(u("Exported 2 worker")), qPrintable(r.out));
    const QByteArray masked = readFile(work(QStringLiteral("out.csv")));
    QVERIFY(masked.startsWith("\xEF\xBB\xBF"));
    QVERIFY2(masked.contains("110105********002X"), masked.constData());
    QVERIFY(!masked.contains("11010519491231002X"));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM access_log WHERE event = 'export' AND actor = 'clerk'")), 1);
    // The same file again: refused, nothing replaced.
    r = run(args);
    VERIFY_RUN(r, 3, args);
    QCOMPARE(readFile(work(QStringLiteral("out.csv"))), masked);

    // Full ID numbers to XLSX, and employers of one district.
    args = cli(db, {QStringLiteral("export"), QStringLiteral("workers"), work(QStringLiteral("full.xlsx")),
                    QStringLiteral("--full-id-numbers")});
    VERIFY_RUN(run(args), 0, args);
    auto full = TabularFile::read(work(QStringLiteral("full.xlsx")));
    QVERIFY2(full.ok(), qPrintable(full.error()));
    QCOMPARE(full.value().rows.size(), 2);
    QVERIFY(full.value().rows.at(0).contains(u("11010519491231002X")) || full.value().rows.at(1).contains(u("11010519491231002X")));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM access_log WHERE event = 'export' AND detail LIKE '%full ID%'")), 1);
    args = cli(db, {QStringLiteral("export"), QStringLiteral("employers"), work(QStringLiteral("chaoyang.xlsx")),
                    QStringLiteral("--district"), QStringLiteral("110105")});
    r = run(args);
    VERIFY_RUN(r, 0, args);
    QVERIFY2(r.out.contains(u("Exported 1 employer")), qPrintable(r.out));
    args = cli(db, {QStringLiteral("export"), QStringLiteral("employers"), work(QStringLiteral("all.csv"))});
    VERIFY_RUN(run(args), 0, args);
    args = cli(db, {QStringLiteral("export"), QStringLiteral("workers"), work(QStringLiteral("haidian.csv")),
                    QStringLiteral("--district=110108005")});
    r = run(args);
    VERIFY_RUN(r, 0, args);
    QVERIFY2(r.out.contains(u("Exported 1 worker")), qPrintable(r.out));

    // The exports import into an empty node.
    const QString other = freshNode(QStringLiteral("b.db"));
    args = cli(other, {QStringLiteral("import"), QStringLiteral("employers"), work(QStringLiteral("all.csv"))});
    VERIFY_RUN(run(args), 0, args);
    args = cli(other, {QStringLiteral("import"), QStringLiteral("workers"), work(QStringLiteral("full.xlsx"))});
    VERIFY_RUN(run(args), 0, args);
    QCOMPARE(count(other, QStringLiteral("SELECT count(*) FROM workers w JOIN employers e ON e.id = w.employer_id")), 2);
    // The masked export does not, and the report says why.
    args = cli(freshNode(QStringLiteral("c.db")), {QStringLiteral("import"), QStringLiteral("workers"), work(QStringLiteral("out.csv"))});
    r = run(args);
    VERIFY_RUN(r, 1, args);
    QVERIFY2(r.out.contains(u("masked")), qPrintable(r.out));
}

void tst_RegisterCli::importWithProblems()
{
    const QString db = freshNode(QStringLiteral("a.db"));
    QVERIFY(writeFile(work(QStringLiteral("employers.csv")), employersCsv()));
    QStringList args = cli(db, {QStringLiteral("import"), QStringLiteral("employers"), work(QStringLiteral("employers.csv"))});
    VERIFY_RUN(run(args), 0, args);

    const QString text = u("姓名,身份证号,工作单位\n"
                           "王芳,11010519491231002X,北京华信科技有限公司\n"
                           "错号,110105194912310021,北京华信科技有限公司\n"
                           "无单位,%1,不存在的公司\n"
                           "重复,11010519491231002X,\n")
                             .arg(residentId(QDate(1990, 1, 1), 11));
    QVERIFY(writeFile(work(QStringLiteral("bad.csv")), text.toUtf8()));
    args = cli(db, {QStringLiteral("import"), QStringLiteral("workers"), work(QStringLiteral("bad.csv"))});
    const CliRun r = run(args);
    VERIFY_RUN(r, 1, args);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).contains(u("Nothing was imported")), qPrintable(r.out));
    QVERIFY2(lines.at(1).startsWith(u("Row 3, column 身份证号 (\"110105194912310021\"): ")), qPrintable(r.out));
    QVERIFY2(lines.at(2).startsWith(u("Row 4, column 工作单位 (\"不存在的公司\"): Unknown employer")), qPrintable(r.out));
    QVERIFY2(lines.at(3).startsWith(u("Row 5, column 身份证号")) && lines.at(3).contains(u("row 2")), qPrintable(r.out));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM workers")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = 'workers'")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM access_log WHERE event = 'import'")), 1); // the employers
}

void tst_RegisterCli::wrongCommandLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    const auto l = [](std::initializer_list<const char *> words) {
        QStringList out;
        for (const char *w : words)
            out << QString::fromUtf8(w);
        return out;
    };
    QTest::newRow("import alone") << l({"import"}) << u("import");
    QTest::newRow("import without file") << l({"import", "workers"}) << u("import");
    QTest::newRow("import unknown kind") << l({"import", "cats", "x.csv"}) << u("cats");
    QTest::newRow("import unknown option") << l({"import", "workers", "x.csv", "--frob"}) << u("--frob");
    QTest::newRow("import extra argument") << l({"import", "workers", "x.csv", "y.csv"}) << u("import");
    QTest::newRow("export alone") << l({"export"}) << u("export");
    QTest::newRow("export unknown kind") << l({"export", "cats", "x.csv"}) << u("cats");
    QTest::newRow("export pdf") << l({"export", "workers", "x.pdf"}) << u(".xlsx");
    QTest::newRow("export full ids of employers") << l({"export", "employers", "x.csv", "--full-id-numbers"})
                                                  << u("--full-id-numbers");
    QTest::newRow("export district without value") << l({"export", "workers", "x.csv", "--district"}) << u("--district");
    QTest::newRow("export unknown district") << l({"export", "workers", "x.csv", "--district", "999999"}) << u("999999");
    QTest::newRow("export unknown option") << l({"export", "workers", "x.csv", "--frob"}) << u("--frob");
}

void tst_RegisterCli::wrongCommandLine()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const QStringList all = cli(freshNode(QStringLiteral("a.db")), args);
    const CliRun r = run(all);
    VERIFY_RUN(r, 2, all);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(work(QStringLiteral("x.csv"))));
}

void tst_RegisterCli::failures_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    // A file that cannot be read as a table is bad input, like a bad row: exit 1 and the reason
    // on standard output (issue 9). A database that cannot be opened or written: exit 3.
    QTest::newRow("missing file") << QStringList{QStringLiteral("import"), QStringLiteral("workers"), QStringLiteral("missing.csv")}
                                  << 1 << u("missing.csv");
    QTest::newRow("old xls") << QStringList{QStringLiteral("import"), QStringLiteral("workers"), QStringLiteral("old.xls")}
                             << 1 << u(".xlsx");
    QTest::newRow("broken quotes") << QStringList{QStringLiteral("import"), QStringLiteral("workers"), QStringLiteral("broken.csv")}
                                   << 1 << u("quot");
    QTest::newRow("binary named .csv") << QStringList{QStringLiteral("import"), QStringLiteral("workers"), QStringLiteral("binary.csv")}
                                       << 1 << u("not a text file");
    QTest::newRow("cases from a binary file")
        << QStringList{QStringLiteral("import"), QStringLiteral("cases"), QStringLiteral("binary.csv")} << 1 << u("not a text file");
    QTest::newRow("no database") << QStringList{QStringLiteral("--db"), QStringLiteral("nowhere.db"), QStringLiteral("import"),
                                                QStringLiteral("workers"), QStringLiteral("good.csv")}
                                 << 3 << u("nowhere.db");
    QTest::newRow("export, no database") << QStringList{QStringLiteral("--db"), QStringLiteral("nowhere.db"), QStringLiteral("export"),
                                                        QStringLiteral("workers"), QStringLiteral("new.csv")}
                                         << 3 << u("nowhere.db");
    QTest::newRow("export into a missing folder")
        << QStringList{QStringLiteral("export"), QStringLiteral("employers"), QStringLiteral("no/such/dir/e.xlsx")} << 3 << u("e.xlsx");
}

void tst_RegisterCli::failures()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QVERIFY(writeFile(work(QStringLiteral("old.xls")), "\xD0\xCF\x11\xE0"));
    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = static_cast<char>((i * 131 + 7) % 256);
    QVERIFY(writeFile(work(QStringLiteral("binary.csv")), binary));
    QVERIFY(writeFile(work(QStringLiteral("broken.csv")), u("姓名,身份证号\n\"王芳,1\n").toUtf8()));
    QVERIFY(writeFile(work(QStringLiteral("good.csv")), u("姓名\n王芳\n").toUtf8()));
    const QString db = freshNode(QStringLiteral("a.db"));
    const QStringList all = args.first() == QLatin1String("--db") ? args : cli(db, args);
    const CliRun r = run(all);
    VERIFY_RUN(r, exitCode, all);
    const QString said = exitCode == 1 ? r.out : r.err;
    QVERIFY2(said.contains(says), qPrintable(said));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM workers")), 0);
    QVERIFY(!QFileInfo::exists(work(QStringLiteral("nowhere.db"))));
    QVERIFY(!QFileInfo::exists(work(QStringLiteral("new.csv"))));
}

// Translations may be incomplete: exit codes and that something is said on the right stream.
void tst_RegisterCli::chinese()
{
    const QString db = freshNode(QStringLiteral("a.db"));
    QVERIFY(writeFile(work(QStringLiteral("bad.csv")), u("姓名,身份证号\n王芳,110105194912310021\n").toUtf8()));
    QStringList args = cli(db, {QStringLiteral("import"), QStringLiteral("workers"), work(QStringLiteral("bad.csv"))});
    CliRun r = run(args, QStringLiteral("zh_CN"));
    VERIFY_RUN(r, 1, args);
    QVERIFY(r.out.contains(u("110105194912310021")));
    args = cli(db, {QStringLiteral("import"), QStringLiteral("workers")});
    VERIFY_RUN(run(args, QStringLiteral("zh_CN")), 2, args);
    args = cli(db, {QStringLiteral("export"), QStringLiteral("workers"), work(QStringLiteral("w.xlsx"))});
    VERIFY_RUN(run(args, QStringLiteral("zh_CN")), 0, args);
}

QTEST_GUILESS_MAIN(tst_RegisterCli)
#include "tst_registercli.moc"
