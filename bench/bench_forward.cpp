// bench_forward: a district hub forwarding N records to its city hub (issue 13 item 13: "a
// district forwarding 1,000,000 records to the city without its memory growing with the count").
// Stages, one per process if wanted (scripts/bench-forward.sh runs them and samples the
// forwarding process's RSS from outside):
//   init-hub  a hub folder's hub.conf, key and identity (city 110000 or district 110105 with a
//             [parent]), as `uniondesk-cli hub init` makes them;
//   fill      N mediation cases straight into the district's hub_records, as its stations'
//             pushes would have left them (untimed set-up: plain INSERTs, not HubSync);
//   enroll    the district asks the city (HubUplink::enroll) and is approved there "as hub"
//             through the city's database (HubStore::approve, as `uniondesk-cli hub approve`);
//   forward   one HubUplink::runAndWait(), as `uniondesk-cli hub forward` runs it: everything
//             in hub_records goes up in frozen batches, then the pull.
// Not a test; see bench/README.md (bench_forward).

#include "core/CanonicalJson.h"
#include "core/Clock.h"
#include "core/HybridClock.h"
#include "core/Uuid7.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"
#include "sync/HubConfig.h"
#include "sync/HubDatabase.h"
#include "sync/HubSetup.h"
#include "sync/HubStore.h"
#include "sync/HubUplink.h"
#include "sync/SyncLedger.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdint>
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
    QTextStream(stderr) << "bench_forward: " << message << Qt::endl;
    return 1;
}

const QString kTable = QStringLiteral("mediation_cases");
const QString kDistrict = QStringLiteral("110105");

// A line of /proc/self/status ("VmHWM", "VmRSS"), in kB.
qint64 statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
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
    line.insert(QStringLiteral("peak_rss_kb"), statusKb("VmHWM"));
    line.insert(QStringLiteral("rss_kb"), statusKb("VmRSS"));
    out() << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
}

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}

// The peers' generator (/work/shared/bench/peers/gen.js) in C++: the same xorshift32 sequence,
// drawn in the same order, so case i here is case i of `node gen.js N 0` byte for byte (checked
// with --print-peer against gen.js). Only the cases; no file is written.
class PeerCases
{
public:
    struct Case
    {
        int index = 0;
        QString orgUnit;   // station-001 .. station-040
        qint64 createdMs = 0;
        QString createdAt; // ISO 8601, one minute apart from 2024-01-01
        QString name;
        int birthYear = 0;
        QString phone;
        QString address;
        QString category;
        QString notes;
    };

    Case next()
    {
        Case c;
        c.index = m_index++;
        c.orgUnit = QStringLiteral("station-%1").arg(1 + c.index % 40, 3, 10, QLatin1Char('0'));
        c.createdMs = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() + qint64(c.index) * 60000;
        c.createdAt = QDateTime::fromMSecsSinceEpoch(c.createdMs, Qt::UTC).toString(Qt::ISODateWithMs);
        c.name = text(24);
        c.birthYear = 1930 + static_cast<int>(rnd() % 90);
        c.phone = QStringLiteral("%1").arg(rnd(), 10, 10, QLatin1Char('0'));
        c.address = text(60);
        c.category = QStringLiteral("cat-%1").arg(rnd() % 25);
        c.notes = text(720);
        return c;
    }

private:
    quint32 rnd()
    {
        m_s ^= m_s << 13;
        m_s ^= m_s >> 17;
        m_s ^= m_s << 5;
        return m_s;
    }
    QString text(int n)
    {
        static const char alpha[] = "abcdefghijklmnopqrstuvwxyz     ";
        QString t(n, Qt::Uninitialized);
        for (int i = 0; i < n; ++i)
            t[i] = QLatin1Char(alpha[rnd() % 31]);
        return t;
    }

    quint32 m_s = 0x2545F491;
    int m_index = 0;
};

// A station of the district: its unit (a street of 朝阳区), its node and its own case numbers.
struct Station
{
    QString unit;
    QString name;
    QString nodeId;
    int cases = 0;
};

