// Tests for the hub's logic behind HTTP (HubService, HubSync, HubStore; docs/sync.md) on SQLite
// and on PostgreSQL: enrollment (signed request, approval by the administrator, revocation),
// authentication of every request (unknown node, bad signature, replayed nonce, clock skew,
// not yet approved), malformed and oversized bodies, a push answered record by record (ok,
// duplicate, conflict, forbidden, invalid) with the others going through, a repeated batch
// answered from the store, the checkpoint, conflicts kept with the same winner, and pull by
// subtree. The requests are built and signed as the client builds them.

#include "PgTestServer.h"

#include "core/CanonicalJson.h"
#include "core/Clock.h"
#include "sync/HubBlobs.h"
#include "sync/HubDatabase.h"
#include "sync/HubReviews.h"
#include "sync/HubService.h"
#include "sync/RequestSignature.h"
#include "sync/SyncCodec.h"
#include "sync/SyncKeys.h"
#include "sync/SyncMessages.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QUrlQuery>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ud;

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
const QString kDistrict = QStringLiteral("110105");   // 朝阳区
const QString kStreet = QStringLiteral("110105015");  // a street of 朝阳区
const QString kOtherStreet = QStringLiteral("110105021");
const QString kOtherDistrict = QStringLiteral("110108"); // 海淀区

struct TestNode
{
    QString id;
    QString unit;
    SyncKeys keys = SyncKeys::generate();
};

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

SyncRecord worker(const TestNode &node, const QString &id, qint64 version, qint64 base, const QString &hlc,
                  const QString &name, const QString &unit = {})
{
    SyncRecord r;
    r.table = QStringLiteral("workers");
    r.id = id;
    r.orgUnit = unit.isEmpty() ? node.unit : unit;
    r.originNode = node.id;
    r.version = version;
    r.baseVersion = base;
    r.hlc = hlc;
    r.values = QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("phone"), QStringLiteral("138")}};
    return r;
}

} // namespace

class tst_HubService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void enrollmentIsSignedAndWaitsForApproval_data() { rows(); }
    void enrollmentIsSignedAndWaitsForApproval();
    void requestsAreAuthenticated_data() { rows(); }
    void requestsAreAuthenticated();
    void badBodiesGet4xxAndTheHubGoesOn_data() { rows(); }
    void badBodiesGet4xxAndTheHubGoesOn();
    void pushAnswersRecordByRecord_data() { rows(); }
    void pushAnswersRecordByRecord();
    void repeatedBatchGetsTheStoredAnswer_data() { rows(); }
    void repeatedBatchGetsTheStoredAnswer();
    void conflictKeepsBothWithTheSameWinner_data() { rows(); }
    void conflictKeepsBothWithTheSameWinner();
    void pullGivesWhatFlowsDownToTheSubtree_data() { rows(); }
    void pullGivesWhatFlowsDownToTheSubtree();
    void revokedNodeIsRefused_data() { rows(); }
    void revokedNodeIsRefused();
    void approvalChecksUnitAndBlocks_data() { rows(); }
    void approvalChecksUnitAndBlocks();
    void queueNamesCasesByNumber_data() { rows(); }
    void queueNamesCasesByNumber();
    void filesInChunks_data() { rows(); }
    void filesInChunks();

private:
    void rows();
    HubRequest request(const TestNode &node, const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body,
                       bool sign = true);
    HubResponse call(const HubRequest &r) { return m_service->handle(r); }
    QJsonObject bodyOf(const HubResponse &r);
    TestNode enrolled(const QString &unit, const QString &kind = QStringLiteral("desktop"));
    PushRequest batch(const TestNode &node, const QList<SyncRecord> &records, qint64 fromSeq, qint64 toSeq);

    std::unique_ptr<QTemporaryDir> m_dir;
    HubDbSettings m_settings;
    bool m_pgCreated = false;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<HubDatabase> m_db;
    std::unique_ptr<HubService> m_service;
    int m_nodes = 0;
};

void tst_HubService::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
}

void tst_HubService::rows()
{
    QTest::addColumn<QString>("driver");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgres") << QStringLiteral("postgres");
}

