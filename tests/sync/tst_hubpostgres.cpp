// Two uniondesk-hub processes serving one PostgreSQL database (issue 13, items 2, 11 and 12): the
// hub keeps no state outside its database, so two stations pushing at the same time, each to
// another process, end with every record once, one arrival order (seq) without gaps in meaning or
// duplicates, every batch stored once; a review written through one process reaches a station
// that pulls from the other. The throw-away PostgreSQL server comes from the ud_pg fixture.

#include "PgTestServer.h"

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"
#include "sync/HubConfig.h"
#include "sync/HubDatabase.h"
#include "sync/HubSetup.h"
#include "sync/HubStore.h"
#include "sync/HubSync.h"
#include "sync/SyncClient.h"
#include "sync/SyncLedger.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
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

struct Station
{
    std::unique_ptr<Database> db;
    std::unique_ptr<RecordStore> store;
    std::unique_ptr<SyncClient> client;
    QString nodeId;
};

} // namespace

class tst_HubPostgres : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void twoProcessesOneDatabase();

private:
    QString writeConfig(const QString &name, quint16 port);
    void startHub(std::unique_ptr<QProcess> &p, const QString &conf, quint16 port);
    void makeStation(Station &s, const QString &file, const QString &unit, quint16 port);

    QTemporaryDir m_dir;
    QString m_cli, m_hub, m_certFile, m_keyFile, m_certPem;
    HubDbSettings m_pg;
    bool m_created = false;
    quint16 m_portA = 0, m_portB = 0;
    std::unique_ptr<QProcess> m_a, m_b;
    SystemClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<HubDatabase> m_db;
};

QString tst_HubPostgres::writeConfig(const QString &name, quint16 port)
{
    HubConfig c = HubConfig::defaults(m_dir.path());
    c.name = name;
    c.listenAddress = QHostAddress(QHostAddress::LocalHost);
    c.listenPort = port;
    c.certificateFile = m_certFile;
    c.keyFile = m_keyFile;
    c.driver = HubConfig::Driver::Postgres;
    c.databaseHost = m_pg.host;
    c.databasePort = static_cast<quint16>(m_pg.port);
    c.databaseName = m_pg.name;
    c.databaseUser = m_pg.user;
    const QString file = m_dir.filePath(name + QStringLiteral(".conf"));
    return c.save(file) ? file : QString();
}

void tst_HubPostgres::startHub(std::unique_ptr<QProcess> &p, const QString &conf, quint16 port)
{
    p = std::make_unique<QProcess>();
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("uniondesk.*.info=false"));
    p->setProcessEnvironment(env);
    p->start(m_hub, {QStringLiteral("--config"), conf});
    QVERIFY(p->waitForStarted(10000));
    QElapsedTimer t;
    t.start();
    bool up = false;
    while (!up && t.elapsed() < 20000 && p->state() == QProcess::Running) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        up = s.waitForConnected(200);
        if (!up)
            QTest::qWait(100);
    }
    QVERIFY2(up, "the hub did not start listening");
}

void tst_HubPostgres::makeStation(Station &s, const QString &file, const QString &unit, quint16 port)
{
    s.db = std::make_unique<Database>();
    QVERIFY(s.db->open(m_dir.filePath(file), Database::OpenMode::CreateIfMissing).ok());
    auto node = NodeIdentity::initialize(*s.db, unit, Tier::Street, file, m_clock);
    QVERIFY(node.ok());
    s.nodeId = node.value().nodeId;
    s.store = std::make_unique<RecordStore>(*s.db, &m_clock);
    s.client = std::make_unique<SyncClient>(*s.db, m_clock, m_network);
    s.client->setRetryPolicy(5, 100);
    auto enrolled = s.client->enroll(QStringLiteral("https://127.0.0.1:%1").arg(port), m_certPem);
    QVERIFY2(enrolled.ok(), qPrintable(enrolled.error()));
    HubStore store(*m_db, m_clock);
    QVERIFY(store.approve(s.nodeId, QStringLiteral("desktop"), QString(), {}, QStringLiteral("admin")).ok());
}

