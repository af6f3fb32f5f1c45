-- UnionDesk schema 19: tombstones purged once every tier has acknowledged them (design §4, issue 13
-- item 10; docs/sync.md "Deletes"). Shipped migrations are never rewritten.
--
-- record_purges: per record whose tombstone the top tier settled. While `purged_at` is NULL the
-- purge is held: the row is still referenced by other rows (a case's parties, a worker's cases),
-- still queued or in flight, or in an open conflict; it is tried again after each pull. Once
-- purged, the row (and its sync bookkeeping) is gone and this row says why: `uniondesk-cli check`
-- accepts a record's audit history without its row only when it is listed here as purged at the
-- version of a history that ends deleted. A purged entry is never changed or removed.
CREATE TABLE record_purges (
    table_name    TEXT NOT NULL,
    record_id     TEXT NOT NULL,
    version       INTEGER NOT NULL CHECK (version >= 1), -- the settled tombstone's version
    hlc           TEXT NOT NULL DEFAULT '',      -- and its hybrid clock
    settled_at    TEXT NOT NULL,                 -- when the top tier's word arrived here
    purged_at     TEXT,                          -- NULL while held
    held_reason   TEXT NOT NULL DEFAULT '',      -- why it is held, in plain words
    PRIMARY KEY (table_name, record_id)
);
CREATE INDEX record_purges_held ON record_purges(table_name, record_id) WHERE purged_at IS NULL;
CREATE TRIGGER record_purges_kept BEFORE DELETE ON record_purges WHEN old.purged_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'record_purges: a purge is kept'); END;
CREATE TRIGGER record_purges_fixed BEFORE UPDATE ON record_purges WHEN old.purged_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'record_purges: a purge is kept'); END;

-- A purge deletes the row, and SQLite then looks for rows that still refer to it (foreign keys);
-- these references had no index to look with.
CREATE INDEX mediation_payments_item ON mediation_payments(item_id);
CREATE INDEX mediation_mediators_employer ON mediation_mediators(employer_id);
CREATE INDEX mediation_receptions_case ON mediation_receptions(case_id);
CREATE INDEX mediation_receptions_employer ON mediation_receptions(employer_id);
CREATE INDEX mediation_receptions_worker ON mediation_receptions(worker_id);
