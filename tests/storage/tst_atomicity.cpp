// Fault injection for the record write path (design §3, §6): a change is the row, its audit
// entry and its outbox row, all or nothing. Faults are injected without test hooks, with TEMP
// triggers on the store's own connection that make one of the three writes fail; then "the
// i-th write fails" inside a batch, and the next run recovers with nothing lost.

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
using ud::Record;
using ud::RecordStore;

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);

qint64 count(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Everything a failed write could have touched, as text: the record table, audit log, outbox.
QString snapshot(const Database &db, const QString &table)
{
    QStringList out;
    for (const QString &t : {table, QStringLiteral("audit_log"), QStringLiteral("outbox")}) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(t));
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
            out << t + QLatin1Char(':') + cells.join(QLatin1Char('|'));
        }
    }
    return out.join(QLatin1Char('\n'));
}

QVariantMap orgUnitFields(int n)
{
    return {{QStringLiteral("code"), QStringLiteral("81110105ATM%1").arg(n, 7, 10, QLatin1Char('0'))},
            {QStringLiteral("name"), QStringLiteral("北京原子%1有限公司工会委员会").arg(n)},
            {QStringLiteral("short_name"), QStringLiteral("原子%1工会").arg(n)},
            {QStringLiteral("parent_code"), QStringLiteral("110105015")},
            {QStringLiteral("tier"), QStringLiteral("enterprise")}};
}

QVariantMap codeItemFields(int n)
{
    return {{QStringLiteral("list"), QStringLiteral("case_tag")},
            {QStringLiteral("code"), QStringLiteral("A%1").arg(n)},
            {QStringLiteral("name_zh"), QStringLiteral("标签%1").arg(n)}};
}

QVariantMap fieldsFor(const QString &table, int n)
{
    return table == QLatin1String("org_units") ? orgUnitFields(n) : codeItemFields(n);
}

} // namespace

class tst_Atomicity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void failingWriteLeavesNothing_data();
    void failingWriteLeavesNothing();
    void ithWriteInABatchFails_data();
    void ithWriteInABatchFails();
    void aBatchCanSkipAFailedRecordAndCommitTheRest();
    // The previous audit hash is remembered within a transaction (no query per entry); these
    // check that it is put back whenever a savepoint is rolled back, so the chain stays intact.
    void chainIntactWhenRecordsInABatchFail_data();
    void chainIntactWhenRecordsInABatchFail();
    void chainIntactAfterARolledBackNestedTransaction();
    void chainIntactWhenSQLiteRollsBackTheWholeTransaction();
    void chainIntactWithTwoStoresAndAnotherConnection();

private:
    std::unique_ptr<QTemporaryDir> m_shared;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_template;
    std::unique_ptr<ud::ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
};

void tst_Atomicity::initTestCase()
{
    m_shared = std::make_unique<QTemporaryDir>();
    QVERIFY(m_shared->isValid());
    m_template = m_shared->filePath(QStringLiteral("template.db"));
    Database db;
    QVERIFY(db.open(m_template, Database::OpenMode::CreateIfMissing).ok());
    ud::ManualClock clock(kStart);
    auto node = ud::NodeIdentity::initialize(db, QStringLiteral("110105015"), ud::Tier::Street, QString(), clock);
    QVERIFY2(node.ok(), qPrintable(node.error()));
}

void tst_Atomicity::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("node.db"));
    QVERIFY(QFile::copy(m_template, path));
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_clock = std::make_unique<ud::ManualClock>(kStart);
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(path, Database::OpenMode::ExistingOnly).ok());
    m_store = std::make_unique<RecordStore>(*m_db, m_clock.get());
    m_store->setActor(QStringLiteral("mediator1"));
}

void tst_Atomicity::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

void tst_Atomicity::failingWriteLeavesNothing_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("failing"); // the table whose write fails

    for (const QString &table : {QStringLiteral("org_units"), QStringLiteral("code_items")})
        for (const char *op : {"create", "update", "remove", "undelete"})
            for (const QString &failing : {QStringLiteral("record"), QStringLiteral("audit_log"), QStringLiteral("outbox")})
                QTest::addRow("%s %s, %s fails", qPrintable(table), op, qPrintable(failing))
                    << table << QString::fromLatin1(op) << failing;
}

