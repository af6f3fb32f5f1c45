#include "storage/Database.h"
#include "storage/DatabaseDetail.h"

#include "core/PrivateFiles.h"
#include "storage/AccessLog.h"
#include "storage/AuditLog.h"
#include "storage/NameSortKeys.h"
#include "storage/NodeKey.h"
#include "storage/RecordReplay.h"
#include "storage/RecordStore.h"
#include "storage/ReferenceSchema.h"
#include "storage/StorageLog.h"
#include "storage/WriteNotice.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <atomic>
#include <memory>
#include <map>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif
#ifdef UD_SYSTEM_SQLITE
#include <sqlite3.h>
#endif

namespace ud {

using namespace detail;

namespace {

std::atomic<int> g_connectionCounter{0};

} // namespace

QString detail::newConnectionName()
{
    return QStringLiteral("uniondesk-%1").arg(g_connectionCounter.fetch_add(1));
}

namespace {

// Numbered migrations compiled in from resources/sql/NNNN_name.sql.
// NNNN_name.sql: four digits, '_', then lower-case letters, digits and '_'. Checked by hand
// rather than with QRegularExpression: this runs on every start-up, before the first paint, and
// compiling the pattern cost ~0.5 ms of it.
bool isMigrationName(const QString &name)
{
    if (name.size() < 10 || !name.endsWith(QLatin1String(".sql")) || name.at(4) != QLatin1Char('_'))
        return false;
    for (qsizetype i = 0; i < name.size() - 4; ++i) {
        const QChar c = name.at(i);
        const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        if (i < 4 ? !digit : !(digit || c == QLatin1Char('_') || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))))
            return false;
    }
    return true;
}

// Listed once per process: the migrations are compiled in and never change, and one open
// asked for them three times.
const std::map<int, QString> &migrationFiles()
{
    static const std::map<int, QString> files = [] {
        std::map<int, QString> found;
        const QDir dir(QStringLiteral(":/sql"));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
            if (isMigrationName(name))
                found.emplace(name.left(4).toInt(), dir.filePath(name));
        return found;
    }();
    return files;
}

// Tells SQLite not to checkpoint when the connection closes (SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE).
// Only where Qt's SQLite driver uses the same system library as this program (Debian and other
// Linux distributions); elsewhere SQLite is bundled inside the driver and its handle is not ours.
void preventCheckpointOnClose(const QSqlDatabase &db)
{
#ifdef UD_SYSTEM_SQLITE
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (auto *sqlite = *static_cast<sqlite3 *const *>(handle.constData()))
            sqlite3_db_config(sqlite, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    }
#else
    Q_UNUSED(db);
#endif
}

// The last line of defence behind Transaction's check: every commit of this connection, also of
// a statement run outside a Transaction, is turned into a rollback once the files are displaced.
void installCommitGuard(const QSqlDatabase &db, const DatabaseFiles *files)
{
#ifdef UD_SYSTEM_SQLITE
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (auto *sqlite = *static_cast<sqlite3 *const *>(handle.constData())) {
            sqlite3_commit_hook(
                sqlite,
                [](void *context) -> int { return static_cast<const DatabaseFiles *>(context)->verifyInPlace() ? 0 : 1; },
                const_cast<DatabaseFiles *>(files));
        }
    }
#else
    Q_UNUSED(db);
    Q_UNUSED(files);
#endif
}

} // namespace

QString detail::lastError(const QSqlQuery &q)
{
    return q.lastError().text();
}

