// Tests for the desktop's sync client (SyncClient) against a hub in the same process: the real
// HubService behind the real HubHttp over TLS, trusting only the hub's self-signed certificate.
// Enrollment (pending until approved), a push of the station's records and a pull of what came
// down (a reviewer's return, applied and shown on the record), a record of a unit the station
// may not write quarantined while the rest go through, the hub gone in the middle (a clear
// network error, nothing lost, the next run sends the rest exactly once) and a 5xx retried.

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/NumberBlocks.h"
#include "storage/RecordStore.h"
#include "sync/HubDatabase.h"
#include "sync/HubHttp.h"
#include "sync/HubBlobs.h"
#include "sync/HubService.h"
#include "sync/ReviewClient.h"
#include "sync/SyncConflicts.h"
#include "sync/SyncClient.h"
#include "sync/SyncKeys.h"
#include "sync/SyncLedger.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ud;

namespace {

const QString kDistrict = QStringLiteral("110105");
const QString kStreet = QStringLiteral("110105015");
const QString kOtherStreet = QStringLiteral("110105021");

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

// Answers 503 to the next `failures` requests, then hands them to the real service.
class FlakyHandler : public HubHandler
{
public:
    explicit FlakyHandler(HubHandler &real) : m_real(real) {}
    int failures = 0;
    int seen = 0;
    HubResponse handle(const HubRequest &request) override
    {
        ++seen;
        if (failures > 0) {
            --failures;
            HubResponse r;
            r.status = 503;
            r.body = QByteArrayLiteral("{\"code\":\"busy\",\"message\":\"busy\"}");
            return r;
        }
        return m_real.handle(request);
    }

private:
    HubHandler &m_real;
};

} // namespace

class tst_SyncClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void enrollThenPushAndPull();
    void refusedRecordIsQuarantinedAndTheRestGoThrough();
    void hubGoneMidwayLosesNothing();
    void serverErrorsAreRetried();
    void noHubIsAClearMessage();
    void reviewRoundTrip();
    void conflictResolvedByAPerson();
    void samePersonAtTwoUnitsIsAPairToReview();
    void rewrittenHistoryIsSeenAtTheHub();
    void attachmentsGoOnceAndResume();

private:
    void startHub();
    void enrollAndApprove();
    QString createWorker(const QString &name, const QString &unit = {});

    QTemporaryDir m_files;
    QString m_certFile, m_keyFile, m_certPem;
    std::unique_ptr<QTemporaryDir> m_dir;
    SystemClock m_clock;
    std::unique_ptr<HubDatabase> m_hubDb;
    std::unique_ptr<HubService> m_service;
    std::unique_ptr<FlakyHandler> m_flaky;
    std::unique_ptr<HubHttp> m_http;
    quint16 m_port = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SyncClient> m_client;
    QString m_nodeId;
};

void tst_SyncClient::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false\nuniondesk.*.warning=false"));
    QVERIFY(QSslSocket::supportsSsl());
    const QString cli = qEnvironmentVariable("UD_CLI");
    QVERIFY2(QFileInfo(cli).isExecutable(), "UD_CLI names the uniondesk-cli binary (run through ctest)");
    m_certFile = m_files.filePath(QStringLiteral("hub.crt"));
    m_keyFile = m_files.filePath(QStringLiteral("hub.key"));
    QProcess p;
    p.start(cli, {QStringLiteral("hub"), QStringLiteral("cert"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                  QStringLiteral("--out-cert"), m_certFile, QStringLiteral("--out-key"), m_keyFile});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QFile f(m_certFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_certPem = QString::fromLatin1(f.readAll());
}

void tst_SyncClient::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
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
    m_flaky = std::make_unique<FlakyHandler>(*m_service);
    startHub();

    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("station.db")), Database::OpenMode::CreateIfMissing).ok());
    auto node = NodeIdentity::initialize(*m_db, kStreet, Tier::Street, QStringLiteral("八里庄街道工会服务站"), m_clock);
    QVERIFY2(node.ok(), qPrintable(node.error()));
    m_nodeId = node.value().nodeId;
    m_store = std::make_unique<RecordStore>(*m_db, &m_clock);
    m_store->setActor(QStringLiteral("zhang"));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<SyncClient>(*m_db, m_clock, *m_network);
    m_client->setRetryPolicy(3, 20);
    m_client->setTimeoutMs(10000);
}

