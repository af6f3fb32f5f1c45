-- Hub schema 3: a node's rewritten history, and the same person or employer registered by two units (domain §0) is not an error at
-- the hub: it is a "possibly the same" pair for the district to review.
--
-- hub_person_keys: per worker or employer at the hub, the SHA-256 of its normalised ID number or
-- unified social credit code (never the number itself), so equal ones are found by index.
CREATE TABLE hub_person_keys (
    table_name    TEXT NOT NULL,
    record_id     TEXT NOT NULL,
    key_kind      TEXT NOT NULL CHECK (key_kind IN ('id_number', 'credit_code')),
    key_hash      TEXT NOT NULL,
    org_unit      TEXT NOT NULL,
    PRIMARY KEY (table_name, record_id, key_kind)
);
CREATE INDEX hub_person_keys_hash ON hub_person_keys (key_kind, key_hash);

-- Pairs of records of different units with the same key; record_a < record_b.
CREATE TABLE hub_possible_duplicates (
    table_name    TEXT NOT NULL,
    record_a      TEXT NOT NULL,
    record_b      TEXT NOT NULL,
    unit_a        TEXT NOT NULL,
    unit_b        TEXT NOT NULL,
    key_kind      TEXT NOT NULL,
    detected_at   TEXT NOT NULL,
    reviewed_at   TEXT,
    outcome       TEXT CHECK (outcome IS NULL OR outcome IN ('same', 'different')),
    PRIMARY KEY (table_name, record_a, record_b)
);
CREATE INDEX hub_possible_duplicates_open ON hub_possible_duplicates (reviewed_at);

-- What the hub found wrong with a node's audit history (its entry at a head recorded earlier has
-- another hash now, or its head went back): '' when nothing.
ALTER TABLE hub_checkpoints ADD COLUMN audit_problem TEXT NOT NULL DEFAULT '';
