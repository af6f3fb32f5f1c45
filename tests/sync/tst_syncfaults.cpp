// Fault injection between a station and its hub (issue 13, item 12): a TCP proxy in front of the
// hub (the real HubService behind the real HubHttp over TLS, in this process) that cuts requests
// in the middle, cuts the answer after the hub has committed (so the station sends the same batch
// again), and delays; and the station itself (the real `uniondesk-cli sync now`) killed with
// SIGKILL in the middle of a push. Afterwards every record is at the hub exactly once in its latest
// version, and every batch was applied once.

#include "core/Clock.h"
#include "storage/Accounts.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"
#include "sync/HubDatabase.h"
#include "sync/HubHttp.h"
#include "sync/HubService.h"
#include "sync/SyncCodec.h"
#include "sync/SyncClient.h"
#include "sync/SyncKeys.h"
#include "sync/SyncLedger.h"

#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <memory>

using namespace ud;

namespace {

const QString kDistrict = QStringLiteral("110105");
const QString kStreet = QStringLiteral("110105015");

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

// A byte-level proxy in front of the hub; the TLS inside passes through untouched. Each push it
// sees (a request larger than any hello or pull) gets plan(n): cut in the middle of the request,
// cut after the hub answered (the hub has committed; the answer is lost), delayed, or nothing.
// A request is what the client sends after the hub last sent something on that connection.
class FaultProxy : public QObject
{
public:
    enum class Fault { None, CutRequest, CutAnswer, Delay };
    std::function<Fault(int)> plan = [](int) { return Fault::None; };
    int pushes = 0;
    int cut = 0;

    explicit FaultProxy(quint16 target) : m_target(target)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                accept(client);
        });
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    static constexpr qint64 kPushBytes = 12 * 1024;

    struct Link
    {
        qint64 requestBytes = 0;
        bool answered = false; // the hub sent something since the client last did
        Fault fault = Fault::None;
        bool closed = false;
    };

    void accept(QTcpSocket *client)
    {
        auto *upstream = new QTcpSocket(client);
        auto link = std::make_shared<Link>();
        const auto close = [this, client, upstream, link]() {
            if (link->closed)
                return;
            link->closed = true;
            ++cut;
            upstream->abort();
            client->abort();
            client->deleteLater();
        };
        upstream->connectToHost(QHostAddress::LocalHost, m_target);
        QObject::connect(client, &QTcpSocket::readyRead, upstream, [=]() {
            if (upstream->state() != QAbstractSocket::ConnectedState && !upstream->waitForConnected(2000))
                return;
            const QByteArray data = client->readAll();
            if (link->answered) {
                link->answered = false;
                link->requestBytes = 0;
                link->fault = Fault::None;
            }
            const bool becomesPush = link->requestBytes <= kPushBytes && link->requestBytes + data.size() > kPushBytes;
            if (becomesPush)
                link->fault = plan(pushes++);
            if (becomesPush && link->fault == Fault::CutRequest) {
                upstream->write(data.left(std::max<qint64>(0, kPushBytes - link->requestBytes)));
                upstream->flush();
                return close();
            }
            link->requestBytes += data.size();
            upstream->write(data);
        });
        QObject::connect(upstream, &QTcpSocket::readyRead, client, [=]() {
            const QByteArray data = upstream->readAll();
            link->answered = true;
            if (link->fault == Fault::CutAnswer)
                return close(); // the hub has the push and has answered: the answer is lost
            if (link->fault == Fault::Delay) {
                QTimer::singleShot(150, client, [client, data]() { client->write(data); });
                return;
            }
            client->write(data);
        });
        QObject::connect(client, &QTcpSocket::disconnected, upstream, [upstream]() { upstream->disconnectFromHost(); });
        QObject::connect(upstream, &QTcpSocket::disconnected, client, [client, link]() {
            if (!link->closed)
                client->disconnectFromHost();
        });
    }

    QTcpServer m_server;
    quint16 m_target;
};

// Counts the records in every push the hub receives (answered from the store or not).
class CountingHandler : public HubHandler
{
public:
    explicit CountingHandler(HubHandler &real) : m_real(real) {}
    qint64 pushedRecords = 0;
    HubResponse handle(const HubRequest &request) override
    {
        if (request.path == QLatin1String("/sync/v1/push")) {
            auto body = SyncCodec::decodeBody(request.body, !request.header("content-encoding").isEmpty(), 64 * 1024 * 1024);
            if (body)
                pushedRecords += body.value().value(QStringLiteral("records")).toArray().size();
        }
        return m_real.handle(request);
    }

private:
    HubHandler &m_real;
};

} // namespace

class tst_SyncFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cutAndDelayedConnectionsLoseNothing();
    void stationKilledMidPushSendsAtMostOneBatchAgain();

