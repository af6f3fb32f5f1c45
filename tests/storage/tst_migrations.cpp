// Tests for schema migrations (design §3): every older database, built from a fixture, opens at
// the latest schema with its rows intact, the reference data in place, a copy of the file as it
// was, and a clean integrity check. Also guards the migration files themselves: contiguous
// NNNN_name.sql numbering, and shipped files never rewritten (tests/fixtures/migration_checksums.txt).

#include "core/Clock.h"
#include "storage/Database.h"
#include "mediation/MediationRepository.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"
#include "register/RegisterRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <memory>

using ud::Database;

namespace {

QString sourceDir()
{
    const QString env = qEnvironmentVariable("UD_TEST_SOURCE_DIR");
    return env.isEmpty() ? QString::fromUtf8(UD_SOURCE_DIR) : env;
}

QString fixturePath(const QString &name)
{
    return sourceDir() + QStringLiteral("/tests/fixtures/") + name;
}

QString migrationsDir()
{
    return sourceDir() + QStringLiteral("/resources/sql");
}

class RawConnection
{
public:
    explicit RawConnection(const QString &path) : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QString exec(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql) ? QString() : q.lastError().text();
    }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    static int s_counter;
    QString m_name;
};
int RawConnection::s_counter = 0;

// Applies the shipped migrations 1..version to a new file through a raw connection and marks it
// as a UnionDesk database of that schema version, as an older release left it; "" on success.
QString applyMigrationsUpTo(RawConnection &raw, int version)
{
    const QDir dir(migrationsDir());
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        if (name.left(4).toInt() > version)
            break;
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read %1").arg(name);
        QString error = raw.exec(QStringLiteral("BEGIN"));
        for (const QString &statement : ud::splitSqlStatements(QString::fromUtf8(f.readAll())))
            if (error.isEmpty())
                error = raw.exec(statement);
        if (!error.isEmpty())
            return name + QStringLiteral(": ") + error;
        if (error = raw.exec(QStringLiteral("COMMIT")); !error.isEmpty())
            return error;
    }
    if (QString error = raw.exec(QStringLiteral("PRAGMA application_id=%1").arg(Database::kApplicationId)); !error.isEmpty())
        return error;
    return raw.exec(QStringLiteral("PRAGMA user_version=%1").arg(version));
}

// The fixtures write their rows by plain SQL, without the audit entries UnionDesk writes with
// every row and the outbox rows with every audit entry, so `check` (which replays the audit log per record, schema 9) lists those rows as
// added outside UnionDesk. Every other problem still fails the test.
QStringList problemsBesidesFixtureRows(const ud::CheckReport &report)
{
    QStringList out;
    for (const QString &p : report.problems)
        if (!p.contains(QLatin1String("has no audit history")) && !p.contains(QLatin1String("queue of changes to sync")))
            out << p;
    return out;
}

// Builds a database file from an SQL text dump; "" on success, else what went wrong.
QString buildFromDump(const QString &dumpPath, const QString &dbPath)
{
    QFile f(dumpPath);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1").arg(dumpPath);
    RawConnection raw(dbPath);
    for (const QString &statement : ud::splitSqlStatements(QString::fromUtf8(f.readAll()))) {
        const QString error = raw.exec(statement);
        if (!error.isEmpty())
            return statement.left(200) + QStringLiteral(": ") + error;
    }
    return {};
}

// The tables a schema-1 database has, with the column that identifies a row.
const std::map<QString, QString> &v1Tables()
{
    static const std::map<QString, QString> tables = {
        {QStringLiteral("org_units"), QStringLiteral("id")}, {QStringLiteral("code_items"), QStringLiteral("id")},
        {QStringLiteral("node"), QStringLiteral("singleton")}, {QStringLiteral("users"), QStringLiteral("id")},
        {QStringLiteral("audit_log"), QStringLiteral("seq")}, {QStringLiteral("outbox"), QStringLiteral("seq")},
    };
    return tables;
}

using Rows = QMap<QString, QVariantMap>; // key column value -> row

Rows readRows(const QSqlDatabase &db, const QString &table, const QString &key)
{
    Rows rows;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT * FROM %1").arg(table));
    while (q.next()) {
        QVariantMap row;
        const QSqlRecord r = q.record();
        for (int i = 0; i < r.count(); ++i)
            row.insert(r.fieldName(i), q.value(i));
        rows.insert(row.value(key).toString(), row);
    }
    return rows;
}

