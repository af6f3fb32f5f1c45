// bench_mediation: the mediation workspace at 100,000 cases. (a) opening the case list (count +
// first page of 100 by date received, newest first), (b) each keystroke of the list's filters,
// (c) a one-year statistics report — each against the very statements our code ran, captured with
// sqlite3_trace_v2 and run again in the sqlite3 shell; (e) the keystrokes again through the case
// list's model (CasesModel, as the window uses it: a page of 100 with each row's next deadline,
// the count on a thread of its own). Not a test; see bench/README.md.

#include "MediationBenchData.h"

#include "core/StatisticsPeriod.h"
#include "mediation/MediationStatistics.h"
#include "storage/Database.h"
#include "mediation/MediationRepository.h"
#include "mediation/MediationService.h"
#include "storage/CalendarRepository.h"
#include "storage/PolicyRepository.h"
#include "storage/RecordStore.h"
#include "ui/mediation/CasesModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QSqlDriver>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

using namespace ud;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int fail(const QString &message)
{
    out().flush();
    QTextStream(stderr) << "bench_mediation: " << message << Qt::endl;
    return 1;
}

double msOf(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

// CPU time of this thread in ms: on a machine shared with other builds the wall time can be
// several times the work done; the CPU time is far steadier.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

QString fixed(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2) : QStringLiteral("?");
}

// ---- Capturing the statements our code runs (sqlite3_trace_v2 on Qt's connection). ------------

struct Trace
{
    bool capture = false;
    QStringList statements;  // expanded: bound values inlined, as the shell can run them
};

int traceCallback(unsigned type, void *context, void *p, void *x)
{
    auto *trace = static_cast<Trace *>(context);
    if (type == SQLITE_TRACE_STMT && trace->capture) {
        const char *text = static_cast<const char *>(x);
        if (text && text[0] == '-' && text[1] == '-')
            return 0; // a trigger's sub-program, not a statement of ours
        char *expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(p));
        trace->statements << QString::fromUtf8(expanded);
        sqlite3_free(expanded);
    }
    return 0;
}

