-- UnionDesk schema 6: indexes for the mediation case list and statistics at 100,000 cases
-- (bench/bench_mediation, figures in bench/README.md). Indexes only; no table or data changes.

-- The case list's default order. MediationRepository sorts by coalesce(received_on, ''), id, which
-- the plain (received_on, id) index of schema 5 cannot serve, so every page read, computed and
-- sorted all live cases: opening the list took ~700 ms; with this index it reads 100 index
-- entries (~10 ms). Not needed any more if the repository sorts by the bare column.
CREATE INDEX mediation_cases_live_received_sort ON mediation_cases(coalesce(received_on, ''), id) WHERE deleted = 0;

-- MediationStatistics: one pass over the live cases grouped by (dispute type, source), read from
-- this index alone instead of 100,000 wide rows fetched in status order (~550 ms -> ~150 ms a
-- year at 100,000 cases). `deleted` is listed although the index is partial on it: SQLite 3.40
-- counts an index as covering only when it holds every column the query names.
CREATE INDEX mediation_cases_live_stats ON mediation_cases(dispute_type, source, status, decided_on, agreed_on,
    closed_on, collective, worker_count, org_unit, deleted) WHERE deleted = 0;

-- 挽回经济损失: the payments of a period with their case and amount, from the index alone.
CREATE INDEX mediation_payments_live_paid ON mediation_payments(paid_on, case_id, amount_fen, deleted) WHERE deleted = 0;
