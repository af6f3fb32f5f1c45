// bench_register: the register at demo scale (N workers, N/4 employers): start-up to the first
// painted main window against a bare Qt window, search latency per keystroke against the same
// query in the sqlite3 shell, CSV import throughput and peak memory. Not a test; see
// bench/README.md.

#include "core/Clock.h"
#include "demo/DemoGenerator.h"
#include "register/RegisterExport.h"
#include "register/RegisterImporter.h"
#include "exchange/TabularFile.h"
#include "ui/shell/MainWindow.h"
#include "storage/Accounts.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "register/RegisterRepository.h"
#include "register/RegisterSearch.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>
#endif

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
    QTextStream(stderr) << "bench_register: " << message << Qt::endl;
    return 1;
}

// Same as bench_bare_window: ms since the kernel started this process (/proc/self/stat field
// 22 against CLOCK_BOOTTIME; 10 ms resolution), -1 if unknown.
double msSinceProcessStart()
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    bool ok = false;
    const double ticks = static_cast<double>(fields.at(19).toLongLong(&ok));
    const long hz = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || hz <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const double nowMs = static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
    return nowMs - ticks * 1e3 / static_cast<double>(hz);
#else
    return -1;
#endif
}

// CPU time (user + system) this process has used so far, ms; as in bench_bare_window.
double cpuMs()
{
#ifdef Q_OS_LINUX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
           + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
#else
    return -1;
#endif
}

// Peak resident set of this process image from /proc/self/status (VmHWM, KiB). Unlike
// ru_maxrss it starts afresh at execve, so a child does not inherit its parent's peak.
long vmHwmKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return 0;
}

long maxRssKib(bool children)
{
#ifdef Q_OS_LINUX
    rusage usage{};
    getrusage(children ? RUSAGE_CHILDREN : RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
#else
    Q_UNUSED(children);
    return 0;
#endif
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double msOf(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

QString fixed(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

QString grouped(double v)
{
    QString digits = QString::number(qRound64(v));
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

// ---- Child: the real main window, timed to its first paint. ---------------------------------

// Watches every widget of the application: prints "painted …" at the first paint event of the
// window or any widget in it (the figure the target is about), then "loaded …" at the first
// paint of the workers list's viewport while its model holds rows (the register page built and
// its first page shown; information, not compared), then "maxrss …" and quits.
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *window, const QElapsedTimer &sinceMain) : m_window(window), m_sinceMain(sinceMain) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || !watched->isWidgetType())
            return false;
        auto *widget = static_cast<QWidget *>(watched);
        if (widget->window() != m_window)
            return false;
        if (!m_painted) {
            m_painted = true;
            std::printf("painted %.1f %.1f %.1f\n", msSinceProcessStart(), msOf(m_sinceMain), cpuMs());
            std::fflush(stdout);
            // The first workspace is the mediation one; the register's list is one tab further,
            // so "loaded" includes switching to it as a user would.
            QTimer::singleShot(0, m_window, [window = m_window] {
                auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("workspaceTabs"));
                auto *slot = tabs ? tabs->findChild<QWidget *>(QStringLiteral("registerSlot")) : nullptr;
                if (slot)
                    tabs->setCurrentWidget(slot);
            });
        }
        auto *table = qobject_cast<QTableView *>(widget->parentWidget());
        if (!m_loaded && table && table->viewport() == widget && table->objectName() == QLatin1String("workersTable")
            && table->model() && table->model()->rowCount() > 0) {
            m_loaded = true;
            std::printf("loaded %.1f %.1f\n", msSinceProcessStart(), msOf(m_sinceMain));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, [] {
                std::printf("maxrss %ld\n", vmHwmKib());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    QWidget *m_window;
    const QElapsedTimer &m_sinceMain;
    bool m_painted = false;
    bool m_loaded = false;
};

int childStartup(int argc, char *argv[], const QString &path)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.info=false\n*.debug=false"));
    Session session;
    session.username = QStringLiteral("admin");
    session.displayName = QStringLiteral("admin");
    session.role = Role::Administrator;
    session.orgUnit = QString::fromLatin1(DemoGenerator::kDefaultOrgUnit);
    MainWindow window;
    FirstPaint filter(&window, sinceMain);
    app.installEventFilter(&filter);
    if (Status s = window.openDatabase(path, session); !s) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(s.error()));
        return 2;
    }
    window.show();
    QTimer::singleShot(120000, &app, [] {
        std::fprintf(stderr, "bench_register child: no paint of the loaded workers list within 120 s\n");
        QCoreApplication::exit(2);
    });
    return app.exec();
}

// ---- Parent helpers. --------------------------------------------------------------------------

