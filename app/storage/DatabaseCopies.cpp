// Copies of a database: consistent backups (VACUUM INTO), inspection of a candidate file, and
// restore, which questions what it is given and swaps the files under an exclusive lock.

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/DatabaseDetail.h"

#include "core/PrivateFiles.h"
#include "storage/NodeIdentity.h"
#include "storage/StorageLog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

#ifdef UD_SYSTEM_SQLITE
#include <QSqlDriver>
#include <sqlite3.h>
#endif

namespace ud {

using namespace detail;

namespace {

#ifdef UD_SYSTEM_SQLITE
constexpr int kPagesPerStep = 256;  // 1 MB of 4 KB pages between two looks at the progress
constexpr int kRestartsBeforeOneStep = 3;
constexpr int kBusyWaits = 250;      // 20 ms each: five seconds of another program's write lock

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

// SQLite's online backup of `source` into the new file `temp`, kPagesPerStep pages at a time,
// with progress after each step. The copy is a consistent snapshot: what this connection writes
// meanwhile is copied too, and a write by another connection starts the copy over (after a few
// times, the rest goes in one step, inside one read transaction as VACUUM INTO does).
Status onlineBackup(sqlite3 *source, const QString &temp, const Progress &progress, bool &cancelled)
{
    sqlite3 *dest = nullptr;
    if (sqlite3_open_v2(temp.toUtf8().constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        const QString error = QString::fromUtf8(sqlite3_errmsg(dest));
        sqlite3_close(dest);
        return Status::failure(error);
    }
    sqlite3_exec(dest, "PRAGMA synchronous = OFF", nullptr, nullptr, nullptr); // the file is synced once, at the end
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
    if (!backup) {
        const QString error = QString::fromUtf8(sqlite3_errmsg(dest));
        sqlite3_close(dest);
        return Status::failure(error);
    }
    int rc = SQLITE_OK;
    int pages = kPagesPerStep;
    int restarts = 0;
    int waits = 0;
    int lastRemaining = -1;
    for (;;) {
        rc = sqlite3_backup_step(backup, pages);
        if (rc == SQLITE_DONE)
            break;
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (++waits > kBusyWaits)
                break;
            sqlite3_sleep(20);
        } else if (rc != SQLITE_OK) {
            break;
        }
        const int remaining = sqlite3_backup_remaining(backup);
        if (lastRemaining >= 0 && remaining > lastRemaining && ++restarts >= kRestartsBeforeOneStep)
            pages = -1;
        lastRemaining = remaining;
        const int total = sqlite3_backup_pagecount(backup);
        if (progress && !progress(total - remaining, total)) {
            cancelled = true;
            break;
        }
    }
    const int finished = sqlite3_backup_finish(backup);
    QString error;
    if (!cancelled && (rc != SQLITE_DONE || finished != SQLITE_OK))
        error = QString::fromUtf8(sqlite3_errstr(rc != SQLITE_DONE ? rc : finished));
    // A copy of a WAL database says WAL in its header: a backup is a single file.
    if (!cancelled && error.isEmpty() && sqlite3_exec(dest, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) != SQLITE_OK)
        error = QString::fromUtf8(sqlite3_errmsg(dest));
    sqlite3_close(dest);
    return error.isEmpty() ? Status::success() : Status::failure(error);
}
#endif

void removeWithSideFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// Copies `from` to the new file `to` a megabyte at a time with progress (bytes); false with
// `cancelled` set when progress said stop. The caller removes `to` on failure.
bool copyInChunks(const QString &from, const QString &to, const Progress &progress, bool &cancelled)
{
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return false;
    const qint64 total = in.size();
    qint64 done = 0;
    QByteArray chunk;
    while (!(chunk = in.read(1 << 20)).isEmpty()) {
        if (out.write(chunk) != chunk.size())
            return false;
        done += chunk.size();
        if (progress && !progress(done, total)) {
            cancelled = true;
            return false;
        }
    }
    return in.error() == QFileDevice::NoError && done == total && out.flush();
}

} // namespace

Status Database::backupTo(const QString &destination, const Progress &progress) const
{
    if (!isOpen())
        return Status::failure(tr("No database is open."));
    const QFileInfo dest(destination);
    if (dest.absoluteFilePath() == m_path)
        return Status::failure(tr("A backup cannot overwrite the database itself."));
    if (inTransaction())
        return Status::failure(tr("A backup cannot be made while changes are being saved; try again when they are done."));
    if (!QDir().mkpath(dest.absolutePath()))
        return Status::failure(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dest.absolutePath())));
    const QString temp = dest.absoluteFilePath() + QStringLiteral(".partial");
    removeWithSideFiles(temp);
    bool cancelled = false;
    QString err;