void tst_Atomicity::failingWriteLeavesNothing()
{
    QFETCH(QString, table);
    QFETCH(QString, operation);
    QFETCH(QString, failing);

    // A record to work on, in the state the operation needs.
    QString id;
    qint64 version = 0;
    if (operation != QLatin1String("create")) {
        auto created = m_store->create(table, fieldsFor(table, 1));
        QVERIFY2(created.ok(), qPrintable(created.error()));
        id = created.value().id;
        version = 1;
        if (operation == QLatin1String("undelete")) {
            QVERIFY(m_store->remove(table, id, 1).ok());
            version = 2;
        }
    }
    m_clock->advanceMs(1000);

    const bool insertsRow = operation == QLatin1String("create");
    const QString target = failing == QLatin1String("record") ? table : failing;
    const QString event = failing == QLatin1String("record") && !insertsRow ? QStringLiteral("UPDATE")
                                                                            : QStringLiteral("INSERT");
    QVERIFY(m_db->exec(QStringLiteral("CREATE TEMP TRIGGER inject BEFORE %1 ON %2 BEGIN SELECT RAISE(ABORT, 'injected'); END")
                           .arg(event, target))
                .ok());

    const QString before = snapshot(*m_db, table);
    const qint64 rows = count(*m_db, table);
    const qint64 audit = count(*m_db, QStringLiteral("audit_log"));
    const qint64 outbox = count(*m_db, QStringLiteral("outbox"));

    auto run = [&]() -> ud::Result<Record> {
        if (operation == QLatin1String("create"))
            return m_store->create(table, fieldsFor(table, 2));
        if (operation == QLatin1String("update"))
            return m_store->update(table, id, version, {{table == QLatin1String("org_units") ? QStringLiteral("short_name")
                                                                                             : QStringLiteral("name_zh"),
                                                         QStringLiteral("已修改")}});
        if (operation == QLatin1String("remove"))
            return m_store->remove(table, id, version);
        return m_store->undelete(table, id, version);
    };

    const ud::Result<Record> failed = run();
    QVERIFY2(!failed.ok(), "the write succeeded although one of its parts failed");
    QVERIFY2(failed.error().contains(QStringLiteral("injected")), qPrintable(failed.error()));
    QCOMPARE(count(*m_db, table), rows);
    QCOMPARE(count(*m_db, QStringLiteral("audit_log")), audit);
    QCOMPARE(count(*m_db, QStringLiteral("outbox")), outbox);
    QCOMPARE(snapshot(*m_db, table), before);

    // The next run, without the fault, goes through and leaves a consistent database.
    QVERIFY(m_db->exec(QStringLiteral("DROP TRIGGER temp.inject")).ok());
    const ud::Result<Record> retried = run();
    QVERIFY2(retried.ok(), qPrintable(retried.error()));
    QCOMPARE(count(*m_db, QStringLiteral("audit_log")), audit + 1);
    QCOMPARE(count(*m_db, QStringLiteral("outbox")), outbox + 1);
    QCOMPARE(count(*m_db, table), rows + (insertsRow ? 1 : 0));
    QCOMPARE(retried.value().version, version + 1);
    const ud::CheckReport report = m_db->check();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void tst_Atomicity::ithWriteInABatchFails_data()
{
    QTest::addColumn<QString>("failing");
    QTest::addColumn<int>("k");
    for (const QString &failing : {QStringLiteral("outbox"), QStringLiteral("audit_log"), QStringLiteral("org_units")})
        for (int k : {1, 2, 17, 49, 50})
            QTest::addRow("%s insert #%d fails", qPrintable(failing), k) << failing << k;
}

void tst_Atomicity::ithWriteInABatchFails()
{
    QFETCH(QString, failing);
    QFETCH(int, k);
    constexpr int kBatch = 50;

    // Some committed history first, which must survive the failed batch untouched.
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_store->create(QStringLiteral("org_units"), orgUnitFields(1000 + i)).ok());
    const QString before = snapshot(*m_db, QStringLiteral("org_units"));

    QVERIFY(m_db->exec(QStringLiteral("CREATE TEMP TABLE ctr (n INTEGER NOT NULL)")).ok());
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO ctr VALUES (0)")).ok());
    QVERIFY(m_db->exec(QStringLiteral("CREATE TEMP TRIGGER count_writes BEFORE INSERT ON %1 BEGIN "
                                      "UPDATE ctr SET n = n + 1; END")
                           .arg(failing))
                .ok());
    QVERIFY(m_db->exec(QStringLiteral("CREATE TEMP TRIGGER fail_kth AFTER INSERT ON %1 WHEN (SELECT n FROM ctr) = %2 "
                                      "BEGIN SELECT RAISE(ABORT, 'injected'); END")
                           .arg(failing)
                           .arg(k))
                .ok());

    int failedAt = -1;
    QString error;
    QStringList written;
    {
        Database::Transaction batch(*m_db);
        QVERIFY(batch.isActive());
        for (int i = 0; i < kBatch; ++i) {
            m_clock->advanceMs(7);
            auto created = m_store->create(QStringLiteral("org_units"), orgUnitFields(i));
            if (!created.ok()) {
                failedAt = i + 1;
                error = created.error();
                break;
            }
            written << created.value().id;
        }
        // The batch gives up: the transaction is not committed.
    }
    QCOMPARE(failedAt, k);
    QVERIFY2(error.contains(QStringLiteral("injected")), qPrintable(error));
    QCOMPARE(written.size(), k - 1);
    QCOMPARE(snapshot(*m_db, QStringLiteral("org_units")), before);
    for (const QString &id : std::as_const(written))
        QVERIFY(!m_store->get(QStringLiteral("org_units"), id).ok());

    // The next run, without the fault, writes the whole batch.
    QVERIFY(m_db->exec(QStringLiteral("DROP TRIGGER temp.fail_kth")).ok());
    QVERIFY(m_db->exec(QStringLiteral("DROP TRIGGER temp.count_writes")).ok());
    const qint64 rows = count(*m_db, QStringLiteral("org_units"));
    const qint64 audit = count(*m_db, QStringLiteral("audit_log"));
    const qint64 outbox = count(*m_db, QStringLiteral("outbox"));
    {
        Database::Transaction batch(*m_db);
        QVERIFY(batch.isActive());
        for (int i = 0; i < kBatch; ++i) {
            m_clock->advanceMs(7);
            auto created = m_store->create(QStringLiteral("org_units"), orgUnitFields(i));
            QVERIFY2(created.ok(), qPrintable(created.error()));
        }
        QVERIFY(batch.commit().ok());
    }
    QCOMPARE(count(*m_db, QStringLiteral("org_units")), rows + kBatch);
    QCOMPARE(count(*m_db, QStringLiteral("audit_log")), audit + kBatch);
    QCOMPARE(count(*m_db, QStringLiteral("outbox")), outbox + kBatch);
    const ud::CheckReport report = m_db->check();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void tst_Atomicity::aBatchCanSkipAFailedRecordAndCommitTheRest()
{
    // Each call is a savepoint of the batch: one failing record is rolled back on its own and
    // the batch can go on (design §4: one bad record never blocks the rest).
    QVERIFY(m_db->exec(QStringLiteral("CREATE TEMP TRIGGER reject_one BEFORE INSERT ON outbox "
                                      "WHEN new.record_id = (SELECT id FROM org_units WHERE code = '81110105ATM0000017') "
                                      "BEGIN SELECT RAISE(ABORT, 'injected'); END"))
                .ok());
    const qint64 rows = count(*m_db, QStringLiteral("org_units"));
    const qint64 audit = count(*m_db, QStringLiteral("audit_log"));
    int failures = 0;
    {
        Database::Transaction batch(*m_db);
        for (int i = 0; i < 50; ++i) {
            m_clock->advanceMs(3);
            if (!m_store->create(QStringLiteral("org_units"), orgUnitFields(i)).ok())
                ++failures;
        }
        QVERIFY(batch.commit().ok());
    }
    QCOMPARE(failures, 1);
    QCOMPARE(count(*m_db, QStringLiteral("org_units")), rows + 49);
    QCOMPARE(count(*m_db, QStringLiteral("audit_log")), audit + 49);
    QCOMPARE(count(*m_db, QStringLiteral("outbox")), qint64(49));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM org_units WHERE code = '81110105ATM0000017'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    q.finish();
    // Every committed row has its audit entry and its outbox row.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM org_units o WHERE o.origin_node <> 'reference' AND ("
                                  "NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.record_id = o.id) OR "
                                  "NOT EXISTS (SELECT 1 FROM outbox b WHERE b.record_id = o.id))")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    q.finish();
    QVERIFY(m_db->check().ok());
}