private:
    QString createWorkers(int n);

    QTemporaryDir m_files;
    QString m_certFile, m_keyFile, m_certPem, m_cli;
    std::unique_ptr<QTemporaryDir> m_dir;
    SystemClock m_clock;
    std::unique_ptr<HubDatabase> m_hubDb;
    std::unique_ptr<HubService> m_service;
    std::unique_ptr<CountingHandler> m_counter;
    std::unique_ptr<HubHttp> m_http;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QString m_nodeId;
};

void tst_SyncFaults::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false\nuniondesk.*.warning=false"));
    m_cli = qEnvironmentVariable("UD_CLI");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), "UD_CLI names the uniondesk-cli binary (run through ctest)");
    m_certFile = m_files.filePath(QStringLiteral("hub.crt"));
    m_keyFile = m_files.filePath(QStringLiteral("hub.key"));
    QProcess p;
    p.start(m_cli, {QStringLiteral("hub"), QStringLiteral("cert"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                    QStringLiteral("--out-cert"), m_certFile, QStringLiteral("--out-key"), m_keyFile});
    QVERIFY(p.waitForFinished(60000) && p.exitCode() == 0);
    QFile f(m_certFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_certPem = QString::fromLatin1(f.readAll());
}

void tst_SyncFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    HubDbSettings settings;
    settings.path = m_dir->filePath(QStringLiteral("hub.db"));
    auto hub = HubDatabase::open(settings);
    QVERIFY2(hub.ok(), qPrintable(hub.error()));
    m_hubDb = hub.take();
    m_service = std::make_unique<HubService>(*m_hubDb, m_clock);
    QVERIFY(m_service->store().seedOrgUnits().ok());
    QVERIFY(m_service->store()
                .setIdentity(HubIdentityRow{QStringLiteral("0190f0a0-0000-7000-8000-0000000000d1"), kDistrict,
                                            QStringLiteral("district"), QStringLiteral("朝阳区总工会"),
                                            SyncKeys::generate().publicKeyBase64()})
                .ok());
    m_counter = std::make_unique<CountingHandler>(*m_service);
    m_http = std::make_unique<HubHttp>(*m_counter);
    QVERIFY(m_http->setTls(m_certFile, m_keyFile).ok());
    QVERIFY(m_http->listen(QHostAddress::LocalHost, 0).ok());

    // The station, made by the real CLI (so that the CLI can run its sync later) with an admin.
    const QString path = m_dir->filePath(QStringLiteral("station.db"));
    QProcess init;
    init.start(m_cli, {QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--org"), kStreet,
                       QStringLiteral("--admin"), QStringLiteral("admin"), QStringLiteral("--password-stdin")});
    init.write("Station-Pass-2026\n");
    init.closeWriteChannel();
    QVERIFY(init.waitForFinished(60000));
    QVERIFY2(init.exitCode() == 0, init.readAllStandardError().constData());
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(path, Database::OpenMode::ExistingOnly).ok());
    m_nodeId = NodeIdentity::load(*m_db)->nodeId;
    m_store = std::make_unique<RecordStore>(*m_db, &m_clock);
    m_network = std::make_unique<QNetworkAccessManager>();
}

void tst_SyncFaults::cleanup()
{
    m_network.reset();
    m_store.reset();
    m_db.reset();
    m_http.reset();
    m_counter.reset();
    m_service.reset();
    m_hubDb.reset();
    m_dir.reset();
}

QString tst_SyncFaults::createWorkers(int n)
{
    QList<QVariantMap> rows;
    for (int i = 0; i < n; ++i)
        rows << QVariantMap{{QStringLiteral("name"), QStringLiteral("工人%1").arg(i)},
                            {QStringLiteral("address"), QString(600, QChar(0x4E00 + i % 500))}};
    const auto results = m_store->createMany(QStringLiteral("workers"), rows);
    return results.isEmpty() || !results.first() ? QString() : results.first().value();
}

