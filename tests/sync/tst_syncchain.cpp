// The three tiers as separate processes on loopback (issue 13, items 5 and 12): a city hub and a
// district hub (real uniondesk-hub processes, made and enrolled with the real uniondesk-cli hub
// commands), and a station (this test, with the desktop's SyncClient and its own database).
// The station's records reach the district and then the city exactly once, with their original
// origin and version; a review made at the city comes down through the district to the station;
// nothing the station sent comes back to it; the district killed with SIGKILL in the middle of
// forwarding loses nothing and sends nothing twice.

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"
#include "sync/HubDatabase.h"
#include "sync/HubStore.h"
#include "sync/HubSync.h"
#include "sync/SyncClient.h"
#include "sync/SyncLedger.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ud;

namespace {

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

qint64 count(const QString &hubDb, const QString &sql, const QVariantList &binds = {})
{
    HubDbSettings s;
    s.path = hubDb;
    auto db = HubDatabase::open(s);
    if (!db)
        return -1;
    QSqlQuery q(db.value()->connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    const qint64 n = q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    q.finish();
    return n;
}

} // namespace

class tst_SyncChain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void recordsGoUpReviewsComeDown();
    void districtKilledWhileForwardingLosesNothing();
    void attachmentReachesTheCityOnce();

private:
    QString cli(const QStringList &args, int *exitCode = nullptr);
    QString makeHub(const QString &name, const QString &unit, quint16 port, const QString &parentUrl = {},
                    const QString &parentCert = {});
    void startHub(std::unique_ptr<QProcess> &process, const QString &conf, quint16 port);
    bool waitFor(const std::function<bool()> &condition, int ms = 30000);

    QTemporaryDir m_dir;
    QString m_cli, m_hub;
    quint16 m_cityPort = 0, m_districtPort = 0;
    QString m_cityConf, m_districtConf;
    std::unique_ptr<QProcess> m_city, m_district;
    SystemClock m_clock;
    std::unique_ptr<Database> m_station;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SyncClient> m_client;
    QString m_stationId;
    QStringList m_ids;
};

QString tst_SyncChain::cli(const QStringList &args, int *exitCode)
{
    QProcess p;
    p.start(m_cli, args);
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitCode();
    else if (p.exitCode() != 0)
        qWarning() << args << p.readAllStandardError();
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString tst_SyncChain::makeHub(const QString &name, const QString &unit, quint16 port, const QString &parentUrl,
                               const QString &parentCert)
{
    const QString dir = m_dir.filePath(name);
    int code = -1;
    cli({QStringLiteral("hub"), QStringLiteral("init"), QStringLiteral("--dir"), dir, QStringLiteral("--org-unit"), unit,
         QStringLiteral("--port"), QString::number(port), QStringLiteral("--host"), QStringLiteral("127.0.0.1")},
        &code);
    if (code != 0)
        return {};
    const QString conf = QDir(dir).filePath(QStringLiteral("hub.conf"));
    QSettings ini(conf, QSettings::IniFormat);
    ini.setValue(QStringLiteral("listen/address"), QStringLiteral("127.0.0.1"));
    if (!parentUrl.isEmpty()) {
        ini.setValue(QStringLiteral("parent/url"), parentUrl);
        ini.setValue(QStringLiteral("parent/certificate"), parentCert);
        ini.setValue(QStringLiteral("parent/interval"), 1);
    }
    ini.sync();
    return conf;
}

void tst_SyncChain::startHub(std::unique_ptr<QProcess> &process, const QString &conf, quint16 port)
{
    process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("uniondesk.*.info=false"));
    process->setProcessEnvironment(env);
    process->start(m_hub, {QStringLiteral("--config"), conf});
    QVERIFY(process->waitForStarted(10000));
    QVERIFY2(waitFor([port]() {
                 QTcpSocket s;
                 s.connectToHost(QHostAddress::LocalHost, port);
                 return s.waitForConnected(200);
             }),
             "the hub did not start listening");
}

bool tst_SyncChain::waitFor(const std::function<bool()> &condition, int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        if (condition())
            return true;
        QTest::qWait(100);
    }
    return condition();
}

