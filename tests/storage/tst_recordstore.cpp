// Tests for ud::RecordStore, the one write path for records (design §3): versions, base
// versions, hybrid-clock stamps, who/when columns, field-level audit entries, outbox rows for
// synced tables, refusals that write nothing, friendly constraint messages and the audit chain.

#include "core/Clock.h"
#include "core/HybridClock.h"
#include "core/Uuid7.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordReplay.h"
#include "storage/RecordStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using ud::Database;
using ud::ManualClock;
using ud::Record;
using ud::RecordStore;

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
const QString kNodeUnit = QStringLiteral("110105015");

QString orgUnits() { return QStringLiteral("org_units"); }
QString codeItems() { return QStringLiteral("code_items"); }
QString users() { return QStringLiteral("users"); }

QVariant scalar(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

qint64 count(const Database &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
}

QVariantMap rowOf(const Database &db, const QString &table, const QString &id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    QVariantMap row;
    if (q.exec() && q.next()) {
        const QSqlRecord r = q.record();
        for (int i = 0; i < r.count(); ++i)
            row.insert(r.fieldName(i), q.value(i));
    }
    return row;
}

// Row values with everything as text, so maps compare regardless of QVariant types.
QMap<QString, QString> textOf(const QVariantMap &row)
{
    QMap<QString, QString> out;
    for (auto it = row.cbegin(); it != row.cend(); ++it)
        out.insert(it.key(), it.value().isNull() ? QStringLiteral("<null>") : it.value().toString());
    return out;
}

struct Counts
{
    qint64 rows = 0;
    qint64 audit = 0;
    qint64 outbox = 0;
    bool operator==(const Counts &o) const { return rows == o.rows && audit == o.audit && outbox == o.outbox; }
};

Counts countsFor(const Database &db, const QString &table)
{
    return {count(db, table), count(db, QStringLiteral("audit_log")), count(db, QStringLiteral("outbox"))};
}

QJsonObject lastAuditChanges(const Database &db)
{
    const QString json = scalar(db, QStringLiteral("SELECT changes FROM audit_log ORDER BY seq DESC LIMIT 1")).toString();
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QVariantMap sampleFields(const QString &table, int n)
{
    if (table == QLatin1String("org_units"))
        return {{QStringLiteral("code"), QStringLiteral("81110105TST%1").arg(n, 7, 10, QLatin1Char('0'))},
                {QStringLiteral("name"), QStringLiteral("北京样例%1有限公司工会委员会").arg(n)},
                {QStringLiteral("short_name"), QStringLiteral("样例%1工会").arg(n)},
                {QStringLiteral("parent_code"), kNodeUnit},
                {QStringLiteral("tier"), QStringLiteral("enterprise")}};
    if (table == QLatin1String("code_items"))
        return {{QStringLiteral("list"), QStringLiteral("case_tag")},
                {QStringLiteral("code"), QStringLiteral("T%1").arg(n)},
                {QStringLiteral("name_zh"), QStringLiteral("标签%1").arg(n)}};
    return {{QStringLiteral("username"), QStringLiteral("user%1").arg(n)},
            {QStringLiteral("display_name"), QStringLiteral("用户%1").arg(n)},
            {QStringLiteral("role"), QStringLiteral("mediator")},
            {QStringLiteral("password_hash"), QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA")}};
}

// A user field that every sample record has and that can be changed freely.
QString editableField(const QString &table)
{
    if (table == QLatin1String("org_units"))
        return QStringLiteral("short_name");
    if (table == QLatin1String("code_items"))
        return QStringLiteral("name_zh");
    return QStringLiteral("display_name");
}

} // namespace

class tst_RecordStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createStampsTheSystemColumns_data();
    void createStampsTheSystemColumns();
    void createAuditsOnlyTheFieldsSet();
    void updateBumpsVersionAndAuditsOnlyChangedFields_data();
    void updateBumpsVersionAndAuditsOnlyChangedFields();
    void updateToAndFromNull();
    void unchangedValuesWriteNothing_data();
    void unchangedValuesWriteNothing();
    void removeAndUndelete_data();
    void removeAndUndelete();
    void staleBaseVersionIsRefused_data();
    void staleBaseVersionIsRefused();
    void unknownOrSystemFieldIsRefused_data();
    void unknownOrSystemFieldIsRefused();
    void notARecordTable_data();
    void notARecordTable();
    void constraintViolationsGetFriendlyMessages_data();
    void constraintViolationsGetFriendlyMessages();
    void getUnknownIdFails();
    void writesNeedANode();
    void hlcIncreasesWithAFrozenClock();
    void hlcNeverGoesBackAfterRestart();
    void hlcNeverGoesBackAfterTheOutboxWasAcked();
    void auditChainVerifiesAfterManyWrites();
    void storesOnOneDatabaseContinueOneChain();
    void auditLogRefusesUpdateAndDelete();
    void auditTextIsWhatQJsonDocumentWrites_data();
    void auditTextIsWhatQJsonDocumentWrites();

private:
    void openFresh(bool withNode = true);

    std::unique_ptr<QTemporaryDir> m_shared;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_template;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
    QString m_nodeId;
};

void tst_RecordStore::initTestCase()
{
    m_shared = std::make_unique<QTemporaryDir>();
    QVERIFY(m_shared->isValid());
    m_template = m_shared->filePath(QStringLiteral("template.db"));
    Database db;
    const ud::Status s = db.open(m_template, Database::OpenMode::CreateIfMissing);
    QVERIFY2(s.ok(), qPrintable(s.error()));
}

void tst_RecordStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    openFresh();
}

void tst_RecordStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

void tst_RecordStore::openFresh(bool withNode)
{
    m_store.reset();
    m_db.reset();
    const QString path = m_dir->filePath(withNode ? QStringLiteral("node.db") : QStringLiteral("bare.db"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_template, path));
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_clock = std::make_unique<ManualClock>(kStart);
    m_db = std::make_unique<Database>();
    const ud::Status s = m_db->open(path, Database::OpenMode::ExistingOnly);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    if (withNode) {
        auto node = ud::NodeIdentity::initialize(*m_db, kNodeUnit, ud::Tier::Street,
                                                 QStringLiteral("八里庄街道工会服务站"), *m_clock);
        QVERIFY2(node.ok(), qPrintable(node.error()));
        m_nodeId = node.value().nodeId;
    }
    m_store = std::make_unique<RecordStore>(*m_db, m_clock.get());
    m_store->setActor(QStringLiteral("mediator1"));
}

void tst_RecordStore::createStampsTheSystemColumns_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("outboxRows");
    QTest::newRow("org_units (synced)") << orgUnits() << 1;
    QTest::newRow("code_items (synced)") << codeItems() << 1;
    QTest::newRow("users (local only)") << users() << 0;
}

