// Issue 9, items 4 and 8: `check` sees tampering done with raw SQL on the file (each probe of
// the issue), and restore refuses what it should question. Keys go to Qt's test data folder.

#include "core/Clock.h"
#include "storage/AccessLog.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/NodeKey.h"
#include "storage/RecordStore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace ud;

namespace {
// Runs statements on a file through a connection of its own, as someone with the file would.
QString rawSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("tamper");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        for (const QString &s : statements)
            if (error.isEmpty() && !q.exec(s))
                error = s + QStringLiteral(": ") + q.lastError().text();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}
} // namespace

class tst_Tamper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void untouchedDatabasePasses();
    void probes_data();
    void probes();
    void recomputedPlainChainIsSeen();
    void missingKeyIsSaidClearly();
    void restoreRefusesAnotherNode();
    void restoreRefusesAFileWithOnlyOurApplicationId();
    void restoreRefusesATamperedBackup();
    void restoreRefusesWhileTheDatabaseIsInUse();
    void restoreOfAGoodBackupWorks();

private:
    QString makeDatabase(const QString &name);
    CheckReport checkFile(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QString m_userId;
    QString m_nodeId;
};

QString tst_Tamper::makeDatabase(const QString &name)
{
    const QString path = m_dir->filePath(name);
    Database db;
    if (!db.open(path, Database::OpenMode::CreateIfMissing))
        return {};
    SystemClock clock;
    auto node = NodeIdentity::initialize(db, QStringLiteral("110105015"), Tier::Street, QString(), clock);
    if (!node)
        return {};
    m_nodeId = node.value().nodeId;
    RecordStore store(db);
    store.setActor(QStringLiteral("admin"));
    for (int i = 0; i < 3; ++i)
        store.create(QStringLiteral("code_items"), {{QStringLiteral("list"), QStringLiteral("case_tag")},
                                                    {QStringLiteral("code"), QStringLiteral("T%1").arg(i)},
                                                    {QStringLiteral("name_zh"), QStringLiteral("标签%1").arg(i)}});
    auto user = store.create(QStringLiteral("users"), {{QStringLiteral("username"), QStringLiteral("li.si")},
                                                       {QStringLiteral("display_name"), QStringLiteral("李四")},
                                                       {QStringLiteral("role"), QStringLiteral("reviewer")},
                                                       {QStringLiteral("password_hash"), QStringLiteral("$argon2id$one")}});
    if (!user)
        return {};
    m_userId = user.value().id;
    AccessLog::append(db, QStringLiteral("admin"), AccessLog::Event::Login);
    AccessLog::append(db, QStringLiteral("admin"), AccessLog::Event::Export, QStringLiteral("workers"));
    return path;
}

CheckReport tst_Tamper::checkFile(const QString &path)
{
    Database db;
    const Status s = db.open(path, Database::OpenMode::ExistingOnly);
    if (!s) {
        CheckReport r;
        r.problems << s.error();
        return r;
    }
    return db.check();
}

void tst_Tamper::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = makeDatabase(QStringLiteral("x.db"));
    QVERIFY(!m_path.isEmpty());
}

void tst_Tamper::untouchedDatabasePasses()
{
    const CheckReport r = checkFile(m_path);
    QVERIFY2(r.ok(), qPrintable(r.problems.join(QLatin1Char('\n'))));
    QVERIFY(r.recordsChecked > 3);
}

