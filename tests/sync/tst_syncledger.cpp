// Tests for the desktop's side of sync in its own database (docs/sync.md): receiving versions
// from another node (RecordStore::applyRemote, audited as 'receive', `check` still clean),
// ownership and reviewers' locks enforced below the UI, and SyncLedger's batches: frozen once,
// resent as the same bytes, acknowledged with per-record results, refused records quarantined,
// reference data kept local, pulled items applied with the checkpoint.

#include "core/CanonicalJson.h"
#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"
#include "storage/RowCursor.h"
#include "sync/SyncLedger.h"
#include "sync/WireWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ud;

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
const QString kStation = QStringLiteral("110105015");
const QString kOtherNode = QStringLiteral("0190f0a0-0000-7000-8000-00000000abcd");
const QString kHubNode = QStringLiteral("0190f0a0-0000-7000-8000-0000000000ff");

QVariant scalar(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

QByteArray plainEncoder(const QByteArray &message, bool *compressed)
{
    *compressed = false;
    return message;
}

// The hub's answer "ok" for every record of a batch frozen by this ledger.
PushReply okReply(const OutgoingBatch &batch)
{
    QJsonArray results;
    for (const RecordKey &k : batch.keys)
        results.append(QJsonObject{{QStringLiteral("table"), k.first}, {QStringLiteral("id"), k.second},
                                   {QStringLiteral("status"), QStringLiteral("ok")}});
    return PushReply::fromJson(QJsonObject{{QStringLiteral("batch_id"), batch.batchId},
                                           {QStringLiteral("acked_to_seq"), batch.toSeq},
                                           {QStringLiteral("results"), results}})
        .value();
}

// A worker as another station would send it.
QVariantMap remoteWorker(const QString &id, qint64 version, const QString &hlc, const QString &name)
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("phone"), QStringLiteral("13800000000")},
        {QStringLiteral("org_unit"), QStringLiteral("110105021")},
        {QStringLiteral("origin_node"), kOtherNode},
        {QStringLiteral("version"), version},
        {QStringLiteral("base_version"), version - 1},
        {QStringLiteral("hlc"), hlc},
        {QStringLiteral("created_at"), QStringLiteral("2026-11-30T08:00:00.000Z")},
        {QStringLiteral("created_by"), QStringLiteral("li")},
        {QStringLiteral("updated_at"), QStringLiteral("2026-11-30T08:0%1:00.000Z").arg(version)},
        {QStringLiteral("updated_by"), QStringLiteral("li")},
        {QStringLiteral("deleted"), 0},
    };
}

QVariantMap review(const QString &id, const QString &table, const QString &recordId, const QString &decision,
                   const QString &decidedAt, const QString &reason = {})
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("table_name"), table},
        {QStringLiteral("record_id"), recordId},
        {QStringLiteral("record_version"), 1},
        {QStringLiteral("decision"), decision},
        {QStringLiteral("reason"), reason.isNull() ? QStringLiteral("") : reason},
        {QStringLiteral("reviewer"), QStringLiteral("王审核（朝阳区总工会）")},
        {QStringLiteral("reviewer_tier"), QStringLiteral("district")},
        {QStringLiteral("decided_at"), decidedAt},
        {QStringLiteral("org_unit"), kStation},
        {QStringLiteral("origin_node"), kHubNode},
        {QStringLiteral("version"), 1},
        {QStringLiteral("base_version"), 0},
        {QStringLiteral("hlc"), QStringLiteral("0001764580000000-00001")},
        {QStringLiteral("created_at"), decidedAt},
        {QStringLiteral("created_by"), QStringLiteral("wang")},
        {QStringLiteral("updated_at"), decidedAt},
        {QStringLiteral("updated_by"), QStringLiteral("wang")},
        {QStringLiteral("deleted"), 0},
    };
}

} // namespace

class tst_SyncLedger : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void receivedVersionIsWrittenAsItIs();
    void olderOrSameVersionIsNotWritten();
    void forcedVersionIsWritten();
    void unknownOrMissingFieldsAreRefused();
    void recordOfAnotherNodeCannotBeEdited();
    void lockedRecordAndItsPartsCannotBeEdited();
    void receivedRecordsPassTheCheck();

    void batchIsFrozenAndResentAsTheSameBytes();
    void batchTextIsCanonicalJsonOfTheWireRecords();
    void batchFrozenAheadEndsBeforeARecordAtTheHub();
    void batchFrozenAheadPassesOverChangesAlreadyAtTheHub();
    void acknowledgementSetsStatesAndQuarantines();
    void editAfterRefusalQueuesTheRecordAgain();
    void referenceChangesStayLocal();
    void pulledItemsAreAppliedWithTheCheckpoint();
    void badPulledItemIsQuarantinedAndTheRestApplied();