void tst_RecordStore::createStampsTheSystemColumns()
{
    QFETCH(QString, table);
    QFETCH(int, outboxRows);

    m_clock->set(kStart.addSecs(90).addMSecs(123));
    const Counts before = countsFor(*m_db, table);
    auto created = m_store->create(table, sampleFields(table, 1), QStringLiteral("新建"));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const Record rec = created.value();

    QVERIFY2(ud::Uuid7Generator::isValid(rec.id), qPrintable(rec.id));
    QCOMPARE(ud::Uuid7Generator::timestampMs(rec.id), m_clock->nowMs());
    QCOMPARE(rec.table, table);
    QCOMPARE(rec.version, qint64(1));
    QVERIFY(!rec.deleted);

    const QVariantMap row = rowOf(*m_db, table, rec.id);
    QVERIFY(!row.isEmpty());
    const QString now = QStringLiteral("2026-03-01T08:01:30.123Z");
    QCOMPARE(row.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(row.value(QStringLiteral("base_version")).toInt(), 0);
    QCOMPARE(row.value(QStringLiteral("deleted")).toInt(), 0);
    QCOMPARE(row.value(QStringLiteral("origin_node")).toString(), m_nodeId);
    QCOMPARE(row.value(QStringLiteral("org_unit")).toString(), kNodeUnit); // defaults to the node's unit
    QCOMPARE(row.value(QStringLiteral("created_at")).toString(), now);
    QCOMPARE(row.value(QStringLiteral("updated_at")).toString(), now);
    QCOMPARE(row.value(QStringLiteral("created_by")).toString(), QStringLiteral("mediator1"));
    QCOMPARE(row.value(QStringLiteral("updated_by")).toString(), QStringLiteral("mediator1"));
    qint64 ms = 0;
    int counter = 0;
    QVERIFY(ud::HybridClock::parse(row.value(QStringLiteral("hlc")).toString(), &ms, &counter));
    QCOMPARE(ms, m_clock->nowMs());
    const QVariantMap fields = sampleFields(table, 1);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        QCOMPARE(row.value(it.key()).toString(), it.value().toString());
    // What create() returns is what was stored.
    for (auto it = row.cbegin(); it != row.cend(); ++it)
        if (rec.values.contains(it.key()))
            QCOMPARE(rec.value(it.key()).toString(), it.value().toString());

    const Counts after = countsFor(*m_db, table);
    QCOMPARE(after.rows, before.rows + 1);
    QCOMPARE(after.audit, before.audit + 1);
    QCOMPARE(after.outbox, before.outbox + outboxRows);

    const auto entries = ud::AuditLog::forRecord(m_db->connection(), table, rec.id);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().action, QStringLiteral("create"));
    QCOMPARE(entries.first().version, qint64(1));
    QCOMPARE(entries.first().actor, QStringLiteral("mediator1"));
    QCOMPARE(entries.first().nodeId, m_nodeId);
    QCOMPARE(entries.first().at, now);
    QCOMPARE(entries.first().reason, QStringLiteral("新建"));

    if (outboxRows) {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT table_name, record_id, version, hlc, queued_at FROM outbox ORDER BY seq DESC LIMIT 1")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), table);
        QCOMPARE(q.value(1).toString(), rec.id);
        QCOMPARE(q.value(2).toInt(), 1);
        QCOMPARE(q.value(3).toString(), row.value(QStringLiteral("hlc")).toString());
        QCOMPARE(q.value(4).toString(), now);
    }
}

