// Tests for RecordStore::createMany, the batch form of create(): the same rows, audit entries
// and outbox rows as create() in a loop, written with multi-row INSERTs in chunks; a record that
// fails is left out on its own, and the audit chain stays intact.

#include "core/Clock.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using ud::Database;
using ud::RecordStore;
using ud::Result;

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
const QString kStreet = QStringLiteral("110105015");
const QString kOrgUnits = QStringLiteral("org_units");
const QString kCodeItems = QStringLiteral("code_items");

qint64 count(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Rows of a table as text in rowid order, with the columns that hold random identifiers or
// hashes over them left out.
QStringList rowsOf(const Database &db, const QString &table)
{
    static const QStringList skip = {QStringLiteral("id"), QStringLiteral("record_id"), QStringLiteral("prev_hash"),
                                     QStringLiteral("hash")};
    QStringList out;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table));
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            if (!skip.contains(q.record().fieldName(i)))
                cells << (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

// Every value stored with the type its column declares: text in TEXT columns, integers in
// INTEGER columns (no blobs, whatever way the text was bound). Returns the offending cells.
QStringList wronglyTyped(const Database &db, const QString &table)
{
    QStringList out;
    QSqlQuery info(db.connection());
    info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (info.next()) {
        const QString column = info.value(1).toString();
        const QString declared = info.value(2).toString().toLower();
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT DISTINCT typeof(%1) FROM %2").arg(column, table));
        while (q.next()) {
            const QString stored = q.value(0).toString();
            if (stored != QLatin1String("null") && stored != declared)
                out << QStringLiteral("%1.%2 (%3): %4").arg(table, column, declared, stored);
        }
    }
    return out;
}

QVariantMap unit(int n, const QString &parent = kStreet)
{
    return {{QStringLiteral("code"), QStringLiteral("81110105BAT%1").arg(n, 7, 10, QLatin1Char('0'))},
            {QStringLiteral("name"), QStringLiteral("北京批量%1有限公司工会委员会").arg(n)},
            {QStringLiteral("short_name"), QStringLiteral("批量%1工会").arg(n)},
            {QStringLiteral("parent_code"), parent},
            {QStringLiteral("tier"), QStringLiteral("enterprise")}};
}

QString codeOf(int n)
{
    return unit(n).value(QStringLiteral("code")).toString();
}

QVariantMap codeItem(int n, bool withNote)
{
    QVariantMap m{{QStringLiteral("list"), QStringLiteral("case_tag")},
                  {QStringLiteral("code"), QStringLiteral("B%1").arg(n)},
                  {QStringLiteral("name_zh"), QStringLiteral("标签 \"%1\"\n").arg(n)},
                  {QStringLiteral("sort_order"), n}};
    if (withNote)
        m.insert(QStringLiteral("note"), n % 2 ? QStringLiteral("备注 %1 😀").arg(n) : QString::fromUtf16(u"lone \xd83d %1").arg(n));
    if (n % 5 == 0)
        m.insert(QStringLiteral("sort_order"), QString::number(n)); // text for an INTEGER column
    if (n % 9 == 0)
        m.insert(QStringLiteral("name_en"), QStringLiteral("")); // empty text
    return m;
}

} // namespace

class tst_RecordStoreBatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void writesWhatCreateWrites_data();
    void writesWhatCreateWrites();
    void idsAndAuditInInputOrder();
    void eachFailureIsReportedOnItsOwn();
    void refersOnlyBackwardAsCreateDoes();
    void injectedFaultsLeaveOnlyThatRecordOut_data();
    void injectedFaultsLeaveOnlyThatRecordOut();
    void wholeTransactionRolledBackBySQLite();
    void insideABatchThatIsGivenUp();
    void emptyAndNotARecordTable();

private:
    void openAt(const QString &name, std::unique_ptr<Database> &db, std::unique_ptr<RecordStore> &store,
                std::unique_ptr<ud::ManualClock> &clock);
    void verifyChain(const Database &db);

    std::unique_ptr<QTemporaryDir> m_shared;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_template;
    std::unique_ptr<ud::ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
};