// bench_sync's mapping of a peer case to a mediation case (bench/README.md "bench_sync"), with
// the station's own street in the case number.
QVariantMap caseFields(const PeerCases::Case &c, const Station &s, int seqInStation)
{
    const QString facts = QStringLiteral("申请人%1，%2年生，电话%3，住址%4。来源%5。")
                              .arg(c.name)
                              .arg(c.birthYear)
                              .arg(c.phone, c.address, c.orgUnit);
    return QVariantMap{
        {QStringLiteral("case_no"), QStringLiteral("朝阳区%1调字〔2024〕第%2号").arg(s.name).arg(seqInStation, 8, 10, QLatin1Char('0'))},
        {QStringLiteral("case_year"), c.createdAt.left(4).toInt()},
        {QStringLiteral("case_seq"), seqInStation},
        {QStringLiteral("status"), QStringLiteral("received")},
        {QStringLiteral("received_on"), c.createdAt.left(10)},
        {QStringLiteral("dispute_type"), c.category},
        {QStringLiteral("facts"), facts},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("org_unit"), s.unit},
    };
}

// The wire values of one real mediation case, made by RecordStore in a scratch station database
// and read back as SyncLedger sends it: every column the station would send, with its type.
Result<QJsonObject> templateValues(const Station &station, const Clock &clock)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Result<QJsonObject>::failure(QStringLiteral("no temporary folder"));
    Database db;
    if (Status s = db.open(dir.filePath(QStringLiteral("template.db")), Database::OpenMode::CreateIfMissing); !s)
        return Result<QJsonObject>::failure(s.error());
    auto node = NodeIdentity::initialize(db, station.unit, Tier::Street, station.name, clock);
    if (!node)
        return Result<QJsonObject>::failure(node.error());
    RecordStore store(db, &clock);
    store.setActor(QStringLiteral("bench"));
    PeerCases peers;
    auto rec = store.create(kTable, caseFields(peers.next(), station, 1));
    if (!rec)
        return Result<QJsonObject>::failure(rec.error());
    auto got = store.get(kTable, rec.value().id);
    if (!got)
        return Result<QJsonObject>::failure(got.error());
    QJsonObject values = SyncLedger::wireRecord(got.value(), 0).values;
    db.close();
    return values;
}

QJsonValue jsonOf(const QVariant &v)
{
    if (v.typeId() == QMetaType::Int)
        return v.toInt();
    return v.toString();
}