sqlite3 *handleOf(Database &db)
{
    const QVariant v = db.connection().driver()->handle();
    if (qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

// ---- The sqlite3 shell. --------------------------------------------------------------------------

struct ShellRun
{
    bool ok = false;
    double wallMs = 0;
    std::vector<double> timerMs; // .timer real
    std::vector<double> timerCpuMs; // .timer user + sys
    QString output;
    QString stdErr;
};

ShellRun runSqlite(const QString &program, const QString &database, const QByteArray &script)
{
    ShellRun run;
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(program, {database});
    if (!p.waitForStarted(-1)) {
        run.stdErr = p.errorString();
        return run;
    }
    p.write(script);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    run.wallMs = msOf(t);
    run.output = QString::fromUtf8(p.readAllStandardOutput());
    for (const QString &line : run.output.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Run Time: real "))) {
            // "Run Time: real 0.012 user 0.008 sys 0.002"
            run.timerMs.push_back(line.section(QLatin1Char(' '), 3, 3).toDouble() * 1e3);
            run.timerCpuMs.push_back(
                (line.section(QLatin1Char(' '), 5, 5).toDouble() + line.section(QLatin1Char(' '), 7, 7).toDouble()) * 1e3);
        }
    run.stdErr = QString::fromLocal8Bit(p.readAllStandardError());
    run.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 && run.stdErr.trimmed().isEmpty();
    return run;
}

QByteArray scriptOf(const QStringList &statements, int repeat)
{
    QByteArray s;
    for (int i = 0; i < repeat; ++i)
        for (const QString &sql : statements)
            s += sql.toUtf8() + ";\n";
    return s;
}

// (e) Each keystroke through CasesModel::setFilter as the window runs it: the first page (100
// rows with their next deadlines), the count on CaseCounter's thread. `cpu` is this (the GUI)
// thread's CPU time until setFilter returns; `shown` its wall time; `counted` the wall time until
// the count is known. The same model with the count in line (as before issue 12), and without
// the deadline column (`no-deadline cpu`), for comparison.
void benchListModel(Database &db, const QList<std::pair<QString, MediationRepository::Filter>> &keys)
{
    RecordStore store(db);
    auto calendar = CalendarRepository(db, store).load();
    const MediationDeadlines deadlines(calendar ? calendar.take() : WorkCalendar(),
                                       DeadlinePolicy::load(PolicyRepository(db, store)));
    CasesModel inLine(db);
    inLine.setDeadlines(&deadlines);
    CasesModel background(db);
    background.setDeadlines(&deadlines);
    background.setBackgroundCount(true);
    background.refresh();
    CasesModel bare(db); // no deadline column: what the column costs
    bare.setBackgroundCount(true);
    bare.refresh();
    out() << Qt::endl
          << "(e) the case list's model per keystroke (CasesModel::setFilter, page of 100 + next deadlines), median of 7, ms"
          << Qt::endl
          << QStringLiteral("   keystroke").leftJustified(32) << QStringLiteral("cases").rightJustified(7)
          << QStringLiteral("cpu").rightJustified(8) << QStringLiteral("shown").rightJustified(9)
          << QStringLiteral("counted").rightJustified(9) << QStringLiteral("in-line cpu").rightJustified(13)
          << QStringLiteral("wall").rightJustified(9) << QStringLiteral("no-deadline cpu").rightJustified(17)
          << QStringLiteral("  target cpu <= 50") << Qt::endl;
    bool allPass = true;
    for (const auto &[label, filter] : keys) {
        std::vector<double> cpu, shown, counted, lineCpu, lineWall, bareCpu;
        int found = 0;
        for (int i = 0; i < 7; ++i) {
            QElapsedTimer t;
            double cpu0 = threadCpuMs();
            t.start();
            inLine.setFilter(filter);
            lineCpu.push_back(threadCpuMs() - cpu0);
            lineWall.push_back(msOf(t));

            cpu0 = threadCpuMs();
            t.restart();
            background.setFilter(filter);
            cpu.push_back(threadCpuMs() - cpu0);
            shown.push_back(msOf(t));
            // What the window's event loop does next: deliver the count.
            const QDeadlineTimer limit(10000);
            while (background.totalCount() < 0 && !limit.hasExpired())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            counted.push_back(msOf(t));
            found = background.totalCount();

            cpu0 = threadCpuMs();
            bare.setFilter(filter);
            bareCpu.push_back(threadCpuMs() - cpu0);
            while (bare.totalCount() < 0 && !limit.hasExpired())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        }
        const double cpuMs = median(cpu);
        const bool pass = cpuMs <= 50.0 && found == inLine.totalCount();
        allPass = allPass && pass;
        out() << (QStringLiteral("(e) ") + label).leftJustified(32 - int(label.size() - label.toUtf8().size()) / 2)
              << QString::number(found).rightJustified(7) << fixed(cpuMs, 1).rightJustified(8)
              << fixed(median(shown), 2).rightJustified(9) << fixed(median(counted), 2).rightJustified(9)
              << fixed(median(lineCpu), 1).rightJustified(13) << fixed(median(lineWall), 2).rightJustified(9)
              << fixed(median(bareCpu), 1).rightJustified(17) << "  "
              << (pass ? "PASS" : "BELOW") << Qt::endl;
    }
    out() << "(e) all within target: " << (allPass ? "PASS" : "BELOW") << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_mediation"));
    QLoggingCategory::setFilterRules(QStringLiteral("*.info=false\n*.debug=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Mediation at scale: case list, filter keystrokes and a one-year statistics report vs the same SQL in sqlite3."));
    parser.addHelpOption();
    const QCommandLineOption casesOpt(QStringLiteral("cases"), QStringLiteral("Cases (default 100000)."), QStringLiteral("N"),
                                      QStringLiteral("100000"));
    const QCommandLineOption registerOpt(QStringLiteral("register"),
                                         QStringLiteral("Demo register size: workers (employers = a quarter); default N/2."),
                                         QStringLiteral("W"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"),
                                    QStringLiteral("Folder for mediation.db; reused when it exists (default: a temporary "
                                                   "folder, removed afterwards)."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption sqliteOpt(QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell (default: from PATH)."),
                                       QStringLiteral("PATH"), QStringLiteral("sqlite3"));
    const QCommandLineOption explainOpt(QStringLiteral("explain"), QStringLiteral("Print EXPLAIN QUERY PLAN of every statement."));
    const QCommandLineOption listOnlyOpt(QStringLiteral("list-only"),
                                         QStringLiteral("Only (e): the keystrokes through the case list's model."));
    parser.addOptions({casesOpt, registerOpt, dirOpt, sqliteOpt, explainOpt, listOnlyOpt});
    parser.process(app);

    bool ok = false;
    const int cases = parser.value(casesOpt).toInt(&ok);
    if (!ok || cases <= 0 || cases > 1000000)
        return fail(QStringLiteral("--cases takes a number from 1 to 1000000."));
    const int registerSize = parser.isSet(registerOpt) ? parser.value(registerOpt).toInt() : std::max(400, cases / 2);
    QString shell = parser.value(sqliteOpt);
    if (!shell.contains(QLatin1Char('/')))
        shell = QStandardPaths::findExecutable(shell);
    if (shell.isEmpty())
        return fail(QStringLiteral("the sqlite3 shell was not found; pass --sqlite3 PATH."));
    QTemporaryDir tempDir;
    QString dir = parser.value(dirOpt);
    if (dir.isEmpty())
        dir = tempDir.path();
    else if (!QDir().mkpath(dir))
        return fail(QStringLiteral("cannot create %1").arg(dir));
    const QString dbPath = QFileInfo(dir).absoluteFilePath() + QStringLiteral("/mediation.db");

    out() << "bench_mediation: " << cases << " cases, register of " << registerSize << " workers" << Qt::endl
          << "database: " << dbPath << Qt::endl
          << "sqlite3:  " << shell << " (" << sqlite3_libversion() << " in this process)" << Qt::endl
          << "load:     " << loadAverage() << " (1/5/15 min)" << Qt::endl;
    if (QFileInfo::exists(dbPath)) {
        out() << "reusing the database (not checked against --cases)" << Qt::endl;
    } else {
        const QString part = dbPath + QStringLiteral(".part");
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(part + suffix);
        QElapsedTimer t;
        t.start();
        const auto progress = [](int done, double seconds) {
            out() << "  " << done << " cases, " << fixed(seconds, 1) << " s" << Qt::endl;
        };
        if (Status s = createMediationBenchDatabase(part, cases, registerSize, progress); !s)
            return fail(s.error());
        if (!QFile::rename(part, dbPath))
            return fail(QStringLiteral("cannot rename %1").arg(part));
        out() << "created in " << fixed(msOf(t) / 1e3, 1) << " s (not part of the figures)" << Qt::endl;
    }

    Database db;
    if (Status s = db.open(dbPath, Database::OpenMode::ExistingOnly); !s)
        return fail(s.error());
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return fail(QStringLiteral("no SQLite handle behind the Qt connection"));
    const MediationRepository repo(db);
    const MediationStatistics stats(db);
    out() << "live cases: " << repo.count({}) << ", file " << QFileInfo(dbPath).size() / 1048576 << " MiB, schema "
          << db.schemaVersion() << Qt::endl
          << Qt::endl;

    struct Operation
    {
        QString group;
        QString label;
        double targetMs;
        std::function<int()> run; // returns the number of matching cases (or a figure)
    };
    QList<Operation> ops;
    const auto listOp = [&](const QString &group, const QString &label, const MediationRepository::Filter &f) {
        ops.append({group, label, 50.0, [&repo, f] {
                        const int n = repo.count(f);
                        const auto rows = repo.page(f, MediationRepository::Sort::ReceivedOn, Qt::DescendingOrder, {}, 100);
                        return rows.isEmpty() && n > 0 ? -1 : n;
                    }});
    };
    listOp(QStringLiteral("a"), QStringLiteral("open list"), {});
    for (const QString &typed : {QStringLiteral("张"), QStringLiteral("张伟"), QStringLiteral("张伟 建"), QStringLiteral("华"),
                                 QStringLiteral("华联"), QStringLiteral("华联建"), QStringLiteral("华联建筑")}) {
        MediationRepository::Filter f;
        f.text = typed;
        listOp(QStringLiteral("b"), QStringLiteral("text \"%1\"").arg(typed), f);
    }
    {
        MediationRepository::Filter open;
        open.statuses = {QStringLiteral("accepted"), QStringLiteral("in_mediation")};
        listOp(QStringLiteral("b"), QStringLiteral("status open"), open);
        MediationRepository::Filter performing;
        performing.statuses = {QStringLiteral("agreed"), QStringLiteral("performing")};
        listOp(QStringLiteral("b"), QStringLiteral("status agreed+performing"), performing);
        MediationRepository::Filter half;
        half.receivedFrom = QDate(2026, 1, 1);
        half.receivedTo = QDate(2026, 6, 30);
        listOp(QStringLiteral("b"), QStringLiteral("received 2026-H1"), half);
        MediationRepository::Filter combined = half;
        combined.statuses = {QStringLiteral("performed")};
        combined.text = QStringLiteral("张伟");
        listOp(QStringLiteral("b"), QStringLiteral("2026-H1+performed+张伟"), combined);
    }
    for (const QString &key : {QStringLiteral("2025"), QStringLiteral("2026-H1")}) {
        const StatisticsPeriod period = StatisticsPeriod::parse(key).value();
        ops.append({QStringLiteral("c"), QStringLiteral("statistics %1").arg(key), 200.0, [&stats, period] {
                        auto r = stats.compute(period);
                        return r ? r.value().accepted : -1;
                    }});
    }

    // (e) The keystrokes of (a) and (b) through the list's model.
    {
        QList<std::pair<QString, MediationRepository::Filter>> keys;
        keys.append({QStringLiteral("open list"), {}});
        for (const QString &typed : {QStringLiteral("张"), QStringLiteral("张伟"), QStringLiteral("华"), QStringLiteral("华联"),
                                     QStringLiteral("华联建筑")}) {
            MediationRepository::Filter f;
            f.text = typed;
            keys.append({QStringLiteral("text \"%1\"").arg(typed), f});
        }
        MediationRepository::Filter performing;
        performing.statuses = {QStringLiteral("agreed"), QStringLiteral("performing")};
        keys.append({QStringLiteral("status agreed+performing"), performing});
        MediationRepository::Filter half;
        half.receivedFrom = QDate(2026, 1, 1);
        half.receivedTo = QDate(2026, 6, 30);
        keys.append({QStringLiteral("received 2026-H1"), half});
        benchListModel(db, keys);
        if (parser.isSet(listOnlyOpt))
            return 0;
    }

    std::vector<double> startups;
    for (int i = 0; i < 5; ++i)
        startups.push_back(runSqlite(shell, QStringLiteral(":memory:"), QByteArrayLiteral("select 1;\n")).wallMs);
    const double shellStartup = median(startups);

    out() << QStringLiteral("   operation").leftJustified(32) << QStringLiteral("cases").rightJustified(7)
          << QStringLiteral("ours").rightJustified(9) << QStringLiteral("cpu").rightJustified(8)
          << QStringLiteral("first").rightJustified(9) << QStringLiteral("shell").rightJustified(9)
          << QStringLiteral("cpu").rightJustified(8) << QStringLiteral("batch").rightJustified(9)
          << QStringLiteral("proc").rightJustified(8) << QStringLiteral("ratio").rightJustified(7)
          << QStringLiteral("cpu-r").rightJustified(7) << QStringLiteral("  target     <=2x") << Qt::endl;
    const QString sqlDir = QFileInfo(dbPath).absolutePath() + QStringLiteral("/sql");
    QDir().mkpath(sqlDir);
    Trace trace;
    bool allPass = true;
    for (int n = 0; n < ops.size(); ++n) {
        const Operation &op = ops.at(n);
        // 1. The statements it runs, with their values (kept in DIR/sql/NN.sql).
        trace.statements.clear();
        trace.capture = true;
        sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, traceCallback, &trace);
        const int found = op.run();
        sqlite3_trace_v2(handle, 0, nullptr, nullptr);
        trace.capture = false;
        const QStringList statements = trace.statements;
        QFile sqlFile(sqlDir + QStringLiteral("/%1.sql").arg(n + 1, 2, 10, QLatin1Char('0')));
        if (sqlFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
            sqlFile.write("-- " + op.label.toUtf8() + '\n' + scriptOf(statements, 1));
        // 2. Our time, untraced: median of 7, the first one included; wall and CPU.
        std::vector<double> times, cpu;
        for (int i = 0; i < 7; ++i) {
            QElapsedTimer t;
            const double cpu0 = threadCpuMs();
            t.start();
            op.run();
            times.push_back(msOf(t));
            cpu.push_back(threadCpuMs() - cpu0);
        }
        // 3. The same statements in the shell.
        const ShellRun timed = runSqlite(shell, dbPath, ".output /dev/null\n.timer on\n" + scriptOf(statements, 5));
        if (!timed.ok || timed.timerMs.size() != size_t(5 * statements.size()))
            return fail(QStringLiteral("sqlite3 failed on %1: %2").arg(op.label, timed.stdErr.trimmed()));
        std::vector<double> perRun, perRunCpu;
        for (int r = 0; r < 5; ++r) {
            double sum = 0, sumCpu = 0;
            for (int k = 0; k < statements.size(); ++k) {
                sum += timed.timerMs.at(size_t(r * statements.size() + k));
                sumCpu += timed.timerCpuMs.at(size_t(r * statements.size() + k));
            }
            perRun.push_back(sum);
            perRunCpu.push_back(sumCpu);
        }
        const double shellMs = median(perRun);
        const double shellCpu = median(perRunCpu);
        std::vector<double> batches;
        for (int i = 0; i < 3; ++i)
            batches.push_back(std::max(0.0, runSqlite(shell, dbPath, ".output /dev/null\n" + scriptOf(statements, 20)).wallMs
                                                - shellStartup)
                              / 20.0);
        const double batchMs = median(batches);
        const double procMs = std::max(0.0, runSqlite(shell, dbPath, ".output /dev/null\n" + scriptOf(statements, 1)).wallMs
                                                - shellStartup);
        const double ours = median(times);
        const double oursCpu = median(cpu);
        const double ref = shellMs >= 1.0 ? shellMs : batchMs;
        const double ratio = ref > 0 ? ours / ref : 0;
        const double cpuRatio = shellCpu > 0 ? oursCpu / shellCpu : 0;
        const bool inTarget = ours <= op.targetMs;
        const bool inRatio = ref > 0 && ratio <= 2.0; // no reference time measured: no verdict
        allPass = allPass && inTarget && inRatio;
        out() << (QStringLiteral("(%1) ").arg(op.group) + op.label).leftJustified(32 - int(op.label.size() - op.label.toUtf8().size()) / 2)
              << QString::number(found).rightJustified(7) << fixed(ours, 2).rightJustified(9) << fixed(oursCpu, 1).rightJustified(8)
              << fixed(times.front(), 2).rightJustified(9) << fixed(shellMs, 2).rightJustified(9)
              << fixed(shellCpu, 1).rightJustified(8) << fixed(batchMs, 2).rightJustified(9) << fixed(procMs, 1).rightJustified(8)
              << (ref > 0 ? fixed(ratio, 2) : QStringLiteral("n/a")).rightJustified(7)
              << (shellCpu > 0 ? fixed(cpuRatio, 2) : QStringLiteral("n/a")).rightJustified(7) << QStringLiteral("  ")
              << (inTarget ? "PASS " : "BELOW") << " " << QString::number(op.targetMs, 'f', 0).rightJustified(3) << "  "
              << (inRatio ? "PASS" : ref > 0 ? "BELOW" : "N/A") << Qt::endl;
        if (parser.isSet(explainOpt)) {
            QByteArray script;
            for (const QString &sql : statements)
                script += ".print '--- " + QByteArray::number(sql.size()) + " chars'\nEXPLAIN QUERY PLAN " + sql.toUtf8() + ";\n";
            const ShellRun plan = runSqlite(shell, dbPath, script);
            for (const QString &line : plan.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                out() << "        " << line << Qt::endl;
            for (const QString &sql : statements)
                out() << "        SQL: " << sql.left(600) << Qt::endl;
        }
    }
    // (d) What one case edit costs at this size (not a target): MediationService::updateCase of
    // the newest case, rolled back, of a field that is not searched (notes) and of one that is
    // (facts: the case's rows in both search indexes are rebuilt, schema 8), against that rebuild
    // alone in the shell (the queue trigger of 0008_mediation_short_search.sql).
    {
        const auto newest = repo.page({}, MediationRepository::Sort::ReceivedOn, Qt::DescendingOrder, {}, 1);
        RecordStore store(db);
        store.setActor(QStringLiteral("bench"));
        MediationService service(store);
        std::vector<double> notes;
        std::vector<double> facts;
        for (int i = 0; i < 10 && !newest.isEmpty(); ++i) {
            const auto c = repo.fullCase(newest.first().id);
            Database::Transaction tx(db); // rolled back: the database stays as it was
            QElapsedTimer t;
            t.start();
            const Status s = i % 2 == 0
                ? service.updateCase(c->id, c->version, {{QStringLiteral("notes"), QStringLiteral("bench %1").arg(i)}})
                : service.updateCase(c->id, c->version, {{QStringLiteral("facts"), c->facts + QStringLiteral("（补充%1）").arg(i)}});
            (i % 2 == 0 ? notes : facts).push_back(msOf(t));
            if (!s)
                return fail(s.error());
        }
        const QString id = newest.isEmpty() ? QString() : newest.first().id;
        const ShellRun rebuild = runSqlite(shell, dbPath,
                                           "SELECT count(*) FROM sqlite_master;\n.timer on\nBEGIN;\n"
                                           "INSERT INTO mediation_search_queue (case_id) VALUES ('" + id.toUtf8()
                                               + "');\nROLLBACK;\n");
        if (!rebuild.ok)
            return fail(QStringLiteral("the search-row rebuild in sqlite3 failed: %1").arg(rebuild.stdErr));
        out() << Qt::endl
              << "(d) one case edit (MediationService::updateCase, rolled back), median of 5: notes " << fixed(median(notes), 2)
              << " ms, facts " << fixed(median(facts), 2)
              << " ms; rebuilding the case's search rows alone in sqlite3: "
              << fixed(rebuild.timerMs.size() > 1 ? rebuild.timerMs.at(1) : -1, 0) << " ms" << Qt::endl;
    }

    out() << Qt::endl
          << "ours = count + first page of 100 (received, newest first) through MediationRepository, or "
             "MediationStatistics::compute; median of 7 runs in ms, `first` the first of them; cpu = this thread's CPU "
             "time (median of 7)."
          << Qt::endl
          << "shell = the captured statements, values inlined, in sqlite3 with .timer on (sum per run, median of 5); "
             "batch = (sqlite3 process running them 20 times - start-up "
          << fixed(shellStartup, 1) << " ms) / 20, median of 3; proc = one process minus start-up. The ratio uses shell, or "
          << "batch when shell < 1 ms; cpu-r = ours cpu / shell cpu (.timer user + sys). The statements are in "
          << sqlDir << "/NN.sql." << Qt::endl
          << "all within targets: " << (allPass ? "PASS" : "BELOW") << Qt::endl
          << "load:     " << loadAverage() << " (1/5/15 min, at the end)" << Qt::endl;
    return 0;
}