private:
    QString createWorker(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<SyncLedger> m_ledger;
    QString m_nodeId;
};

void tst_SyncLedger::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false\nuniondesk.sync.warning=false"));
}

void tst_SyncLedger::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(kStart);
    m_db = std::make_unique<Database>();
    const Status opened = m_db->open(m_dir->filePath(QStringLiteral("node.db")), Database::OpenMode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    auto node = NodeIdentity::initialize(*m_db, kStation, Tier::Street, QStringLiteral("八里庄街道"), *m_clock);
    QVERIFY2(node.ok(), qPrintable(node.error()));
    m_nodeId = node.value().nodeId;
    m_store = std::make_unique<RecordStore>(*m_db, m_clock.get());
    m_store->setActor(QStringLiteral("zhang"));
    m_ledger = std::make_unique<SyncLedger>(*m_db, *m_clock);
}

void tst_SyncLedger::cleanup()
{
    m_ledger.reset();
    m_store.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

QString tst_SyncLedger::createWorker(const QString &name)
{
    m_clock->advanceMs(1000);
    auto rec = m_store->create(QStringLiteral("workers"), {{QStringLiteral("name"), name}});
    return rec ? rec.value().id : QString();
}

void tst_SyncLedger::receivedVersionIsWrittenAsItIs()
{
    const QString id = QStringLiteral("0190f0a0-1111-7000-8000-000000000001");
    const qint64 outboxBefore = scalar(*m_db, QStringLiteral("SELECT count(*) FROM outbox")).toLongLong();
    auto r = m_store->applyRemote(QStringLiteral("workers"), remoteWorker(id, 3, QStringLiteral("0001764489600000-00003"),
                                                                          QStringLiteral("李四")));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r.value(), RemoteResult::Applied);
    auto rec = m_store->get(QStringLiteral("workers"), id);
    QVERIFY(rec.ok());
    QCOMPARE(rec.value().version, 3);
    QCOMPARE(rec.value().value(QStringLiteral("origin_node")).toString(), kOtherNode);
    QCOMPARE(rec.value().value(QStringLiteral("hlc")).toString(), QStringLiteral("0001764489600000-00003"));
    QCOMPARE(rec.value().value(QStringLiteral("updated_by")).toString(), QStringLiteral("li"));
    QCOMPARE(rec.value().value(QStringLiteral("org_unit")).toString(), QStringLiteral("110105021"));
    // Audited as received, not queued.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT action FROM audit_log WHERE record_id = ?"), {id}).toString(),
             QStringLiteral("receive"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT version FROM audit_log WHERE record_id = ?"), {id}).toLongLong(), 3);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM outbox")).toLongLong(), outboxBefore);
    // A node that forwards queues it with its origin kept.
    RemoteWrite forward;
    forward.forward = true;
    auto f = m_store->applyRemote(QStringLiteral("workers"),
                                  remoteWorker(id, 4, QStringLiteral("0001764489600000-00004"), QStringLiteral("李四")), forward);
    QVERIFY2(f.ok(), qPrintable(f.error()));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT version FROM outbox WHERE record_id = ?"), {id}).toLongLong(), 4);
}

void tst_SyncLedger::olderOrSameVersionIsNotWritten()
{
    const QString id = QStringLiteral("0190f0a0-1111-7000-8000-000000000002");
    QVERIFY(m_store->applyRemote(QStringLiteral("workers"),
                                 remoteWorker(id, 5, QStringLiteral("0001764489600000-00005"), QStringLiteral("甲")))
                .ok());
    const qint64 audits = scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    auto same = m_store->applyRemote(QStringLiteral("workers"),
                                     remoteWorker(id, 5, QStringLiteral("0001764489600000-00005"), QStringLiteral("甲")));
    QVERIFY(same.ok());
    QCOMPARE(same.value(), RemoteResult::Unchanged);
    auto older = m_store->applyRemote(QStringLiteral("workers"),
                                      remoteWorker(id, 4, QStringLiteral("0001764489600000-00009"), QStringLiteral("乙")));
    QVERIFY(older.ok());
    QCOMPARE(older.value(), RemoteResult::Older);
    // Same version, lower clock: loses by the shared rule.
    auto lowerClock = m_store->applyRemote(QStringLiteral("workers"),
                                           remoteWorker(id, 5, QStringLiteral("0001764489600000-00001"), QStringLiteral("丙")));
    QCOMPARE(lowerClock.value(), RemoteResult::Older);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(), audits);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT name FROM workers WHERE id = ?"), {id}).toString(), QStringLiteral("甲"));
}

