-- UnionDesk schema 18: sync with the parent hub (issue 13, docs/sync.md).
-- Shipped migrations are never rewritten; add a new numbered file instead.
--
-- 1. audit_log is rebuilt (SQLite cannot change a CHECK constraint in place) so that its action
--    may also be 'receive': a version received from another node and written as it is. Every
--    entry is copied back with its seq, hash and prev_hash unchanged, so the hash chain and the
--    recorded head (log_heads) hold exactly as before; the append-only triggers, the head trigger
--    and the index are made again as 0001 and 0009 made them.
-- 2. record_reviews: reviewers' decisions on a record (approve, return with a reason, lock,
--    unlock), written at an upper tier and received here. A record table that flows down only.
-- 3. The desktop's sync bookkeeping, local and never synced: the node's signing key's public
--    half, the parent hub and checkpoints, the batch in flight, per-record sync state, records
--    the hub refused (quarantine) and conflicts waiting for a person.

CREATE TEMP TABLE audit_log_v17 AS SELECT * FROM main.audit_log;
DROP TRIGGER audit_log_head;
DROP TRIGGER audit_log_no_update;
DROP TRIGGER audit_log_no_delete;
DROP TABLE main.audit_log;

CREATE TABLE audit_log (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    at            TEXT NOT NULL,
    actor         TEXT NOT NULL,
    node_id       TEXT NOT NULL,
    table_name    TEXT NOT NULL,
    record_id     TEXT NOT NULL,
    action        TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'undelete', 'receive')),
    version       INTEGER NOT NULL,
    changes       TEXT NOT NULL,                 -- JSON {"field": [before, after], ...}
    reason        TEXT NOT NULL DEFAULT '',
    prev_hash     TEXT NOT NULL,
    hash          TEXT NOT NULL
);
INSERT INTO main.audit_log (seq, at, actor, node_id, table_name, record_id, action, version, changes, reason,
                            prev_hash, hash)
SELECT seq, at, actor, node_id, table_name, record_id, action, version, changes, reason, prev_hash, hash
FROM audit_log_v17 ORDER BY seq;
DROP TABLE audit_log_v17;