void tst_HubService::init()
{
    QFETCH(QString, driver);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_pgCreated = false;
    if (driver == QLatin1String("sqlite")) {
        m_settings = HubDbSettings();
        m_settings.path = m_dir->filePath(QStringLiteral("hub.db"));
    } else {
        if (!PgTestServer::configured())
            QSKIP("UD_PG_ENV is not set: run through ctest (fixture ud_pg) to test PostgreSQL");
        auto db = PgTestServer::createDatabase(QStringLiteral("ud_hubsvc"));
        QVERIFY2(db.ok(), qPrintable(QStringLiteral("the PostgreSQL test server is not usable: ") + db.error()));
        m_settings = db.value();
        m_pgCreated = true;
    }
    auto opened = HubDatabase::open(m_settings);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_db = opened.take();
    m_clock = std::make_unique<ManualClock>(kStart);
    m_service = std::make_unique<HubService>(*m_db, *m_clock);
    QVERIFY(m_service->store().seedOrgUnits().ok());
    const Status id = m_service->store().setIdentity(
        HubIdentityRow{QStringLiteral("0190f0a0-0000-7000-8000-0000000000d1"), kDistrict, QStringLiteral("district"),
                       QStringLiteral("朝阳区总工会"), SyncKeys::generate().publicKeyBase64()});
    QVERIFY2(id.ok(), qPrintable(id.error()));
    m_nodes = 0;
}

void tst_HubService::cleanup()
{
    m_service.reset();
    m_db.reset();
    if (m_pgCreated)
        PgTestServer::dropDatabase(m_settings);
    m_pgCreated = false;
    m_dir.reset();
}

HubRequest tst_HubService::request(const TestNode &node, const QByteArray &method, const QString &pathAndQuery,
                                   const QJsonObject &body, bool sign)
{
    HubRequest r;
    r.method = method;
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    r.path = q < 0 ? pathAndQuery : pathAndQuery.left(q);
    r.query = q < 0 ? QString() : pathAndQuery.mid(q + 1);
    bool compressed = false;
    if (!body.isEmpty())
        r.body = SyncCodec::encodeBody(body, &compressed);
    if (compressed)
        r.headers.append({QByteArrayLiteral("content-encoding"), SyncCodec::contentEncoding(r.body, compressed)});
    if (sign) {
        for (const auto &h : RequestSignature::sign(node.keys, node.id, method, pathAndQuery, r.body, m_clock->nowUtc()))
            r.headers.append({h.first.toLower(), h.second});
    }
    return r;
}

QJsonObject tst_HubService::bodyOf(const HubResponse &r)
{
    bool compressed = false;
    for (const auto &h : r.headers)
        if (h.first.toLower() == "content-encoding" && (h.second == "deflate" || h.second == "zstd"))
            compressed = true;
    auto decoded = SyncCodec::decodeBody(r.body, compressed, 64 * 1024 * 1024);
    return decoded ? decoded.value() : QJsonObject();
}

TestNode tst_HubService::enrolled(const QString &unit, const QString &kind)
{
    TestNode n;
    n.id = QStringLiteral("0190f0a0-0000-7000-8000-%1").arg(++m_nodes, 12, 10, QLatin1Char('0'));
    n.unit = unit;
    EnrollRequest e;
    e.nodeId = n.id;
    e.orgUnit = unit;
    e.tier = unit.size() == 6 ? Tier::District : Tier::Street;
    e.displayName = QStringLiteral("测试站点 %1").arg(m_nodes);
    e.madeAt = m_clock->nowUtc();
    e.sign(n.keys);
    const HubResponse r = call(request(n, "POST", QStringLiteral("/sync/v1/enroll"), e.toJson(), false));
    if (r.status != 200)
        qWarning() << "enroll:" << r.status << r.body;
    const Status ok = m_service->store().approve(n.id, kind, QString(), QJsonArray(), QStringLiteral("admin"));
    if (!ok)
        qWarning() << "approve:" << ok.error();
    m_clock->advanceMs(10);
    return n;
}

PushRequest tst_HubService::batch(const TestNode &node, const QList<SyncRecord> &records, qint64 fromSeq, qint64 toSeq)
{
    PushRequest p;
    p.nodeId = node.id;
    p.dbEpoch = QStringLiteral("epoch-1");
    p.schema = 18;
    p.batchId = QStringLiteral("0190f0a0-bbbb-7000-8000-%1").arg(fromSeq, 12, 10, QLatin1Char('0'));
    p.fromSeq = fromSeq;
    p.toSeq = toSeq;
    p.auditHead.seq = toSeq * 3;
    p.auditHead.hash = QString(64, QLatin1Char('a'));
    p.records = records;
    return p;
}

