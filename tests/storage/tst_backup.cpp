// Tests for backups and restore: Database::backupTo while another thread keeps writing through
// its own connection, Database::inspectFile, Database::restoreFile (keeps the replaced file,
// refuses damaged and foreign files without touching the target) and BackupManager (daily
// backups, rotation, names that sort by time).

#include "core/Clock.h"
#include "storage/AuditLog.h"
#include "storage/BackupManager.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <memory>

using ud::BackupManager;
using ud::Database;

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

QVariantMap orgUnitFields(const QString &prefix, int n)
{
    return {{QStringLiteral("code"), QStringLiteral("81110105%1%2").arg(prefix).arg(n, 7, 10, QLatin1Char('0'))},
            {QStringLiteral("name"), QStringLiteral("北京备份%1有限公司工会委员会").arg(n)},
            {QStringLiteral("short_name"), QStringLiteral("备份%1工会").arg(n)},
            {QStringLiteral("parent_code"), QStringLiteral("110105015")},
            {QStringLiteral("tier"), QStringLiteral("enterprise")}};
}

// All rows of the tables that matter, as text, so two databases can be compared for content.
QString contentOf(const Database &db)
{
    QStringList out;
    for (const QString &t : {QStringLiteral("node"), QStringLiteral("org_units"), QStringLiteral("code_items"),
                             QStringLiteral("users"), QStringLiteral("audit_log"), QStringLiteral("outbox")}) {
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

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// About 3 MB of pages, so that a backup in steps of 1 MB takes several steps.
bool addFiller(Database &db)
{
    return db.exec(QStringLiteral("CREATE TABLE test_filler (b BLOB)")).ok()
        && db.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                                  "INSERT INTO test_filler (b) SELECT randomblob(1000) FROM n")).ok();
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

// The same, without the -wal/-shm files SQLite keeps beside a WAL-mode database while (and, for
// read-only connections, after) it is read.
QStringList filesWithoutSideFiles(const QString &dir)
{
    QStringList out;
    for (const QString &name : filesIn(dir))
        if (!name.endsWith(QLatin1String("-wal")) && !name.endsWith(QLatin1String("-shm")))
            out << name;
    return out;
}

} // namespace

class tst_Backup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void backupWhileAnotherThreadWrites_data();
    void backupWhileAnotherThreadWrites();
    void backupInStepsWithProgress();
    void backupCancelledLeavesNoFile_data();
    void backupCancelledLeavesNoFile();
    void backupRefusedInsideATransaction();
    void restoreCancelledChangesNothing_data();
    void restoreCancelledChangesNothing();
    void restoreReplacesTheFileAndKeepsTheOldOne();
    void restoreIntoAMissingTarget();
    void restoreRefuses_data();
    void restoreRefuses();
    void inspectFileFields();
    void inspectFileLeavesTheFileAlone();
    void backupToRefusesTheDatabaseItself();

    void ensureDailyBacksUpOncePerDay();
    void rotateKeepsTheNewest();
    void backupNamesSortByTime();
    void defaultFolder();

private:
    QString freshNode(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_shared;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_template;
    QString m_backup; // backupTo() of the template: how real backups look (not in WAL mode)
};

void tst_Backup::initTestCase()
{
    m_shared = std::make_unique<QTemporaryDir>();
    QVERIFY(m_shared->isValid());
    m_template = m_shared->filePath(QStringLiteral("template.db"));
    Database db;
    QVERIFY(db.open(m_template, Database::OpenMode::CreateIfMissing).ok());
    ud::ManualClock clock(kStart);
    auto node = ud::NodeIdentity::initialize(db, QStringLiteral("110105015"), ud::Tier::Street,
                                             QStringLiteral("八里庄街道工会服务站"), clock);
    QVERIFY2(node.ok(), qPrintable(node.error()));
    ud::RecordStore store(db, &clock);
    for (int i = 0; i < 5; ++i)
        QVERIFY(store.create(QStringLiteral("org_units"), orgUnitFields(QStringLiteral("BASE"), i)).ok());
    m_backup = m_shared->filePath(QStringLiteral("template-backup.db"));
    QVERIFY(db.backupTo(m_backup).ok());
}

