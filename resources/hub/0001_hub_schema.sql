-- Hub schema 1: the hub's own database (docs/sync.md "Hub database"), one file for SQLite 3.40
-- and PostgreSQL 15: only BIGINT, INTEGER and TEXT columns, CHECK constraints, plain indexes.
-- HubDatabase applies it in one transaction and records it in hub_schema (made by the program).
-- Timestamps are TEXT, ISO 8601 UTC with milliseconds ("2026-12-07T14:05:00.000Z"); bodies and
-- answers are canonical JSON text; flags are INTEGER 0/1 (SQLite has no BOOLEAN).

-- Named counters. 'seq': the hub's arrival counter; each push transaction moves it with
-- UPDATE ... RETURNING, which also serializes the pushes of several hub processes.
CREATE TABLE hub_counter (
    name          TEXT PRIMARY KEY,
    value         BIGINT NOT NULL CHECK (value >= 0)
);
INSERT INTO hub_counter (name, value) VALUES ('seq', 0);

-- The hub's own node identity (one row; its secret key is a file beside the configuration).
CREATE TABLE hub_identity (
    singleton     INTEGER PRIMARY KEY CHECK (singleton = 1),
    node_id       TEXT NOT NULL,
    org_unit      TEXT NOT NULL,
    tier          TEXT NOT NULL CHECK (tier IN ('city', 'district', 'street', 'enterprise', 'industry')),
    display_name  TEXT NOT NULL,
    public_key    TEXT NOT NULL,                 -- Ed25519, base64
    created_at    TEXT NOT NULL
);

-- Enrolled nodes and pending enrollment requests.
CREATE TABLE hub_nodes (
    node_id       TEXT PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('desktop', 'hub', 'reviewer')),
    org_unit      TEXT NOT NULL,                 -- the approved unit: the node's subtree is it and all below
    tier          TEXT NOT NULL CHECK (tier IN ('city', 'district', 'street', 'enterprise', 'industry')),
    display_name  TEXT NOT NULL,
    public_key    TEXT NOT NULL,                 -- Ed25519, base64
    status        TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'revoked')),
    request       TEXT NOT NULL,                 -- the signed enrollment request as received
    requested_at  TEXT NOT NULL,
    approved_at   TEXT,
    approved_by   TEXT,
    revoked_at    TEXT,
    blocks        TEXT NOT NULL DEFAULT '[]'     -- number blocks, JSON array
);
CREATE INDEX hub_nodes_status ON hub_nodes (status);

-- The org tree the subtree checks walk. No foreign key on parent_code: the tree's root has a
-- parent outside this hub, and reference data may arrive children first.
CREATE TABLE hub_org_units (
    code          TEXT PRIMARY KEY,
    parent_code   TEXT,
    tier          TEXT NOT NULL CHECK (tier IN ('city', 'district', 'street', 'enterprise', 'industry')),
    name          TEXT NOT NULL
);
CREATE INDEX hub_org_units_parent ON hub_org_units (parent_code);

-- The newest version of every record that reached the hub. UNIQUE (seq) is the index on seq
-- (forwarding and pull read in seq order).
CREATE TABLE hub_records (
    table_name    TEXT NOT NULL,
    record_id     TEXT NOT NULL,
    org_unit      TEXT NOT NULL,
    origin_node   TEXT NOT NULL,
    version       BIGINT NOT NULL CHECK (version >= 1),
    base_version  BIGINT NOT NULL CHECK (base_version >= 0),
    hlc           TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    body          TEXT NOT NULL,                 -- canonical JSON of the record's columns
    seq           BIGINT NOT NULL UNIQUE,        -- hub_counter 'seq' when this version arrived
    from_node     TEXT NOT NULL,                 -- the node that pushed it (origin or a child hub)
    received_at   TEXT NOT NULL,
    PRIMARY KEY (table_name, record_id)
);
CREATE INDEX hub_records_org_unit ON hub_records (org_unit);

-- The losing versions of conflicts, until a person resolves them.
CREATE TABLE hub_conflicts (
    id             TEXT PRIMARY KEY,             -- UUID made by the program
    table_name     TEXT NOT NULL,
    record_id      TEXT NOT NULL,
    winner_version BIGINT NOT NULL CHECK (winner_version >= 1),
    winner_hlc     TEXT NOT NULL,
    winner_origin  TEXT NOT NULL,
    loser_version  BIGINT NOT NULL CHECK (loser_version >= 1),
    loser_hlc      TEXT NOT NULL,
    loser_origin   TEXT NOT NULL,
    loser_body     TEXT NOT NULL,                -- canonical JSON of the losing version's columns
    detected_at    TEXT NOT NULL,
    resolved_at    TEXT
);
CREATE INDEX hub_conflicts_record ON hub_conflicts (table_name, record_id);

-- Every applied batch and its stored answer: a repeated batch gets the same answer.
CREATE TABLE hub_batches (
    node_id       TEXT NOT NULL,
    batch_id      TEXT NOT NULL,
    epoch         TEXT NOT NULL,
    from_seq      BIGINT NOT NULL,
    to_seq        BIGINT NOT NULL,
    answer        TEXT NOT NULL,                 -- the push answer as sent, canonical JSON
    received_at   TEXT NOT NULL,
    PRIMARY KEY (node_id, batch_id),
    CHECK (from_seq <= to_seq)
);

-- Per node and database epoch: how far its outbox is acknowledged, and its audit chain head.
CREATE TABLE hub_checkpoints (
    node_id       TEXT NOT NULL,
    epoch         TEXT NOT NULL,
    acked_to_seq  BIGINT NOT NULL DEFAULT 0 CHECK (acked_to_seq >= 0),
    audit_seq     BIGINT NOT NULL DEFAULT 0,
    audit_hash    TEXT NOT NULL DEFAULT '',
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (node_id, epoch)
);

-- Replay protection: nonces seen in the last 10 minutes (older ones are purged by seen_at).
CREATE TABLE hub_nonces (
    node_id       TEXT NOT NULL,
    nonce         TEXT NOT NULL,
    seen_at       TEXT NOT NULL,
    PRIMARY KEY (node_id, nonce)
);
CREATE INDEX hub_nonces_seen_at ON hub_nonces (seen_at);

-- What flows down to the nodes: reviews, reference data, conflicts, in seq order (the primary
-- key is the index on seq).
CREATE TABLE hub_down (
    seq           BIGINT PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('review', 'reference', 'conflict')),
    table_name    TEXT NOT NULL,
    record_id     TEXT NOT NULL,
    org_unit      TEXT NOT NULL,
    body          TEXT NOT NULL,                 -- canonical JSON
    made_at       TEXT NOT NULL
);
CREATE INDEX hub_down_org_unit ON hub_down (org_unit, seq);

-- Forwarding to the parent hub (one row, when this hub has a parent). The parent's node id and
-- public key are learned at enrollment, so they may be missing before.
CREATE TABLE hub_parent (
    singleton     INTEGER PRIMARY KEY CHECK (singleton = 1),
    url           TEXT NOT NULL,
    hub_node_id   TEXT,
    public_key    TEXT,
    pushed_seq    BIGINT NOT NULL DEFAULT 0 CHECK (pushed_seq >= 0),
    pulled_seq    BIGINT NOT NULL DEFAULT 0 CHECK (pulled_seq >= 0),
    epoch         TEXT NOT NULL
);