#ifdef UD_SYSTEM_SQLITE
    if (sqlite3 *source = progress ? sqliteHandle(connection()) : nullptr) {
        if (Status s = onlineBackup(source, temp, progress, cancelled); !s)
            err = s.error();
    } else
#endif
    {
        QSqlQuery q(connection());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(temp);
        if (!q.exec())
            err = lastError(q);
        else if (progress && !progress(1, 1)) // one step: asked only when it is done
            cancelled = true;
    }
    if (cancelled) {
        removeWithSideFiles(temp);
        return Status::failure(tr("The backup was cancelled; no file was written."));
    }
    if (!err.isEmpty()) {
        removeWithSideFiles(temp);
        return Status::failure(tr("Backup failed: %1").arg(err));
    }
    if (Status s = PrivateFiles::makePrivate(temp); !s) {
        removeWithSideFiles(temp);
        return s;
    }
    syncFile(temp);
    if (dest.exists() && !QFile::remove(dest.absoluteFilePath())) {
        removeWithSideFiles(temp);
        return Status::failure(tr("Cannot replace the existing file %1.").arg(QDir::toNativeSeparators(destination)));
    }
    if (!QFile::rename(temp, dest.absoluteFilePath())) {
        removeWithSideFiles(temp);
        return Status::failure(tr("Cannot write the backup to %1.").arg(QDir::toNativeSeparators(destination)));
    }
    syncDirectory(dest.absolutePath());
    return Status::success();
}

Result<DatabaseFileInfo> Database::inspectFile(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.isFile())
        return Result<DatabaseFileInfo>::failure(tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    DatabaseFileInfo info;
    info.path = fi.absoluteFilePath();
    info.sizeBytes = fi.size();
    const QString name = newConnectionName();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(info.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            error = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), db.lastError().text());
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
                error = tr("%1 is not a UnionDesk database (it is not an SQLite file or it is damaged).")
                            .arg(QDir::toNativeSeparators(path));
            } else if (q.value(0).toInt() != kApplicationId) {
                error = tr("%1 is an SQLite file but not a UnionDesk database.").arg(QDir::toNativeSeparators(path));
            } else {
                q.exec(QStringLiteral("PRAGMA user_version"));
                q.next();
                info.schemaVersion = q.value(0).toInt();
                if (info.schemaVersion > latestSchemaVersion()) {
                    error = tr("%1 was written by a newer UnionDesk (schema version %2; this version understands "
                               "up to %3).")
                                .arg(QDir::toNativeSeparators(path))
                                .arg(info.schemaVersion)
                                .arg(latestSchemaVersion());
                } else if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next()
                           || q.value(0).toString() != QLatin1String("ok")) {
                    error = tr("%1 is damaged: the integrity check failed.").arg(QDir::toNativeSeparators(path));
                } else if (q.exec(QStringLiteral("PRAGMA foreign_key_check")) && q.next()) {
                    error = tr("%1 has broken references between tables.").arg(QDir::toNativeSeparators(path));
                } else {
                    // Our application id alone is not enough: the UnionDesk tables and a node must be there.
                    int tables = 0;
                    if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                              "('node', 'org_units', 'code_items', 'users', 'audit_log', 'outbox')"))
                        && q.next())
                        tables = q.value(0).toInt();
                    if (tables != 6)
                        error = tr("%1 is not a UnionDesk database: the UnionDesk tables are missing.")
                                    .arg(QDir::toNativeSeparators(path));
                    else if (q.exec(QStringLiteral("SELECT node_id, org_unit FROM node")) && q.next()
                             && !q.value(0).toString().isEmpty()) {
                        info.nodeId = q.value(0).toString();
                        info.orgUnit = q.value(1).toString();
                    } else {
                        error = tr("%1 has no node identity: it is not a database UnionDesk set up.")
                                    .arg(QDir::toNativeSeparators(path));
                    }
                }
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!error.isEmpty())
        return Result<DatabaseFileInfo>::failure(error);
    return info;
}

