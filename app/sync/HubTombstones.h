#pragma once

#include "core/Result.h"
#include "sync/SyncMessages.h"


namespace ud {

class HubStore;
class HubSync;

// Deletes purged once every tier has acknowledged them (design §4; docs/sync.md "Deletes"), at a
// hub. A hub with no parent is the top tier: a tombstone it holds (hub_records.deleted = 1 at
// version v) has come through every tier below, so it settles it — once per (record, version) —
// with a `settled` item in hub_down for the record's unit, which every node of that subtree pulls,
// and purges its own copy. A district passes the item down to its own children the same way
// (HubUplink::applyPulled) and purges its copy.
//
// A purged copy is a stub: table, id, org unit, origin, version, hlc, deleted stay (an older copy
// sent again, e.g. by a station restored from a backup, is answered `duplicate` and never revives
// the record); the body becomes {}, its person keys go, resolved conflicts lose the losing body,
// the record's conflict items leave hub_down and its unreviewed "possibly the same" pairs go. A record with an open conflict is not settled
// until a person has resolved it.
class HubTombstones
{
public:
    static constexpr int kMaxPerSweep = 500;

    HubTombstones(HubStore &store, HubSync &sync);

    // The top tier's sweep, run as a pull is served: does nothing (one indexed read) when this hub
    // has a parent or holds no unsettled tombstone; else settles up to kMaxPerSweep in one
    // transaction. Returns how many were settled.
    Result<int> sweep();

    // The hub's copy of a settled record purged, inside the caller's transaction: false when the
    // copy is not that tombstone (absent, or changed since), which then stays as it is.
    Result<bool> purgeCopy(const SyncRecord &settled);

    // Whether this hub has a parent hub configured (then it is not the top tier).
    bool hasParent() const;

private:
    HubStore &m_store;
    HubSync &m_sync;
};

} // namespace ud