struct StartupRun
{
    bool ok = false;
    double wallMs = 0;       // QProcess::start -> "painted" line read
    double kernelMs = 0;     // child's own figure: kernel start -> paint
    double loadedWallMs = 0; // QProcess::start -> "loaded" line read (UnionDesk only)
    double cpuMs = 0;        // child's own CPU time (user + system) at the paint
    long maxRss = 0;         // child's own ru_maxrss (KiB)
    QString error;
};

StartupRun runStartup(const QString &program, const QStringList &args, const QString &configHome)
{
    StartupRun r;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome); // keep the user's settings untouched
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForStarted(-1)) {
        r.error = p.errorString();
        return r;
    }
    bool painted = false;
    while (!painted && p.state() != QProcess::NotRunning) {
        if (!p.canReadLine() && !p.waitForReadyRead(120000))
            break;
        while (p.canReadLine()) {
            const QByteArray line = p.readLine().trimmed();
            if (line.startsWith("maxrss"))
                r.maxRss = line.mid(7).trimmed().toLong();
            if (line.startsWith("painted")) {
                r.wallMs = msOf(t);
                painted = true;
                const QList<QByteArray> f = line.split(' ');
                if (f.size() > 1)
                    r.kernelMs = f.at(1).toDouble();
                if (f.size() > 3)
                    r.cpuMs = f.at(3).toDouble();
            }
            if (line.startsWith("loaded"))
                r.loadedWallMs = msOf(t);
        }
    }
    // After the paint: the "loaded" line, if the child prints one, then maxrss.
    while (p.state() != QProcess::NotRunning || p.canReadLine()) {
        if (!p.canReadLine() && !p.waitForReadyRead(120000))
            break;
        while (p.canReadLine()) {
            const QByteArray line = p.readLine().trimmed();
            if (line.startsWith("loaded"))
                r.loadedWallMs = msOf(t);
            if (line.startsWith("maxrss"))
                r.maxRss = line.mid(7).trimmed().toLong();
        }
    }
    p.waitForFinished(-1);
    for (const QByteArray &line : p.readAllStandardOutput().split('\n'))
        if (line.startsWith("maxrss"))
            r.maxRss = line.mid(7).trimmed().toLong();
    r.ok = painted && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!r.ok)
        r.error = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
    return r;
}

struct ShellRun
{
    bool ok = false;
    double wallMs = 0;
    std::vector<double> timerMs; // ".timer on" real times
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
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Run Time: real ")))
            run.timerMs.push_back(line.section(QLatin1Char(' '), 3, 3).toDouble() * 1e3);
    }
    run.stdErr = QString::fromLocal8Bit(p.readAllStandardError());
    run.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return run;
}