void tst_SyncLedger::forcedVersionIsWritten()
{
    const QString id = QStringLiteral("0190f0a0-1111-7000-8000-000000000003");
    QVERIFY(m_store->applyRemote(QStringLiteral("workers"),
                                 remoteWorker(id, 5, QStringLiteral("0001764489600000-00005"), QStringLiteral("甲")))
                .ok());
    RemoteWrite force;
    force.force = true;
    auto r = m_store->applyRemote(QStringLiteral("workers"),
                                  remoteWorker(id, 4, QStringLiteral("0001764489600000-00004"), QStringLiteral("乙")), force);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r.value(), RemoteResult::Applied);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT version FROM workers WHERE id = ?"), {id}).toLongLong(), 4);
}

void tst_SyncLedger::unknownOrMissingFieldsAreRefused()
{
    QVariantMap bad = remoteWorker(QStringLiteral("0190f0a0-1111-7000-8000-000000000004"), 1,
                                   QStringLiteral("0001764489600000-00001"), QStringLiteral("甲"));
    bad.insert(QStringLiteral("salary_secret"), 1);
    auto r = m_store->applyRemote(QStringLiteral("workers"), bad);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("salary_secret")), qPrintable(r.error()));
    QVariantMap missing = remoteWorker(QStringLiteral("0190f0a0-1111-7000-8000-000000000005"), 1,
                                       QStringLiteral("0001764489600000-00001"), QStringLiteral("甲"));
    missing.remove(QStringLiteral("origin_node"));
    auto m = m_store->applyRemote(QStringLiteral("workers"), missing);
    QVERIFY(!m.ok());
    QVERIFY2(m.error().contains(QStringLiteral("origin_node")), qPrintable(m.error()));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM workers WHERE id LIKE '0190f0a0-1111-%'")).toLongLong(), 0);
}

void tst_SyncLedger::recordOfAnotherNodeCannotBeEdited()
{
    const QString id = QStringLiteral("0190f0a0-1111-7000-8000-000000000006");
    QVERIFY(m_store->applyRemote(QStringLiteral("workers"),
                                 remoteWorker(id, 2, QStringLiteral("0001764489600000-00002"), QStringLiteral("甲")))
                .ok());
    auto u = m_store->update(QStringLiteral("workers"), id, 2, {{QStringLiteral("name"), QStringLiteral("乙")}});
    QVERIFY(!u.ok());
    QVERIFY2(u.error().contains(kOtherNode), qPrintable(u.error()));
    QVERIFY(!m_store->remove(QStringLiteral("workers"), id, 2).ok());
    // The node's own records and the shipped reference rows stay editable.
    const QString own = createWorker(QStringLiteral("张三"));
    QVERIFY(m_store->update(QStringLiteral("workers"), own, 1, {{QStringLiteral("name"), QStringLiteral("张叁")}}).ok());
    const QString refId = scalar(*m_db, QStringLiteral("SELECT id FROM code_items WHERE origin_node = 'reference' LIMIT 1")).toString();
    QVERIFY(!refId.isEmpty());
    const qint64 v = scalar(*m_db, QStringLiteral("SELECT version FROM code_items WHERE id = ?"), {refId}).toLongLong();
    auto ref = m_store->update(QStringLiteral("code_items"), refId, v, {{QStringLiteral("note"), QStringLiteral("本地备注")}});
    QVERIFY2(ref.ok(), qPrintable(ref.error()));
}

