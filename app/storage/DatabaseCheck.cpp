// Database::check: integrity, references, both logs complete and unaltered up to their recorded
// heads, the safeguards (triggers) in place, and every record row equal to its audit history.

#include "storage/Database.h"
#include "storage/DatabaseDetail.h"

#include "storage/AccessLog.h"
#include "storage/AuditLog.h"
#include "storage/NodeKey.h"
#include "storage/RecordReplay.h"
#include "storage/RecordStore.h"
#include "storage/ReferenceSchema.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

namespace ud {

using namespace detail;

CheckReport Database::check() const
{
    CheckReport report;
    report.schemaVersion = schemaVersion();
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        report.problems << tr("The integrity check could not run: %1").arg(lastError(q));
    } else {
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                report.problems << tr("Integrity: %1").arg(line);
        }
    }
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (q.next())
            report.problems << tr("Broken reference: row %1 of table %2 points to a missing row in %3.")
                                   .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
    }
    if (report.schemaVersion != latestSchemaVersion())
        report.problems << tr("Schema version is %1, expected %2.").arg(report.schemaVersion).arg(latestSchemaVersion());

    // The node and its key: the sealed entries can only be verified with the key.
    QString nodeId;
    if (q.exec(QStringLiteral("SELECT node_id FROM node")) && q.next())
        nodeId = q.value(0).toString();
    q.finish();
    QByteArray key;
    if (!nodeId.isEmpty()) {
        const auto loaded = NodeKey::load(nodeId);
        if (!loaded)
            report.problems << loaded.error();
        else
            key = loaded.value();
        report.keyPath = NodeKey::path(nodeId);
    }

    const auto chain = AuditLog::verifyChain(connection());
    report.auditEntries = chain.entries;
    if (chain.headMissing)
        report.problems << tr("The record of the audit log's newest entry has been removed.");
    else if (chain.headMismatch)
        report.problems << tr("The audit log ends before its recorded last entry: entries from %1 on have been "
                              "removed.")
                               .arg(chain.firstBadSeq);
    else if (!chain.ok)
        report.problems << tr("The audit log has been altered at entry %1.").arg(chain.firstBadSeq);
    const auto access = AccessLog::verifyChain(connection());
    if (access.headMissing)
        report.problems << tr("The record of the access log's newest entry has been removed.");
    else if (!access.ok)
        report.problems << tr("The access log has been altered or cut short at entry %1.").arg(access.firstBadSeq);
    if ((chain.keyMissing || access.keyMissing) && key.isEmpty()) {
        report.keyMissing = true;
        report.problems << tr("The key that seals this database's logs is not on this computer (it is looked for at "
                              "%1). The log entries' order was checked but their seals cannot be: this is what "
                              "happens when a database is brought from another computer. Copy the key file from "
                              "the computer where the database was used, then check again.")
                               .arg(QDir::toNativeSeparators(report.keyPath));
    }

    // The protective triggers (append-only logs, log heads, the node's identity, the search
    // indexes) are there and are the shipped ones; nothing else has been added.
    const ReferenceSchema &reference = ReferenceSchema::instance();
    if (report.schemaVersion == latestSchemaVersion() && reference.error.isEmpty()
        && q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))) {
        QMap<QString, QString> present;
        while (q.next())
            present.insert(q.value(0).toString(), q.value(1).toString());
        for (auto it = reference.triggers.cbegin(); it != reference.triggers.cend(); ++it) {
            if (!present.contains(it.key()))
                report.problems << tr("The safeguard %1 has been removed from the database.").arg(it.key());
            else if (present.value(it.key()) != it.value())
                report.problems << tr("The safeguard %1 has been changed.").arg(it.key());
        }
        for (auto it = present.cbegin(); it != present.cend(); ++it)
            if (!reference.triggers.contains(it.key()))
                report.problems << tr("The database has a trigger UnionDesk did not make: %1.").arg(it.key());
    }

    // Every row equals what its audit history says.
    const auto replay = RecordReplay::run(connection(), key);
    report.problems << replay.problems;
    report.recordsChecked = replay.rowsChecked;

    // Every change made here to a synced table is queued for sync until the hub answers for it
    // (sync_state.acked_version, schema 18): each must still have its outbox row until then.
    // Versions received from other nodes are not queued.
    QStringList synced;
    for (const QString &table : ReferenceSchema::recordTables())
        if (RecordStore::isSyncedTable(table))
            synced << QLatin1Char('\'') + table + QLatin1Char('\'');
    if (q.exec(QStringLiteral("SELECT count(*) FROM (SELECT a.table_name, a.record_id, a.version FROM audit_log a "
                              "LEFT JOIN sync_state s ON s.table_name = a.table_name AND s.record_id = a.record_id "
                              "WHERE a.table_name IN (%1) AND a.action <> 'receive' "
                              "AND a.version > coalesce(s.acked_version, 0) "
                              "AND NOT EXISTS (SELECT 1 FROM record_purges p WHERE p.table_name = a.table_name "
                              "AND p.record_id = a.record_id AND p.purged_at IS NOT NULL) "
                              "EXCEPT SELECT table_name, record_id, version FROM outbox)")
                   .arg(synced.join(QStringLiteral(", "))))
        && q.next() && q.value(0).toLongLong() > 0)
        report.problems << tr("%n change(s) are missing from the queue of changes to sync (rows removed from the "
                              "outbox).",
                              nullptr, q.value(0).toInt());
    q.finish();
    if (q.exec(QStringLiteral("SELECT count(*) FROM outbox")) && q.next())
        report.outboxPending = q.value(0).toLongLong();
    return report;
}

} // namespace ud