int stageFill(const QString &hubConfig, int records, int stationCount, const Clock &clock)
{
    if (records <= 0 || stationCount <= 0)
        return fail(QStringLiteral("fill needs --records N > 0 and --stations K > 0."));
    const auto config = HubConfig::load(hubConfig);
    if (!config)
        return fail(config.error());
    auto opened = HubSetup::openDatabase(config.value());
    if (!opened)
        return fail(opened.error());
    HubDatabase &db = *opened.value();
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM hub_records")) || !q.next())
        return fail(sqlError(q));
    if (q.value(0).toLongLong() != 0)
        return fail(QStringLiteral("the hub already holds records; fill needs a new hub."));
    q.finish();
    // The district's first streets are its stations, one node each (approved desktops).
    q.prepare(QStringLiteral("SELECT code, name FROM hub_org_units WHERE parent_code = ? AND tier = 'street' ORDER BY code LIMIT ?"));
    q.addBindValue(kDistrict);
    q.addBindValue(stationCount);
    if (!q.exec())
        return fail(sqlError(q));
    QList<Station> stations;
    Uuid7Generator ids(clock);
    while (q.next()) {
        QString name = q.value(1).toString();
        if (name.startsWith(QStringLiteral("朝阳区")))
            name = name.mid(3);
        stations.append(Station{q.value(0).toString(), name, ids.next(), 0});
    }
    q.finish();
    if (stations.size() < stationCount)
        return fail(QStringLiteral("the org tree has only %1 streets under %2").arg(stations.size()).arg(kDistrict));
    const auto tmpl = templateValues(stations.first(), clock);
    if (!tmpl)
        return fail(tmpl.error());

    QElapsedTimer timer;
    timer.start();
    const double cpu0 = cpuSeconds();
    const QString now = isoUtc(clock.nowUtc());
    HubDatabase::Transaction nodesTx(db);
    if (!nodesTx.isActive())
        return fail(nodesTx.error());
    q.prepare(QStringLiteral("INSERT INTO hub_nodes (node_id, kind, org_unit, tier, display_name, public_key, status, request, "
                             "requested_at, approved_at, approved_by) VALUES (?, 'desktop', ?, 'street', ?, ?, 'approved', '{}', ?, ?, "
                             "'bench_forward')"));
    for (const Station &s : std::as_const(stations)) {
        q.addBindValue(s.nodeId);
        q.addBindValue(s.unit);
        q.addBindValue(s.name + QStringLiteral("工会服务站"));
        q.addBindValue(QString::fromLatin1(QByteArray(32, 0).toBase64()));
        q.addBindValue(now);
        q.addBindValue(now);
        if (!q.exec())
            return fail(sqlError(q));
    }
    if (Status s = nodesTx.commit(); !s)
        return fail(s.error());

    q.prepare(QStringLiteral("INSERT INTO hub_records (table_name, record_id, org_unit, origin_node, version, base_version, hlc, "
                             "deleted, body, seq, from_node, received_at, parent_version) "
                             "VALUES (?, ?, ?, ?, 1, 0, ?, 0, ?, ?, ?, ?, 0)"));
    PeerCases peers;
    qint64 bodyBytes = 0;
    constexpr int kChunk = 5000;
    int written = 0;
    while (written < records) {
        HubDatabase::Transaction tx(db);
        if (!tx.isActive())
            return fail(tx.error());
        const int end = std::min(records, written + kChunk);
        for (; written < end; ++written) {
            const PeerCases::Case c = peers.next();
            Station &s = stations[written % stationCount];
            const QVariantMap fields = caseFields(c, s, ++s.cases);
            QJsonObject values = tmpl.value();
            for (auto it = fields.cbegin(); it != fields.cend(); ++it)
                if (it.key() != QLatin1String("org_unit"))
                    values.insert(it.key(), jsonOf(it.value()));
            const QString created = c.createdAt;
            for (const char *k : {"created_at", "updated_at"})
                if (values.contains(QLatin1String(k)))
                    values.insert(QLatin1String(k), created);
            const QByteArray body = CanonicalJson::fromObject(values);
            bodyBytes += body.size();
            q.addBindValue(kTable);
            q.addBindValue(ids.next());
            q.addBindValue(s.unit);
            q.addBindValue(s.nodeId);
            q.addBindValue(HybridClock::format(c.createdMs, 0));
            q.addBindValue(QString::fromUtf8(body));
            q.addBindValue(qint64(written) + 1);
            q.addBindValue(s.nodeId);
            q.addBindValue(now);
            if (!q.exec())
                return fail(sqlError(q));
        }
        if (Status st = tx.commit(); !st)
            return fail(st.error());
    }
    q.finish();
    q.prepare(QStringLiteral("UPDATE hub_counter SET value = ? WHERE name = 'seq'"));
    q.addBindValue(qint64(records));
    if (!q.exec())
        return fail(sqlError(q));
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    printLine(QJsonObject{{QStringLiteral("stage"), QStringLiteral("fill")},
                          {QStringLiteral("time_s"), seconds},
                          {QStringLiteral("cpu_s"), cpuSeconds() - cpu0},
                          {QStringLiteral("records"), records},
                          {QStringLiteral("stations"), stationCount},
                          {QStringLiteral("columns"), tmpl.value().size()},
                          {QStringLiteral("body_bytes_per_record"), static_cast<double>(bodyBytes) / records}});
    return 0;
}

// The uplink of a hub with a [parent], configured from its hub.conf as the hub program does.
struct Uplink
{
    std::unique_ptr<HubDatabase> db;
    std::unique_ptr<HubStore> store;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<HubUplink> uplink;
};

Result<Uplink> openUplink(const QString &hubConfig, const Clock &clock)
{
    using R = Result<Uplink>;
    const auto config = HubConfig::load(hubConfig);
    if (!config)
        return R::failure(config.error());
    if (config.value().parentUrl.isEmpty())
        return R::failure(QStringLiteral("%1 names no parent hub").arg(hubConfig));
    QString pem;
    if (!config.value().parentCertificateFile.isEmpty()) {
        QFile f(config.value().parentCertificateFile);
        if (!f.open(QIODevice::ReadOnly))
            return R::failure(f.errorString());
        pem = QString::fromLatin1(f.readAll());
    }
    const auto keys = HubSetup::keys(config.value());
    if (!keys)
        return R::failure(keys.error());
    auto db = HubSetup::openDatabase(config.value());
    if (!db)
        return R::failure(db.error());
    Uplink u;
    u.db = db.take();
    u.store = std::make_unique<HubStore>(*u.db, clock);
    u.network = std::make_unique<QNetworkAccessManager>();
    u.uplink = std::make_unique<HubUplink>(*u.store, clock, *u.network);
    if (Status s = u.uplink->configure(config.value().parentUrl, pem, keys.value()); !s)
        return R::failure(s.error());
    return R(std::move(u));
}