void tst_RecordStore::createAuditsOnlyTheFieldsSet()
{
    auto created = m_store->create(codeItems(), {{QStringLiteral("list"), QStringLiteral("case_tag")},
                                                 {QStringLiteral("code"), QStringLiteral("WG")},
                                                 {QStringLiteral("name_zh"), QStringLiteral("欠薪")},
                                                 {QStringLiteral("parent_code"), QVariant()}});
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const QJsonObject changes = lastAuditChanges(*m_db);
    // Fields set (null ones left out) plus the defaulted org unit; no system columns, no columns
    // left to their schema defaults.
    QStringList keys = changes.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("code"), QStringLiteral("list"), QStringLiteral("name_zh"),
                                QStringLiteral("org_unit")}));
    QCOMPARE(changes.value(QStringLiteral("name_zh")).toArray(),
             (QJsonArray{QJsonValue(QJsonValue::Null), QStringLiteral("欠薪")}));
    // Columns not given keep their defaults.
    const QVariantMap row = rowOf(*m_db, codeItems(), created.value().id);
    QCOMPARE(row.value(QStringLiteral("active")).toInt(), 1);
    QCOMPARE(row.value(QStringLiteral("sort_order")).toInt(), 0);
    QCOMPARE(row.value(QStringLiteral("name_en")).toString(), QString());
}

void tst_RecordStore::updateBumpsVersionAndAuditsOnlyChangedFields_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("outboxRows");
    QTest::newRow("org_units") << orgUnits() << 1;
    QTest::newRow("code_items") << codeItems() << 1;
    QTest::newRow("users") << users() << 0;
}

void tst_RecordStore::updateBumpsVersionAndAuditsOnlyChangedFields()
{
    QFETCH(QString, table);
    QFETCH(int, outboxRows);

    auto created = m_store->create(table, sampleFields(table, 1));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const Record v1 = created.value();
    const QVariantMap rowV1 = rowOf(*m_db, table, v1.id);

    m_clock->advanceMs(60000);
    m_store->setActor(QStringLiteral("mediator2"));
    const QString field = editableField(table);
    const QVariantMap fields = sampleFields(table, 1);
    QVariantMap changes = fields; // every field given, only one actually different
    changes.insert(field, QStringLiteral("新的名称"));
    const Counts before = countsFor(*m_db, table);
    auto updated = m_store->update(table, v1.id, 1, changes, QStringLiteral("更正"));
    QVERIFY2(updated.ok(), qPrintable(updated.error()));
    QCOMPARE(updated.value().version, qint64(2));

    const QVariantMap row = rowOf(*m_db, table, v1.id);
    QCOMPARE(row.value(field).toString(), QStringLiteral("新的名称"));
    QCOMPARE(row.value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(row.value(QStringLiteral("base_version")).toInt(), 1);
    QVERIFY(row.value(QStringLiteral("hlc")).toString() > rowV1.value(QStringLiteral("hlc")).toString());
    QCOMPARE(row.value(QStringLiteral("created_at")).toString(), rowV1.value(QStringLiteral("created_at")).toString());
    QCOMPARE(row.value(QStringLiteral("created_by")).toString(), QStringLiteral("mediator1"));
    QCOMPARE(row.value(QStringLiteral("updated_at")).toString(), QStringLiteral("2026-03-01T08:01:00.000Z"));
    QCOMPARE(row.value(QStringLiteral("updated_by")).toString(), QStringLiteral("mediator2"));
    QCOMPARE(row.value(QStringLiteral("origin_node")).toString(), m_nodeId);
    // The returned record says the same.
    QCOMPARE(updated.value().value(QStringLiteral("base_version")).toInt(), 1);
    QCOMPARE(updated.value().value(QStringLiteral("hlc")).toString(), row.value(QStringLiteral("hlc")).toString());
    QCOMPARE(updated.value().value(field).toString(), QStringLiteral("新的名称"));

    const QJsonObject audit = lastAuditChanges(*m_db);
    QCOMPARE(audit.keys(), QStringList{field});
    QCOMPARE(audit.value(field).toArray(),
             (QJsonArray{fields.value(field).toString(), QStringLiteral("新的名称")}));
    const auto entries = ud::AuditLog::forRecord(m_db->connection(), table, v1.id);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.last().action, QStringLiteral("update"));
    QCOMPARE(entries.last().version, qint64(2));
    QCOMPARE(entries.last().actor, QStringLiteral("mediator2"));
    QCOMPARE(entries.last().reason, QStringLiteral("更正"));

    const Counts after = countsFor(*m_db, table);
    QCOMPARE(after.rows, before.rows);
    QCOMPARE(after.audit, before.audit + 1);
    QCOMPARE(after.outbox, before.outbox + outboxRows);
    if (outboxRows)
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT version FROM outbox WHERE record_id = ? ORDER BY seq DESC LIMIT 1"),
                        {v1.id}).toInt(), 2);

    // A second edit from version 2.
    m_clock->advanceMs(1000);
    auto third = m_store->update(table, v1.id, 2, {{field, QStringLiteral("第三版")}});
    QVERIFY2(third.ok(), qPrintable(third.error()));
    QCOMPARE(third.value().version, qint64(3));
    QCOMPARE(rowOf(*m_db, table, v1.id).value(QStringLiteral("base_version")).toInt(), 2);
}

