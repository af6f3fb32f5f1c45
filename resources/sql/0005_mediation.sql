-- UnionDesk schema 5: the labour-dispute mediation workspace (劳动争议调解, domain.md §1), the
-- working-day calendar its deadlines are counted on, policy numbers, and per-node number blocks.
-- Shipped migrations are never rewritten; add a new numbered file instead.
--
-- Money is integer fen (分). Dates are ISO dates (YYYY-MM-DD); timestamps UTC.
-- Every table below except attachment_blobs and number_blocks carries the common record columns.

-- One dispute case. `status` follows the lifecycle of domain.md §1.4; MediationStateMachine in
-- app/core decides which transitions are allowed, and every transition is an audited update of
-- this row with its reason.
CREATE TABLE mediation_cases (
    id                   TEXT PRIMARY KEY NOT NULL,
    case_no              TEXT NOT NULL,                  -- 朝阳区八里庄街道调字〔2026〕第0012号
    case_year            INTEGER NOT NULL,
    case_seq             INTEGER NOT NULL,               -- from this node's number block
    status               TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'accepted', 'rejected',
                             'in_mediation', 'agreed', 'failed', 'arbitration_review', 'judicial_confirmation',
                             'performing', 'performed', 'breached')),
    received_on          TEXT,                           -- day 0 of the 15-day window (art. 14)
    source               TEXT,                           -- list 'case_source'
    collective           INTEGER NOT NULL DEFAULT 0 CHECK (collective IN (0, 1)),
    worker_count         INTEGER NOT NULL DEFAULT 0 CHECK (worker_count >= 0),  -- 涉及职工人数
    employer_id          TEXT REFERENCES employers(id),
    dispute_type         TEXT,                           -- list 'dispute_type': the main one
    other_dispute_types  TEXT NOT NULL DEFAULT '',       -- further codes, comma-separated
    facts                TEXT NOT NULL DEFAULT '',       -- 事实与理由
    requests             TEXT NOT NULL DEFAULT '',       -- what the applicants ask for, in words
    mediators            TEXT NOT NULL DEFAULT '',       -- names, comma-separated
    respondent_consent   INTEGER CHECK (respondent_consent IS NULL OR respondent_consent IN (0, 1)),
    decided_on           TEXT,                           -- acceptance decision date
    decision_reason      TEXT NOT NULL DEFAULT '',       -- reasons for not accepting
    extension_days       INTEGER NOT NULL DEFAULT 0 CHECK (extension_days >= 0),
    extension_consent    TEXT NOT NULL DEFAULT '',       -- both parties' recorded consent
    agreed_on            TEXT,                           -- agreement effective (signed and sealed)
    agreement_terms      TEXT NOT NULL DEFAULT '',
    waived_claims        TEXT NOT NULL DEFAULT '',
    tax_borne_by         TEXT NOT NULL DEFAULT '',
    closed_on            TEXT,                           -- failed, performed or breached
    close_reason         TEXT,                           -- list 'case_close_reason'
    opinion              TEXT NOT NULL DEFAULT '',       -- 调解意见 stated in the termination notice
    review_kind          TEXT CHECK (review_kind IS NULL OR review_kind IN ('arbitration_review', 'judicial_confirmation')),
    review_applied_on    TEXT,
    review_result        TEXT NOT NULL DEFAULT '',
    follow_up_on         TEXT,                           -- 回访 done on
    follow_up_note       TEXT NOT NULL DEFAULT '',
    notes                TEXT NOT NULL DEFAULT '',
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
CREATE UNIQUE INDEX mediation_cases_no ON mediation_cases(case_no);
CREATE INDEX mediation_cases_live_received ON mediation_cases(received_on, id) WHERE deleted = 0;
CREATE INDEX mediation_cases_live_status ON mediation_cases(status, received_on) WHERE deleted = 0;
CREATE INDEX mediation_cases_employer ON mediation_cases(employer_id);
CREATE INDEX mediation_cases_updated ON mediation_cases(updated_at, id);