void tst_Backup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Backup::cleanup()
{
    m_dir.reset();
}

QString tst_Backup::freshNode(const QString &name) const
{
    const QString path = m_dir->filePath(name);
    QFile::copy(m_template, path);
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

void tst_Backup::backupWhileAnotherThreadWrites_data()
{
    QTest::addColumn<bool>("inSteps");
    QTest::newRow("VACUUM INTO") << false;
    QTest::newRow("online backup in steps, with progress") << true;
}

void tst_Backup::backupWhileAnotherThreadWrites()
{
    QFETCH(bool, inSteps);
    const QString path = freshNode(QStringLiteral("node.db"));
    Database db;
    QVERIFY(db.open(path, Database::OpenMode::ExistingOnly).ok());
    if (inSteps)
        QVERIFY(addFiller(db)); // several steps, between which the writer writes
    int steps = 0;
    const ud::Progress progress = [&steps](qint64, qint64) {
        ++steps;
        QThread::msleep(2);
        return true;
    };

    // The writer has its own Database (own connection) made and used only in its thread.
    std::atomic<int> written{0};
    std::atomic<bool> stop{false};
    QString writerError;
    std::unique_ptr<QThread> writer(QThread::create([&]() {
        Database own;
        if (ud::Status s = own.open(path, Database::OpenMode::ExistingOnly); !s) {
            writerError = s.error();
            return;
        }
        ud::SystemClock clock;
        ud::RecordStore store(own, &clock);
        store.setActor(QStringLiteral("writer"));
        for (int i = 0; i < 2000 && !stop.load(); ++i) {
            auto created = store.create(QStringLiteral("org_units"), orgUnitFields(QStringLiteral("THRD"), i));
            if (!created) {
                writerError = created.error();
                return;
            }
            if (i % 3 == 0) {
                auto updated = store.update(QStringLiteral("org_units"), created.value().id, 1,
                                            {{QStringLiteral("short_name"), QStringLiteral("改%1").arg(i)}});
                if (!updated) {
                    writerError = updated.error();
                    return;
                }
            }
            written.fetch_add(1);
        }
    }));
    writer->start();

    QStringList backups;
    QList<int> writtenAtBackup;
    for (int n = 0; n < 3; ++n) {
        const int target = 25 * (n + 1);
        QTRY_VERIFY_WITH_TIMEOUT(written.load() >= target || writer->isFinished(), 15000);
        const QString backup = m_dir->filePath(QStringLiteral("backup-%1.db").arg(n));
        const ud::Status s = inSteps ? db.backupTo(backup, progress) : db.backupTo(backup);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QVERIFY(!QFileInfo::exists(backup + QStringLiteral(".partial")));
        backups << backup;
        writtenAtBackup << written.load();
    }
    stop = true;
    QVERIFY(writer->wait(30000));
    QVERIFY2(writerError.isEmpty(), qPrintable(writerError));
    QVERIFY2(writtenAtBackup.first() < written.load(), "the writer did not keep writing during the backups");

    qint64 previousCount = 0;
    for (const QString &backup : std::as_const(backups)) {
        Database copy;
        const ud::Status opened = copy.open(backup, Database::OpenMode::ExistingOnly);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        const ud::CheckReport report = copy.check();
        QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QVERIFY(ud::AuditLog::verifyChain(copy.connection()).ok);
        // A consistent snapshot: every audited change has its row at (at least) that version,
        // every outbox row its record, and every local record its audit entries.
        QCOMPARE(scalar(copy, QStringLiteral("SELECT count(*) FROM audit_log a WHERE a.table_name = 'org_units' AND "
                                             "NOT EXISTS (SELECT 1 FROM org_units o WHERE o.id = a.record_id "
                                             "AND o.version >= a.version)")),
                 qint64(0));
        QCOMPARE(scalar(copy, QStringLiteral("SELECT count(*) FROM org_units o WHERE o.origin_node <> 'reference' AND "
                                             "(SELECT count(*) FROM audit_log a WHERE a.record_id = o.id) <> o.version")),
                 qint64(0));
        QCOMPARE(scalar(copy, QStringLiteral("SELECT count(*) FROM outbox b WHERE NOT EXISTS "
                                             "(SELECT 1 FROM org_units o WHERE o.id = b.record_id AND o.version >= b.version)")),
                 qint64(0));
        const qint64 threadRows = scalar(copy, QStringLiteral("SELECT count(*) FROM org_units WHERE created_by = 'writer'"));
        QVERIFY(threadRows >= previousCount);
        previousCount = threadRows;
        // The backup is a standalone file: no WAL needed next to it.
        copy.close();
        QVERIFY(!QFileInfo::exists(backup + QStringLiteral("-wal")));
    }
    QVERIFY(previousCount > 0);
    QVERIFY(!inSteps || steps >= 3);
}

// A backup in steps (with progress) tells pages done of pages in all, each step further, and
// gives the same content as the database, in a single file (not in WAL mode).
void tst_Backup::backupInStepsWithProgress()
{
    const QString path = freshNode(QStringLiteral("node.db"));
    Database db;
    QVERIFY(db.open(path, Database::OpenMode::ExistingOnly).ok());
    QVERIFY(addFiller(db));
    QList<QPair<qint64, qint64>> calls;
    const QString backup = m_dir->filePath(QStringLiteral("copy.db"));
    const ud::Status s = db.backupTo(backup, [&calls](qint64 done, qint64 total) {
        calls.append({done, total});
        return true;
    });
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QVERIFY2(calls.size() >= 2, qPrintable(QString::number(calls.size())));
    for (int i = 0; i < calls.size(); ++i) {
        QCOMPARE(calls.at(i).second, calls.first().second);
        QVERIFY(calls.at(i).first > 0 && calls.at(i).first <= calls.at(i).second);
        QVERIFY(i == 0 || calls.at(i).first > calls.at(i - 1).first);
    }
    QCOMPARE(fileBytes(backup).mid(18, 2), QByteArray("\x01\x01", 2)); // rollback journal, not WAL
    QVERIFY(!QFileInfo::exists(backup + QStringLiteral(".partial")));
    Database copy;
    QVERIFY(copy.open(backup, Database::OpenMode::ExistingOnly).ok());
    QCOMPARE(contentOf(copy), contentOf(db));
    QCOMPARE(scalar(copy, QStringLiteral("SELECT count(*) FROM test_filler")), qint64(3000));
    QVERIFY(copy.check().ok());
}

// Cancelling a backup (issue 12, item 8) leaves nothing in the backup folder, under the final
// name or a temporary one, and the database as it was.
void tst_Backup::backupCancelledLeavesNoFile_data()
{
    QTest::addColumn<int>("cancelAt"); // the call of progress that says stop (1 = the first)
    QTest::newRow("after the first step") << 1;
    QTest::newRow("after the second step") << 2;
}

void tst_Backup::backupCancelledLeavesNoFile()
{
    QFETCH(int, cancelAt);
    const QString path = freshNode(QStringLiteral("node.db"));
    Database db;
    QVERIFY(db.open(path, Database::OpenMode::ExistingOnly).ok());
    QVERIFY(addFiller(db));
    const QString before = contentOf(db);
    const QString folder = m_dir->filePath(QStringLiteral("backups"));
    const BackupManager manager(folder, 5);
    int calls = 0;
    const auto r = manager.backupNow(db, kStart, [&calls, cancelAt](qint64, qint64) { return ++calls < cancelAt; });
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), QStringLiteral("The backup was cancelled; no file was written."));
    QCOMPARE(calls, cancelAt);
    QCOMPARE(filesIn(folder), QStringList());
    QVERIFY(manager.backups().isEmpty());
    QCOMPARE(contentOf(db), before);
    QVERIFY(!db.inTransaction());
    // The next backup is whole.
    const auto again = manager.backupNow(db, kStart, [](qint64, qint64) { return true; });
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(filesIn(folder), QStringList{QFileInfo(again.value()).fileName()});
}

