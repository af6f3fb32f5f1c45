#pragma once

#include "core/Clock.h"
#include "core/HybridClock.h"
#include "core/Result.h"
#include "core/Uuid7.h"
#include "storage/AuditLog.h"
#include "storage/TextBinding.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantMap>

#include <memory>

namespace ud {

class Database;

// One stored record of a table that has the common record columns (design §3).
struct Record
{
    QString table;
    QString id;
    qint64 version = 0;
    bool deleted = false;
    QVariantMap values; // every column, system columns included
    QVariant value(const QString &column) const { return values.value(column); }
};

// Where a table's changes go (docs/sync.md): up to the parent hub (the node's own casework),
// down from it (reference data, reviews), or nowhere (accounts).
enum class SyncDirection { Local, Up, Down };

// How applyRemote() treats a received version.
struct RemoteWrite
{
    // Queue an outbox row for it too, with its origin and version kept: a node that forwards what
    // it receives further up.
    bool forward = false;
    // Write it even when this node holds a version that would win (a conflict settled elsewhere).
    bool force = false;
    QString reason;
};

// What applyRemote() did.
enum class RemoteResult { Applied, Unchanged, Older };

// The one write path for records. Each call is one transaction holding the row, its
// field-level audit entry and (for synced tables) its outbox row; a failure anywhere leaves
// none of the three. Callers may wrap several calls in an outer Database::Transaction to
// write a batch; the calls then become savepoints of it.
class RecordStore
{
    Q_DECLARE_TR_FUNCTIONS(RecordStore)

public:
    // The system columns every record table has; callers never set them.
    static const QStringList &systemColumns();
    // Tables that carry the common record columns, and whether their changes are synced upward.
    static bool isRecordTable(const QString &table);
    static bool isSyncedTable(const QString &table);
    static SyncDirection syncDirection(const QString &table);
    static QStringList recordTables();
    // The origin of the reference rows the migrations ship; they stay editable on every node.
    static const QString &referenceOrigin();
    // Columns derived on this node and never sent (the register's name sort keys).
    static bool isDerivedColumn(const QString &table, const QString &column);
    // Whether version (av, ahlc, anode) wins over (bv, bhlc, bnode): the higher version, then the
    // higher hybrid clock, then the higher node id (docs/sync.md). The same rule at every tier.
    static bool wins(qint64 av, const QString &ahlc, const QString &anode, qint64 bv, const QString &bhlc,
                     const QString &bnode);
    // What the audit log records instead of a secret's value (password hashes).
    static const QString &secretText();

    explicit RecordStore(Database &db, const Clock *clock = nullptr);
    ~RecordStore();
    RecordStore(const RecordStore &) = delete;
    RecordStore &operator=(const RecordStore &) = delete;

    void setActor(const QString &userName) { m_actor = userName; }
    const QString &actor() const { return m_actor; }
    Database &database() { return m_db; }

    Result<Record> create(const QString &table, const QVariantMap &fields, const QString &reason = {});
    // Creates many records of one table, each exactly as create() would: its own row, field-level
    // audit entry and outbox row, written together or not at all, in the given order. Cheaper
    // than create() in a loop: consecutive records with the same fields go into each table with
    // one multi-row INSERT per chunk, inside one savepoint. When anything in a chunk fails, the
    // chunk is rolled back and its records are created one by one, so a failing record is left
    // out with its own error while the others are written. All of it is one transaction (a
    // savepoint of the caller's). One result per record, in order: its new id, or why it was
    // not written.
    QList<Result<QString>> createMany(const QString &table, const QList<QVariantMap> &records,
                                      const QString &reason = {});
    // `baseVersion` is the version the user's edit started from; a different current version
    // means someone else changed the record meanwhile and the update is refused.
    Result<Record> update(const QString &table, const QString &id, qint64 baseVersion, const QVariantMap &changes,
                          const QString &reason = {});
    Result<Record> remove(const QString &table, const QString &id, qint64 baseVersion, const QString &reason = {});
    Result<Record> undelete(const QString &table, const QString &id, qint64 baseVersion, const QString &reason = {});
    Result<Record> get(const QString &table, const QString &id);