void tst_SyncLedger::lockedRecordAndItsPartsCannotBeEdited()
{
    const QString worker = createWorker(QStringLiteral("王五"));
    auto locked = m_store->applyRemote(QStringLiteral("record_reviews"),
                                       review(QStringLiteral("0190f0a0-2222-7000-8000-000000000001"), QStringLiteral("workers"),
                                              worker, QStringLiteral("lock"), QStringLiteral("2026-12-01T10:00:00.000Z")));
    QVERIFY2(locked.ok(), qPrintable(locked.error()));
    auto u = m_store->update(QStringLiteral("workers"), worker, 1, {{QStringLiteral("name"), QStringLiteral("王六")}});
    QVERIFY(!u.ok());
    QVERIFY2(u.error().contains(QStringLiteral("王审核")), qPrintable(u.error()));
    // Unlocked later: editable again.
    auto unlock = review(QStringLiteral("0190f0a0-2222-7000-8000-000000000002"), QStringLiteral("workers"), worker,
                         QStringLiteral("unlock"), QStringLiteral("2026-12-02T10:00:00.000Z"));
    unlock.insert(QStringLiteral("hlc"), QStringLiteral("0001764580000000-00002"));
    QVERIFY(m_store->applyRemote(QStringLiteral("record_reviews"), unlock).ok());
    QVERIFY(m_store->update(QStringLiteral("workers"), worker, 1, {{QStringLiteral("name"), QStringLiteral("王六")}}).ok());

    // A locked case: the case and a new part of it are refused.
    const QString caseId = QStringLiteral("0190f0a0-3333-7000-8000-000000000001");
    QVERIFY(m_store->applyRemote(QStringLiteral("record_reviews"),
                                 review(QStringLiteral("0190f0a0-2222-7000-8000-000000000003"),
                                        QStringLiteral("mediation_cases"), caseId, QStringLiteral("lock"),
                                        QStringLiteral("2026-12-01T10:00:00.000Z")))
                .ok());
    auto part = m_store->create(QStringLiteral("mediation_payments"), {{QStringLiteral("case_id"), caseId}});
    QVERIFY(!part.ok());
    QVERIFY2(part.error().contains(QStringLiteral("王审核")), qPrintable(part.error()));
    // A return with no reason is not a review.
    auto noReason = review(QStringLiteral("0190f0a0-2222-7000-8000-000000000004"), QStringLiteral("workers"), worker,
                           QStringLiteral("return"), QStringLiteral("2026-12-03T10:00:00.000Z"));
    QVERIFY(!m_store->applyRemote(QStringLiteral("record_reviews"), noReason).ok());
}

void tst_SyncLedger::receivedRecordsPassTheCheck()
{
    const QString id = QStringLiteral("0190f0a0-1111-7000-8000-000000000007");
    QVERIFY(m_store->applyRemote(QStringLiteral("workers"),
                                 remoteWorker(id, 2, QStringLiteral("0001764489600000-00002"), QStringLiteral("甲")))
                .ok());
    QVERIFY(m_store->applyRemote(QStringLiteral("workers"),
                                 remoteWorker(id, 3, QStringLiteral("0001764489600000-00003"), QStringLiteral("乙")))
                .ok());
    // A reference row received in a newer version from above.
    const QString refId = scalar(*m_db, QStringLiteral("SELECT id FROM code_items WHERE origin_node = 'reference' LIMIT 1")).toString();
    auto ref = m_store->get(QStringLiteral("code_items"), refId);
    QVERIFY(ref.ok());
    QVariantMap newer = ref.value().values;
    newer.insert(QStringLiteral("version"), 2);
    newer.insert(QStringLiteral("base_version"), 1);
    newer.insert(QStringLiteral("origin_node"), kHubNode);
    newer.insert(QStringLiteral("hlc"), QStringLiteral("0001764489600000-00010"));
    newer.insert(QStringLiteral("name_zh"), QStringLiteral("新名称"));
    newer.insert(QStringLiteral("updated_at"), QStringLiteral("2026-11-30T09:00:00.000Z"));
    QVERIFY(m_store->applyRemote(QStringLiteral("code_items"), newer).ok());
    createWorker(QStringLiteral("赵六"));
    const CheckReport report = m_db->check();
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    // A received row changed behind UnionDesk's back still shows.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE workers SET name = '改' WHERE id = '%1'").arg(id)));
    const CheckReport tampered = m_db->check();
    QVERIFY2(tampered.problems.join(QLatin1Char('\n')).contains(id), qPrintable(tampered.problems.join(QLatin1Char('\n'))));
}