void tst_SyncChain::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false\nuniondesk.*.warning=false"));
    m_cli = qEnvironmentVariable("UD_CLI");
    m_hub = qEnvironmentVariable("UD_HUB");
    QVERIFY2(QFileInfo(m_cli).isExecutable() && QFileInfo(m_hub).isExecutable(), "UD_CLI and UD_HUB (run through ctest)");
    QVERIFY(m_dir.isValid());
    m_cityPort = freePort();
    m_districtPort = freePort();
    m_cityConf = makeHub(QStringLiteral("city"), QStringLiteral("110000"), m_cityPort);
    QVERIFY(!m_cityConf.isEmpty());
    const QString cityCert = QDir(m_dir.filePath(QStringLiteral("city"))).filePath(QStringLiteral("hub.crt"));
    m_districtConf = makeHub(QStringLiteral("district"), QStringLiteral("110105"), m_districtPort,
                             QStringLiteral("https://127.0.0.1:%1").arg(m_cityPort), cityCert);
    QVERIFY(!m_districtConf.isEmpty());
    startHub(m_city, m_cityConf, m_cityPort);

    // The district asks the city, the city's administrator approves it as a hub.
    int code = -1;
    const QString enrolled = cli({QStringLiteral("hub"), QStringLiteral("enroll"), QStringLiteral("--config"), m_districtConf}, &code);
    QVERIFY2(code == 0, qPrintable(enrolled));
    const auto m = QRegularExpression(QStringLiteral("([0-9a-f-]{36})")).match(enrolled);
    QVERIFY2(m.hasMatch(), qPrintable(enrolled));
    const QString pending = cli({QStringLiteral("hub"), QStringLiteral("nodes"), QStringLiteral("--config"), m_cityConf,
                                 QStringLiteral("--pending")});
    QVERIFY2(pending.contains(m.captured(1)), qPrintable(pending));
    cli({QStringLiteral("hub"), QStringLiteral("approve"), QStringLiteral("--config"), m_cityConf, m.captured(1),
         QStringLiteral("--as"), QStringLiteral("hub")},
        &code);
    QCOMPARE(code, 0);
    startHub(m_district, m_districtConf, m_districtPort);

    // The station: its own database, enrolled with the district and approved there.
    m_station = std::make_unique<Database>();
    QVERIFY(m_station->open(m_dir.filePath(QStringLiteral("station.db")), Database::OpenMode::CreateIfMissing).ok());
    auto node = NodeIdentity::initialize(*m_station, QStringLiteral("110105015"), Tier::Street,
                                         QStringLiteral("八里庄街道工会服务站"), m_clock);
    QVERIFY(node.ok());
    m_stationId = node.value().nodeId;
    m_store = std::make_unique<RecordStore>(*m_station, &m_clock);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<SyncClient>(*m_station, m_clock, *m_network);
    m_client->setRetryPolicy(3, 200);
    QFile cert(QDir(m_dir.filePath(QStringLiteral("district"))).filePath(QStringLiteral("hub.crt")));
    QVERIFY(cert.open(QIODevice::ReadOnly));
    auto status = m_client->enroll(QStringLiteral("https://127.0.0.1:%1").arg(m_districtPort), QString::fromLatin1(cert.readAll()));
    QVERIFY2(status.ok(), qPrintable(status.error()));
    cli({QStringLiteral("hub"), QStringLiteral("approve"), QStringLiteral("--config"), m_districtConf, m_stationId,
         QStringLiteral("--block"), QStringLiteral("mediation_case:101-200")},
        &code);
    QCOMPARE(code, 0);
}

void tst_SyncChain::cleanupTestCase()
{
    for (auto *p : {m_district.get(), m_city.get()}) {
        if (p && p->state() == QProcess::Running) {
            p->terminate();
            p->waitForFinished(10000);
        }
    }
    m_client.reset();
    m_store.reset();
    m_station.reset();
}

