#include "sync/HubDatabase.h"

#include "core/Clock.h"
#include "core/PrivateFiles.h"
#include "storage/Database.h"
#include "sync/SyncLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace ud {

namespace {

std::atomic<int> g_connectionCounter{0};

// The key of the advisory lock every migration transaction takes on PostgreSQL ("UDH1" + 1).
constexpr qint64 kMigrationLockKey = 0x5544483100000001LL;

QString errorText(const QSqlQuery &q)
{
    return q.lastError().text();
}

bool isSqliteBusy(const QSqlError &e)
{
    const QString code = e.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6"); // SQLITE_BUSY, SQLITE_LOCKED
}

struct MigrationSet
{
    std::map<int, QString> files;
    QString error;
};

// The compiled-in migrations of one dialect: NNNN_name.sql for both, or the pair
// NNNN_name.sqlite.sql and NNNN_name.pg.sql. Numbered from 1 without gaps.
MigrationSet listMigrations(const QString &dialect)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+(?:\\.(sqlite|pg))?\\.sql$"));
    std::map<int, QString> shared;
    std::map<int, std::map<QString, QString>> specific; // version -> dialect -> file
    MigrationSet set;
    const QDir dir(QStringLiteral(":/hub"));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = pattern.match(name);
        if (!m.hasMatch()) {
            set.error = HubDatabase::tr("The file %1 among the hub migrations is not named NNNN_name.sql.").arg(name);
            return set;
        }
        const int version = m.captured(1).toInt();
        const QString which = m.captured(2);
        const bool duplicate = which.isEmpty() ? !shared.emplace(version, dir.filePath(name)).second
                                               : !specific[version].emplace(which, dir.filePath(name)).second;
        if (duplicate) {
            set.error = HubDatabase::tr("Hub migration %1 is there twice.").arg(version);
            return set;
        }
    }
    int expected = 1;
    std::map<int, QString> versions = shared;
    for (const auto &entry : specific)
        versions.emplace(entry.first, QString());
    for (const auto &entry : versions) {
        const int version = entry.first;
        if (version != expected) {
            set.error = HubDatabase::tr("Hub migration %1 is missing from this build.").arg(expected);
            return set;
        }
        ++expected;
        const auto it = specific.find(version);
        const bool hasShared = shared.count(version) > 0;
        if (it != specific.end() && (hasShared || it->second.size() != 2)) {
            set.error = HubDatabase::tr("Hub migration %1 must be one file for both databases or one file for "
                                        "each (.sqlite.sql and .pg.sql).")
                            .arg(version);
            return set;
        }
        set.files.emplace(version, hasShared ? shared.at(version) : it->second.at(dialect));
    }
    return set;
}

const MigrationSet &migrations(const QString &dialect)
{
    static const MigrationSet sqlite = listMigrations(QStringLiteral("sqlite"));
    static const MigrationSet pg = listMigrations(QStringLiteral("pg"));
    return dialect == QLatin1String("pg") ? pg : sqlite;
}

} // namespace

HubDatabase::HubDatabase(const HubDbSettings &settings)
    : m_settings(settings), m_connectionName(QStringLiteral("uniondesk-hub-%1").arg(g_connectionCounter.fetch_add(1)))
{
}