void tst_RecordStoreBatch::initTestCase()
{
    m_shared = std::make_unique<QTemporaryDir>();
    QVERIFY(m_shared->isValid());
    m_template = m_shared->filePath(QStringLiteral("template.db"));
    Database db;
    QVERIFY(db.open(m_template, Database::OpenMode::CreateIfMissing).ok());
    ud::ManualClock clock(kStart);
    auto node = ud::NodeIdentity::initialize(db, kStreet, ud::Tier::Street, QString(), clock);
    QVERIFY2(node.ok(), qPrintable(node.error()));
}

void tst_RecordStoreBatch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    openAt(QStringLiteral("node.db"), m_db, m_store, m_clock);
}

void tst_RecordStoreBatch::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

void tst_RecordStoreBatch::openAt(const QString &name, std::unique_ptr<Database> &db,
                                  std::unique_ptr<RecordStore> &store, std::unique_ptr<ud::ManualClock> &clock)
{
    const QString path = m_dir->filePath(name);
    QVERIFY(QFile::copy(m_template, path));
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    clock = std::make_unique<ud::ManualClock>(kStart);
    db = std::make_unique<Database>();
    QVERIFY(db->open(path, Database::OpenMode::ExistingOnly).ok());
    store = std::make_unique<RecordStore>(*db, clock.get());
    store->setActor(QStringLiteral("importer"));
}

void tst_RecordStoreBatch::verifyChain(const Database &db)
{
    const auto chain = ud::AuditLog::verifyChain(db.connection());
    QVERIFY2(chain.ok, qPrintable(QStringLiteral("audit chain broken at %1").arg(chain.firstBadSeq)));
    QCOMPARE(chain.entries, count(db, QStringLiteral("audit_log")));
}

void tst_RecordStoreBatch::writesWhatCreateWrites_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("records");
    QTest::newRow("org units, one") << kOrgUnits << 1;
    QTest::newRow("org units, two chunks and a bit") << kOrgUnits << 70;
    QTest::newRow("code items, mixed fields") << kCodeItems << 45;
}

void tst_RecordStoreBatch::writesWhatCreateWrites()
{
    QFETCH(QString, table);
    QFETCH(int, records);
    QList<QVariantMap> fields;
    for (int i = 0; i < records; ++i)
        fields << (table == kOrgUnits ? unit(i) : codeItem(i, i % 7 < 3));

    // The same records through create() in one transaction, in a second database with a clock
    // that stands still the same way: everything but the random identifiers must be identical.
    std::unique_ptr<Database> otherDb;
    std::unique_ptr<RecordStore> otherStore;
    std::unique_ptr<ud::ManualClock> otherClock;
    openAt(QStringLiteral("other.db"), otherDb, otherStore, otherClock);
    {
        Database::Transaction tx(*otherDb);
        for (const QVariantMap &f : std::as_const(fields))
            QVERIFY(otherStore->create(table, f, QStringLiteral("import")).ok());
        QVERIFY(tx.commit().ok());
    }
    const QList<Result<QString>> results = m_store->createMany(table, fields, QStringLiteral("import"));
    QCOMPARE(results.size(), fields.size());
    for (const auto &r : results)
        QVERIFY2(r.ok(), qPrintable(r.error()));

    QCOMPARE(rowsOf(*m_db, table), rowsOf(*otherDb, table));
    QCOMPARE(rowsOf(*m_db, QStringLiteral("audit_log")), rowsOf(*otherDb, QStringLiteral("audit_log")));
    QCOMPARE(rowsOf(*m_db, QStringLiteral("outbox")), rowsOf(*otherDb, QStringLiteral("outbox")));
    for (const QString &t : {table, QStringLiteral("audit_log"), QStringLiteral("outbox")}) {
        QCOMPARE(wronglyTyped(*m_db, t), QStringList());
        QCOMPARE(wronglyTyped(*otherDb, t), QStringList());
    }
    verifyChain(*m_db);
    QVERIFY2(m_db->check().ok(), qPrintable(m_db->check().problems.join(QLatin1Char(10))));
}

