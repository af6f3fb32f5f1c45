-- UnionDesk schema 7: the register's search at 200,000 workers, and sorting workers by employer.
-- Shipped migrations are never rewritten; add a new numbered file instead.
--
-- Schema 3 kept one FTS5 table (register_fts: kind, record_id, name, detail). Three problems at
-- demo scale: (1) a common phrase such as 八里庄 (in every address of the street) matched every row
-- and `ORDER BY rank` scored and sorted all of them, ~250 ms; (2) queries of one or two characters
-- (朝阳, 建筑) fell back to a LIKE scan of the whole table, ~200 ms when nothing matches; (3) its
-- triggers found a record's old row with `WHERE kind = ? AND record_id = ?` on UNINDEXED columns,
-- a scan of the whole index on every edit, and a renamed employer left its old name in its
-- workers' rows.
--
-- Now: register_search holds the indexed text, one row per live worker or employer, found by
-- (record_id, kind) through a unique index. Two external-content FTS5 tables index it, one for
-- names and one for details, so names are searched first without the addresses dominating, and
-- no query needs a rank sort. Every indexed text ends in two spaces, so each occurrence of one or
-- two characters starts at least one trigram: the fts5vocab tables list the trigrams beginning
-- with a short query (terms >= 'XY' AND < 'XY' || char(1114111)), and a MATCH on those trigrams
-- finds its rows through the index. RegisterRepository::search strips the two spaces again.

DROP TRIGGER employers_fts_insert;
DROP TRIGGER employers_fts_update;
DROP TRIGGER workers_fts_insert;
DROP TRIGGER workers_fts_update;
DROP TABLE register_fts;

CREATE TABLE register_search (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind = 'worker' OR kind = 'employer'),
    record_id TEXT NOT NULL,
    name      TEXT NOT NULL,   -- the record's name || '  '
    detail    TEXT NOT NULL,   -- worker: address post phone employer-name; employer: credit-code address legal-representative; || '  '
    UNIQUE (record_id, kind)
);

INSERT INTO register_search (kind, record_id, name, detail)
SELECT 'employer', e.id, e.name || '  ',
       coalesce(e.credit_code, '') || ' ' || e.address || ' ' || e.legal_representative || '  '
FROM employers e WHERE e.deleted = 0;

INSERT INTO register_search (kind, record_id, name, detail)
SELECT 'worker', w.id, w.name || '  ',
       w.address || ' ' || w.post || ' ' || w.phone || ' ' || coalesce(e.name, '') || '  '
FROM workers w LEFT JOIN employers e ON e.id = w.employer_id WHERE w.deleted = 0;

CREATE VIRTUAL TABLE register_names USING fts5(
    name, content = 'register_search', content_rowid = 'id', tokenize = 'trigram');
CREATE VIRTUAL TABLE register_details USING fts5(
    detail, content = 'register_search', content_rowid = 'id', tokenize = 'trigram');
INSERT INTO register_names (register_names) VALUES ('rebuild');
INSERT INTO register_details (register_details) VALUES ('rebuild');

-- The trigrams of each index (no storage of their own; read for queries under three characters).
CREATE VIRTUAL TABLE register_name_terms USING fts5vocab(register_names, 'row');
CREATE VIRTUAL TABLE register_detail_terms USING fts5vocab(register_details, 'row');

-- The two indexes follow register_search; a 'delete' gives the old text exactly as indexed.
CREATE TRIGGER register_search_insert AFTER INSERT ON register_search
BEGIN
    INSERT INTO register_names (rowid, name) VALUES (new.id, new.name);
    INSERT INTO register_details (rowid, detail) VALUES (new.id, new.detail);
END;
CREATE TRIGGER register_search_delete AFTER DELETE ON register_search
BEGIN
    INSERT INTO register_names (register_names, rowid, name) VALUES ('delete', old.id, old.name);
    INSERT INTO register_details (register_details, rowid, detail) VALUES ('delete', old.id, old.detail);