QByteArray sha256Hex(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

const QRegularExpression &migrationName()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    return re;
}

} // namespace

class tst_Migrations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fixtureOpensAtTheLatestSchema_data();
    void fixtureOpensAtTheLatestSchema();
    void aFailingMigrationLeavesTheFileAsItWas();
    void registerSearchIsRebuiltFromVersion4();
    void mediationSearchFromVersion7();
    void migrationFilesAreNumberedContiguously();
    void shippedMigrationsAreNeverRewritten();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Migrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Migrations::cleanup()
{
    m_dir.reset();
}

void tst_Migrations::fixtureOpensAtTheLatestSchema_data()
{
    QTest::addColumn<QString>("fixture"); // "" = no file, "empty" = a 0-byte file
    QTest::addColumn<int>("fromVersion");

    QTest::newRow("v0: no file yet") << QString() << 0;
    QTest::newRow("v0: empty file") << QStringLiteral("empty") << 0;
    QTest::newRow("v1: enterprise desk") << QStringLiteral("schema_v1.sql") << 1;
    QTest::newRow("v1: street station with its org tree synced down")
        << QStringLiteral("schema_v1_street.sql") << 1;
}

void tst_Migrations::fixtureOpensAtTheLatestSchema()
{
    QFETCH(QString, fixture);
    QFETCH(int, fromVersion);
    const int latest = Database::latestSchemaVersion();
    QVERIFY(latest > 1);

    const QString path = m_dir->filePath(QStringLiteral("node.db"));
    const QString keptCopy = path + QStringLiteral(".before-schema-%1.db").arg(latest);
    std::map<QString, Rows> before;
    if (fixture == QLatin1String("empty")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (!fixture.isEmpty()) {
        const QString error = buildFromDump(fixturePath(fixture), path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        RawConnection raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), fromVersion);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA application_id")).toInt(), Database::kApplicationId);
        for (const auto &[table, key] : v1Tables())
            before[table] = readRows(raw.db(), table, key);
        QVERIFY(!before[QStringLiteral("audit_log")].isEmpty());
        QVERIFY(!before[QStringLiteral("outbox")].isEmpty());
        QCOMPARE(before[QStringLiteral("node")].size(), 1);
    }

    Database db;
    // A 0-byte file becomes a database only when asked to create one; ExistingOnly refuses it
    // (tst_database::refusesFile, "empty file, existing only").
    const bool create = fixture.isEmpty() || fixture == QLatin1String("empty");
    const ud::Status opened = db.open(path, create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::ExistingOnly);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(db.schemaVersion(), latest);

    // Every fixture row is still there, unchanged.
    for (const auto &[table, rows] : before) {
        const Rows after = readRows(db.connection(), table, v1Tables().at(table));
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            QVERIFY2(after.contains(it.key()), qPrintable(QStringLiteral("%1 row %2 is gone").arg(table, it.key())));
            const QVariantMap &was = it.value();
            const QVariantMap &now = after.value(it.key());
            for (auto c = was.cbegin(); c != was.cend(); ++c)
                QVERIFY2(now.value(c.key()).toString() == c.value().toString()
                             && now.value(c.key()).isNull() == c.value().isNull(),
                         qPrintable(QStringLiteral("%1 row %2 column %3: %4 became %5")
                                        .arg(table, it.key(), c.key(), c.value().toString(),
                                             now.value(c.key()).toString())));
        }
    }

    // The reference data is there.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM org_units WHERE parent_code = '110000' AND tier = 'district' "
                                  "AND deleted = 0")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 16);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM code_items WHERE list = 'industry'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 117);
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM org_units WHERE code = '110105015'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("北京市朝阳区八里庄街道"));
    q.finish();

    // A copy of the file as it was, only when there was data to keep.
    if (fromVersion == 0) {
        QVERIFY(!QFileInfo::exists(keptCopy));
    } else {
        QVERIFY2(QFileInfo::exists(keptCopy), qPrintable(keptCopy));
        const auto info = Database::inspectFile(keptCopy);
        QVERIFY2(info.ok(), qPrintable(info.error()));
        QCOMPARE(info.value().schemaVersion, fromVersion);
        QCOMPARE(info.value().nodeId,
                 before[QStringLiteral("node")].first().value(QStringLiteral("node_id")).toString());
        RawConnection copy(keptCopy);
        for (const auto &[table, rows] : before)
            QCOMPARE(copy.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt(), rows.size());
    }

    const ud::CheckReport report = db.check();
    QVERIFY2(problemsBesidesFixtureRows(report).isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    if (fromVersion > 0)
        QCOMPARE(report.auditEntries, qint64(before[QStringLiteral("audit_log")].size()));

    // The migrated database takes new writes, and the audit chain carries on from the old entries.
    ud::ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    if (!ud::NodeIdentity::load(db)) {
        auto node = ud::NodeIdentity::initialize(db, QStringLiteral("110105015"), ud::Tier::Street, QString(), clock);
        QVERIFY2(node.ok(), qPrintable(node.error()));
    }
    {
        ud::RecordStore store(db, &clock);
        auto rec = store.create(QStringLiteral("code_items"), {{QStringLiteral("list"), QStringLiteral("case_tag")},
                                                               {QStringLiteral("code"), QStringLiteral("NEW")},
                                                               {QStringLiteral("name_zh"), QStringLiteral("新标签")}});
        QVERIFY2(rec.ok(), qPrintable(rec.error()));
        for (const auto &row : before[QStringLiteral("outbox")])
            QVERIFY(rec.value().value(QStringLiteral("hlc")).toString() > row.value(QStringLiteral("hlc")).toString());
    }
    QVERIFY2(problemsBesidesFixtureRows(db.check()).isEmpty(), qPrintable(db.check().problems.join(QLatin1Char('\n'))));

    // Opening again changes nothing.
    db.close();
    const QByteArray copyHash = fromVersion > 0 ? sha256Hex(keptCopy) : QByteArray();
    QVERIFY(db.open(path, Database::OpenMode::ExistingOnly).ok());
    QCOMPARE(db.schemaVersion(), latest);
    if (fromVersion > 0)
        QCOMPARE(sha256Hex(keptCopy), copyHash);
}