void tst_RecordStoreBatch::idsAndAuditInInputOrder()
{
    QList<QVariantMap> fields;
    for (int i = 0; i < 100; ++i)
        fields << unit(i);
    const QList<Result<QString>> results = m_store->createMany(kOrgUnits, fields);
    QCOMPARE(results.size(), 100);
    QStringList ids;
    for (int i = 0; i < 100; ++i) {
        QVERIFY(results.at(i).ok());
        ids << results.at(i).value();
        const auto rec = m_store->get(kOrgUnits, results.at(i).value());
        QVERIFY(rec.ok());
        QCOMPARE(rec.value().value(QStringLiteral("code")).toString(), codeOf(i));
        QCOMPARE(rec.value().version, qint64(1));
    }
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT record_id FROM audit_log WHERE table_name = 'org_units' ORDER BY seq")));
    QStringList audited;
    while (q.next())
        audited << q.value(0).toString();
    QCOMPARE(audited, ids);
    QVERIFY(q.exec(QStringLiteral("SELECT record_id FROM outbox ORDER BY seq")));
    QStringList queued;
    while (q.next())
        queued << q.value(0).toString();
    QCOMPARE(queued, ids);
    verifyChain(*m_db);
}

void tst_RecordStoreBatch::eachFailureIsReportedOnItsOwn()
{
    QVERIFY(m_store->create(kOrgUnits, unit(500)).ok()); // already there
    QList<QVariantMap> fields;
    for (int i = 0; i < 60; ++i)
        fields << unit(i);
    fields[3].insert(QStringLiteral("bogus"), 1);                          // unknown field
    fields[10] = unit(500);                                              // same code as an existing record
    fields[20].insert(QStringLiteral("tier"), QStringLiteral("galaxy")); // CHECK
    fields[41] = unit(40);                                               // same code as the one before
    fields[50].insert(QStringLiteral("parent_code"), QStringLiteral("nowhere")); // foreign key
    fields[51].remove(QStringLiteral("name"));                           // NOT NULL, other fields: own chunk
    const QList<int> bad = {3, 10, 20, 41, 50, 51};

    const qint64 rows = count(*m_db, kOrgUnits);
    const qint64 audit = count(*m_db, QStringLiteral("audit_log"));
    const QList<Result<QString>> results = m_store->createMany(kOrgUnits, fields);
    QCOMPARE(results.size(), fields.size());
    for (int i = 0; i < fields.size(); ++i) {
        QCOMPARE(results.at(i).ok(), !bad.contains(i));
        if (bad.contains(i)) {
            // The same message create() gives for that record.
            std::unique_ptr<Database> otherDb;
            std::unique_ptr<RecordStore> otherStore;
            std::unique_ptr<ud::ManualClock> otherClock;
            openAt(QStringLiteral("other%1.db").arg(i), otherDb, otherStore, otherClock);
            QVERIFY(otherStore->create(kOrgUnits, unit(500)).ok());
            QVERIFY(otherStore->create(kOrgUnits, unit(40)).ok());
            const auto single = otherStore->create(kOrgUnits, fields.at(i));
            QVERIFY(!single.ok());
            QCOMPARE(results.at(i).error(), single.error());
        }
    }
    QCOMPARE(count(*m_db, kOrgUnits), rows + fields.size() - bad.size());
    QCOMPARE(count(*m_db, QStringLiteral("audit_log")), audit + fields.size() - bad.size());
    QCOMPARE(count(*m_db, QStringLiteral("outbox")), 1 + fields.size() - bad.size());
    verifyChain(*m_db);
    QVERIFY(m_db->check().ok());
}