void tst_SyncClient::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_store.reset();
    m_db.reset();
    m_http.reset();
    m_flaky.reset();
    m_service.reset();
    m_hubDb.reset();
    m_dir.reset();
}

void tst_SyncClient::startHub()
{
    m_http = std::make_unique<HubHttp>(*m_flaky);
    QVERIFY(m_http->setTls(m_certFile, m_keyFile).ok());
    const Status listening = m_http->listen(QHostAddress::LocalHost, m_port);
    QVERIFY2(listening.ok(), qPrintable(listening.error()));
    m_port = m_http->port();
}

void tst_SyncClient::enrollAndApprove()
{
    auto status = m_client->enroll(QStringLiteral("https://127.0.0.1:%1").arg(m_port), m_certPem);
    QVERIFY2(status.ok(), qPrintable(status.error()));
    QCOMPARE(status.value(), QStringLiteral("pending"));
    QVERIFY(m_service->store().approve(m_nodeId, QStringLiteral("desktop"), QString(), {}, QStringLiteral("admin")).ok());
}

QString tst_SyncClient::createWorker(const QString &name, const QString &unit)
{
    QVariantMap fields{{QStringLiteral("name"), name}};
    if (!unit.isEmpty())
        fields.insert(QStringLiteral("org_unit"), unit);
    auto rec = m_store->create(QStringLiteral("workers"), fields);
    return rec ? rec.value().id : QString();
}

