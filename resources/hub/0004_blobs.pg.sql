-- Hub schema 4: attachment contents by content hash (design §4: sent once, resumable).
-- A blob arrives in chunks at increasing offsets; it is complete when all its bytes are there and
-- their SHA-256 is its name. (SQLite: 0004_blobs.sqlite.sql, BLOB instead of BYTEA.)
CREATE TABLE hub_blobs (
    sha256        TEXT PRIMARY KEY,
    size          BIGINT NOT NULL CHECK (size >= 0),
    received      BIGINT NOT NULL DEFAULT 0 CHECK (received >= 0),
    complete      INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1)),
    from_node     TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE TABLE hub_blob_chunks (
    sha256        TEXT NOT NULL,
    offset_bytes  BIGINT NOT NULL CHECK (offset_bytes >= 0),
    data          BYTEA NOT NULL,
    PRIMARY KEY (sha256, offset_bytes)
);