int stageEnroll(const QString &hubConfig, const QString &parentConfig, const Clock &clock)
{
    auto up = openUplink(hubConfig, clock);
    if (!up)
        return fail(up.error());
    const auto enrolled = up.value().uplink->enroll();
    if (!enrolled)
        return fail(enrolled.error());
    const auto self = up.value().store->identity();
    const auto parent = HubConfig::load(parentConfig);
    if (!parent)
        return fail(parent.error());
    auto parentDb = HubSetup::openDatabase(parent.value());
    if (!parentDb)
        return fail(parentDb.error());
    HubStore parentStore(*parentDb.value(), clock);
    if (Status s = parentStore.approve(self->nodeId, QStringLiteral("hub"), QString(), {}, QStringLiteral("bench_forward")); !s)
        return fail(s.error());
    printLine(QJsonObject{{QStringLiteral("stage"), QStringLiteral("enroll")},
                          {QStringLiteral("node_id"), self->nodeId},
                          {QStringLiteral("enrollment"), enrolled.value()}});
    return 0;
}

int stageForward(const QString &hubConfig, const Clock &clock)
{
    auto up = openUplink(hubConfig, clock);
    if (!up)
        return fail(up.error());
    HubUplink &uplink = *up.value().uplink;
    uplink.setRetryPolicy(5, 1000);
    // What bounds SQLite's memory on the hub's connection (the driver's defaults, not set by HubDatabase).
    QJsonObject pragmas;
    for (const QString &p : {QStringLiteral("cache_size"), QStringLiteral("mmap_size"), QStringLiteral("page_size"),
                             QStringLiteral("journal_mode"), QStringLiteral("synchronous")}) {
        QSqlQuery q(up.value().db->connection());
        if (q.exec(QStringLiteral("PRAGMA ") + p) && q.next())
            pragmas.insert(p, QJsonValue::fromVariant(q.value(0)));
    }
    const qint64 rssBefore = statusKb("VmRSS");
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = cpuSeconds();
    const SyncRunResult r = uplink.runAndWait();
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    printLine(QJsonObject{{QStringLiteral("stage"), QStringLiteral("forward")},
                          {QStringLiteral("time_s"), seconds},
                          {QStringLiteral("cpu_s"), cpuSeconds() - cpu0},
                          {QStringLiteral("ok"), r.ok},
                          {QStringLiteral("code"), r.code},
                          {QStringLiteral("message"), r.message},
                          {QStringLiteral("records"), r.pushedRecords},
                          {QStringLiteral("batches"), r.pushedBatches},
                          {QStringLiteral("refused"), r.refused},
                          {QStringLiteral("conflicts"), r.conflicts},
                          {QStringLiteral("pulled"), r.pulledItems},
                          {QStringLiteral("rss_before_kb"), rssBefore},
                          {QStringLiteral("sqlite"), pragmas}});
    return r.ok ? 0 : 1;
}

// A hub folder as `uniondesk-cli hub init` makes one, listening on loopback: hub.crt and hub.key
// must be there already (the script makes them with openssl).
int stageInitHub(const QString &dir, const QString &port, const QString &unit, const QString &parentUrl,
                 const QString &parentCertificate, int parentInterval)
{
    const QString folder = QFileInfo(dir).absoluteFilePath();
    HubConfig config = HubConfig::defaults(folder);
    config.listenAddress = QHostAddress::LocalHost;
    config.listenPort = static_cast<quint16>(port.toUInt());
    config.name = QStringLiteral("bench_forward hub %1").arg(unit);
    config.parentUrl = parentUrl;
    config.parentCertificateFile = parentCertificate.isEmpty() ? QString() : QFileInfo(parentCertificate).absoluteFilePath();
    config.parentIntervalSeconds = parentInterval;
    const QString file = QDir(folder).filePath(QStringLiteral("hub.conf"));
    if (Status s = config.save(file); !s)
        return fail(s.error());
    if (Status s = HubSetup::initialize(config, unit, config.name); !s)
        return fail(s.error());
    printLine(QJsonObject{{QStringLiteral("stage"), QStringLiteral("init-hub")},
                          {QStringLiteral("config"), file},
                          {QStringLiteral("unit"), unit}});
    return 0;
}