void tst_SyncClient::enrollThenPushAndPull()
{
    auto status = m_client->enroll(QStringLiteral("https://127.0.0.1:%1").arg(m_port), m_certPem);
    QVERIFY2(status.ok(), qPrintable(status.error()));
    QCOMPARE(status.value(), QStringLiteral("pending"));
    QStringList ids;
    for (int i = 0; i < 1200; ++i)
        ids << createWorker(QStringLiteral("工人%1").arg(i));
    // Not approved yet: nothing leaves, the reason is plain.
    SyncRunResult r = m_client->runAndWait();
    QVERIFY(!r.ok);
    QCOMPARE(r.code, QStringLiteral("not_approved"));
    QCOMPARE(scalar(m_hubDb->connection(), QStringLiteral("SELECT count(*) FROM hub_records")).toLongLong(), 0);

    // Approved with a block of case numbers: from the first sync on, this desktop numbers from it.
    const QJsonArray blocks{QJsonObject{{QStringLiteral("series"), QStringLiteral("mediation_case")},
                                        {QStringLiteral("first"), 101},
                                        {QStringLiteral("last"), 200}}};
    QVERIFY(m_service->store().approve(m_nodeId, QStringLiteral("desktop"), QString(), blocks, QStringLiteral("admin")).ok());
    QSignalSpy progress(m_client.get(), &SyncClient::progress);
    r = m_client->runAndWait();
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.pushedRecords, 1200);
    QCOMPARE(r.pushedBatches, 3); // 500 + 500 + 200
    QVERIFY(progress.count() >= 3);
    QCOMPARE(scalar(m_hubDb->connection(), QStringLiteral("SELECT count(*) FROM hub_records WHERE origin_node = ?"), {m_nodeId})
                 .toLongLong(),
             1200);
    SyncLedger ledger(*m_db, m_clock);
    QCOMPARE(ledger.overview().pendingRecords, 0);
    QCOMPARE(ledger.states(QStringLiteral("workers"), {ids.first()}).value(ids.first()), RecordSyncState::Synced);
    {
        Database::Transaction tx(*m_db);
        auto number = NumberBlocks(*m_db).take(QStringLiteral("mediation_case"), m_clock.nowUtc().date().year());
        QVERIFY(number.ok() && number.value().has_value());
        QCOMPARE(*number.value(), 101);
        QVERIFY(tx.commit().ok());
    }
    QVERIFY(!ledger.overview().lastSuccessAt.isEmpty());

    // The district returns one record; the station sees it on its next pull.
    PullItem review;
    review.kind = PullKind::Review;
    review.record.table = QStringLiteral("record_reviews");
    review.record.id = QStringLiteral("0190f0a0-2222-7000-8000-000000000001");
    review.record.orgUnit = kStreet;
    review.record.originNode = QStringLiteral("0190f0a0-0000-7000-8000-0000000000d1");
    review.record.hlc = QStringLiteral("0001765098000000-00001");
    review.record.values = QJsonObject{
        {QStringLiteral("table_name"), QStringLiteral("workers")}, {QStringLiteral("record_id"), ids.at(5)},
        {QStringLiteral("record_version"), 1},                      {QStringLiteral("decision"), QStringLiteral("return")},
        {QStringLiteral("reason"), QStringLiteral("缺少联系电话")}, {QStringLiteral("reviewer"), QStringLiteral("王审核")},
        {QStringLiteral("reviewer_tier"), QStringLiteral("district")}, {QStringLiteral("decided_at"), QStringLiteral("2026-12-07T10:00:00.000Z")},
        {QStringLiteral("created_at"), QStringLiteral("2026-12-07T10:00:00.000Z")}, {QStringLiteral("created_by"), QStringLiteral("wang")},
        {QStringLiteral("updated_at"), QStringLiteral("2026-12-07T10:00:00.000Z")}, {QStringLiteral("updated_by"), QStringLiteral("wang")}};
    {
        HubDatabase::Transaction tx(*m_hubDb);
        QVERIFY(m_service->sync().addDown(review).ok());
        QVERIFY(tx.commit().ok());
    }
    r = m_client->runAndWait();
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.pulledItems, 1);
    QCOMPARE(ledger.states(QStringLiteral("workers"), {ids.at(5)}).value(ids.at(5)), RecordSyncState::Returned);
    // Edited after the return: waiting to be sent again, then at the hub in version 2.
    QVERIFY(m_store->update(QStringLiteral("workers"), ids.at(5), 1, {{QStringLiteral("phone"), QStringLiteral("13900000000")}}).ok());
    QCOMPARE(ledger.states(QStringLiteral("workers"), {ids.at(5)}).value(ids.at(5)), RecordSyncState::Pending);
    r = m_client->runAndWait();
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.pushedRecords, 1);
    QCOMPARE(scalar(m_hubDb->connection(), QStringLiteral("SELECT version FROM hub_records WHERE record_id = ?"), {ids.at(5)})
                 .toLongLong(),
             2);
    // The station's own check still finds nothing wrong after acknowledgements and a receive.
    const CheckReport report = m_db->check();
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void tst_SyncClient::refusedRecordIsQuarantinedAndTheRestGoThrough()
{
    enrollAndApprove();
    const QString good = createWorker(QStringLiteral("本街道"));
    const QString bad = createWorker(QStringLiteral("别的街道"), kOtherStreet);
    const QString good2 = createWorker(QStringLiteral("本街道二"));
    const SyncRunResult r = m_client->runAndWait();
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.refused, 1);
    SyncLedger ledger(*m_db, m_clock);
    const auto states = ledger.states(QStringLiteral("workers"), {good, bad, good2});
    QCOMPARE(states.value(good), RecordSyncState::Synced);
    QCOMPARE(states.value(bad), RecordSyncState::Error);
    QCOMPARE(states.value(good2), RecordSyncState::Synced);
    const QList<QuarantinedRecord> q = ledger.quarantined();
    QCOMPARE(q.size(), 1);
    QVERIFY2(q.first().reason.contains(kOtherStreet), qPrintable(q.first().reason));
    QCOMPARE(ledger.overview().pendingRecords, 0);
}

void tst_SyncClient::hubGoneMidwayLosesNothing()
{
    enrollAndApprove();
    for (int i = 0; i < 700; ++i)
        createWorker(QStringLiteral("工人%1").arg(i));
    // The hub answers the first batch, then goes away.
    int batches = 0;
    connect(m_client.get(), &SyncClient::progress, this, [&]() {
        if (++batches == 1)
            m_http->stop(0);
    });
    SyncRunResult r = m_client->runAndWait();
    QVERIFY(!r.ok);
    QCOMPARE(r.code, QStringLiteral("network"));
    QVERIFY2(r.message.contains(QStringLiteral("127.0.0.1")), qPrintable(r.message));
    disconnect(m_client.get(), &SyncClient::progress, this, nullptr);
    SyncLedger ledger(*m_db, m_clock);
    QCOMPARE(ledger.overview().lastErrorCode, QStringLiteral("network"));
    QVERIFY(ledger.overview().pendingRecords + ledger.overview().inFlightRecords == 200);

    startHub();
    r = m_client->runAndWait();
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(scalar(m_hubDb->connection(), QStringLiteral("SELECT count(*) FROM hub_records")).toLongLong(), 700);
    QCOMPARE(ledger.overview().pendingRecords, 0);
    QCOMPARE(ledger.overview().inFlightRecords, 0);
    QVERIFY(ledger.overview().lastError.isEmpty());
}