// Best effort: make sure a written file reached the disk before it is renamed into place.
void detail::syncFile(const QString &path)
{
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

void detail::syncDirectory(const QString &dir)
{
#ifdef Q_OS_UNIX
    syncFile(dir);
#else
    Q_UNUSED(dir);
#endif
}

Database::Database() : m_connectionName(newConnectionName()), m_auditLog(std::make_unique<AuditLog>(*this)) {}

Database::~Database()
{
    close();
}

QSqlDatabase Database::connection() const
{
    return m_connection;
}

bool Database::isOpen() const
{
    return m_connection.isValid() && m_connection.isOpen();
}

QString Database::execTransactionStatement(TxStatement kind, int depth, bool *busy)
{
    if (static_cast<size_t>(depth) >= m_txStatements.size())
        m_txStatements.resize(static_cast<size_t>(depth) + 1);
    QSqlQuery &q = m_txStatements[static_cast<size_t>(depth)][static_cast<size_t>(kind)];
    if (q.lastQuery().isEmpty()) { // not prepared yet
        QString sql;
        const QString savepoint = QStringLiteral("sp%1").arg(depth);
        switch (kind) {
        case TxStatement::Begin:
            sql = depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint;
            break;
        case TxStatement::Commit:
            sql = depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint;
            break;
        case TxStatement::Rollback:
            sql = QStringLiteral("ROLLBACK");
            break;
        case TxStatement::RollbackTo:
            sql = QStringLiteral("ROLLBACK TO ") + savepoint;
            break;
        }
        q = QSqlQuery(m_connection);
        if (!q.prepare(sql)) {
            const QString error = q.lastError().text();
            q = QSqlQuery();
            return error;
        }
    }
    const bool ok = q.exec();
    const QString error = ok ? QString() : q.lastError().text();
    if (busy)
        *busy = !ok && WriteNotice::isBusy(q.lastError());
    q.finish();
    return error;
}

Status Database::open(const QString &path, OpenMode mode)
{
    close();
    const QFileInfo info(path);
    if (path.trimmed().isEmpty())
        return Status::failure(tr("No database file was given."));
    if (info.exists() && !info.isFile())
        return Status::failure(tr("%1 is not a file.").arg(QDir::toNativeSeparators(path)));
    // An existing database is never an empty file: opening one for use must not turn it into one.
    if (mode == OpenMode::ExistingOnly && info.isFile() && info.size() == 0)
        return Status::failure(tr("%1 is an empty file, not a UnionDesk database.").arg(QDir::toNativeSeparators(path)));
    if (!info.exists()) {
        if (mode == OpenMode::ExistingOnly)
            return Status::failure(tr("The database %1 does not exist.").arg(QDir::toNativeSeparators(path)));
        if (!QDir().mkpath(info.absolutePath()))
            return Status::failure(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            const QString err = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return Status::failure(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), err));
        }
        m_connection = db;
    }
    m_path = info.absoluteFilePath();

    // Reading the header tells a SQLite file from anything else, and ours from other programs'.
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        close();
        return Status::failure(tr("%1 is not a UnionDesk database (it is not an SQLite file or it is damaged).")
                                   .arg(QDir::toNativeSeparators(path)));
    }
    const int appId = q.value(0).toInt();
    q.finish();
    const int version = schemaVersion();
    if (appId != kApplicationId) {
        bool empty = false;
        QSqlQuery t(connection());
        if (t.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && t.next())
            empty = t.value(0).toInt() == 0;
        if (!(appId == 0 && empty && version == 0)) {
            close();
            return Status::failure(tr("%1 is an SQLite file but not a UnionDesk database.")
                                       .arg(QDir::toNativeSeparators(path)));
        }
    }
    if (version > latestSchemaVersion()) {
        close();
        return Status::failure(tr("%1 was written by a newer UnionDesk (schema version %2; this version "
                                  "understands up to %3). Install the newer UnionDesk to open it; the file "
                                  "has not been changed.")
                                   .arg(QDir::toNativeSeparators(path))
                                   .arg(version)
                                   .arg(latestSchemaVersion()));
    }

    if (Status s = applyPragmas(); !s) {
        close();
        return s;
    }
    if (Status s = migrate(); !s) {
        close();
        return s;
    }
    m_files.track(m_path);
    installCommitGuard(m_connection, &m_files);
    // The register's names in pinyin order: keys kept on write, missing ones filled. A failure
    // only leaves some names out of order, so it does not keep the database from opening.
    if (Status s = NameSortKeys::prepare(*this); !s)
        qCWarning(lcStorage) << "name sort keys:" << s.error();
    qCInfo(lcStorage) << "opened" << m_path << "schema" << schemaVersion();
    return Status::success();
}

void Database::close()
{
    m_txStatements.clear();
    m_auditLog->close();
    resetTransactionState(false);
    m_sealKey.clear();
    m_utf8 = false;
    m_connection = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen()) {
                if (m_files.isTracking() && !m_files.verifyInPlace()) {
                    // Our WAL was deleted under us: folding it back, as SQLite does on close, would
                    // write stale pages over the file another program has changed meanwhile.
                    preventCheckpointOnClose(db);
                } else {
                    // Fold the WAL back into the main file so a closed database is one file.
                    QSqlQuery q(db);
                    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                    q.finish();
                }
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_files.untrack();
    m_txDepth = 0;
}