void tst_RecordStore::updateToAndFromNull()
{
    auto created = m_store->create(codeItems(), sampleFields(codeItems(), 1));
    QVERIFY(created.ok());
    const QString id = created.value().id;
    auto a = m_store->update(codeItems(), id, 1, {{QStringLiteral("parent_code"), QStringLiteral("P1")}});
    QVERIFY2(a.ok(), qPrintable(a.error()));
    QCOMPARE(lastAuditChanges(*m_db).value(QStringLiteral("parent_code")).toArray(),
             (QJsonArray{QJsonValue(QJsonValue::Null), QStringLiteral("P1")}));
    auto b = m_store->update(codeItems(), id, 2, {{QStringLiteral("parent_code"), QVariant()}});
    QVERIFY2(b.ok(), qPrintable(b.error()));
    QCOMPARE(b.value().version, qint64(3));
    QCOMPARE(lastAuditChanges(*m_db).value(QStringLiteral("parent_code")).toArray(),
             (QJsonArray{QStringLiteral("P1"), QJsonValue(QJsonValue::Null)}));
    QVERIFY(rowOf(*m_db, codeItems(), id).value(QStringLiteral("parent_code")).isNull());
    // An empty text is a value, not "no value".
    auto c = m_store->update(codeItems(), id, 3, {{QStringLiteral("parent_code"), QStringLiteral("")}});
    QVERIFY2(c.ok(), qPrintable(c.error()));
    QCOMPARE(c.value().version, qint64(4));
}

void tst_RecordStore::unchangedValuesWriteNothing_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value"); // the value already stored, maybe as another type

    QTest::newRow("org_units: same text") << orgUnits() << QStringLiteral("short_name") << QVariant(QStringLiteral("样例1工会"));
    QTest::newRow("users: same text") << users() << QStringLiteral("display_name") << QVariant(QStringLiteral("用户1"));
    QTest::newRow("code_items: null stays null") << codeItems() << QStringLiteral("parent_code") << QVariant();
    QTest::newRow("code_items: int 0 as int") << codeItems() << QStringLiteral("sort_order") << QVariant(0);
    QTest::newRow("code_items: int 0 as qlonglong") << codeItems() << QStringLiteral("sort_order") << QVariant(qlonglong(0));
    QTest::newRow("code_items: int 0 as text") << codeItems() << QStringLiteral("sort_order") << QVariant(QStringLiteral("0"));
    QTest::newRow("code_items: active 1 as int") << codeItems() << QStringLiteral("active") << QVariant(1);
    // A check box hands over a bool; the column holds 1.
    QTest::newRow("code_items: active 1 as bool true") << codeItems() << QStringLiteral("active") << QVariant(true);
}

void tst_RecordStore::unchangedValuesWriteNothing()
{
    QFETCH(QString, table);
    QFETCH(QString, field);
    QFETCH(QVariant, value);

    auto created = m_store->create(table, sampleFields(table, 1));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const QString id = created.value().id;
    const QVariantMap rowBefore = rowOf(*m_db, table, id);
    const Counts before = countsFor(*m_db, table);

    m_clock->advanceMs(5000);
    auto same = m_store->update(table, id, 1, {{field, value}});
    QVERIFY2(same.ok(), qPrintable(same.error()));
    QCOMPARE(same.value().version, qint64(1));
    QCOMPARE(countsFor(*m_db, table), before);
    QCOMPARE(textOf(rowOf(*m_db, table, id)), textOf(rowBefore)); // not even updated_at moved
}

void tst_RecordStore::removeAndUndelete_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("outboxRows");
    QTest::newRow("org_units") << orgUnits() << 1;
    QTest::newRow("code_items") << codeItems() << 1;
    QTest::newRow("users") << users() << 0;
}

void tst_RecordStore::removeAndUndelete()
{
    QFETCH(QString, table);
    QFETCH(int, outboxRows);

    auto created = m_store->create(table, sampleFields(table, 1));
    QVERIFY(created.ok());
    const QString id = created.value().id;

    Counts before = countsFor(*m_db, table);
    m_clock->advanceMs(1000);
    auto removed = m_store->remove(table, id, 1, QStringLiteral("重复录入"));
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    QVERIFY(removed.value().deleted);
    QCOMPARE(removed.value().version, qint64(2));
    QVariantMap row = rowOf(*m_db, table, id);
    QVERIFY(!row.isEmpty()); // a tombstone, not a deleted row
    QCOMPARE(row.value(QStringLiteral("deleted")).toInt(), 1);
    QCOMPARE(row.value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(row.value(QStringLiteral("base_version")).toInt(), 1);
    QCOMPARE(lastAuditChanges(*m_db), (QJsonObject{{QStringLiteral("deleted"), QJsonArray{0, 1}}}));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")).toString(),
             QStringLiteral("delete"));
    Counts after = countsFor(*m_db, table);
    QCOMPARE(after.rows, before.rows);
    QCOMPARE(after.audit, before.audit + 1);
    QCOMPARE(after.outbox, before.outbox + outboxRows);

    // A deleted record cannot be edited.
    auto edit = m_store->update(table, id, 2, {{editableField(table), QStringLiteral("x")}});
    QVERIFY(!edit.ok());
    QVERIFY2(edit.error().contains(QStringLiteral("deleted")), qPrintable(edit.error()));
    QCOMPARE(countsFor(*m_db, table), after);

    before = after;
    m_clock->advanceMs(1000);
    auto restored = m_store->undelete(table, id, 2, QStringLiteral("误删"));
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QVERIFY(!restored.value().deleted);
    QCOMPARE(restored.value().version, qint64(3));
    row = rowOf(*m_db, table, id);
    QCOMPARE(row.value(QStringLiteral("deleted")).toInt(), 0);
    QCOMPARE(row.value(QStringLiteral("base_version")).toInt(), 2);
    QCOMPARE(lastAuditChanges(*m_db), (QJsonObject{{QStringLiteral("deleted"), QJsonArray{1, 0}}}));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")).toString(),
             QStringLiteral("undelete"));
    after = countsFor(*m_db, table);
    QCOMPARE(after.audit, before.audit + 1);
    QCOMPARE(after.outbox, before.outbox + outboxRows);

    // Undeleting a live record changes nothing.
    auto again = m_store->undelete(table, id, 3);
    QVERIFY(again.ok());
    QCOMPARE(again.value().version, qint64(3));
    QCOMPARE(countsFor(*m_db, table), after);
}

