#pragma once

#include "core/Result.h"
#include "mediation/MediationCase.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace ud {

class RecordStore;

// Mending mistakes in a case file (issue 12): a payment entered wrongly is corrected or voided,
// a session record (调解笔录) entered by mistake is voided, each with the reason the person gives
// (it goes into the audit entry). Nothing is deleted: a voided record is kept with the day it
// was voided and why (schema 15), shown struck through, and counts nowhere — not in the paid
// sum, the performance checks, the deadlines or the papers (livePayments, liveSessions,
// withoutVoided). Every write is one RecordStore update, so the command facade can undo it.
class CaseCorrections
{
    Q_DECLARE_TR_FUNCTIONS(CaseCorrections)

public:
    explicit CaseCorrections(RecordStore &store) : m_store(store) {}

    // The case's payments and sessions that are not voided.
    static QList<CasePayment> livePayments(const MediationCase &c);
    static QList<CaseSession> liveSessions(const MediationCase &c);
    // The case without its voided payments and sessions, for what is printed or counted.
    static MediationCase withoutVoided(MediationCase c);

    // Why `paidOn` cannot be a payment's date on the case ("" when it can): not before the
    // agreement took effect, not in the future. Says which date it must not precede.
    static QString paymentDateProblem(const MediationCase &c, const QDate &paidOn, const QDate &today);
    // The warning (not a refusal) when a payment of a case closed as performed is voided or
    // lowered so that the live payments total `paidAfterFen`: the case keeps its status, the
    // mediator decides what follows. "" when there is nothing to warn about.
    static QString performedWarning(const MediationCase &c, qint64 paidAfterFen);

    // Corrects the payment `payment.id` (at version `payment.version`) of the case: its date,
    // amount, method, note and whether it was paid at signing, with the checks of
    // MediationService::addPayment counting the other live payments. A closed case's payment
    // may be corrected too. `reason` is required.
    Status correctPayment(const QString &caseId, const CasePayment &payment, const QString &reason, const QDate &today);
    // Voids a payment (voided, voided_on = today, void_reason); `reason` is required.
    Status voidPayment(const QString &caseId, const QString &paymentId, qint64 baseVersion, const QString &reason,
                       const QDate &today);
    // Voids a session record the same way.
    Status voidSession(const QString &caseId, const QString &sessionId, qint64 baseVersion, const QString &reason,
                       const QDate &today);

private:
    Result<MediationCase> caseOf(const QString &caseId) const;

    RecordStore &m_store;
};

} // namespace ud