Status Database::applyPragmas()
{
    const QStringList pragmas = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        // REPLACE deletes the old row; only with recursive triggers does that fire the
        // audit_log_no_delete trigger, so INSERT OR REPLACE cannot rewrite audit entries.
        QStringLiteral("PRAGMA recursive_triggers=ON"),
        QStringLiteral("PRAGMA busy_timeout=10000"),
        // A page cache of up to 64 MB (SQLite's default is 2 MB): a district's statistics read
        // some 30 MB of indexes at 100,000 cases, and with 2 MB every report read them again from
        // the file (a year's report 330 ms instead of 190; bench_mediation (c)). Memory is taken
        // only as pages are read.
        QStringLiteral("PRAGMA cache_size=-65536"),
    };
    for (const QString &p : pragmas) {
        QSqlQuery q(connection());
        if (!q.exec(p))
            return Status::failure(tr("Cannot configure the database (%1): %2").arg(p, lastError(q)));
    }
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next()
        && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcStorage) << "journal mode is" << q.value(0).toString() << "not WAL";
    m_utf8 = q.exec(QStringLiteral("PRAGMA encoding")) && q.next() && q.value(0).toString() == QLatin1String("UTF-8");
    return Status::success();
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

int Database::latestSchemaVersion()
{
    const auto &files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

Status Database::migrate()
{
    const int current = schemaVersion();
    const auto &files = migrationFiles();
    int expected = 1;
    for (const auto &[version, file] : files) {
        if (version != expected)
            return Status::failure(tr("Migration %1 is missing from this build.").arg(expected));
        ++expected;
    }
    if (current == latestSchemaVersion())
        return Status::success();

    if (current > 0) {
        // An upgrade of a file that holds data: keep a copy of it as it was.
        const QString keep = QStringLiteral("%1.before-schema-%2.db").arg(m_path).arg(latestSchemaVersion());
        if (!QFileInfo::exists(keep)) {
            if (Status s = backupTo(keep); !s)
                return Status::failure(tr("Could not save a copy before upgrading the database: %1").arg(s.error()));
        }
    }
    for (const auto &[version, file] : files) {
        if (version <= current)
            continue;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return Status::failure(tr("Cannot read migration %1.").arg(file));
        if (Status s = applyMigration(version, QString::fromUtf8(f.readAll())); !s)
            return s;
        qCInfo(lcStorage) << "applied migration" << version;
    }
    return Status::success();
}

Status Database::applyMigration(int version, const QString &sql)
{
    Transaction tx(*this);
    if (!tx.isActive())
        return Status::failure(tx.error());
    for (const QString &statement : splitSqlStatements(sql)) {
        QSqlQuery q(connection());
        if (!q.exec(statement))
            return Status::failure(tr("Migration %1 failed, nothing of it was applied: %2").arg(version).arg(lastError(q)));
    }
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId))
        || !q.exec(QStringLiteral("PRAGMA user_version=%1").arg(version)))
        return Status::failure(tr("Migration %1 failed, nothing of it was applied: %2").arg(version).arg(lastError(q)));
    return tx.commit();
}

Status Database::exec(const QString &sql) const
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return Status::failure(lastError(q));
    return Status::success();
}

Result<QByteArray> Database::sealKey()
{
    if (!m_sealKey.isEmpty())
        return m_sealKey;
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT node_id FROM node")) || !q.next())
        return Result<QByteArray>::failure(tr("This database has no node identity yet. Set the node up first "
                                              "(uniondesk-cli init)."));
    const QString nodeId = q.value(0).toString();
    q.finish();
    auto key = NodeKey::load(nodeId);
    if (!key)
        return key;
    if (key.value().isEmpty()) {
        // Nothing sealed yet (a new node, or a database just upgraded to schema 9): make the key.
        // Sealed entries without their key cannot be continued: the chain would not verify.
        if (q.exec(QStringLiteral("SELECT count(*) FROM log_heads WHERE seq >= keyed_from")) && q.next()
            && q.value(0).toLongLong() > 0)
            return Result<QByteArray>::failure(
                tr("This database's logs are sealed with a key that is not on this computer (it is looked for at %1). "
                   "Nothing can be changed until the key file is copied there from the computer where the database "
                   "was used.")
                    .arg(QDir::toNativeSeparators(NodeKey::path(nodeId))));
        q.finish();
        key = NodeKey::loadOrCreate(nodeId);
        if (!key)
            return key;
    }
    m_sealKey = key.value();
    return m_sealKey;
}

