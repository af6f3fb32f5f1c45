// bench_sync: the sync peers' workload (cases.jsonl / edits.jsonl of /work/shared/bench/peers,
// made by `node gen.js N M dir`) pushed from a station database to a running uniondesk-hub:
// the initial push, 1,000 edits, a no-op run. One stage per process if wanted, so the script can
// take each stage's peak RSS with /usr/bin/time as the peers' run-all.sh does. Not a test; see
// bench/README.md (bench_sync) and scripts/bench-sync.sh.

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"
#include "sync/HubConfig.h"
#include "sync/HubSetup.h"
#include "sync/HubStore.h"
#include "sync/SyncClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>
#include <ctime>

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
    QTextStream(stderr) << "bench_sync: " << message << Qt::endl;
    return 1;
}

const QString kStreet = QStringLiteral("110105015");
const QString kTable = QStringLiteral("mediation_cases");
constexpr int kLoadBatch = 1000;

// Peak resident set of this process so far (VmHWM), in kB.
qint64 peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

void printLine(QJsonObject line)
{
    line.insert(QStringLiteral("peak_rss_kb"), peakRssKb());
    out() << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
}

// The peers' ids are case-NNNNNNNN; the case number keeps the index, so an edit finds its case.
int peerIndex(const QString &peerId)
{
    bool ok = false;
    const int i = peerId.mid(5).toInt(&ok);
    return ok && peerId.startsWith(QLatin1String("case-")) ? i : -1;
}

QString caseNo(int index)
{
    return QStringLiteral("朝阳区八里庄街道调字〔2024〕第%1号").arg(index + 1, 8, 10, QLatin1Char('0'));
}

// One peer case as a mediation case of about the same size: the peer's notes (720 characters)
// are the case's notes, the person and address the facts, the category the dispute type. Every
// case belongs to the station's own unit (the peers' 40 "stations" are one node here); the
// peer's org unit is kept in the facts.
QVariantMap caseFields(const QJsonObject &doc, int index)
{
    const QJsonObject person = doc.value(QStringLiteral("person")).toObject();
    const QString created = doc.value(QStringLiteral("created_at")).toString();
    const QString facts = QStringLiteral("申请人%1，%2年生，电话%3，住址%4。来源%5。")
                              .arg(person.value(QStringLiteral("name")).toString())
                              .arg(person.value(QStringLiteral("birth_year")).toInt())
                              .arg(person.value(QStringLiteral("phone")).toString(),
                                   doc.value(QStringLiteral("address")).toString(),
                                   doc.value(QStringLiteral("org_unit")).toString());
    return QVariantMap{
        {QStringLiteral("case_no"), caseNo(index)},
        {QStringLiteral("case_year"), created.left(4).toInt()},
        {QStringLiteral("case_seq"), index + 1},
        {QStringLiteral("status"), QStringLiteral("received")},
        {QStringLiteral("received_on"), created.left(10)},
        {QStringLiteral("dispute_type"), doc.value(QStringLiteral("category")).toString()},
        {QStringLiteral("facts"), facts},
        {QStringLiteral("notes"), doc.value(QStringLiteral("notes")).toString()},
        {QStringLiteral("org_unit"), kStreet},
    };
}

struct Options
{
    QString dir;
    QString cases;
    QString edits;
    QString hub;
    QString certificate;
    QString hubConfig;
};

QString stationPath(const Options &o)
{
    return QDir(o.dir).filePath(QStringLiteral("station.db"));
}

