// Tests for `uniondesk-cli report mediation`, run as a separate process (UD_CLI) on the database
// of MediationStatsFixture.h: exit codes (0 done, 2 wrong command line, 3 failed), the JSON and
// CSV on stdout and in files carrying the numbers MediationStatistics computes in-process, XLSX
// files, and the messages for bad input.

#include "cli/CliProcess.h"
#include "MediationStatsFixture.h"

#include "mediation/MediationStatistics.h"
#include "mediation/MediationStatisticsExport.h"
#include "exchange/TabularFile.h"
#include "storage/Accounts.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/NodeKey.h"
#include "storage/RecordStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <utility>

using ud::MediationFigures;
using ud::MediationStatistics;
using ud::StatisticsPeriod;
using E = ud::MediationStatisticsExport;

using udtest::CliRun;

namespace {

// The JSON of a report as MediationStatisticsExport would write these figures.
QJsonObject jsonOf(const MediationFigures &f)
{
    return QJsonDocument::fromJson(E::json(f)).object();
}

} // namespace

#define VERIFY_RUN(result, exit, args) \
    do { \
        verifyStreams(result, exit, args); \
        if (QTest::currentTestFailed()) \
            return; \
    } while (false)

class tst_ReportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void jsonOnStdout_data();
    void jsonOnStdout();
    void csvOnStdout();
    void files_data();
    void files();
    void replacesAnOlderReport();
    void orgUnitPrefix();
    void wrongCommandLine_data();
    void wrongCommandLine();
    void failures();
    void helpMentionsReport();
    void policySetSwitchesTheRecoveredBasis();

private:
    CliRun run(const QStringList &args);
    void verifyStreams(const CliRun &r, int expectedCode, const QStringList &args);
    MediationFigures figures(const StatisticsPeriod &period, const QString &org = {});
    QStringList cli(const QStringList &args) const { return QStringList{QStringLiteral("--db"), m_db} + args; }

    QString m_cli;
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_db;
};

CliRun tst_ReportCommand::run(const QStringList &args)
{
    return udtest::runCli(m_cli, m_home.path(), m_work ? m_work->path() : m_home.path(), args);
}

void tst_ReportCommand::verifyStreams(const CliRun &r, int expectedCode, const QStringList &args)
{
    udtest::verifyCliStreams(r, expectedCode, args);
}

MediationFigures tst_ReportCommand::figures(const StatisticsPeriod &period, const QString &org)
{
    ud::Database db;
    if (!db.open(m_db, ud::Database::OpenMode::ExistingOnly))
        return {};
    auto r = MediationStatistics(db).compute(period, org);
    return r ? r.value() : MediationFigures{};
}

void tst_ReportCommand::initTestCase()
{
    m_cli = qEnvironmentVariable("UD_CLI");
    QVERIFY2(!m_cli.isEmpty(), "UD_CLI is not set (run through ctest)");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli));
    QVERIFY(m_home.isValid());
    m_db = m_home.filePath(QStringLiteral("stats.db"));
    const ud::Status built = udtest::MediationStatsFixture::build(m_db);
    QVERIFY2(built.ok(), qPrintable(built.error()));
    // The statistics are read by a reviewer, the least privileged role that may read them.
    {
        ud::Database db;
        QVERIFY(db.open(m_db, ud::Database::OpenMode::ExistingOnly).ok());
        ud::RecordStore store(db);
        store.setActor(QStringLiteral("setup"));
        const auto added = ud::Accounts(store).addUser(QStringLiteral("inspector"), QStringLiteral("Inspector"),
                                                       ud::Role::Reviewer, QStringLiteral("inspector-pw-1"));
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error()));
        // The command line runs with a HOME of its own, as on another computer: the node key goes
        // along with the database, as docs/architecture.md tells an administrator to do.
        const auto node = ud::NodeIdentity::load(db);
        QVERIFY(node);
        const QString key = ud::NodeKey::path(node->nodeId);
        const QString copied = QDir(m_home.filePath(QStringLiteral("data"))).filePath(QStringLiteral("UnionDesk/keys/%1.key").arg(node->nodeId));
        QVERIFY(QDir().mkpath(QFileInfo(copied).path()));
        QVERIFY2(QFile::copy(key, copied), qPrintable(key));
        const auto admin = ud::Accounts(store).addUser(QStringLiteral("chief"), QStringLiteral("Chief"),
                                                       ud::Role::Administrator, QStringLiteral("chief-pw-12345"));
        QVERIFY2(admin.ok(), qPrintable(admin.ok() ? QString() : admin.error()));
    }
    udtest::cliCredentials() = {QStringLiteral("inspector"), QStringLiteral("inspector-pw-1")};
}