void tst_SyncChain::recordsGoUpReviewsComeDown()
{
    for (int i = 0; i < 1200; ++i) {
        auto rec = m_store->create(QStringLiteral("workers"), {{QStringLiteral("name"), QStringLiteral("工人%1").arg(i)}});
        QVERIFY(rec.ok());
        m_ids << rec.value().id;
    }
    QVERIFY(m_store->update(QStringLiteral("workers"), m_ids.at(7), 1, {{QStringLiteral("phone"), QStringLiteral("1")}}).ok());
    SyncRunResult r = m_client->runAndWait();
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.pushedRecords, 1200);
    const QString districtDb = m_dir.filePath(QStringLiteral("district/hub.db"));
    const QString cityDb = m_dir.filePath(QStringLiteral("city/hub.db"));
    QCOMPARE(count(districtDb, QStringLiteral("SELECT count(*) FROM hub_records")), 1200);
    // The district forwards by itself (every second here): the city gets each record once, with
    // its origin and version.
    QVERIFY2(waitFor([&]() { return count(cityDb, QStringLiteral("SELECT count(*) FROM hub_records")) == 1200; }),
             qPrintable(QString::number(count(cityDb, QStringLiteral("SELECT count(*) FROM hub_records")))));
    QCOMPARE(count(cityDb, QStringLiteral("SELECT count(*) FROM hub_records WHERE origin_node = ?"), {m_stationId}), 1200);
    QCOMPARE(count(cityDb, QStringLiteral("SELECT version FROM hub_records WHERE record_id = ?"), {m_ids.at(7)}), 2);

    // A later edit goes the same way, as an edit (based on what each tier holds), not a conflict.
    QVERIFY(m_store->update(QStringLiteral("workers"), m_ids.at(7), 2, {{QStringLiteral("phone"), QStringLiteral("2")}}).ok());
    r = m_client->runAndWait();
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.conflicts, 0);
    QVERIFY(waitFor([&]() { return count(cityDb, QStringLiteral("SELECT version FROM hub_records WHERE record_id = ?"), {m_ids.at(7)}) == 3; }));
    QCOMPARE(count(cityDb, QStringLiteral("SELECT count(*) FROM hub_conflicts")), 0);

    // A reviewer at the city returns a record; it reaches the station through the district.
    {
        HubDbSettings s;
        s.path = cityDb;
        auto db = HubDatabase::open(s);
        QVERIFY(db.ok());
        SystemClock clock;
        HubStore store(*db.value(), clock);
        HubSync sync(store);
        PullItem review;
        review.kind = PullKind::Review;
        review.record.table = QStringLiteral("record_reviews");
        review.record.id = QStringLiteral("0190f0a0-2222-7000-8000-000000000001");
        review.record.orgUnit = QStringLiteral("110105015");
        review.record.originNode = store.identity()->nodeId;
        review.record.hlc = QStringLiteral("0001765098000000-00001");
        review.record.values = QJsonObject{
            {QStringLiteral("table_name"), QStringLiteral("workers")}, {QStringLiteral("record_id"), m_ids.at(9)},
            {QStringLiteral("record_version"), 1}, {QStringLiteral("decision"), QStringLiteral("return")},
            {QStringLiteral("reason"), QStringLiteral("请补充身份证号码")}, {QStringLiteral("reviewer"), QStringLiteral("市总工会 李审核")},
            {QStringLiteral("reviewer_tier"), QStringLiteral("city")}, {QStringLiteral("decided_at"), QStringLiteral("2026-12-07T10:00:00.000Z")},
            {QStringLiteral("created_at"), QStringLiteral("2026-12-07T10:00:00.000Z")}, {QStringLiteral("created_by"), QStringLiteral("li")},
            {QStringLiteral("updated_at"), QStringLiteral("2026-12-07T10:00:00.000Z")}, {QStringLiteral("updated_by"), QStringLiteral("li")}};
        HubDatabase::Transaction tx(*db.value());
        QVERIFY(sync.addDown(review).ok());
        QVERIFY(tx.commit().ok());
    }
    QVERIFY(waitFor([&]() { return count(districtDb, QStringLiteral("SELECT count(*) FROM hub_down WHERE kind = 'review'")) == 1; }));
    QCOMPARE(count(districtDb, QStringLiteral("SELECT count(*) FROM hub_reviews WHERE record_id = ?"), {m_ids.at(9)}), 1);
    r = m_client->runAndWait();
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.pulledItems, 1); // the review only: nothing the station sent comes back
    SyncLedger ledger(*m_station, m_clock);
    QCOMPARE(ledger.states(QStringLiteral("workers"), {m_ids.at(9)}).value(m_ids.at(9)), RecordSyncState::Returned);
    const CheckReport report = m_station->check();
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void tst_SyncChain::districtKilledWhileForwardingLosesNothing()
{
    const QString districtDb = m_dir.filePath(QStringLiteral("district/hub.db"));
    const QString cityDb = m_dir.filePath(QStringLiteral("city/hub.db"));
    QVERIFY(waitFor([&]() { return count(cityDb, QStringLiteral("SELECT count(*) FROM hub_records")) == 1200; }));
    const qint64 before = 1200;
    // Stop the district's forwarding (SIGKILL), send more to it while it is down... it is the
    // station's hub, so first push to it, then kill it before or while it forwards.
    for (int i = 0; i < 3000; ++i)
        QVERIFY(m_store->create(QStringLiteral("workers"), {{QStringLiteral("name"), QStringLiteral("新工人%1").arg(i)}}).ok());
    SyncRunResult r = m_client->runAndWait();
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(waitFor([&]() { return count(cityDb, QStringLiteral("SELECT count(*) FROM hub_records")) > before; }, 20000));
    m_district->kill();
    m_district->waitForFinished(5000);
    const qint64 atKill = count(cityDb, QStringLiteral("SELECT count(*) FROM hub_records"));
    qInfo() << "city had" << atKill - before << "of 3000 new records when the district was killed";
    startHub(m_district, m_districtConf, m_districtPort);
    QVERIFY2(waitFor([&]() { return count(cityDb, QStringLiteral("SELECT count(*) FROM hub_records")) == before + 3000; }, 60000),
             qPrintable(QString::number(count(cityDb, QStringLiteral("SELECT count(*) FROM hub_records")) - before)));
    // Exactly once, latest versions, and the district has nothing left to forward.
    QCOMPARE(count(cityDb, QStringLiteral("SELECT count(*) FROM hub_records WHERE origin_node = ?"), {m_stationId}), 4200);
    QVERIFY(waitFor([&]() {
        return count(districtDb, QStringLiteral("SELECT count(*) FROM hub_records WHERE seq > (SELECT pushed_seq FROM hub_parent)")) == 0;
    }));
    QCOMPARE(count(cityDb, QStringLiteral("SELECT count(*) FROM hub_conflicts")), 0);
}