void tst_RecordStore::staleBaseVersionIsRefused_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<qint64>("baseVersion"); // the record is at version 2
    for (const QString &table : {orgUnits(), users()}) {
        for (const char *op : {"update", "remove", "undelete"}) {
            QTest::addRow("%s %s from version 1", qPrintable(table), op) << table << QString::fromLatin1(op) << qint64(1);
            QTest::addRow("%s %s from version 3", qPrintable(table), op) << table << QString::fromLatin1(op) << qint64(3);
        }
    }
}

void tst_RecordStore::staleBaseVersionIsRefused()
{
    QFETCH(QString, table);
    QFETCH(QString, operation);
    QFETCH(qint64, baseVersion);

    auto created = m_store->create(table, sampleFields(table, 1));
    QVERIFY(created.ok());
    const QString id = created.value().id;
    auto v2 = m_store->update(table, id, 1, {{editableField(table), QStringLiteral("第二版")}});
    QVERIFY(v2.ok());
    if (operation == QLatin1String("undelete")) {
        // Make undelete meaningful: delete at version 2 -> 3, then try to undelete from a stale version.
        QVERIFY(m_store->remove(table, id, 2).ok());
        baseVersion = baseVersion == 1 ? 2 : 4;
    }
    const QVariantMap rowBefore = rowOf(*m_db, table, id);
    const Counts before = countsFor(*m_db, table);

    m_clock->advanceMs(1000);
    ud::Result<Record> result = Record();
    if (operation == QLatin1String("update"))
        result = m_store->update(table, id, baseVersion, {{editableField(table), QStringLiteral("冲突")}});
    else if (operation == QLatin1String("remove"))
        result = m_store->remove(table, id, baseVersion);
    else
        result = m_store->undelete(table, id, baseVersion);
    QVERIFY(!result.ok());
    const qint64 current = rowBefore.value(QStringLiteral("version")).toLongLong();
    QVERIFY2(result.error().contains(QStringLiteral("version %1").arg(current)), qPrintable(result.error()));
    QVERIFY2(result.error().contains(QStringLiteral("version %1").arg(baseVersion)), qPrintable(result.error()));
    QCOMPARE(countsFor(*m_db, table), before);
    QCOMPARE(textOf(rowOf(*m_db, table, id)), textOf(rowBefore));
}

void tst_RecordStore::unknownOrSystemFieldIsRefused_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("field");
    const QStringList fields = {QStringLiteral("no_such_field"), QStringLiteral("id"), QStringLiteral("version"),
                                QStringLiteral("base_version"), QStringLiteral("hlc"), QStringLiteral("origin_node"),
                                QStringLiteral("created_at"), QStringLiteral("created_by"), QStringLiteral("updated_at"),
                                QStringLiteral("updated_by"), QStringLiteral("deleted"),
                                QStringLiteral("name = 'x', version"), QStringLiteral("NAME")};
    for (const char *op : {"create", "update"})
        for (const QString &f : fields)
            QTest::addRow("%s: %s", op, qPrintable(f)) << QString::fromLatin1(op) << f;
}

void tst_RecordStore::unknownOrSystemFieldIsRefused()
{
    QFETCH(QString, operation);
    QFETCH(QString, field);

    auto created = m_store->create(orgUnits(), sampleFields(orgUnits(), 1));
    QVERIFY(created.ok());
    const QString id = created.value().id;
    const QVariantMap rowBefore = rowOf(*m_db, orgUnits(), id);
    const Counts before = countsFor(*m_db, orgUnits());

    ud::Result<Record> result = Record();
    if (operation == QLatin1String("create")) {
        QVariantMap fields = sampleFields(orgUnits(), 2);
        fields.insert(field, QStringLiteral("9"));
        result = m_store->create(orgUnits(), fields);
    } else {
        result = m_store->update(orgUnits(), id, 1, {{editableField(orgUnits()), QStringLiteral("改")}, {field, QStringLiteral("9")}});
    }
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(field), qPrintable(result.error()));
    QCOMPARE(countsFor(*m_db, orgUnits()), before);
    QCOMPARE(textOf(rowOf(*m_db, orgUnits(), id)), textOf(rowBefore));
}

void tst_RecordStore::notARecordTable_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("audit_log") << QStringLiteral("audit_log");
    QTest::newRow("outbox") << QStringLiteral("outbox");
    QTest::newRow("node") << QStringLiteral("node");
    QTest::newRow("sqlite_master") << QStringLiteral("sqlite_master");
    QTest::newRow("injection") << QStringLiteral("org_units; DROP TABLE outbox; --");
    QTest::newRow("empty") << QString();
}

void tst_RecordStore::notARecordTable()
{
    QFETCH(QString, table);
    const Counts before = countsFor(*m_db, QStringLiteral("org_units"));
    auto created = m_store->create(table, {{QStringLiteral("name"), QStringLiteral("x")}});
    QVERIFY(!created.ok());
    QVERIFY(!created.error().isEmpty());
    QVERIFY(!m_store->update(table, QStringLiteral("x"), 1, {{QStringLiteral("name"), QStringLiteral("x")}}).ok());
    QVERIFY(!m_store->remove(table, QStringLiteral("x"), 1).ok());
    QVERIFY(!m_store->get(table, QStringLiteral("x")).ok());
    QCOMPARE(countsFor(*m_db, QStringLiteral("org_units")), before);
}

