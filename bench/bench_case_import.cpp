// bench_case_import: importing a case register (CaseRegisterImporter) of N cases of 2018, each
// with its applicant, employer, claim, agreement and payment, through MediationService and
// RecordStore (audit + outbox). Prints cases per second (wall and CPU), and the ratio against the
// way the import wrote a case before (registerCase, then transition, saveAgreement and addPayment
// step by step, each reading the case back), measured in the same run on a copy of the same
// database, and against the reference of 100 cases/s. Not a test; see bench/README.md.

#include "MediationBenchData.h"

#include "exchange/TabularFile.h"
#include "mediation/CaseImportPath.h"
#include "mediation/CaseRegisterImporter.h"
#include "mediation/MediationRepository.h"
#include "mediation/MediationService.h"
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
#include <optional>
#include <utility>

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
    QString workerId;
    QString employerId;
};

// One case of the register, as the spreadsheet has it and as codes.
struct CaseSpec
{
    Person who;
    QString caseNo;
    QDate received, decided, closed;
    qint64 claimedFen = 0;
    std::optional<qint64> agreedFen, paidFen;
    CaseStatus status = CaseStatus::Received;
    QString statusWord, typeWord, typeCode, sourceWord, sourceCode, facts;
};

// The register's workers with an employer and an ID number.
QList<Person> people(Database &db)
{
    QList<Person> out;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT w.name, w.id_number, e.credit_code, w.id, e.id FROM workers w JOIN employers e ON e.id = w.employer_id "
                          "WHERE w.deleted = 0 AND e.deleted = 0 AND w.id_number IS NOT NULL AND w.id_number <> '' "
                          "AND e.credit_code IS NOT NULL AND e.credit_code <> '' ORDER BY w.id_number"));
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString()});
    return out;
}

// A half-year register of `cases` cases received from `first` on, spread over the register's people.
QList<CaseSpec> caseSpecs(const QList<Person> &who, int cases, const QDate &first)
{
    const QList<QPair<QString, QString>> types = {
        {u("解除、终止劳动合同"), QStringLiteral("contract")},      {u("劳动报酬"), QStringLiteral("remuneration")},
        {u("拖欠工资"), QStringLiteral("remuneration")},            {u("经济补偿、赔偿金"), QStringLiteral("remuneration")},
        {u("工作时间、休息休假"), QStringLiteral("conditions")},    {u("社会保险"), QStringLiteral("conditions")},
        {u("确认劳动关系"), QStringLiteral("relationship")},        {u("除名、辞退、辞职、离职"), QStringLiteral("separation")},
        {u("工伤"), QStringLiteral("conditions")},                  {u("其他"), QStringLiteral("other")}};
    const QList<QPair<QString, QString>> sources = {
        {u("书面申请"), QStringLiteral("written_application")}, {u("口头"), QStringLiteral("oral_application")},
        {u("12351热线"), QStringLiteral("hotline_12351")},      {u("仲裁委转来"), QStringLiteral("arbitration_referral")},
        {u("法院委派"), QStringLiteral("court_referral")}};
    QList<CaseSpec> out;
    QSet<QString> keys;
    for (int i = 0; i < cases; ++i) {
        CaseSpec c;
        c.who = who.at(i % who.size());
        int day = (i / int(who.size()) * 37 + i) % 180;
        while (keys.contains(c.who.idNumber + QString::number(day)))
            day = (day + 1) % 180;
        keys.insert(c.who.idNumber + QString::number(day));
        c.caseNo = u("（%1）京劳调字第%2号").arg(first.year()).arg(i + 1);
        c.received = first.addDays(day);
        c.decided = c.received.addDays(1 + i % 3);
        c.closed = c.decided.addDays(5 + i % 10);
        c.claimedFen = (3000 + (i * 131) % 40000) * 100;
        const qint64 agreed = c.claimedFen * 3 / 4;
        switch (i % 20) {
        case 0: case 1: case 2: case 3: c.status = CaseStatus::Failed; c.statusWord = u("调解不成"); break;
        case 4: c.status = CaseStatus::Rejected; c.statusWord = u("不予受理"); c.closed = QDate(); break;
        case 5: case 6: c.status = CaseStatus::Performing; c.statusWord = u("履行中"); c.agreedFen = agreed; c.paidFen = agreed / 2; break;
        case 7: c.status = CaseStatus::Breached; c.statusWord = u("未履行"); c.agreedFen = agreed; c.paidFen = 0; break;
        case 8: c.status = CaseStatus::Agreed; c.statusWord = u("调解成功"); c.agreedFen = agreed; break;
        default: c.status = CaseStatus::Performed; c.statusWord = u("已履行"); c.agreedFen = agreed; c.paidFen = agreed; break;
        }
        c.typeWord = types.at(i % types.size()).first;
        c.typeCode = types.at(i % types.size()).second;
        c.sourceWord = sources.at(i % sources.size()).first;
        c.sourceCode = sources.at(i % sources.size()).second;
        c.facts = u("申请人称用人单位自%1起拖欠工资并拒绝支付解除劳动合同的经济补偿，请求调解。").arg(c.received.toString(Qt::ISODate));
        out << c;
    }
    return out;
}

