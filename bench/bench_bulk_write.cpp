// bench_bulk_write: bulk write of N org_units records through the full write path
// (RecordStore::create: row + hash-chained audit entry + outbox row, batched in an outer
// Database::Transaction) compared with loading the same rows with the sqlite3 shell's .import
// into an identically prepared database. Not a test; see bench/README.md.

#include "core/Clock.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace ud;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const QString &message)
{
    out().flush();
    err() << "bench_bulk_write: " << message << Qt::endl;
    return 1;
}

const QString kStreet = QStringLiteral("110105015");

// Every column of org_units, in table order; the CSV and the plain INSERT use this order.
const QStringList &allColumns()
{
    static const QStringList cols = {
        QStringLiteral("id"),          QStringLiteral("code"),        QStringLiteral("name"),
        QStringLiteral("short_name"),  QStringLiteral("parent_code"), QStringLiteral("tier"),
        QStringLiteral("org_unit"),    QStringLiteral("origin_node"), QStringLiteral("version"),
        QStringLiteral("base_version"), QStringLiteral("hlc"),        QStringLiteral("created_at"),
        QStringLiteral("created_by"),  QStringLiteral("updated_at"),  QStringLiteral("updated_by"),
        QStringLiteral("deleted"),
    };
    return cols;
}

// Deterministic user fields of record i: an enterprise union under street 110105015.
struct UserFields
{
    QString code;      // 18 characters, unique
    QString name;      // ~20 Chinese characters
    QString shortName;
};

UserFields makeFields(int i)
{
    static const QStringList brand = {
        QStringLiteral("华信"), QStringLiteral("东方"), QStringLiteral("京城"), QStringLiteral("远大"),
        QStringLiteral("恒通"), QStringLiteral("朝晖"), QStringLiteral("金桥"), QStringLiteral("长城"),
        QStringLiteral("新世纪"), QStringLiteral("博达"), QStringLiteral("瑞丰"), QStringLiteral("安泰"),
        QStringLiteral("宏图"), QStringLiteral("中科"), QStringLiteral("万达"), QStringLiteral("汇源"),
    };
    static const QStringList trade = {
        QStringLiteral("科技"), QStringLiteral("物流"), QStringLiteral("建筑工程"), QStringLiteral("餐饮管理"),
        QStringLiteral("物业服务"), QStringLiteral("商贸"), QStringLiteral("文化传媒"), QStringLiteral("机械制造"),
        QStringLiteral("信息技术"), QStringLiteral("医药"), QStringLiteral("汽车服务"), QStringLiteral("印刷"),
    };
    const QString &b = brand.at(i % brand.size());
    const QString &t = trade.at((i / 16) % trade.size());
    UserFields f;
    f.code = QStringLiteral("81110105") + QStringLiteral("%1").arg(i, 10, 10, QLatin1Char('0'));
    f.name = QStringLiteral("北京市朝阳区") + b + t + QStringLiteral("有限公司工会委员会");
    f.shortName = b + t + QStringLiteral("工会");
    return f;
}

struct FileSizes
{
    qint64 main = 0;
    qint64 wal = 0;
    qint64 total() const { return main + wal; }
};