HubDatabase::~HubDatabase()
{
    m_connection = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Result<std::unique_ptr<HubDatabase>> HubDatabase::open(const HubDbSettings &settings)
{
    std::unique_ptr<HubDatabase> db(new HubDatabase(settings));
    if (Status s = db->connect(); !s)
        return s;
    if (Status s = db->migrate(); !s)
        return s;
    qCInfo(lcHub) << "opened the hub database" << db->description() << "hub schema" << db->schemaVersion();
    return db;
}

QString HubDatabase::dialect() const
{
    return isPostgres() ? QStringLiteral("pg") : QStringLiteral("sqlite");
}

QString HubDatabase::description() const
{
    if (!isPostgres())
        return QDir::toNativeSeparators(m_settings.path);
    return QStringLiteral("PostgreSQL %1@%2:%3")
        .arg(m_settings.name, m_settings.host.isEmpty() ? QStringLiteral("localhost") : m_settings.host)
        .arg(m_settings.port);
}

Status HubDatabase::connect()
{
    if (isPostgres()) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return Status::failure(tr("Qt's PostgreSQL driver is not installed (on Debian: the package "
                                      "libqt6sql6-psql). Install it, or keep the hub database in an SQLite file."));
        if (m_settings.name.trimmed().isEmpty())
            return Status::failure(tr("No PostgreSQL database name was given for the hub database. Set it in "
                                      "the hub configuration."));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        db.setHostName(m_settings.host);
        db.setPort(m_settings.port);
        db.setDatabaseName(m_settings.name);
        db.setUserName(m_settings.user);
        db.setPassword(m_settings.password);
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=uniondesk-hub"));
        if (!db.open()) {
            const QString err = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return Status::failure(tr("Cannot connect to the hub database %1: %2\nCheck that the server is "
                                      "running and the address, database name, user and password in the hub "
                                      "configuration.")
                                       .arg(description(), err.trimmed()));
        }
        m_connection = db;
        QSqlQuery q(m_connection);
        const QString setting = QStringLiteral("SET TIME ZONE 'UTC'");
        if (!q.exec(setting))
            return Status::failure(tr("Cannot configure the hub database %1 (%2): %3").arg(description(), setting, errorText(q)));
        return Status::success();
    }

    const QFileInfo info(m_settings.path);
    if (m_settings.path.trimmed().isEmpty())
        return Status::failure(tr("No file was given for the hub database. Set it in the hub configuration."));
    if (info.exists() && !info.isFile())
        return Status::failure(tr("The hub database %1 is not a file.").arg(description()));
    // A folder made for the hub is private (design §5); one that is there is left as it is.
    if (!QFileInfo::exists(info.absolutePath())) {
        if (Status s = PrivateFiles::ensurePrivateFolder(info.absolutePath()); !s)
            return s;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            const QString err = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return Status::failure(tr("Cannot open the hub database %1: %2").arg(description(), err));
        }
        m_connection = db;
    }
    QSqlQuery q(m_connection);
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return Status::failure(tr("%1 is not a hub database (it is not an SQLite file or it is damaged).").arg(description()));
    const int appId = q.value(0).toInt();
    q.finish();
    if (appId == Database::kApplicationId)
        return Status::failure(tr("%1 is a UnionDesk node's database, not a hub database. Give the hub a file "
                                  "of its own.")
                                   .arg(description()));
    if (appId != 0 && appId != kApplicationId)
        return Status::failure(tr("%1 is an SQLite file of another program, not a hub database.").arg(description()));
    if (Status s = PrivateFiles::makePrivate(info.absoluteFilePath()); !s)
        return s;
    return applySqlitePragmas();
}

Status HubDatabase::applySqlitePragmas()
{
    const QStringList pragmas = {
        // Pages of 16 KB for a new file (an existing one keeps its size): a record's body is
        // about 2 KB, and a push of 500 wrote a thousand 4 KB pages to the WAL one by one.
        QStringLiteral("PRAGMA page_size=16384"),
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA busy_timeout=10000"),
        // A page cache of up to 64 MB, as the desktop's (SQLite's default is 2 MB, which a batch
        // of 500 records of 2 KB and their indexes overflow, so pages were written out and read
        // again within one push); taken only as pages are used, the same whatever the count.
        QStringLiteral("PRAGMA cache_size=-65536"),
        // The WAL is copied into the file every 1,000 pages of 16 KB (16 MB) rather than every
        // 4 MB: a page changed by several batches in a row (the indexes) is copied once.
        QStringLiteral("PRAGMA wal_autocheckpoint=1000"),
    };
    for (const QString &p : pragmas) {
        QSqlQuery q(m_connection);
        if (!q.exec(p))
            return Status::failure(tr("Cannot configure the hub database %1 (%2): %3").arg(description(), p, errorText(q)));
    }
    QSqlQuery q(m_connection);
    if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next()
        && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcHub) << "hub database journal mode is" << q.value(0).toString() << "not WAL";
    return Status::success();
}

std::map<int, QString> HubDatabase::migrationFiles(const QString &dialect, QString *error)
{
    const MigrationSet &set = migrations(dialect);
    if (error)
        *error = set.error;
    return set.error.isEmpty() ? set.files : std::map<int, QString>();
}

int HubDatabase::latestSchemaVersion()
{
    const auto &files = migrations(QStringLiteral("sqlite")).files;
    return files.empty() ? 0 : files.rbegin()->first;
}