void tst_SyncClient::serverErrorsAreRetried()
{
    enrollAndApprove();
    createWorker(QStringLiteral("甲"));
    m_flaky->failures = 2; // the hello fails twice, the third attempt goes through
    const SyncRunResult r = m_client->runAndWait();
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.pushedRecords, 1);
    // Three failures in a row with three attempts: the run ends with the hub's words.
    createWorker(QStringLiteral("乙"));
    m_flaky->failures = 3;
    const SyncRunResult failed = m_client->runAndWait();
    QVERIFY(!failed.ok);
    QCOMPARE(SyncLedger(*m_db, m_clock).overview().pendingRecords, 1);
}

void tst_SyncClient::noHubIsAClearMessage()
{
    const SyncRunResult r = m_client->runAndWait();
    QVERIFY(!r.ok);
    QCOMPARE(r.code, QStringLiteral("no_hub"));
    QVERIFY(!r.message.isEmpty());
    auto wrong = m_client->enroll(QStringLiteral("ftp://example"), QString());
    QVERIFY(!wrong.ok());
}

void tst_SyncClient::reviewRoundTrip()
{
    enrollAndApprove();
    const QString a = createWorker(QStringLiteral("待审甲"));
    const QString b = createWorker(QStringLiteral("待审乙"));
    QVERIFY(m_client->runAndWait().ok);

    // The district reviewer's desktop: its own database, enrolled as a reviewer.
    Database reviewerDb;
    QVERIFY(reviewerDb.open(m_dir->filePath(QStringLiteral("reviewer.db")), Database::OpenMode::CreateIfMissing).ok());
    auto reviewerNode = NodeIdentity::initialize(reviewerDb, kDistrict, Tier::District, QStringLiteral("朝阳区总工会 王审核"), m_clock);
    QVERIFY(reviewerNode.ok());
    SyncClient reviewerSync(reviewerDb, m_clock, *m_network);
    QVERIFY(reviewerSync.enroll(QStringLiteral("https://127.0.0.1:%1").arg(m_port), m_certPem).ok());
    ReviewClient reviews(reviewerDb, m_clock, *m_network);
    // Not yet approved as a reviewer: refused in plain words.
    auto early = reviews.queue();
    QVERIFY(!early.ok());
    QVERIFY(m_service->store()
                .approve(reviewerNode.value().nodeId, QStringLiteral("reviewer"), QString(), {}, QStringLiteral("admin"))
                .ok());
    auto queue = reviews.queue(QStringLiteral("workers"));
    QVERIFY2(queue.ok(), qPrintable(queue.error()));
    QCOMPARE(queue.value().size(), 2);
    QCOMPARE(queue.value().at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("new"));
    QCOMPARE(queue.value().at(0).toObject().value(QStringLiteral("summary")).toString(), QStringLiteral("待审甲"));
    // A station's desktop may not review.
    ReviewClient notReviewer(*m_db, m_clock, *m_network);
    auto refused = notReviewer.queue();
    QVERIFY(!refused.ok());

    // Return without a reason: refused; with one: it reaches the station.
    QVERIFY(!reviews.decide(QStringLiteral("workers"), a, 1, QStringLiteral("return")).ok());
    auto returned = reviews.decide(QStringLiteral("workers"), a, 1, QStringLiteral("return"), QStringLiteral("缺少联系电话"));
    QVERIFY2(returned.ok(), qPrintable(returned.error()));
    QVERIFY(reviews.decide(QStringLiteral("workers"), b, 1, QStringLiteral("lock")).ok());
    QCOMPARE(reviews.queue(QStringLiteral("workers")).value().size(), 0); // nothing pending
    QCOMPARE(reviews.queue(QStringLiteral("workers"), QString(), QStringLiteral("returned")).value().size(), 1);
    SyncRunResult r = m_client->runAndWait();
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.pulledItems, 2);
    SyncLedger ledger(*m_db, m_clock);
    QCOMPARE(ledger.states(QStringLiteral("workers"), {a}).value(a), RecordSyncState::Returned);
    // The locked one can no longer be changed at the station.
    QVERIFY(!m_store->update(QStringLiteral("workers"), b, 1, {{QStringLiteral("phone"), QStringLiteral("1")}}).ok());
    // The returned one is corrected and sent again: it is back in the queue as changed.
    QVERIFY(m_store->update(QStringLiteral("workers"), a, 1, {{QStringLiteral("phone"), QStringLiteral("13800000001")}}).ok());
    QVERIFY(m_client->runAndWait().ok);
    queue = reviews.queue(QStringLiteral("workers"));
    QCOMPARE(queue.value().size(), 1);
    QCOMPARE(queue.value().at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("changed"));
    // Deciding on an older version than the hub has: refused, with what to do.
    auto stale = reviews.decide(QStringLiteral("workers"), a, 1, QStringLiteral("approve"));
    QVERIFY(!stale.ok());
    QVERIFY2(stale.error().contains(QStringLiteral("2")), qPrintable(stale.error()));
    QVERIFY(reviews.decide(QStringLiteral("workers"), a, 2, QStringLiteral("approve")).ok());
    QVERIFY(m_client->runAndWait().ok);
    QCOMPARE(ledger.states(QStringLiteral("workers"), {a}).value(a), RecordSyncState::Synced);
    auto shown = reviews.record(QStringLiteral("workers"), a);
    QVERIFY2(shown.ok(), qPrintable(shown.error()));
    QCOMPARE(shown.value().value(QStringLiteral("reviews")).toArray().size(), 2);
}