void tst_HubPostgres::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false\nuniondesk.*.warning=false"));
    if (!PgTestServer::configured())
        QSKIP("UD_PG_ENV is not set: run through ctest (fixture ud_pg)");
    m_cli = qEnvironmentVariable("UD_CLI");
    m_hub = qEnvironmentVariable("UD_HUB");
    QVERIFY2(QFileInfo(m_cli).isExecutable() && QFileInfo(m_hub).isExecutable(), "UD_CLI and UD_HUB (run through ctest)");
    auto pg = PgTestServer::createDatabase(QStringLiteral("ud_twohubs"));
    QVERIFY2(pg.ok(), qPrintable(pg.error()));
    m_pg = pg.value();
    m_created = true;
    m_certFile = m_dir.filePath(QStringLiteral("hub.crt"));
    m_keyFile = m_dir.filePath(QStringLiteral("hub.key"));
    QProcess cert;
    cert.start(m_cli, {QStringLiteral("hub"), QStringLiteral("cert"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                       QStringLiteral("--out-cert"), m_certFile, QStringLiteral("--out-key"), m_keyFile});
    QVERIFY(cert.waitForFinished(60000) && cert.exitCode() == 0);
    QFile f(m_certFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_certPem = QString::fromLatin1(f.readAll());
    m_portA = freePort();
    m_portB = freePort();
    const QString confA = writeConfig(QStringLiteral("a"), m_portA);
    const QString confB = writeConfig(QStringLiteral("b"), m_portB);
    QVERIFY(!confA.isEmpty() && !confB.isEmpty());
    auto config = HubConfig::load(confA);
    QVERIFY2(config.ok(), qPrintable(config.error()));
    const Status made = HubSetup::initialize(config.value(), QStringLiteral("110105"), QStringLiteral("朝阳区总工会"));
    QVERIFY2(made.ok(), qPrintable(made.error()));
    auto db = HubSetup::openDatabase(config.value());
    QVERIFY(db.ok());
    m_db = db.take();
    QVERIFY(m_db->isPostgres());
    startHub(m_a, confA, m_portA);
    startHub(m_b, confB, m_portB);
}

void tst_HubPostgres::cleanupTestCase()
{
    for (auto *p : {m_a.get(), m_b.get()})
        if (p && p->state() == QProcess::Running) {
            p->terminate();
            p->waitForFinished(10000);
        }
    m_db.reset();
    if (m_created)
        PgTestServer::dropDatabase(m_pg);
}

void tst_HubPostgres::twoProcessesOneDatabase()
{
    Station one, two;
    makeStation(one, QStringLiteral("one.db"), QStringLiteral("110105015"), m_portA);
    makeStation(two, QStringLiteral("two.db"), QStringLiteral("110105021"), m_portB);
    for (Station *s : {&one, &two}) {
        QList<QVariantMap> rows;
        for (int i = 0; i < 2000; ++i)
            rows << QVariantMap{{QStringLiteral("name"), QStringLiteral("工人%1").arg(i)}};
        s->store->createMany(QStringLiteral("workers"), rows);
    }
    // Both at once, each to its own process.
    QSignalSpy doneOne(one.client.get(), &SyncClient::finished);
    QSignalSpy doneTwo(two.client.get(), &SyncClient::finished);
    QVERIFY(one.client->start());
    QVERIFY(two.client->start());
    QVERIFY(doneOne.count() > 0 || doneOne.wait(120000));
    QVERIFY(doneTwo.count() > 0 || doneTwo.wait(120000));
    const auto r1 = doneOne.first().first().value<SyncRunResult>();
    const auto r2 = doneTwo.first().first().value<SyncRunResult>();
    QVERIFY2(r1.ok, qPrintable(r1.message));
    QVERIFY2(r2.ok, qPrintable(r2.message));
    QSqlQuery q(m_db->connection());
    const auto value = [&q](const QString &sql) {
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    };
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM hub_records")), 4000);
    QCOMPARE(value(QStringLiteral("SELECT count(DISTINCT seq) FROM hub_records")), 4000);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM hub_batches")), 8);
    QVERIFY(value(QStringLiteral("SELECT max(seq) FROM hub_records")) <= value(QStringLiteral("SELECT value FROM hub_counter WHERE name = 'seq'")));

    // A review written at one process reaches the station that pulls from the other.
    HubStore store(*m_db, m_clock);
    HubSync sync(store);
    PullItem review;
    review.kind = PullKind::Review;
    review.record.table = QStringLiteral("record_reviews");
    review.record.id = QStringLiteral("0190f0a0-2222-7000-8000-000000000009");
    review.record.orgUnit = QStringLiteral("110105021");
    review.record.originNode = store.identity()->nodeId;
    review.record.hlc = QStringLiteral("0001765098000000-00001");
    QSqlQuery first(two.db->connection());
    QVERIFY(first.exec(QStringLiteral("SELECT id FROM workers ORDER BY id LIMIT 1")) && first.next());
    const QString worker = first.value(0).toString();
    first.finish();
    review.record.values = QJsonObject{
        {QStringLiteral("table_name"), QStringLiteral("workers")}, {QStringLiteral("record_id"), worker},
        {QStringLiteral("record_version"), 1}, {QStringLiteral("decision"), QStringLiteral("approve")},
        {QStringLiteral("reason"), QString()}, {QStringLiteral("reviewer"), QStringLiteral("王审核")},
        {QStringLiteral("reviewer_tier"), QStringLiteral("district")}, {QStringLiteral("decided_at"), QStringLiteral("2026-12-07T10:00:00.000Z")},
        {QStringLiteral("created_at"), QStringLiteral("2026-12-07T10:00:00.000Z")}, {QStringLiteral("created_by"), QStringLiteral("wang")},
        {QStringLiteral("updated_at"), QStringLiteral("2026-12-07T10:00:00.000Z")}, {QStringLiteral("updated_by"), QStringLiteral("wang")}};
    {
        HubDatabase::Transaction tx(*m_db);
        QVERIFY(sync.addDown(review).ok());
        QVERIFY(tx.commit().ok());
    }
    const SyncRunResult pulled = two.client->runAndWait();
    QVERIFY2(pulled.ok, qPrintable(pulled.message));
    QCOMPARE(pulled.pulledItems, 1);
    QSqlQuery check(two.db->connection());
    QVERIFY(check.exec(QStringLiteral("SELECT count(*) FROM record_reviews")) && check.next());
    QCOMPARE(check.value(0).toLongLong(), 1);
}

QTEST_GUILESS_MAIN(tst_HubPostgres)
#include "tst_hubpostgres.moc"