QString yuan(const std::optional<qint64> &fen)
{
    return fen ? QString::number(*fen / 100) : QString();
}

Table caseRegister(const QList<CaseSpec> &specs)
{
    Table t;
    t.headers = CaseRegisterImporter::templateHeaders().mid(0, 16);
    for (const CaseSpec &c : specs)
        t.rows.append({c.caseNo, c.received.toString(Qt::ISODate), c.who.name, c.who.idNumber, QString(), c.who.creditCode,
                       c.typeWord, c.sourceWord, yuan(c.claimedFen), c.statusWord, c.decided.toString(Qt::ISODate),
                       c.closed.toString(Qt::ISODate), yuan(c.agreedFen), yuan(c.paidFen), u("李明、张红"), c.facts});
    return t;
}

// The case written the way the import wrote it before: registered, then every move, the
// agreement and the payment as separate service calls, the case read back before each move.
Status writeStepByStep(MediationService &service, Database &db, const CaseSpec &spec, const QDate &today)
{
    MediationCase intake;
    intake.caseNo = spec.caseNo;
    intake.receivedOn = spec.received;
    intake.source = spec.sourceCode;
    intake.employerId = spec.who.employerId;
    intake.disputeType = spec.typeCode;
    intake.facts = spec.facts;
    intake.mediators = u("李明、张红");
    intake.respondentConsent = true; // acceptance needs it (17号令 art. 23), as the import records
    CaseParty applicant;
    applicant.name = spec.who.name;
    applicant.workerId = spec.who.workerId;
    intake.parties << applicant;
    CaseItem claim;
    claim.item = CaseImportPath::mainItem(spec.typeCode);
    claim.amountFen = spec.claimedFen;
    intake.items << claim;
    auto id = service.registerCase(intake, today, MediationService::Intake::History);
    if (!id)
        return id.status();
    const MediationRepository repo(db);
    const auto move = [&](CaseStatus to, const QDate &on, const QString &reason = {}) {
        MediationStateMachine::Request r;
        r.to = to;
        r.on = on;
        r.reason = reason;
        // History: what a warning would ask (e.g. an applicant under 16) already happened.
        r.overrideReason = QStringLiteral("history");
        if (to == CaseStatus::Failed)
            r.closeReason = QStringLiteral("no_agreement");
        const auto current = repo.fullCase(id.value());
        return current ? service.transition(id.value(), current->version, r, today, {}) : Status::failure(QStringLiteral("lost"));
    };
    if (spec.status == CaseStatus::Rejected)
        return move(CaseStatus::Rejected, spec.decided, u("依原案件台账导入（原台账未载明不予受理的理由）"));
    for (const auto &[to, on] : {std::pair{CaseStatus::Accepted, spec.decided}, std::pair{CaseStatus::InMediation, spec.decided}})
        if (Status s = move(to, on); !s)
            return s;
    if (spec.status == CaseStatus::Failed)
        return move(CaseStatus::Failed, spec.closed);
    CaseItem agreed;
    agreed.kind = QStringLiteral("agreed");
    agreed.item = CaseImportPath::mainItem(spec.typeCode);
    agreed.amountFen = spec.agreedFen.value_or(0);
    if (Status s = service.saveAgreement(id.value(), QString(), QString(), QString(), {agreed}); !s)
        return s;
    if (Status s = move(CaseStatus::Agreed, spec.closed); !s)
        return s;
    if (spec.paidFen.value_or(0) > 0) {
        CasePayment p;
        p.paidOn = spec.closed;
        p.amountFen = *spec.paidFen;
        if (auto paid = service.addPayment(id.value(), p, today); !paid)
            return paid.status();
    }
    if (spec.status == CaseStatus::Agreed)
        return Status::success();
    return move(spec.status, spec.closed,
                spec.status == CaseStatus::Breached ? u("依原案件台账导入（原台账记载为未履行）") : QString());
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
    // The same database for the step-by-step writes (closed, so its WAL is checkpointed away).
    const QString stepPath = dir + QStringLiteral("/step-by-step.db");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(stepPath + suffix);
    if (!QFile::copy(path, stepPath))
        return fail(QStringLiteral("cannot copy %1").arg(path));
    const QDate today(2026, 12, 1);
    SystemClock clock;

    // 1. The import, as a user runs it.
    double wall = 0, cpu = 0;
    {
        Database db;
        if (Status s = db.open(path, Database::OpenMode::ExistingOnly); !s)
            return fail(s.error());
        RecordStore store(db, &clock);
        store.setActor(QStringLiteral("bench"));
        const QList<Person> who = people(db);
        if (who.isEmpty())
            return fail(QStringLiteral("the register has no worker with an employer"));
        const Table table = caseRegister(caseSpecs(who, cases, first));
        const auto count = [&db](const char *sql) {
            QSqlQuery q(db.connection());
            return q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toLongLong() : -1;
        };
        const qint64 auditBefore = count("SELECT count(*) FROM audit_log");
        const qint64 outboxBefore = count("SELECT count(*) FROM outbox");

        QElapsedTimer t;
        const double cpu0 = processCpuSeconds();
        t.start();
        auto report = CaseRegisterImporter(db, store, today).importTable(table, QStringLiteral("bench.csv"));
        wall = static_cast<double>(t.nsecsElapsed()) / 1e9;
        cpu = processCpuSeconds() - cpu0;
        if (!report)
            return fail(report.error());
        if (!report.value().ok())
            return fail(report.value().toText().left(4000));
        const qint64 imported = count("SELECT count(*) FROM mediation_cases");
        if (imported != cases)
            return fail(QStringLiteral("%1 cases in the database, %2 expected").arg(imported).arg(cases));
        out() << "written: " << imported << " cases, " << count("SELECT count(*) FROM mediation_parties") << " parties, "
              << count("SELECT count(*) FROM mediation_items") << " money lines, " << count("SELECT count(*) FROM mediation_payments")
              << " payments; " << count("SELECT count(*) FROM audit_log") - auditBefore << " audit entries, "
              << count("SELECT count(*) FROM outbox") - outboxBefore << " outbox rows; "
              << count("SELECT count(*) FROM mediation_fts") << " cases in the search index" << Qt::endl;
    }

    // 2. The same cases the way the import wrote them before (write phase only, no reading or
    //    checking of the file: the "before" figure is, if anything, too fast).
    double stepWall = 0, stepCpu = 0;
    {
        Database db;
        if (Status s = db.open(stepPath, Database::OpenMode::ExistingOnly); !s)
            return fail(s.error());
        RecordStore store(db, &clock);
        store.setActor(QStringLiteral("bench"));
        MediationService service(store);
        const QList<CaseSpec> specs = caseSpecs(people(db), cases, first);
        QElapsedTimer t;
        const double cpu0 = processCpuSeconds();
        t.start();
        Database::Transaction tx(db);
        for (const CaseSpec &spec : specs)
            if (Status s = writeStepByStep(service, db, spec, today); !s)
                return fail(QStringLiteral("step by step, %1: %2").arg(spec.caseNo, s.error()));
        if (Status s = tx.commit(); !s)
            return fail(s.error());
        stepWall = static_cast<double>(t.nsecsElapsed()) / 1e9;
        stepCpu = processCpuSeconds() - cpu0;
    }

    const double rate = cases / wall;
    const double stepRate = cases / stepWall;
    out() << "import:       " << QString::number(wall, 'f', 2) << " s wall, " << QString::number(cpu, 'f', 2) << " s CPU: "
          << QString::number(rate, 'f', 0) << " cases/s (" << QString::number(cases / cpu, 'f', 0) << " per CPU-second)" << Qt::endl;
    out() << "step by step: " << QString::number(stepWall, 'f', 2) << " s wall, " << QString::number(stepCpu, 'f', 2) << " s CPU: "
          << QString::number(stepRate, 'f', 0) << " cases/s (" << QString::number(cases / stepCpu, 'f', 0) << " per CPU-second)"
          << Qt::endl;
    out() << "ratio: " << QString::number(rate / stepRate, 'f', 1) << "x the step-by-step writes (by CPU time "
          << QString::number(stepCpu / cpu, 'f', 1) << "x), " << QString::number(rate / kReferenceRate, 'f', 1)
          << "x the reference of " << kReferenceRate << " cases/s; target >= 1000 cases/s: " << (rate >= 1000 ? "PASS" : "BELOW")
          << Qt::endl;
    out() << "load average after: " << loadAverage() << Qt::endl;
    return 0;
}
