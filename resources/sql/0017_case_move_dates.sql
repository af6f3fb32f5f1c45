-- UnionDesk schema 17: the date of a case's latest status move (issue 12, item 2). The moves to
-- 调解中 (in_mediation) and 履行中 (performing) stored no date of their own, so a later move could
-- be dated before them unnoticed. last_moved_on is the date the latest move happened on, as the
-- person stated it; the next move may not be dated before it (MediationStateMachine::assess).
-- Written by every move from now on (MediationService::transition, importCase), undone with it.
-- Existing cases keep NULL: the day of an undated move is not known, and the dates they do have
-- (acceptance, agreement, review application) are already checked by the rules. Filling it in
-- here would also be a change without an audit entry, which `check` reports as made behind the
-- application's back.
-- Shipped migrations are never rewritten; add a new numbered file instead.

ALTER TABLE mediation_cases ADD COLUMN last_moved_on TEXT;