void tst_HubService::enrollmentIsSignedAndWaitsForApproval()
{
    TestNode n;
    n.id = QStringLiteral("0190f0a0-0000-7000-8000-00000000e001");
    n.unit = kStreet;
    EnrollRequest e;
    e.nodeId = n.id;
    e.orgUnit = kStreet;
    e.tier = Tier::Street;
    e.displayName = QStringLiteral("八里庄街道工会服务站");
    e.madeAt = m_clock->nowUtc();
    e.sign(n.keys);
    // A request whose signature does not match its key is refused.
    EnrollRequest forged = e;
    forged.displayName = QStringLiteral("伪造");
    HubResponse r = call(request(n, "POST", QStringLiteral("/sync/v1/enroll"), forged.toJson(), false));
    QCOMPARE(r.status, 401);
    QCOMPARE(bodyOf(r).value(QStringLiteral("code")).toString(), QStringLiteral("bad_signature"));

    r = call(request(n, "POST", QStringLiteral("/sync/v1/enroll"), e.toJson(), false));
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(bodyOf(r).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(bodyOf(r).value(QStringLiteral("fingerprint")).toString(), n.keys.fingerprint());

    // Pending: hello says so, push is refused.
    HelloRequest h;
    h.nodeId = n.id;
    h.dbEpoch = QStringLiteral("epoch-1");
    h.schema = 18;
    r = call(request(n, "POST", QStringLiteral("/sync/v1/hello"), h.toJson()));
    QVERIFY2(r.status == 200, QJsonDocument(bodyOf(r)).toJson().constData());
    auto hello = HelloReply::fromJson(bodyOf(r));
    QVERIFY2(hello.ok(), qPrintable(hello.error()));
    QCOMPARE(hello.value().enrollmentStatus, EnrollmentStatus::Pending);
    r = call(request(n, "POST", QStringLiteral("/sync/v1/push"), batch(n, {}, 1, 1).toJson()));
    QCOMPARE(r.status, 403);
    QCOMPARE(bodyOf(r).value(QStringLiteral("code")).toString(), QStringLiteral("not_approved"));

    // The same node with another key is refused; with its own key it stays pending.
    TestNode impostor = n;
    impostor.keys = SyncKeys::generate();
    EnrollRequest other = e;
    other.sign(impostor.keys);
    r = call(request(impostor, "POST", QStringLiteral("/sync/v1/enroll"), other.toJson(), false));
    QCOMPARE(r.status, 409);

    // Approved with number blocks: hello hands them over.
    const QJsonArray blocks{QJsonObject{{QStringLiteral("series"), QStringLiteral("mediation_case")},
                                        {QStringLiteral("first"), 101},
                                        {QStringLiteral("last"), 200}}};
    QVERIFY(m_service->store().approve(n.id, QStringLiteral("desktop"), QString(), blocks, QStringLiteral("admin")).ok());
    m_clock->advanceMs(10);
    r = call(request(n, "POST", QStringLiteral("/sync/v1/hello"), h.toJson()));
    QCOMPARE(r.status, 200);
    hello = HelloReply::fromJson(bodyOf(r));
    QVERIFY(hello.ok());
    QCOMPARE(hello.value().enrollmentStatus, EnrollmentStatus::Approved);
    QCOMPARE(hello.value().enrollmentOrgUnit, kStreet);
    QCOMPARE(hello.value().blocks.size(), 1);
    QCOMPARE(hello.value().blocks.first().first, 101);
}

void tst_HubService::requestsAreAuthenticated()
{
    const TestNode n = enrolled(kStreet);
    HelloRequest h;
    h.nodeId = n.id;
    h.dbEpoch = QStringLiteral("epoch-1");
    h.schema = 18;
    HubRequest good = request(n, "POST", QStringLiteral("/sync/v1/hello"), h.toJson());
    QCOMPARE(call(good).status, 200);
    // The same request again: its nonce was used.
    HubResponse r = call(good);
    QCOMPARE(r.status, 401);
    QCOMPARE(bodyOf(r).value(QStringLiteral("code")).toString(), QStringLiteral("replayed"));
    // Unsigned.
    r = call(request(n, "POST", QStringLiteral("/sync/v1/hello"), h.toJson(), false));
    QCOMPARE(r.status, 401);
    // Signed by another key.
    TestNode wrongKey = n;
    wrongKey.keys = SyncKeys::generate();
    r = call(request(wrongKey, "POST", QStringLiteral("/sync/v1/hello"), h.toJson()));
    QCOMPARE(r.status, 401);
    QCOMPARE(bodyOf(r).value(QStringLiteral("code")).toString(), QStringLiteral("bad_signature"));
    // A node the hub does not know.
    TestNode stranger;
    stranger.id = QStringLiteral("0190f0a0-0000-7000-8000-0000000000ee");
    r = call(request(stranger, "POST", QStringLiteral("/sync/v1/hello"), h.toJson()));
    QCOMPARE(r.status, 401);
    QCOMPARE(bodyOf(r).value(QStringLiteral("code")).toString(), QStringLiteral("unknown_node"));
    // The body changed after signing.
    HubRequest altered = request(n, "POST", QStringLiteral("/sync/v1/hello"), h.toJson());
    altered.body.append(' ');
    QCOMPARE(call(altered).status, 401);
    // A clock 10 minutes off: refused with the hub's time, so the desktop can say by how much.
    HubRequest late = request(n, "POST", QStringLiteral("/sync/v1/hello"), h.toJson());
    m_clock->advanceMs(10 * 60 * 1000);
    r = call(late);
    QCOMPARE(r.status, 401);
    QCOMPARE(bodyOf(r).value(QStringLiteral("code")).toString(), QStringLiteral("clock_skew"));
    QVERIFY(bodyOf(r).contains(QStringLiteral("hub_time")));
    // A hello that names another node than the signer.
    HelloRequest otherNode = h;
    otherNode.nodeId = QStringLiteral("0190f0a0-0000-7000-8000-0000000000ef");
    QCOMPARE(call(request(n, "POST", QStringLiteral("/sync/v1/hello"), otherNode.toJson())).status, 403);
}

void tst_HubService::badBodiesGet4xxAndTheHubGoesOn()
{
    const TestNode n = enrolled(kStreet);
    const auto raw = [&](const QByteArray &body, const QByteArray &encoding = {}) {
        HubRequest r;
        r.method = "POST";
        r.path = QStringLiteral("/sync/v1/push");
        r.body = body;
        if (!encoding.isEmpty())
            r.headers.append({QByteArrayLiteral("content-encoding"), encoding});
        for (const auto &h : RequestSignature::sign(n.keys, n.id, "POST", r.path, r.body, m_clock->nowUtc()))
            r.headers.append({h.first.toLower(), h.second});
        return call(r);
    };
    QCOMPARE(raw("{not json").status, 400);
    QCOMPARE(raw("[1,2,3]").status, 400);
    QCOMPARE(raw("garbage", "deflate").status, 400);
    QCOMPARE(raw("garbage", "zstd").status, 400);
    QCOMPARE(raw("{}", "br").status, 415);
    // A body whose first bytes say another compression than its Content-Encoding.
    const QByteArray json = CanonicalJson::fromObject(QJsonObject{{QStringLiteral("protocol"), 1}});
    HubResponse mismatch = raw(SyncCodec::zstdCompress(json), "deflate");
    QCOMPARE(mismatch.status, 400);
    QCOMPARE(bodyOf(mismatch).value(QStringLiteral("code")).toString(), QStringLiteral("bad_encoding"));
    QCOMPARE(raw(SyncCodec::deflate(json), "zstd").status, 400);
    // Either compression, said rightly, is read (then refused for what it says: 422).
    QCOMPARE(raw(SyncCodec::zstdCompress(json), "zstd").status, 422);
    QCOMPARE(raw(SyncCodec::deflate(json), "deflate").status, 422);
    QCOMPARE(raw("{\"protocol\":1}").status, 422);
    // A zip bomb: 64 MB of zeros deflated to a few kB.
    const QByteArray bomb = SyncCodec::deflate(QByteArray(64 * 1024 * 1024, ' '));
    QCOMPARE(raw(bomb, "deflate").status, 413);
    // 501 records.
    QList<SyncRecord> many;
    for (int i = 0; i < 501; ++i)
        many << worker(n, QStringLiteral("0190f0a0-1111-7000-8000-%1").arg(i, 12, 10, QLatin1Char('0')), 1, 0,
                       QStringLiteral("0001765098000000-00001"), QStringLiteral("某"));
    QJsonObject tooMany = batch(n, {}, 1, 501).toJson();
    QJsonArray list;
    for (const SyncRecord &r : many)
        list.append(r.toJson());
    tooMany.insert(QStringLiteral("records"), list);
    QCOMPARE(call(request(n, "POST", QStringLiteral("/sync/v1/push"), tooMany)).status, 413);
    // Unknown paths and methods.
    QCOMPARE(call(request(n, "GET", QStringLiteral("/sync/v1/push"), {})).status, 405);
    QCOMPARE(call(request(n, "GET", QStringLiteral("/admin"), {})).status, 404);
    QCOMPARE(call(request(n, "GET", QStringLiteral("/sync/v1/pull?since=abc"), {})).status, 400);
    // And the next good request is served.
    const HubResponse ok = call(request(n, "POST", QStringLiteral("/sync/v1/push"),
                                        batch(n, {worker(n, QStringLiteral("0190f0a0-1111-7000-8000-000000000001"), 1, 0,
                                                         QStringLiteral("0001765098000000-00001"), QStringLiteral("甲"))},
                                              1, 1)
                                            .toJson()));
    QCOMPARE(ok.status, 200);
}

void tst_HubService::pushAnswersRecordByRecord()
{
    const TestNode n = enrolled(kStreet);
    const QString a = QStringLiteral("0190f0a0-1111-7000-8000-00000000000a");
    QList<SyncRecord> records{
        worker(n, a, 1, 0, QStringLiteral("0001765098000000-00001"), QStringLiteral("甲")),
        // Another district's unit: not this node's to write.
        worker(n, QStringLiteral("0190f0a0-1111-7000-8000-00000000000b"), 1, 0, QStringLiteral("0001765098000000-00002"),
               QStringLiteral("乙"), QStringLiteral("110108001")),
        // Another street of the same district: not under this street either.
        worker(n, QStringLiteral("0190f0a0-1111-7000-8000-00000000000c"), 1, 0, QStringLiteral("0001765098000000-00003"),
               QStringLiteral("丙"), kOtherStreet),
    };
    SyncRecord reference = worker(n, QStringLiteral("0190f0a0-1111-7000-8000-00000000000d"), 1, 0,
                                  QStringLiteral("0001765098000000-00004"), QStringLiteral("丁"));
    reference.table = QStringLiteral("policy_values"); // flows down only
    records << reference;
    SyncRecord foreign = worker(n, QStringLiteral("0190f0a0-1111-7000-8000-00000000000e"), 1, 0,
                                QStringLiteral("0001765098000000-00005"), QStringLiteral("戊"));
    foreign.originNode = QStringLiteral("0190f0a0-0000-7000-8000-0000000000ff"); // made by another desktop
    records << foreign;
    QJsonObject body = batch(n, records, 1, 9).toJson();
    QJsonArray list = body.value(QStringLiteral("records")).toArray();
    list.insert(2, QJsonObject{{QStringLiteral("table"), QStringLiteral("workers")}, {QStringLiteral("id"), QStringLiteral("x")}});
    body.insert(QStringLiteral("records"), list);
    const HubResponse r = call(request(n, "POST", QStringLiteral("/sync/v1/push"), body));
    QCOMPARE(r.status, 200);
    auto reply = PushReply::fromJson(bodyOf(r));
    QVERIFY2(reply.ok(), qPrintable(reply.error()));
    QCOMPARE(reply.value().ackedToSeq, 9);
    QCOMPARE(reply.value().results.size(), 6);
    QCOMPARE(reply.value().results.at(0).status, RecordStatus::Ok);
    QCOMPARE(reply.value().results.at(1).status, RecordStatus::Forbidden);
    QVERIFY(reply.value().results.at(1).reason.contains(QStringLiteral("110108001")));
    QCOMPARE(reply.value().results.at(2).status, RecordStatus::Invalid); // the unreadable one, in its place
    QCOMPARE(reply.value().results.at(3).status, RecordStatus::Forbidden);
    QCOMPARE(reply.value().results.at(4).status, RecordStatus::Forbidden);
    QCOMPARE(reply.value().results.at(5).status, RecordStatus::Forbidden);
    const QSqlDatabase db = m_db->connection();
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM hub_records")).toLongLong(), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT origin_node FROM hub_records WHERE record_id = ?"), {a}).toString(), n.id);
    QCOMPARE(scalar(db, QStringLiteral("SELECT acked_to_seq FROM hub_checkpoints WHERE node_id = ?"), {n.id}).toLongLong(), 9);
    QCOMPARE(scalar(db, QStringLiteral("SELECT audit_seq FROM hub_checkpoints WHERE node_id = ?"), {n.id}).toLongLong(), 27);

    // The next version, based on the accepted one: ok. The same again in a new batch: duplicate.
    const SyncRecord v2 = worker(n, a, 2, 1, QStringLiteral("0001765098000000-00009"), QStringLiteral("甲二"));
    m_clock->advanceMs(10);
    auto second = PushReply::fromJson(bodyOf(call(request(n, "POST", QStringLiteral("/sync/v1/push"),
                                                          batch(n, {v2}, 10, 10).toJson()))));
    QVERIFY(second.ok());
    QCOMPARE(second.value().results.at(0).status, RecordStatus::Ok);
    m_clock->advanceMs(10);
    auto third = PushReply::fromJson(bodyOf(call(request(n, "POST", QStringLiteral("/sync/v1/push"),
                                                         batch(n, {v2}, 11, 11).toJson()))));
    QVERIFY(third.ok());
    QCOMPARE(third.value().results.at(0).status, RecordStatus::Duplicate);
    QCOMPARE(scalar(db, QStringLiteral("SELECT version FROM hub_records WHERE record_id = ?"), {a}).toLongLong(), 2);
}