void tst_Backup::backupRefusedInsideATransaction()
{
    const QString path = freshNode(QStringLiteral("node.db"));
    Database db;
    QVERIFY(db.open(path, Database::OpenMode::ExistingOnly).ok());
    const QString backup = m_dir->filePath(QStringLiteral("copy.db"));
    {
        Database::Transaction tx(db);
        QVERIFY(tx.isActive());
        QVERIFY(!db.backupTo(backup, [](qint64, qint64) { return true; }).ok());
    }
    QVERIFY(!QFileInfo::exists(backup));
    QVERIFY(!QFileInfo::exists(backup + QStringLiteral(".partial")));
    QVERIFY(db.backupTo(backup, [](qint64, qint64) { return true; }).ok());
}

// Cancelling a restore, while the backup is copied or after its check, leaves the database
// and its folder exactly as they were.
void tst_Backup::restoreCancelledChangesNothing_data()
{
    QTest::addColumn<bool>("duringCopy");
    QTest::newRow("while copying") << true;
    QTest::newRow("after the check, before the swap") << false;
}

void tst_Backup::restoreCancelledChangesNothing()
{
    QFETCH(bool, duringCopy);
    const QString path = freshNode(QStringLiteral("node.db"));
    const QString backup = m_dir->filePath(QStringLiteral("saved.db"));
    {
        Database db;
        QVERIFY(db.open(path, Database::OpenMode::ExistingOnly).ok());
        QVERIFY(addFiller(db)); // a backup of three chunks
        QVERIFY(db.backupTo(backup).ok());
        ud::ManualClock clock(kStart.addDays(1));
        ud::RecordStore store(db, &clock);
        QVERIFY(store.create(QStringLiteral("org_units"), orgUnitFields(QStringLiteral("AFTR"), 1)).ok());
    }
    const QByteArray targetHash = fileHash(path);
    const QStringList files = filesWithoutSideFiles(m_dir->path());
    QList<qint64> seen;
    qint64 size = 0;
    const auto restored = Database::restoreFile(backup, path, [&](qint64 done, qint64 total) {
        seen << done;
        size = total;
        // while copying: stop at the first chunk; else at the call after the whole copy
        return duringCopy ? false : done < total || seen.count(total) < 2;
    });
    QVERIFY(!restored.ok());
    QCOMPARE(restored.error(), QStringLiteral("The restore was cancelled; the database was not changed."));
    QCOMPARE(size, QFileInfo(backup).size());
    if (duringCopy)
        QCOMPARE(seen, QList<qint64>{qint64(1) << 20});
    else
        QCOMPARE(seen.last(), size);
    QCOMPARE(fileHash(path), targetHash);
    QCOMPARE(filesWithoutSideFiles(m_dir->path()), files);
    Database db;
    QVERIFY(db.open(path, Database::OpenMode::ExistingOnly).ok());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM org_units WHERE code LIKE '%AFTR%'")), qint64(1));
}