void tst_Tamper::probes_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::newRow("record row changed") << QStringList{QStringLiteral("UPDATE code_items SET name_zh = '改' WHERE code = 'T1'")};
    QTest::newRow("row added without audit")
        << QStringList{QStringLiteral("INSERT INTO code_items (id, list, code, name_zh, org_unit, origin_node, hlc, created_at, "
                                      "created_by, updated_at, updated_by) SELECT 'x1', 'case_tag', 'X', 'x', org_unit, "
                                      "origin_node, hlc, created_at, created_by, updated_at, updated_by FROM code_items "
                                      "WHERE code = 'T1'")};
    QTest::newRow("reference row changed") << QStringList{QStringLiteral("UPDATE policy_values SET value = '99' WHERE rowid = 1")};
    QTest::newRow("audit tail deleted, sequence reset")
        << QStringList{QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                       QStringLiteral("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)"),
                       QStringLiteral("UPDATE sqlite_sequence SET seq = seq - 1 WHERE name = 'audit_log'"),
                       QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log\n"
                                      "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END")};
    QTest::newRow("audit log wiped")
        << QStringList{QStringLiteral("DROP TRIGGER audit_log_no_delete"), QStringLiteral("DELETE FROM audit_log"),
                       QStringLiteral("DELETE FROM sqlite_sequence WHERE name = 'audit_log'")};
    QTest::newRow("append-only trigger dropped") << QStringList{QStringLiteral("DROP TRIGGER audit_log_no_update")};
    QTest::newRow("reviewer made administrator")
        << QStringList{QStringLiteral("UPDATE users SET role = 'administrator' WHERE username = 'li.si'")};
    QTest::newRow("password hash swapped")
        << QStringList{QStringLiteral("UPDATE users SET password_hash = '$argon2id$two' WHERE username = 'li.si'")};
    QTest::newRow("access log rows deleted")
        << QStringList{QStringLiteral("DROP TRIGGER access_log_no_delete"),
                       QStringLiteral("DELETE FROM access_log WHERE seq = (SELECT max(seq) FROM access_log)"),
                       QStringLiteral("UPDATE sqlite_sequence SET seq = seq - 1 WHERE name = 'access_log'"),
                       QStringLiteral("CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log\n"
                                      "BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END")};
    QTest::newRow("outbox rows deleted") << QStringList{QStringLiteral("DELETE FROM outbox WHERE seq = 1")};
}

void tst_Tamper::probes()
{
    QFETCH(QStringList, sql);
    const QString error = rawSql(m_path, sql);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const CheckReport r = checkFile(m_path);
    QVERIFY2(!r.ok(), "check passed a tampered database");
    QVERIFY(!r.keyMissing);
}

void tst_Tamper::recomputedPlainChainIsSeen()
{
    // The probe's attack: edit a row and its audit entry, then recompute every hash as the
    // unkeyed definition says. Without the key the seals cannot be made again.
    QStringList sql{QStringLiteral("DROP TRIGGER audit_log_no_update"),
                    QStringLiteral("UPDATE users SET role = 'administrator' WHERE username = 'li.si'"),
                    QStringLiteral("UPDATE audit_log SET changes = replace(changes, '\"reviewer\"', '\"administrator\"') "
                                   "WHERE table_name = 'users'")};
    QVERIFY(rawSql(m_path, sql).isEmpty());
    {
        Database db;
        QVERIFY(db.open(m_path, Database::OpenMode::ExistingOnly));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT seq, at, actor, node_id, table_name, record_id, action, version, changes, "
                                      "reason FROM audit_log ORDER BY seq")));
        QString prev = QString(64, QLatin1Char('0'));
        QStringList updates;
        while (q.next()) {
            AuditEntry e;
            e.at = q.value(1).toString();
            e.actor = q.value(2).toString();
            e.nodeId = q.value(3).toString();
            e.table = q.value(4).toString();
            e.recordId = q.value(5).toString();
            e.action = q.value(6).toString();
            e.version = q.value(7).toLongLong();
            e.reason = q.value(9).toString();
            e.prevHash = prev;
            prev = AuditLog::computeHash(e, q.value(8).toString());
            updates << QStringLiteral("UPDATE audit_log SET prev_hash = '%1', hash = '%2' WHERE seq = %3")
                           .arg(e.prevHash, prev, q.value(0).toString());
        }
        q.finish();
        db.close();
        updates << QStringLiteral("DROP TRIGGER log_heads_forward")
                << QStringLiteral("UPDATE log_heads SET hash = '%1' WHERE log = 'audit'").arg(prev);
        QVERIFY(rawSql(m_path, updates).isEmpty());
    }
    const CheckReport r = checkFile(m_path);
    QVERIFY(!r.ok());
    QVERIFY2(r.problems.join(QLatin1Char('\n')).contains(QStringLiteral("audit log has been altered")),
             qPrintable(r.problems.join(QLatin1Char('\n'))));
}