// The first `n` peer cases as gen.js writes them (the fields this program uses), to compare.
int printPeers(int n)
{
    PeerCases peers;
    for (int i = 0; i < n; ++i) {
        const PeerCases::Case c = peers.next();
        out() << QJsonDocument(QJsonObject{{QStringLiteral("org_unit"), c.orgUnit},
                                           {QStringLiteral("created_at"), c.createdAt},
                                           {QStringLiteral("name"), c.name},
                                           {QStringLiteral("birth_year"), c.birthYear},
                                           {QStringLiteral("phone"), c.phone},
                                           {QStringLiteral("address"), c.address},
                                           {QStringLiteral("category"), c.category},
                                           {QStringLiteral("notes"), c.notes}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    }
    out().flush();
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("UnionDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_forward"));
    QLoggingCategory::setFilterRules(QStringLiteral("*.info=false\n*.debug=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A district hub forwarding N records to its city hub. Stages: init-hub, fill, enroll, forward "
        "(see bench/README.md, bench_forward)."));
    parser.addHelpOption();
    const QCommandLineOption stagesOpt(QStringLiteral("stages"), QStringLiteral("Comma-separated stages."),
                                       QStringLiteral("LIST"));
    const QCommandLineOption hubConfigOpt(QStringLiteral("hub-config"), QStringLiteral("The district's hub.conf."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption parentConfigOpt(QStringLiteral("parent-config"),
                                             QStringLiteral("enroll: the city's hub.conf (approved in its database)."),
                                             QStringLiteral("FILE"));
    const QCommandLineOption recordsOpt(QStringLiteral("records"), QStringLiteral("fill: how many cases."),
                                        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption stationsOpt(QStringLiteral("stations"), QStringLiteral("fill: how many stations (streets)."),
                                         QStringLiteral("K"), QStringLiteral("8"));
    const QCommandLineOption hubDirOpt(QStringLiteral("hub-dir"), QStringLiteral("init-hub: the hub's folder."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption portOpt(QStringLiteral("port"), QStringLiteral("init-hub: the hub's port."),
                                     QStringLiteral("N"), QStringLiteral("8443"));
    const QCommandLineOption unitOpt(QStringLiteral("unit"), QStringLiteral("init-hub: the hub's unit (110000, 110105)."),
                                     QStringLiteral("CODE"), kDistrict);
    const QCommandLineOption parentOpt(QStringLiteral("parent"), QStringLiteral("init-hub: the parent hub's URL."),
                                       QStringLiteral("URL"));
    const QCommandLineOption parentCertOpt(QStringLiteral("parent-certificate"),
                                           QStringLiteral("init-hub: the parent hub's certificate."), QStringLiteral("FILE"));
    const QCommandLineOption intervalOpt(QStringLiteral("parent-interval"),
                                         QStringLiteral("init-hub: seconds between forwards ([parent] interval)."),
                                         QStringLiteral("S"), QStringLiteral("3600"));
    const QCommandLineOption printPeerOpt(QStringLiteral("print-peer"),
                                          QStringLiteral("Print the first N generated peer cases and exit."), QStringLiteral("N"));
    parser.addOptions({stagesOpt, hubConfigOpt, parentConfigOpt, recordsOpt, stationsOpt, hubDirOpt, portOpt, unitOpt,
                       parentOpt, parentCertOpt, intervalOpt, printPeerOpt});
    parser.process(app);

    if (parser.isSet(printPeerOpt))
        return printPeers(parser.value(printPeerOpt).toInt());
    SystemClock clock;
    const QStringList stages = parser.value(stagesOpt).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (stages.isEmpty())
        return fail(QStringLiteral("--stages is needed."));
    const QString hubConfig = parser.value(hubConfigOpt);
    for (const QString &stage : stages) {
        if (stage != QLatin1String("init-hub") && hubConfig.isEmpty())
            return fail(QStringLiteral("--hub-config is needed."));
        int code = 0;
        if (stage == QLatin1String("init-hub"))
            code = stageInitHub(parser.value(hubDirOpt), parser.value(portOpt), parser.value(unitOpt), parser.value(parentOpt),
                                parser.value(parentCertOpt), parser.value(intervalOpt).toInt());
        else if (stage == QLatin1String("fill"))
            code = stageFill(hubConfig, parser.value(recordsOpt).toInt(), parser.value(stationsOpt).toInt(), clock);
        else if (stage == QLatin1String("enroll"))
            code = stageEnroll(hubConfig, parser.value(parentConfigOpt), clock);
        else if (stage == QLatin1String("forward"))
            code = stageForward(hubConfig, clock);
        else
            return fail(QStringLiteral("unknown stage %1").arg(stage));
        if (code != 0)
            return code;
    }
    return 0;
}
