-- UnionDesk schema 8: searching the mediation cases for one or two characters, and keeping the
-- search text right when a worker or an employer is renamed. Shipped migrations are never
-- rewritten; add a new numbered file instead.
--
-- Schema 5's trigram index (mediation_fts) needs three characters. A search for 张, 张伟, 华联 or
-- 拖欠 scanned the text of every case instead: 120-200 ms at 100,000 cases (bench_mediation),
-- against a target of 50 ms per keystroke. Its triggers also rebuilt a case's index row on every
-- update of the case (a status change too), and a renamed worker or employer kept the old name in
-- the index.
--
-- Now a second, contentless FTS5 table (mediation_bigrams) indexes the same text as overlapping
-- pairs of characters: 张伟拖欠 is indexed as the tokens 张伟 伟拖 拖欠 欠, so a two-character query is
-- one token and a one-character query is a prefix query answered by the one-character prefix
-- index. detail=none: only which cases contain a pair is kept, not where. The table stores no
-- text; the pairs of a case are always computed from its row in mediation_fts, which is why one
-- trigger (on mediation_search_queue) now does all the work: it removes the case's pairs computed
-- from its current mediation_fts row, rebuilds that row from the case, and adds the new pairs.
-- Every other trigger only puts the case into the queue, and only when text that is searched
-- changed.

DROP TRIGGER mediation_cases_fts_insert;
DROP TRIGGER mediation_cases_fts_update;
DROP TRIGGER mediation_parties_fts_insert;
DROP TRIGGER mediation_parties_fts_update;

-- Character positions 1..8192, to split a text into pairs without a recursive query (triggers
-- cannot use WITH). substr() walks a text from its start, so splitting grows with the square of
-- its length: ~20 ms for 3,300 characters, ~60 ms at this limit, 1.8 s for 44,000. Text after the
-- 8,192nd character of a case (its number, employer and parties, then facts and requests) is
-- found by three or more characters only.
CREATE TABLE mediation_positions (n INTEGER PRIMARY KEY);
WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < 8192)
INSERT INTO mediation_positions (n) SELECT n FROM s;

-- The searched text of every live case, as mediation_fts holds it.
CREATE VIEW mediation_search_source AS
SELECT c.id AS case_id,
       m.fts_rowid AS fts_rowid,
       c.case_no || ' ' || coalesce((SELECT name FROM employers WHERE id = c.employer_id), '') || ' '
           || coalesce((SELECT group_concat(coalesce(w.name, p.name), ' ') FROM mediation_parties p
                        LEFT JOIN workers w ON w.id = p.worker_id
                        WHERE p.case_id = c.id AND p.deleted = 0), '') AS parties,
       c.facts || ' ' || c.requests AS facts
FROM mediation_cases c
JOIN mediation_fts_map m ON m.case_id = c.id
WHERE c.deleted = 0;

-- The pairs of characters of every row of mediation_fts, space-separated: the text given to
-- mediation_bigrams for that row, when it is added and when it is removed again.
CREATE VIEW mediation_fts_pairs AS
SELECT f.rowid AS fts_rowid,
       (SELECT group_concat(substr(f.parties || ' ' || f.facts, p.n, 2), ' ')
        FROM mediation_positions p
        WHERE p.n <= length(f.parties || ' ' || f.facts)) AS pairs
FROM mediation_fts f;

CREATE VIRTUAL TABLE mediation_bigrams USING fts5(pairs, tokenize = 'unicode61', prefix = '1', detail = none, content = '');
INSERT INTO mediation_bigrams (rowid, pairs) SELECT fts_rowid, pairs FROM mediation_fts_pairs;

-- Cases whose search text is to be rebuilt; a row lives only while its trigger runs.
CREATE TABLE mediation_search_queue (case_id TEXT PRIMARY KEY NOT NULL);

