-- UnionDesk schema 3: the shared register of workers (职工) and employers (用人单位), full-text
-- search over it, account lock-out, and the access log.
-- Shipped migrations are never rewritten; add a new numbered file instead.

-- Accounts: lock-out after repeated failed logins (design §5).
ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0 CHECK (failed_logins >= 0);
ALTER TABLE users ADD COLUMN locked_until TEXT;
ALTER TABLE users ADD COLUMN last_login_at TEXT;

-- 用人单位. credit_code is the normalised 统一社会信用代码; a code that fails its checksum is kept
-- only with credit_code_override (the user's recorded reason).
CREATE TABLE employers (
    id                        TEXT PRIMARY KEY NOT NULL,
    name                      TEXT NOT NULL CHECK (length(trim(name)) > 0),
    credit_code               TEXT,
    credit_code_override      TEXT NOT NULL DEFAULT '',
    employer_type             TEXT,                       -- code_items list 'employer_type'
    industry                  TEXT,                       -- GB/T 4754 大类 (list 'industry')
    employee_count            INTEGER CHECK (employee_count IS NULL OR employee_count >= 0),
    union_founded             INTEGER NOT NULL DEFAULT 0 CHECK (union_founded IN (0, 1)),
    union_founded_on          TEXT,
    has_workers_congress      INTEGER NOT NULL DEFAULT 0 CHECK (has_workers_congress IN (0, 1)),      -- 职代会
    has_open_affairs          INTEGER NOT NULL DEFAULT 0 CHECK (has_open_affairs IN (0, 1)),          -- 厂务公开
    has_collective_bargaining INTEGER NOT NULL DEFAULT 0 CHECK (has_collective_bargaining IN (0, 1)), -- 集体协商
    legal_representative      TEXT NOT NULL DEFAULT '',
    phone                     TEXT NOT NULL DEFAULT '',
    address                   TEXT NOT NULL DEFAULT '',
    district                  TEXT,                       -- org unit code (tier district)
    street                    TEXT,                       -- org unit code (tier street)
    notes                     TEXT NOT NULL DEFAULT '',
    merged_into               TEXT,                       -- id of the record this one was merged into
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
CREATE UNIQUE INDEX employers_credit_code ON employers(credit_code) WHERE credit_code IS NOT NULL AND deleted = 0;
CREATE INDEX employers_area ON employers(district, street);
CREATE INDEX employers_industry ON employers(industry);
CREATE INDEX employers_name ON employers(name, id);
CREATE INDEX employers_updated ON employers(updated_at, id);

-- 职工. id_number is the normalised 18-digit resident ID (legacy 15-digit numbers are upgraded).
CREATE TABLE workers (
    id            TEXT PRIMARY KEY NOT NULL,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    sex           TEXT CHECK (sex IS NULL OR sex IN ('male', 'female')),
    ethnicity     TEXT,                                   -- list 'ethnicity' (GB/T 3304)
    birth_date    TEXT,
    id_number     TEXT,
    phone         TEXT NOT NULL DEFAULT '',
    address       TEXT NOT NULL DEFAULT '',
    hukou_type    TEXT,                                   -- list 'hukou_type'
    employer_id   TEXT REFERENCES employers(id),
    post          TEXT NOT NULL DEFAULT '',
    union_member  INTEGER NOT NULL DEFAULT 0 CHECK (union_member IN (0, 1)),
    notes         TEXT NOT NULL DEFAULT '',
    merged_into   TEXT,
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
CREATE UNIQUE INDEX workers_id_number ON workers(id_number) WHERE id_number IS NOT NULL AND deleted = 0;
CREATE INDEX workers_name_birth ON workers(name, birth_date);
CREATE INDEX workers_employer ON workers(employer_id);
CREATE INDEX workers_sort_name ON workers(name, id);
CREATE INDEX workers_updated ON workers(updated_at, id);

-- One search box over the whole register: FTS5 with the trigram tokenizer, so Chinese substrings
-- of three or more characters use the index ("八里庄", "建筑工"); shorter ones fall back to LIKE
-- over the same table. Kept in step by the triggers below; deleted and merged records leave it.
-- ID numbers are not indexed here (exact lookups use workers_id_number).
CREATE VIRTUAL TABLE register_fts USING fts5(
    kind UNINDEXED, record_id UNINDEXED, name, detail, tokenize = 'trigram');

CREATE TRIGGER employers_fts_insert AFTER INSERT ON employers WHEN new.deleted = 0
BEGIN
    INSERT INTO register_fts (kind, record_id, name, detail)
    VALUES ('employer', new.id, new.name,
            coalesce(new.credit_code, '') || ' ' || new.address || ' ' || new.legal_representative);
END;
CREATE TRIGGER employers_fts_update AFTER UPDATE ON employers
BEGIN
    DELETE FROM register_fts WHERE kind = 'employer' AND record_id = old.id;
    INSERT INTO register_fts (kind, record_id, name, detail)
    SELECT 'employer', new.id, new.name,
           coalesce(new.credit_code, '') || ' ' || new.address || ' ' || new.legal_representative
    WHERE new.deleted = 0;
END;
CREATE TRIGGER workers_fts_insert AFTER INSERT ON workers WHEN new.deleted = 0
BEGIN
    INSERT INTO register_fts (kind, record_id, name, detail)
    VALUES ('worker', new.id, new.name,
            new.address || ' ' || new.post || ' ' || new.phone || ' '
            || coalesce((SELECT name FROM employers WHERE id = new.employer_id), ''));
END;
CREATE TRIGGER workers_fts_update AFTER UPDATE ON workers
BEGIN
    DELETE FROM register_fts WHERE kind = 'worker' AND record_id = old.id;
    INSERT INTO register_fts (kind, record_id, name, detail)
    SELECT 'worker', new.id, new.name,
           new.address || ' ' || new.post || ' ' || new.phone || ' '
           || coalesce((SELECT name FROM employers WHERE id = new.employer_id), '')
    WHERE new.deleted = 0;
END;

-- Reads of full ID numbers, exports of personal data, logins: append-only (design §5).
CREATE TABLE access_log (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    at            TEXT NOT NULL,
    actor         TEXT NOT NULL,
    node_id       TEXT NOT NULL,
    event         TEXT NOT NULL CHECK (event IN ('login', 'login_failed', 'locked_out', 'reveal_id', 'export', 'import')),
    table_name    TEXT NOT NULL DEFAULT '',
    record_id     TEXT NOT NULL DEFAULT '',
    detail        TEXT NOT NULL DEFAULT ''
);
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END;
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END;