void tst_Tamper::missingKeyIsSaidClearly()
{
    QVERIFY(QFile::remove(NodeKey::path(m_nodeId)));
    const CheckReport r = checkFile(m_path);
    QVERIFY(r.keyMissing);
    QCOMPARE(r.problems.size(), 1);
    QVERIFY2(r.problems.first().contains(QStringLiteral("key")), qPrintable(r.problems.first()));
    // And nothing can be written that the chain could not verify later.
    Database db;
    QVERIFY(db.open(m_path, Database::OpenMode::ExistingOnly));
    QVERIFY(!AccessLog::append(db, QStringLiteral("admin"), AccessLog::Event::Login).ok());
}

void tst_Tamper::restoreRefusesAnotherNode()
{
    const QString other = makeDatabase(QStringLiteral("other.db"));
    QVERIFY(!other.isEmpty());
    const QByteArray before = QFile(m_path).open(QIODevice::ReadOnly) ? QByteArray() : QByteArray();
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray content = f.readAll();
    f.close();
    const auto r = Database::restoreFile(other, m_path);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("another node")), qPrintable(r.error()));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
    Q_UNUSED(before);
}

void tst_Tamper::restoreRefusesAFileWithOnlyOurApplicationId()
{
    const QString fake = m_dir->filePath(QStringLiteral("fake.db"));
    QVERIFY(rawSql(fake, {QStringLiteral("CREATE TABLE t (x)"),
                          QStringLiteral("PRAGMA application_id=%1").arg(Database::kApplicationId)})
                .isEmpty());
    const auto r = Database::restoreFile(fake, m_dir->filePath(QStringLiteral("new.db")));
    QVERIFY(!r.ok());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("new.db"))));
    const auto r2 = Database::restoreFile(fake, m_path);
    QVERIFY(!r2.ok());
}

void tst_Tamper::restoreRefusesATamperedBackup()
{
    const QString backup = m_dir->filePath(QStringLiteral("backup.db"));
    {
        Database db;
        QVERIFY(db.open(m_path, Database::OpenMode::ExistingOnly));
        QVERIFY(db.backupTo(backup));
    }
    QVERIFY(rawSql(backup, {QStringLiteral("UPDATE code_items SET name_zh = '改' WHERE code = 'T1'")}).isEmpty());
    const auto r = Database::restoreFile(backup, m_path);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("check failed")), qPrintable(r.error()));
    QVERIFY(!QFileInfo::exists(m_path + QStringLiteral(".restoring")));
}

void tst_Tamper::restoreRefusesWhileTheDatabaseIsInUse()
{
    const QString backup = m_dir->filePath(QStringLiteral("backup.db"));
    Database db;
    QVERIFY(db.open(m_path, Database::OpenMode::ExistingOnly));
    QVERIFY(db.backupTo(backup));
    // Another user of the database (here: this connection, as an import would hold one).
    const auto r = Database::restoreFile(backup, m_path);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("in use")), qPrintable(r.error()));
    // The open connection still writes into the database, not into a replaced file.
    QVERIFY(AccessLog::append(db, QStringLiteral("admin"), AccessLog::Event::Login).ok());
    const QDir dir(m_dir->path());
    QVERIFY(dir.entryList({QStringLiteral("*.replaced-*")}).isEmpty());
    QVERIFY(db.check().ok());
}

void tst_Tamper::restoreOfAGoodBackupWorks()
{
    const QString backup = m_dir->filePath(QStringLiteral("backup.db"));
    {
        Database db;
        QVERIFY(db.open(m_path, Database::OpenMode::ExistingOnly));
        QVERIFY(db.backupTo(backup));
    }
    const auto r = Database::restoreFile(backup, m_path);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QVERIFY(QFileInfo::exists(r.value()));
    const CheckReport report = checkFile(m_path);
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_Tamper)
#include "tst_tamper.moc"