void tst_Migrations::aFailingMigrationLeavesTheFileAsItWas()
{
    const QString path = m_dir->filePath(QStringLiteral("node.db"));
    const QString error = buildFromDump(fixturePath(QStringLiteral("schema_v1.sql")), path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    int orgUnits = 0;
    int codeItems = 0;
    {
        RawConnection raw(path);
        // Something in the file makes migration 2 fail half-way through its inserts.
        QCOMPARE(raw.exec(QStringLiteral("CREATE TRIGGER local_rule BEFORE INSERT ON code_items "
                                         "WHEN new.list = 'industry' BEGIN SELECT RAISE(ABORT, 'no industries here'); END")),
                 QString());
        orgUnits = raw.scalar(QStringLiteral("SELECT count(*) FROM org_units")).toInt();
        codeItems = raw.scalar(QStringLiteral("SELECT count(*) FROM code_items")).toInt();
    }

    Database db;
    const ud::Status s = db.open(path, Database::OpenMode::ExistingOnly);
    QVERIFY(!s.ok());
    QVERIFY(!db.isOpen());
    QVERIFY2(s.error().contains(QStringLiteral("Migration 2")), qPrintable(s.error()));
    QVERIFY2(s.error().contains(QStringLiteral("no industries here")), qPrintable(s.error()));
    {
        RawConnection raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM org_units")).toInt(), orgUnits);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM code_items")).toInt(), codeItems);
        // Once the obstacle is gone, the next open succeeds.
        QCOMPARE(raw.exec(QStringLiteral("DROP TRIGGER local_rule")), QString());
    }
    const ud::Status again = db.open(path, Database::OpenMode::ExistingOnly);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY2(problemsBesidesFixtureRows(db.check()).isEmpty(), qPrintable(problemsBesidesFixtureRows(db.check()).join(QLatin1Char('\n'))));
}