void tst_SyncClient::conflictResolvedByAPerson()
{
    enrollAndApprove();
    const QString a = createWorker(QStringLiteral("冲突甲"));
    QVERIFY(m_client->runAndWait().ok);
    // The same record changed elsewhere first: a copy of this station restored from a backup
    // pushed its own version 2.
    {
        HubDatabase::Transaction tx(*m_hubDb);
        const HubNode node = *m_service->store().node(m_nodeId);
        auto subtree = m_service->store().subtree(node.orgUnit);
        QVERIFY(subtree.ok());
        auto rec = m_store->get(QStringLiteral("workers"), a);
        QVERIFY(rec.ok());
        SyncRecord other = SyncLedger::wireRecord(rec.value(), 1);
        other.version = 2;
        other.hlc = QStringLiteral("0009000000000000-00000"); // later than this computer's edit below
        other.values.insert(QStringLiteral("phone"), QStringLiteral("110"));
        other.values.insert(QStringLiteral("address"), QStringLiteral("八里庄北里1号"));
        auto seq = m_service->sync().takeSeq(1);
        QVERIFY(seq.ok());
        QCOMPARE(m_service->sync().applyRecord(node, subtree.value(), other, seq.value()).status, RecordStatus::Ok);
        QVERIFY(tx.commit().ok());
    }
    QVERIFY(m_store->update(QStringLiteral("workers"), a, 1, {{QStringLiteral("phone"), QStringLiteral("13900000000")}}).ok());
    SyncRunResult r = m_client->runAndWait();
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.conflicts, 1);
    QCOMPARE(r.pulledItems, 1);
    SyncLedger ledger(*m_db, m_clock);
    QCOMPARE(ledger.overview().openConflicts, 1);
    // Nothing was overwritten silently: the record holds the version every tier keeps, the
    // other is kept beside it.
    auto now = m_store->get(QStringLiteral("workers"), a);
    QCOMPARE(now.value().value(QStringLiteral("phone")).toString(), QStringLiteral("110"));
    SyncConflicts conflicts(*m_db, m_clock);
    const QList<SyncConflict> open = conflicts.open();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().winner, QStringLiteral("remote"));
    QCOMPARE(open.first().differing, (QStringList{QStringLiteral("address"), QStringLiteral("phone")}));
    QCOMPARE(open.first().localValues.value(QStringLiteral("phone")).toString(), QStringLiteral("13900000000"));
    // A person keeps this computer's phone and the other version's address.
    QVERIFY(!conflicts.resolve(open.first().id, {{QStringLiteral("name"), QStringLiteral("local")}}, QStringLiteral("zhang")).ok());
    const Status resolved = conflicts.resolve(open.first().id, {{QStringLiteral("phone"), QStringLiteral("local")},
                                                                {QStringLiteral("address"), QStringLiteral("remote")}},
                                              QStringLiteral("zhang"));
    QVERIFY2(resolved.ok(), qPrintable(resolved.error()));
    now = m_store->get(QStringLiteral("workers"), a);
    QCOMPARE(now.value().value(QStringLiteral("phone")).toString(), QStringLiteral("13900000000"));
    QCOMPARE(now.value().value(QStringLiteral("address")).toString(), QStringLiteral("八里庄北里1号"));
    QCOMPARE(now.value().version, 3);
    QCOMPARE(conflicts.open().size(), 0);
    // The resolution goes up as an ordinary change and settles the conflict at the hub.
    r = m_client->runAndWait();
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.conflicts, 0);
    QCOMPARE(scalar(m_hubDb->connection(), QStringLiteral("SELECT version FROM hub_records WHERE record_id = ?"), {a}).toLongLong(), 3);
    QCOMPARE(scalar(m_hubDb->connection(), QStringLiteral("SELECT count(*) FROM hub_conflicts WHERE resolved_at IS NULL")).toLongLong(), 0);
    const CheckReport report = m_db->check();
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void tst_SyncClient::samePersonAtTwoUnitsIsAPairToReview()
{
    enrollAndApprove();
    QVERIFY(m_store->create(QStringLiteral("workers"), {{QStringLiteral("name"), QStringLiteral("张伟")},
                                                        {QStringLiteral("id_number"), QStringLiteral("11010519491231002X")}})
                .ok());
    QVERIFY(m_client->runAndWait().ok);
    // Another street registered the same person.
    Database other;
    QVERIFY(other.open(m_dir->filePath(QStringLiteral("other.db")), Database::OpenMode::CreateIfMissing).ok());
    auto otherNode = NodeIdentity::initialize(other, kOtherStreet, Tier::Street, QStringLiteral("另一街道"), m_clock);
    QVERIFY(otherNode.ok());
    RecordStore otherStore(other, &m_clock);
    QVERIFY(otherStore.create(QStringLiteral("workers"), {{QStringLiteral("name"), QStringLiteral("张伟")},
                                                          {QStringLiteral("id_number"), QStringLiteral("11010519491231002x")}})
                .ok());
    SyncClient otherClient(other, m_clock, *m_network);
    QVERIFY(otherClient.enroll(QStringLiteral("https://127.0.0.1:%1").arg(m_port), m_certPem).ok());
    QVERIFY(m_service->store().approve(otherNode.value().nodeId, QStringLiteral("desktop"), QString(), {}, QStringLiteral("admin")).ok());
    const SyncRunResult r = otherClient.runAndWait();
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.refused, 0); // not an error at the hub
    QCOMPARE(scalar(m_hubDb->connection(), QStringLiteral("SELECT count(*) FROM hub_records WHERE table_name = 'workers'")).toLongLong(), 2);

    Database reviewerDb;
    QVERIFY(reviewerDb.open(m_dir->filePath(QStringLiteral("reviewer.db")), Database::OpenMode::CreateIfMissing).ok());
    auto reviewer = NodeIdentity::initialize(reviewerDb, kDistrict, Tier::District, QStringLiteral("王审核"), m_clock);
    SyncClient reviewerSync(reviewerDb, m_clock, *m_network);
    QVERIFY(reviewerSync.enroll(QStringLiteral("https://127.0.0.1:%1").arg(m_port), m_certPem).ok());
    QVERIFY(m_service->store().approve(reviewer.value().nodeId, QStringLiteral("reviewer"), QString(), {}, QStringLiteral("admin")).ok());
    ReviewClient reviews(reviewerDb, m_clock, *m_network);
    auto pairs = reviews.duplicates();
    QVERIFY2(pairs.ok(), qPrintable(pairs.error()));
    QCOMPARE(pairs.value().size(), 1);
    const QJsonObject pair = pairs.value().first().toObject();
    QCOMPARE(pair.value(QStringLiteral("key_kind")).toString(), QStringLiteral("id_number"));
    // Masked: the reviewer sees the person, not the whole number.
    QCOMPARE(pair.value(QStringLiteral("a")).toObject().value(QStringLiteral("key")).toString().count(QLatin1Char('*')), 8);
    QVERIFY(pair.value(QStringLiteral("a")).toObject().value(QStringLiteral("org_unit")).toString()
            != pair.value(QStringLiteral("b")).toObject().value(QStringLiteral("org_unit")).toString());
    QVERIFY(reviews
                .judgeDuplicate(QStringLiteral("workers"), pair.value(QStringLiteral("b")).toObject().value(QStringLiteral("id")).toString(),
                                pair.value(QStringLiteral("a")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("same"))
                .ok());
    QCOMPARE(reviews.duplicates().value().size(), 0);
    QCOMPARE(reviews.duplicates(QStringLiteral("all")).value().size(), 1);
}

