#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <map>
#include <memory>

namespace ud {

// Where a hub keeps its database (docs/sync.md "Hub database"): an SQLite file (a district hub
// on one machine) or a PostgreSQL database (a city hub; several hub processes may share it).
struct HubDbSettings
{
    enum class Driver { Sqlite, Postgres };

    Driver driver = Driver::Sqlite;
    QString path;       // SQLite: the database file (made when missing)
    QString host;       // PostgreSQL: server address ("" = libpq's default)
    int port = 5432;
    QString name;       // PostgreSQL: database name
    QString user;
    QString password;
};

// One open connection to the hub's database, under a connection name of its own (several may be
// open in one process, e.g. two hubs in a test). Like QSqlDatabase it belongs to the thread that
// opened it: a hub serving several threads opens one HubDatabase per thread.
//
// Opening applies the hub's numbered migrations compiled in from resources/hub/ (NNNN_name.sql,
// or NNNN_name.sqlite.sql / NNNN_name.pg.sql where the dialects differ), one transaction each,
// recorded in hub_schema(version, applied_at). Several processes opening one PostgreSQL database
// at once apply each migration once: the migration transaction takes an advisory lock and looks
// at hub_schema again (on SQLite, BEGIN IMMEDIATE's write lock does the same). A database whose
// hub schema is newer than this program is refused without being changed, and so is a database
// that holds other tables but no hub schema.
class HubDatabase
{
    Q_DECLARE_TR_FUNCTIONS(HubDatabase)

public:
    // SQLite's application_id of a hub file ("UDH1"); a node's file has Database::kApplicationId.
    static constexpr int kApplicationId = 0x55444831;

    static Result<std::unique_ptr<HubDatabase>> open(const HubDbSettings &settings);
    ~HubDatabase();
    HubDatabase(const HubDatabase &) = delete;
    HubDatabase &operator=(const HubDatabase &) = delete;

    QSqlDatabase connection() const { return m_connection; }
    const QString &connectionName() const { return m_connectionName; }
    bool isPostgres() const { return m_settings.driver == HubDbSettings::Driver::Postgres; }
    // "PostgreSQL hub@db.example:5432" or the SQLite file's path, for messages and logs.
    QString description() const;

    // The hub schema version the database has (0 before the first migration, -1 when unreadable).
    int schemaVersion() const;
    // The newest hub schema version this program knows.
    static int latestSchemaVersion();
    // Which migration file of each version applies to a dialect ("sqlite" or "pg"), by version;
    // empty with *error set when the compiled-in files are not a complete sequence.
    static std::map<int, QString> migrationFiles(const QString &dialect, QString *error = nullptr);

    // What a query writer must keep to for the same SQL to run on both dialects.
    static QString dialectNote();

    // RAII transaction: BEGIN IMMEDIATE on SQLite (the write lock at once, so two writers never
    // deadlock upgrading their locks), BEGIN on PostgreSQL. A Transaction opened while another is
    // active on the same HubDatabase becomes a savepoint of it. Rolled back unless committed.
    class Transaction
    {
    public:
        explicit Transaction(HubDatabase &db);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;

        bool isActive() const { return m_active; }
        const QString &error() const { return m_error; }
        Status commit();
        Status rollback();

    private:
        HubDatabase &m_db;
        int m_depth = 0;
        bool m_active = false;
        QString m_error;
    };

    bool inTransaction() const { return m_txDepth > 0; }

private:
    explicit HubDatabase(const HubDbSettings &settings);

    Status connect();
    Status applySqlitePragmas();
    Status migrate();
    Status applyMigration(int version, const QString &file);
    // Inside a migration transaction: takes the migration lock (PostgreSQL), then the version in
    // hub_schema; makes hub_schema in an empty database (0) and refuses one holding other tables.
    Result<int> lockedSchemaVersion();
    bool hasSchemaTable() const;
    QString dialect() const;

    HubDbSettings m_settings;
    QString m_connectionName;
    QSqlDatabase m_connection;
    int m_txDepth = 0;
};

} // namespace ud