int stageLoad(const Options &o, const Clock &clock)
{
    if (QFileInfo::exists(stationPath(o)))
        return fail(QStringLiteral("%1 exists already; load needs a new --dir.").arg(stationPath(o)));
    QFile in(o.cases);
    if (!in.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read --cases %1").arg(o.cases));
    Database db;
    if (Status s = db.open(stationPath(o), Database::OpenMode::CreateIfMissing); !s)
        return fail(s.error());
    auto node = NodeIdentity::initialize(db, kStreet, Tier::Street, QStringLiteral("八里庄街道工会服务站"), clock);
    if (!node)
        return fail(node.error());
    RecordStore store(db, &clock);
    store.setActor(QStringLiteral("bench"));
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = cpuSeconds();
    int written = 0;
    int failed = 0;
    qint64 bytes = 0;
    QString firstError;
    QList<QVariantMap> batch;
    auto flush = [&]() -> bool {
        Database::Transaction tx(db);
        const auto results = store.createMany(kTable, batch);
        for (const auto &r : results) {
            if (r) {
                ++written;
            } else {
                ++failed;
                if (firstError.isEmpty())
                    firstError = r.error();
            }
        }
        batch.clear();
        if (Status s = tx.commit(); !s) {
            firstError = s.error();
            return false;
        }
        return true;
    };
    int index = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine();
        if (line.trimmed().isEmpty())
            continue;
        bytes += line.size();
        const QJsonObject doc = QJsonDocument::fromJson(line).object();
        const int i = peerIndex(doc.value(QStringLiteral("_id")).toString());
        batch.append(caseFields(doc, i >= 0 ? i : index));
        ++index;
        if (batch.size() == kLoadBatch && !flush())
            return fail(firstError);
    }
    if (!batch.isEmpty() && !flush())
        return fail(firstError);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT avg(length(CAST(case_no || facts || notes || dispute_type AS BLOB))) FROM mediation_cases"));
    const double textBytes = q.next() ? q.value(0).toDouble() : 0;
    db.close();
    printLine(QJsonObject{{QStringLiteral("stage"), QStringLiteral("load")},
                          {QStringLiteral("time_s"), seconds},
                          {QStringLiteral("cpu_s"), cpuSeconds() - cpu0},
                          {QStringLiteral("records"), written},
                          {QStringLiteral("failed"), failed},
                          {QStringLiteral("first_error"), firstError},
                          {QStringLiteral("input_bytes_per_record"), index ? static_cast<double>(bytes) / index : 0},
                          {QStringLiteral("text_bytes_per_record"), textBytes},
                          {QStringLiteral("node_id"), node.value().nodeId}});
    return failed == 0 ? 0 : 1;
}

int stageEdit(const Options &o, const Clock &clock)
{
    QFile in(o.edits);
    if (!in.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read --edits %1").arg(o.edits));
    Database db;
    if (Status s = db.open(stationPath(o), Database::OpenMode::ExistingOnly); !s)
        return fail(s.error());
    RecordStore store(db, &clock);
    store.setActor(QStringLiteral("bench"));
    QSqlQuery find(db.connection());
    find.prepare(QStringLiteral("SELECT id, version, notes FROM mediation_cases WHERE case_no = ?"));
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = cpuSeconds();
    int edited = 0;
    int failed = 0;
    QString firstError;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine();
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject e = QJsonDocument::fromJson(line).object();
        find.addBindValue(caseNo(peerIndex(e.value(QStringLiteral("_id")).toString())));
        if (!find.exec() || !find.next()) {
            ++failed;
            continue;
        }
        const QString id = find.value(0).toString();
        const qint64 version = find.value(1).toLongLong();
        const QString notes = find.value(2).toString();
        find.finish();
        // The peers' statuses as the case's: in_review = in mediation, closed = failed (closed).
        const bool closed = e.value(QStringLiteral("status")).toString() == QLatin1String("closed");
        QVariantMap changes{{QStringLiteral("status"), closed ? QStringLiteral("failed") : QStringLiteral("in_mediation")},
                            {QStringLiteral("notes"), notes + e.value(QStringLiteral("notes_append")).toString()}};
        if (closed)
            changes.insert(QStringLiteral("closed_on"), e.value(QStringLiteral("updated_at")).toString().left(10));
        // One edit = one update in its own transaction, as a person's edit is.
        const auto r = store.update(kTable, id, version, changes);
        if (r) {
            ++edited;
        } else {
            ++failed;
            if (firstError.isEmpty())
                firstError = r.error();
        }
    }
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    db.close();
    printLine(QJsonObject{{QStringLiteral("stage"), QStringLiteral("edit")},
                          {QStringLiteral("time_s"), seconds},
                          {QStringLiteral("cpu_s"), cpuSeconds() - cpu0},
                          {QStringLiteral("records"), edited},
                          {QStringLiteral("failed"), failed},
                          {QStringLiteral("first_error"), firstError}});
    return failed == 0 ? 0 : 1;
}