void tst_RecordStoreBatch::refersOnlyBackwardAsCreateDoes()
{
    // create() in a loop accepts a parent given before its child and refuses a child given
    // before its parent; a multi-row INSERT alone would accept both.
    QList<QVariantMap> fields;
    fields << unit(1) << unit(2, codeOf(1)); // parent, then child: fine
    fields << unit(3, codeOf(4)) << unit(4);  // child first: the child is refused
    fields << unit(5, codeOf(5));             // refers to itself: SQLite accepts that, as create() does
    for (int i = 6; i < 40; ++i)
        fields << unit(i, codeOf(i - 1)); // a chain, each referring to the one before
    const QList<Result<QString>> results = m_store->createMany(kOrgUnits, fields);
    QCOMPARE(results.size(), fields.size());
    for (int i = 0; i < fields.size(); ++i)
        QVERIFY2(results.at(i).ok() == (i != 2), qPrintable(QStringLiteral("record %1: %2").arg(i).arg(results.at(i).error())));
    QCOMPARE(results.at(2).error(), m_store->create(kOrgUnits, unit(3, QStringLiteral("nowhere"))).error());
    verifyChain(*m_db);
    QVERIFY(m_db->check().ok());
}

void tst_RecordStoreBatch::injectedFaultsLeaveOnlyThatRecordOut_data()
{
    QTest::addColumn<QString>("failing");
    QTest::addColumn<QList<int>>("failAt");
    for (const QString &failing : {kOrgUnits, QStringLiteral("audit_log"), QStringLiteral("outbox")}) {
        QTest::addRow("%s: first", qPrintable(failing)) << failing << QList<int>{0};
        QTest::addRow("%s: end of a chunk", qPrintable(failing)) << failing << QList<int>{31};
        QTest::addRow("%s: last", qPrintable(failing)) << failing << QList<int>{69};
        QTest::addRow("%s: several", qPrintable(failing)) << failing << QList<int>{5, 6, 33, 64};
    }
}

void tst_RecordStoreBatch::injectedFaultsLeaveOnlyThatRecordOut()
{
    QFETCH(QString, failing);
    QFETCH(QList<int>, failAt);
    QVERIFY(m_store->create(kOrgUnits, unit(900)).ok()); // earlier history
    QStringList codes;
    for (int k : failAt)
        codes << QLatin1Char('\'') + codeOf(k) + QLatin1Char('\'');
    const QString when = failing == kOrgUnits
        ? QStringLiteral("new.code IN (%1)").arg(codes.join(QLatin1Char(',')))
        : QStringLiteral("new.record_id IN (SELECT id FROM org_units WHERE code IN (%1))").arg(codes.join(QLatin1Char(',')));
    QVERIFY(m_db->exec(QStringLiteral("CREATE TEMP TRIGGER inject BEFORE INSERT ON %1 WHEN %2 "
                                      "BEGIN SELECT RAISE(ABORT, 'injected'); END")
                           .arg(failing, when))
                .ok());
    QList<QVariantMap> fields;
    for (int i = 0; i < 70; ++i)
        fields << unit(i);
    const qint64 rows = count(*m_db, kOrgUnits);
    const qint64 audit = count(*m_db, QStringLiteral("audit_log"));
    const qint64 outbox = count(*m_db, QStringLiteral("outbox"));
    const QList<Result<QString>> results = m_store->createMany(kOrgUnits, fields);
    for (int i = 0; i < fields.size(); ++i) {
        QCOMPARE(results.at(i).ok(), !failAt.contains(i));
        if (failAt.contains(i))
            QVERIFY2(results.at(i).error().contains(QStringLiteral("injected")), qPrintable(results.at(i).error()));
    }
    const qint64 written = fields.size() - failAt.size();
    QCOMPARE(count(*m_db, kOrgUnits), rows + written);
    QCOMPARE(count(*m_db, QStringLiteral("audit_log")), audit + written);
    QCOMPARE(count(*m_db, QStringLiteral("outbox")), outbox + written);
    // Every written record has its audit entry and its outbox row; the refused ones have nothing.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM org_units o WHERE o.origin_node <> 'reference' AND ("
                                  "NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.record_id = o.id) OR "
                                  "NOT EXISTS (SELECT 1 FROM outbox b WHERE b.record_id = o.id))")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    q.finish();
    verifyChain(*m_db);
    QVERIFY(m_db->exec(QStringLiteral("DROP TRIGGER temp.inject")).ok());
    QVERIFY(m_store->create(kOrgUnits, unit(901)).ok());
    QVERIFY(m_db->check().ok());
}