namespace {

// Holds the write lock of an existing database file for as long as it lives: the connection is
// put in exclusive locking mode and starts an exclusive transaction, which fails while any
// other connection (another window, the CLI, an import) has the file open.
class ExclusiveLock
{
public:
    enum class Outcome { Locked, InUse, NotADatabase };

    explicit ExclusiveLock(const QString &path) : m_name(newConnectionName())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        if (!db.open()) {
            m_outcome = Outcome::NotADatabase;
            return;
        }
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")) && q.exec(QStringLiteral("BEGIN EXCLUSIVE"))
            && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next()) {
            q.finish();
            m_outcome = Outcome::Locked;
            if (q.exec(QStringLiteral("SELECT node_id FROM node")) && q.next())
                m_nodeId = q.value(0).toString();
            q.finish();
            return;
        }
        const QString code = q.lastError().nativeErrorCode();
        // SQLITE_BUSY (5) or SQLITE_LOCKED (6): someone else has it. Anything else: the file is
        // damaged or not a database, and replacing it is what restore is for.
        m_outcome = code == QLatin1String("5") || code == QLatin1String("6") ? Outcome::InUse : Outcome::NotADatabase;
        q.finish();
    }
    ~ExclusiveLock()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen()) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("ROLLBACK"));
                q.finish();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ExclusiveLock(const ExclusiveLock &) = delete;
    ExclusiveLock &operator=(const ExclusiveLock &) = delete;

    Outcome outcome() const { return m_outcome; }
    const QString &nodeId() const { return m_nodeId; }

private:
    QString m_name;
    Outcome m_outcome = Outcome::NotADatabase;
    QString m_nodeId;
};

} // namespace