void tst_HubService::repeatedBatchGetsTheStoredAnswer()
{
    const TestNode n = enrolled(kStreet);
    const PushRequest p = batch(n, {worker(n, QStringLiteral("0190f0a0-1111-7000-8000-000000000021"), 1, 0,
                                           QStringLiteral("0001765098000000-00001"), QStringLiteral("甲"))},
                                1, 3);
    const HubResponse first = call(request(n, "POST", QStringLiteral("/sync/v1/push"), p.toJson()));
    QCOMPARE(first.status, 200);
    const qint64 seqAfterFirst = scalar(m_db->connection(), QStringLiteral("SELECT max(seq) FROM hub_records")).toLongLong();
    m_clock->advanceMs(10);
    // The same batch (a lost answer): the same answer, nothing written again.
    const HubResponse again = call(request(n, "POST", QStringLiteral("/sync/v1/push"), p.toJson()));
    QCOMPARE(again.status, 200);
    QCOMPARE(bodyOf(again), bodyOf(first));
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT max(seq) FROM hub_records")).toLongLong(), seqAfterFirst);
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM hub_batches")).toLongLong(), 1);
}

void tst_HubService::conflictKeepsBothWithTheSameWinner()
{
    const TestNode n = enrolled(kStreet);
    const QString id = QStringLiteral("0190f0a0-1111-7000-8000-000000000031");
    QCOMPARE(call(request(n, "POST", QStringLiteral("/sync/v1/push"),
                          batch(n, {worker(n, id, 1, 0, QStringLiteral("0001765098000000-00001"), QStringLiteral("甲"))}, 1, 1)
                              .toJson()))
                 .status,
             200);
    m_clock->advanceMs(10);
    QCOMPARE(call(request(n, "POST", QStringLiteral("/sync/v1/push"),
                          batch(n, {worker(n, id, 3, 1, QStringLiteral("0001765098000000-00005"), QStringLiteral("甲三"))}, 2, 2)
                              .toJson()))
                 .status,
             200);
    // The node restored from an old backup edits version 1 again: version 2, based on 1, while
    // the hub holds 3 -> conflict; the higher version (3) wins here as at every tier.
    m_clock->advanceMs(10);
    const SyncRecord rewound = worker(n, id, 2, 1, QStringLiteral("0001765098000000-00009"), QStringLiteral("甲改"));
    auto reply = PushReply::fromJson(bodyOf(call(request(n, "POST", QStringLiteral("/sync/v1/push"),
                                                         batch(n, {rewound}, 3, 3).toJson()))));
    QVERIFY2(reply.ok(), qPrintable(reply.error()));
    QCOMPARE(reply.value().results.at(0).status, RecordStatus::Conflict);
    QVERIFY(reply.value().results.at(0).winner.has_value());
    QCOMPARE(reply.value().results.at(0).winner->version, 3);
    const QSqlDatabase db = m_db->connection();
    QCOMPARE(scalar(db, QStringLiteral("SELECT version FROM hub_records WHERE record_id = ?"), {id}).toLongLong(), 3);
    QCOMPARE(scalar(db, QStringLiteral("SELECT loser_version FROM hub_conflicts WHERE record_id = ?"), {id}).toLongLong(), 2);
    QVERIFY(scalar(db, QStringLiteral("SELECT loser_body FROM hub_conflicts WHERE record_id = ?"), {id})
                .toString()
                .contains(QStringLiteral("甲改")));
    // The station learns of it on its next pull, with both versions.
    m_clock->advanceMs(10);
    auto pulled = PullReply::fromJson(bodyOf(call(request(n, "GET", QStringLiteral("/sync/v1/pull?since=0"), {}))));
    QVERIFY2(pulled.ok(), qPrintable(pulled.error()));
    QCOMPARE(pulled.value().items.size(), 1);
    QCOMPARE(pulled.value().items.at(0).kind, PullKind::Conflict);
    QCOMPARE(pulled.value().items.at(0).record.version, 3);
    QVERIFY(pulled.value().items.at(0).loser.has_value());
    QCOMPARE(pulled.value().items.at(0).loser->values.value(QStringLiteral("name")).toString(), QStringLiteral("甲改"));
}