void tst_SyncFaults::cutAndDelayedConnectionsLoseNothing()
{
    FaultProxy proxy(m_http->port());
    SyncClient client(*m_db, m_clock, *m_network);
    client.setRetryPolicy(6, 20);
    client.setTimeoutMs(5000);
    QVERIFY(client.enroll(QStringLiteral("https://127.0.0.1:%1").arg(m_http->port()), m_certPem).ok());
    QVERIFY(m_service->store().approve(m_nodeId, QStringLiteral("desktop"), QString(), {}, QStringLiteral("admin")).ok());
    // From now on through the proxy.
    SyncLedger(*m_db, m_clock).setPeer(QStringLiteral("https://127.0.0.1:%1").arg(proxy.port()), m_certPem);
    createWorkers(3000);
    proxy.plan = [](int n) {
        switch (n % 4) {
        case 1: return FaultProxy::Fault::CutAnswer;
        case 2: return FaultProxy::Fault::CutRequest;
        case 3: return FaultProxy::Fault::Delay;
        default: return FaultProxy::Fault::None;
        }
    };
    int batches = 0, runs = 0;
    SyncRunResult r;
    bool edited = false;
    while (runs < 30) {
        ++runs;
        r = client.runAndWait();
        batches += r.pushedBatches;
        if (r.ok && !edited) {
            // Later edits of some of them go the same way.
            QSqlQuery q(m_db->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT id, version FROM workers ORDER BY id LIMIT 100")));
            QList<QPair<QString, qint64>> ids;
            while (q.next())
                ids << qMakePair(q.value(0).toString(), q.value(1).toLongLong());
            for (const auto &[id, v] : ids)
                QVERIFY(m_store->update(QStringLiteral("workers"), id, v, {{QStringLiteral("phone"), QStringLiteral("1")}}).ok());
            edited = true;
            continue;
        }
        if (r.ok)
            break;
    }
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY2(proxy.cut > 0, "the proxy cut nothing: the test tested nothing");
    const QSqlDatabase hub = m_hubDb->connection();
    QCOMPARE(scalar(hub, QStringLiteral("SELECT count(*) FROM hub_records WHERE origin_node = ?"), {m_nodeId}).toLongLong(), 3000);
    QCOMPARE(scalar(hub, QStringLiteral("SELECT count(*) FROM hub_records WHERE version = 2")).toLongLong(), 100);
    // Each batch applied once: as many stored batches as the station had acknowledged.
    QCOMPARE(scalar(hub, QStringLiteral("SELECT count(*) FROM hub_batches")).toLongLong(), batches);
    QCOMPARE(scalar(hub, QStringLiteral("SELECT count(*) FROM hub_conflicts")).toLongLong(), 0);
    SyncLedger ledger(*m_db, m_clock);
    QCOMPARE(ledger.overview().pendingRecords, 0);
    QCOMPARE(ledger.overview().inFlightRecords, 0);
    qInfo() << "runs" << runs << "pushes" << proxy.pushes << "cut" << proxy.cut << "batches" << batches;
}

void tst_SyncFaults::stationKilledMidPushSendsAtMostOneBatchAgain()
{
    SyncClient client(*m_db, m_clock, *m_network);
    QVERIFY(client.enroll(QStringLiteral("https://127.0.0.1:%1").arg(m_http->port()), m_certPem).ok());
    QVERIFY(m_service->store().approve(m_nodeId, QStringLiteral("desktop"), QString(), {}, QStringLiteral("admin")).ok());
    createWorkers(6000);
    // The station is the real `uniondesk-cli sync now`, killed once the hub has some of it.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("UD_USER"), QStringLiteral("admin"));
    env.insert(QStringLiteral("UD_PASSWORD"), QStringLiteral("Station-Pass-2026"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("uniondesk.*.info=false"));
    const QString path = m_dir->filePath(QStringLiteral("station.db"));
    QProcess station;
    station.setProcessEnvironment(env);
    station.start(m_cli, {QStringLiteral("--db"), path, QStringLiteral("sync"), QStringLiteral("now")});
    QVERIFY(station.waitForStarted());
    const QSqlDatabase hub = m_hubDb->connection();
    QElapsedTimer t;
    t.start();
    while (scalar(hub, QStringLiteral("SELECT count(*) FROM hub_records")).toLongLong() < 2000 && t.elapsed() < 60000
           && station.state() == QProcess::Running)
        QTest::qWait(10);
    QVERIFY2(station.state() == QProcess::Running, "the station finished before it could be killed; push more records");
    station.kill(); // SIGKILL
    QVERIFY(station.waitForFinished(5000));
    const qint64 atKill = scalar(hub, QStringLiteral("SELECT count(*) FROM hub_records")).toLongLong();

    QProcess again;
    again.setProcessEnvironment(env);
    again.start(m_cli, {QStringLiteral("--db"), path, QStringLiteral("sync"), QStringLiteral("now")});
    while (again.state() != QProcess::NotRunning)
        QTest::qWait(20);
    QVERIFY2(again.exitCode() == 0, again.readAllStandardError().constData());
    QCOMPARE(scalar(hub, QStringLiteral("SELECT count(*) FROM hub_records")).toLongLong(), 6000);
    // Records the hub received more than once: at most the one batch that was in flight.
    const qint64 resent = m_counter->pushedRecords - 6000;
    qInfo() << "killed with" << atKill << "records at the hub; records sent again:" << resent;
    QVERIFY2(resent >= 0 && resent <= 500, qPrintable(QString::number(resent)));
    QCOMPARE(scalar(hub, QStringLiteral("SELECT count(*) FROM hub_conflicts")).toLongLong(), 0);
}

QTEST_GUILESS_MAIN(tst_SyncFaults)
#include "tst_syncfaults.moc"
