// Tests for ud::HubDatabase, the hub's own database (docs/sync.md "Hub database"), each on SQLite
// (a temporary file) and on PostgreSQL (a database of its own on the fixture's server, UD_PG_ENV):
// migrations applied and recorded, re-opening changes nothing, a newer or foreign database is
// refused untouched, the counter's UPDATE ... RETURNING and INSERT ... ON CONFLICT work the same
// on both, the schema's CHECKs refuse bad values, transactions and savepoints, and several
// processes' worth of connections opening one new database at once apply each migration once.
//
// Run by hand without UD_PG_ENV, the "postgres" rows are skipped; under ctest (ud_use_pg) they
// fail when the server cannot be reached.

#include "PgTestServer.h"

#include "core/Result.h"
#include "storage/Database.h"
#include "sync/HubDatabase.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QCryptographicHash>
#include <QFile>
#include <QtTest>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using namespace ud;

namespace {
const QStringList kHubTables = {
    QStringLiteral("hub_counter"),   QStringLiteral("hub_identity"), QStringLiteral("hub_nodes"),
    QStringLiteral("hub_org_units"), QStringLiteral("hub_records"),  QStringLiteral("hub_conflicts"),
    QStringLiteral("hub_batches"),   QStringLiteral("hub_checkpoints"), QStringLiteral("hub_nonces"),
    QStringLiteral("hub_down"),      QStringLiteral("hub_parent"),
};

void addDriverRows()
{
    QTest::addColumn<QString>("driver");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgres") << QStringLiteral("postgres");
}

// Runs one statement; the error text, or "" when it ran.
QString run(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) ? QString() : q.lastError().text();
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("error: %1").arg(q.lastError().text());
    return q.value(0);
}

// UPDATE ... RETURNING the new counter value, finished before the caller commits.
qint64 bumpCounter(const QSqlDatabase &db, int by)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE hub_counter SET value = value + ? WHERE name = 'seq' RETURNING value"));
    q.addBindValue(by);
    if (!q.exec() || !q.next())
        return -1;
    const qint64 value = q.value(0).toLongLong();
    q.finish();
    return value;
}
} // namespace

class tst_HubDatabase : public QObject
{
    Q_OBJECT

private slots:
    void shippedHubMigrationsAreNeverRewritten_data() { addDriverRows(); }
    void shippedHubMigrationsAreNeverRewritten();
    void initTestCase();
    void init();
    void cleanup();

    void migrationsApplied_data() { addDriverRows(); }
    void migrationsApplied();
    void reopenIsANoOp_data() { addDriverRows(); }
    void reopenIsANoOp();
    void newerSchemaRefused_data() { addDriverRows(); }
    void newerSchemaRefused();
    void foreignDatabaseRefused_data() { addDriverRows(); }
    void foreignDatabaseRefused();
    void nodeDatabaseRefused_data();
    void nodeDatabaseRefused();
    void counterUpdateReturning_data() { addDriverRows(); }
    void counterUpdateReturning();
    void upsertOnConflict_data() { addDriverRows(); }
    void upsertOnConflict();
    void checksRefuseBadValues_data();
    void checksRefuseBadValues();
    void savepointRollsBackOnlyItsPart_data() { addDriverRows(); }
    void savepointRollsBackOnlyItsPart();
    void commitAfterAFailedStatement_data() { addDriverRows(); }
    void commitAfterAFailedStatement();
    void twoHubsInOneProcess_data() { addDriverRows(); }
    void twoHubsInOneProcess();
    void concurrentOpensMigrateOnce_data() { addDriverRows(); }
    void concurrentOpensMigrateOnce();

private:
    std::unique_ptr<HubDatabase> openHub();

    std::unique_ptr<QTemporaryDir> m_dir;
    HubDbSettings m_settings;
    bool m_pgCreated = false;
};

void tst_HubDatabase::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
    QVERIFY2(HubDatabase::latestSchemaVersion() >= 1, "no hub migrations compiled in");
}

void tst_HubDatabase::init()
{
    QFETCH(QString, driver);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_pgCreated = false;
    if (driver == QLatin1String("sqlite")) {
        m_settings = HubDbSettings();
        m_settings.path = m_dir->filePath(QStringLiteral("hub.db"));
        return;
    }
    if (!PgTestServer::configured())
        QSKIP("UD_PG_ENV is not set: run through ctest (fixture ud_pg) to test PostgreSQL");
    auto db = PgTestServer::createDatabase(QStringLiteral("ud_hubdb"));
    QVERIFY2(db.ok(), qPrintable(QStringLiteral("the PostgreSQL test server is not usable: ") + db.error()));
    m_settings = db.value();
    m_pgCreated = true;
}