bool HubDatabase::hasSchemaTable() const
{
    // On PostgreSQL from pg_tables, read with the statement's snapshot: to_regclass() looks in the
    // session's catalog cache, which may still say "no such table" after another process created
    // it while this one waited for the migration lock.
    QSqlQuery q(m_connection);
    const QString sql = isPostgres()
        ? QStringLiteral("SELECT count(*) > 0 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
                         "AND tablename = 'hub_schema'")
        : QStringLiteral("SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'hub_schema'");
    return q.exec(sql) && q.next() && q.value(0).toBool();
}

int HubDatabase::schemaVersion() const
{
    if (!m_connection.isOpen())
        return -1;
    if (!hasSchemaTable())
        return 0;
    QSqlQuery q(m_connection);
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM hub_schema")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result<int> HubDatabase::lockedSchemaVersion()
{
    QSqlQuery q(m_connection);
    if (isPostgres() && !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLockKey)))
        return Result<int>::failure(tr("Cannot lock the hub database %1 for its upgrade: %2").arg(description(), errorText(q)));
    if (hasSchemaTable())
        return schemaVersion();
    const QString others = isPostgres()
        ? QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")
        : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'");
    if (!q.exec(others) || !q.next())
        return Result<int>::failure(tr("Cannot read the hub database %1: %2").arg(description(), errorText(q)));
    if (q.value(0).toLongLong() > 0)
        return Result<int>::failure(tr("The database %1 holds tables of something else than a UnionDesk hub. "
                                       "Give the hub an empty database of its own; nothing has been changed.")
                                        .arg(description()));
    q.finish();
    if (!q.exec(QStringLiteral("CREATE TABLE hub_schema (version INTEGER PRIMARY KEY CHECK (version >= 1), "
                               "applied_at TEXT NOT NULL)")))
        return Result<int>::failure(tr("Cannot prepare the hub database %1: %2").arg(description(), errorText(q)));
    return 0;
}

Status HubDatabase::migrate()
{
    QString listError;
    const std::map<int, QString> files = migrationFiles(dialect(), &listError);
    if (!listError.isEmpty())
        return Status::failure(tr("This program's hub migrations are broken: %1").arg(listError));
    const int latest = files.empty() ? 0 : files.rbegin()->first;
    const int current = schemaVersion();
    if (current < 0)
        return Status::failure(tr("Cannot read the hub schema version of %1.").arg(description()));
    if (current > latest)
        return Status::failure(tr("The hub database %1 was written by a newer UnionDesk hub (hub schema version "
                                  "%2; this program understands up to %3). Install the newer version to use it; "
                                  "the database has not been changed.")
                                   .arg(description())
                                   .arg(current)
                                   .arg(latest));
    for (const auto &[version, file] : files) {
        if (version <= current)
            continue;
        if (Status s = applyMigration(version, file); !s)
            return s;
    }
    return Status::success();
}

Status HubDatabase::applyMigration(int version, const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Status::failure(tr("Cannot read hub migration %1.").arg(file));
    const QString script = QString::fromUtf8(f.readAll());

    Transaction tx(*this);
    if (!tx.isActive())
        return Status::failure(tx.error());
    // Another process may have upgraded the database since it was looked at: look again under
    // the lock, which is held until this transaction ends.
    auto current = lockedSchemaVersion();
    if (!current)
        return current.status();
    if (current.value() > latestSchemaVersion())
        return Status::failure(tr("The hub database %1 was upgraded by a newer UnionDesk hub meanwhile (hub schema "
                                  "version %2; this program understands up to %3). Install the newer version to use it.")
                                   .arg(description())
                                   .arg(current.value())
                                   .arg(latestSchemaVersion()));
    if (current.value() >= version)
        return tx.commit(); // done by another process meanwhile
    const auto failed = [&](const QSqlQuery &q) {
        return Status::failure(tr("Hub migration %1 failed on %2, nothing of it was applied: %3")
                                   .arg(version)
                                   .arg(description(), errorText(q)));
    };
    for (const QString &statement : splitSqlStatements(script)) {
        QSqlQuery q(m_connection);
        if (!q.exec(statement))
            return failed(q);
    }
    QSqlQuery q(m_connection);
    q.prepare(QStringLiteral("INSERT INTO hub_schema (version, applied_at) VALUES (?, ?)"));
    q.addBindValue(version);
    q.addBindValue(isoUtc(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return failed(q);
    if (!isPostgres() && !q.exec(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId)))
        return failed(q);
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcHub) << "applied hub migration" << version << "to" << description();
    return Status::success();
}