void tst_ReportCommand::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
}

void tst_ReportCommand::jsonOnStdout_data()
{
    QTest::addColumn<QStringList>("periodArgs");
    QTest::addColumn<QString>("period");
    QTest::addColumn<int>("accepted"); // by hand, see tst_mediationstatistics
    QTest::addColumn<qint64>("recoveredFen");
    QTest::newRow("--period 2026-Q1") << QStringList{QStringLiteral("--period"), QStringLiteral("2026-Q1")}
                                      << QStringLiteral("2026-Q1") << 6 << qint64(6300010);
    QTest::newRow("--period=2026-H1") << QStringList{QStringLiteral("--period=2026-H1")} << QStringLiteral("2026-H1") << 7
                                      << qint64(9800009);
    QTest::newRow("--period 2026-03") << QStringList{QStringLiteral("--period"), QStringLiteral("2026-03")}
                                      << QStringLiteral("2026-03") << 3 << qint64(3000000);
    QTest::newRow("--from --to") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-04-01"), QStringLiteral("--to"),
                                                QStringLiteral("2026-06-30")}
                                 << QStringLiteral("2026-04-01..2026-06-30") << 1 << qint64(3499999);
    QTest::newRow("one day") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-03-31"), QStringLiteral("--to"),
                                            QStringLiteral("2026-03-31")}
                             << QStringLiteral("2026-03-31..2026-03-31") << 1 << qint64(0);
    // The issue-11 quarter: withdrawals, 当场履行, 农民工, 欠薪, referrals and receptions in the JSON too.
    QTest::newRow("--period 2026-Q3") << QStringList{QStringLiteral("--period"), QStringLiteral("2026-Q3")}
                                      << QStringLiteral("2026-Q3") << 4 << qint64(1400000);
}

void tst_ReportCommand::jsonOnStdout()
{
    QFETCH(QStringList, periodArgs);
    QFETCH(QString, period);
    QFETCH(int, accepted);
    QFETCH(qint64, recoveredFen);
    const QStringList args = cli(QStringList{QStringLiteral("report"), QStringLiteral("mediation")} + periodArgs
                                 + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    const CliRun r = run(args);
    VERIFY_RUN(r, 0, args);
    QJsonParseError error;
    const QJsonObject printed = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + QLatin1Char('\n') + r.out));
    QCOMPARE(printed.value(QStringLiteral("period")).toString(), period);
    QCOMPARE(printed.value(QStringLiteral("accepted")).toInt(), accepted);
    QCOMPARE(printed.value(QStringLiteral("recovered_fen")).toInteger(), recoveredFen);
    // Every number is what MediationStatistics computes in this process.
    const MediationFigures f = figures(StatisticsPeriod::parse(period).value());
    QCOMPARE(printed, jsonOf(f));
    QCOMPARE(printed.value(QStringLiteral("succeeded")).toInt(), f.succeeded);
    QCOMPARE(printed.value(QStringLiteral("by_dispute_type")).toArray().size(), f.byDisputeType.size());
}

void tst_ReportCommand::csvOnStdout()
{
    const QStringList args = cli({QStringLiteral("report"), QStringLiteral("mediation"), QStringLiteral("--period"),
                                  QStringLiteral("2026-Q2"), QStringLiteral("--format"), QStringLiteral("CSV")});
    const CliRun r = run(args);
    VERIFY_RUN(r, 0, args);
    QVERIFY2(r.out.startsWith(QStringLiteral("Figure,Value\r\n")), qPrintable(r.out.left(40))); // no byte-order mark
    auto parsed = ud::TabularFile::parseCsv(r.out.toUtf8());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QList<QStringList> expected;
    for (const QStringList &row : E::table(figures(StatisticsPeriod::quarter(2026, 2))).rows)
        if (!row.isEmpty())
            expected << row;
    QCOMPARE(parsed.value().rows, expected);
}

