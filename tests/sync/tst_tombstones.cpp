// Deletes purged only after every tier acknowledged them (design §4, issue 13 item 10;
// docs/sync.md "Deletes"). In process, without HTTP: a station's SyncLedger against the real
// HubSync of a district hub whose HubUplink forwards to a city hub (no parent: the top tier),
// moving the very messages the client and the uplink send; both hubs on SQLite, then on PostgreSQL.
// - a station's delete reaches the top tier, which settles it: the station's row goes at its next
//   pull, `check` stays green, the hubs keep a stub with no body and no person key;
// - below a district that has not forwarded it yet, the station keeps its tombstone; once the
//   city has it and the district pulled, the station purges it;
// - a tombstone whose push answer was lost is held, and purged at the pull after the answer;
// - a record undeleted here after the delete is not purged by the late `settled`, and its new
//   version revives the hub's stub;
// - a station restored from an old backup sends the live old version: `duplicate`, the record stays
//   deleted everywhere and the restored station purges its old copy;
// - a deleted employer still named by a worker is held until the worker is purged too; a deleted
//   case leaves the search index map.

#include "PgTestServer.h"

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"
#include "sync/HubDatabase.h"
#include "sync/HubStore.h"
#include "sync/HubSync.h"
#include "sync/HubUplink.h"
#include "sync/SyncCodec.h"
#include "sync/SyncKeys.h"
#include "sync/SyncLedger.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ud;

namespace {

const QString kDistrict = QStringLiteral("110105");
const QString kStreet = QStringLiteral("110105015");
const QString kCityNode = QStringLiteral("0190f0a0-0000-7000-8000-0000000000c1");
const QString kDistrictNode = QStringLiteral("0190f0a0-0000-7000-8000-0000000000d1");

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

struct Hub
{
    std::unique_ptr<HubDatabase> db;
    std::unique_ptr<HubStore> store;
    std::unique_ptr<HubSync> sync;
};

} // namespace

class tst_Tombstones : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void deleteSettledAtTheTopIsPurgedEverywhere_data() { rows(); }
    void deleteSettledAtTheTopIsPurgedEverywhere();
    void stationKeepsItsTombstoneUntilTheTopHasIt_data() { rows(); }
    void stationKeepsItsTombstoneUntilTheTopHasIt();
    void unansweredDeleteIsHeldUntilAnswered_data() { rows(); }
    void unansweredDeleteIsHeldUntilAnswered();
    void laterLocalChangeIsNotPurged_data() { rows(); }
    void laterLocalChangeIsNotPurged();
    void restoredBackupCannotReviveIt_data() { rows(); }
    void restoredBackupCannotReviveIt();
    void referencedRecordWaitsForItsReferrers_data() { rows(); }
    void referencedRecordWaitsForItsReferrers();

private:
    static void rows();
    void openHub(Hub &hub, const QString &file, const QString &nodeId, const QString &unit, const QString &tier);
    void openStation();
    // One push of the station's outbox to `hub` and the answer applied, as SyncClient does (or the
    // answer lost on the way: not applied, the batch stays in flight).
    PushReply push(Hub &hub, bool answered = true);
    // Pulls from `hub` until nothing more, as SyncClient does; returns the items applied.
    QList<PullItem> pull(Hub &hub);
    // The district forwards to the city and brings down what the city has for it (HubUplink).
    void forward();
    bool stationHas(const QString &table, const QString &id);
    QString createWorker(const QString &name, const QString &idNumber = {}, const QString &employerId = {});
    QStringList checkProblems();

    QTemporaryDir m_dir;
    std::unique_ptr<QTemporaryDir> m_case;
    std::unique_ptr<ManualClock> m_clock;
    Hub m_city, m_district;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HubUplink> m_uplink;
    std::unique_ptr<Database> m_station;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<SyncLedger> m_ledger;
    QString m_stationId;
    HubNode m_stationAtDistrict, m_stationAtCity, m_districtAtCity;
    bool m_postgres = false;
    QList<HubDbSettings> m_pgDatabases; // made on the test server, dropped in cleanup()
};

void tst_Tombstones::rows()
{
    QTest::addColumn<QString>("driver");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgres") << QStringLiteral("postgres");
}