CREATE TRIGGER mediation_search_queue_refresh AFTER INSERT ON mediation_search_queue
BEGIN
    INSERT INTO mediation_bigrams (mediation_bigrams, rowid, pairs)
    SELECT 'delete', fts_rowid, pairs FROM mediation_fts_pairs
    WHERE fts_rowid = (SELECT fts_rowid FROM mediation_fts_map WHERE case_id = new.case_id);
    DELETE FROM mediation_fts WHERE rowid = (SELECT fts_rowid FROM mediation_fts_map WHERE case_id = new.case_id);
    INSERT INTO mediation_fts (rowid, case_id, parties, facts)
    SELECT fts_rowid, case_id, parties, facts FROM mediation_search_source WHERE case_id = new.case_id;
    INSERT INTO mediation_bigrams (rowid, pairs)
    SELECT fts_rowid, pairs FROM mediation_fts_pairs
    WHERE fts_rowid = (SELECT fts_rowid FROM mediation_fts_map WHERE case_id = new.case_id);
    DELETE FROM mediation_search_queue WHERE case_id = new.case_id;
END;

CREATE TRIGGER mediation_cases_search_insert AFTER INSERT ON mediation_cases
BEGIN
    INSERT INTO mediation_fts_map (case_id, fts_rowid)
    VALUES (new.id, (SELECT coalesce(max(fts_rowid), 0) + 1 FROM mediation_fts_map));
    INSERT OR IGNORE INTO mediation_search_queue (case_id) VALUES (new.id);
END;

CREATE TRIGGER mediation_cases_search_update AFTER UPDATE ON mediation_cases
WHEN old.case_no IS NOT new.case_no OR old.employer_id IS NOT new.employer_id OR old.facts IS NOT new.facts
     OR old.requests IS NOT new.requests OR old.deleted IS NOT new.deleted
BEGIN
    INSERT OR IGNORE INTO mediation_search_queue (case_id) VALUES (new.id);
END;

CREATE TRIGGER mediation_parties_search_insert AFTER INSERT ON mediation_parties WHEN new.deleted = 0
BEGIN
    INSERT OR IGNORE INTO mediation_search_queue (case_id) VALUES (new.case_id);
END;

CREATE TRIGGER mediation_parties_search_update AFTER UPDATE ON mediation_parties
WHEN old.name IS NOT new.name OR old.worker_id IS NOT new.worker_id OR old.deleted IS NOT new.deleted
     OR old.case_id IS NOT new.case_id
BEGIN
    INSERT OR IGNORE INTO mediation_search_queue (case_id) VALUES (old.case_id);
    INSERT OR IGNORE INTO mediation_search_queue (case_id) VALUES (new.case_id);
END;

CREATE TRIGGER workers_mediation_search_rename AFTER UPDATE OF name ON workers
WHEN old.name IS NOT new.name
BEGIN
    INSERT OR IGNORE INTO mediation_search_queue (case_id)
    SELECT DISTINCT case_id FROM mediation_parties WHERE worker_id = new.id AND deleted = 0;
END;

CREATE TRIGGER employers_mediation_search_rename AFTER UPDATE OF name ON employers
WHEN old.name IS NOT new.name
BEGIN
    INSERT OR IGNORE INTO mediation_search_queue (case_id)
    SELECT id FROM mediation_cases WHERE employer_id = new.id AND deleted = 0;
END;

-- A search's matches are counted and paged from these two indexes alone: from the FTS rowid to
-- the case id, and whether that case is live (~10 ms instead of ~35 ms for a character found in
-- 10 % of 100,000 cases).
CREATE INDEX mediation_fts_map_rowid_case ON mediation_fts_map(fts_rowid, case_id);
CREATE INDEX mediation_cases_live_id ON mediation_cases(id, deleted) WHERE deleted = 0;

-- Names changed before this migration (schema 5 did not follow renames): rebuild every live case
-- whose indexed text differs from what it is now.
INSERT OR IGNORE INTO mediation_search_queue (case_id)
SELECT s.case_id FROM mediation_search_source s
JOIN mediation_fts f ON f.rowid = s.fts_rowid
WHERE f.parties IS NOT s.parties OR f.facts IS NOT s.facts;
