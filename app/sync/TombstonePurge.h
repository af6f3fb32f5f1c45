#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "sync/SyncMessages.h"

#include <QCoreApplication>
#include <QString>

namespace ud {

class Database;
class RecordStore;

// A desktop's side of settled tombstones (docs/sync.md "Deletes"): the top tier holds a record's
// tombstone at version v, so every tier has acknowledged it, and says so with a `settled` pull
// item. The local row is then removed for good (with its sync bookkeeping and, for a case, its
// search-index entry; an attachment's file goes when no other attachment names it), and the purge
// is recorded in `record_purges` (schema 19) so `check` accepts the audit history without its row.
//
// The rule, for the local row of the settled record:
// - absent, or changed here after the tombstone (a higher version: undeleted, edited) or another
//   version v that is not deleted: left alone; the item is done;
// - a change of it still queued or in flight, or an open conflict on it: held (record_purges with
//   purged_at NULL) and tried again after each pull page;
// - other rows still refer to it by foreign key (a worker named by a case's party, a case by its
//   sessions), deleted or not: held likewise until they are gone — so children are purged first,
//   and only when they are settled tombstones themselves;
// - deleted at v: purged;
// - an older version (< v) with nothing queued (e.g. a file restored from a backup made before the
//   delete): the tombstone every tier holds is written first (audited as `receive`), then purged.
//
// Every method runs inside the caller's transaction (SyncLedger::applyPulled).
class TombstonePurge
{
    Q_DECLARE_TR_FUNCTIONS(TombstonePurge)

public:
    enum class Outcome { Purged, Held, Kept, Absent };

    TombstonePurge(Database &db, RecordStore &store, const Clock &clock);

    // A `settled` item's record (table, id, version, hlc).
    Result<Outcome> settle(const SyncRecord &settled);
    // The held purges tried again; returns how many were purged now.
    Result<int> retryHeld();

private:
    Result<Outcome> attempt(const QString &table, const QString &id, qint64 version, const QString &hlc);
    Status hold(const QString &table, const QString &id, qint64 version, const QString &hlc, const QString &reason);
    Status dropHeld(const QString &table, const QString &id);
    Status removeRow(const QString &table, const QString &id, bool *referenced);

    Database &m_db;
    RecordStore &m_store;
    const Clock &m_clock;
};

} // namespace ud