void tst_ReportCommand::files_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QStringList>("formatArgs");
    QTest::newRow("csv") << QStringLiteral("q1.csv") << QStringList{QStringLiteral("--format"), QStringLiteral("csv")};
    QTest::newRow("xlsx") << QStringLiteral("q1.xlsx") << QStringList{QStringLiteral("--format"), QStringLiteral("xlsx")};
    QTest::newRow("json") << QStringLiteral("q1.json") << QStringList{QStringLiteral("--format=json")};
    QTest::newRow("format from the name") << QStringLiteral("q1.xlsx") << QStringList{};
    QTest::newRow("csv under another name") << QStringLiteral("q1.txt") << QStringList{QStringLiteral("--format"), QStringLiteral("csv")};
}

void tst_ReportCommand::files()
{
    QFETCH(QString, fileName);
    QFETCH(QStringList, formatArgs);
    const QString path = m_work->filePath(fileName);
    const QStringList args = cli(QStringList{QStringLiteral("report"), QStringLiteral("mediation"), QStringLiteral("--period"),
                                             QStringLiteral("2026-Q1"), QStringLiteral("--output"), path}
                                 + formatArgs);
    const CliRun r = run(args);
    VERIFY_RUN(r, 0, args);
    QVERIFY2(r.out.contains(QDir::toNativeSeparators(path)), qPrintable(r.out));
    // Only the report itself: no temporary file is left beside it.
    QCOMPARE(QDir(m_work->path()).entryList(QDir::Files | QDir::Hidden), QStringList{fileName});

    const MediationFigures f = figures(StatisticsPeriod::quarter(2026, 1));
    if (fileName.endsWith(QLatin1String(".json"))) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object(), jsonOf(f));
        return;
    }
    QFile raw(path);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    if (fileName.endsWith(QLatin1String(".xlsx")))
        QVERIFY(raw.read(2) == "PK"); // a zip container
    else
        QVERIFY(raw.read(3) == "\xEF\xBB\xBF"); // files keep the byte-order mark Excel needs
    raw.close();
    auto read = ud::TabularFile::read(path); // .txt is read as CSV too
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QList<QStringList> expected;
    for (const QStringList &row : E::table(f).rows)
        if (!row.isEmpty())
            expected << row;
    QCOMPARE(read.value().headers, E::table(f).headers);
    QCOMPARE(read.value().rows, expected);
}

void tst_ReportCommand::replacesAnOlderReport()
{
    const QString path = m_work->filePath(QStringLiteral("report.json"));
    for (const QString &period : {QStringLiteral("2026-Q1"), QStringLiteral("2026-Q2")}) {
        const QStringList args = cli({QStringLiteral("report"), QStringLiteral("mediation"), QStringLiteral("--period"), period,
                                      QStringLiteral("--output"), path});
        const CliRun r = run(args);
        VERIFY_RUN(r, 0, args);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object(), jsonOf(figures(StatisticsPeriod::quarter(2026, 2))));
}

void tst_ReportCommand::orgUnitPrefix()
{
    for (const auto &[prefix, accepted] : {std::pair{QStringLiteral("110105"), 6}, std::pair{QStringLiteral("110108"), 0}}) {
        const QStringList args = cli({QStringLiteral("report"), QStringLiteral("mediation"), QStringLiteral("--period"),
                                      QStringLiteral("2026-Q1"), QStringLiteral("--format"), QStringLiteral("json"),
                                      QStringLiteral("--org-unit"), prefix});
        const CliRun r = run(args);
        VERIFY_RUN(r, 0, args);
        const QJsonObject printed = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(printed.value(QStringLiteral("org_unit")).toString(), prefix);
        QCOMPARE(printed.value(QStringLiteral("accepted")).toInt(), accepted);
        QCOMPARE(printed, jsonOf(figures(StatisticsPeriod::quarter(2026, 1), prefix)));
    }
}