void tst_RecordStore::constraintViolationsGetFriendlyMessages_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QVariantMap>("fields");
    QTest::addColumn<QString>("message");

    QVariantMap noName = sampleFields(orgUnits(), 9);
    noName.remove(QStringLiteral("name"));
    QTest::newRow("NOT NULL: org unit without a name") << orgUnits() << noName << QStringLiteral("The field \"name\" is required.");
    QVariantMap nullName = sampleFields(orgUnits(), 9);
    nullName.insert(QStringLiteral("name"), QVariant());
    QTest::newRow("NOT NULL: org unit with a null name") << orgUnits() << nullName << QStringLiteral("The field \"name\" is required.");
    QVariantMap noPassword = sampleFields(users(), 9);
    noPassword.remove(QStringLiteral("password_hash"));
    QTest::newRow("NOT NULL: user without a password") << users() << noPassword
                                                       << QStringLiteral("The field \"password\" is required.");

    QVariantMap sameCode = sampleFields(orgUnits(), 9);
    sameCode.insert(QStringLiteral("code"), kNodeUnit); // the street itself, from the reference data
    QTest::newRow("UNIQUE: org unit code") << orgUnits() << sameCode << QStringLiteral("Another record already has the same code.");
    QVariantMap sameItem = sampleFields(codeItems(), 9);
    sameItem.insert(QStringLiteral("list"), QStringLiteral("industry"));
    sameItem.insert(QStringLiteral("code"), QStringLiteral("A"));
    QTest::newRow("UNIQUE: code item list+code") << codeItems() << sameItem
                                                 << QStringLiteral("Another record already has the same code list, code.");

    QVariantMap orphan = sampleFields(orgUnits(), 9);
    orphan.insert(QStringLiteral("parent_code"), QStringLiteral("999999999"));
    QTest::newRow("FOREIGN KEY: unknown parent") << orgUnits() << orphan
                                                 << QStringLiteral("The record refers to something that does not exist.");

    QVariantMap badTier = sampleFields(orgUnits(), 9);
    badTier.insert(QStringLiteral("tier"), QStringLiteral("galaxy"));
    QTest::newRow("CHECK: unknown tier") << orgUnits() << badTier << QStringLiteral("A value is outside what is allowed");
}

void tst_RecordStore::constraintViolationsGetFriendlyMessages()
{
    QFETCH(QString, table);
    QFETCH(QVariantMap, fields);
    QFETCH(QString, message);

    const Counts before = countsFor(*m_db, table);
    auto created = m_store->create(table, fields);
    QVERIFY(!created.ok());
    QVERIFY2(created.error().startsWith(message), qPrintable(created.error()));
    QCOMPARE(countsFor(*m_db, table), before);
    // The store keeps working after a refused write.
    QVERIFY(m_store->create(table, sampleFields(table, 10)).ok());
}

void tst_RecordStore::getUnknownIdFails()
{
    auto r = m_store->get(orgUnits(), QStringLiteral("018f0000-0000-7000-8000-000000000000"));
    QVERIFY(!r.ok());
    QVERIFY(r.error().contains(QStringLiteral("does not exist")));
    auto u = m_store->update(orgUnits(), QStringLiteral("018f0000-0000-7000-8000-000000000000"), 1,
                             {{QStringLiteral("name"), QStringLiteral("x")}});
    QVERIFY(!u.ok());
}

void tst_RecordStore::writesNeedANode()
{
    openFresh(false);
    const Counts before = countsFor(*m_db, orgUnits());
    auto created = m_store->create(orgUnits(), sampleFields(orgUnits(), 1));
    QVERIFY(!created.ok());
    QVERIFY2(created.error().contains(QStringLiteral("node")), qPrintable(created.error()));
    QCOMPARE(countsFor(*m_db, orgUnits()), before);
}

void tst_RecordStore::hlcIncreasesWithAFrozenClock()
{
    QString previous;
    QString id;
    for (int i = 0; i < 30; ++i) {
        auto created = m_store->create(orgUnits(), sampleFields(orgUnits(), i));
        QVERIFY(created.ok());
        const QString hlc = created.value().value(QStringLiteral("hlc")).toString();
        QVERIFY2(previous < hlc, qPrintable(previous + QStringLiteral(" !< ") + hlc));
        previous = hlc;
        id = created.value().id;
    }
    for (qint64 v = 1; v <= 10; ++v) {
        auto updated = m_store->update(orgUnits(), id, v, {{QStringLiteral("short_name"), QStringLiteral("v%1").arg(v)}});
        QVERIFY(updated.ok());
        const QString hlc = updated.value().value(QStringLiteral("hlc")).toString();
        QVERIFY2(previous < hlc, qPrintable(previous + QStringLiteral(" !< ") + hlc));
        previous = hlc;
    }
}