void tst_SyncLedger::batchIsFrozenAndResentAsTheSameBytes()
{
    const QString a = createWorker(QStringLiteral("甲"));
    const QString b = createWorker(QStringLiteral("乙"));
    QVERIFY(m_store->update(QStringLiteral("workers"), a, 1, {{QStringLiteral("phone"), QStringLiteral("1")}}).ok());
    auto first = m_ledger->nextBatch(plainEncoder);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QVERIFY(first.value().has_value());
    const OutgoingBatch batch = *first.value();
    QCOMPARE(batch.records, 2); // a twice in the outbox, sent once in its current state
    const QJsonObject body = QJsonDocument::fromJson(batch.body).object();
    QCOMPARE(body.value(QStringLiteral("node_id")).toString(), m_nodeId);
    const QJsonArray records = body.value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).toObject().value(QStringLiteral("id")).toString(), a);
    QCOMPARE(records.at(0).toObject().value(QStringLiteral("version")).toInteger(), 2);
    QCOMPARE(records.at(0).toObject().value(QStringLiteral("base_version")).toInteger(), 0);
    QCOMPARE(records.at(0).toObject().value(QStringLiteral("values")).toObject().value(QStringLiteral("phone")).toString(),
             QStringLiteral("1"));
    QVERIFY(!records.at(0).toObject().value(QStringLiteral("values")).toObject().contains(QStringLiteral("name_key")));
    QVERIFY(body.value(QStringLiteral("audit_head")).toObject().value(QStringLiteral("seq")).toInteger() > 0);
    // Later edits do not change the batch in flight.
    QVERIFY(m_store->update(QStringLiteral("workers"), b, 1, {{QStringLiteral("phone"), QStringLiteral("2")}}).ok());
    auto again = m_ledger->nextBatch(plainEncoder);
    QVERIFY(again.ok() && again.value().has_value());
    QCOMPARE(again.value()->batchId, batch.batchId);
    QCOMPARE(again.value()->body, batch.body);
    const auto states = m_ledger->states(QStringLiteral("workers"), {a, b});
    QCOMPARE(states.value(a), RecordSyncState::Sent);
    QCOMPARE(states.value(b), RecordSyncState::Pending);
}

// The batch is written straight from the rows (WireWriter); it must be exactly the canonical
// JSON of SyncLedger::wireRecord's record for each, whatever the text holds.
void tst_SyncLedger::batchTextIsCanonicalJsonOfTheWireRecords()
{
    const QString tricky = QStringLiteral("引号\"反斜杠\\ 控制\x01\t换行\n 表情\U0001F600 </script> \u00e9");
    const QString a = createWorker(tricky);
    QVERIFY(!a.isEmpty());
    m_clock->advanceMs(1000);
    auto employer = m_store->create(QStringLiteral("employers"),
                                    {{QStringLiteral("name"), QStringLiteral("北京某某科技有限公司")},
                                     {QStringLiteral("employee_count"), 120},
                                     {QStringLiteral("union_founded"), 1}}); // credit_code and others stay NULL
    QVERIFY2(employer.ok(), qPrintable(employer.error()));
    const QString e = employer.value().id;
    QVERIFY(m_store->update(QStringLiteral("workers"), a, 1,
                            {{QStringLiteral("phone"), QStringLiteral("  ")}, {QStringLiteral("employer_id"), e}})
                .ok());
    const QString gone = createWorker(QStringLiteral("删"));
    QVERIFY(m_store->remove(QStringLiteral("workers"), gone, 1).ok());

    auto batch = m_ledger->nextBatch(plainEncoder);
    QVERIFY2(batch.ok(), qPrintable(batch.error()));
    QVERIFY(batch.value().has_value());
    const QByteArray body = batch.value()->body;
    const QJsonObject parsed = QJsonDocument::fromJson(body).object();
    QCOMPARE(body, CanonicalJson::fromObject(parsed));
    const QJsonArray records = parsed.value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), 3);
    for (const QJsonValue &v : records) {
        const QJsonObject sent = v.toObject();
        const QString table = sent.value(QStringLiteral("table")).toString();
        auto stored = m_store->get(table, sent.value(QStringLiteral("id")).toString());
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        QCOMPARE(CanonicalJson::fromObject(sent), CanonicalJson::fromObject(SyncLedger::wireRecord(stored.value(), 0).toJson()));
    }
    QCOMPARE(records.at(0).toObject().value(QStringLiteral("values")).toObject().value(QStringLiteral("name")).toString(), tricky);
    QVERIFY(records.at(2).toObject().value(QStringLiteral("deleted")).toBool());
    QCOMPARE(batch.value()->keys.size(), 3);

    // The rows read through SQLite's API (where Qt's driver uses the system SQLite) and through
    // QSqlQuery give the same text.
    for (const QString &table : {QStringLiteral("workers"), QStringLiteral("employers")}) {
        QByteArray texts[2];
        for (int native = 0; native < 2; ++native) {
            RowCursor rows(*m_db, native == 1);
            QVERIFY2(rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table), {}), qPrintable(rows.error()));
            const WireWriter writer(table, rows);
            while (rows.next()) {
                writer.append(texts[native], rows, 7);
                texts[native] += writer.id(rows).toUtf8();
            }
        }
        QVERIFY(!texts[0].isEmpty());
        QCOMPARE(texts[1], texts[0]);
    }
}