void tst_Backup::restoreReplacesTheFileAndKeepsTheOldOne()
{
    const QString path = freshNode(QStringLiteral("node.db"));
    const QString backup = m_dir->filePath(QStringLiteral("saved.db"));
    QString backupContent;
    {
        Database db;
        QVERIFY(db.open(path, Database::OpenMode::ExistingOnly).ok());
        ud::ManualClock clock(kStart.addDays(1));
        ud::RecordStore store(db, &clock);
        QVERIFY(store.create(QStringLiteral("org_units"), orgUnitFields(QStringLiteral("KEEP"), 1)).ok());
        QVERIFY(db.backupTo(backup).ok());
        // Work after the backup, which the restore rolls back.
        QVERIFY(store.create(QStringLiteral("org_units"), orgUnitFields(QStringLiteral("LOST"), 2)).ok());
        Database copy;
        QVERIFY(copy.open(backup, Database::OpenMode::ExistingOnly).ok());
        backupContent = contentOf(copy);
    }
    const QByteArray backupHash = fileHash(backup);
    const QByteArray oldHash = fileHash(path);
    // A stale write-ahead log beside the target belongs to the old file.
    QVERIFY(writeFile(path + QStringLiteral("-wal"), QByteArray(64, 'w')));

    const auto restored = Database::restoreFile(backup, path);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    const QString kept = restored.value();
    QVERIFY2(QRegularExpression(QStringLiteral("^%1\\.replaced-\\d{8}-\\d{6}(-\\d+)?$")
                                    .arg(QRegularExpression::escape(QFileInfo(path).absoluteFilePath())))
                 .match(kept)
                 .hasMatch(),
             qPrintable(kept));
    QCOMPARE(fileHash(kept), oldHash);
    QVERIFY(QFileInfo::exists(kept + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    QCOMPARE(fileHash(backup), backupHash); // the backup itself is untouched
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".restoring")));

    Database db;
    const ud::Status opened = db.open(path, Database::OpenMode::ExistingOnly);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(db.check().ok());
    // The verified backup's content, as a rewound node: only its epoch is new (docs/sync.md).
    QString backupEpoch;
    {
        Database copy;
        QVERIFY(copy.open(backup, Database::OpenMode::ExistingOnly).ok());
        QSqlQuery e(copy.connection());
        QVERIFY(e.exec(QStringLiteral("SELECT db_epoch FROM node")) && e.next());
        backupEpoch = e.value(0).toString();
    }
    QSqlQuery e(db.connection());
    QVERIFY(e.exec(QStringLiteral("SELECT db_epoch FROM node")) && e.next());
    const QString newEpoch = e.value(0).toString();
    e.finish();
    QVERIFY(!newEpoch.isEmpty() && newEpoch != backupEpoch);
    QCOMPARE(contentOf(db).replace(newEpoch, backupEpoch), backupContent);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM org_units WHERE code LIKE '%LOST%'")), qint64(0));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM org_units WHERE code LIKE '%KEEP%'")), qint64(1));
}