void tst_RecordStore::hlcNeverGoesBackAfterRestart()
{
    auto created = m_store->create(orgUnits(), sampleFields(orgUnits(), 1));
    QVERIFY(created.ok());
    const QString first = created.value().value(QStringLiteral("hlc")).toString();

    // The application restarts with the wall clock set back an hour.
    m_store.reset();
    m_clock->advanceMs(-3600 * 1000);
    m_store = std::make_unique<RecordStore>(*m_db, m_clock.get());
    auto updated = m_store->update(orgUnits(), created.value().id, 1, {{QStringLiteral("short_name"), QStringLiteral("改")}});
    QVERIFY(updated.ok());
    const QString second = updated.value().value(QStringLiteral("hlc")).toString();
    QVERIFY2(first < second, qPrintable(first + QStringLiteral(" !< ") + second));
}

void tst_RecordStore::hlcNeverGoesBackAfterTheOutboxWasAcked()
{
    auto created = m_store->create(orgUnits(), sampleFields(orgUnits(), 1));
    QVERIFY(created.ok());
    const QString first = created.value().value(QStringLiteral("hlc")).toString();

    // The hub acknowledged everything, so the station deleted its outbox rows (design §4);
    // then the application restarts with the wall clock set back an hour.
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM outbox")).ok());
    m_store.reset();
    m_clock->advanceMs(-3600 * 1000);
    m_store = std::make_unique<RecordStore>(*m_db, m_clock.get());
    auto updated = m_store->update(orgUnits(), created.value().id, 1, {{QStringLiteral("short_name"), QStringLiteral("改")}});
    QVERIFY(updated.ok());
    const QString second = updated.value().value(QStringLiteral("hlc")).toString();
    QVERIFY2(first < second, qPrintable(QStringLiteral("the record's stamp went back from %1 to %2").arg(first, second)));
}

