#pragma once

#include "core/Result.h"
#include "storage/TextBinding.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <vector>

namespace ud {

class Database;

struct AuditEntry
{
    qint64 seq = 0;
    QString at;        // ISO UTC
    QString actor;     // user name
    QString nodeId;
    QString table;
    QString recordId;
    QString action;    // create | update | delete | undelete
    qint64 version = 0;
    QJsonObject changes; // {"field": [before, after]}
    QString reason;
    QString prevHash;
    QString hash;
};

// The append-only, hash-chained, field-level audit log. Appends must run inside the
// transaction that writes the audited row, so a change and its audit entry are one unit.
// One per Database (Database::auditLog()), so that every writer on a connection continues the
// same chain head.
class AuditLog
{
public:
    explicit AuditLog(Database &db);
    AuditLog(const AuditLog &) = delete;
    AuditLog &operator=(const AuditLog &) = delete;

    // Fills prevHash/hash/seq of `entry` and inserts it; the changes are `entry.changes`.
    Status append(AuditEntry &entry);
    // The same with the changes already written as canonical JSON (UTF-8, exactly
    // changesToJson(entry.changes)); `entry.changes` is not read.
    Status append(AuditEntry &entry, const QByteArray &changesJson);
    // Appends `count` entries in this order with one INSERT (all or none), each chained to the
    // one before; changesJson[i] belongs to entries[i].
    Status appendMany(AuditEntry *entries, const QByteArray *changesJson, int count);

    struct ChainCheck
    {
        bool ok = true;
        qint64 entries = 0;
        qint64 firstBadSeq = 0;
        qint64 sealedEntries = 0;  // entries sealed with the node key (schema 9 on)
        qint64 keyedFrom = 0;      // the first seq sealed with the node key
        bool keyMissing = false;   // sealed entries exist but this computer has no key for them
        QString keyPath;           // where the key is looked for
        bool headRecorded = false; // the database records its newest entry (schema 9 on)
        bool headMissing = false;  // ... but that record is gone
        bool headMismatch = false; // the newest entry is not the recorded one (cut off or wiped)
    };
    // Checks every link; plain entries with SHA-256, sealed ones with the node key (looked up
    // in the user's data folder, see NodeKey); without the key, only the links are checked
    // and keyMissing is set.
    static ChainCheck verifyChain(const QSqlDatabase &db);
    static QList<AuditEntry> forRecord(const QSqlDatabase &db, const QString &table, const QString &recordId);
    // The entry's hash: plain SHA-256 without a key, sealed (keyed BLAKE2b) with one.
    static QString computeHash(const AuditEntry &entry, const QString &changesJson, const QByteArray &key = {});
    static QString changesToJson(const QJsonObject &changes);

    // The chain head: the hash of the newest entry, remembered between appends so that appending
    // needs no query for it. Only valid inside a write transaction of this connection (no other
    // connection can append meanwhile). Database::Transaction reports where transactions and
    // savepoints begin and end:
    // - a transaction or savepoint at `depth` begins (0 = the outermost one: other connections
    //   may have written before it, so nothing is known);
    void transactionBegun(int depth)
    {
        if (depth == 0)
            m_head.clear();
        if (m_headAtStart.size() <= static_cast<size_t>(depth))
            m_headAtStart.resize(static_cast<size_t>(depth) + 1);
        m_headAtStart[static_cast<size_t>(depth)] = m_head;
    }
    // - the savepoint at `depth` was rolled back: its entries are gone, the head is the one at
    //   its start;
    void savepointRolledBack(int depth)
    {
        if (static_cast<size_t>(depth) < m_headAtStart.size())
            m_head = m_headAtStart[static_cast<size_t>(depth)];
        else
            m_head.clear();
    }
    // - the outermost transaction ended, or a savepoint failed and SQLite may have rolled back
    //   the whole transaction: the head is not known any more.
    void forgetHead() { m_head.clear(); }
    // The database is being closed: drops the prepared statements and the head.
    void close();

private:
    static constexpr int kFields = 11; // bound values per entry
    Status prepare();
    QSqlQuery *insertStatement(int rows, QString *error);
    const QString &placeholder(int index);

    Database &m_db;
    QSqlQuery m_last;
    QHash<int, QSqlQuery> m_inserts; // by number of rows
    QStringList m_placeholders;       // ":a0", ":a1", ...
    bool m_prepared = false;
    TextBinding m_text[7];  // at, actor, node_id, table_name, record_id, action, reason
    QByteArray m_hashInput; // reused buffer
    QByteArray m_head;      // the chain head; empty when not known
    std::vector<QByteArray> m_headAtStart; // the head at the start of each open (save)point, by depth
};

} // namespace ud