// While a batch is at the hub the next one is frozen (SyncClient overlaps its work with the
// hub's); it stops before a record the first batch holds, whose base version the hub's answer
// decides.
void tst_SyncLedger::batchFrozenAheadEndsBeforeARecordAtTheHub()
{
    const QString a = createWorker(QStringLiteral("甲"));
    const QString b = createWorker(QStringLiteral("乙"));
    const QString c = createWorker(QStringLiteral("丙"));
    auto first = m_ledger->nextBatch(plainEncoder, 2);
    QVERIFY(first.ok() && first.value().has_value());
    const OutgoingBatch one = *first.value();
    QCOMPARE(one.records, 2);
    QVERIFY(m_store->update(QStringLiteral("workers"), a, 1, {{QStringLiteral("phone"), QStringLiteral("1")}}).ok());
    const QString d = createWorker(QStringLiteral("丁"));

    auto ahead = m_ledger->freezeAhead(one, plainEncoder, 2);
    QVERIFY2(ahead.ok(), qPrintable(ahead.error()));
    QVERIFY(ahead.value().has_value());
    const OutgoingBatch two = *ahead.value();
    QCOMPARE(two.records, 1); // c only: a is at the hub
    QCOMPARE(two.keys.value(0).second, c);
    QCOMPARE(two.fromSeq, one.toSeq + 1);
    // One batch ahead at most.
    auto third = m_ledger->freezeAhead(two, plainEncoder, 2);
    QVERIFY(third.ok() && !third.value().has_value());
    auto inFlight = m_ledger->nextBatch(plainEncoder, 2);
    QVERIFY(inFlight.ok() && inFlight.value().has_value());
    QCOMPARE(inFlight.value()->batchId, one.batchId);
    QVERIFY(inFlight.value()->keysKnown); // this ledger froze it
    QCOMPARE(inFlight.value()->keys, one.keys);
    // Read back by another run (a new ledger), what a batch holds is not known: nothing is built
    // on it, and its attachments are looked up in its body.
    SyncLedger later(*m_db, *m_clock);
    auto readBack = later.nextBatch(plainEncoder, 2);
    QVERIFY(readBack.ok() && readBack.value().has_value());
    QCOMPARE(readBack.value()->batchId, one.batchId);
    QVERIFY(!readBack.value()->keysKnown);
    QVERIFY(!readBack.value()->blobHashesKnown);

    QVERIFY(m_ledger->acknowledge(one, okReply(one)).ok());
    auto next = m_ledger->nextBatch(plainEncoder, 2);
    QVERIFY(next.ok() && next.value().has_value());
    QCOMPARE(next.value()->batchId, two.batchId); // the one frozen ahead goes next
    QVERIFY(m_ledger->acknowledge(two, okReply(two)).ok());
    auto last = m_ledger->nextBatch(plainEncoder, 2);
    QVERIFY(last.ok() && last.value().has_value());
    const QJsonArray records = QJsonDocument::fromJson(last.value()->body).object().value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).toObject().value(QStringLiteral("id")).toString(), a);
    QCOMPARE(records.at(0).toObject().value(QStringLiteral("version")).toInteger(), 2);
    QCOMPARE(records.at(0).toObject().value(QStringLiteral("base_version")).toInteger(), 1);
    QCOMPARE(records.at(1).toObject().value(QStringLiteral("id")).toString(), d);
    QVERIFY(m_ledger->acknowledge(*last.value(), okReply(*last.value())).ok());
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM outbox")).toLongLong(), 0);
    const CheckReport report = m_db->check();
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