void tst_Backup::restoreIntoAMissingTarget()
{
    const QString backup = freshNode(QStringLiteral("saved.db"));
    const QString target = m_dir->filePath(QStringLiteral("new/place/node.db"));
    const auto restored = Database::restoreFile(backup, target);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(restored.value(), QString());
    Database db;
    QVERIFY(db.open(target, Database::OpenMode::ExistingOnly).ok());
    Database saved;
    QVERIFY(saved.open(backup, Database::OpenMode::ExistingOnly).ok());
    // The same records; a new epoch (a restored node is a rewound one).
    QCOMPARE(contentOf(db).section(QLatin1Char('\n'), 1), contentOf(saved).section(QLatin1Char('\n'), 1));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM node")), qint64(1));
    QSqlQuery a(db.connection()), b(saved.connection());
    QVERIFY(a.exec(QStringLiteral("SELECT db_epoch FROM node")) && a.next());
    QVERIFY(b.exec(QStringLiteral("SELECT db_epoch FROM node")) && b.next());
    QVERIFY(a.value(0).toString() != b.value(0).toString());
}

void tst_Backup::restoreRefuses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("missing backup") << QStringLiteral("missing") << QStringLiteral("does not exist");
    QTest::newRow("truncated copy") << QStringLiteral("truncated") << QString();
    QTest::newRow("bytes overwritten in the middle") << QStringLiteral("overwritten") << QString();
    QTest::newRow("random bytes") << QStringLiteral("random") << QStringLiteral("not a UnionDesk database");
    QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("not a UnionDesk database");
    QTest::newRow("another program's SQLite file") << QStringLiteral("other") << QStringLiteral("not a UnionDesk database");
    QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("newer");
    QTest::newRow("broken reference") << QStringLiteral("orphan") << QStringLiteral("broken references");
    QTest::newRow("the target itself") << QStringLiteral("self") << QStringLiteral("same file");
}