void tst_HubService::pullGivesWhatFlowsDownToTheSubtree()
{
    const TestNode mine = enrolled(kStreet);
    const TestNode other = enrolled(kOtherStreet);
    HubSync &sync = m_service->sync();
    const auto review = [](const QString &unit, const QString &id) {
        PullItem item;
        item.kind = PullKind::Review;
        item.record.table = QStringLiteral("record_reviews");
        item.record.id = id;
        item.record.orgUnit = unit;
        item.record.originNode = QStringLiteral("0190f0a0-0000-7000-8000-0000000000d1");
        item.record.hlc = QStringLiteral("0001765098000000-00001");
        item.record.values = QJsonObject{{QStringLiteral("decision"), QStringLiteral("approve")}};
        return item;
    };
    QVERIFY(sync.addDown(review(kStreet, QStringLiteral("0190f0a0-2222-7000-8000-000000000001"))).ok());
    QVERIFY(sync.addDown(review(kOtherStreet, QStringLiteral("0190f0a0-2222-7000-8000-000000000002"))).ok());
    PullItem ref = review(kDistrict, QStringLiteral("0190f0a0-2222-7000-8000-000000000003"));
    ref.kind = PullKind::Reference;
    ref.record.table = QStringLiteral("policy_values");
    QVERIFY(sync.addDown(ref).ok());
    for (int i = 0; i < 5; ++i)
        QVERIFY(sync.addDown(review(kStreet, QStringLiteral("0190f0a0-2222-7000-8000-00000000001%1").arg(i))).ok());

    // Pages of 3: only this street's reviews and the district's reference data, in order.
    QStringList seen;
    qint64 since = 0;
    bool more = true;
    int pages = 0;
    while (more && pages < 10) {
        m_clock->advanceMs(10);
        auto page = PullReply::fromJson(bodyOf(call(request(mine, "GET", QStringLiteral("/sync/v1/pull?since=%1&limit=3").arg(since), {}))));
        QVERIFY2(page.ok(), qPrintable(page.error()));
        for (const PullItem &item : page.value().items)
            seen << item.record.id.right(2);
        QVERIFY(page.value().next > since || !page.value().more);
        since = page.value().next;
        more = page.value().more;
        ++pages;
    }
    QCOMPARE(seen, (QStringList{QStringLiteral("01"), QStringLiteral("03"), QStringLiteral("10"), QStringLiteral("11"),
                                QStringLiteral("12"), QStringLiteral("13"), QStringLiteral("14")}));
    // Nothing more: the checkpoint is the hub's newest item.
    m_clock->advanceMs(10);
    auto empty = PullReply::fromJson(bodyOf(call(request(mine, "GET", QStringLiteral("/sync/v1/pull?since=%1").arg(since), {}))));
    QVERIFY(empty.ok());
    QVERIFY(empty.value().items.isEmpty());
    // The other street sees its own review and the reference data only.
    m_clock->advanceMs(10);
    auto theirs = PullReply::fromJson(bodyOf(call(request(other, "GET", QStringLiteral("/sync/v1/pull?since=0"), {}))));
    QVERIFY(theirs.ok());
    QCOMPARE(theirs.value().items.size(), 2);
}