void tst_HubDatabase::cleanup()
{
    if (m_pgCreated) {
        const Status dropped = PgTestServer::dropDatabase(m_settings);
        if (!dropped)
            qWarning() << "could not drop" << m_settings.name << dropped.error();
    }
    m_pgCreated = false;
    m_dir.reset();
}

std::unique_ptr<HubDatabase> tst_HubDatabase::openHub()
{
    auto opened = HubDatabase::open(m_settings);
    if (!opened) {
        qWarning() << "open failed:" << opened.error();
        return nullptr;
    }
    return opened.take();
}

void tst_HubDatabase::migrationsApplied()
{
    QFETCH(QString, driver);
    auto hub = openHub();
    QVERIFY(hub);
    QCOMPARE(hub->isPostgres(), driver == QLatin1String("postgres"));
    QCOMPARE(hub->schemaVersion(), HubDatabase::latestSchemaVersion());

    const QSqlDatabase db = hub->connection();
    for (const QString &table : kHubTables)
        QVERIFY2(scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toString().startsWith(QLatin1String("error")) == false,
                 qPrintable(table));
    // One row per migration, numbered from 1, each with its time.
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT version, applied_at FROM hub_schema ORDER BY version")));
    int expected = 1;
    while (q.next()) {
        QCOMPARE(q.value(0).toInt(), expected++);
        QVERIFY2(q.value(1).toString().endsWith(QLatin1Char('Z')), qPrintable(q.value(1).toString()));
    }
    QCOMPARE(expected - 1, HubDatabase::latestSchemaVersion());
    // The counter is seeded, and only with 'seq'.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM hub_counter")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM hub_counter WHERE name = 'seq'")).toLongLong(), 0LL);
    if (!hub->isPostgres())
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA application_id")).toInt(), HubDatabase::kApplicationId);
    // Both dialects see the same complete sequence of files.
    QString error;
    QCOMPARE(HubDatabase::migrationFiles(QStringLiteral("sqlite"), &error).size(),
             static_cast<size_t>(HubDatabase::latestSchemaVersion()));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(HubDatabase::migrationFiles(QStringLiteral("pg"), &error).size(),
             static_cast<size_t>(HubDatabase::latestSchemaVersion()));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_HubDatabase::reopenIsANoOp()
{
    QString appliedAt;
    {
        auto hub = openHub();
        QVERIFY(hub);
        appliedAt = scalar(hub->connection(), QStringLiteral("SELECT applied_at FROM hub_schema WHERE version = 1")).toString();
        QCOMPARE(run(hub->connection(), QStringLiteral("INSERT INTO hub_counter (name, value) VALUES ('marker', 7)")), QString());
    }
    auto hub = openHub();
    QVERIFY(hub);
    const QSqlDatabase db = hub->connection();
    QCOMPARE(hub->schemaVersion(), HubDatabase::latestSchemaVersion());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM hub_schema")).toInt(), HubDatabase::latestSchemaVersion());
    QCOMPARE(scalar(db, QStringLiteral("SELECT applied_at FROM hub_schema WHERE version = 1")).toString(), appliedAt);
    QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM hub_counter WHERE name = 'marker'")).toLongLong(), 7LL);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM hub_counter")).toInt(), 2);
}

void tst_HubDatabase::newerSchemaRefused()
{
    const int newer = HubDatabase::latestSchemaVersion() + 1;
    {
        auto hub = openHub();
        QVERIFY(hub);
        QCOMPARE(run(hub->connection(), QStringLiteral("INSERT INTO hub_schema (version, applied_at) VALUES (%1, "
                                                       "'2030-01-01T00:00:00.000Z')").arg(newer)),
                 QString());
    }
    const auto refused = HubDatabase::open(m_settings);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("newer")), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QString::number(newer)), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QLatin1String("has not been changed")), qPrintable(refused.error()));

    // Nothing was changed: look with a plain connection.
    HubDbSettings raw = m_settings;
    QSqlDatabase c = QSqlDatabase::addDatabase(raw.driver == HubDbSettings::Driver::Postgres ? QStringLiteral("QPSQL")
                                                                                              : QStringLiteral("QSQLITE"),
                                               QStringLiteral("raw-look"));
    if (raw.driver == HubDbSettings::Driver::Postgres) {
        c.setHostName(raw.host);
        c.setPort(raw.port);
        c.setDatabaseName(raw.name);
        c.setUserName(raw.user);
    } else {
        c.setDatabaseName(raw.path);
    }
    QVERIFY(c.open());
    QCOMPARE(scalar(c, QStringLiteral("SELECT MAX(version) FROM hub_schema")).toInt(), newer);
    QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM hub_schema")).toInt(), newer);
    c.close();
    c = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw-look"));
}