void tst_Tombstones::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
    QVERIFY2(qEnvironmentVariableIsSet("XDG_DATA_HOME"), "run through ctest (node keys go under XDG_DATA_HOME)");
}

void tst_Tombstones::openHub(Hub &hub, const QString &file, const QString &nodeId, const QString &unit, const QString &tier)
{
    HubDbSettings settings;
    settings.path = m_case->filePath(file);
    if (m_postgres) {
        auto made = PgTestServer::createDatabase(QStringLiteral("ud_tomb"));
        QVERIFY2(made.ok(), qPrintable(QStringLiteral("the PostgreSQL test server is not usable: ") + made.error()));
        settings = made.value();
        m_pgDatabases << settings;
    }
    auto db = HubDatabase::open(settings);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    hub.db = db.take();
    hub.store = std::make_unique<HubStore>(*hub.db, *m_clock);
    QVERIFY(hub.store->seedOrgUnits().ok());
    QVERIFY(hub.store->setIdentity(HubIdentityRow{nodeId, unit, tier, tier, SyncKeys::generate().publicKeyBase64()}).ok());
    hub.sync = std::make_unique<HubSync>(*hub.store);
}

void tst_Tombstones::openStation()
{
    m_station = std::make_unique<Database>();
    QVERIFY(m_station->open(m_case->filePath(QStringLiteral("station.db")), Database::OpenMode::CreateIfMissing).ok());
    m_store = std::make_unique<RecordStore>(*m_station, m_clock.get());
    m_store->setActor(QStringLiteral("zhang"));
    m_ledger = std::make_unique<SyncLedger>(*m_station, *m_clock);
}

void tst_Tombstones::init()
{
    QFETCH(QString, driver);
    m_postgres = driver == QLatin1String("postgres");
    if (m_postgres && !PgTestServer::configured())
        QSKIP("UD_PG_ENV is not set: run through ctest (fixture ud_pg) to test PostgreSQL");
    m_case = std::make_unique<QTemporaryDir>();
    QVERIFY(m_case->isValid());
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC));
    openHub(m_city, QStringLiteral("city.db"), kCityNode, QStringLiteral("110000"), QStringLiteral("city"));
    openHub(m_district, QStringLiteral("district.db"), kDistrictNode, kDistrict, QStringLiteral("district"));
    // The district is a node of the city; nothing is sent over the network here: the test moves the
    // messages itself, through the uplink's own nextBatch / acknowledge / applyPulled.
    m_network = std::make_unique<QNetworkAccessManager>();
    m_uplink = std::make_unique<HubUplink>(*m_district.store, *m_clock, *m_network);
    QVERIFY(m_uplink->configure(QStringLiteral("https://127.0.0.1:9"), QString(), SyncKeys::generate()).ok());

    openStation();
    auto node = NodeIdentity::initialize(*m_station, kStreet, Tier::Street, QStringLiteral("八里庄街道工会服务站"), *m_clock);
    QVERIFY2(node.ok(), qPrintable(node.error()));
    m_stationId = node.value().nodeId;
    // As the hubs know them once approved (what HubService hands HubSync after the signature).
    const auto approved = [](const QString &id, const QString &kind, const QString &unit) {
        HubNode n;
        n.nodeId = id;
        n.kind = kind;
        n.orgUnit = unit;
        n.status = QStringLiteral("approved");
        return n;
    };
    m_stationAtDistrict = approved(m_stationId, QStringLiteral("desktop"), kStreet);
    m_stationAtCity = m_stationAtDistrict;
    m_districtAtCity = approved(kDistrictNode, QStringLiteral("hub"), kDistrict);
}

void tst_Tombstones::cleanup()
{
    m_ledger.reset();
    m_store.reset();
    m_station.reset();
    m_uplink.reset();
    m_network.reset();
    for (Hub *hub : {&m_city, &m_district}) {
        hub->sync.reset();
        hub->store.reset();
        hub->db.reset();
    }
    for (const HubDbSettings &db : std::as_const(m_pgDatabases))
        PgTestServer::dropDatabase(db);
    m_pgDatabases.clear();
    m_case.reset();
}