// Schema 7 replaces the register's search index: a version-4 file with workers and employers
// (built from the shipped migration files, the rows written by plain SQL as an older UnionDesk
// would have left them) opens with every live record searchable, deleted ones not.
void tst_Migrations::registerSearchIsRebuiltFromVersion4()
{
    const QString path = m_dir->filePath(QStringLiteral("node.db"));
    {
        RawConnection raw(path);
        QCOMPARE(applyMigrationsUpTo(raw, 4), QString());
        const QString system = QStringLiteral("'110105015', 'node-a', 'hlc', '2026-01-05T08:00:00Z', 'old', "
                                              "'2026-01-05T08:00:00Z', 'old'");
        const auto employer = [&](const QString &id, const QString &name, const QString &address) {
            return raw.exec(QStringLiteral("INSERT INTO employers (id, name, address, credit_code, org_unit, origin_node, hlc, "
                                           "created_at, created_by, updated_at, updated_by) VALUES ('%1', '%2', '%3', "
                                           "'91110105MA01ABCD1X', %4)")
                                .arg(id, name, address, system));
        };
        const auto worker = [&](const QString &id, const QString &name, const QString &employerId, int deleted) {
            return raw.exec(QStringLiteral("INSERT INTO workers (id, name, post, employer_id, deleted, org_unit, origin_node, "
                                           "hlc, created_at, created_by, updated_at, updated_by) VALUES ('%1', '%2', '钢筋工', "
                                           "%3, %4, %5)")
                                .arg(id, name, employerId.isEmpty() ? QStringLiteral("NULL") : QLatin1Char('\'') + employerId + QLatin1Char('\''))
                                .arg(deleted)
                                .arg(system));
        };
        QCOMPARE(employer(QStringLiteral("e1"), QStringLiteral("北京华信建筑工程有限公司"), QStringLiteral("八里庄路1号")), QString());
        QCOMPARE(worker(QStringLiteral("w1"), QStringLiteral("王芳"), QStringLiteral("e1"), 0), QString());
        QCOMPARE(worker(QStringLiteral("w2"), QStringLiteral("张建国"), QString(), 0), QString());
        QCOMPARE(worker(QStringLiteral("w3"), QStringLiteral("李四"), QStringLiteral("e1"), 1), QString());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM register_fts")).toInt(), 3);
    }

    Database db;
    const ud::Status opened = db.open(path, Database::OpenMode::ExistingOnly);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".before-schema-%1.db").arg(Database::latestSchemaVersion())));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'register_fts'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM register_search")) && q.next());
    QCOMPARE(q.value(0).toInt(), 3); // e1, w1, w2 (w3 is deleted)
    for (const QString &table : {QStringLiteral("register_names"), QStringLiteral("register_details")})
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')").arg(table)), qPrintable(q.lastError().text()));
    q.finish();

    const ud::RegisterRepository repo(db);
    const auto ids = [&](const QString &text) {
        QStringList out;
        for (const auto &hit : repo.search(text, 50))
            out << hit.id;
        return out;
    };
    QCOMPARE(ids(QStringLiteral("王芳")), QStringList{QStringLiteral("w1")});
    QCOMPARE(ids(QStringLiteral("建国")), QStringList{QStringLiteral("w2")});
    QCOMPARE(ids(QStringLiteral("华信建筑")), (QStringList{QStringLiteral("e1"), QStringLiteral("w1")}));
    QCOMPARE(ids(QStringLiteral("钢筋工")), (QStringList{QStringLiteral("w1"), QStringLiteral("w2")}));
    QCOMPARE(ids(QStringLiteral("李四")), QStringList());
    QCOMPARE(ids(QStringLiteral("ABCD")), QStringList{QStringLiteral("e1")});
    QVERIFY2(problemsBesidesFixtureRows(db.check()).isEmpty(), qPrintable(problemsBesidesFixtureRows(db.check()).join(QLatin1Char('\n'))));
}

