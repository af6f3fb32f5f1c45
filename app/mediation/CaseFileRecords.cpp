#include "mediation/CaseFileRecords.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace ud {

namespace {

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

// Runs `sql` with the case id bound and calls `row` for each result row.
template <typename Row>
void each(const Database &db, const QString &sql, const QString &caseId, Row row)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return;
    q.addBindValue(caseId);
    if (!q.exec())
        return;
    while (q.next())
        row(q);
}

} // namespace

void CaseFileRecords::read(const Database &db, MediationCase &c)
{
    each(db,
         QStringLiteral("SELECT l.id, l.version, l.mediator_id, coalesce(m.name, ''), l.role, l.conflict_note "
                        "FROM mediation_case_mediators l LEFT JOIN mediation_mediators m ON m.id = l.mediator_id "
                        "WHERE l.case_id = ? AND l.deleted = 0 ORDER BY l.sort_order, l.id"),
         c.id, [&c](const QSqlQuery &q) {
             CaseMediator m;
             m.id = q.value(0).toString();
             m.version = q.value(1).toLongLong();
             m.mediatorId = q.value(2).toString();
             m.name = q.value(3).toString();
             m.role = q.value(4).toString();
             m.conflictNote = q.value(5).toString();
             c.caseMediators.append(m);
         });
    each(db,
         QStringLiteral("SELECT id, version, document, served_on, method, side, recipient, note "
                        "FROM mediation_services WHERE case_id = ? AND deleted = 0 ORDER BY served_on, id"),
         c.id, [&c](const QSqlQuery &q) {
             CaseService s;
             s.id = q.value(0).toString();
             s.version = q.value(1).toLongLong();
             s.document = q.value(2).toString();
             s.servedOn = dateOf(q.value(3));
             s.method = q.value(4).toString();
             s.side = q.value(5).toString();
             s.recipient = q.value(6).toString();
             s.note = q.value(7).toString();
             c.services.append(s);
         });
    each(db,
         QStringLiteral("SELECT id, version, done_on, coalesce(method, ''), contact, content, satisfied, by_name "
                        "FROM mediation_follow_ups WHERE case_id = ? AND deleted = 0 ORDER BY done_on, id"),
         c.id, [&c](const QSqlQuery &q) {
             CaseFollowUp f;
             f.id = q.value(0).toString();
             f.version = q.value(1).toLongLong();
             f.doneOn = dateOf(q.value(2));
             f.method = q.value(3).toString();
             f.contact = q.value(4).toString();
             f.content = q.value(5).toString();
             if (!q.value(6).isNull())
                 f.satisfied = q.value(6).toInt() != 0;
             f.byName = q.value(7).toString();
             c.followUps.append(f);
         });
    each(db,
         QStringLiteral("SELECT id, version, kind, done_on, body, detail, outcome, outcome_on, next_due_on "
                        "FROM mediation_breach_steps WHERE case_id = ? AND deleted = 0 ORDER BY done_on, id"),
         c.id, [&c](const QSqlQuery &q) {
             CaseBreachStep b;
             b.id = q.value(0).toString();
             b.version = q.value(1).toLongLong();
             b.kind = q.value(2).toString();
             b.doneOn = dateOf(q.value(3));
             b.body = q.value(4).toString();
             b.detail = q.value(5).toString();
             b.outcome = q.value(6).toString();
             b.outcomeOn = dateOf(q.value(7));
             b.nextDueOn = dateOf(q.value(8));
             c.breachSteps.append(b);
         });
    each(db,
         QStringLiteral("SELECT id, version, kind, coalesce(reason, ''), referred_on, receiving_body, detail, outcome, "
                        "outcome_on FROM mediation_referrals WHERE case_id = ? AND deleted = 0 ORDER BY referred_on, id"),
         c.id, [&c](const QSqlQuery &q) {
             CaseReferral r;
             r.id = q.value(0).toString();
             r.version = q.value(1).toLongLong();
             r.kind = q.value(2).toString();
             r.reason = q.value(3).toString();
             r.referredOn = dateOf(q.value(4));
             r.receivingBody = q.value(5).toString();
             r.detail = q.value(6).toString();
             r.outcome = q.value(7).toString();
             r.outcomeOn = dateOf(q.value(8));
             c.referrals.append(r);
         });
    each(db,
         QStringLiteral("SELECT id, version, signed_on, terms, reason, amount_change_fen "
                        "FROM mediation_supplements WHERE case_id = ? AND deleted = 0 ORDER BY signed_on, id"),
         c.id, [&c](const QSqlQuery &q) {
             CaseSupplement s;
             s.id = q.value(0).toString();
             s.version = q.value(1).toLongLong();
             s.signedOn = dateOf(q.value(2));
             s.terms = q.value(3).toString();
             s.reason = q.value(4).toString();
             s.amountChangeFen = q.value(5).toLongLong();
             c.supplements.append(s);
         });
}

} // namespace ud