void tst_SyncClient::rewrittenHistoryIsSeenAtTheHub()
{
    enrollAndApprove();
    createWorker(QStringLiteral("甲"));
    QVERIFY(m_client->runAndWait().ok);
    createWorker(QStringLiteral("乙"));
    QVERIFY(m_client->runAndWait().ok);
    const QString problem = QStringLiteral("SELECT audit_problem FROM hub_checkpoints WHERE node_id = ?");
    QCOMPARE(scalar(m_hubDb->connection(), problem, {m_nodeId}).toString(), QString()); // an honest history
    // Someone with the file rewrites the entry the hub saw last as the head.
    const qint64 head = scalar(m_hubDb->connection(), QStringLiteral("SELECT audit_seq FROM hub_checkpoints WHERE node_id = ?"), {m_nodeId})
                            .toLongLong();
    QVERIFY(head > 0);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE seq = %2").arg(QString(64, QLatin1Char('e'))).arg(head)));
    createWorker(QStringLiteral("丙"));
    QVERIFY(m_client->runAndWait().ok);
    const QString seen = scalar(m_hubDb->connection(), problem, {m_nodeId}).toString();
    QVERIFY2(seen.contains(QString::number(head)), qPrintable(seen));
    QVERIFY(!m_service->store().auditProblems(m_nodeId).isEmpty());
}

