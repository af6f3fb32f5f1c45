#include "mediation/CaseCorrections.h"

#include "core/Money.h"
#include "mediation/MediationRepository.h"
#include "mediation/MediationStateMachine.h"
#include "storage/RecordStore.h"

namespace ud {

namespace {

const QString kPayments = QStringLiteral("mediation_payments");
const QString kSessions = QStringLiteral("mediation_sessions");

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

QList<CasePayment> CaseCorrections::livePayments(const MediationCase &c)
{
    QList<CasePayment> out;
    for (const CasePayment &p : c.payments)
        if (!p.voided)
            out.append(p);
    return out;
}

QList<CaseSession> CaseCorrections::liveSessions(const MediationCase &c)
{
    QList<CaseSession> out;
    for (const CaseSession &s : c.sessions)
        if (!s.voided)
            out.append(s);
    return out;
}

MediationCase CaseCorrections::withoutVoided(MediationCase c)
{
    c.payments = livePayments(c);
    c.sessions = liveSessions(c);
    return c;
}

QString CaseCorrections::paymentDateProblem(const MediationCase &c, const QDate &paidOn, const QDate &today)
{
    if (!paidOn.isValid())
        return tr("Enter the date of the payment.");
    if (paidOn > today)
        return tr("The payment date (%1) is in the future; it must not be after today (%2).").arg(iso(paidOn), iso(today));
    if (c.agreedOn.isValid() && paidOn < c.agreedOn)
        return tr("The payment date (%1) must not precede the day the agreement took effect (%2).")
            .arg(iso(paidOn), iso(c.agreedOn));
    return {};
}

QString CaseCorrections::performedWarning(const MediationCase &c, qint64 paidAfterFen)
{
    if (c.status != CaseStatus::Performed || paidAfterFen >= c.agreedTotalFen())
        return {};
    return tr("This case is closed as \"%1\" and stays so: afterwards %2 yuan of the agreed %3 yuan is recorded as "
              "unpaid. Its status does not change; decide what follows (record the right payment, or note the "
              "matter on the case).")
        .arg(MediationStateMachine::statusName(c.status), Money::formatYuan(c.agreedTotalFen() - paidAfterFen),
             Money::formatYuan(c.agreedTotalFen()));
}

Result<MediationCase> CaseCorrections::caseOf(const QString &caseId) const
{
    auto found = MediationRepository(m_store.database()).fullCase(caseId);
    if (!found || found->deleted)
        return Result<MediationCase>::failure(tr("The case no longer exists."));
    return *found;
}

Status CaseCorrections::correctPayment(const QString &caseId, const CasePayment &p, const QString &reason,
                                       const QDate &today)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("Give the reason for correcting the payment."));
    if (p.amountFen <= 0)
        return Status::failure(tr("A payment must be more than zero."));
    const Result<MediationCase> found = caseOf(caseId);
    if (!found)
        return found.status();
    const MediationCase &c = found.value();
    const CasePayment *old = nullptr;
    for (const CasePayment &each : c.payments)
        if (each.id == p.id)
            old = &each;
    if (!old)
        return Status::failure(tr("The payment is no longer on the case."));
    if (old->voided)
        return Status::failure(tr("The payment was voided on %1; a voided payment is not corrected.").arg(iso(old->voidedOn)));
    if (!c.agreedOn.isValid())
        return Status::failure(tr("Payments are recorded under an agreement; this case has none yet."));
    if (const QString problem = paymentDateProblem(c, p.paidOn, today); !problem.isEmpty())
        return Status::failure(problem);
    if (p.atSigning && p.paidOn != c.agreedOn)
        return Status::failure(tr("A payment made at signing is dated the day the agreement took effect (%1).")
                                   .arg(iso(c.agreedOn)));
    const qint64 others = c.paidFen() - old->amountFen;
    if (others + p.amountFen > c.agreedTotalFen())
        return Status::failure(tr("This payment would bring the total paid to %1 yuan, above the agreed %2 yuan.")
                                   .arg(Money::formatYuan(others + p.amountFen), Money::formatYuan(c.agreedTotalFen())));
    QVariantMap changes;
    if (p.paidOn != old->paidOn)
        changes.insert(QStringLiteral("paid_on"), iso(p.paidOn));
    if (p.amountFen != old->amountFen)
        changes.insert(QStringLiteral("amount_fen"), p.amountFen);
    if (p.method.trimmed() != old->method)
        changes.insert(QStringLiteral("method"), p.method.trimmed());
    if (p.note.trimmed() != old->note)
        changes.insert(QStringLiteral("note"), p.note.trimmed());
    if (p.atSigning != old->atSigning)
        changes.insert(QStringLiteral("at_signing"), p.atSigning ? 1 : 0);
    if (changes.isEmpty())
        return Status::failure(tr("The payment is as it was; change what was entered wrongly."));
    return m_store.update(kPayments, p.id, p.version, changes, tr("Payment corrected: %1").arg(reason.trimmed())).status();
}

Status CaseCorrections::voidPayment(const QString &caseId, const QString &paymentId, qint64 baseVersion,
                                    const QString &reason, const QDate &today)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("Give the reason for voiding the payment."));
    const Result<MediationCase> found = caseOf(caseId);
    if (!found)
        return found.status();
    const CasePayment *payment = nullptr;
    for (const CasePayment &each : found.value().payments)
        if (each.id == paymentId)
            payment = &each;
    if (!payment)
        return Status::failure(tr("The payment is no longer on the case."));
    if (payment->voided)
        return Status::failure(tr("The payment was already voided on %1.").arg(iso(payment->voidedOn)));
    return m_store
        .update(kPayments, paymentId, baseVersion,
                {{QStringLiteral("voided"), 1},
                 {QStringLiteral("voided_on"), iso(today)},
                 {QStringLiteral("void_reason"), reason.trimmed()}},
                tr("Payment voided: %1").arg(reason.trimmed()))
        .status();
}

Status CaseCorrections::voidSession(const QString &caseId, const QString &sessionId, qint64 baseVersion,
                                    const QString &reason, const QDate &today)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("Give the reason for voiding the session record."));
    const Result<MediationCase> found = caseOf(caseId);
    if (!found)
        return found.status();
    const CaseSession *session = nullptr;
    for (const CaseSession &each : found.value().sessions)
        if (each.id == sessionId)
            session = &each;
    if (!session)
        return Status::failure(tr("The session record is no longer on the case."));
    if (session->voided)
        return Status::failure(tr("The session record was already voided on %1.").arg(iso(session->voidedOn)));
    return m_store
        .update(kSessions, sessionId, baseVersion,
                {{QStringLiteral("voided"), 1},
                 {QStringLiteral("voided_on"), iso(today)},
                 {QStringLiteral("void_reason"), reason.trimmed()}},
                tr("Session record voided: %1").arg(reason.trimmed()))
        .status();
}

} // namespace ud
