#pragma once

#include "core/Result.h"
#include "storage/AuditLog.h"

#include <QList>
#include <QStringList>

namespace ud {

class Database;

// The newest end of the audit log, read back: what a series of writes just recorded. The
// command facade uses it to learn which records a workspace's service call changed (and how),
// so it can undo them without each service keeping its own list.
class AuditTail
{
public:
    // The newest entry's number (0 in an empty log).
    static Result<qint64> lastSeq(Database &db);
    // The entries after `seq`, oldest first (seq, table, record, action, version and changes;
    // no hashes).
    static Result<QList<AuditEntry>> since(Database &db, qint64 seq);
    // The tables of the entries after `seq`.
    static Result<QStringList> tablesSince(Database &db, qint64 seq);
};

} // namespace ud