void tst_Atomicity::chainIntactWhenRecordsInABatchFail_data()
{
    QTest::addColumn<QString>("failing");
    QTest::addColumn<QList<int>>("failAt"); // 1-based numbers of the records that fail
    for (const QString &failing : {QStringLiteral("org_units"), QStringLiteral("audit_log"), QStringLiteral("outbox")}) {
        QTest::addRow("%s: first", qPrintable(failing)) << failing << QList<int>{1};
        QTest::addRow("%s: middle", qPrintable(failing)) << failing << QList<int>{17};
        QTest::addRow("%s: last", qPrintable(failing)) << failing << QList<int>{40};
        QTest::addRow("%s: several, two in a row", qPrintable(failing)) << failing << QList<int>{3, 9, 10, 25};
    }
}

void tst_Atomicity::chainIntactWhenRecordsInABatchFail()
{
    QFETCH(QString, failing);
    QFETCH(QList<int>, failAt);
    constexpr int kBatch = 40;
    QVERIFY(m_store->create(QStringLiteral("org_units"), orgUnitFields(900)).ok()); // earlier history

    // The records numbered in failAt are refused by a trigger on `failing`.
    QStringList codes;
    for (int k : failAt)
        codes << QLatin1Char('\'') + orgUnitFields(k - 1).value(QStringLiteral("code")).toString() + QLatin1Char('\'');
    const QString when = failing == QLatin1String("org_units")
        ? QStringLiteral("new.code IN (%1)").arg(codes.join(QLatin1Char(',')))
        : QStringLiteral("new.record_id IN (SELECT id FROM org_units WHERE code IN (%1))").arg(codes.join(QLatin1Char(',')));
    QVERIFY(m_db->exec(QStringLiteral("CREATE TEMP TRIGGER fail_some BEFORE INSERT ON %1 WHEN %2 "
                                      "BEGIN SELECT RAISE(ABORT, 'injected'); END")
                           .arg(failing, when))
                .ok());
    const qint64 rows = count(*m_db, QStringLiteral("org_units"));
    const qint64 audit = count(*m_db, QStringLiteral("audit_log"));
    int failures = 0;
    {
        Database::Transaction batch(*m_db);
        QVERIFY(batch.isActive());
        for (int i = 0; i < kBatch; ++i) {
            m_clock->advanceMs(5);
            auto created = m_store->create(QStringLiteral("org_units"), orgUnitFields(i));
            if (!created.ok()) {
                QVERIFY2(created.error().contains(QStringLiteral("injected")), qPrintable(created.error()));
                QVERIFY(failAt.contains(i + 1));
                ++failures;
            }
        }
        QVERIFY(batch.commit().ok());
    }
    QCOMPARE(failures, static_cast<int>(failAt.size()));
    QCOMPARE(count(*m_db, QStringLiteral("org_units")), rows + kBatch - failures);
    QCOMPARE(count(*m_db, QStringLiteral("audit_log")), audit + kBatch - failures);
    const auto chain = ud::AuditLog::verifyChain(m_db->connection());
    QVERIFY2(chain.ok, qPrintable(QStringLiteral("chain broken at %1").arg(chain.firstBadSeq)));
    QCOMPARE(chain.entries, audit + kBatch - failures);

    // And it goes on from there in the next transaction.
    QVERIFY(m_db->exec(QStringLiteral("DROP TRIGGER temp.fail_some")).ok());
    QVERIFY(m_store->create(QStringLiteral("org_units"), orgUnitFields(901)).ok());
    QVERIFY(m_db->check().ok());
}

