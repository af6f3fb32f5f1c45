#pragma once

#include "core/Result.h"

#include <QCoreApplication>

namespace ud {

class Database;

// Keeps the register's name sort keys (schema 16: workers.name_key, employers.name_key, see
// core/NameSortKey) equal to NameSortKey::of(name) for every row, whoever wrote the name:
// - on this program's connection, a SQL function ud_name_key(name) and temporary triggers set
//   the key whenever a worker or employer is inserted or renamed (create, edit, merge, import,
//   the demo, replayed changes: no write path can forget it);
// - at open, keys still missing (rows written before schema 16 or by another program) are
//   filled, and when the collator's version differs from the one the keys were made with
//   (another ICU after an upgrade, a database brought from another computer), every key is made
//   anew.
// The key is derived data: not audited, not synced (RecordReplay leaves it out).
class NameSortKeys
{
    Q_DECLARE_TR_FUNCTIONS(NameSortKeys)

public:
    // Called by Database::open after the migrations. Does nothing before schema 16.
    static Status prepare(Database &db);
    // Fills the keys that are missing; refills all of them when `all`. Returns how many rows
    // got a key.
    static Result<int> fill(Database &db, bool all);
    // Whether writes on this connection set the keys themselves (the SQL function and the
    // triggers are installed; not where Qt bundles its own SQLite).
    static bool keptOnWrite(const Database &db);
};

} // namespace ud
