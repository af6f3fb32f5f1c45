-- Hub schema 2: forwarding to the parent and reviews (docs/sync.md).
--
-- hub_records.parent_version: the version of the record the parent hub last accepted from this
-- hub; the next forward of the record names it as its base_version, so the parent can tell an
-- edit from a conflict exactly as this hub does for its children.
ALTER TABLE hub_records ADD COLUMN parent_version BIGINT NOT NULL DEFAULT 0;

-- Reviewers' decisions, made here or received from the parent hub: the review queue shows each
-- record's latest one. Each also flows down as a 'review' item of hub_down.
CREATE TABLE hub_reviews (
    id             TEXT PRIMARY KEY,             -- the review record's id (UUIDv7)
    table_name     TEXT NOT NULL,                -- the reviewed record
    record_id      TEXT NOT NULL,
    record_version BIGINT NOT NULL CHECK (record_version >= 1),
    decision       TEXT NOT NULL CHECK (decision IN ('approve', 'return', 'lock', 'unlock')),
    reason         TEXT NOT NULL DEFAULT '',
    reviewer       TEXT NOT NULL,
    reviewer_tier  TEXT NOT NULL CHECK (reviewer_tier IN ('city', 'district', 'street', 'enterprise', 'industry')),
    decided_at     TEXT NOT NULL,
    origin_node    TEXT NOT NULL,                -- the hub where it was decided
    org_unit       TEXT NOT NULL,                -- the reviewed record's unit
    CHECK (decision <> 'return' OR length(reason) > 0)
);
CREATE INDEX hub_reviews_record ON hub_reviews (table_name, record_id, decided_at);

-- The one batch on its way to the parent hub, frozen before it is first sent (the same bytes on
-- every retry, as a desktop's sync_outgoing). from_seq/to_seq: this hub's hub_records seq range.
CREATE TABLE hub_parent_outgoing (
    batch_id      TEXT PRIMARY KEY,
    from_seq      BIGINT NOT NULL,
    to_seq        BIGINT NOT NULL,
    records       INTEGER NOT NULL,
    body          TEXT NOT NULL,                 -- the push message, canonical JSON
    made_at       TEXT NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 0,
    CHECK (from_seq <= to_seq)
);