void tst_RecordStoreBatch::wholeTransactionRolledBackBySQLite()
{
    // RAISE(ROLLBACK) ends the whole transaction: createMany reports every record as not
    // written, and indeed writes none of them (nor anything after the rollback).
    QVERIFY(m_db->exec(QStringLiteral("CREATE TEMP TRIGGER roll_back_all BEFORE INSERT ON outbox "
                                      "WHEN new.record_id = (SELECT id FROM org_units WHERE code = '%1') "
                                      "BEGIN SELECT RAISE(ROLLBACK, 'injected'); END")
                           .arg(codeOf(40)))
                .ok());
    const qint64 rows = count(*m_db, kOrgUnits);
    const qint64 audit = count(*m_db, QStringLiteral("audit_log"));
    QList<QVariantMap> fields;
    for (int i = 0; i < 80; ++i)
        fields << unit(i);
    const QList<Result<QString>> results = m_store->createMany(kOrgUnits, fields);
    QCOMPARE(results.size(), fields.size());
    for (const auto &r : results)
        QVERIFY(!r.ok());
    QCOMPARE(count(*m_db, kOrgUnits), rows);
    QCOMPARE(count(*m_db, QStringLiteral("audit_log")), audit);
    verifyChain(*m_db);
    QVERIFY(m_db->exec(QStringLiteral("DROP TRIGGER temp.roll_back_all")).ok());
    const QList<Result<QString>> again = m_store->createMany(kOrgUnits, fields);
    for (const auto &r : again)
        QVERIFY2(r.ok(), qPrintable(r.error()));
    verifyChain(*m_db);
    QVERIFY(m_db->check().ok());
}

void tst_RecordStoreBatch::insideABatchThatIsGivenUp()
{
    const qint64 audit = count(*m_db, QStringLiteral("audit_log"));
    QList<QVariantMap> first;
    QList<QVariantMap> second;
    for (int i = 0; i < 40; ++i)
        (i < 20 ? first : second) << unit(i);
    {
        Database::Transaction batch(*m_db);
        QVERIFY(m_store->create(kOrgUnits, unit(100)).ok());
        for (const auto &r : m_store->createMany(kOrgUnits, first))
            QVERIFY(r.ok());
        {
            Database::Transaction inner(*m_db); // given up
            for (const auto &r : m_store->createMany(kOrgUnits, second))
                QVERIFY(r.ok());
        }
        for (const auto &r : m_store->createMany(kOrgUnits, {unit(101), unit(102)}))
            QVERIFY(r.ok());
        QVERIFY(batch.commit().ok());
    }
    QCOMPARE(count(*m_db, QStringLiteral("audit_log")), audit + 23);
    verifyChain(*m_db);
    {
        Database::Transaction batch(*m_db); // given up entirely
        for (const auto &r : m_store->createMany(kOrgUnits, second))
            QVERIFY(r.ok());
    }
    QCOMPARE(count(*m_db, QStringLiteral("audit_log")), audit + 23);
    for (const auto &r : m_store->createMany(kOrgUnits, second))
        QVERIFY(r.ok());
    verifyChain(*m_db);
    QVERIFY(m_db->check().ok());
}

void tst_RecordStoreBatch::emptyAndNotARecordTable()
{
    QVERIFY(m_store->createMany(kOrgUnits, {}).isEmpty());
    const auto results = m_store->createMany(QStringLiteral("audit_log"), {unit(1), unit(2)});
    QCOMPARE(results.size(), 2);
    QVERIFY(!results.at(0).ok());
    QCOMPARE(results.at(0).error(), m_store->create(QStringLiteral("audit_log"), unit(1)).error());
}

QTEST_GUILESS_MAIN(tst_RecordStoreBatch)
#include "tst_recordstorebatch.moc"
