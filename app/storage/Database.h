#pragma once

#include "core/Progress.h"
#include "core/Result.h"
#include "core/DatabaseFiles.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <vector>

namespace ud {

class AuditLog;

// What a file on disk holds, read without changing it (used before restore and by `check`).
struct DatabaseFileInfo
{
    QString path;
    int schemaVersion = 0;
    QString nodeId;
    QString orgUnit;
    qint64 sizeBytes = 0;
};

struct CheckReport
{
    bool ok() const { return problems.isEmpty(); }
    QStringList problems;     // translated, one line each
    int schemaVersion = 0;
    qint64 auditEntries = 0;
    qint64 outboxPending = 0;
    qint64 recordsChecked = 0;  // rows compared with their audit history
    // This computer has no key for the sealed entries (a file brought from another computer):
    // their links were checked, their seals could not be. Listed among the problems too.
    bool keyMissing = false;
    QString keyPath;            // where the key was looked for
};

// One UnionDesk database file (SQLite). Owns one connection; not shared between threads.
// Opening applies the pragmas the design requires and any pending numbered migrations from
// resources/sql/, each in its own transaction.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode { ExistingOnly, CreateIfMissing };

    static constexpr int kApplicationId = 0x55444b31; // "UDK1"

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Status open(const QString &path, OpenMode mode);
    void close();
    bool isOpen() const;
    const QString &path() const { return m_path; }
    QSqlDatabase connection() const;

    int schemaVersion() const;
    // The database stores text as UTF-8 (SQLite's default; see TextBinding).
    bool storesUtf8() const { return m_utf8; }
    static int latestSchemaVersion();

    // Integrity, foreign keys; the audit log's chain and seals, complete to its recorded head;
    // every record row equal to what its audit history says; the access log's chain; the
    // protective triggers in place; an outbox row for every change of a synced table.
    CheckReport check() const;

    // The node key that seals new audit and access-log entries (see NodeKey), loaded once.
    // Made when the node has none yet and nothing has been sealed; an error when sealed entries
    // exist but their key is not on this computer (they could not be continued).
    Result<QByteArray> sealKey();

    // A consistent copy of the database taken while the application keeps writing. Written to a
    // temporary name, synced to disk and renamed, so a half-written backup never carries the
    // final name. With `progress` the copy goes in steps (SQLite's online backup, where the
    // system SQLite is ours; otherwise VACUUM INTO, one step) and reports pages copied; when
    // progress returns false the copy stops, the temporary file is removed and the result is a
    // failure saying the backup was cancelled. Refused inside a write transaction.
    Status backupTo(const QString &destination, const Progress &progress = {}) const;

    // Reads a candidate file read-only and says whether it is a usable UnionDesk database:
    // ours, not damaged, with the UnionDesk tables and a node.
    static Result<DatabaseFileInfo> inspectFile(const QString &path);

    // Replaces `target` with a verified copy of `backup`. Refused, with nothing changed, when the
    // backup is not a usable database (inspectFile), belongs to another node than the database it
    // would replace, or fails check() (tampered, broken chain, key missing); and when another
    // connection or program is using `target`: the target's write lock is held for the whole
    // swap, so a concurrent writer either finished before or waits and then fails cleanly.
    // The file being replaced is kept beside it as <target>.replaced-<timestamp>; nothing is
    // removed. Returns the name the old file was kept under ("" if there was none).
    // `progress` follows the copy of the backup (bytes) and is asked once more after the check,
    // before the swap; when it returns false nothing is changed and the result is a failure
    // saying the restore was cancelled.
    static Result<QString> restoreFile(const QString &backup, const QString &target, const Progress &progress = {});

    // Runs one statement; for maintenance code paths that have no repository.
    Status exec(const QString &sql) const;

    // The audit log of this database. Every audit_log insert goes through it: it keeps the chain
    // head between the appends of a write transaction, so all writers on this connection share it.
    AuditLog &auditLog() { return *m_auditLog; }

    // RAII transaction; nested transactions become savepoints. Rolls back unless committed.
    class Transaction
    {
    public:
        explicit Transaction(Database &db);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        bool isActive() const { return m_active; }
        const QString &error() const { return m_error; }
        Status commit();

    private:
        Database &m_db;
        int m_depth = 0;
        bool m_active = false;
        QString m_error;
    };

    // A write transaction (or a savepoint of one) of this connection is open.
    bool inTransaction() const { return m_txDepth > 0; }
    // A savepoint of the current transaction could not be released or rolled back: SQLite has
    // probably rolled back the whole transaction by itself (RAISE(ROLLBACK), a full disk, ...).
    // Writers should stop; the outermost Transaction's commit will fail.
    bool transactionLost() const { return m_txLost; }

    // Fails with a message when another program deleted or replaced the open database's files
    // (see DatabaseFiles). Every write transaction asks first, so nothing more is written then.
    Status verifyFilesInPlace() const { return m_files.verifyInPlace(); }

private:
    enum class TxStatement { Begin, Commit, Rollback, RollbackTo };
    // Transaction statements prepared once per kind and nesting depth (BEGIN/COMMIT/ROLLBACK or
    // SAVEPOINT/RELEASE/ROLLBACK TO): a batch of records then costs no statement parsing.
    // Returns "" on success, else the error.
    // *busy (when given) tells whether it failed because another connection holds the write lock.
    QString execTransactionStatement(TxStatement kind, int depth, bool *busy = nullptr);
    // The outermost transaction begins or ends, or a savepoint failed (`transactionLost`): the
    // audit log's remembered head is no longer known.
    void resetTransactionState(bool transactionLost);

    Status applyPragmas();
    Status migrate();
    Status applyMigration(int version, const QString &sql);

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_connection; // cached handle; QSqlDatabase::database() takes a lock per call
    std::vector<std::array<QSqlQuery, 4>> m_txStatements; // [depth][TxStatement]
    int m_txDepth = 0;
    bool m_utf8 = false;
    std::unique_ptr<AuditLog> m_auditLog;
    DatabaseFiles m_files;
    QByteArray m_sealKey;
    // A savepoint could not be released or rolled back: SQLite may have rolled back the whole
    // transaction by itself (RAISE(ROLLBACK), a full disk, ...), so until the outermost
    // Transaction ends, the audit log remembers no head.
    bool m_txLost = false;
};

// Splits an SQL script into statements (quotes, comments and trigger bodies respected).
QStringList splitSqlStatements(const QString &script);

} // namespace ud