void tst_ReportCommand::wrongCommandLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const auto s = [](std::initializer_list<const char *> words) {
        QStringList out{QStringLiteral("report")};
        for (const char *w : words)
            out << QString::fromUtf8(w);
        return out;
    };
    QTest::newRow("from after to") << s({"mediation", "--from", "2026-04-01", "--to", "2026-03-31", "--format", "json"})
                                   << QStringLiteral("--from 2026-04-01 is after --to 2026-03-31");
    QTest::newRow("from not a date") << s({"mediation", "--from", "2026-13-01", "--to", "2026-12-31", "--format", "json"})
                                     << QStringLiteral("--from \"2026-13-01\" is not a date");
    QTest::newRow("to not a date") << s({"mediation", "--from", "2026-01-01", "--to", "31.03.2026", "--format", "json"})
                                   << QStringLiteral("--to \"31.03.2026\" is not a date");
    QTest::newRow("February 30") << s({"mediation", "--from", "2026-02-01", "--to", "2026-02-30", "--format", "json"})
                                 << QStringLiteral("is not a date");
    QTest::newRow("only from") << s({"mediation", "--from", "2026-01-01", "--format", "json"})
                               << QStringLiteral("--from and --to go together");
    QTest::newRow("no period") << s({"mediation", "--format", "json"}) << QStringLiteral("needs a period");
    QTest::newRow("period and dates") << s({"mediation", "--period", "2026", "--from", "2026-01-01", "--to", "2026-01-31",
                                            "--format", "json"})
                                      << QStringLiteral("either --period or --from and --to");
    QTest::newRow("bad period") << s({"mediation", "--period", "2026-Q5", "--format", "json"})
                                << QStringLiteral("\"2026-Q5\" is not a period");
    QTest::newRow("period without value") << s({"mediation", "--format", "json", "--period"})
                                          << QStringLiteral("--period needs a value");
    QTest::newRow("unknown format") << s({"mediation", "--period", "2026", "--format", "pdf"})
                                    << QStringLiteral("Unknown format \"pdf\"");
    QTest::newRow("no format") << s({"mediation", "--period", "2026"}) << QStringLiteral("needs --format");
    QTest::newRow("no format from the name") << s({"mediation", "--period", "2026", "--output", "r.pdf"})
                                             << QStringLiteral("needs --format");
    QTest::newRow("xlsx to stdout") << s({"mediation", "--period", "2026", "--format", "xlsx"})
                                    << QStringLiteral("give --output FILE.xlsx");
    QTest::newRow("xlsx to a csv name") << s({"mediation", "--period", "2026", "--format", "xlsx", "--output", "r.csv"})
                                        << QStringLiteral("ending in .xlsx");
    QTest::newRow("no report") << s({}) << QStringLiteral("report needs what to report");
    QTest::newRow("unknown report") << s({"hardship", "--period", "2026", "--format", "json"})
                                    << QStringLiteral("Unknown report \"hardship\"");
    QTest::newRow("unknown option") << s({"mediation", "--period", "2026", "--format", "json", "--district", "110105"})
                                    << QStringLiteral("Unknown option --district");
    QTest::newRow("extra argument") << s({"mediation", "extra", "--period", "2026", "--format", "json"})
                                    << QStringLiteral("Unexpected argument \"extra\"");
}

void tst_ReportCommand::wrongCommandLine()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QStringList full = cli(args);
    const CliRun r = run(full);
    VERIFY_RUN(r, 2, full);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("--help")));
    QCOMPARE(QDir(m_work->path()).entryList(QDir::Files | QDir::Hidden), QStringList{});
}