Result<QString> Database::restoreFile(const QString &backup, const QString &target, const Progress &progress)
{
    const auto cancelled = [] {
        return Result<QString>::failure(tr("The restore was cancelled; the database was not changed."));
    };
    const QFileInfo targetInfo(target);
    if (QFileInfo(backup).absoluteFilePath() == targetInfo.absoluteFilePath())
        return Result<QString>::failure(tr("The backup and the database are the same file."));
    const auto inspected = inspectFile(backup);
    if (!inspected)
        return Result<QString>::failure(tr("The backup was not restored: %1").arg(inspected.error()));
    if (!QDir().mkpath(targetInfo.absolutePath()))
        return Result<QString>::failure(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(targetInfo.absolutePath())));

    // A quick refusal before the copy and the full check: the database being replaced belongs
    // to another node (checked again under the lock below).
    if (targetInfo.exists()) {
        const auto current = inspectFile(targetInfo.absoluteFilePath());
        if (current && !current.value().nodeId.isEmpty() && current.value().nodeId != inspected.value().nodeId)
            return Result<QString>::failure(
                tr("The backup was not restored: it belongs to another node (%1) than the database it would replace "
                   "(%2). Nothing was changed.")
                    .arg(inspected.value().nodeId, current.value().nodeId));
    }

    const QString temp = targetInfo.absoluteFilePath() + QStringLiteral(".restoring");
    removeWithSideFiles(temp);
    bool stopped = false;
    if (!copyInChunks(backup, temp, progress, stopped)) {
        QFile::remove(temp);
        if (stopped)
            return cancelled();
        return Result<QString>::failure(tr("Cannot copy the backup next to the database (is the disk full?)."));
    }
    QFile(temp).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // The full check runs on the copy (upgraded to this version's schema on opening, as the
    // restored database would be): a backup whose logs or records were tampered with is refused.
    {
        Database candidate;
        Status opened = candidate.open(temp, OpenMode::ExistingOnly);
        QStringList problems;
        if (opened)
            problems = candidate.check().problems;
        // A restored file is a rewound node: it gets a new epoch here, whoever restores it, so
        // upper tiers can tell (docs/sync.md).
        if (opened && problems.isEmpty()) {
            SystemClock clock;
            if (Status renewed = NodeIdentity::renewEpoch(candidate, clock); !renewed)
                problems << renewed.error();
        }
        candidate.close();
        QFile::remove(QStringLiteral("%1.before-schema-%2.db").arg(temp).arg(latestSchemaVersion()));
        if (!opened || !problems.isEmpty()) {
            removeWithSideFiles(temp);
            if (!opened)
                return Result<QString>::failure(tr("The backup was not restored: %1").arg(opened.error()));
            const int shown = static_cast<int>(qMin<qsizetype>(problems.size(), 5));
            return Result<QString>::failure(
                tr("The backup was not restored because its check failed (nothing was changed):\n%1")
                    .arg(problems.mid(0, shown).join(QLatin1Char('\n'))));
        }
    }
    syncFile(temp);
    // The last moment to stop: after the check, before anything of the target is touched.
    if (progress && !progress(QFileInfo(temp).size(), QFileInfo(temp).size())) {
        removeWithSideFiles(temp);
        return cancelled();
    }

    // The database being replaced is locked for the whole swap: nobody writes into it meanwhile
    // (their changes would end up in the kept file), and nobody may have it open.
    std::unique_ptr<ExclusiveLock> lock;
    if (targetInfo.exists()) {
        lock = std::make_unique<ExclusiveLock>(targetInfo.absoluteFilePath());
        if (lock->outcome() == ExclusiveLock::Outcome::InUse) {
            lock.reset();
            removeWithSideFiles(temp);
            return Result<QString>::failure(
                tr("The backup was not restored: the database is in use by another window or program (an import, "
                   "the desktop application or another command). Close it, then restore again. Nothing was changed."));
        }
        if (lock->outcome() == ExclusiveLock::Outcome::Locked && !lock->nodeId().isEmpty()
            && lock->nodeId() != inspected.value().nodeId) {
            lock.reset();
            removeWithSideFiles(temp);
            return Result<QString>::failure(
                tr("The backup was not restored: it belongs to another node than the database it would replace. "
                   "Nothing was changed."));
        }
    }

    QString kept;
    if (targetInfo.exists()) {
        const QString stem = QStringLiteral("%1.replaced-%2").arg(
            targetInfo.absoluteFilePath(), QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        kept = stem;
        for (int n = 2; QFileInfo::exists(kept); ++n)
            kept = QStringLiteral("%1-%2").arg(stem).arg(n);
        if (!QFile::rename(targetInfo.absoluteFilePath(), kept)) {
            lock.reset();
            removeWithSideFiles(temp);
            return Result<QString>::failure(tr("Cannot rename the current database to keep it; nothing was changed."));
        }
        // A leftover WAL belongs to the old file: it goes with it, or it would be replayed into the new one.
        for (const char *suffix : {"-wal", "-shm"}) {
            const QString side = targetInfo.absoluteFilePath() + QLatin1String(suffix);
            if (QFileInfo::exists(side))
                QFile::rename(side, kept + QLatin1String(suffix));
        }
    }
    if (!QFile::rename(temp, targetInfo.absoluteFilePath())) {
        if (!kept.isEmpty())
            QFile::rename(kept, targetInfo.absoluteFilePath());
        lock.reset();
        removeWithSideFiles(temp);
        return Result<QString>::failure(tr("Cannot replace the database with the restored file; the database was left as it was."));
    }
    syncDirectory(targetInfo.absolutePath());
    lock.reset();
    return kept;
}

} // namespace ud