PushReply tst_Tombstones::push(Hub &hub, bool answered)
{
    m_clock->advanceMs(1000);
    auto batch = m_ledger->nextBatch([](const QByteArray &m, bool *compressed) { return SyncCodec::encodeCanonical(m, compressed); });
    if (!batch || !batch.value()) {
        qWarning() << "nothing to push" << (batch ? QString() : batch.error());
        return {};
    }
    const OutgoingBatch &b = *batch.value();
    auto body = SyncCodec::decodeBody(b.body, b.compressed, SyncCodec::kMaxRequestBytes * 4);
    auto request = PushRequest::fromJson(body.value());
    const HubNode &node = &hub == &m_city ? m_stationAtCity : m_stationAtDistrict;
    auto reply = hub.sync->push(node, request.value());
    if (!reply.ok()) {
        qWarning() << "push refused" << reply.refusal.message;
        return {};
    }
    if (!answered)
        return *reply.value;
    if (Status s = m_ledger->acknowledge(b, *reply.value); !s)
        qWarning() << "acknowledge:" << s.error();
    return *reply.value;
}

QList<PullItem> tst_Tombstones::pull(Hub &hub)
{
    QList<PullItem> items;
    const HubNode &node = &hub == &m_city ? m_stationAtCity : m_stationAtDistrict;
    for (int page = 0; page < 20; ++page) {
        m_clock->advanceMs(1000);
        auto reply = hub.sync->pull(node, m_ledger->pulledSeq(), 500);
        if (!reply.ok()) {
            qWarning() << "pull refused" << reply.refusal.message;
            break;
        }
        items << reply.value->items;
        if (auto applied = m_ledger->applyPulled(*reply.value); !applied)
            qWarning() << "applyPulled:" << applied.error();
        if (!reply.value->more)
            break;
    }
    return items;
}

void tst_Tombstones::forward()
{
    for (int round = 0; round < 10; ++round) {
        m_clock->advanceMs(1000);
        auto batch = m_uplink->nextBatch();
        QVERIFY2(batch.ok(), qPrintable(batch.error()));
        if (!batch.value())
            break;
        auto request = PushRequest::fromJson(QJsonDocument::fromJson(batch.value()->body).object());
        QVERIFY2(request.ok(), qPrintable(request.error()));
        auto reply = m_city.sync->push(m_districtAtCity, request.value());
        QVERIFY2(reply.ok(), qPrintable(reply.refusal.message));
        QVERIFY(m_uplink->acknowledge(*batch.value(), *reply.value).ok());
    }
    for (int page = 0; page < 20; ++page) {
        const qint64 since = scalar(m_district.db->connection(), QStringLiteral("SELECT pulled_seq FROM hub_parent")).toLongLong();
        auto reply = m_city.sync->pull(m_districtAtCity, since, 500);
        QVERIFY2(reply.ok(), qPrintable(reply.refusal.message));
        auto applied = m_uplink->applyPulled(*reply.value);
        QVERIFY2(applied.ok(), qPrintable(applied.error()));
        if (!reply.value->more)
            break;
    }
}

bool tst_Tombstones::stationHas(const QString &table, const QString &id)
{
    return scalar(m_station->connection(), QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(table), {id}).toLongLong() == 1;
}

QString tst_Tombstones::createWorker(const QString &name, const QString &idNumber, const QString &employerId)
{
    QVariantMap fields{{QStringLiteral("name"), name}, {QStringLiteral("address"), QStringLiteral("朝阳区八里庄北里12号")}};
    if (!idNumber.isEmpty())
        fields.insert(QStringLiteral("id_number"), idNumber);
    if (!employerId.isEmpty())
        fields.insert(QStringLiteral("employer_id"), employerId);
    auto rec = m_store->create(QStringLiteral("workers"), fields);
    if (!rec)
        qWarning() << rec.error();
    return rec ? rec.value().id : QString();
}

QStringList tst_Tombstones::checkProblems()
{
    return m_station->check().problems;
}