// A record changed twice before the first batch was frozen goes in it at its latest version; its
// second outbox row, beyond that batch's range, is passed over by the batch frozen ahead (ending
// there would cost a round trip for nothing) and leaves with it.
void tst_SyncLedger::batchFrozenAheadPassesOverChangesAlreadyAtTheHub()
{
    const QString a = createWorker(QStringLiteral("甲"));
    const QString b = createWorker(QStringLiteral("乙"));
    const QString c = createWorker(QStringLiteral("丙"));
    QVERIFY(m_store->update(QStringLiteral("workers"), a, 1, {{QStringLiteral("phone"), QStringLiteral("1")}}).ok());
    const QString d = createWorker(QStringLiteral("丁"));
    auto first = m_ledger->nextBatch(plainEncoder, 2);
    QVERIFY(first.ok() && first.value().has_value());
    const OutgoingBatch one = *first.value();
    QCOMPARE(one.keys, (QList<RecordKey>{{QStringLiteral("workers"), a}, {QStringLiteral("workers"), b}}));
    QCOMPARE(one.versions, (QList<qint64>{2, 1}));
    auto ahead = m_ledger->freezeAhead(one, plainEncoder, 2);
    QVERIFY2(ahead.ok(), qPrintable(ahead.error()));
    QVERIFY(ahead.value().has_value());
    const OutgoingBatch two = *ahead.value();
    QCOMPARE(two.keys, (QList<RecordKey>{{QStringLiteral("workers"), c}, {QStringLiteral("workers"), d}}));
    QCOMPARE(two.fromSeq, one.toSeq + 1);
    QVERIFY(m_ledger->acknowledge(one, okReply(one)).ok());
    QVERIFY(m_ledger->acknowledge(two, okReply(two)).ok());
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM outbox")).toLongLong(), 0);
    auto none = m_ledger->nextBatch(plainEncoder, 2);
    QVERIFY(none.ok() && !none.value().has_value());
    const CheckReport report = m_db->check();
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void tst_SyncLedger::acknowledgementSetsStatesAndQuarantines()
{
    const QString a = createWorker(QStringLiteral("甲"));
    const QString b = createWorker(QStringLiteral("乙"));
    auto batch = m_ledger->nextBatch(plainEncoder);
    QVERIFY(batch.ok() && batch.value().has_value());
    const OutgoingBatch sent = *batch.value();
    QJsonObject reply{
        {QStringLiteral("batch_id"), sent.batchId},
        {QStringLiteral("acked_to_seq"), sent.toSeq},
        {QStringLiteral("results"),
         QJsonArray{QJsonObject{{QStringLiteral("table"), QStringLiteral("workers")}, {QStringLiteral("id"), a},
                                {QStringLiteral("status"), QStringLiteral("ok")}},
                    QJsonObject{{QStringLiteral("table"), QStringLiteral("workers")}, {QStringLiteral("id"), b},
                                {QStringLiteral("status"), QStringLiteral("forbidden")},
                                {QStringLiteral("reason"), QStringLiteral("不属于本站的辖区")}}}},
    };
    // An answer for another batch or another range is refused and changes nothing.
    QJsonObject wrong = reply;
    wrong.insert(QStringLiteral("acked_to_seq"), sent.toSeq - 1);
    QVERIFY(!m_ledger->acknowledge(sent, PushReply::fromJson(wrong).value()).ok());
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT count(*) FROM outbox")).toLongLong() > 0);

    auto parsed = PushReply::fromJson(reply);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const Status s = m_ledger->acknowledge(sent, parsed.value());
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM outbox")).toLongLong(), 0);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM sync_outgoing")).toLongLong(), 0);
    const auto states = m_ledger->states(QStringLiteral("workers"), {a, b});
    QCOMPARE(states.value(a), RecordSyncState::Synced);
    QCOMPARE(states.value(b), RecordSyncState::Error);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT reason FROM sync_quarantine WHERE record_id = ?"), {b}).toString(),
             QStringLiteral("不属于本站的辖区"));
    const SyncOverview o = m_ledger->overview();
    QCOMPARE(o.quarantined, 1);
    QCOMPARE(o.pendingRecords, 0);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT acked_seq FROM sync_peer")).toLongLong(), sent.toSeq);
    // The hub's acknowledgement removed outbox rows: `check` still finds nothing missing.
    const CheckReport report = m_db->check();
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    // Nothing left to send.
    auto next = m_ledger->nextBatch(plainEncoder);
    QVERIFY(next.ok());
    QVERIFY(!next.value().has_value());
}

void tst_SyncLedger::editAfterRefusalQueuesTheRecordAgain()
{
    const QString a = createWorker(QStringLiteral("甲"));
    auto batch = m_ledger->nextBatch(plainEncoder);
    QVERIFY(batch.ok() && batch.value().has_value());
    QJsonObject reply{{QStringLiteral("batch_id"), batch.value()->batchId},
                      {QStringLiteral("acked_to_seq"), batch.value()->toSeq},
                      {QStringLiteral("results"), QJsonArray{QJsonObject{{QStringLiteral("table"), QStringLiteral("workers")},
                                                                         {QStringLiteral("id"), a},
                                                                         {QStringLiteral("status"), QStringLiteral("ok")}}}}};
    QVERIFY(m_ledger->acknowledge(*batch.value(), PushReply::fromJson(reply).value()).ok());
    QVERIFY(m_store->update(QStringLiteral("workers"), a, 1, {{QStringLiteral("phone"), QStringLiteral("9")}}).ok());
    QCOMPARE(m_ledger->states(QStringLiteral("workers"), {a}).value(a), RecordSyncState::Pending);
    auto second = m_ledger->nextBatch(plainEncoder);
    QVERIFY(second.ok() && second.value().has_value());
    const QJsonObject rec =
        QJsonDocument::fromJson(second.value()->body).object().value(QStringLiteral("records")).toArray().at(0).toObject();
    QCOMPARE(rec.value(QStringLiteral("version")).toInteger(), 2);
    QCOMPARE(rec.value(QStringLiteral("base_version")).toInteger(), 1); // what the hub accepted
}

