-- UnionDesk schema 16: the register's names in pinyin order (issue 12, items 1 and 5). SQLite
-- compares text by code point (丁 于 付 任); a Chinese reader looks names up by pinyin
-- (丁 付 任 于). The order cannot be computed in SQL, so each worker's and employer's name gets
-- a sort key made by the program (core/NameSortKey: ICU's Chinese collation key, whose bytes
-- compare as the names do) and the lists are paged by (name_key, id).
-- name_key is derived from name, not user data: it is not audited or synced. It is set on this
-- program's connection whenever a name is written (storage/NameSortKeys), and filled at open
-- where it is missing (rows written before this schema or by another program); all keys are
-- made anew at open when the collator's version differs from the one recorded here.
-- Shipped migrations are never rewritten; add a new numbered file instead.

ALTER TABLE workers ADD COLUMN name_key BLOB;
ALTER TABLE employers ADD COLUMN name_key BLOB;

-- The name-ordered pages of live workers (replaces workers_live_name; workers_sort_name and
-- workers_name_birth still serve lookups by name). Employers ordered by name are walked with
-- deleted ones too (workers sorted by their employer's name), so that index is not partial.
DROP INDEX workers_live_name;
CREATE INDEX workers_live_name_key ON workers(name_key, id) WHERE deleted = 0;
CREATE INDEX employers_name_key ON employers(name_key, id);

-- Rows still without a key, found without reading the table.
CREATE INDEX workers_name_key_missing ON workers(id) WHERE name_key IS NULL;
CREATE INDEX employers_name_key_missing ON employers(id) WHERE name_key IS NULL;

-- The collator the stored keys were made with (NameSortKey::version()); one row.
CREATE TABLE name_sort_collation (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    version  TEXT NOT NULL
);
