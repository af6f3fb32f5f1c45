// bench_case_import: importing a case register (CaseRegisterImporter) of N cases of 2018, each
// with its applicant, employer, claim, agreement and payment, through MediationService and
// RecordStore (audit + outbox). Prints cases per second (wall and CPU) and the ratio against the
// reference of 100 cases/s measured before the import was made fast. Not a test; see bench/README.md.

#include "MediationBenchData.h"

#include "exchange/TabularFile.h"
#include "mediation/CaseRegisterImporter.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"

#include "core/Clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

using namespace ud;

namespace {

// Cases per second of the import before it was made fast (issue 11, item 12), on this machine.
constexpr double kReferenceRate = 100.0;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int fail(const QString &message)
{
    out().flush();
    QTextStream(stderr) << "bench_case_import: " << message << Qt::endl;
    return 1;
}

double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2) : QStringLiteral("?");
}

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

struct Person
{
    QString name;
    QString idNumber;
    QString creditCode;
};

// The register's workers with an employer and an ID number.
QList<Person> people(Database &db)
{
    QList<Person> out;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT w.name, w.id_number, e.credit_code FROM workers w JOIN employers e ON e.id = w.employer_id "
                          "WHERE w.deleted = 0 AND e.deleted = 0 AND w.id_number IS NOT NULL AND w.id_number <> '' "
                          "AND e.credit_code IS NOT NULL AND e.credit_code <> '' ORDER BY w.id_number"));
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