    // Writes a version received from another node exactly as it is: every column of `values`
    // (system columns included: id, org_unit, origin_node, version, base_version, hlc, created_*,
    // updated_*, deleted) replaces the stored row, audited as 'receive' with the field-level
    // differences, without an outbox row unless `how.forward`. A version that does not win over
    // the stored one (wins()) is not written (Older), nor is the same version with the same hlc
    // (Unchanged); `how.force` writes it anyway. Unknown columns are refused.
    Result<RemoteResult> applyRemote(const QString &table, const QVariantMap &values, const RemoteWrite &how = {});

    // Why this node may not change the record's content ("" = it may): it came from another node
    // (only its origin edits it), or a reviewer locked it or the case it belongs to.
    QString editRefusal(const QString &table, const QVariantMap &row);

private:
    struct TableInfo
    {
        QStringList columns;           // table order
        QSet<QString> userColumns;
        QHash<QString, int> index;     // column -> position in `columns`
        QHash<QString, int> userIndex; // user column -> position in `columns`
        // Positions of the system columns (and org_unit) create() fills in; -1 if missing.
        struct
        {
            int orgUnit = -1, id = -1, originNode = -1, version = -1, baseVersion = -1, hlc = -1, createdAt = -1,
                createdBy = -1, updatedAt = -1, updatedBy = -1, deleted = -1;
        } pos;
        QStringList literals;          // by position: what an INSERT of a new record writes as is ("" = bound)
        QList<int> byName;             // positions ordered by column name (QVariantMap and JSON key order)
        QList<bool> isUser;            // by position
        QList<bool> isSecret;          // by position
        QList<QPair<int, int>> selfReferences; // foreign keys within the table: (from, to) positions
        QHash<QByteArray, QSqlQuery> inserts; // prepared INSERTs; key: the given columns and the row count
        QList<TextBinding> text;               // by position
        QString selectById;                    // get()'s statement, made once
    };
    // A new record prepared for writing: its stamps, every value by column position, which
    // columns are written (the rest keep their schema defaults) and its audit changes as
    // canonical JSON.
    struct NewRecord
    {
        QString id;
        QString now;
        QString hlc;
        QList<QVariant> values;
        QByteArray given; // one byte per column: 0 = not written, 1 = bound as is, 2 = text (TextBinding)
        QByteArray changes;
    };
    Result<TableInfo *> tableInfo(const QString &table);
    Status loadNode();
    QSqlQuery &cached(const QString &sql);
    Status prepareNew(const QString &table, const TableInfo &t, const QVariantMap &fields, NewRecord &out);
    // Writes the rows, audit entries and outbox rows of `count` new records that have the same
    // given columns, one multi-row INSERT per table; the caller holds the (save)point.
    Status writeNew(const QString &table, TableInfo &t, const NewRecord *records, int count, const QString &reason);
    QSqlQuery *outboxStatement(int rows, QString *error);
    const QString &placeholder(int index);
    Result<Record> writeChange(const QString &table, const QString &id, qint64 baseVersion, const QVariantMap &changes,
                               const QString &action, const QString &reason);
    Result<QSqlQuery *> insertStatement(const QString &table, TableInfo &info, const QByteArray &given, int rows);
    Status appendAuditAndOutbox(const QString &table, const QString &id, qint64 version, const QString &action,
                                const QByteArray &changesJson, const QString &reason, const QString &now,
                                const QString &hlc, bool queue = true);
    QString lockRefusal(const QString &table, const QString &id);
    QString friendlyError(const QString &table, const QString &sqlError) const;
    static QString fieldLabel(const QString &column);

    Database &m_db;
    std::unique_ptr<SystemClock> m_ownClock;
    const Clock *m_clock;
    Uuid7Generator m_ids;
    HybridClock m_hlc;
    AuditLog &m_audit; // the database's
    QString m_actor = QStringLiteral("system");
    QString m_nodeId;
    QString m_nodeOrgUnit;
    QHash<QString, TableInfo> m_tables;
    QHash<QString, QSqlQuery> m_queries;
    QHash<int, QSqlQuery> m_outboxInserts; // by number of rows
    TextBinding m_outboxText[4];           // table_name, record_id, hlc, queued_at
    QStringList m_placeholders;            // ":p0", ":p1", ...
};

} // namespace ud