FileSizes fileSizes(const QString &path)
{
    FileSizes s;
    s.main = QFileInfo(path).size();
    const QFileInfo wal(path + QStringLiteral("-wal"));
    s.wal = wal.exists() ? wal.size() : 0;
    return s;
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// A fresh database made the way the application makes one: migrations (schema + reference
// data), pragmas, node identity. Closed afterwards; returns its size as the baseline.
Result<qint64> createFreshDatabase(const QString &path)
{
    removeDatabaseFiles(path);
    Database db;
    if (Status s = db.open(path, Database::OpenMode::CreateIfMissing); !s)
        return s;
    const SystemClock clock;
    auto node = NodeIdentity::initialize(db, kStreet, Tier::Street, QStringLiteral("八里庄街道工会服务站"), clock);
    if (!node)
        return node.status();
    db.close();
    return fileSizes(path).total();
}

qint64 countOf(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

const QString kCountEnterprises = QStringLiteral("SELECT count(*) FROM org_units WHERE tier = 'enterprise'");

// CPU seconds (user + system) used so far by this process, or by its waited-for children.
// Wall time includes waiting for fsync and for other programs on a busy machine; CPU time
// shows the work itself.
double cpuSeconds(bool children)
{
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(children ? RUSAGE_CHILDREN : RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
#else
    Q_UNUSED(children);
    return 0.0;
#endif
}

// Wall and CPU time of one timed section.
class Stopwatch
{
public:
    explicit Stopwatch(bool children = false) : m_children(children), m_cpuStart(cpuSeconds(children))
    {
        m_wall.start();
    }
    void stop()
    {
        m_wallSeconds = static_cast<double>(m_wall.nsecsElapsed()) / 1e9;
        m_cpuSeconds = cpuSeconds(m_children) - m_cpuStart;
    }
    double wall() const { return m_wallSeconds; }
    double cpu() const { return m_cpuSeconds; }

private:
    bool m_children;
    double m_cpuStart;
    QElapsedTimer m_wall;
    double m_wallSeconds = 0;
    double m_cpuSeconds = 0;
};

double rate(int records, double seconds)
{
    return seconds > 0 ? records / seconds : 0.0;
}

QString fixed(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

QString grouped(double v)
{
    // 12345.6 -> "12,346"
    QString digits = QString::number(qRound64(v));
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

QString csvField(const QVariant &v)
{
    if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
        return v.toString();
    QString s = v.toString();
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

struct ProcessRun
{
    bool ok = false;
    double seconds = 0;
    double cpu = 0;
    QString stdErr;
    QString stdOut;
};

ProcessRun runSqlite(const QString &program, const QString &database, const QByteArray &script)
{
    ProcessRun run;
    QProcess p;
    p.setProgram(program);
    p.setArguments({database});
    Stopwatch watch(true);
    p.start();
    if (!p.waitForStarted(-1)) {
        run.stdErr = p.errorString();
        return run;
    }
    p.write(script);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    watch.stop();
    run.seconds = watch.wall();
    run.cpu = watch.cpu();
    run.stdOut = QString::fromLocal8Bit(p.readAllStandardOutput());
    run.stdErr = QString::fromLocal8Bit(p.readAllStandardError());
    run.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_bulk_write"));
    // The storage layer logs every open at info level; keep the benchmark output to the table.
    QLoggingCategory::setFilterRules(QStringLiteral("*.info=false\n*.debug=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Bulk write of org_units records through RecordStore (row + audit + outbox, batched) "
        "compared with the sqlite3 shell's .import of the same rows."));
    parser.addHelpOption();
    const QCommandLineOption recordsOpt(QStringLiteral("records"), QStringLiteral("Number of records (default 100000)."),
                                        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption batchOpt(QStringLiteral("batch"), QStringLiteral("Records per transaction (default 1000)."),
                                      QStringLiteral("B"), QStringLiteral("1000"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"),
                                    QStringLiteral("Folder for the databases and the CSV (default: a temporary "
                                                   "folder, removed afterwards). Files in it are kept."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption apiOpt(QStringLiteral("api"),
                                    QStringLiteral("Write path: createMany (one call per batch, the default) or "
                                                   "create (one call per record)."),
                                    QStringLiteral("API"), QStringLiteral("createMany"));
    const QCommandLineOption sqliteOpt(QStringLiteral("sqlite3"),
                                       QStringLiteral("The sqlite3 shell to compare with (default: sqlite3 from PATH)."),
                                       QStringLiteral("PATH"), QStringLiteral("sqlite3"));
    parser.addOptions({recordsOpt, batchOpt, dirOpt, apiOpt, sqliteOpt});
    parser.process(app);

    bool okN = false;
    bool okB = false;
    const int records = parser.value(recordsOpt).toInt(&okN);
    const int batch = parser.value(batchOpt).toInt(&okB);
    if (!okN || records <= 0 || records > 100000000)
        return fail(QStringLiteral("--records must be a positive number."));
    if (!okB || batch <= 0)
        return fail(QStringLiteral("--batch must be a positive number."));
    const bool many = parser.value(apiOpt) == QLatin1String("createMany");
    if (!many && parser.value(apiOpt) != QLatin1String("create"))
        return fail(QStringLiteral("--api must be createMany or create."));

    QString sqlite3 = parser.value(sqliteOpt);
    if (!sqlite3.contains(QLatin1Char('/')))
        sqlite3 = QStandardPaths::findExecutable(sqlite3);
    if (sqlite3.isEmpty() || !QFileInfo(sqlite3).isExecutable())
        return fail(QStringLiteral("the sqlite3 shell (%1) was not found; install it (apt-get install sqlite3) or "
                                   "pass --sqlite3 PATH.")
                        .arg(parser.value(sqliteOpt)));

    QTemporaryDir tempDir;
    QString dir = parser.value(dirOpt);
    if (dir.isEmpty()) {
        if (!tempDir.isValid())
            return fail(QStringLiteral("cannot create a temporary folder: %1").arg(tempDir.errorString()));
        dir = tempDir.path();
    } else if (!QDir().mkpath(dir)) {
        return fail(QStringLiteral("cannot create %1").arg(dir));
    }
    dir = QFileInfo(dir).absoluteFilePath();
    const QString ourPath = dir + QStringLiteral("/ours.db");
    const QString plainPath = dir + QStringLiteral("/plain.db");
    const QString refPath = dir + QStringLiteral("/ref.db");
    const QString csvPath = dir + QStringLiteral("/rows.csv");

    const ProcessRun version = runSqlite(sqlite3, QStringLiteral("--version"), {});
    out() << "bench_bulk_write: " << records << " org_units records (enterprise unions under " << kStreet
          << "), batches of " << batch << ", RecordStore::" << (many ? "createMany per batch" : "create per record")
          << Qt::endl;
    out() << "folder:  " << dir << Qt::endl;
    out() << "sqlite3: " << sqlite3 << " (" << version.stdOut.section(QLatin1Char(' '), 0, 0) << ")" << Qt::endl;
    {
        QFile loadavg(QStringLiteral("/proc/loadavg"));
        if (loadavg.open(QIODevice::ReadOnly))
            out() << "load:    " << QString::fromLatin1(loadavg.readAll()).section(QLatin1Char(' '), 0, 2)
                  << " (1/5/15 min; figures are only comparable on an idle machine)" << Qt::endl;
    }
    out() << "SQLite pragmas on all three databases: journal_mode=WAL, synchronous=FULL, foreign_keys=ON" << Qt::endl
          << Qt::endl;

    // ---- 1. Our path: RecordStore::create, one outer transaction per batch. ----------------
    auto ourBaseline = createFreshDatabase(ourPath);
    if (!ourBaseline)
        return fail(QStringLiteral("cannot create %1: %2").arg(ourPath, ourBaseline.error()));
    Stopwatch ours;
    std::vector<QVariantList> rows; // the written rows, every column, for the CSV and the plain INSERT
    rows.reserve(static_cast<size_t>(records));
    {
        Database db;
        if (Status s = db.open(ourPath, Database::OpenMode::ExistingOnly); !s)
            return fail(s.error());
        RecordStore store(db);
        store.setActor(QStringLiteral("bench"));
        const QString table = QStringLiteral("org_units");
        const QString enterprise = QStringLiteral("enterprise");

        ours = Stopwatch();
        for (int start = 0; start < records; start += batch) {
            Database::Transaction tx(db);
            if (!tx.isActive())
                return fail(tx.error());
            const int end = std::min(records, start + batch);
            const auto fieldsOf = [&](int i) {
                const UserFields f = makeFields(i);
                return QVariantMap{{QStringLiteral("code"), f.code},
                                   {QStringLiteral("name"), f.name},
                                   {QStringLiteral("short_name"), f.shortName},
                                   {QStringLiteral("parent_code"), kStreet},
                                   {QStringLiteral("tier"), enterprise}};
            };
            if (many) {
                QList<QVariantMap> fields;
                fields.reserve(end - start);
                for (int i = start; i < end; ++i)
                    fields << fieldsOf(i);
                const QList<Result<QString>> created = store.createMany(table, fields);
                for (int i = start; i < end; ++i)
                    if (!created.at(i - start))
                        return fail(QStringLiteral("record %1: %2").arg(i).arg(created.at(i - start).error()));
            } else {
                for (int i = start; i < end; ++i) {
                    auto rec = store.create(table, fieldsOf(i));
                    if (!rec)
                        return fail(QStringLiteral("record %1: %2").arg(i).arg(rec.error()));
                }
            }
            if (Status s = tx.commit(); !s)
                return fail(s.error());
        }
        ours.stop();

        const qint64 units = countOf(db, kCountEnterprises);
        const qint64 audit = countOf(db, QStringLiteral("SELECT count(*) FROM audit_log"));
        const qint64 outbox = countOf(db, QStringLiteral("SELECT count(*) FROM outbox"));
        const auto chain = AuditLog::verifyChain(db.connection());
        if (units != records || audit < records || outbox != records || !chain.ok)
            return fail(QStringLiteral("verification failed: org_units %1, audit_log %2, outbox %3, chain %4")
                            .arg(units)
                            .arg(audit)
                            .arg(outbox)
                            .arg(chain.ok ? QStringLiteral("ok") : QStringLiteral("broken at %1").arg(chain.firstBadSeq)));
        out() << "verified ours:  org_units(enterprise) " << units << ", audit_log " << audit << ", outbox " << outbox
              << ", audit chain ok (" << chain.entries << " entries)" << Qt::endl;

        // Export the rows exactly as written (not timed).
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT %1 FROM org_units WHERE tier = 'enterprise' ORDER BY rowid")
                        .arg(allColumns().join(QStringLiteral(", ")))))
            return fail(q.lastError().text());
        const int n = static_cast<int>(allColumns().size());
        while (q.next()) {
            QVariantList row;
            row.reserve(n);
            for (int c = 0; c < n; ++c)
                row << q.value(c);
            rows.push_back(std::move(row));
        }
    }
    const FileSizes ourSize = fileSizes(ourPath);

    // ---- 2. Breakdown: plain INSERT of the same rows, same batches, no audit/outbox. -------
    auto plainBaseline = createFreshDatabase(plainPath);
    if (!plainBaseline)
        return fail(QStringLiteral("cannot create %1: %2").arg(plainPath, plainBaseline.error()));
    Stopwatch plain;
    {
        Database db;
        if (Status s = db.open(plainPath, Database::OpenMode::ExistingOnly); !s)
            return fail(s.error());
        QSqlQuery ins(db.connection());
        const int n = static_cast<int>(allColumns().size());
        if (!ins.prepare(QStringLiteral("INSERT INTO org_units (%1) VALUES (?%2)")
                             .arg(allColumns().join(QStringLiteral(", ")), QStringLiteral(", ?").repeated(n - 1))))
            return fail(ins.lastError().text());
        plain = Stopwatch();
        for (int start = 0; start < records; start += batch) {
            Database::Transaction tx(db);
            if (!tx.isActive())
                return fail(tx.error());
            const int end = std::min(records, start + batch);
            for (int i = start; i < end; ++i) {
                const QVariantList &row = rows[static_cast<size_t>(i)];
                for (int c = 0; c < n; ++c)
                    ins.bindValue(c, row.at(c));
                if (!ins.exec())
                    return fail(QStringLiteral("plain insert %1: %2").arg(i).arg(ins.lastError().text()));
            }
            if (Status s = tx.commit(); !s)
                return fail(s.error());
        }
        plain.stop();
        ins.finish();
        const qint64 units = countOf(db, kCountEnterprises);
        if (units != records)
            return fail(QStringLiteral("verification failed: plain org_units %1").arg(units));
    }
    const FileSizes plainSize = fileSizes(plainPath);

    // ---- 3. Reference: sqlite3 .import of the same rows (CSV written first, not timed). ----
    {
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(QStringLiteral("cannot write %1: %2").arg(csvPath, csv.errorString()));
        QByteArray buffer;
        for (const QVariantList &row : rows) {
            QStringList fields;
            fields.reserve(row.size());
            for (const QVariant &v : row)
                fields << csvField(v);
            buffer += fields.join(QLatin1Char(',')).toUtf8();
            buffer += '\n';
            if (buffer.size() > (1 << 20)) {
                csv.write(buffer);
                buffer.clear();
            }
        }
        csv.write(buffer);
        if (!csv.flush())
            return fail(QStringLiteral("cannot write %1").arg(csvPath));
    }
    rows.clear();
    rows.shrink_to_fit();
    auto refBaseline = createFreshDatabase(refPath);
    if (!refBaseline)
        return fail(QStringLiteral("cannot create %1: %2").arg(refPath, refBaseline.error()));

    // Process start-up cost, so the reader can judge the whole-process time below.
    std::vector<double> startups;
    for (int i = 0; i < 5; ++i) {
        const ProcessRun r = runSqlite(sqlite3, QStringLiteral(":memory:"), QByteArrayLiteral("select 1;\n"));
        if (!r.ok)
            return fail(QStringLiteral("sqlite3 did not run: %1").arg(r.stdErr));
        startups.push_back(r.seconds);
    }
    std::sort(startups.begin(), startups.end());
    const double startupSeconds = startups[startups.size() / 2];

    const QByteArray script = QByteArrayLiteral("PRAGMA journal_mode=WAL;\n"
                                                "PRAGMA synchronous=FULL;\n"
                                                "PRAGMA foreign_keys=ON;\n"
                                                ".mode csv\n"
                                                ".import ")
                              + QFile::encodeName(csvPath) + QByteArrayLiteral(" org_units\n");
    const ProcessRun import = runSqlite(sqlite3, refPath, script);
    if (!import.ok || !import.stdErr.trimmed().isEmpty())
        return fail(QStringLiteral("sqlite3 .import failed: %1").arg(import.stdErr.trimmed()));
    const FileSizes refSize = fileSizes(refPath);
    {
        Database db;
        if (Status s = db.open(refPath, Database::OpenMode::ExistingOnly); !s)
            return fail(s.error());
        const qint64 units = countOf(db, kCountEnterprises);
        if (units != records)
            return fail(QStringLiteral("verification failed: sqlite3 .import gave %1 enterprise rows").arg(units));
        out() << "verified ref:   org_units(enterprise) " << units << " after sqlite3 .import" << Qt::endl;
    }
    out() << Qt::endl;

    // ---- Report. ----------------------------------------------------------------------------
    const double ourRate = rate(records, ours.wall());
    const double refRate = rate(records, import.seconds);
    const double ratio = refRate > 0 ? ourRate / refRate : 0.0;
    const bool pass = qRound(ratio * 1000) >= 300; // the verdict agrees with the 3 decimals shown
    const double ratioNet = ourRate / rate(records, std::max(1e-9, import.seconds - startupSeconds));
    const double ratioCpu = import.cpu > 0 && ours.cpu() > 0 ? import.cpu / ours.cpu() : 0.0;

    auto line = [records](const QString &what, double wall, double cpu) {
        out() << what.leftJustified(44) << fixed(wall, 3).rightJustified(9)
              << grouped(rate(records, wall)).rightJustified(13) << fixed(wall * 1e6 / records, 1).rightJustified(9)
              << fixed(cpu, 3).rightJustified(9) << Qt::endl;
    };
    out() << QStringLiteral("write path").leftJustified(44) << QStringLiteral("wall (s)").rightJustified(9)
          << QStringLiteral("rec/s").rightJustified(13) << QStringLiteral("us/rec").rightJustified(9)
          << QStringLiteral("CPU (s)").rightJustified(9) << Qt::endl;
    line(many ? QStringLiteral("RecordStore::createMany (row+audit+outbox)")
              : QStringLiteral("RecordStore::create (row + audit + outbox)"),
         ours.wall(), ours.cpu());
    line(QStringLiteral("plain INSERT via QSqlQuery (row only)"), plain.wall(), plain.cpu());
    line(QStringLiteral("sqlite3 .import (whole process)"), import.seconds, import.cpu);
    out() << QStringLiteral("  sqlite3 start-up (select 1, median of 5)").leftJustified(44)
          << fixed(startupSeconds, 3).rightJustified(9) << Qt::endl;
    out() << Qt::endl;
    out() << "ratio = our rate / sqlite3 .import rate = " << fixed(ratio, 3) << "   target >= 0.30   "
          << (pass ? "PASS" : "BELOW") << Qt::endl;
    out() << "  without the sqlite3 start-up: " << fixed(ratioNet, 3) << "; by CPU time: " << fixed(ratioCpu, 3)
          << Qt::endl;
    out() << "cost of audit + outbox + RecordStore over the plain INSERT: "
          << fixed((ours.wall() - plain.wall()) * 1e6 / records, 1) << " us/record wall, "
          << fixed((ours.cpu() - plain.cpu()) * 1e6 / records, 1) << " us/record CPU ("
          << fixed(ours.wall() / std::max(plain.wall(), 1e-9), 1) << "x the plain INSERT wall time)" << Qt::endl;
    out() << Qt::endl;

    auto sizeLine = [records](const QString &what, const FileSizes &s, qint64 baseline) {
        out() << what.leftJustified(25) << QString::number(s.main).rightJustified(12)
              << QString::number(s.wal).rightJustified(10) << QString::number(baseline).rightJustified(12)
              << fixed(static_cast<double>(s.total() - baseline) / records, 1).rightJustified(12) << Qt::endl;
    };
    out() << QStringLiteral("database after close").leftJustified(25) << QStringLiteral("main (B)").rightJustified(12)
          << QStringLiteral("-wal (B)").rightJustified(10) << QStringLiteral("empty (B)").rightJustified(12)
          << QStringLiteral("B/record").rightJustified(12) << Qt::endl;
    sizeLine(QStringLiteral("ours (row+audit+outbox)"), ourSize, ourBaseline.value());
    sizeLine(QStringLiteral("plain INSERT"), plainSize, plainBaseline.value());
    sizeLine(QStringLiteral("sqlite3 .import"), refSize, refBaseline.value());
    out() << "(empty = the fresh database with schema, reference data and node identity; "
             "B/record = growth / records)"
          << Qt::endl;
    out() << "CSV: " << QFileInfo(csvPath).size() << " bytes" << Qt::endl;
    return 0;
}