void tst_HubDatabase::foreignDatabaseRefused()
{
    QFETCH(QString, driver);
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(driver == QLatin1String("postgres") ? QStringLiteral("QPSQL")
                                                                                       : QStringLiteral("QSQLITE"),
                                                   QStringLiteral("foreign"));
        c.setHostName(m_settings.host);
        c.setPort(m_settings.port);
        c.setUserName(m_settings.user);
        c.setDatabaseName(driver == QLatin1String("postgres") ? m_settings.name : m_settings.path);
        QVERIFY(c.open());
        QCOMPARE(run(c, QStringLiteral("CREATE TABLE invoices (id TEXT PRIMARY KEY)")), QString());
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));

    const auto refused = HubDatabase::open(m_settings);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("something else")), qPrintable(refused.error()));
    // Refused before anything was written: no hub_schema, the foreign table alone.
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(driver == QLatin1String("postgres") ? QStringLiteral("QPSQL")
                                                                                       : QStringLiteral("QSQLITE"),
                                                   QStringLiteral("foreign"));
        c.setHostName(m_settings.host);
        c.setPort(m_settings.port);
        c.setUserName(m_settings.user);
        c.setDatabaseName(driver == QLatin1String("postgres") ? m_settings.name : m_settings.path);
        QVERIFY(c.open());
        QVERIFY(!run(c, QStringLiteral("SELECT count(*) FROM hub_schema")).isEmpty());
        QVERIFY(!run(c, QStringLiteral("SELECT count(*) FROM hub_counter")).isEmpty());
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

void tst_HubDatabase::nodeDatabaseRefused_data()
{
    // SQLite only: a PostgreSQL database has no application id.
    QTest::addColumn<QString>("driver");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
}

void tst_HubDatabase::nodeDatabaseRefused()
{
    // A desktop node's UnionDesk file (application id "UDK1") given as the hub's database.
    {
        Database node;
        const Status made = node.open(m_settings.path, Database::OpenMode::CreateIfMissing);
        QVERIFY2(made.ok(), qPrintable(made.error()));
    }
    const auto refused = HubDatabase::open(m_settings);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("node's database")), qPrintable(refused.error()));
    Database node;
    QVERIFY(node.open(m_settings.path, Database::OpenMode::ExistingOnly).ok());
    QVERIFY(!run(node.connection(), QStringLiteral("SELECT count(*) FROM hub_schema")).isEmpty());
}