void tst_SyncChain::attachmentReachesTheCityOnce()
{
    QByteArray scan(1536 * 1024, Qt::Uninitialized);
    for (int i = 0; i < scan.size(); ++i)
        scan[i] = static_cast<char>((i * 31 + i / 7) % 256);
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(scan, QCryptographicHash::Sha256).toHex());
    QSqlQuery q(m_station->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    q.prepare(QStringLiteral("INSERT INTO attachment_blobs (sha256, data) VALUES (?, ?)"));
    q.addBindValue(sha);
    q.addBindValue(scan);
    QVERIFY(q.exec());
    QVERIFY(m_store->create(QStringLiteral("mediation_attachments"),
                            {{QStringLiteral("case_id"), QStringLiteral("0190f0a0-3333-7000-8000-000000000001")},
                             {QStringLiteral("file_name"), QStringLiteral("仲裁申请书.pdf")},
                             {QStringLiteral("size_bytes"), scan.size()},
                             {QStringLiteral("sha256"), sha}})
                .ok());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    const SyncRunResult r = m_client->runAndWait();
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.uploadedChunks, 2);
    const QString cityDb = m_dir.filePath(QStringLiteral("city/hub.db"));
    QVERIFY(waitFor([&]() { return count(cityDb, QStringLiteral("SELECT count(*) FROM hub_blobs WHERE sha256 = ? AND complete = 1"), {sha}) == 1; }));
    QCOMPARE(count(cityDb, QStringLiteral("SELECT sum(length(data)) FROM hub_blob_chunks WHERE sha256 = ?"), {sha}), scan.size());
    QCOMPARE(count(cityDb, QStringLiteral("SELECT count(*) FROM hub_records WHERE table_name = 'mediation_attachments'")), 1);
}

QTEST_GUILESS_MAIN(tst_SyncChain)
#include "tst_syncchain.moc"