void tst_ReportCommand::failures()
{
    // No such database.
    const QStringList noDb{QStringLiteral("--db"), m_work->filePath(QStringLiteral("missing.db")), QStringLiteral("report"),
                           QStringLiteral("mediation"), QStringLiteral("--period"), QStringLiteral("2026"),
                           QStringLiteral("--format"), QStringLiteral("json")};
    CliRun r = run(noDb);
    VERIFY_RUN(r, 3, noDb);
    QVERIFY(!QFile::exists(m_work->filePath(QStringLiteral("missing.db"))));

    // A folder that does not exist: nothing is written anywhere.
    for (const QString &name : {QStringLiteral("r.csv"), QStringLiteral("r.xlsx"), QStringLiteral("r.json")}) {
        const QString path = m_work->filePath(QStringLiteral("no/such/folder/") + name);
        const QStringList args = cli({QStringLiteral("report"), QStringLiteral("mediation"), QStringLiteral("--period"),
                                      QStringLiteral("2026"), QStringLiteral("--output"), path});
        r = run(args);
        VERIFY_RUN(r, 3, args);
        QVERIFY2(r.err.contains(QStringLiteral("cannot be written")), qPrintable(r.err));
    }
    QCOMPARE(QDir(m_work->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{});
}

void tst_ReportCommand::helpMentionsReport()
{
    const CliRun r = run({QStringLiteral("--help")});
    VERIFY_RUN(r, 0, QStringList{QStringLiteral("--help")});
    QVERIFY2(r.out.contains(QStringLiteral("report mediation")), qPrintable(r.out));
}

void tst_ReportCommand::policySetSwitchesTheRecoveredBasis()
{
    const QStringList basisArgs{QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("mediation.recovered_basis")};
    // Only an administrator sets policy values.
    QStringList args = cli(basisArgs + QStringList{QStringLiteral("agreed")});
    CliRun r = run(args);
    VERIFY_RUN(r, 4, args);

    udtest::cliCredentials() = {QStringLiteral("chief"), QStringLiteral("chief-pw-12345")};
    const auto reviewerAgain = qScopeGuard([] {
        udtest::cliCredentials() = {QStringLiteral("inspector"), QStringLiteral("inspector-pw-1")};
    });
    // Refused: a value that is not a basis, a key that does not exist, a number fixed by law.
    const QList<std::pair<QStringList, QString>> refused = {
        {basisArgs + QStringList{QStringLiteral("both")}, QStringLiteral("\"both\" is neither")},
        {{QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("mediation.no_such_key"), QStringLiteral("1")},
         QStringLiteral("Unknown policy key \"mediation.no_such_key\"")},
        {{QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("mediation.window_days"), QStringLiteral("20")},
         QStringLiteral("fixed by law")},
        {{QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("mediation.recovered_basis")},
         QStringLiteral("needs a key and a value")},
        {{QStringLiteral("policy"), QStringLiteral("get")}, QStringLiteral("Unknown policy command \"get\"")},
    };
    for (const auto &[words, message] : refused) {
        args = cli(words);
        r = run(args);
        VERIFY_RUN(r, 2, args);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    // 'agreed': the report labels the 协议金额 as 挽回经济损失 and shows the paid amount under its name.
    args = cli(basisArgs + QStringList{QStringLiteral("agreed"), QStringLiteral("--reason"), QStringLiteral("city report")});
    r = run(args);
    VERIFY_RUN(r, 0, args);
    QVERIFY2(r.out.contains(QStringLiteral("mediation.recovered_basis is now agreed (was paid)")), qPrintable(r.out));
    const auto resetBasis = qScopeGuard([this, basisArgs] { run(cli(basisArgs + QStringList{QStringLiteral("paid")})); });
    args = cli({QStringLiteral("policy"), QStringLiteral("list"), QStringLiteral("mediation.recovered")});
    r = run(args);
    VERIFY_RUN(r, 0, args);
    QVERIFY2(r.out.startsWith(QStringLiteral("mediation.recovered_basis\tagreed\t")), qPrintable(r.out));

    const QStringList report = cli({QStringLiteral("report"), QStringLiteral("mediation"), QStringLiteral("--period"),
                                    QStringLiteral("2026-Q3"), QStringLiteral("--format"), QStringLiteral("csv")});
    r = run(report);
    VERIFY_RUN(r, 0, report);
    QVERIFY2(r.out.contains(QStringLiteral("Economic loss recovered: amount agreed (yuan),\"16,000.00\"\r\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Amount paid (yuan),\"14,000.00\"\r\n")), qPrintable(r.out));
    QVERIFY(!r.out.contains(QStringLiteral("amount paid (yuan)")));
    const QStringList json = cli({QStringLiteral("report"), QStringLiteral("mediation"), QStringLiteral("--period"),
                                  QStringLiteral("2026-Q3"), QStringLiteral("--format"), QStringLiteral("json")});
    r = run(json);
    VERIFY_RUN(r, 0, json);
    const QJsonObject printed = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(printed.value(QStringLiteral("recovered_basis")).toString(), QStringLiteral("agreed"));
    QCOMPARE(printed.value(QStringLiteral("recovered_fen")).toInteger(), qint64(1600000));
    QCOMPARE(printed, jsonOf(figures(StatisticsPeriod::quarter(2026, 3)))); // the stored basis in-process too

    // Back to 'paid'.
    args = cli(basisArgs + QStringList{QStringLiteral("paid")});
    r = run(args);
    VERIFY_RUN(r, 0, args);
    r = run(report);
    VERIFY_RUN(r, 0, report);
    QVERIFY2(r.out.contains(QStringLiteral("Economic loss recovered: amount paid (yuan),\"14,000.00\"\r\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Amount agreed (yuan),\"16,000.00\"\r\n")), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(tst_ReportCommand)
#include "tst_reportcommand.moc"