void tst_Backup::restoreRefuses()
{
    QFETCH(QString, kind);
    QFETCH(QString, messagePart);

    const QString target = freshNode(QStringLiteral("node.db"));
    QString candidate = m_dir->filePath(QStringLiteral("candidate.db"));
    const QByteArray good = fileBytes(m_backup);
    QVERIFY(good.size() > 64 * 1024);
    if (kind == QLatin1String("truncated")) {
        QVERIFY(writeFile(candidate, good.left(good.size() / 2)));
    } else if (kind == QLatin1String("overwritten")) {
        QByteArray bad = good;
        const int pageSize = 4096;
        const int middle = (bad.size() / 2 / pageSize) * pageSize;
        for (int i = 0; i < 2 * pageSize; ++i)
            bad[middle + i] = static_cast<char>(0xA5);
        QVERIFY(writeFile(candidate, bad));
    } else if (kind == QLatin1String("random")) {
        QByteArray bytes(16384, '\0');
        QRandomGenerator gen(99);
        for (char &c : bytes)
            c = static_cast<char>(gen.bounded(256));
        QVERIFY(writeFile(candidate, bytes));
    } else if (kind == QLatin1String("empty")) {
        QVERIFY(writeFile(candidate, QByteArray()));
    } else if (kind == QLatin1String("other")) {
        const QString name = QStringLiteral("other-program");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(candidate);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    } else if (kind == QLatin1String("newer") || kind == QLatin1String("orphan")) {
        QVERIFY(writeFile(candidate, good));
        const QString name = QStringLiteral("edit-candidate");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(candidate);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            if (kind == QLatin1String("newer"))
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=%1").arg(Database::latestSchemaVersion() + 1)));
            else {
                QVERIFY(q.exec(QStringLiteral("DROP TRIGGER node_identity_fixed")));
                QVERIFY(q.exec(QStringLiteral("UPDATE node SET org_unit = '999999999'"))); // foreign keys are off here
            }
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    } else if (kind == QLatin1String("self")) {
        candidate = target;
    } else {
        QCOMPARE(kind, QStringLiteral("missing"));
    }

    const QByteArray targetHash = fileHash(target);
    const QByteArray candidateHash = fileHash(candidate);
    const QStringList filesBefore = filesWithoutSideFiles(m_dir->path());

    const auto restored = Database::restoreFile(candidate, target);
    QVERIFY2(!restored.ok(), qPrintable(kind));
    QVERIFY(!restored.error().isEmpty());
    if (!messagePart.isEmpty())
        QVERIFY2(restored.error().contains(messagePart, Qt::CaseInsensitive), qPrintable(restored.error()));

    QCOMPARE(fileHash(target), targetHash);
    if (kind != QLatin1String("missing"))
        QCOMPARE(fileHash(candidate), candidateHash);
    QCOMPARE(filesWithoutSideFiles(m_dir->path()), filesBefore); // no .replaced-*, no .restoring left behind
    Database db;
    QVERIFY(db.open(target, Database::OpenMode::ExistingOnly).ok());
    QVERIFY(db.check().ok());
}

void tst_Backup::inspectFileFields()
{
    const QString path = freshNode(QStringLiteral("node.db"));
    QString nodeId;
    {
        Database db;
        QVERIFY(db.open(path, Database::OpenMode::ExistingOnly).ok());
        nodeId = ud::NodeIdentity::load(db)->nodeId;
        QVERIFY(db.backupTo(m_dir->filePath(QStringLiteral("copy.db"))).ok());
    }
    for (const QString &file : {path, m_dir->filePath(QStringLiteral("copy.db"))}) {
        const auto info = Database::inspectFile(file);
        QVERIFY2(info.ok(), qPrintable(info.error()));
        QCOMPARE(info.value().path, QFileInfo(file).absoluteFilePath());
        QCOMPARE(info.value().schemaVersion, Database::latestSchemaVersion());
        QCOMPARE(info.value().nodeId, nodeId);
        QCOMPARE(info.value().orgUnit, QStringLiteral("110105015"));
        QCOMPARE(info.value().sizeBytes, QFileInfo(file).size());
    }

    // A database without a node is not one to restore (issue 9: such a file was migrated into a
    // node-less database that then passed `check`).
    const QString bare = m_dir->filePath(QStringLiteral("bare.db"));
    {
        Database db;
        QVERIFY(db.open(bare, Database::OpenMode::CreateIfMissing).ok());
    }
    const auto info = Database::inspectFile(bare);
    QVERIFY(!info.ok());
    QVERIFY2(info.error().contains(QStringLiteral("no node identity")), qPrintable(info.error()));
}

