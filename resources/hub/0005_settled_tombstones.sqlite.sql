-- Hub schema 5: deletes are purged once every tier has acknowledged them (design §4, issue 13
-- item 10; docs/sync.md "Deletes").
--
-- hub_records.settled_version: the version of the record's tombstone this hub has settled (the
-- top tier: announced down as a 'settled' item of hub_down) or received as settled from its parent
-- (a district); its body and person keys are purged then, the row stays as a stub (table, id,
-- version, hlc, origin, deleted) so an older copy sent again is answered 'duplicate'. 0 = none.
-- (PostgreSQL: 0005_settled_tombstones.pg.sql, which changes hub_down's CHECK in place.)

ALTER TABLE hub_records ADD COLUMN settled_version BIGINT NOT NULL DEFAULT 0;

-- The top tier's sweep at each pull reads tombstones not yet settled through this index, which
-- holds only them (a few rows, however many records the hub has).
CREATE INDEX hub_records_unsettled ON hub_records (table_name, record_id) WHERE deleted = 1 AND settled_version < version;

-- hub_down.kind may also be 'settled'. SQLite cannot change a CHECK constraint in place: the table
-- is made again and every item copied with its seq, so nodes' pull checkpoints hold as before.
CREATE TABLE hub_down_v5 (
    seq           BIGINT PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('review', 'reference', 'conflict', 'settled')),
    table_name    TEXT NOT NULL,
    record_id     TEXT NOT NULL,
    org_unit      TEXT NOT NULL,
    body          TEXT NOT NULL,                 -- canonical JSON
    made_at       TEXT NOT NULL
);
INSERT INTO hub_down_v5 (seq, kind, table_name, record_id, org_unit, body, made_at)
SELECT seq, kind, table_name, record_id, org_unit, body, made_at FROM hub_down ORDER BY seq;
DROP TABLE hub_down;
ALTER TABLE hub_down_v5 RENAME TO hub_down;
CREATE INDEX hub_down_org_unit ON hub_down (org_unit, seq);

-- A settled record's conflict items (both versions' bodies) leave hub_down: found by record.
CREATE INDEX hub_down_record ON hub_down (table_name, record_id);