void tst_Atomicity::chainIntactAfterARolledBackNestedTransaction()
{
    const qint64 audit = count(*m_db, QStringLiteral("audit_log"));
    {
        Database::Transaction batch(*m_db);
        for (int i = 0; i < 5; ++i)
            QVERIFY(m_store->create(QStringLiteral("org_units"), orgUnitFields(i)).ok());
        {
            Database::Transaction inner(*m_db); // a savepoint holding five records, then given up
            QVERIFY(inner.isActive());
            for (int i = 5; i < 10; ++i)
                QVERIFY(m_store->create(QStringLiteral("org_units"), orgUnitFields(i)).ok());
        }
        {
            Database::Transaction kept(*m_db); // a savepoint that is released
            for (int i = 10; i < 13; ++i)
                QVERIFY(m_store->create(QStringLiteral("org_units"), orgUnitFields(i)).ok());
            QVERIFY(kept.commit().ok());
        }
        for (int i = 13; i < 18; ++i)
            QVERIFY(m_store->create(QStringLiteral("org_units"), orgUnitFields(i)).ok());
        QVERIFY(batch.commit().ok());
    }
    QCOMPARE(count(*m_db, QStringLiteral("audit_log")), audit + 13);
    const ud::CheckReport report = m_db->check();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void tst_Atomicity::chainIntactWhenSQLiteRollsBackTheWholeTransaction()
{
    // RAISE(ROLLBACK) ends the whole transaction, not just the failing statement: the savepoint
    // cannot be rolled back any more, and the entries written before in this transaction are gone.
    const qint64 audit = count(*m_db, QStringLiteral("audit_log"));
    QVERIFY(m_db->exec(QStringLiteral("CREATE TEMP TRIGGER roll_back_all BEFORE INSERT ON outbox "
                                      "WHEN new.record_id = (SELECT id FROM org_units WHERE code = '81110105ATM0000004') "
                                      "BEGIN SELECT RAISE(ROLLBACK, 'injected'); END"))
                .ok());
    int failures = 0;
    {
        Database::Transaction batch(*m_db);
        for (int i = 0; i < 10; ++i) {
            m_clock->advanceMs(3);
            if (!m_store->create(QStringLiteral("org_units"), orgUnitFields(i)).ok())
                ++failures;
        }
        batch.commit(); // fails: SQLite has already ended the transaction
    }
    QCOMPARE(failures, 1);
    // Records 0-4 went with the rolled-back transaction; 5-9 were written after it.
    QCOMPARE(count(*m_db, QStringLiteral("audit_log")), audit + 5);
    const ud::CheckReport report = m_db->check();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    QVERIFY(m_store->create(QStringLiteral("org_units"), orgUnitFields(100)).ok());
    QVERIFY(m_db->check().ok());
}

void tst_Atomicity::chainIntactWithTwoStoresAndAnotherConnection()
{
    RecordStore second(*m_db, m_clock.get());
    second.setActor(QStringLiteral("mediator2"));
    {
        Database::Transaction batch(*m_db);
        for (int i = 0; i < 10; ++i) {
            RecordStore &store = i % 3 == 0 ? second : *m_store;
            QVERIFY(store.create(QStringLiteral("org_units"), orgUnitFields(i)).ok());
        }
        QVERIFY(batch.commit().ok());
    }
    // Another connection to the same file appends between two batches of this one.
    {
        Database other;
        QVERIFY(other.open(m_db->path(), Database::OpenMode::ExistingOnly).ok());
        RecordStore elsewhere(other, m_clock.get());
        Database::Transaction batch(other);
        for (int i = 10; i < 15; ++i)
            QVERIFY(elsewhere.create(QStringLiteral("org_units"), orgUnitFields(i)).ok());
        QVERIFY(batch.commit().ok());
    }
    {
        Database::Transaction batch(*m_db);
        for (int i = 15; i < 20; ++i)
            QVERIFY(m_store->create(QStringLiteral("org_units"), orgUnitFields(i)).ok());
        QVERIFY(batch.commit().ok());
    }
    const ud::CheckReport report = m_db->check();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    QCOMPARE(report.auditEntries, count(*m_db, QStringLiteral("audit_log")));
}

QTEST_GUILESS_MAIN(tst_Atomicity)
#include "tst_atomicity.moc"
