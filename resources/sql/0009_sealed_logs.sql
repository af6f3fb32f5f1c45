-- UnionDesk schema 9: the audit log and the access log are sealed with the node's secret key.
--
-- The key (32 random bytes) is kept outside the database file, in the user's data folder
-- (keys/<node_id>.key). From the entries numbered keyed_from on, an entry's hash is a keyed
-- BLAKE2b hash instead of a plain SHA-256, so an edited entry cannot be re-chained without the
-- key. Entries written before this migration keep their plain hashes (the log is append-only):
-- they are checked as before, and the first sealed entry seals the last of them through its
-- prev_hash.
--
-- log_heads holds the newest entry of each log, moved by the triggers below in the same
-- statement as each append, so cutting entries off the end or wiping a log shows.

CREATE TABLE log_heads (
    log           TEXT PRIMARY KEY NOT NULL CHECK (log IN ('audit', 'access')),
    keyed_from    INTEGER NOT NULL,              -- first seq sealed with the node key
    seq           INTEGER NOT NULL,              -- the newest entry (0: none)
    hash          TEXT NOT NULL                  -- its hash
);

INSERT INTO log_heads (log, keyed_from, seq, hash)
SELECT 'audit',
       (SELECT coalesce(max(s), 0) + 1 FROM (SELECT max(seq) AS s FROM audit_log
                                             UNION ALL SELECT seq FROM sqlite_sequence WHERE name = 'audit_log')),
       coalesce((SELECT max(seq) FROM audit_log), 0),
       coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1),
                '0000000000000000000000000000000000000000000000000000000000000000');

-- The access log is chained from here on; older rows keep '' in both columns.
ALTER TABLE access_log ADD COLUMN prev_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE access_log ADD COLUMN hash TEXT NOT NULL DEFAULT '';

INSERT INTO log_heads (log, keyed_from, seq, hash)
SELECT 'access',
       (SELECT coalesce(max(s), 0) + 1 FROM (SELECT max(seq) AS s FROM access_log
                                             UNION ALL SELECT seq FROM sqlite_sequence WHERE name = 'access_log')),
       coalesce((SELECT max(seq) FROM access_log), 0),
       '0000000000000000000000000000000000000000000000000000000000000000';

CREATE TRIGGER audit_log_head AFTER INSERT ON audit_log
BEGIN UPDATE log_heads SET seq = new.seq, hash = new.hash WHERE log = 'audit'; END;
CREATE TRIGGER access_log_head AFTER INSERT ON access_log
BEGIN UPDATE log_heads SET seq = new.seq, hash = new.hash WHERE log = 'access'; END;

CREATE TRIGGER log_heads_no_insert BEFORE INSERT ON log_heads
BEGIN SELECT RAISE(ABORT, 'log_heads has one row per log'); END;
CREATE TRIGGER log_heads_no_delete BEFORE DELETE ON log_heads
BEGIN SELECT RAISE(ABORT, 'log_heads has one row per log'); END;
CREATE TRIGGER log_heads_forward BEFORE UPDATE ON log_heads
WHEN new.log IS NOT old.log OR new.keyed_from IS NOT old.keyed_from OR new.seq <= old.seq
BEGIN SELECT RAISE(ABORT, 'log heads only move forward'); END;

-- The node's identity is written once; only its epoch is renewed (on restore).
CREATE TRIGGER node_identity_fixed BEFORE UPDATE ON node
WHEN new.node_id IS NOT old.node_id OR new.org_unit IS NOT old.org_unit OR new.singleton IS NOT old.singleton
BEGIN SELECT RAISE(ABORT, 'the node identity cannot change'); END;
CREATE TRIGGER node_identity_kept BEFORE DELETE ON node
BEGIN SELECT RAISE(ABORT, 'the node identity cannot change'); END;