// Schema 8 indexes the cases of a version-7 file by pairs of characters, and rebuilds the search
// text of cases whose worker or employer was renamed while schema 5's triggers did not follow.
void tst_Migrations::mediationSearchFromVersion7()
{
    const QString path = m_dir->filePath(QStringLiteral("node.db"));
    {
        RawConnection raw(path);
        QCOMPARE(applyMigrationsUpTo(raw, 7), QString());
        const QString system = QStringLiteral("'110105015', 'node-a', 'hlc', '2026-01-05T08:00:00Z', 'old', "
                                              "'2026-01-05T08:00:00Z', 'old'");
        const QString common = QStringLiteral("org_unit, origin_node, hlc, created_at, created_by, updated_at, updated_by");
        QCOMPARE(raw.exec(QStringLiteral("INSERT INTO employers (id, name, credit_code, %1) VALUES "
                                         "('e1', '北京华信建筑工程有限公司', '91110105MA01ABCD1X', %2)").arg(common, system)),
                 QString());
        QCOMPARE(raw.exec(QStringLiteral("INSERT INTO workers (id, name, %1) VALUES ('w1', '王芳', %2), ('w2', '张建国', %2)")
                              .arg(common, system)),
                 QString());
        const auto addCase = [&](const QString &id, int seq, const QString &facts, int deleted) {
            return raw.exec(QStringLiteral("INSERT INTO mediation_cases (id, case_no, case_year, case_seq, received_on, "
                                           "employer_id, facts, deleted, %1) VALUES ('%2', '朝阳区八里庄街道调字〔2026〕第%3号', "
                                           "2026, %4, '2026-03-02', 'e1', '%5', %6, %7)")
                                .arg(common, id, QStringLiteral("%1").arg(seq, 4, 10, QLatin1Char('0')))
                                .arg(seq)
                                .arg(facts)
                                .arg(deleted)
                                .arg(system));
        };
        QCOMPARE(addCase(QStringLiteral("c1"), 1, QStringLiteral("被申请人拖欠工资三个月。"), 0), QString());
        QCOMPARE(addCase(QStringLiteral("c2"), 2, QStringLiteral("未支付加班费。"), 0), QString());
        QCOMPARE(addCase(QStringLiteral("c3"), 3, QStringLiteral("拖欠工资。"), 1), QString());
        QCOMPARE(raw.exec(QStringLiteral("INSERT INTO mediation_parties (id, case_id, role, worker_id, %1) VALUES "
                                         "('p1', 'c1', 'applicant', 'w1', %2), ('p2', 'c2', 'applicant', 'w2', %2)")
                              .arg(common, system)),
                 QString());
        // Renamed under schema 7: the index still holds 王芳.
        QCOMPARE(raw.exec(QStringLiteral("UPDATE workers SET name = '王芳芳' WHERE id = 'w1'")), QString());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM mediation_fts WHERE parties LIKE '%王芳芳%'")).toInt(), 0);
    }

    Database db;
    const ud::Status opened = db.open(path, Database::OpenMode::ExistingOnly);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    const ud::MediationRepository repo(db);
    const auto found = [&](const QString &text) {
        ud::MediationRepository::Filter f;
        f.text = text;
        QStringList ids;
        for (const ud::CaseListRow &row : repo.page(f, ud::MediationRepository::Sort::CaseNo, Qt::AscendingOrder, {}, 50))
            ids << row.id;
        return ids;
    };
    QCOMPARE(found(QStringLiteral("拖欠")), QStringList{QStringLiteral("c1")}); // c3 is deleted
    QCOMPARE(found(QStringLiteral("拖")), QStringList{QStringLiteral("c1")});
    QCOMPARE(found(QStringLiteral("费")), QStringList{QStringLiteral("c2")});  // the last character of a text
    QCOMPARE(found(QStringLiteral("华信")), (QStringList{QStringLiteral("c1"), QStringLiteral("c2")}));
    QCOMPARE(found(QStringLiteral("芳芳")), QStringList{QStringLiteral("c1")});
    QCOMPARE(found(QStringLiteral("王芳芳")), QStringList{QStringLiteral("c1")});
    QCOMPARE(found(QStringLiteral("建国 加班")), QStringList{QStringLiteral("c2")});
    QCOMPARE(found(QStringLiteral("建国 拖欠")), QStringList());
    // Renames after the migration are followed by both indexes.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE employers SET name = '北京鑫达建筑工程有限公司' WHERE id = 'e1'")));
    QCOMPARE(found(QStringLiteral("鑫达")), (QStringList{QStringLiteral("c1"), QStringLiteral("c2")}));
    QCOMPARE(found(QStringLiteral("鑫达建筑")), (QStringList{QStringLiteral("c1"), QStringLiteral("c2")}));
    QCOMPARE(found(QStringLiteral("华信")), QStringList());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO mediation_bigrams (mediation_bigrams) VALUES ('integrity-check')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO mediation_fts (mediation_fts) VALUES ('integrity-check')")));
    q.finish();
    QVERIFY2(problemsBesidesFixtureRows(db.check()).isEmpty(), qPrintable(problemsBesidesFixtureRows(db.check()).join(QLatin1Char('\n'))));
}