void tst_Tombstones::deleteSettledAtTheTopIsPurgedEverywhere()
{
    // Station straight under the city (the top tier).
    const QString worker = createWorker(QStringLiteral("王小明"), QStringLiteral("110105199001010012"));
    auto kase = m_store->create(QStringLiteral("mediation_cases"),
                                {{QStringLiteral("case_no"), QStringLiteral("朝阳区八里庄街道调字〔2026〕第0007号")},
                                 {QStringLiteral("case_year"), 2026},
                                 {QStringLiteral("case_seq"), 7},
                                 {QStringLiteral("facts"), QStringLiteral("拖欠工资三个月")},
                                 {QStringLiteral("received_on"), QStringLiteral("2026-03-04")}});
    QVERIFY2(kase.ok(), qPrintable(kase.error()));
    const QString caseId = kase.value().id;
    QVERIFY(!worker.isEmpty());
    QCOMPARE(push(m_city).results.size(), 2);
    pull(m_city);
    const QSqlDatabase city = m_city.db->connection();
    QCOMPARE(scalar(city, QStringLiteral("SELECT count(*) FROM hub_person_keys WHERE record_id = ?"), {worker}).toLongLong(), 1);
    // Another street registered the same ID number: a "possibly the same" pair at the city.
    HubNode otherStreet;
    otherStreet.nodeId = QStringLiteral("0190f0a0-0000-7000-8000-0000000000e1");
    otherStreet.kind = QStringLiteral("desktop");
    otherStreet.orgUnit = QStringLiteral("110105021");
    otherStreet.status = QStringLiteral("approved");
    PushRequest theirs;
    theirs.nodeId = otherStreet.nodeId;
    theirs.dbEpoch = QStringLiteral("epoch-1");
    theirs.batchId = QStringLiteral("0190f0a0-3333-7000-8000-000000000001");
    theirs.fromSeq = theirs.toSeq = 1;
    theirs.auditHead.hash = QString(64, QLatin1Char('0'));
    SyncRecord twin;
    twin.table = QStringLiteral("workers");
    twin.id = QStringLiteral("0190f0a0-4444-7000-8000-000000000001");
    twin.orgUnit = otherStreet.orgUnit;
    twin.originNode = otherStreet.nodeId;
    twin.hlc = QStringLiteral("0001765098000000-00001");
    twin.values = QJsonObject{{QStringLiteral("name"), QStringLiteral("王晓明")},
                              {QStringLiteral("id_number"), QStringLiteral("110105199001010012")}};
    theirs.records << twin;
    auto theirReply = m_city.sync->push(otherStreet, theirs);
    QVERIFY2(theirReply.ok(), qPrintable(theirReply.refusal.message));
    QCOMPARE(theirReply.value->results.first().status, RecordStatus::Ok);
    QCOMPARE(scalar(city, QStringLiteral("SELECT count(*) FROM hub_possible_duplicates WHERE record_a = ? OR record_b = ?"),
                    {worker, worker})
                 .toLongLong(),
             1);

    QVERIFY(m_store->remove(QStringLiteral("workers"), worker, 1).ok());
    QVERIFY(m_store->remove(QStringLiteral("mediation_cases"), caseId, 1).ok());
    const PushReply sent = push(m_city);
    QCOMPARE(sent.results.size(), 2);
    QCOMPARE(sent.results.at(0).status, RecordStatus::Ok);
    // Sent and acknowledged, not yet settled: the station still has both tombstones.
    QVERIFY(stationHas(QStringLiteral("workers"), worker));
    QVERIFY(stationHas(QStringLiteral("mediation_cases"), caseId));
    QCOMPARE(scalar(m_station->connection(), QStringLiteral("SELECT count(*) FROM mediation_fts_map WHERE case_id = ?"), {caseId})
                 .toLongLong(),
             1);

    const QList<PullItem> items = pull(m_city);
    int settled = 0;
    for (const PullItem &item : items)
        if (item.kind == PullKind::Settled) {
            ++settled;
            QCOMPARE(item.record.version, 2);
            QVERIFY(item.record.values.isEmpty());
        }
    QCOMPARE(settled, 2);
    QVERIFY(!stationHas(QStringLiteral("workers"), worker));
    QVERIFY(!stationHas(QStringLiteral("mediation_cases"), caseId));
    const QSqlDatabase station = m_station->connection();
    QCOMPARE(scalar(station, QStringLiteral("SELECT count(*) FROM sync_state WHERE record_id IN (?, ?)"), {worker, caseId}).toLongLong(), 0);
    QCOMPARE(scalar(station, QStringLiteral("SELECT count(*) FROM record_purges WHERE purged_at IS NOT NULL")).toLongLong(), 2);
    QCOMPARE(scalar(station, QStringLiteral("SELECT count(*) FROM mediation_fts_map WHERE case_id = ?"), {caseId}).toLongLong(), 0);
    QCOMPARE(scalar(station, QStringLiteral("SELECT count(*) FROM register_search WHERE record_id = ?"), {worker}).toLongLong(), 0);
    QCOMPARE(scalar(station, QStringLiteral("SELECT count(*) FROM mediation_fts WHERE mediation_fts MATCH ?"),
                    {QStringLiteral("\"拖欠工资\"")})
                 .toLongLong(),
             0);
    // The audit history stays and `check` accepts it: the history ends deleted at the purged version.
    QCOMPARE(scalar(station, QStringLiteral("SELECT count(*) FROM audit_log WHERE record_id = ?"), {worker}).toLongLong(), 2);
    const QStringList problems = checkProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // The top hub keeps a stub: no body, no person key; settled once.
    QCOMPARE(scalar(city, QStringLiteral("SELECT body FROM hub_records WHERE record_id = ?"), {worker}).toString(), QStringLiteral("{}"));
    QCOMPARE(scalar(city, QStringLiteral("SELECT deleted FROM hub_records WHERE record_id = ?"), {worker}).toInt(), 1);
    QCOMPARE(scalar(city, QStringLiteral("SELECT version FROM hub_records WHERE record_id = ?"), {worker}).toLongLong(), 2);
    QCOMPARE(scalar(city, QStringLiteral("SELECT count(*) FROM hub_person_keys WHERE record_id = ?"), {worker}).toLongLong(), 0);
    QCOMPARE(scalar(city, QStringLiteral("SELECT count(*) FROM hub_records WHERE body LIKE ?"), {QStringLiteral("%王小明%")}).toLongLong(), 0);
    QCOMPARE(scalar(city, QStringLiteral("SELECT count(*) FROM hub_possible_duplicates WHERE record_a = ? OR record_b = ?"),
                    {worker, worker})
                 .toLongLong(),
             0);
    QCOMPARE(scalar(city, QStringLiteral("SELECT count(*) FROM hub_person_keys WHERE record_id = ?"), {twin.id}).toLongLong(), 1);
    pull(m_city);
    QCOMPARE(scalar(city, QStringLiteral("SELECT count(*) FROM hub_down WHERE kind = 'settled'")).toLongLong(), 2);

    // A purge entry does not cover a row removed outside UnionDesk: a live record's history does
    // not end deleted, so `check` still names it.
    const QString other = createWorker(QStringLiteral("李四"));
    QVERIFY(m_station->exec(QStringLiteral("INSERT INTO record_purges (table_name, record_id, version, settled_at, purged_at) "
                                           "VALUES ('workers', '%1', 1, 'x', 'x')")
                                .arg(other))
                .ok());
    QVERIFY(m_station->exec(QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
    QVERIFY(m_station->exec(QStringLiteral("DELETE FROM workers WHERE id = '%1'").arg(other)).ok());
    const QStringList tampered = checkProblems();
    QVERIFY2(tampered.join(QLatin1Char('\n')).contains(other), qPrintable(tampered.join(QLatin1Char('\n'))));
}

void tst_Tombstones::stationKeepsItsTombstoneUntilTheTopHasIt()
{
    const QString worker = createWorker(QStringLiteral("赵六"), QStringLiteral("110105198502020023"));
    push(m_district);
    QVERIFY(m_store->remove(QStringLiteral("workers"), worker, 1).ok());
    push(m_district);
    // The district is not the top tier: it holds the tombstone and settles nothing.
    const QList<PullItem> early = pull(m_district);
    QCOMPARE(early.size(), 0);
    QVERIFY(stationHas(QStringLiteral("workers"), worker));
    const QSqlDatabase district = m_district.db->connection();
    QVERIFY(scalar(district, QStringLiteral("SELECT body FROM hub_records WHERE record_id = ?"), {worker}).toString().contains(QStringLiteral("赵六")));
    QCOMPARE(scalar(district, QStringLiteral("SELECT count(*) FROM hub_down WHERE kind = 'settled'")).toLongLong(), 0);

    // The district forwards it; the city (top) settles it when the district pulls; the word comes
    // down through the district, which purges its own copy.
    forward();
    const QSqlDatabase city = m_city.db->connection();
    QCOMPARE(scalar(city, QStringLiteral("SELECT body FROM hub_records WHERE record_id = ?"), {worker}).toString(), QStringLiteral("{}"));
    QCOMPARE(scalar(district, QStringLiteral("SELECT body FROM hub_records WHERE record_id = ?"), {worker}).toString(), QStringLiteral("{}"));
    QCOMPARE(scalar(district, QStringLiteral("SELECT deleted FROM hub_records WHERE record_id = ?"), {worker}).toInt(), 1);
    QCOMPARE(scalar(district, QStringLiteral("SELECT count(*) FROM hub_person_keys WHERE record_id = ?"), {worker}).toLongLong(), 0);
    QCOMPARE(scalar(district, QStringLiteral("SELECT count(*) FROM hub_down WHERE kind = 'settled' AND record_id = ?"), {worker})
                 .toLongLong(),
             1);
    QVERIFY(stationHas(QStringLiteral("workers"), worker)); // not pulled yet

    const QList<PullItem> late = pull(m_district);
    QCOMPARE(late.size(), 1);
    QCOMPARE(late.first().kind, PullKind::Settled);
    QVERIFY(!stationHas(QStringLiteral("workers"), worker));
    const QStringList problems = checkProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_Tombstones::unansweredDeleteIsHeldUntilAnswered()
{
    const QString worker = createWorker(QStringLiteral("吴十"));
    push(m_city);
    QVERIFY(m_store->remove(QStringLiteral("workers"), worker, 1).ok());
    // The city took the tombstone, but its answer was lost: the change is still in flight here.
    QCOMPARE(push(m_city, false).results.size(), 1);
    const QList<PullItem> items = pull(m_city);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().kind, PullKind::Settled);
    const QSqlDatabase station = m_station->connection();
    QVERIFY(stationHas(QStringLiteral("workers"), worker));
    QCOMPARE(scalar(station, QStringLiteral("SELECT count(*) FROM record_purges WHERE record_id = ? AND purged_at IS NULL"), {worker})
                 .toLongLong(),
             1);
    QStringList problems = checkProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // The batch is sent again and answered from the city's store; the next pull (nothing new comes
    // down) purges the held tombstone.
    QCOMPARE(push(m_city).results.size(), 1);
    QCOMPARE(pull(m_city).size(), 0);
    QVERIFY(!stationHas(QStringLiteral("workers"), worker));
    QCOMPARE(scalar(station, QStringLiteral("SELECT count(*) FROM record_purges WHERE record_id = ? AND purged_at IS NOT NULL"), {worker})
                 .toLongLong(),
             1);
    problems = checkProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_Tombstones::laterLocalChangeIsNotPurged()
{
    const QString worker = createWorker(QStringLiteral("钱七"));
    push(m_city);
    QVERIFY(m_store->remove(QStringLiteral("workers"), worker, 1).ok());
    push(m_city);
    // Restored here (version 3) before the word that version 2 is settled arrives.
    QVERIFY(m_store->undelete(QStringLiteral("workers"), worker, 2).ok());
    const QList<PullItem> items = pull(m_city);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().kind, PullKind::Settled);
    QCOMPARE(items.first().record.version, 2);
    QVERIFY(stationHas(QStringLiteral("workers"), worker));
    auto row = m_store->get(QStringLiteral("workers"), worker);
    QVERIFY(row.ok());
    QCOMPARE(row.value().version, 3);
    QVERIFY(!row.value().deleted);
    QCOMPARE(scalar(m_station->connection(), QStringLiteral("SELECT count(*) FROM record_purges")).toLongLong(), 0);

    // Version 3 goes up on top of the hub's stub and brings the record back there, body and all.
    const PushReply reply = push(m_city);
    QCOMPARE(reply.results.size(), 1);
    QCOMPARE(reply.results.first().status, RecordStatus::Ok);
    const QSqlDatabase city = m_city.db->connection();
    QCOMPARE(scalar(city, QStringLiteral("SELECT deleted FROM hub_records WHERE record_id = ?"), {worker}).toInt(), 0);
    QVERIFY(scalar(city, QStringLiteral("SELECT body FROM hub_records WHERE record_id = ?"), {worker}).toString().contains(QStringLiteral("钱七")));
    pull(m_city);
    QVERIFY(stationHas(QStringLiteral("workers"), worker));
    const QStringList problems = checkProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_Tombstones::restoredBackupCannotReviveIt()
{
    const QString worker = createWorker(QStringLiteral("孙八"), QStringLiteral("110105197003030034"));
    // The backup is made before the record's first version went up: it still queues version 1.
    const QString backup = m_case->filePath(QStringLiteral("before.db"));
    QVERIFY(m_station->backupTo(backup).ok());
    push(m_city);
    QVERIFY(m_store->remove(QStringLiteral("workers"), worker, 1).ok());
    push(m_city);
    pull(m_city);
    QVERIFY(!stationHas(QStringLiteral("workers"), worker));

    // The file is restored from the backup: the live version 1 is back, queued again.
    m_ledger.reset();
    m_store.reset();
    m_station.reset();
    auto restored = Database::restoreFile(backup, m_case->filePath(QStringLiteral("station.db")));
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    openStation();
    QVERIFY(stationHas(QStringLiteral("workers"), worker));
    const PushReply reply = push(m_city);
    QCOMPARE(reply.results.size(), 1);
    QCOMPARE(reply.results.first().status, RecordStatus::Duplicate);
    const QSqlDatabase city = m_city.db->connection();
    QCOMPARE(scalar(city, QStringLiteral("SELECT deleted FROM hub_records WHERE record_id = ?"), {worker}).toInt(), 1);
    QCOMPARE(scalar(city, QStringLiteral("SELECT body FROM hub_records WHERE record_id = ?"), {worker}).toString(), QStringLiteral("{}"));
    QCOMPARE(scalar(city, QStringLiteral("SELECT count(*) FROM hub_person_keys WHERE record_id = ?"), {worker}).toLongLong(), 0);

    // Its next pull brings the settled tombstone again: the old copy is superseded (written as the
    // tombstone, audited) and purged; the history ends deleted, so `check` is green.
    pull(m_city);
    QVERIFY(!stationHas(QStringLiteral("workers"), worker));
    QCOMPARE(scalar(m_station->connection(),
                    QStringLiteral("SELECT action FROM audit_log WHERE record_id = ? ORDER BY seq DESC LIMIT 1"), {worker})
                 .toString(),
             QStringLiteral("receive"));
    const QStringList problems = checkProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_Tombstones::referencedRecordWaitsForItsReferrers()
{
    auto employer = m_store->create(QStringLiteral("employers"), {{QStringLiteral("name"), QStringLiteral("北京八里庄建筑有限公司")}});
    QVERIFY2(employer.ok(), qPrintable(employer.error()));
    const QString employerId = employer.value().id;
    const QString worker = createWorker(QStringLiteral("周九"), {}, employerId);
    push(m_city);
    QVERIFY(m_store->remove(QStringLiteral("employers"), employerId, 1).ok());
    push(m_city);
    pull(m_city);
    // Settled, but a worker still names it: held, with the reason.
    QVERIFY(stationHas(QStringLiteral("employers"), employerId));
    const QSqlDatabase station = m_station->connection();
    QCOMPARE(scalar(station, QStringLiteral("SELECT count(*) FROM record_purges WHERE record_id = ? AND purged_at IS NULL"), {employerId})
                 .toLongLong(),
             1);
    QVERIFY(!scalar(station, QStringLiteral("SELECT held_reason FROM record_purges WHERE record_id = ?"), {employerId}).toString().isEmpty());
    QStringList problems = checkProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // The worker is deleted and settled too: purged, and then the employer with it.
    QVERIFY(m_store->remove(QStringLiteral("workers"), worker, 1).ok());
    push(m_city);
    pull(m_city);
    QVERIFY(!stationHas(QStringLiteral("workers"), worker));
    QVERIFY(!stationHas(QStringLiteral("employers"), employerId));
    QCOMPARE(scalar(station, QStringLiteral("SELECT count(*) FROM record_purges WHERE purged_at IS NULL")).toLongLong(), 0);
    problems = checkProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // A purge is kept: its entry can be neither changed nor removed.
    QVERIFY(!m_station->exec(QStringLiteral("DELETE FROM record_purges WHERE record_id = '%1'").arg(employerId)).ok());
}

QTEST_GUILESS_MAIN(tst_Tombstones)
#include "tst_tombstones.moc"
