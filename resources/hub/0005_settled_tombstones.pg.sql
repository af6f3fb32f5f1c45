-- Hub schema 5: deletes are purged once every tier has acknowledged them (design §4, issue 13
-- item 10; docs/sync.md "Deletes").
--
-- hub_records.settled_version: the version of the record's tombstone this hub has settled (the
-- top tier: announced down as a 'settled' item of hub_down) or received as settled from its parent
-- (a district); its body and person keys are purged then, the row stays as a stub (table, id,
-- version, hlc, origin, deleted) so an older copy sent again is answered 'duplicate'. 0 = none.
-- (SQLite: 0005_settled_tombstones.sqlite.sql, which makes hub_down again.)

ALTER TABLE hub_records ADD COLUMN settled_version BIGINT NOT NULL DEFAULT 0;

-- The top tier's sweep at each pull reads tombstones not yet settled through this index, which
-- holds only them (a few rows, however many records the hub has).
CREATE INDEX hub_records_unsettled ON hub_records (table_name, record_id) WHERE deleted = 1 AND settled_version < version;

-- hub_down.kind may also be 'settled' (the column's CHECK, named by PostgreSQL's default rule).
ALTER TABLE hub_down DROP CONSTRAINT hub_down_kind_check;
ALTER TABLE hub_down ADD CONSTRAINT hub_down_kind_check CHECK (kind IN ('review', 'reference', 'conflict', 'settled'));

-- A settled record's conflict items (both versions' bodies) leave hub_down: found by record.
CREATE INDEX hub_down_record ON hub_down (table_name, record_id);