// Two stores on one database (as services and the command facade each make their own) write
// in turns inside one transaction, with a savepoint rolled back between them: the audit log of
// the database keeps one chain head for both, so every entry links to the one written before it.
void tst_RecordStore::storesOnOneDatabaseContinueOneChain()
{
    RecordStore other(*m_db, m_clock.get());
    other.setActor(QStringLiteral("mediator1"));
    const qint64 before = count(*m_db, QStringLiteral("audit_log"));
    {
        Database::Transaction tx(*m_db);
        QVERIFY(tx.isActive());
        for (int i = 0; i < 6; ++i) {
            RecordStore &store = i % 2 ? other : *m_store;
            QVERIFY(store.create(codeItems(), sampleFields(codeItems(), 100 + i)).ok());
            if (i == 2) {
                Database::Transaction savepoint(*m_db);
                QVERIFY(other.create(codeItems(), sampleFields(codeItems(), 200)).ok());
                QVERIFY(m_store->create(codeItems(), sampleFields(codeItems(), 201)).ok());
                // rolled back: its two entries are gone
            }
        }
        QVERIFY(tx.commit().ok());
    }
    QVERIFY(m_store->create(codeItems(), sampleFields(codeItems(), 300)).ok());
    QVERIFY(other.create(codeItems(), sampleFields(codeItems(), 301)).ok());
    QCOMPARE(count(*m_db, QStringLiteral("audit_log")), before + 8);
    const auto chain = ud::AuditLog::verifyChain(m_db->connection());
    QVERIFY2(chain.ok, qPrintable(QStringLiteral("first bad entry %1").arg(chain.firstBadSeq)));
    const ud::CheckReport report = m_db->check();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void tst_RecordStore::auditChainVerifiesAfterManyWrites()
{
    QStringList ids;
    qint64 expectedEntries = count(*m_db, QStringLiteral("audit_log"));
    for (int i = 0; i < 60; ++i) {
        m_clock->advanceMs(i % 4 == 0 ? 0 : 250);
        const QString table = i % 3 == 0 ? orgUnits() : (i % 3 == 1 ? codeItems() : users());
        m_store->setActor(i % 2 ? QStringLiteral("mediator1") : QStringLiteral("管理员"));
        auto created = m_store->create(table, sampleFields(table, i), i % 5 == 0 ? QStringLiteral("批量\n导入") : QString());
        QVERIFY2(created.ok(), qPrintable(created.error()));
        ++expectedEntries;
        auto updated = m_store->update(table, created.value().id, 1, {{editableField(table), QStringLiteral("改%1").arg(i)}});
        QVERIFY(updated.ok());
        ++expectedEntries;
        if (i % 4 == 0) {
            QVERIFY(m_store->remove(table, created.value().id, 2).ok());
            ++expectedEntries;
        }
    }
    const auto chain = ud::AuditLog::verifyChain(m_db->connection());
    QVERIFY(chain.ok);
    QCOMPARE(chain.entries, expectedEntries);
    QCOMPARE(chain.firstBadSeq, qint64(0));
    const ud::CheckReport report = m_db->check();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    QCOMPARE(report.auditEntries, expectedEntries);

    // Every entry links to the one before it.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT prev_hash, hash FROM audit_log ORDER BY seq")));
    QString previous = QString(64, QLatin1Char('0'));
    while (q.next()) {
        QCOMPARE(q.value(0).toString(), previous);
        QCOMPARE(q.value(1).toString().size(), 64);
        previous = q.value(1).toString();
    }
}

void tst_RecordStore::auditLogRefusesUpdateAndDelete()
{
    QVERIFY(m_store->create(orgUnits(), sampleFields(orgUnits(), 1)).ok());
    QVERIFY(m_store->create(orgUnits(), sampleFields(orgUnits(), 2)).ok());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT group_concat(actor || changes || hash, '|') FROM audit_log")));
    QVERIFY(q.next());
    const QString before = q.value(0).toString();
    q.finish();

    for (const QString &sql : {QStringLiteral("UPDATE audit_log SET actor = 'mallory'"),
                               QStringLiteral("UPDATE audit_log SET changes = '{}' WHERE seq = 1"),
                               QStringLiteral("DELETE FROM audit_log WHERE seq = 1"),
                               QStringLiteral("DELETE FROM audit_log"),
                               // REPLACE deletes the old row without firing delete triggers
                               // (unless recursive_triggers is on).
                               QStringLiteral("INSERT OR REPLACE INTO audit_log (seq, at, actor, node_id, table_name, "
                                              "record_id, action, version, changes, reason, prev_hash, hash) SELECT seq, "
                                              "at, 'mallory', node_id, table_name, record_id, action, version, changes, "
                                              "reason, prev_hash, hash FROM audit_log WHERE seq = 1")}) {
        const ud::Status s = m_db->exec(sql);
        QVERIFY2(!s.ok(), qPrintable(sql));
        QVERIFY2(s.error().contains(QStringLiteral("append-only")), qPrintable(s.error()));
    }
    QVERIFY(q.exec(QStringLiteral("SELECT group_concat(actor || changes || hash, '|') FROM audit_log")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), before);
    QVERIFY(ud::AuditLog::verifyChain(m_db->connection()).ok);
}

void tst_RecordStore::auditTextIsWhatQJsonDocumentWrites_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QVariantMap>("fields");
    QTest::addColumn<QVariantMap>("changes"); // an update afterwards; empty: none
    QTest::newRow("code item, tricky text and numbers")
        << codeItems()
        << QVariantMap{{QStringLiteral("list"), QStringLiteral("case_tag")},
                       {QStringLiteral("code"), QStringLiteral("Q\"1\\")},
                       {QStringLiteral("name_zh"), QStringLiteral("欠薪 \"引号\"\n\t工会 😀 \x01 / end")},
                       {QStringLiteral("name_en"), QStringLiteral("")},
                       {QStringLiteral("note"), QString::fromUtf16(u"lone \xd83d surrogate")},
                       {QStringLiteral("sort_order"), qlonglong(9007199254740993LL)},
                       {QStringLiteral("active"), true},
                       {QStringLiteral("parent_code"), QVariant()}}
        << QVariantMap{{QStringLiteral("name_zh"), QStringLiteral("改名 \"x\"")},
                       {QStringLiteral("sort_order"), -3},
                       {QStringLiteral("active"), false},
                       {QStringLiteral("note"), QStringLiteral("")},
                       {QStringLiteral("parent_code"), QStringLiteral("Q")}};
    QTest::newRow("user with a secret")
        << users()
        << QVariantMap{{QStringLiteral("username"), QStringLiteral("wang.fang")},
                       {QStringLiteral("display_name"), QStringLiteral("王芳")},
                       {QStringLiteral("role"), QStringLiteral("mediator")},
                       {QStringLiteral("password_hash"), QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$abc$def")}}
        << QVariantMap{{QStringLiteral("password_hash"), QStringLiteral("$argon2id$other")},
                       {QStringLiteral("disabled"), 1}};
}

void tst_RecordStore::auditTextIsWhatQJsonDocumentWrites()
{
    // The audit chain hashes the stored JSON text. It is written without QJsonDocument now;
    // it must still be exactly what QJsonDocument writes for the same changes.
    QFETCH(QString, table);
    QFETCH(QVariantMap, fields);
    QFETCH(QVariantMap, changes);
    // A password hash is recorded as its MAC keyed with the node key (schema 9), never as is.
    const QByteArray key = m_db->sealKey().value();
    const auto json = [&key](const QVariant &v, const QString &column) {
        if (column == QLatin1String("password_hash") && !v.isNull())
            return QJsonValue(ud::RecordReplay::sealedSecret(key, v.toString()));
        return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(v);
    };
    const auto lastChangesText = [this]() {
        return scalar(*m_db, QStringLiteral("SELECT changes FROM audit_log ORDER BY seq DESC LIMIT 1")).toString().toUtf8();
    };

    auto created = m_store->create(table, fields);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QJsonObject expected;
    for (auto it = created.value().values.cbegin(); it != created.value().values.cend(); ++it)
        if (!RecordStore::systemColumns().contains(it.key()) && !it.value().isNull())
            expected.insert(it.key(), QJsonArray{QJsonValue(QJsonValue::Null), json(it.value(), it.key())});
    QCOMPARE(lastChangesText(), QJsonDocument(expected).toJson(QJsonDocument::Compact));

    const auto before = m_store->get(table, created.value().id);
    QVERIFY(before.ok());
    auto updated = m_store->update(table, created.value().id, 1, changes);
    QVERIFY2(updated.ok(), qPrintable(updated.error()));
    QJsonObject diff;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        diff.insert(it.key(), QJsonArray{json(before.value().value(it.key()), it.key()), json(it.value(), it.key())});
    QCOMPARE(lastChangesText(), QJsonDocument(diff).toJson(QJsonDocument::Compact));

    // Stored as text (not blobs), and the chain verifies.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE typeof(changes) <> 'text' "
                                          "OR typeof(prev_hash) <> 'text' OR typeof(hash) <> 'text' "
                                          "OR length(hash) <> 64 OR length(prev_hash) <> 64"))
                 .toInt(),
             0);
    QVERIFY(ud::AuditLog::verifyChain(m_db->connection()).ok);
}

QTEST_GUILESS_MAIN(tst_RecordStore)
#include "tst_recordstore.moc"