void tst_SyncLedger::referenceChangesStayLocal()
{
    const QString refId = scalar(*m_db, QStringLiteral("SELECT id FROM code_items WHERE origin_node = 'reference' LIMIT 1")).toString();
    const qint64 v = scalar(*m_db, QStringLiteral("SELECT version FROM code_items WHERE id = ?"), {refId}).toLongLong();
    QVERIFY(m_store->update(QStringLiteral("code_items"), refId, v, {{QStringLiteral("note"), QStringLiteral("本地")}}).ok());
    auto batch = m_ledger->nextBatch(plainEncoder);
    QVERIFY(batch.ok());
    QVERIFY(!batch.value().has_value()); // nothing goes up
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM outbox")).toLongLong(), 0);
    QCOMPARE(m_ledger->states(QStringLiteral("code_items"), {refId}).value(refId), RecordSyncState::Local);
    const CheckReport report = m_db->check();
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void tst_SyncLedger::pulledItemsAreAppliedWithTheCheckpoint()
{
    const QString worker = createWorker(QStringLiteral("退回人"));
    QVariantMap ret = review(QStringLiteral("0190f0a0-2222-7000-8000-000000000010"), QStringLiteral("workers"), worker,
                             QStringLiteral("return"), QStringLiteral("2026-12-02T10:00:00.000Z"),
                             QStringLiteral("身份证号码与姓名不符，请核实"));
    Record asRecord;
    asRecord.table = QStringLiteral("record_reviews");
    asRecord.id = ret.value(QStringLiteral("id")).toString();
    asRecord.version = 1;
    asRecord.values = ret;
    PullReply items;
    items.items.append(PullItem{7, PullKind::Review, SyncLedger::wireRecord(asRecord, 0), std::nullopt});
    items.next = 7;
    auto applied = m_ledger->applyPulled(items);
    QVERIFY2(applied.ok(), qPrintable(applied.error()));
    QCOMPARE(applied.value(), 1);
    QCOMPARE(m_ledger->pulledSeq(), 7);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT reason FROM record_reviews WHERE record_id = ?"), {worker}).toString(),
             QStringLiteral("身份证号码与姓名不符，请核实"));
    // Applying the same page again changes nothing and keeps the checkpoint.
    auto again = m_ledger->applyPulled(items);
    QVERIFY(again.ok());
    QCOMPARE(again.value(), 0);
    QCOMPARE(m_ledger->pulledSeq(), 7);
}

void tst_SyncLedger::badPulledItemIsQuarantinedAndTheRestApplied()
{
    const QString worker = createWorker(QStringLiteral("某人"));
    QVariantMap good = review(QStringLiteral("0190f0a0-2222-7000-8000-000000000020"), QStringLiteral("workers"), worker,
                              QStringLiteral("approve"), QStringLiteral("2026-12-02T10:00:00.000Z"));
    QVariantMap bad = good;
    bad.insert(QStringLiteral("id"), QStringLiteral("0190f0a0-2222-7000-8000-000000000021"));
    bad.insert(QStringLiteral("decision"), QStringLiteral("maybe"));
    const auto wire = [](const QVariantMap &values) {
        Record r;
        r.table = QStringLiteral("record_reviews");
        r.id = values.value(QStringLiteral("id")).toString();
        r.version = 1;
        r.values = values;
        return SyncLedger::wireRecord(r, 0);
    };
    PullReply items;
    items.items.append(PullItem{1, PullKind::Review, wire(bad), std::nullopt});
    items.items.append(PullItem{2, PullKind::Review, wire(good), std::nullopt});
    items.next = 2;
    auto applied = m_ledger->applyPulled(items);
    QVERIFY2(applied.ok(), qPrintable(applied.error()));
    QCOMPARE(applied.value(), 1);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM sync_quarantine WHERE direction = 'down'")).toLongLong(), 1);
    QCOMPARE(m_ledger->pulledSeq(), 2);
}

QTEST_GUILESS_MAIN(tst_SyncLedger)
#include "tst_syncledger.moc"