void tst_HubService::revokedNodeIsRefused()
{
    const TestNode n = enrolled(kStreet);
    QVERIFY(m_service->store().revoke(n.id, QStringLiteral("admin")).ok());
    HelloRequest h;
    h.nodeId = n.id;
    h.dbEpoch = QStringLiteral("epoch-1");
    h.schema = 18;
    const HubResponse r = call(request(n, "POST", QStringLiteral("/sync/v1/hello"), h.toJson()));
    QCOMPARE(r.status, 403);
    QCOMPARE(bodyOf(r).value(QStringLiteral("code")).toString(), QStringLiteral("revoked"));
}

void tst_HubService::approvalChecksUnitAndBlocks()
{
    HubStore &store = m_service->store();
    const TestNode a = enrolled(kStreet);
    const QJsonArray blocksA{QJsonObject{{QStringLiteral("series"), QStringLiteral("mediation_case")},
                                         {QStringLiteral("first"), 1},
                                         {QStringLiteral("last"), 100}}};
    QVERIFY(store.approve(a.id, QStringLiteral("desktop"), QString(), blocksA, QStringLiteral("admin")).ok());
    const TestNode b = enrolled(kStreet);
    const QJsonArray overlapping{QJsonObject{{QStringLiteral("series"), QStringLiteral("mediation_case")},
                                             {QStringLiteral("first"), 100},
                                             {QStringLiteral("last"), 199}}};
    const Status refused = store.approve(b.id, QStringLiteral("desktop"), QString(), overlapping, QStringLiteral("admin"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("100")), qPrintable(refused.error()));
    // A unit outside this hub's district.
    const Status outside = store.approve(b.id, QStringLiteral("desktop"), kOtherDistrict, QJsonArray(), QStringLiteral("admin"));
    QVERIFY(!outside.ok());
    QVERIFY(!store.approve(b.id, QStringLiteral("robot"), QString(), QJsonArray(), QStringLiteral("admin")).ok());
    // Every node, and those of one status.
    QCOMPARE(store.nodes().size(), 2);
    QCOMPARE(store.nodes(QStringLiteral("approved")).size(), 2);
    QCOMPARE(store.nodes(QStringLiteral("pending")).size(), 0);
}