Database::Transaction::Transaction(Database &db) : m_db(db), m_depth(db.m_txDepth)
{
    if (m_depth == 0) {
        if (Status s = m_db.m_files.verifyInPlace(); !s) {
            m_error = s.error();
            return;
        }
    }
    bool busy = false;
    const QString error = m_db.execTransactionStatement(TxStatement::Begin, m_depth, &busy);
    if (error.isEmpty()) {
        m_active = true;
        ++m_db.m_txDepth;
        // A new write transaction may follow other connections' writes: nothing is known yet.
        if (m_depth == 0)
            m_db.resetTransactionState(false);
        m_db.m_auditLog->transactionBegun(m_depth);
    } else {
        // Another connection or program holds the write lock past the busy timeout: say who and
        // until when when a long job left a notice (WriteNotice), never "database is locked".
        m_error = busy ? WriteNotice::busyMessage(m_db) : Database::tr("Cannot start a transaction: %1").arg(error);
    }
}

Database::Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_depth == 0) {
        m_db.execTransactionStatement(TxStatement::Rollback, 0);
        m_db.resetTransactionState(false);
    } else {
        const bool rolledBack = m_db.execTransactionStatement(TxStatement::RollbackTo, m_depth).isEmpty();
        const bool released = m_db.execTransactionStatement(TxStatement::Commit, m_depth).isEmpty(); // RELEASE
        // The entries written since the savepoint are gone. If the rollback failed, SQLite may
        // already have rolled back the whole transaction: nothing is known any more.
        if (rolledBack && released && !m_db.m_txLost)
            m_db.m_auditLog->savepointRolledBack(m_depth);
        else
            m_db.resetTransactionState(true);
    }
    --m_db.m_txDepth;
}

Status Database::Transaction::commit()
{
    if (!m_active)
        return Status::failure(m_error.isEmpty() ? Database::tr("The transaction is not active.") : m_error);
    if (const QString error = m_db.execTransactionStatement(TxStatement::Commit, m_depth); !error.isEmpty()) {
        if (m_depth > 0)
            m_db.resetTransactionState(true);
        return Status::failure(Database::tr("Cannot save the changes: %1").arg(error));
    }
    m_active = false;
    --m_db.m_txDepth;
    if (m_depth == 0)
        m_db.resetTransactionState(false);
    return Status::success();
}

void Database::resetTransactionState(bool transactionLost)
{
    m_auditLog->forgetHead();
    m_txLost = transactionLost;
}

QStringList splitSqlStatements(const QString &script)
{
    QStringList out;
    QString current;
    bool inSingle = false;
    bool inDouble = false;
    bool inTrigger = false;
    const int n = static_cast<int>(script.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (!inSingle && !inDouble) {
            if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
                while (i < n && script.at(i) != QLatin1Char('\n'))
                    ++i;
                current.append(QLatin1Char('\n'));
                continue;
            }
            if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                i += 2;
                while (i + 1 < n && !(script.at(i) == QLatin1Char('*') && script.at(i + 1) == QLatin1Char('/')))
                    ++i;
                ++i;
                continue;
            }
        }
        if (c == QLatin1Char('\'') && !inDouble)
            inSingle = !inSingle;
        else if (c == QLatin1Char('"') && !inSingle)
            inDouble = !inDouble;
        current.append(c);
        if (c == QLatin1Char(';') && !inSingle && !inDouble) {
            const QString simplified = current.simplified().toUpper();
            if (!inTrigger && (simplified.startsWith(QLatin1String("CREATE TRIGGER"))
                               || simplified.startsWith(QLatin1String("CREATE TEMP TRIGGER"))
                               || simplified.startsWith(QLatin1String("CREATE TEMPORARY TRIGGER")))) {
                inTrigger = true;
            }
            if (inTrigger) {
                static const QRegularExpression endRe(QStringLiteral("\\bEND\\s*;$"));
                if (!endRe.match(simplified).hasMatch())
                    continue;
                // CASE ... END inside the body also ends in END; the trigger is complete at the END
                // that has no CASE of its own (one more END than CASE, literals left out).
                static const QRegularExpression literal(QStringLiteral("'[^']*'|\"[^\"]*\""));
                static const QRegularExpression caseWord(QStringLiteral("\\bCASE\\b"));
                static const QRegularExpression endWord(QStringLiteral("\\bEND\\b"));
                QString code = simplified;
                code.remove(literal);
                const auto occurrences = [&code](const QRegularExpression &re) {
                    int found = 0;
                    for (auto it = re.globalMatch(code); it.hasNext(); it.next())
                        ++found;
                    return found;
                };
                if (occurrences(endWord) != occurrences(caseWord) + 1)
                    continue;
                inTrigger = false;
            }
            const QString statement = current.trimmed();
            if (statement.size() > 1)
                out << statement;
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

} // namespace ud
