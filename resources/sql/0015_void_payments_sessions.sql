-- UnionDesk schema 15: a payment or a mediation session (调解笔录) entered by mistake is voided
-- with a reason, not deleted (issue 12, item 2): the record stays, shown as voided in the case,
-- and counts nowhere (the paid sum, the statistics, the papers). Who voided it and when is in
-- the audit log; voided_on is the day it was voided, void_reason why.
-- The statistics' partial indexes on live payments (schemas 6 and 13) are made anew for live,
-- not voided payments, naming `voided` so that they still cover their statements.
-- Shipped migrations are never rewritten; add a new numbered file instead.

ALTER TABLE mediation_payments ADD COLUMN voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1));
ALTER TABLE mediation_payments ADD COLUMN voided_on TEXT;
ALTER TABLE mediation_payments ADD COLUMN void_reason TEXT NOT NULL DEFAULT '';

ALTER TABLE mediation_sessions ADD COLUMN voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1));
ALTER TABLE mediation_sessions ADD COLUMN voided_on TEXT;
ALTER TABLE mediation_sessions ADD COLUMN void_reason TEXT NOT NULL DEFAULT '';

DROP INDEX mediation_payments_live_paid;
CREATE INDEX mediation_payments_live_paid ON mediation_payments(paid_on, case_id, amount_fen, deleted, voided)
    WHERE deleted = 0 AND voided = 0;
DROP INDEX mediation_payments_live_at_signing;
CREATE INDEX mediation_payments_live_at_signing ON mediation_payments(paid_on, case_id, amount_fen, at_signing, deleted, voided)
    WHERE at_signing = 1 AND deleted = 0 AND voided = 0;