END;
CREATE TRIGGER register_search_update AFTER UPDATE ON register_search
BEGIN
    INSERT INTO register_names (register_names, rowid, name)
    SELECT 'delete', old.id, old.name WHERE old.name IS NOT new.name OR old.id <> new.id;
    INSERT INTO register_names (rowid, name)
    SELECT new.id, new.name WHERE old.name IS NOT new.name OR old.id <> new.id;
    INSERT INTO register_details (register_details, rowid, detail)
    SELECT 'delete', old.id, old.detail WHERE old.detail IS NOT new.detail OR old.id <> new.id;
    INSERT INTO register_details (rowid, detail)
    SELECT new.id, new.detail WHERE old.detail IS NOT new.detail OR old.id <> new.id;
END;

-- register_search follows the records; deleted and merged records leave it.
CREATE TRIGGER employers_search_insert AFTER INSERT ON employers WHEN new.deleted = 0
BEGIN
    INSERT INTO register_search (kind, record_id, name, detail)
    VALUES ('employer', new.id, new.name || '  ',
            coalesce(new.credit_code, '') || ' ' || new.address || ' ' || new.legal_representative || '  ');
END;
CREATE TRIGGER employers_search_update
AFTER UPDATE OF id, name, credit_code, address, legal_representative, deleted ON employers
BEGIN
    DELETE FROM register_search
    WHERE record_id = old.id AND kind = 'employer' AND (new.deleted <> 0 OR new.id <> old.id);
    INSERT INTO register_search (kind, record_id, name, detail)
    SELECT 'employer', new.id, new.name || '  ',
           coalesce(new.credit_code, '') || ' ' || new.address || ' ' || new.legal_representative || '  '
    WHERE new.deleted = 0
    ON CONFLICT (record_id, kind) DO UPDATE SET name = excluded.name, detail = excluded.detail
    WHERE name IS NOT excluded.name OR detail IS NOT excluded.detail;
END;
-- A worker's detail carries its employer's name: renaming the employer rewrites its workers' rows.
CREATE TRIGGER employers_search_rename AFTER UPDATE OF name ON employers WHEN old.name IS NOT new.name
BEGIN
    UPDATE register_search
    SET detail = (SELECT w.address || ' ' || w.post || ' ' || w.phone || ' ' || new.name || '  '
                  FROM workers w WHERE w.id = register_search.record_id)
    WHERE kind = 'worker'
      AND record_id IN (SELECT w.id FROM workers w WHERE w.employer_id = new.id AND w.deleted = 0);
END;

CREATE TRIGGER workers_search_insert AFTER INSERT ON workers WHEN new.deleted = 0
BEGIN
    INSERT INTO register_search (kind, record_id, name, detail)
    VALUES ('worker', new.id, new.name || '  ',
            new.address || ' ' || new.post || ' ' || new.phone || ' '
            || coalesce((SELECT e.name FROM employers e WHERE e.id = new.employer_id), '') || '  ');
END;
CREATE TRIGGER workers_search_update
AFTER UPDATE OF id, name, address, post, phone, employer_id, deleted ON workers
BEGIN
    DELETE FROM register_search
    WHERE record_id = old.id AND kind = 'worker' AND (new.deleted <> 0 OR new.id <> old.id);
    INSERT INTO register_search (kind, record_id, name, detail)
    SELECT 'worker', new.id, new.name || '  ',
           new.address || ' ' || new.post || ' ' || new.phone || ' '
           || coalesce((SELECT e.name FROM employers e WHERE e.id = new.employer_id), '') || '  '
    WHERE new.deleted = 0
    ON CONFLICT (record_id, kind) DO UPDATE SET name = excluded.name, detail = excluded.detail
    WHERE name IS NOT excluded.name OR detail IS NOT excluded.detail;
END;

-- Workers sorted by employer: the list walks employers_name and each employer's live workers in
-- id order; workers without an employer (sorted as '') come from the same index.
CREATE INDEX workers_live_employer ON workers(employer_id, id) WHERE deleted = 0;