QString HubDatabase::dialectNote()
{
    return QStringLiteral(
        "Hub SQL runs unchanged on SQLite 3.40 and PostgreSQL 15 when it keeps to: column types BIGINT, "
        "INTEGER and TEXT (flags as INTEGER 0/1, timestamps as ISO 8601 UTC text, JSON as TEXT); positional "
        "'?' placeholders; INSERT ... ON CONFLICT (columns) DO UPDATE SET c = excluded.c / DO NOTHING; "
        "UPDATE ... RETURNING (finish the query before commit); COALESCE, LIMIT n OFFSET m; no AUTOINCREMENT, "
        "SERIAL, BOOLEAN, NOW() or datetime(); no implicit casts between text and numbers (PostgreSQL refuses "
        "them); identifiers in lower case without quotes. A statement that must differ goes into a "
        "NNNN_name.sqlite.sql / NNNN_name.pg.sql pair or behind HubDatabase::isPostgres().");
}

// --- Transaction -------------------------------------------------------------------------------

HubDatabase::Transaction::Transaction(HubDatabase &db) : m_db(db), m_depth(db.m_txDepth)
{
    QSqlQuery q(m_db.m_connection);
    const QString sql = m_depth > 0 ? QStringLiteral("SAVEPOINT hub_sp%1").arg(m_depth)
                        : m_db.isPostgres() ? QStringLiteral("BEGIN")
                                            : QStringLiteral("BEGIN IMMEDIATE");
    if (!q.exec(sql)) {
        if (!m_db.isPostgres() && isSqliteBusy(q.lastError()))
            m_error = tr("The hub database %1 is busy: another process has been writing to it for more than "
                         "10 seconds. Try again later.")
                          .arg(m_db.description());
        else
            m_error = tr("Cannot start a transaction on the hub database %1: %2").arg(m_db.description(), errorText(q));
        return;
    }
    m_active = true;
    ++m_db.m_txDepth;
}

HubDatabase::Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status HubDatabase::Transaction::commit()
{
    if (!m_active)
        return Status::failure(m_error.isEmpty() ? tr("The transaction on the hub database is not open.") : m_error);
    if (m_db.m_txDepth != m_depth + 1)
        return Status::failure(tr("A transaction on the hub database was committed while one inside it was still open."));
    QSqlQuery q(m_db.m_connection);
    if (m_depth == 0 && m_db.isPostgres()) {
        // PostgreSQL answers COMMIT of a transaction in which a statement failed with a silent
        // ROLLBACK: ask first, so a caller that missed the failure is not told all was saved.
        if (!q.exec(QStringLiteral("SELECT 1"))) {
            const QString err = errorText(q);
            rollback();
            return Status::failure(tr("Cannot save the changes to the hub database %1: a statement of the "
                                      "transaction failed, nothing of it was saved (%2).")
                                       .arg(m_db.description(), err));
        }
        q.finish();
    }
    const QString sql = m_depth > 0 ? QStringLiteral("RELEASE SAVEPOINT hub_sp%1").arg(m_depth) : QStringLiteral("COMMIT");
    if (!q.exec(sql)) {
        const QString err = errorText(q);
        rollback();
        return Status::failure(tr("Cannot save the changes to the hub database %1: %2").arg(m_db.description(), err));
    }
    m_active = false;
    --m_db.m_txDepth;
    return Status::success();
}

Status HubDatabase::Transaction::rollback()
{
    if (!m_active)
        return Status::success();
    m_active = false;
    --m_db.m_txDepth;
    QSqlQuery q(m_db.m_connection);
    bool ok = true;
    if (m_depth > 0) {
        ok = q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT hub_sp%1").arg(m_depth))
             && q.exec(QStringLiteral("RELEASE SAVEPOINT hub_sp%1").arg(m_depth));
    } else {
        ok = q.exec(QStringLiteral("ROLLBACK"));
    }
    if (!ok) {
        const QString err = errorText(q);
        qCWarning(lcHub) << "rollback failed on" << m_db.description() << err;
        return Status::failure(tr("Cannot undo the changes on the hub database %1: %2").arg(m_db.description(), err));
    }
    return Status::success();
}

} // namespace ud