-- People on a case: applicants (workers from the register; for a collective case 3-5 of them
-- are the elected representatives) and agents of either side.
CREATE TABLE mediation_parties (
    id                TEXT PRIMARY KEY NOT NULL,
    case_id           TEXT NOT NULL REFERENCES mediation_cases(id),
    role              TEXT NOT NULL CHECK (role IN ('applicant', 'agent')),
    side              TEXT NOT NULL DEFAULT 'worker' CHECK (side IN ('worker', 'employer')),
    worker_id         TEXT REFERENCES workers(id),       -- applicants
    representative    INTEGER NOT NULL DEFAULT 0 CHECK (representative IN (0, 1)),
    name              TEXT NOT NULL DEFAULT '',          -- agents (and a snapshot for applicants)
    phone             TEXT NOT NULL DEFAULT '',
    relation          TEXT NOT NULL DEFAULT '',          -- agent: lawyer, relative, union staff...
    sort_order        INTEGER NOT NULL DEFAULT 0,
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
CREATE INDEX mediation_parties_case ON mediation_parties(case_id);
CREATE INDEX mediation_parties_worker ON mediation_parties(worker_id);

-- Money lines of a case. kind 'claim': what the applicants ask for; kind 'agreed': the
-- agreement's terms by item, with the date each is due.
CREATE TABLE mediation_items (
    id                TEXT PRIMARY KEY NOT NULL,
    case_id           TEXT NOT NULL REFERENCES mediation_cases(id),
    kind              TEXT NOT NULL CHECK (kind IN ('claim', 'agreed')),
    item              TEXT NOT NULL,                     -- list 'claim_item'
    description       TEXT NOT NULL DEFAULT '',
    amount_fen        INTEGER NOT NULL CHECK (amount_fen >= 0),
    due_on            TEXT,                              -- agreed items: payment date
    sort_order        INTEGER NOT NULL DEFAULT 0,
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
CREATE INDEX mediation_items_case ON mediation_items(case_id, kind);

-- Payments actually made under an agreement; 挽回经济损失 counts these.
CREATE TABLE mediation_payments (
    id                TEXT PRIMARY KEY NOT NULL,
    case_id           TEXT NOT NULL REFERENCES mediation_cases(id),
    item_id           TEXT REFERENCES mediation_items(id),
    paid_on           TEXT NOT NULL,
    amount_fen        INTEGER NOT NULL CHECK (amount_fen > 0),
    method            TEXT NOT NULL DEFAULT '',
    note              TEXT NOT NULL DEFAULT '',
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
CREATE INDEX mediation_payments_case ON mediation_payments(case_id);
CREATE INDEX mediation_payments_paid ON mediation_payments(paid_on);

-- 调解笔录: one row per session.
CREATE TABLE mediation_sessions (
    id                TEXT PRIMARY KEY NOT NULL,
    case_id           TEXT NOT NULL REFERENCES mediation_cases(id),
    started_at        TEXT NOT NULL,                     -- local date and time, YYYY-MM-DDTHH:MM
    place             TEXT NOT NULL DEFAULT '',
    mediators         TEXT NOT NULL DEFAULT '',
    recorder          TEXT NOT NULL DEFAULT '',
    attendees         TEXT NOT NULL DEFAULT '',
    statements        TEXT NOT NULL DEFAULT '',
    proposals         TEXT NOT NULL DEFAULT '',
    progress          TEXT NOT NULL DEFAULT '',
    next_step         TEXT NOT NULL DEFAULT '',
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
CREATE INDEX mediation_sessions_case ON mediation_sessions(case_id, started_at);

-- Evidence scans and photos. The record holds the metadata; the bytes live once per content
-- hash in attachment_blobs (not a record table: the audit log records the hash, not the bytes).
CREATE TABLE mediation_attachments (
    id                TEXT PRIMARY KEY NOT NULL,
    case_id           TEXT NOT NULL REFERENCES mediation_cases(id),
    file_name         TEXT NOT NULL,
    mime_type         TEXT NOT NULL DEFAULT '',
    size_bytes        INTEGER NOT NULL CHECK (size_bytes >= 0),
    sha256            TEXT NOT NULL CHECK (length(sha256) = 64),
    description       TEXT NOT NULL DEFAULT '',
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
CREATE INDEX mediation_attachments_case ON mediation_attachments(case_id);
CREATE TABLE attachment_blobs (
    sha256            TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64),
    data              BLOB NOT NULL
);
CREATE TRIGGER attachment_blobs_no_update BEFORE UPDATE ON attachment_blobs
BEGIN SELECT RAISE(ABORT, 'attachment_blobs are content-addressed and never change'); END;

-- Full-text search over a case's number, parties, employer and facts (trigram, like the register).
-- One row per live case, rebuilt by the triggers below whenever the case or its parties change.
-- mediation_fts_map gives each case a fixed FTS rowid, so the triggers reach a case's row by
-- rowid instead of scanning the index for its case_id (57 ms per edit at 100,000 cases).
CREATE VIRTUAL TABLE mediation_fts USING fts5(case_id UNINDEXED, parties, facts, tokenize = 'trigram');
CREATE TABLE mediation_fts_map (
    case_id           TEXT PRIMARY KEY NOT NULL,
    fts_rowid         INTEGER NOT NULL UNIQUE
);
CREATE TRIGGER mediation_cases_fts_insert AFTER INSERT ON mediation_cases
BEGIN
    INSERT INTO mediation_fts_map (case_id, fts_rowid)
    VALUES (new.id, (SELECT coalesce(max(fts_rowid), 0) + 1 FROM mediation_fts_map));
    INSERT INTO mediation_fts (rowid, case_id, parties, facts)
    SELECT (SELECT fts_rowid FROM mediation_fts_map WHERE case_id = new.id), new.id,
           new.case_no || ' ' || coalesce((SELECT name FROM employers WHERE id = new.employer_id), ''),
           new.facts || ' ' || new.requests
    WHERE new.deleted = 0;
END;
CREATE TRIGGER mediation_cases_fts_update AFTER UPDATE ON mediation_cases
BEGIN
    DELETE FROM mediation_fts WHERE rowid = (SELECT fts_rowid FROM mediation_fts_map WHERE case_id = old.id);
    INSERT INTO mediation_fts (rowid, case_id, parties, facts)
    SELECT (SELECT fts_rowid FROM mediation_fts_map WHERE case_id = new.id), new.id,
           new.case_no || ' ' || coalesce((SELECT name FROM employers WHERE id = new.employer_id), '') || ' '
           || coalesce((SELECT group_concat(coalesce(w.name, p.name), ' ') FROM mediation_parties p
                        LEFT JOIN workers w ON w.id = p.worker_id
                        WHERE p.case_id = new.id AND p.deleted = 0), ''),
           new.facts || ' ' || new.requests
    WHERE new.deleted = 0;
END;
CREATE TRIGGER mediation_parties_fts_insert AFTER INSERT ON mediation_parties WHEN new.deleted = 0
BEGIN
    UPDATE mediation_fts SET parties = parties || ' ' || coalesce((SELECT name FROM workers WHERE id = new.worker_id), new.name)
    WHERE rowid = (SELECT fts_rowid FROM mediation_fts_map WHERE case_id = new.case_id);
END;
CREATE TRIGGER mediation_parties_fts_update AFTER UPDATE ON mediation_parties
BEGIN
    UPDATE mediation_fts SET parties =
        (SELECT c.case_no || ' ' || coalesce((SELECT name FROM employers WHERE id = c.employer_id), '') || ' '
                || coalesce((SELECT group_concat(coalesce(w.name, p.name), ' ') FROM mediation_parties p
                             LEFT JOIN workers w ON w.id = p.worker_id
                             WHERE p.case_id = c.id AND p.deleted = 0), '')
         FROM mediation_cases c WHERE c.id = new.case_id)
    WHERE rowid = (SELECT fts_rowid FROM mediation_fts_map WHERE case_id = new.case_id);
END;

-- Working-day calendar: only the exceptions to "Monday to Friday work, weekends off" are stored —
-- public holidays (kind 'holiday') and the weekend days worked instead (kind 'workday', 调休).
-- Editable per year by an administrator; synced down from the upper tier like other reference data.
CREATE TABLE calendar_days (
    id                TEXT PRIMARY KEY NOT NULL,
    day               TEXT NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name              TEXT NOT NULL DEFAULT '',
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
CREATE UNIQUE INDEX calendar_days_day ON calendar_days(day) WHERE deleted = 0;

-- Policy numbers (domain.md: every [S]/[U] number is a configurable default, editable by an
-- administrator and synced down from the upper tier).
CREATE TABLE policy_values (
    id                TEXT PRIMARY KEY NOT NULL,
    key               TEXT NOT NULL,
    value             TEXT NOT NULL,
    note              TEXT NOT NULL DEFAULT '',
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
CREATE UNIQUE INDEX policy_values_key ON policy_values(key) WHERE deleted = 0;

-- Per-node blocks for the numbers users see (design §3): a node hands out numbers from its own
-- block, so two offline nodes never give the same number. Local, not synced.
CREATE TABLE number_blocks (
    kind              TEXT NOT NULL,                     -- 'mediation_case'
    year              INTEGER NOT NULL,
    first_value       INTEGER NOT NULL CHECK (first_value >= 1),
    last_value        INTEGER NOT NULL CHECK (last_value >= first_value),
    next_value        INTEGER NOT NULL,
    PRIMARY KEY (kind, year),
    CHECK (next_value >= first_value AND next_value <= last_value + 1)
);

-- Drafts typed in the intake form, saved as the user types (local, not synced): nothing typed is
-- lost on a crash. Removed when the case is registered.
CREATE TABLE drafts (
    kind              TEXT NOT NULL,                     -- 'mediation_intake'
    owner             TEXT NOT NULL,                     -- user name
    payload           TEXT NOT NULL,                     -- JSON of the form's fields
    saved_at          TEXT NOT NULL,
    PRIMARY KEY (kind, owner)
);

-- Reference rows, generated by scripts/reference/make_mediation_seed.py.
-- code_items: claim_item
INSERT INTO code_items (id, list, code, parent_code, name_zh, name_en, note, sort_order, active, org_unit, origin_node, version, base_version, hlc, created_at, created_by, updated_at, updated_by, deleted) VALUES
('97622a69-d097-542d-8e51-22a96d8af454', 'claim_item', 'wage', NULL, '拖欠工资（劳动报酬）', 'Unpaid wages', '[P] art. 16: 支付令 eligible', 1, 1, '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('430656d6-35d9-5f8c-b72c-6351945605b6', 'claim_item', 'overtime', NULL, '加班费', 'Overtime pay', '', 2, 1, '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('9d946e87-cddb-5cfd-8805-0eea0d3ea0a0', 'claim_item', 'compensation', NULL, '经济补偿金', 'Economic compensation', '[P] art. 16: 支付令 eligible', 3, 1, '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('95f8d337-dd8c-51df-9e5b-9443e5fdb1d9', 'claim_item', 'damages', NULL, '赔偿金', 'Damages', '[P] art. 16: 支付令 eligible', 4, 1, '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('8fc7baa1-8f4e-5981-aece-62ae5a675d9a', 'claim_item', 'injury_medical', NULL, '工伤医疗费', 'Work-injury medical costs', '[P] art. 16: 支付令 eligible', 5, 1, '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('5d10683f-bd90-562d-8826-a2aa5bfe1632', 'claim_item', 'social_insurance', NULL, '社会保险', 'Social insurance', '', 6, 1, '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('7c54673e-aabb-57b6-94c7-60c7983492a1', 'claim_item', 'leave_pay', NULL, '未休年休假工资', 'Pay for untaken annual leave', '', 7, 1, '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('6a0cef7c-7cc2-5da7-953b-450f7462df62', 'claim_item', 'double_wage', NULL, '未签劳动合同二倍工资', 'Double wages for no written contract', '', 8, 1, '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('73fd1dac-c81a-5128-ab84-89f537eacd2b', 'claim_item', 'other', NULL, '其他', 'Other', '', 9, 1, '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0)
ON CONFLICT DO NOTHING;

-- policy_values
INSERT INTO policy_values (id, key, value, note, org_unit, origin_node, version, base_version, hlc, created_at, created_by, updated_at, updated_by, deleted) VALUES
('065ca926-6bc0-5182-a966-2df33b7d5d05', 'mediation.accept_working_days', '3', '[U] 人社部令第17号 ch. 3: decide on acceptance within 3 working days', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('7d14c97e-042e-5bb2-adf5-b819d0d1469b', 'mediation.window_days', '15', '[P] 劳动争议调解仲裁法 art. 14: 15 days from receipt', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('26ae530f-9678-54a5-9959-5cf102c873fe', 'mediation.arbitration_review_days', '15', '[S] 办案规则 art. 74: joint application within 15 days of effect', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('018b1694-0f4b-52e3-80b7-fcc89eb11c00', 'mediation.judicial_confirmation_days', '30', '[P] 民诉法 2023 art. 205: within 30 days of effect', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('bca634f6-230c-5f19-8a7a-ade4ac1dc671', 'mediation.limitation_months', '12', '[P] 劳动争议调解仲裁法 art. 27: arbitration within 1 year', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('a0c28a83-dfb8-5eeb-81de-5fdf22ef7762', 'mediation.follow_up_days', '30', '[U] 回访 after the agreement is performed', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('b2cce178-6efc-5a3b-9030-2618858dc711', 'mediation.due_soon_days', '3', '[U] shown as due soon this many days ahead', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('2d51faa4-6d72-5252-819e-9f53f36f52ac', 'mediation.collective_threshold', '10', '[P] art. 7: 10 or more workers with a common claim', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('f9763a9a-8e45-5aa2-904d-d0769f1137e4', 'mediation.representatives_min', '3', '[S] 办案规则 art. 5', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('1ab97cbc-4449-505d-aad8-85e8ad9a72ed', 'mediation.representatives_max', '5', '[S] 办案规则 art. 5', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('c3316d2a-c873-5405-ade7-bbc03326ad67', 'attachment.max_bytes', '20971520', 'largest evidence file accepted (20 MiB)', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0);

-- calendar_days 2024-2026
INSERT INTO calendar_days (id, day, kind, name, org_unit, origin_node, version, base_version, hlc, created_at, created_by, updated_at, updated_by, deleted) VALUES
('91e3666f-31bb-562e-8d23-6eed10d053bd', '2024-01-01', 'holiday', '元旦', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('53eb1784-9a6d-58b1-9d42-0769bf875cfe', '2024-02-10', 'holiday', '春节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('78797690-f518-52a2-84e3-b3d4369e6880', '2024-02-11', 'holiday', '春节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('d005a562-0bc9-5d04-aa9c-dc3b2ed3273c', '2024-02-12', 'holiday', '春节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('64b9294e-4ca6-5211-88e2-90ebe37bf3cf', '2024-02-13', 'holiday', '春节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('c5993430-0a90-599f-b9d8-4cd8e5319898', '2024-02-14', 'holiday', '春节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('b7742539-215a-52cb-ba94-af40263df9b9', '2024-02-15', 'holiday', '春节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('fed049f9-b5ca-5aae-88da-216d1785bb5a', '2024-02-16', 'holiday', '春节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('8cb04225-c25d-5220-ac47-f3b4523293dc', '2024-02-17', 'holiday', '春节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('35e9f5cc-30bd-5a31-ae66-4b1513448954', '2024-02-04', 'workday', '春节调休上班', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('e932a6c5-15b2-5e56-b768-7e36e76c7668', '2024-02-18', 'workday', '春节调休上班', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('176a80d1-a948-5891-811d-24908c695c5c', '2024-04-04', 'holiday', '清明节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('7ab5e91b-5b38-5c90-b2a5-03887e553884', '2024-04-05', 'holiday', '清明节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('c7c213e0-2156-5235-8137-b1b3ac0e047a', '2024-04-06', 'holiday', '清明节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('63e8dceb-72b6-5961-99d3-4e1480041122', '2024-04-07', 'workday', '清明节调休上班', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('3f7bac49-7a94-505a-a4fc-deaaaee75a65', '2024-05-01', 'holiday', '劳动节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('3cf4d080-5346-5230-a794-1af466f94840', '2024-05-02', 'holiday', '劳动节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('c36f1419-dcb7-50d0-9a3f-ebfd576d6a60', '2024-05-03', 'holiday', '劳动节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('0e8eca18-2fd7-5860-b234-7b0d6e9e6939', '2024-05-04', 'holiday', '劳动节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('103aa6a3-38fb-5883-9b67-1d99a3ba3d1b', '2024-05-05', 'holiday', '劳动节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('bb1d3f5f-bfee-50bb-8925-beb65570fed0', '2024-04-28', 'workday', '劳动节调休上班', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('ddf29004-6208-5712-a092-63cba86677ec', '2024-05-11', 'workday', '劳动节调休上班', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('411b16e7-0d80-54b0-84c8-3f0c625f1a79', '2024-06-10', 'holiday', '端午节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('0973c39f-f1b2-568c-a16a-b0adfb1d497a', '2024-09-15', 'holiday', '中秋节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('7833b3a6-c442-566c-bc37-65fa472f605a', '2024-09-16', 'holiday', '中秋节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('a9c913bc-863b-5dac-976f-11b35a21a32f', '2024-09-17', 'holiday', '中秋节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('55467701-a20c-56e9-95ba-2d96424d353a', '2024-09-14', 'workday', '中秋节调休上班', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('a8e12fd3-d7e3-5313-9580-9cc3a80eb6ea', '2024-10-01', 'holiday', '国庆节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('58e12532-c11c-5408-bc35-57c7006cb939', '2024-10-02', 'holiday', '国庆节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('b820db67-6e37-53dd-aedc-98ba745c7461', '2024-10-03', 'holiday', '国庆节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('449d453d-6c98-53d7-a640-9efc79b2ced9', '2024-10-04', 'holiday', '国庆节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('7d390707-a966-5479-a203-0c6472e412fa', '2024-10-05', 'holiday', '国庆节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('666677fe-ed90-52dc-90a3-47af83ae7f4e', '2024-10-06', 'holiday', '国庆节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('19fee1c5-097d-594b-856b-dbab0945d415', '2024-10-07', 'holiday', '国庆节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('212dbe2d-b2b7-5de5-9a5a-4f28f277c56a', '2024-09-29', 'workday', '国庆节调休上班', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('a265271d-aeee-5973-be92-209537cd9919', '2024-10-12', 'workday', '国庆节调休上班', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('9b9b7510-ba0c-588e-bc3c-adf0007c7100', '2025-01-01', 'holiday', '元旦', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('4861909b-6c1f-5155-bacc-2b837362594d', '2025-01-28', 'holiday', '春节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('842c9f4b-b122-57a7-b0da-fe97a63ff9c3', '2025-01-29', 'holiday', '春节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('ffe0b613-143e-53d4-926f-99d411ee24d8', '2025-01-30', 'holiday', '春节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('d38b3c7a-e5b6-5efe-b1ab-05a98bea4338', '2025-01-31', 'holiday', '春节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('1696130f-bf78-55d8-8c47-824ea64f59b7', '2025-02-01', 'holiday', '春节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('70b1b79b-51f0-56e1-94de-dc894a1d4060', '2025-02-02', 'holiday', '春节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('a77239c1-175f-5b1a-8add-8356c4e8027e', '2025-02-03', 'holiday', '春节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('9e12cc0f-9023-5edf-99f1-289708a0d07a', '2025-02-04', 'holiday', '春节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('31398bb6-6553-55f8-bbc7-351e1f85cdde', '2025-01-26', 'workday', '春节调休上班', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('4f47cc21-99c2-59a8-9c93-8a7077166a6a', '2025-02-08', 'workday', '春节调休上班', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('21075bf3-1a85-5045-ab75-6d562753d589', '2025-04-04', 'holiday', '清明节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('347aae00-10ce-5274-81d7-c1564856bf06', '2025-04-05', 'holiday', '清明节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('c5315350-7a21-506d-8d09-e81be6d2c7b0', '2025-04-06', 'holiday', '清明节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('008e4295-ba70-5431-9891-ee196964ebfe', '2025-05-01', 'holiday', '劳动节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('ee2114d0-28a6-5003-875e-0a471a437b70', '2025-05-02', 'holiday', '劳动节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('5278ef62-c606-5a2f-b6e6-6af45bcd2ecb', '2025-05-03', 'holiday', '劳动节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('af7d48d1-fdb4-56c5-8df6-e6d4a4bab2c8', '2025-05-04', 'holiday', '劳动节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('79d1d188-7520-529a-9749-df4a3618eb8d', '2025-05-05', 'holiday', '劳动节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('0d337a1f-5fdd-5eb8-92da-89d466c97b96', '2025-04-27', 'workday', '劳动节调休上班', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('c2d4031f-a063-5e8f-832f-f03e41dfc8b8', '2025-05-31', 'holiday', '端午节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('5cd23ec5-dd9e-5299-b220-77f6d8c3c263', '2025-06-01', 'holiday', '端午节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('8d95e980-79ef-586b-8fc8-b5aaa9783f62', '2025-06-02', 'holiday', '端午节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('a9707720-9b6e-5e73-bc1c-04bece4f81fa', '2025-10-01', 'holiday', '国庆节、中秋节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('366d2614-1731-5a13-bfb5-f428b903ae36', '2025-10-02', 'holiday', '国庆节、中秋节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('4544d482-b8bb-5db3-abb3-e8688bae2709', '2025-10-03', 'holiday', '国庆节、中秋节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('2453fca6-5ec4-5226-9d9d-dbbe4409c0f9', '2025-10-04', 'holiday', '国庆节、中秋节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('bc2a4028-1b14-55ad-b0ef-ae972faf8dfd', '2025-10-05', 'holiday', '国庆节、中秋节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('e7e1d6d5-b488-5df4-ad01-f872b354e50c', '2025-10-06', 'holiday', '国庆节、中秋节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('105c5d8d-1b32-5a26-a36e-64fdcba42e22', '2025-10-07', 'holiday', '国庆节、中秋节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('81650776-1fc5-59ba-9b66-6347b01e27d0', '2025-10-08', 'holiday', '国庆节、中秋节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('faa54efc-83c8-5e0e-a2ca-662e6c52ad61', '2025-09-28', 'workday', '国庆节、中秋节调休上班', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('8fc650a8-9346-53bc-ba4c-b94533293ad1', '2025-10-11', 'workday', '国庆节、中秋节调休上班', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('805d4048-7abf-588b-af31-05620b03746e', '2026-01-01', 'holiday', '元旦', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('41bc1f87-459f-5cc0-9266-06782ae56287', '2026-01-02', 'holiday', '元旦', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('7dea017a-5d0f-51da-90c2-5072e13bc7bb', '2026-01-03', 'holiday', '元旦', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('9f1517b1-4e26-5000-8ad4-0601f7954674', '2026-01-04', 'workday', '元旦调休上班', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('7836603f-7679-512c-92ce-bfe5b472c296', '2026-02-15', 'holiday', '春节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('d70f64ce-67b4-5b06-9538-3417ac3f8458', '2026-02-16', 'holiday', '春节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('70e71a23-dd57-5efe-bfb0-394be1c33483', '2026-02-17', 'holiday', '春节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('5601ff95-bf10-5ee5-aecb-3cebce15148d', '2026-02-18', 'holiday', '春节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('c378b0e3-538b-54b2-a0e4-be9d45b6bc61', '2026-02-19', 'holiday', '春节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('6a37738a-a3e6-524a-b281-f8fbe55e3588', '2026-02-20', 'holiday', '春节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('b5e05d7b-2380-59c2-817a-437c61157b9c', '2026-02-21', 'holiday', '春节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('88f43050-f0ff-5dff-93a2-4257ed24f1a6', '2026-02-22', 'holiday', '春节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('8da46777-6853-55af-a507-2fa30edd0d0d', '2026-02-23', 'holiday', '春节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('597f21de-31f9-5e86-b155-c5025b98c753', '2026-02-14', 'workday', '春节调休上班', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('6d29cd95-a02b-56a3-8dff-585406b4b6ee', '2026-02-28', 'workday', '春节调休上班', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('eb58d7d4-64a8-57d6-be34-7ceb1fab4afe', '2026-04-04', 'holiday', '清明节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('a1c9f535-77e6-50d9-b134-b5e88ad1dd4f', '2026-04-05', 'holiday', '清明节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('98f67535-b60c-5e49-b91d-d89d502adceb', '2026-04-06', 'holiday', '清明节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('2ee251ee-a2d0-5f63-a38b-44b143762fbf', '2026-05-01', 'holiday', '劳动节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('0928d9e5-3ffc-539e-a1d3-3a62167ffa3b', '2026-05-02', 'holiday', '劳动节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('1d0ddd1e-5a84-5b1d-ad21-5741f5ede0b4', '2026-05-03', 'holiday', '劳动节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('d22640b1-fda6-56f5-8ee7-ae2f45943a95', '2026-05-04', 'holiday', '劳动节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('37db2204-9f4a-518b-89d3-832a95a3e240', '2026-05-05', 'holiday', '劳动节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('14217a27-7bcd-5e66-b1a6-6fbdb04dc6d4', '2026-05-09', 'workday', '劳动节调休上班', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('0dea3855-7fec-5703-9a8f-ac510233d301', '2026-06-19', 'holiday', '端午节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('98880eb3-19cb-5457-8d47-86e7d9214d45', '2026-06-20', 'holiday', '端午节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('3802963d-32c4-5070-998d-647a74bc4276', '2026-06-21', 'holiday', '端午节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('4ba6b960-5c82-5e7f-8a35-d45992857f3c', '2026-09-25', 'holiday', '中秋节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('d675985b-cd76-5ac3-8768-1b8b25be2bcd', '2026-09-26', 'holiday', '中秋节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('c58745af-86f1-5f9b-b3f0-ab92da8c2f17', '2026-09-27', 'holiday', '中秋节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('da25f5a8-3b92-5b5a-b51d-e834f446cc2f', '2026-10-01', 'holiday', '国庆节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('6ba9c8cf-d901-5908-a8da-101664ec66c9', '2026-10-02', 'holiday', '国庆节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('8b113735-0891-5224-bf94-487664174946', '2026-10-03', 'holiday', '国庆节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('143198e0-b49d-5394-8ad0-657c81653d10', '2026-10-04', 'holiday', '国庆节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('b544b35f-cceb-55d3-8aff-c1143a89834c', '2026-10-05', 'holiday', '国庆节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('f288cfcd-dc26-5439-904a-94851ebbce24', '2026-10-06', 'holiday', '国庆节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('0c6093fc-93ff-5c50-a6cb-39bdbe69a888', '2026-10-07', 'holiday', '国庆节', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('8ec3d37a-fc2c-5751-8f41-39cb693976bb', '2026-09-20', 'workday', '国庆节调休上班', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0),
('609c3d1e-c30f-5e38-8f00-3246aeb45afa', '2026-10-10', 'workday', '国庆节调休上班', '110000', 'reference', 1, 0, '0000000000000000-00000', '2026-01-01T00:00:00.000Z', 'system', '2026-01-01T00:00:00.000Z', 'system', 0);