void tst_SyncClient::attachmentsGoOnceAndResume()
{
    enrollAndApprove();
    // A scanned document of 2.5 MB, attached to a case (the case itself does not matter here).
    QByteArray scan(2 * 1024 * 1024 + 512 * 1024, Qt::Uninitialized);
    QRandomGenerator gen(7);
    for (char &c : scan)
        c = static_cast<char>(gen.bounded(256));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(scan, QCryptographicHash::Sha256).toHex());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    q.prepare(QStringLiteral("INSERT INTO attachment_blobs (sha256, data) VALUES (?, ?)"));
    q.addBindValue(sha);
    q.addBindValue(scan);
    QVERIFY(q.exec());
    const auto attach = [&](const QString &name) {
        return m_store->create(QStringLiteral("mediation_attachments"),
                               {{QStringLiteral("case_id"), QStringLiteral("0190f0a0-3333-7000-8000-000000000001")},
                                {QStringLiteral("file_name"), name},
                                {QStringLiteral("size_bytes"), scan.size()},
                                {QStringLiteral("sha256"), sha}})
            .ok();
    };
    QVERIFY(attach(QStringLiteral("工资条.pdf")));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    // An upload that stopped after the first megabyte.
    {
        HubBlobs blobs(m_service->store());
        const HubNode node = *m_service->store().node(m_nodeId);
        QVERIFY(blobs.put(node, sha, 0, scan.size(), scan.left(1024 * 1024)).ok());
    }
    SyncRunResult r = m_client->runAndWait();
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.uploadedChunks, 2); // the second megabyte and the last half: from where it stopped
    HubBlobs blobs(m_service->store());
    QCOMPARE(blobs.read(sha), scan);
    // The same file attached again: not sent again.
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    QVERIFY(attach(QStringLiteral("工资条-副本.pdf")));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    r = m_client->runAndWait();
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.uploadedChunks, 0);
    // A chunk that does not belong to the file is refused; so is a whole file that hashes wrong.
    const HubNode node = *m_service->store().node(m_nodeId);
    const QString other = QString(64, QLatin1Char('a'));
    QVERIFY(!blobs.put(node, other, 5, 10, QByteArray(5, 'x')).ok());
    auto wrong = blobs.put(node, other, 0, 10, QByteArray(10, 'x'));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.refusal.code, QStringLiteral("hash_mismatch"));
    QVERIFY(blobs.read(other).isEmpty());
}

QTEST_GUILESS_MAIN(tst_SyncClient)
#include "tst_syncclient.moc"