void tst_HubDatabase::counterUpdateReturning()
{
    auto hub = openHub();
    QVERIFY(hub);
    const QSqlDatabase db = hub->connection();
    {
        HubDatabase::Transaction tx(*hub);
        QVERIFY2(tx.isActive(), qPrintable(tx.error()));
        QCOMPARE(bumpCounter(db, 3), 3LL);
        QCOMPARE(bumpCounter(db, 3), 6LL);
        const Status committed = tx.commit();
        QVERIFY2(committed.ok(), qPrintable(committed.error()));
    }
    {
        HubDatabase::Transaction tx(*hub);
        QVERIFY2(tx.isActive(), qPrintable(tx.error()));
        QCOMPARE(bumpCounter(db, 3), 9LL);
        // Not committed: rolled back by the destructor.
    }
    QVERIFY(!hub->inTransaction());
    {
        HubDatabase::Transaction tx(*hub);
        QCOMPARE(bumpCounter(db, 3), 9LL);
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM hub_counter WHERE name = 'seq'")).toLongLong(), 9LL);
    // The literal statement of the brief too, outside an explicit transaction.
    QSqlQuery q(db);
    QVERIFY2(q.exec(QStringLiteral("UPDATE hub_counter SET value = value + 3 WHERE name = 'seq' RETURNING value")),
             qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 12LL);
}

void tst_HubDatabase::upsertOnConflict()
{
    auto hub = openHub();
    QVERIFY(hub);
    const QSqlDatabase db = hub->connection();
    const QString upsert = QStringLiteral(
        "INSERT INTO hub_checkpoints (node_id, epoch, acked_to_seq, audit_seq, audit_hash, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (node_id, epoch) DO UPDATE SET acked_to_seq = excluded.acked_to_seq, "
        "audit_seq = excluded.audit_seq, audit_hash = excluded.audit_hash, updated_at = excluded.updated_at");
    const auto write = [&](const QString &node, qint64 acked, const QString &hash, const QString &at) {
        QSqlQuery q(db);
        q.prepare(upsert);
        q.addBindValue(node);
        q.addBindValue(QStringLiteral("epoch-1"));
        q.addBindValue(acked);
        q.addBindValue(acked);
        q.addBindValue(hash);
        q.addBindValue(at);
        return q.exec() ? QString() : q.lastError().text();
    };
    QCOMPARE(write(QStringLiteral("node-a"), 10, QStringLiteral("aa"), QStringLiteral("2026-12-07T14:05:00.000Z")), QString());
    QCOMPARE(write(QStringLiteral("node-b"), 4, QStringLiteral("bb"), QStringLiteral("2026-12-07T14:05:00.000Z")), QString());
    QCOMPARE(write(QStringLiteral("node-a"), 25, QStringLiteral("a2"), QStringLiteral("2026-12-07T14:06:00.000Z")), QString());

    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM hub_checkpoints")).toInt(), 2);
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT acked_to_seq, audit_hash, updated_at FROM hub_checkpoints "
                                  "WHERE node_id = 'node-a' AND epoch = 'epoch-1'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 25LL);
    QCOMPARE(q.value(1).toString(), QStringLiteral("a2"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("2026-12-07T14:06:00.000Z"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT acked_to_seq FROM hub_checkpoints WHERE node_id = 'node-b'")).toLongLong(), 4LL);

    // DO NOTHING keeps the first row (nonces).
    const QString nonce = QStringLiteral("INSERT INTO hub_nonces (node_id, nonce, seen_at) VALUES ('node-a', 'n1', '%1') "
                                         "ON CONFLICT (node_id, nonce) DO NOTHING");
    QCOMPARE(run(db, nonce.arg(QStringLiteral("2026-12-07T14:05:00.000Z"))), QString());
    QCOMPARE(run(db, nonce.arg(QStringLiteral("2026-12-07T14:09:00.000Z"))), QString());
    QCOMPARE(scalar(db, QStringLiteral("SELECT seen_at FROM hub_nonces")).toString(), QStringLiteral("2026-12-07T14:05:00.000Z"));
}

void tst_HubDatabase::checksRefuseBadValues_data()
{
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("accepted");

    const QString node = QStringLiteral(
        "INSERT INTO hub_nodes (node_id, kind, org_unit, tier, display_name, public_key, status, request, requested_at) "
        "VALUES ('n1', '%1', '110105', '%2', 'Station', 'pk', '%3', '{}', '2026-12-07T14:05:00.000Z')");
    const QString down = QStringLiteral("INSERT INTO hub_down (seq, kind, table_name, record_id, org_unit, body, made_at) "
                                        "VALUES (1, '%1', 'workers', 'r1', '110105', '{}', '2026-12-07T14:05:00.000Z')");
    const QString record = QStringLiteral(
        "INSERT INTO hub_records (table_name, record_id, org_unit, origin_node, version, base_version, hlc, deleted, "
        "body, seq, from_node, received_at) VALUES ('workers', 'r1', '110105', 'n1', %1, 0, 'h', %2, '{}', 1, 'n1', "
        "'2026-12-07T14:05:00.000Z')");
    struct Row
    {
        const char *name;
        QString sql;
        bool accepted;
    };
    const std::vector<Row> rows = {
        {"node desktop approved", node.arg(QStringLiteral("desktop"), QStringLiteral("street"), QStringLiteral("approved")), true},
        {"node hub pending", node.arg(QStringLiteral("hub"), QStringLiteral("district"), QStringLiteral("pending")), true},
        {"node reviewer revoked", node.arg(QStringLiteral("reviewer"), QStringLiteral("city"), QStringLiteral("revoked")), true},
        {"node kind unknown", node.arg(QStringLiteral("laptop"), QStringLiteral("street"), QStringLiteral("approved")), false},
        {"node kind upper case", node.arg(QStringLiteral("Desktop"), QStringLiteral("street"), QStringLiteral("approved")), false},
        {"node status unknown", node.arg(QStringLiteral("desktop"), QStringLiteral("street"), QStringLiteral("active")), false},
        {"node tier unknown", node.arg(QStringLiteral("desktop"), QStringLiteral("province"), QStringLiteral("approved")), false},
        {"down review", down.arg(QStringLiteral("review")), true},
        {"down reference", down.arg(QStringLiteral("reference")), true},
        {"down conflict", down.arg(QStringLiteral("conflict")), true},
        {"down kind unknown", down.arg(QStringLiteral("record")), false},
        {"record version 1", record.arg(1).arg(0), true},
        {"record version 0", record.arg(0).arg(0), false},
        {"record deleted 1", record.arg(3).arg(1), true},
        {"record deleted 2", record.arg(3).arg(2), false},
        {"identity singleton 2",
         QStringLiteral("INSERT INTO hub_identity (singleton, node_id, org_unit, tier, display_name, public_key, created_at) "
                        "VALUES (2, 'h', '110105', 'district', 'Hub', 'pk', '2026-12-07T14:05:00.000Z')"),
         false},
        {"batch from after to",
         QStringLiteral("INSERT INTO hub_batches (node_id, batch_id, epoch, from_seq, to_seq, answer, received_at) "
                        "VALUES ('n1', 'b1', 'e', 9, 3, '{}', '2026-12-07T14:05:00.000Z')"),
         false},
    };
    for (const char *driver : {"sqlite", "postgres"})
        for (const Row &row : rows)
            QTest::addRow("%s: %s", driver, row.name) << QString::fromLatin1(driver) << row.sql << row.accepted;
}

void tst_HubDatabase::checksRefuseBadValues()
{
    QFETCH(QString, sql);
    QFETCH(bool, accepted);
    auto hub = openHub();
    QVERIFY(hub);
    const QString error = run(hub->connection(), sql);
    QVERIFY2(error.isEmpty() == accepted, qPrintable(error.isEmpty() ? QStringLiteral("accepted") : error));
}

void tst_HubDatabase::savepointRollsBackOnlyItsPart()
{
    auto hub = openHub();
    QVERIFY(hub);
    const QSqlDatabase db = hub->connection();
    const QString insert = QStringLiteral("INSERT INTO hub_org_units (code, parent_code, tier, name) VALUES ('%1', NULL, 'district', 'x')");
    {
        HubDatabase::Transaction outer(*hub);
        QVERIFY2(outer.isActive(), qPrintable(outer.error()));
        QCOMPARE(run(db, insert.arg(QStringLiteral("110105"))), QString());
        {
            HubDatabase::Transaction inner(*hub);
            QVERIFY2(inner.isActive(), qPrintable(inner.error()));
            QCOMPARE(run(db, insert.arg(QStringLiteral("110106"))), QString());
            // Committing the outer one while the inner one is open is refused.
            QVERIFY(!outer.commit().ok());
            QVERIFY(inner.rollback().ok());
        }
        {
            HubDatabase::Transaction inner(*hub);
            QCOMPARE(run(db, insert.arg(QStringLiteral("110107"))), QString());
            QVERIFY(inner.commit().ok());
        }
        const Status committed = outer.commit();
        QVERIFY2(committed.ok(), qPrintable(committed.error()));
    }
    QVERIFY(!hub->inTransaction());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT code FROM hub_org_units ORDER BY code")));
    QStringList codes;
    while (q.next())
        codes << q.value(0).toString();
    QCOMPARE(codes, (QStringList{QStringLiteral("110105"), QStringLiteral("110107")}));
}

void tst_HubDatabase::commitAfterAFailedStatement()
{
    auto hub = openHub();
    QVERIFY(hub);
    const QSqlDatabase db = hub->connection();
    HubDatabase::Transaction tx(*hub);
    QVERIFY2(tx.isActive(), qPrintable(tx.error()));
    QCOMPARE(run(db, QStringLiteral("INSERT INTO hub_counter (name, value) VALUES ('kept', 1)")), QString());
    QVERIFY(!run(db, QStringLiteral("INSERT INTO hub_counter (name, value) VALUES ('seq', 1)")).isEmpty()); // duplicate key
    const Status committed = tx.commit();
    if (hub->isPostgres()) {
        // PostgreSQL has aborted the whole transaction: the commit must say so, not succeed silently.
        QVERIFY(!committed.ok());
        QVERIFY2(committed.error().contains(QLatin1String("nothing of it was saved")), qPrintable(committed.error()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM hub_counter WHERE name = 'kept'")).toInt(), 0);
    } else {
        // SQLite undoes the failed statement alone.
        QVERIFY2(committed.ok(), qPrintable(committed.error()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM hub_counter WHERE name = 'kept'")).toInt(), 1);
    }
    QVERIFY(!hub->inTransaction());
}

void tst_HubDatabase::twoHubsInOneProcess()
{
    QFETCH(QString, driver);
    HubDbSettings second = m_settings;
    bool pgSecond = false;
    if (driver == QLatin1String("postgres")) {
        auto db = PgTestServer::createDatabase(QStringLiteral("ud_hubdb"));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        second = db.value();
        pgSecond = true;
    } else {
        second.path = m_dir->filePath(QStringLiteral("hub2.db"));
    }
    {
        auto a = openHub();
        auto b = HubDatabase::open(second);
        QVERIFY(a);
        QVERIFY2(b.ok(), qPrintable(b.error()));
        QVERIFY(a->connectionName() != b.value()->connectionName());
        QCOMPARE(bumpCounter(a->connection(), 5), 5LL);
        QCOMPARE(bumpCounter(b.value()->connection(), 2), 2LL);
        QCOMPARE(bumpCounter(a->connection(), 5), 10LL);
        // A second connection to the same database sees what the first committed.
        auto again = openHub();
        QVERIFY(again);
        QCOMPARE(scalar(again->connection(), QStringLiteral("SELECT value FROM hub_counter WHERE name = 'seq'")).toLongLong(), 10LL);
    }
    if (pgSecond)
        QVERIFY(PgTestServer::dropDatabase(second).ok());
}

void tst_HubDatabase::concurrentOpensMigrateOnce()
{
    // Four openers start together on one new database, each on its own thread with its own
    // connection, like hub processes starting at once. Every open succeeds and each migration is
    // applied once (a second application would fail on CREATE TABLE, or add a hub_schema row).
    constexpr int kOpeners = 4;
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    std::vector<QString> errors(kOpeners);
    std::vector<std::thread> threads;
    for (int i = 0; i < kOpeners; ++i) {
        threads.emplace_back([&, i] {
            ++ready;
            while (!go.load())
                std::this_thread::yield();
            auto hub = HubDatabase::open(m_settings);
            errors[static_cast<size_t>(i)] = hub ? QString() : hub.error();
        });
    }
    while (ready.load() < kOpeners)
        std::this_thread::yield();
    go = true;
    for (auto &t : threads)
        t.join();
    for (const QString &e : errors)
        QVERIFY2(e.isEmpty(), qPrintable(e));

    auto hub = openHub();
    QVERIFY(hub);
    const QSqlDatabase db = hub->connection();
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM hub_schema")).toInt(), HubDatabase::latestSchemaVersion());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM hub_counter")).toInt(), 1);
    QCOMPARE(hub->schemaVersion(), HubDatabase::latestSchemaVersion());
}

// Like the node's migrations (tst_migrations): a hub database out there was built with every
// shipped file, so a shipped file never changes; a new migration is a new number.
void tst_HubDatabase::shippedHubMigrationsAreNeverRewritten()
{
    const QString source = qEnvironmentVariable("UD_TEST_SOURCE_DIR");
    QVERIFY2(!source.isEmpty(), "UD_TEST_SOURCE_DIR (run through ctest)");
    QFile list(source + QStringLiteral("/tests/fixtures/hub_migration_checksums.txt"));
    QVERIFY(list.open(QIODevice::ReadOnly));
    int shipped = 0;
    for (const QByteArray &line : list.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QList<QByteArray> parts = line.simplified().split(' ');
        QCOMPARE(parts.size(), 2);
        QFile f(source + QStringLiteral("/resources/hub/") + QString::fromUtf8(parts.at(1)));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("the shipped hub migration %1 is gone").arg(QString::fromUtf8(parts.at(1)))));
        QVERIFY2(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex() == parts.at(0),
                 qPrintable(QStringLiteral("the shipped hub migration %1 was changed; add a new numbered file instead")
                                .arg(QString::fromUtf8(parts.at(1)))));
        ++shipped;
    }
    QVERIFY(shipped >= 4);
}

QTEST_GUILESS_MAIN(tst_HubDatabase)
#include "tst_hubdatabase.moc"