void tst_Backup::inspectFileLeavesTheFileAlone()
{
    // A backup: nothing at all changes in its folder.
    const QString backup = m_dir->filePath(QStringLiteral("backup.db"));
    QVERIFY(QFile::copy(m_backup, backup));
    QByteArray before = fileHash(backup);
    QStringList filesBefore = filesIn(m_dir->path());
    QVERIFY(Database::inspectFile(backup).ok());
    QCOMPARE(fileHash(backup), before);
    QCOMPARE(filesIn(m_dir->path()), filesBefore);

    // A closed database (WAL mode): the file itself is not changed.
    const QString path = freshNode(QStringLiteral("node.db"));
    before = fileHash(path);
    filesBefore = filesWithoutSideFiles(m_dir->path());
    QVERIFY(Database::inspectFile(path).ok());
    QCOMPARE(fileHash(path), before);
    QCOMPARE(filesWithoutSideFiles(m_dir->path()), filesBefore);
}

void tst_Backup::backupToRefusesTheDatabaseItself()
{
    const QString path = freshNode(QStringLiteral("node.db"));
    Database db;
    QVERIFY(db.open(path, Database::OpenMode::ExistingOnly).ok());
    const QByteArray before = fileHash(path);
    QVERIFY(!db.backupTo(path).ok());
    QVERIFY(!db.backupTo(m_dir->filePath(QStringLiteral("./node.db"))).ok());
    db.close();
    QCOMPARE(fileHash(path), before);
    Database closed;
    QVERIFY(!closed.backupTo(m_dir->filePath(QStringLiteral("x.db"))).ok());
}

void tst_Backup::ensureDailyBacksUpOncePerDay()
{
    const QString path = freshNode(QStringLiteral("node.db"));
    Database db;
    QVERIFY(db.open(path, Database::OpenMode::ExistingOnly).ok());
    const QString folder = m_dir->filePath(QStringLiteral("backups"));
    const BackupManager manager(folder, 10);
    QCOMPARE(manager.folder(), folder);
    QCOMPARE(manager.keep(), 10);
    QVERIFY(manager.backups().isEmpty());

    const QDateTime t0 = QDateTime(QDate(2026, 3, 1), QTime(8, 30, 15), Qt::UTC);
    auto first = manager.ensureDaily(db, t0);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(QFileInfo(first.value()).fileName(), QStringLiteral("uniondesk-20260301-083015.db"));
    QVERIFY(Database::inspectFile(first.value()).ok());
    QCOMPARE(manager.backups().size(), 1);

    for (qint64 secs : {qint64(1), qint64(3600), qint64(24 * 3600 - 1)}) {
        auto again = manager.ensureDaily(db, t0.addSecs(secs));
        QVERIFY(again.ok());
        QCOMPARE(again.value(), QString());
        QCOMPARE(manager.backups().size(), 1);
    }
    // A caller in another time zone means the same instant.
    auto local = manager.ensureDaily(db, t0.addSecs(3600).toOffsetFromUtc(8 * 3600));
    QVERIFY(local.ok());
    QCOMPARE(local.value(), QString());

    auto next = manager.ensureDaily(db, t0.addSecs(24 * 3600));
    QVERIFY2(next.ok(), qPrintable(next.error()));
    QCOMPARE(QFileInfo(next.value()).fileName(), QStringLiteral("uniondesk-20260302-083015.db"));
    QCOMPARE(manager.backups().size(), 2);
    QCOMPARE(manager.backups().first().fileName(), QStringLiteral("uniondesk-20260302-083015.db"));

    auto later = manager.ensureDaily(db, t0.addDays(5));
    QVERIFY(later.ok());
    QVERIFY(!later.value().isEmpty());
    QCOMPARE(manager.backups().size(), 3);
}