void tst_Migrations::migrationFilesAreNumberedContiguously()
{
    const QDir dir(migrationsDir());
    QVERIFY2(dir.exists(), qPrintable(dir.path()));
    const QStringList files = dir.entryList(QDir::Files | QDir::Hidden, QDir::Name);
    QVERIFY(!files.isEmpty());
    int expected = 1;
    for (const QString &name : files) {
        const auto m = migrationName().match(name);
        QVERIFY2(m.hasMatch(), qPrintable(QStringLiteral("resources/sql/%1 is not named NNNN_name.sql (lower-case "
                                                         "letters, digits and '_'); the app would ignore it.")
                                              .arg(name)));
        QVERIFY2(m.captured(1).toInt() == expected,
                 qPrintable(QStringLiteral("resources/sql/%1: expected migration number %2; numbers must run "
                                           "from 0001 without gaps or duplicates.")
                                .arg(name)
                                .arg(expected, 4, 10, QLatin1Char('0'))));
        ++expected;
    }
    QVERIFY2(Database::latestSchemaVersion() == files.size(),
             qPrintable(QStringLiteral("resources/sql holds %1 migrations but this build has %2 compiled in; "
                                       "re-run CMake so the new file is picked up.")
                            .arg(files.size())
                            .arg(Database::latestSchemaVersion())));
}

void tst_Migrations::shippedMigrationsAreNeverRewritten()
{
    QFile list(fixturePath(QStringLiteral("migration_checksums.txt")));
    QVERIFY2(list.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(list.fileName()));
    const QDir dir(migrationsDir());
    QMap<QString, QByteArray> shipped;
    int highestShipped = 0;
    static const QRegularExpression line(QStringLiteral("^([0-9a-f]{64}) [ *](\\S+)$"));
    for (const QByteArray &raw : list.readAll().split('\n')) {
        const QString text = QString::fromUtf8(raw).trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;
        const auto m = line.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(QStringLiteral("migration_checksums.txt: cannot read line \"%1\"").arg(text)));
        const QString name = m.captured(2);
        const auto n = migrationName().match(name);
        QVERIFY2(n.hasMatch(), qPrintable(QStringLiteral("migration_checksums.txt lists \"%1\"").arg(name)));
        shipped.insert(name, m.captured(1).toLatin1());
        highestShipped = qMax(highestShipped, n.captured(1).toInt());
    }
    QVERIFY(!shipped.isEmpty());

    for (auto it = shipped.cbegin(); it != shipped.cend(); ++it) {
        const QString path = dir.filePath(it.key());
        QVERIFY2(QFileInfo::exists(path),
                 qPrintable(QStringLiteral("The shipped migration %1 is gone. Databases out there were built with it; "
                                           "restore it.")
                                .arg(it.key())));
        QVERIFY2(sha256Hex(path) == it.value(),
                 qPrintable(QStringLiteral("The shipped migration %1 was changed (sha256 %2, shipped as %3). Shipped "
                                           "migrations are never rewritten: restore the file and put the change in a "
                                           "new numbered migration.")
                                .arg(it.key(), QString::fromLatin1(sha256Hex(path)), QString::fromLatin1(it.value()))));
    }

    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        if (shipped.contains(name))
            continue;
        const auto m = migrationName().match(name);
        QVERIFY2(m.hasMatch(), qPrintable(name));
        const int number = m.captured(1).toInt();
        QVERIFY2(number > highestShipped,
                 qPrintable(QStringLiteral("%1 is numbered %2, but migration %3 has already shipped: a new migration "
                                           "needs a number above every shipped one.")
                                .arg(name)
                                .arg(number)
                                .arg(highestShipped)));
        qWarning("New migration %s has no checksum in tests/fixtures/migration_checksums.txt yet. When it ships, add "
                 "its line:  (cd resources/sql && sha256sum %s) >> tests/fixtures/migration_checksums.txt",
                 qPrintable(name), qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_migrations.moc"