// A half-year register of `cases` cases received from `first` on, spread over the register's people.
Table caseRegister(const QList<Person> &who, int cases, const QDate &first)
{
    Table t;
    t.headers = CaseRegisterImporter::templateHeaders().mid(0, 16);
    const QStringList types = {u("解除、终止劳动合同"), u("劳动报酬"), u("拖欠工资"), u("经济补偿、赔偿金"), u("工作时间、休息休假"),
                               u("社会保险"), u("确认劳动关系"), u("除名、辞退、辞职、离职"), u("工伤"), u("其他")};
    const QStringList sources = {u("书面申请"), u("口头"), u("12351热线"), u("仲裁委转来"), u("法院委派")};
    QSet<QString> keys;
    for (int i = 0; i < cases; ++i) {
        const Person &p = who.at(i % who.size());
        int day = (i / int(who.size()) * 37 + i) % 180;
        while (keys.contains(p.idNumber + QString::number(day)))
            day = (day + 1) % 180;
        keys.insert(p.idNumber + QString::number(day));
        const QDate received = first.addDays(day);
        const QDate decided = received.addDays(1 + i % 3);
        const QDate closed = decided.addDays(5 + i % 10);
        const int claimed = 3000 + (i * 131) % 40000;
        const int agreed = claimed * 3 / 4;
        QString status;
        QString agreedText;
        QString paidText;
        QString closedText = closed.toString(Qt::ISODate);
        switch (i % 20) {
        case 0: case 1: case 2: case 3: // 调解不成
            status = u("调解不成");
            break;
        case 4:
            status = u("不予受理");
            closedText.clear();
            break;
        case 5: case 6:
            status = u("履行中");
            agreedText = QString::number(agreed);
            paidText = QString::number(agreed / 2);
            break;
        case 7:
            status = u("未履行");
            agreedText = QString::number(agreed);
            paidText = QStringLiteral("0");
            break;
        case 8:
            status = u("调解成功");
            agreedText = QString::number(agreed);
            break;
        default:
            status = u("已履行");
            agreedText = QString::number(agreed);
            paidText = QString::number(agreed);
            break;
        }
        t.rows.append({u("（2018）京劳调字第%1号").arg(i + 1), received.toString(Qt::ISODate), p.name, p.idNumber, QString(),
                       p.creditCode, types.at(i % types.size()), sources.at(i % sources.size()), QString::number(claimed), status,
                       decided.toString(Qt::ISODate), closedText, agreedText, paidText, u("李明、张红"),
                       u("申请人称用人单位自%1起拖欠工资并拒绝支付解除劳动合同的经济补偿，请求调解。").arg(received.toString(Qt::ISODate))});
    }
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Case-register import throughput (cases/s) through the one write path."));
    parser.addHelpOption();
    const QCommandLineOption casesOpt(QStringLiteral("cases"), QStringLiteral("Cases in the register (default 3000)."),
                                      QStringLiteral("N"), QStringLiteral("3000"));
    const QCommandLineOption workersOpt(QStringLiteral("workers"), QStringLiteral("Workers of the demo register (default 2000)."),
                                        QStringLiteral("W"), QStringLiteral("2000"));
    const QCommandLineOption firstOpt(QStringLiteral("first"), QStringLiteral("First date received (default 2018-01-02)."),
                                      QStringLiteral("DATE"), QStringLiteral("2018-01-02"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"), QStringLiteral("Folder for the databases (default: a temporary one)."),
                                    QStringLiteral("DIR"));
    parser.addOptions({casesOpt, workersOpt, firstOpt, dirOpt});
    parser.process(app);
    bool okN = false, okW = false;
    const int cases = parser.value(casesOpt).toInt(&okN);
    const int workers = parser.value(workersOpt).toInt(&okW);
    const QDate first = QDate::fromString(parser.value(firstOpt), Qt::ISODate);
    if (!okN || cases <= 0 || !okW || workers <= 0 || !first.isValid())
        return fail(QStringLiteral("--cases and --workers take a positive number, --first a date (2018-01-02)."));
    QTemporaryDir temp;
    const QString dir = parser.isSet(dirOpt) ? parser.value(dirOpt) : temp.path();
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/case-import.db");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);

    out() << "bench_case_import: " << cases << " cases received from " << first.toString(Qt::ISODate) << ", register of "
          << workers << " workers; load average " << loadAverage() << Qt::endl;
    if (Status s = createMediationBenchDatabase(path, 0, workers, [](int, double) {}); !s)
        return fail(s.error());

    SystemClock clock;
    Database db;
    if (Status s = db.open(path, Database::OpenMode::ExistingOnly); !s)
        return fail(s.error());
    RecordStore store(db, &clock);
    store.setActor(QStringLiteral("bench"));
    const QList<Person> who = people(db);
    if (who.isEmpty())
        return fail(QStringLiteral("the register has no worker with an employer"));
    const Table table = caseRegister(who, cases, first);

    const auto count = [&db](const char *sql) {
        QSqlQuery q(db.connection());
        return q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toLongLong() : -1;
    };
    const qint64 auditBefore = count("SELECT count(*) FROM audit_log");
    const qint64 outboxBefore = count("SELECT count(*) FROM outbox");

    QElapsedTimer t;
    const double cpu0 = processCpuSeconds();
    t.start();
    auto report = CaseRegisterImporter(db, store, QDate(2026, 12, 1)).importTable(table, QStringLiteral("bench.csv"));
    const double wall = static_cast<double>(t.nsecsElapsed()) / 1e9;
    const double cpu = processCpuSeconds() - cpu0;
    if (!report)
        return fail(report.error());
    if (!report.value().ok())
        return fail(report.value().toText().left(4000));

    const qint64 imported = count("SELECT count(*) FROM mediation_cases");
    const qint64 parties = count("SELECT count(*) FROM mediation_parties");
    const qint64 items = count("SELECT count(*) FROM mediation_items");
    const qint64 payments = count("SELECT count(*) FROM mediation_payments");
    const qint64 audit = count("SELECT count(*) FROM audit_log") - auditBefore;
    const qint64 outbox = count("SELECT count(*) FROM outbox") - outboxBefore;
    if (imported != cases)
        return fail(QStringLiteral("%1 cases in the database, %2 expected").arg(imported).arg(cases));

    const double rate = cases / wall;
    const double cpuRate = cases / cpu;
    out() << "written: " << imported << " cases, " << parties << " parties, " << items << " money lines, " << payments
          << " payments; " << audit << " audit entries, " << outbox << " outbox rows" << Qt::endl;
    out() << "import: " << QString::number(wall, 'f', 2) << " s wall, " << QString::number(cpu, 'f', 2) << " s CPU" << Qt::endl;
    out() << "rate:   " << QString::number(rate, 'f', 0) << " cases/s (" << QString::number(cpuRate, 'f', 0)
          << " per CPU-second); " << QString::number(rate / kReferenceRate, 'f', 1) << "x the reference of "
          << kReferenceRate << " cases/s; target >= 1000 cases/s: " << (rate >= 1000 ? "PASS" : "BELOW") << Qt::endl;
    out() << "load average after: " << loadAverage() << Qt::endl;
    return 0;
}