void tst_HubService::queueNamesCasesByNumber()
{
    const TestNode station = enrolled(kStreet);
    const TestNode reviewer = enrolled(kDistrict, QStringLiteral("reviewer"));
    SyncRecord c = worker(station, QStringLiteral("0190f0a0-5555-7000-8000-000000000001"), 1, 0,
                          QStringLiteral("0001765098000000-00001"), QString());
    c.table = QStringLiteral("mediation_cases");
    c.values = QJsonObject{{QStringLiteral("case_no"), QStringLiteral("朝阳区八里庄街道调字〔2026〕第0101号")}};
    QCOMPARE(call(request(station, "POST", QStringLiteral("/sync/v1/push"), batch(station, {c}, 1, 1).toJson())).status, 200);
    HubReviews reviews(m_service->store());
    auto q = reviews.queue(*m_service->store().node(reviewer.id), QStringLiteral("mediation_cases"), QString(), QString(), 10, 0);
    QVERIFY(q.ok());
    const QJsonArray items = q.value->value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("summary")).toString(), QStringLiteral("朝阳区八里庄街道调字〔2026〕第0101号"));
}

void tst_HubService::filesInChunks()
{
    const TestNode n = enrolled(kStreet);
    QByteArray file;
    for (int i = 0; i < 300000; ++i)
        file.append(static_cast<char>(i * 7 % 251));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex());
    const auto put = [&](qint64 offset, const QByteArray &chunk) {
        HubRequest r = request(n, "PUT", QStringLiteral("/sync/v1/blob?sha256=%1&offset=%2&size=%3").arg(sha).arg(offset).arg(file.size()), {});
        r.body = chunk;
        r.headers.clear();
        const QString pathAndQuery = r.path + QLatin1Char('?') + r.query;
        for (const auto &h : RequestSignature::sign(n.keys, n.id, "PUT", pathAndQuery, r.body, m_clock->nowUtc()))
            r.headers.append({h.first.toLower(), h.second});
        m_clock->advanceMs(5);
        return call(r);
    };
    QCOMPARE(put(0, file.left(100000)).status, 200);
    // Out of order: refused with where to go on from.
    HubResponse r = put(200000, file.mid(200000));
    QCOMPARE(r.status, 409);
    QCOMPARE(bodyOf(r).value(QStringLiteral("received")).toInteger(), 100000);
    QCOMPARE(put(100000, file.mid(100000, 100000)).status, 200);
    r = put(200000, file.mid(200000));
    QCOMPARE(r.status, 200);
    QVERIFY(bodyOf(r).value(QStringLiteral("complete")).toBool());
    HubBlobs blobs(m_service->store());
    QCOMPARE(blobs.read(sha), file);
    // Asked about: complete.
    const HubResponse status = call(request(n, "POST", QStringLiteral("/sync/v1/blobs/status"),
                                            QJsonObject{{QStringLiteral("hashes"), QJsonArray{sha}}}));
    QCOMPARE(status.status, 200);
    QVERIFY(bodyOf(status).value(QStringLiteral("blobs")).toArray().at(0).toObject().value(QStringLiteral("complete")).toBool());
}

QTEST_GUILESS_MAIN(tst_HubService)
#include "tst_hubservice.moc"