QString sqlQuote(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

QString ftsString(const QString &text)
{
    QString q = text;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// The statements RegisterRepository::search (RegisterSearch::find) runs for `text` with `limit`,
// the values inlined for the shell: per index (names, then details while the names leave room),
// a phrase MATCH for 3+ characters; for 1-2 characters a LIKE scan of the first
// RegisterSearch::kProbeRows ids and, if that does not fill the limit, the fts5vocab query for
// the trigrams starting with the text, then (if there are any) a MATCH on up to 64 of them or,
// with more, a LIKE scan, both after kProbeRows. Row counts and term lists are read here,
// in-process, to build the statements that depend on them. Keep in step with
// app/storage/RegisterSearch.cpp.
QStringList searchStatements(Database &db, const QString &text, int limit)
{
    QStringList statements;
    const QString t = text.trimmed();
    const auto rowsOf = [&db](const QString &statement) {
        QSqlQuery count(db.connection());
        return count.exec(QStringLiteral("SELECT count(*) FROM (%1)").arg(statement.chopped(1))) && count.next()
                   ? count.value(0).toInt()
                   : 0;
    };
    QString escaped = t;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    const QString pattern = sqlQuote(QLatin1Char('%') + escaped + QLatin1Char('%'));
    const int probe = RegisterSearch::kProbeRows;
    int found = 0; // rows read so far (an upper bound of the hits; the details skip name hits)
    for (const bool names : {true, false}) {
        if (found >= limit)
            break;
        const QString fts = names ? QStringLiteral("register_names") : QStringLiteral("register_details");
        const QString terms = names ? QStringLiteral("register_name_terms") : QStringLiteral("register_detail_terms");
        const QString column = names ? QStringLiteral("name") : QStringLiteral("detail");
        const QString like = QStringLiteral("SELECT kind, record_id, name, detail FROM register_search WHERE id %2 %3 "
                                            "AND %1 LIKE %4 ESCAPE '\\' LIMIT %5;");
        if (RegisterSearch::characterCount(t) >= 3) {
            statements << QStringLiteral("SELECT s.kind, s.record_id, s.name, s.detail FROM %1 f CROSS JOIN register_search s "
                                         "ON s.id = f.rowid WHERE %1 MATCH %2 LIMIT %3;")
                              .arg(fts, sqlQuote(ftsString(t)), QString::number(limit));
            found += rowsOf(statements.last());
            continue;
        }
        statements << like.arg(column, QStringLiteral("<="), QString::number(probe), pattern, QString::number(limit));
        const int read = rowsOf(statements.last());
        if (read >= limit) {
            found = limit;
            break;
        }
        const QString prefix = t.toCaseFolded();
        const QString end = prefix + QChar(QChar::highSurrogate(0x10FFFF)) + QChar(QChar::lowSurrogate(0x10FFFF));
        statements << QStringLiteral("SELECT term FROM %1 WHERE term >= %2 AND term < %2 || char(1114111) LIMIT %3;")
                          .arg(terms, sqlQuote(prefix), QString::number(RegisterSearch::kMaxTerms + 1));
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT term FROM %1 WHERE term >= ? AND term < ? LIMIT ?").arg(terms));
        q.addBindValue(prefix);
        q.addBindValue(end);
        q.addBindValue(RegisterSearch::kMaxTerms + 1);
        QStringList phrases;
        if (q.exec())
            while (q.next())
                phrases << ftsString(q.value(0).toString());
        found += read;
        if (phrases.isEmpty())
            continue;
        if (phrases.size() <= RegisterSearch::kMaxTerms)
            statements << QStringLiteral("SELECT s.kind, s.record_id, s.name, s.detail FROM %1 f CROSS JOIN register_search s "
                                         "ON s.id = f.rowid WHERE %1 MATCH %2 AND f.rowid > %3 LIMIT %4;")
                              .arg(fts, sqlQuote(phrases.join(QStringLiteral(" OR "))), QString::number(probe),
                                   QString::number(limit - read));
        else
            statements << like.arg(column, QStringLiteral(">"), QString::number(probe), pattern, QString::number(limit - read));
        found += rowsOf(statements.last());
    }
    return statements;
}

QString verdict(bool pass)
{
    return pass ? QStringLiteral("PASS") : QStringLiteral("BELOW");
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--child-startup") == 0)
            return childStartup(argc, argv, QString::fromLocal8Bit(argv[i + 1]));

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_register"));
    QLoggingCategory::setFilterRules(QStringLiteral("*.info=false\n*.debug=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The register at demo scale: start-up to first paint vs a bare Qt window, search latency per "
        "keystroke vs the sqlite3 shell, CSV import throughput, peak memory."));
    parser.addHelpOption();
    const QCommandLineOption workersOpt(QStringLiteral("workers"),
                                        QStringLiteral("Demo workers (default 200000; employers = N/4)."),
                                        QStringLiteral("N"), QStringLiteral("200000"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"),
                                    QStringLiteral("Folder to keep the databases in; DIR/register.db is reused if it "
                                                   "exists (default: a temporary folder, removed afterwards)."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption sqliteOpt(QStringLiteral("sqlite3"),
                                       QStringLiteral("The sqlite3 shell to compare with (default: sqlite3 from PATH)."),
                                       QStringLiteral("PATH"), QStringLiteral("sqlite3"));
    const QCommandLineOption importOpt(QStringLiteral("import-rows"),
                                       QStringLiteral("Workers to export and import again (default min(N, 100000))."),
                                       QStringLiteral("M"), QStringLiteral("100000"));
    parser.addOptions({workersOpt, dirOpt, sqliteOpt, importOpt});
    parser.process(app);

    bool okN = false;
    bool okM = false;
    const int workers = parser.value(workersOpt).toInt(&okN);
    const int importWanted = parser.value(importOpt).toInt(&okM);
    if (!okN || workers <= 0 || workers > 1000000)
        return fail(QStringLiteral("--workers takes a number from 1 to 1000000."));
    if (!okM || importWanted <= 0)
        return fail(QStringLiteral("--import-rows takes a positive number."));
    QString sqlite3 = parser.value(sqliteOpt);
    if (!sqlite3.contains(QLatin1Char('/')))
        sqlite3 = QStandardPaths::findExecutable(sqlite3);
    if (sqlite3.isEmpty() || !QFileInfo(sqlite3).isExecutable())
        return fail(QStringLiteral("the sqlite3 shell (%1) was not found; pass --sqlite3 PATH.").arg(parser.value(sqliteOpt)));
    const QString bare = QCoreApplication::applicationDirPath() + QStringLiteral("/bench_bare_window");
    if (!QFileInfo(bare).isExecutable())
        return fail(QStringLiteral("%1 is missing; build the bench_bare_window target.").arg(bare));

    QTemporaryDir tempDir;
    QString dir = parser.value(dirOpt);
    if (dir.isEmpty()) {
        if (!tempDir.isValid())
            return fail(QStringLiteral("cannot create a temporary folder"));
        dir = tempDir.path();
    } else if (!QDir().mkpath(dir)) {
        return fail(QStringLiteral("cannot create %1").arg(dir));
    }
    dir = QFileInfo(dir).absoluteFilePath();
    const QString dbPath = dir + QStringLiteral("/register.db");
    const QString configHome = dir + QStringLiteral("/xdg-config");
    QDir().mkpath(configHome);

    out() << "bench_register: " << workers << " workers, " << workers / 4 << " employers (demo seed 1)" << Qt::endl;
    out() << "folder:  " << dir << Qt::endl;
    out() << "sqlite3: " << sqlite3 << Qt::endl;
    auto load = [] {
        QFile loadavg(QStringLiteral("/proc/loadavg"));
        return loadavg.open(QIODevice::ReadOnly) ? QString::fromLatin1(loadavg.readAll()).section(QLatin1Char(' '), 0, 2)
                                                 : QStringLiteral("?");
    };
    out() << "load:    " << load() << " (1/5/15 min)" << Qt::endl;

    // ---- 0. The demo database (reused when it exists). ----------------------------------------
    if (QFileInfo::exists(dbPath)) {
        out() << "reusing " << dbPath << " (not checked against --workers)" << Qt::endl;
    } else {
        const QString tmp = dbPath + QStringLiteral(".part");
        removeDatabaseFiles(tmp);
        QElapsedTimer t;
        t.start();
        {
            SystemClock clock;
            Database db;
            if (Status s = db.open(tmp, Database::OpenMode::CreateIfMissing); !s)
                return fail(s.error());
            RecordStore store(db, &clock);
            store.setActor(QStringLiteral("demo"));
            Database::Transaction all(db);
            if (!all.isActive())
                return fail(all.error());
            auto created = DemoGenerator::createNode(db, store, clock);
            if (!created)
                return fail(created.error());
            DemoOptions options;
            options.size = workers;
            auto filled = DemoGenerator(db, store).fill(options);
            if (!filled)
                return fail(filled.error());
            if (Status s = all.commit(); !s)
                return fail(s.error());
        }
        if (!QFile::rename(tmp, dbPath))
            return fail(QStringLiteral("cannot rename %1").arg(tmp));
        out() << "created demo database in " << fixed(msOf(t) / 1e3, 1) << " s (not part of the figures)" << Qt::endl;
    }
    {
        Database db;
        if (Status s = db.open(dbPath, Database::OpenMode::ExistingOnly); !s)
            return fail(s.error());
        const RegisterRepository repo(db);
        out() << "database: " << QFileInfo(dbPath).size() << " bytes, " << repo.countWorkers({}) << " workers, "
              << repo.countEmployers({}) << " employers" << Qt::endl
              << Qt::endl;
    }

    // ---- 1. Start-up to first paint: one untimed start of each (the first start after a build
    // reads tens of MB of new binary from disk; the bare window's few pages are always cached),
    // then the median of kStartupRuns each, alternating. ------------------------------------------
    constexpr int kStartupRuns = 11;
    std::vector<double> oursMs, bareMs, oursKernel, bareKernel, oursLoaded, oursCpu, bareCpu;
    long oursRss = 0, bareRss = 0;
    const QString self = QCoreApplication::applicationFilePath();
    const StartupRun coldOurs = runStartup(self, {QStringLiteral("--child-startup"), dbPath}, configHome);
    const StartupRun coldBare = runStartup(bare, {}, configHome);
    if (!coldOurs.ok || !coldBare.ok)
        return fail(QStringLiteral("start-up child failed: %1").arg(coldOurs.ok ? coldBare.error : coldOurs.error));
    for (int i = 0; i < kStartupRuns; ++i) {
        const StartupRun o = runStartup(self, {QStringLiteral("--child-startup"), dbPath}, configHome);
        if (!o.ok)
            return fail(QStringLiteral("start-up child failed: %1").arg(o.error));
        const StartupRun b = runStartup(bare, {}, configHome);
        if (!b.ok)
            return fail(QStringLiteral("bench_bare_window failed: %1").arg(b.error));
        oursMs.push_back(o.wallMs);
        oursLoaded.push_back(o.loadedWallMs);
        oursCpu.push_back(o.cpuMs);
        bareCpu.push_back(b.cpuMs);
        bareMs.push_back(b.wallMs);
        oursKernel.push_back(o.kernelMs);
        bareKernel.push_back(b.kernelMs);
        oursRss = std::max(oursRss, o.maxRss);
        bareRss = std::max(bareRss, b.maxRss);
    }
    const double startOurs = median(oursMs);
    const double startBare = median(bareMs);
    const double startRatio = startBare > 0 ? startOurs / startBare : 0;

    // ---- 2. Search latency per keystroke. ----------------------------------------------------
    struct SearchRow
    {
        QString query;
        int hits = 0;
        double oursMs = 0;
        double shellMs = 0;     // .timer real, median of 5
        double shellProcMs = 0; // whole process, minus start-up
        double shellBatchMs = 0; // (process running the query 20 times - start-up) / 20
        int statements = 0;      // SQL statements the keystroke runs
        double pageMs = 0;       // the whole keystroke as the register page runs it (see below)
        int workerRows = 0;      // rows of the workers list's first read
    };
    // What RegisterPage::runSearch asks for: up to 2,000 matches (2,001 to know there are more),
    // and the names equal to the text; the lists then read their first rows of those ids sorted
    // by name (NameOrderedPages holds up to 2,000 + 1 to put the exact name first) and count them.
    constexpr int kPageSearchLimit = 2001;
    constexpr int kPageHeldRows = 2001;
    std::vector<SearchRow> searches;
    std::vector<double> startups;
    for (int i = 0; i < 5; ++i)
        startups.push_back(runSqlite(sqlite3, QStringLiteral(":memory:"), QByteArrayLiteral("select 1;\n")).wallMs);
    const double shellStartup = median(startups);
    {
        Database db;
        if (Status s = db.open(dbPath, Database::OpenMode::ExistingOnly); !s)
            return fail(s.error());
        const RegisterRepository repo(db);
        // 朝阳建筑: 朝阳 in many rows, 朝阳建… in none; 八里庄路: 八里庄 in every address of the demo
        // street; 建筑工: in one employer name of five; 鲸鱼座: nowhere, at 1, 2 and 3 characters.
        for (const QString &word : {QStringLiteral("朝阳建筑"), QStringLiteral("八里庄路"), QStringLiteral("建筑工"),
                                    QStringLiteral("鲸鱼座")}) {
            for (int len = 1; len <= word.size(); ++len) {
                SearchRow row;
                row.query = word.left(len);
                std::vector<double> times;
                for (int i = 0; i < 5; ++i) {
                    QElapsedTimer t;
                    t.start();
                    row.hits = static_cast<int>(repo.search(row.query, kPageSearchLimit).size());
                    times.push_back(msOf(t));
                }
                row.oursMs = median(times);
                std::vector<double> pageTimes;
                for (int i = 0; i < 5; ++i) {
                    QElapsedTimer t;
                    t.start();
                    const QList<RegisterRepository::SearchHit> found = repo.search(row.query, kPageSearchLimit);
                    RegisterRepository::WorkerFilter wf;
                    RegisterRepository::EmployerFilter ef;
                    wf.ids.emplace();
                    ef.ids.emplace();
                    QSet<QString> seen;
                    for (const auto &hits : {repo.named(row.query, kPageSearchLimit - 1), found.mid(0, kPageSearchLimit - 1)})
                        for (const RegisterRepository::SearchHit &hit : hits)
                            if (!seen.contains(hit.id)) {
                                seen.insert(hit.id);
                                (hit.kind == QLatin1String("worker") ? *wf.ids : *ef.ids) << hit.id;
                            }
                    row.workerRows = static_cast<int>(
                        repo.workersPage(wf, RegisterRepository::WorkerSort::Name, Qt::AscendingOrder, {}, kPageHeldRows).size());
                    repo.employersPage(ef, RegisterRepository::EmployerSort::Name, Qt::AscendingOrder, {}, kPageHeldRows);
                    repo.countWorkers(wf);
                    repo.countEmployers(ef);
                    pageTimes.push_back(msOf(t));
                }
                row.pageMs = median(pageTimes);
                const QStringList statements = searchStatements(db, row.query, kPageSearchLimit);
                row.statements = static_cast<int>(statements.size());
                const QByteArray sql = statements.join(QLatin1Char('\n')).toUtf8();
                if (statements.isEmpty()) {
                    searches.push_back(row); // nothing to run: no statement at all
                    continue;
                }
                QByteArray script = ".output /dev/null\n.timer on\n";
                for (int i = 0; i < 5; ++i)
                    script += sql + '\n';
                const ShellRun r = runSqlite(sqlite3, dbPath, script);
                const size_t n = static_cast<size_t>(statements.size());
                if (!r.ok || r.timerMs.size() != 5 * n)
                    return fail(QStringLiteral("sqlite3 query failed: %1").arg(r.stdErr.trimmed()));
                std::vector<double> perKeystroke; // the statements of one keystroke, summed
                for (size_t i = 0; i < 5; ++i) {
                    double sum = 0;
                    for (size_t k = 0; k < n; ++k)
                        sum += r.timerMs[i * n + k];
                    perKeystroke.push_back(sum);
                }
                row.shellMs = median(perKeystroke);
                const ShellRun one = runSqlite(sqlite3, dbPath, sql + '\n');
                row.shellProcMs = std::max(0.0, one.wallMs - shellStartup);
                QByteArray batch = ".output /dev/null\n";
                for (int i = 0; i < 20; ++i)
                    batch += sql + '\n';
                std::vector<double> batches;
                for (int i = 0; i < 3; ++i)
                    batches.push_back(std::max(0.0, runSqlite(sqlite3, dbPath, batch).wallMs - shellStartup) / 20.0);
                row.shellBatchMs = median(batches);
                searches.push_back(row);
            }
        }
    }

    // ---- 2b. List pages: the workers list sorted by each sortable column. ---------------------
    struct PageRow
    {
        QString sort;
        QString order;
        double countMs = 0;  // countWorkers({}), what every reload of the list costs too
        double firstMs = 0;  // the first page of 200
        double nextMs = 0;   // median of the next 9 pages (keyset)
        int rows = 0;
    };
    std::vector<PageRow> pages;
    {
        Database db;
        if (Status s = db.open(dbPath, Database::OpenMode::ExistingOnly); !s)
            return fail(s.error());
        const RegisterRepository repo(db);
        using Sort = RegisterRepository::WorkerSort;
        const std::pair<Sort, QString> sorts[] = {{Sort::Name, QStringLiteral("name")},
                                                  {Sort::BirthDate, QStringLiteral("birth date")},
                                                  {Sort::Employer, QStringLiteral("employer")},
                                                  {Sort::UpdatedAt, QStringLiteral("updated")}};
        for (const auto &[sort, label] : sorts) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                PageRow row;
                row.sort = label;
                row.order = order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc");
                QElapsedTimer t;
                t.start();
                repo.countWorkers({});
                row.countMs = msOf(t);
                RegisterRepository::PageKey key;
                std::vector<double> next;
                for (int i = 0; i < 10; ++i) {
                    t.restart();
                    const QList<Worker> page = repo.workersPage({}, sort, order, key, 200);
                    (i == 0 ? row.firstMs : next.emplace_back()) = msOf(t);
                    row.rows += static_cast<int>(page.size());
                    if (page.isEmpty())
                        break;
                    key = RegisterRepository::workerKey(page.last(), sort);
                }
                row.nextMs = median(next);
                pages.push_back(row);
            }
        }
    }

    // ---- 3. Import throughput. ---------------------------------------------------------------
    const QString empCsv = dir + QStringLiteral("/employers.csv");
    const QString wrkCsv = dir + QStringLiteral("/workers.csv");
    const QString importPath = dir + QStringLiteral("/import.db");
    int exportedWorkers = 0;
    int exportedEmployers = 0;
    {
        Database db;
        if (Status s = db.open(dbPath, Database::OpenMode::ExistingOnly); !s)
            return fail(s.error());
        const RegisterRepository repo(db);
        const RegisterExport::Names names = RegisterExport::names(db);
        QList<Employer> employers;
        RegisterRepository::PageKey key;
        for (;;) {
            const auto page = repo.employersPage({}, RegisterRepository::EmployerSort::Name, Qt::AscendingOrder, key, 5000);
            employers += page;
            if (page.size() < 5000)
                break;
            key = RegisterRepository::employerKey(page.last(), RegisterRepository::EmployerSort::Name);
        }
        QList<Worker> rows;
        const int wanted = std::min(workers, importWanted);
        RegisterRepository::PageKey wkey;
        while (rows.size() < wanted) {
            const int n = std::min(5000, wanted - static_cast<int>(rows.size()));
            const auto page = repo.workersPage({}, RegisterRepository::WorkerSort::Name, Qt::AscendingOrder, wkey, n);
            rows += page;
            if (page.size() < n)
                break;
            wkey = RegisterRepository::workerKey(page.last(), RegisterRepository::WorkerSort::Name);
        }
        exportedEmployers = static_cast<int>(employers.size());
        exportedWorkers = static_cast<int>(rows.size());
        if (Status s = TabularFile::write(empCsv, RegisterExport::employers(employers, names)); !s)
            return fail(s.error());
        if (Status s = TabularFile::write(wrkCsv, RegisterExport::workers(rows, true, names)); !s)
            return fail(s.error());
    }
    removeDatabaseFiles(importPath);
    double empSeconds = 0, wrkSeconds = 0;
    ImportReport empReport, wrkReport;
    {
        SystemClock clock;
        Database db;
        if (Status s = db.open(importPath, Database::OpenMode::CreateIfMissing); !s)
            return fail(s.error());
        RecordStore store(db, &clock);
        store.setActor(QStringLiteral("bench"));
        if (auto created = DemoGenerator::createNode(db, store, clock); !created)
            return fail(created.error());
        RegisterImporter importer(db, store);
        QElapsedTimer t;
        t.start();
        auto e = importer.importFile(RegisterImporter::Kind::Employers, empCsv);
        empSeconds = msOf(t) / 1e3;
        if (!e)
            return fail(QStringLiteral("employer import: %1").arg(e.error()));
        empReport = e.value();
        t.restart();
        auto w = importer.importFile(RegisterImporter::Kind::Workers, wrkCsv);
        wrkSeconds = msOf(t) / 1e3;
        if (!w)
            return fail(QStringLiteral("worker import: %1").arg(w.error()));
        wrkReport = w.value();
    }

    // ---- Report. -----------------------------------------------------------------------------
    out() << Qt::endl
          << "1. start-up to first paint (offscreen, QProcess::start -> \"painted\" on stdout, median of " << kStartupRuns
          << " after one untimed start of each)" << Qt::endl;
    out() << "   UnionDesk MainWindow + openDatabase: " << fixed(startOurs, 1) << " ms  (child's own kernel-start figure "
          << fixed(median(oursKernel), 1) << " ms)" << Qt::endl;
    out() << "   bare QMainWindow + menu bar:         " << fixed(startBare, 1) << " ms  (child's own kernel-start figure "
          << fixed(median(bareKernel), 1) << " ms)" << Qt::endl;
    out() << "   ratio " << fixed(startRatio, 2) << "x   target <= 1.5x   " << verdict(startRatio <= 1.5) << Qt::endl;
    out() << "   CPU time at the paint (user + system, the children's own getrusage; less sensitive to a busy machine): "
          << fixed(median(oursCpu), 1) << " / " << fixed(median(bareCpu), 1) << " ms, ratio "
          << fixed(median(bareCpu) > 0 ? median(oursCpu) / median(bareCpu) : 0, 2) << "x" << Qt::endl;
    out() << "   (information, no target) until the workers list is painted with its first page: "
          << fixed(median(oursLoaded), 1) << " ms (QProcess::start -> \"loaded\"; runs "
          << fixed(*std::min_element(oursLoaded.begin(), oursLoaded.end()), 1) << "-"
          << fixed(*std::max_element(oursLoaded.begin(), oursLoaded.end()), 1) << " ms)" << Qt::endl;
    QStringList runs;
    for (size_t i = 0; i < oursMs.size(); ++i)
        runs << QStringLiteral("%1/%2").arg(fixed(oursMs[i], 1), fixed(bareMs[i], 1));
    out() << "   every run, UnionDesk/bare ms: " << runs.join(QStringLiteral("  ")) << Qt::endl;
    out() << "   the untimed first start, UnionDesk/bare ms: " << fixed(coldOurs.wallMs, 1) << "/" << fixed(coldBare.wallMs, 1)
          << Qt::endl << Qt::endl;

    out() << "2. search latency per keystroke (median of 5; limit " << kPageSearchLimit
          << " as the register page asks; names first, then details)" << Qt::endl;
    out() << QStringLiteral("   query").leftJustified(16) << QStringLiteral("kind").leftJustified(7) << QStringLiteral("sql")
          << QStringLiteral("hits").rightJustified(6) << QStringLiteral("ours ms").rightJustified(10)
          << QStringLiteral("shell ms").rightJustified(10) << QStringLiteral("proc ms").rightJustified(10) << QStringLiteral("batch ms").rightJustified(10)
          << QStringLiteral("ratio").rightJustified(8) << QStringLiteral("  <=50ms  <=2x")
          << QStringLiteral("page ms").rightJustified(10) << QStringLiteral("rows").rightJustified(6) << Qt::endl;
    bool allSearchPass = true;
    double worst = 0;
    for (const SearchRow &r : searches) {
        // .timer prints whole milliseconds; below 1 ms compare with the 20-query batch instead.
        const double ref = r.shellMs >= 1.0 ? r.shellMs : r.shellBatchMs;
        const double ratio = ref > 0 ? r.oursMs / ref : 0;
        const bool p50 = r.oursMs <= 50;
        const bool p2 = ref > 0 && ratio <= 2.0; // no reference time measured: no verdict
        allSearchPass = allSearchPass && p50 && p2;
        worst = std::max(worst, r.oursMs);
        out() << (QStringLiteral("   ") + r.query).leftJustified(16 - static_cast<int>(r.query.size()))
              << (RegisterSearch::characterCount(r.query) >= 3 ? QStringLiteral("phrase") : QStringLiteral("short")).leftJustified(7)
              << QString::number(r.statements).rightJustified(3) << QString::number(r.hits).rightJustified(6) << fixed(r.oursMs, 2).rightJustified(10)
              << fixed(r.shellMs, 2).rightJustified(10) << fixed(r.shellProcMs, 1).rightJustified(10) << fixed(r.shellBatchMs, 3).rightJustified(10)
              << (ref > 0 ? fixed(ratio, 2) : QStringLiteral("n/a")).rightJustified(8) << QStringLiteral("  ")
              << verdict(p50).leftJustified(6) << QStringLiteral("  ") << (ref > 0 ? verdict(p2) : QStringLiteral("N/A")).leftJustified(4)
              << fixed(r.pageMs, 2).rightJustified(10) << QString::number(r.workerRows).rightJustified(6) << Qt::endl;
    }
    out() << "   (kind: phrase = MATCH on the trigram indexes; short = a LIKE scan of the first " << RegisterSearch::kProbeRows
          << " ids, then if needed the" << Qt::endl
          << "    trigrams starting with the text (fts5vocab) and a MATCH on them, or a LIKE scan when there are more than "
          << RegisterSearch::kMaxTerms << ";" << Qt::endl
          << "    sql = statements per keystroke (both indexes), run alike in the shell;" << Qt::endl
          << "    shell ms = sqlite3 .timer real, summed over the statements; proc ms = whole sqlite3 process minus its start-up "
          << fixed(shellStartup, 1) << " ms;" << Qt::endl
          << "    batch ms = (sqlite3 process running the query 20 times - start-up) / 20, median of 3; the ratio "
             "uses shell ms, or batch ms when shell ms < 1 ms, the .timer resolution;" << Qt::endl
          << "    page ms = the keystroke as RegisterPage runs it: search(" << kPageSearchLimit << ") + named(), then both "
             "lists' first read of those ids by name (" << kPageHeldRows << " rows) and their counts, median of 5;" << Qt::endl
          << "    rows = workers in that first read)" << Qt::endl;
    out() << "   worst keystroke " << fixed(worst, 2) << " ms; all keystrokes within both targets: "
          << verdict(allSearchPass) << Qt::endl << Qt::endl;

    out() << "2b. workers list: count, first page and next pages (200 rows, keyset) per sort; no target" << Qt::endl;
    out() << QStringLiteral("   sort").leftJustified(18) << QStringLiteral("count ms").rightJustified(10)
          << QStringLiteral("first ms").rightJustified(10) << QStringLiteral("next ms").rightJustified(10)
          << QStringLiteral("rows").rightJustified(8) << Qt::endl;
    for (const PageRow &r : pages)
        out() << (QStringLiteral("   ") + r.sort + QLatin1Char(' ') + r.order).leftJustified(18)
              << fixed(r.countMs, 2).rightJustified(10) << fixed(r.firstMs, 2).rightJustified(10)
              << fixed(r.nextMs, 2).rightJustified(10) << QString::number(r.rows).rightJustified(8) << Qt::endl;
    out() << "   (next ms = median of pages 2-10)" << Qt::endl << Qt::endl;

    out() << "3. import (RegisterImporter::importFile into a fresh demo node, CSVs written by RegisterExport)" << Qt::endl;
    out() << "   employers: " << exportedEmployers << " rows, imported " << empReport.imported << ", issues "
          << empReport.issues.size() << ", " << fixed(empSeconds, 2) << " s, "
          << grouped(empSeconds > 0 ? empReport.rowsRead / empSeconds : 0) << " rows/s" << Qt::endl;
    out() << "   workers:   " << exportedWorkers << " rows, imported " << wrkReport.imported << ", issues "
          << wrkReport.issues.size() << ", " << fixed(wrkSeconds, 2) << " s, "
          << grouped(wrkSeconds > 0 ? wrkReport.rowsRead / wrkSeconds : 0) << " rows/s" << Qt::endl;
    if (!wrkReport.issues.isEmpty())
        out() << "   first worker issue: row " << wrkReport.issues.first().row << " " << wrkReport.issues.first().column
              << ": " << wrkReport.issues.first().message << Qt::endl;
    if (!empReport.issues.isEmpty())
        out() << "   first employer issue: row " << empReport.issues.first().row << " "
              << empReport.issues.first().column << ": " << empReport.issues.first().message << Qt::endl;
    out() << Qt::endl;

    out() << "4. peak memory (ru_maxrss)" << Qt::endl;
    out() << "   this process (search, export, import): " << grouped(static_cast<double>(maxRssKib(false)) / 1024.0)
          << " MiB" << Qt::endl;
    out() << "   start-up children (VmHWM of the child itself, largest of 5):" << Qt::endl;
    out() << "   start-up child, UnionDesk window:      " << fixed(static_cast<double>(oursRss) / 1024.0, 1) << " MiB"
          << Qt::endl;
    out() << "   start-up child, bare window:           " << fixed(static_cast<double>(bareRss) / 1024.0, 1) << " MiB"
          << Qt::endl;
    out() << "   largest child by RUSAGE_CHILDREN (can be inflated: ru_maxrss survives execve, so a child starts at "
             "this process's size at fork): "
          << fixed(static_cast<double>(maxRssKib(true)) / 1024.0, 1) << " MiB" << Qt::endl;
    out() << "load:    " << load() << " (1/5/15 min, at the end)" << Qt::endl;
    return 0;
}
