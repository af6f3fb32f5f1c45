-- UnionDesk schema 1: node identity, org-unit tree, code lists, accounts, audit log, outbox.
-- Shipped migrations are never rewritten; add a new numbered file instead.
--
-- Every synced table carries the common record columns (design §3):
--   id (UUIDv7 text), org_unit, origin_node, version, base_version, hlc,
--   created_at, created_by, updated_at, updated_by, deleted.

CREATE TABLE org_units (
    id            TEXT PRIMARY KEY NOT NULL,
    code          TEXT NOT NULL UNIQUE,          -- GB/T 2260 (6), 统计用区划代码 prefix (9) or credit code (18)
    name          TEXT NOT NULL,                 -- full name, e.g. 北京市朝阳区八里庄街道
    short_name    TEXT NOT NULL,                 -- e.g. 八里庄街道
    parent_code   TEXT REFERENCES org_units(code),
    tier          TEXT NOT NULL CHECK (tier IN ('city', 'district', 'street', 'enterprise', 'industry')),
    org_unit      TEXT NOT NULL,
    origin_node   TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    base_version  INTEGER NOT NULL DEFAULT 0 CHECK (base_version >= 0),
    hlc           TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX org_units_parent ON org_units(parent_code);

-- Code lists named by domain.md (dispute types, hardship categories, industries, ...).
CREATE TABLE code_items (
    id            TEXT PRIMARY KEY NOT NULL,
    list          TEXT NOT NULL,                 -- e.g. 'dispute_type', 'industry', 'division'
    code          TEXT NOT NULL,
    parent_code   TEXT,                          -- hierarchy inside one list (industry 大类 -> 门类)
    name_zh       TEXT NOT NULL,
    name_en       TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    sort_order    INTEGER NOT NULL DEFAULT 0,
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
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
    UNIQUE (list, code)
);

-- This database's own identity: exactly one row once the node is set up.
CREATE TABLE node (
    singleton     INTEGER PRIMARY KEY CHECK (singleton = 1),
    node_id       TEXT NOT NULL,
    org_unit      TEXT NOT NULL REFERENCES org_units(code),
    tier          TEXT NOT NULL CHECK (tier IN ('city', 'district', 'street', 'enterprise', 'industry')),
    display_name  TEXT NOT NULL,
    db_epoch      TEXT NOT NULL,                 -- new on every restore, so hubs notice a rewound file
    created_at    TEXT NOT NULL
);

-- Local accounts (not synced). Passwords are Argon2id strings from libsodium crypto_pwhash_str,
-- which carry their own parameters.
CREATE TABLE users (
    id            TEXT PRIMARY KEY NOT NULL,
    username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('mediator', 'union_chair', 'reviewer', 'administrator')),
    password_hash TEXT NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    org_unit      TEXT NOT NULL,
    origin_node   TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    base_version  INTEGER NOT NULL DEFAULT 0 CHECK (base_version >= 0),
    hlc           TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

-- Field-level audit trail. Append-only and hash-chained: hash = sha256(prev_hash || canonical row).
CREATE TABLE audit_log (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    at            TEXT NOT NULL,
    actor         TEXT NOT NULL,
    node_id       TEXT NOT NULL,
    table_name    TEXT NOT NULL,
    record_id     TEXT NOT NULL,
    action        TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'undelete')),
    version       INTEGER NOT NULL,
    changes       TEXT NOT NULL,                 -- JSON {"field": [before, after], ...}
    reason        TEXT NOT NULL DEFAULT '',
    prev_hash     TEXT NOT NULL,
    hash          TEXT NOT NULL
);
CREATE INDEX audit_log_record ON audit_log(table_name, record_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- Transactional outbox: one row per change of a synced record, deleted once the hub acks it.
CREATE TABLE outbox (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name    TEXT NOT NULL,
    record_id     TEXT NOT NULL,
    version       INTEGER NOT NULL,
    hlc           TEXT NOT NULL,
    queued_at     TEXT NOT NULL
);