int stageEnroll(const Options &o, const Clock &clock)
{
    if (o.hub.isEmpty() || o.certificate.isEmpty() || o.hubConfig.isEmpty())
        return fail(QStringLiteral("enroll needs --hub URL, --certificate FILE and --hub-config FILE."));
    QFile cert(o.certificate);
    if (!cert.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read --certificate %1").arg(o.certificate));
    const QString pem = QString::fromLatin1(cert.readAll());
    Database db;
    if (Status s = db.open(stationPath(o), Database::OpenMode::ExistingOnly); !s)
        return fail(s.error());
    const auto node = NodeIdentity::load(db);
    if (!node)
        return fail(QStringLiteral("the station database has no node"));
    QNetworkAccessManager network;
    SyncClient client(db, clock, network);
    const auto enrolled = client.enroll(o.hub, pem);
    if (!enrolled)
        return fail(enrolled.error());
    // Approved here, through the hub's own database, as `uniondesk-cli hub approve` does.
    const auto config = HubConfig::load(o.hubConfig);
    if (!config)
        return fail(config.error());
    auto hubDb = HubSetup::openDatabase(config.value());
    if (!hubDb)
        return fail(hubDb.error());
    HubStore hubStore(*hubDb.value(), clock);
    if (Status s = hubStore.approve(node->nodeId, QStringLiteral("desktop"), QString(), {}, QStringLiteral("bench_sync")); !s)
        return fail(s.error());
    db.close();
    printLine(QJsonObject{{QStringLiteral("stage"), QStringLiteral("enroll")},
                          {QStringLiteral("node_id"), node->nodeId},
                          {QStringLiteral("enrollment"), enrolled.value()}});
    return 0;
}

// One sync run (hello, push of the whole outbox, pull), timed; `label` names it.
int stageSync(const Options &o, const Clock &clock, const QString &label)
{
    Database db;
    if (Status s = db.open(stationPath(o), Database::OpenMode::ExistingOnly); !s)
        return fail(s.error());
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM outbox"));
    const qint64 outbox = q.next() ? q.value(0).toLongLong() : -1;
    q.finish();
    QNetworkAccessManager network;
    int requests = 0;
    QObject::connect(&network, &QNetworkAccessManager::finished, &network, [&requests](QNetworkReply *) { ++requests; });
    SyncClient client(db, clock, network);
    client.setTimeoutMs(120 * 1000);
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = cpuSeconds();
    const SyncRunResult r = client.runAndWait();
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpu0;
    db.close();
    printLine(QJsonObject{{QStringLiteral("stage"), label},
                          {QStringLiteral("time_s"), seconds},
                          {QStringLiteral("cpu_s"), cpu},
                          {QStringLiteral("ok"), r.ok},
                          {QStringLiteral("code"), r.code},
                          {QStringLiteral("message"), r.message},
                          {QStringLiteral("outbox_before"), outbox},
                          {QStringLiteral("records"), r.pushedRecords},
                          {QStringLiteral("batches"), r.pushedBatches},
                          {QStringLiteral("refused"), r.refused},
                          {QStringLiteral("conflicts"), r.conflicts},
                          {QStringLiteral("pulled"), r.pulledItems},
                          {QStringLiteral("requests"), requests}});
    return r.ok ? 0 : 1;
}

// A hub folder for the benchmark, as `uniondesk-cli hub init` makes one, listening on loopback:
// hub.crt and hub.key must be there already (the script makes them with openssl).
int stageInitHub(const QString &dir, const QString &port)
{
    const QString folder = QFileInfo(dir).absoluteFilePath();
    HubConfig config = HubConfig::defaults(folder);
    config.listenAddress = QHostAddress::LocalHost;
    config.listenPort = static_cast<quint16>(port.toUInt());
    config.name = QStringLiteral("bench_sync hub");
    const QString file = QDir(folder).filePath(QStringLiteral("hub.conf"));
    if (Status s = config.save(file); !s)
        return fail(s.error());
    if (Status s = HubSetup::initialize(config, QStringLiteral("110105"), config.name); !s)
        return fail(s.error());
    printLine(QJsonObject{{QStringLiteral("stage"), QStringLiteral("init-hub")}, {QStringLiteral("config"), file}});
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("UnionDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_sync"));
    QLoggingCategory::setFilterRules(QStringLiteral("*.info=false\n*.debug=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The sync peers' workload (cases.jsonl, edits.jsonl) as mediation cases, pushed from a station "
        "database to a running uniondesk-hub. Stages: init-hub, load, enroll, edit, and any other name is one "
        "timed sync run (initial, incremental, noop, push, resume)."));
    parser.addHelpOption();
    const QCommandLineOption stagesOpt(QStringLiteral("stages"),
                                       QStringLiteral("Comma-separated stages (default load,enroll,initial,edit,incremental,noop)."),
                                       QStringLiteral("LIST"), QStringLiteral("load,enroll,initial,edit,incremental,noop"));
    const QCommandLineOption casesOpt(QStringLiteral("cases"), QStringLiteral("cases.jsonl of gen.js."), QStringLiteral("FILE"));
    const QCommandLineOption editsOpt(QStringLiteral("edits"), QStringLiteral("edits.jsonl of gen.js."), QStringLiteral("FILE"));
    const QCommandLineOption hubOpt(QStringLiteral("hub"), QStringLiteral("The hub's URL (https://127.0.0.1:PORT)."),
                                    QStringLiteral("URL"));
    const QCommandLineOption certOpt(QStringLiteral("certificate"), QStringLiteral("The hub's certificate (PEM)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption hubConfigOpt(QStringLiteral("hub-config"),
                                          QStringLiteral("The hub's hub.conf: enroll approves the node in its database."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"), QStringLiteral("Folder of station.db (made by load)."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption hubDirOpt(QStringLiteral("hub-dir"), QStringLiteral("init-hub: the hub's folder."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption portOpt(QStringLiteral("port"), QStringLiteral("init-hub: the hub's port."),
                                     QStringLiteral("N"), QStringLiteral("8443"));
    parser.addOptions({stagesOpt, casesOpt, editsOpt, hubOpt, certOpt, hubConfigOpt, dirOpt, hubDirOpt, portOpt});
    parser.process(app);

    Options o{parser.value(dirOpt),  parser.value(casesOpt),    parser.value(editsOpt),     parser.value(hubOpt),
              parser.value(certOpt), parser.value(hubConfigOpt)};
    SystemClock clock;
    const QStringList stages = parser.value(stagesOpt).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &stage : stages) {
        if (stage != QLatin1String("init-hub") && o.dir.isEmpty())
            return fail(QStringLiteral("--dir is needed."));
        if (stage != QLatin1String("init-hub"))
            QDir().mkpath(o.dir);
        int code = 0;
        if (stage == QLatin1String("init-hub"))
            code = stageInitHub(parser.value(hubDirOpt), parser.value(portOpt));
        else if (stage == QLatin1String("load"))
            code = stageLoad(o, clock);
        else if (stage == QLatin1String("enroll"))
            code = stageEnroll(o, clock);
        else if (stage == QLatin1String("edit"))
            code = stageEdit(o, clock);
        else
            code = stageSync(o, clock, stage);
        if (code != 0)
            return code;
    }
    return 0;
}