void tst_Backup::rotateKeepsTheNewest()
{
    const QString path = freshNode(QStringLiteral("node.db"));
    Database db;
    QVERIFY(db.open(path, Database::OpenMode::ExistingOnly).ok());
    const QString folder = m_dir->filePath(QStringLiteral("backups"));
    const BackupManager manager(folder, 3);
    // Made out of order; backupNow rotates after each one.
    const QList<int> days = {5, 1, 9, 3, 7, 2};
    for (int day : days) {
        auto made = manager.backupNow(db, QDateTime(QDate(2026, 3, day), QTime(23, 59, 59), Qt::UTC));
        QVERIFY2(made.ok(), qPrintable(made.error()));
    }
    QStringList names;
    for (const QFileInfo &fi : manager.backups())
        names << fi.fileName();
    QCOMPARE(names, (QStringList{QStringLiteral("uniondesk-20260309-235959.db"), QStringLiteral("uniondesk-20260307-235959.db"),
                                 QStringLiteral("uniondesk-20260305-235959.db")}));

    // Files that are not backups are never touched; a manual rotate with nothing to do removes nothing.
    QVERIFY(writeFile(folder + QStringLiteral("/notes.txt"), "keep me"));
    QVERIFY(writeFile(folder + QStringLiteral("/uniondesk-old.db"), "not ours"));
    QVERIFY(writeFile(folder + QStringLiteral("/node.db"), "not ours"));
    QCOMPARE(manager.rotate(), 0);
    // Older backups copied in by hand are removed by the next rotation.
    QVERIFY(QFile::copy(folder + QLatin1Char('/') + names.first(), folder + QStringLiteral("/uniondesk-20250101-000000.db")));
    QVERIFY(QFile::copy(folder + QLatin1Char('/') + names.first(), folder + QStringLiteral("/uniondesk-20251231-120000.db")));
    QCOMPARE(manager.backups().size(), 5);
    QCOMPARE(manager.rotate(), 2);
    QStringList after;
    for (const QFileInfo &fi : manager.backups())
        after << fi.fileName();
    QCOMPARE(after, names);
    const QStringList all = filesIn(folder);
    QVERIFY(all.contains(QStringLiteral("notes.txt")));
    QVERIFY(all.contains(QStringLiteral("uniondesk-old.db")));
    QVERIFY(all.contains(QStringLiteral("node.db")));
}

void tst_Backup::backupNamesSortByTime()
{
    const QString path = freshNode(QStringLiteral("node.db"));
    Database db;
    QVERIFY(db.open(path, Database::OpenMode::ExistingOnly).ok());
    const BackupManager manager(m_dir->filePath(QStringLiteral("backups")), 20);

    // Several backups within one second (a manual one right after the daily one) get a suffix;
    // the newest must still come first, and rotation must drop the oldest.
    const QDateTime t = QDateTime(QDate(2026, 3, 1), QTime(9, 0, 0), Qt::UTC);
    QStringList made;
    for (int i = 0; i < 11; ++i) {
        auto r = manager.backupNow(db, t.addMSecs(i * 10));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        made << QFileInfo(r.value()).fileName();
    }
    QCOMPARE(made.at(0), QStringLiteral("uniondesk-20260301-090000.db"));
    QCOMPARE(made.at(1), QStringLiteral("uniondesk-20260301-090000-2.db"));
    QCOMPARE(made.at(10), QStringLiteral("uniondesk-20260301-090000-11.db"));
    auto later = manager.backupNow(db, t.addSecs(1));
    QVERIFY(later.ok());
    made << QFileInfo(later.value()).fileName();

    QStringList listed;
    for (const QFileInfo &fi : manager.backups())
        listed << fi.fileName();
    QStringList newestFirst = made;
    std::reverse(newestFirst.begin(), newestFirst.end());
    QCOMPARE(listed, newestFirst);
}

void tst_Backup::defaultFolder()
{
    QCOMPARE(BackupManager::defaultFolderFor(QStringLiteral("/data/uniondesk/node.db")),
             QStringLiteral("/data/uniondesk/backups"));
    QCOMPARE(BackupManager(QStringLiteral("/x"), 0).keep(), 1); // always keeps at least one
}

QTEST_GUILESS_MAIN(tst_Backup)
#include "tst_backup.moc"