CREATE INDEX audit_log_record ON audit_log(table_name, record_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_head AFTER INSERT ON audit_log
BEGIN UPDATE log_heads SET seq = new.seq, hash = new.hash WHERE log = 'audit'; END;

-- The outbox is looked up by record (a list's sync column, a re-queued record).
CREATE INDEX outbox_record ON outbox(table_name, record_id);

CREATE TABLE record_reviews (
    id            TEXT PRIMARY KEY NOT NULL,
    table_name    TEXT NOT NULL,                 -- the reviewed record's table ('mediation_cases', 'workers', ...)
    record_id     TEXT NOT NULL,
    record_version INTEGER NOT NULL,             -- the version the reviewer saw
    decision      TEXT NOT NULL CHECK (decision IN ('approve', 'return', 'lock', 'unlock')),
    reason        TEXT NOT NULL DEFAULT '',      -- required for 'return'
    reviewer      TEXT NOT NULL,                 -- name and unit as the reviewer signed
    reviewer_tier TEXT NOT NULL CHECK (reviewer_tier IN ('city', 'district', 'street', 'enterprise', 'industry')),
    decided_at    TEXT NOT NULL,
    org_unit      TEXT NOT NULL,
    origin_node   TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    base_version  INTEGER NOT NULL DEFAULT 0 CHECK (base_version >= 0),
    hlc           TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (decision <> 'return' OR length(trim(reason)) > 0)
);
CREATE INDEX record_reviews_record ON record_reviews(table_name, record_id, decided_at);

-- This node's signing key (Ed25519): the public half; the secret half is a file outside the
-- database (keys/<node_id>.sign).
CREATE TABLE sync_identity (
    singleton     INTEGER PRIMARY KEY CHECK (singleton = 1),
    public_key    TEXT NOT NULL,                 -- base64
    made_at       TEXT NOT NULL
);

-- The parent hub and how far sync has come with it.
CREATE TABLE sync_peer (
    singleton         INTEGER PRIMARY KEY CHECK (singleton = 1),
    url               TEXT NOT NULL,
    certificate       TEXT NOT NULL DEFAULT '',  -- PEM of the hub's certificate, pinned at enrollment ('' = system CAs)
    hub_node_id       TEXT NOT NULL DEFAULT '',
    hub_public_key    TEXT NOT NULL DEFAULT '',  -- base64: checks the hub's signed acknowledgement bundles
    enrollment        TEXT NOT NULL DEFAULT 'none' CHECK (enrollment IN ('none', 'requested', 'approved', 'revoked')),
    enrolled_org_unit TEXT NOT NULL DEFAULT '',
    requested_at      TEXT,
    approved_at       TEXT,
    push_epoch        TEXT NOT NULL DEFAULT '',  -- the epoch acked_seq belongs to
    acked_seq         INTEGER NOT NULL DEFAULT 0,-- outbox rows up to here are acknowledged
    pulled_seq        INTEGER NOT NULL DEFAULT 0,-- the hub's down seq received up to here
    last_attempt_at   TEXT,
    last_success_at   TEXT,
    last_error_code   TEXT NOT NULL DEFAULT '',
    last_error        TEXT NOT NULL DEFAULT '',  -- in the user's words, with what to do
    next_attempt_at   TEXT,                      -- back-off after a failure
    failures          INTEGER NOT NULL DEFAULT 0,
    clock_skew_ms     INTEGER NOT NULL DEFAULT 0
);

-- The one batch in flight, frozen before it is sent: a retry sends the very same bytes.
CREATE TABLE sync_outgoing (
    batch_id      TEXT PRIMARY KEY NOT NULL,
    epoch         TEXT NOT NULL,
    from_seq      INTEGER NOT NULL,
    to_seq        INTEGER NOT NULL,
    records       INTEGER NOT NULL,
    body          BLOB NOT NULL,                 -- as sent
    deflated      INTEGER NOT NULL CHECK (deflated IN (0, 1)),
    made_at       TEXT NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 0
);

-- Per record: what the hub last answered. 'pending' is not stored: a record is pending while it
-- has an outbox row. 'local': a change of reference data made here, which flows down only and so
-- stays on this computer.
CREATE TABLE sync_state (
    table_name     TEXT NOT NULL,
    record_id      TEXT NOT NULL,
    state          TEXT NOT NULL CHECK (state IN ('sent', 'synced', 'error', 'conflict', 'local')),
    synced_version INTEGER NOT NULL DEFAULT 0,   -- the newest version the hub accepted (the next push's base)
    sent_version   INTEGER NOT NULL DEFAULT 0,   -- the version in the batch in flight (or last sent)
    acked_version  INTEGER NOT NULL DEFAULT 0,   -- the newest version the hub answered for, whatever it said
    batch_id       TEXT,
    updated_at     TEXT NOT NULL,
    PRIMARY KEY (table_name, record_id)
);

-- Records the hub refused (or received items this node could not apply), with the reason.
CREATE TABLE sync_quarantine (
    table_name    TEXT NOT NULL,
    record_id     TEXT NOT NULL,
    direction     TEXT NOT NULL CHECK (direction IN ('up', 'down')),
    version       INTEGER NOT NULL,
    status        TEXT NOT NULL,                 -- 'forbidden', 'invalid', 'unapplied'
    reason        TEXT NOT NULL,
    body          TEXT NOT NULL DEFAULT '',      -- a received item as it came (direction 'down')
    at            TEXT NOT NULL,
    PRIMARY KEY (table_name, record_id, direction)
);

-- The same record changed at two places: both versions until a person picks, field by field.
CREATE TABLE sync_conflicts (
    id             TEXT PRIMARY KEY NOT NULL,
    table_name     TEXT NOT NULL,
    record_id      TEXT NOT NULL,
    local_version  INTEGER NOT NULL,
    local_body     TEXT NOT NULL,
    remote_version INTEGER NOT NULL,
    remote_hlc     TEXT NOT NULL,
    remote_origin  TEXT NOT NULL,
    remote_body    TEXT NOT NULL,
    winner         TEXT NOT NULL CHECK (winner IN ('local', 'remote')),
    detected_at    TEXT NOT NULL,
    resolved_at    TEXT,
    resolved_by    TEXT
);
CREATE INDEX sync_conflicts_open ON sync_conflicts(table_name, record_id) WHERE resolved_at IS NULL;

-- Number blocks granted by the hub at enrollment (design §3): from then on, every year's block of
-- the series is this range, so two desktops of one station never give the same number.
CREATE TABLE number_block_grants (
    kind          TEXT PRIMARY KEY NOT NULL,     -- 'mediation_case'
    first_value   INTEGER NOT NULL CHECK (first_value >= 1),
    last_value    INTEGER NOT NULL CHECK (last_value >= first_value),
    granted_at    TEXT NOT NULL
);
