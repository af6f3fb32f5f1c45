-- UnionDesk schema 13: indexes for the statistics of schema 10 (issue 11, item 10). The new rows
-- (协议金额, 实际履行金额 by dispute type and source, 农民工 and 欠薪 cases, 当场履行) read columns
-- no index covered, so a year's report at 100,000 cases went from ~120 ms to ~700 ms; these
-- indexes let each statement read an index alone (a covering index names every column
-- the statement reads, `deleted` too, although the partial index holds live rows only) (bench_mediation (c), bench/README.md).
-- Shipped migrations are never rewritten; add a new numbered file instead.

-- 欠薪: does the case have a live wage line? (EXISTS per case)
CREATE INDEX mediation_items_live_wage ON mediation_items(case_id, item, deleted) WHERE item = 'wage' AND deleted = 0;
-- 协议金额: the agreed lines' sum per case.
CREATE INDEX mediation_items_live_agreed ON mediation_items(case_id, kind, deleted, amount_fen) WHERE kind = 'agreed' AND deleted = 0;
-- Cases agreed in a period, with what the report groups them by.
CREATE INDEX mediation_cases_live_agreed ON mediation_cases(agreed_on, dispute_type, source, migrant_workers, id, deleted)
    WHERE deleted = 0;
-- Cases accepted in a period (decided_on), with status, workers and the 农民工 flag.
CREATE INDEX mediation_cases_live_decided ON mediation_cases(decided_on, status, worker_count, migrant_workers, id,
    deleted) WHERE deleted = 0;
-- A paid case's groups, reached by its id from the payments.
CREATE INDEX mediation_cases_live_groups ON mediation_cases(id, deleted, dispute_type, source, migrant_workers)
    WHERE deleted = 0;
-- 当场履行: the few payments made at signing.
CREATE INDEX mediation_payments_live_at_signing ON mediation_payments(paid_on, case_id, amount_fen, at_signing, deleted)
    WHERE at_signing = 1 AND deleted = 0;
-- Referrals and receptions are counted by date (mediation_referrals_live_on, mediation_receptions_live_on
-- of schema 10).
