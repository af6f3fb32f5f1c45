#include "mediation/CaseImportPath.h"

#include "core/Money.h"
#include "mediation/MediationService.h"

namespace ud {

namespace {

using S = CaseStatus;

bool hasAgreement(CaseStatus s)
{
    return s == S::Agreed || s == S::ArbitrationReview || s == S::JudicialConfirmation || s == S::Performing
        || s == S::Performed || s == S::Breached;
}

QString quoted(CaseStatus s)
{
    return MediationStateMachine::statusName(s);
}

} // namespace

QString CaseImportPath::mainItem(const QString &disputeType)
{
    if (disputeType == QLatin1String("remuneration") || disputeType == QLatin1String("relationship"))
        return QStringLiteral("wage");
    if (disputeType == QLatin1String("separation") || disputeType == QLatin1String("contract"))
        return QStringLiteral("compensation");
    if (disputeType == QLatin1String("conditions"))
        return QStringLiteral("social_insurance");
    return QStringLiteral("other");
}

void CaseImportPath::add(CaseStatus to, const QDate &on, const QString &field, const QString &reason)
{
    Step step;
    step.request.to = to;
    step.request.on = on;
    step.request.reason = reason;
    if (to == S::Failed)
        step.request.closeReason = m_row.closeReason.isEmpty() ? QStringLiteral("no_agreement") : m_row.closeReason;
    step.field = field;
    m_steps << step;
}

bool CaseImportPath::need(const QDate &date, const QString &field)
{
    if (date.isValid())
        return true;
    m_problems << Problem{field, tr("Needed for a case that is \"%1\".").arg(quoted(m_row.status))};
    return false;
}

CaseImportPath::CaseImportPath(const CaseImportRow &row) : m_row(row)
{
    const S status = row.status;
    const bool open = status == S::Received || status == S::Accepted || status == S::InMediation;
    if (status == S::Received && row.decidedOn.isValid())
        m_problems << Problem{QStringLiteral("decided_on"), tr("A case that is \"%1\" has not been decided on; leave this empty.").arg(quoted(status))};
    if (open && row.closedOn.isValid())
        m_problems << Problem{QStringLiteral("closed_on"), tr("A case that is \"%1\" is not closed; leave this empty.").arg(quoted(status))};
    if (!hasAgreement(status)) {
        if (row.agreedFen)
            m_problems << Problem{QStringLiteral("agreed"), tr("A case that is \"%1\" has no agreement; leave this empty.").arg(quoted(status))};
        if (row.paidFen)
            m_problems << Problem{QStringLiteral("paid"), tr("A case that is \"%1\" has no agreement; leave this empty.").arg(quoted(status))};
    } else if (!row.agreedFen) {
        m_problems << Problem{QStringLiteral("agreed"),
                              tr("Needed for a case that is \"%1\" (write 0 for an agreement without money).").arg(quoted(status))};
    } else if (row.paidFen && *row.paidFen > *row.agreedFen) {
        m_problems << Problem{QStringLiteral("paid"), tr("%1 yuan paid is more than the agreed %2 yuan.")
                                                          .arg(Money::formatYuan(*row.paidFen), Money::formatYuan(*row.agreedFen))};
    } else if (status == S::Performed && row.paidFen && *row.paidFen < *row.agreedFen) {
        m_problems << Problem{QStringLiteral("paid"), tr("A case that is \"%1\" has been paid in full, but only %2 of %3 yuan are paid.")
                                                          .arg(quoted(status), Money::formatYuan(*row.paidFen),
                                                               Money::formatYuan(*row.agreedFen))};
    }
    if (status == S::Received)
        return;
    if (status == S::Rejected) {
        const QDate on = row.decidedOn.isValid() ? row.decidedOn : row.closedOn;
        if (need(on, QStringLiteral("decided_on")))
            add(S::Rejected, on, row.decidedOn.isValid() ? QStringLiteral("decided_on") : QStringLiteral("closed_on"),
                row.reason.isEmpty() ? QStringLiteral("依原案件台账导入（原台账未载明不予受理的理由）") : row.reason);
        return;
    }
    if (!need(row.decidedOn, QStringLiteral("decided_on")))
        return;
    add(S::Accepted, row.decidedOn, QStringLiteral("decided_on"));
    if (status == S::Accepted)
        return;
    // A refusal or a withdrawal can end the case before any session.
    const bool direct = status == S::Failed
        && (row.closeReason == QLatin1String("refusal") || row.closeReason == QLatin1String("withdrawal"));
    if (!direct)
        add(S::InMediation, row.decidedOn, QStringLiteral("decided_on"));
    if (status == S::InMediation)
        return;
    if (status == S::Failed) {
        if (need(row.closedOn, QStringLiteral("closed_on")))
            add(S::Failed, row.closedOn, QStringLiteral("closed_on"), row.reason);
        return;
    }
    if (!need(row.agreedOn, QStringLiteral("closed_on")))
        return;
    add(S::Agreed, row.agreedOn, QStringLiteral("closed_on"));
    if (status == S::Agreed)
        return;
    const QDate last = row.performedOn.isValid() ? row.performedOn : row.agreedOn;
    if (status == S::ArbitrationReview || status == S::JudicialConfirmation)
        add(status, row.reviewOn.isValid() ? row.reviewOn : row.agreedOn, QStringLiteral("review_on"));
    else if (status == S::Breached)
        add(status, last, QStringLiteral("performed_on"),
            row.reason.isEmpty() ? QStringLiteral("依原案件台账导入（原台账记载为未履行）") : row.reason);
    else
        add(status, last, QStringLiteral("performed_on"));
}

QList<CaseItem> CaseImportPath::agreedItems() const
{
    if (!m_row.agreedFen || *m_row.agreedFen <= 0)
        return {};
    CaseItem item;
    item.kind = QStringLiteral("agreed");
    item.item = mainItem(m_row.intake.disputeType);
    item.amountFen = *m_row.agreedFen;
    item.dueOn = m_row.performedOn; // the register does not say when it was due; when it was paid, if given
    return {item};
}

QList<CasePayment> CaseImportPath::payments() const
{
    // A case performed in full whose register gives no paid amount was paid the agreed sum.
    qint64 paid = m_row.paidFen.value_or(0);
    if (!m_row.paidFen && m_row.status == S::Performed)
        paid = m_row.agreedFen.value_or(0);
    if (paid <= 0)
        return {};
    CasePayment p;
    p.paidOn = m_row.performedOn.isValid() ? m_row.performedOn : m_row.agreedOn;
    p.amountFen = paid;
    return {p};
}

QString CaseImportPath::agreementTerms() const
{
    if (m_row.agreedFen && *m_row.agreedFen == 0)
        return QStringLiteral("依原案件台账导入：协议不涉及金额");
    return {};
}

QList<CaseImportPath::Problem> CaseImportPath::check(const QDate &today) const
{
    if (!m_problems.isEmpty())
        return m_problems;
    MediationCase c = m_row.intake;
    c.status = S::Received;
    if (!m_steps.isEmpty() && m_steps.first().request.to == S::Accepted && !c.respondentConsent.has_value())
        c.respondentConsent = true; // see write()
    for (const Step &step : m_steps) {
        if (step.request.to == S::Agreed) {
            c.items += agreedItems();
            c.agreementTerms = agreementTerms();
        }
        // History is what happened: only an error refuses a step, a warning (e.g. a minor among
        // the applicants) does not stop the import.
        if (const auto verdict = MediationStateMachine::assess(c, step.request, today, {}); !verdict.error.isEmpty())
            return {Problem{step.field, verdict.error}};
        MediationStateMachine::applyMove(c, step.request); // as the import writes it (importCase)
        if (step.request.to != S::Agreed)
            continue;
        // The payments, as MediationService::addPayment takes them.
        for (const CasePayment &p : payments()) {
            const QString field = m_row.performedOn.isValid() ? QStringLiteral("performed_on") : QStringLiteral("closed_on");
            if (p.amountFen > c.agreedFen())
                return {Problem{QStringLiteral("paid"), tr("%1 yuan paid is more than the agreed %2 yuan.")
                                                            .arg(Money::formatYuan(p.amountFen), Money::formatYuan(c.agreedFen()))}};
            if (p.paidOn > today)
                return {Problem{field, tr("The date %1 is in the future.").arg(p.paidOn.toString(Qt::ISODate))}};
            if (p.paidOn < c.agreedOn)
                return {Problem{field, tr("The payment date %1 is before the agreement took effect (%2).")
                                           .arg(p.paidOn.toString(Qt::ISODate), c.agreedOn.toString(Qt::ISODate))}};
            c.payments << p;
        }
    }
    return {};
}

Result<QString> CaseImportPath::write(MediationService &service, const MediationCase &intake, const QDate &today) const
{
    // A register that lists a case as accepted records that both parties agreed to mediation
    // (17号令 art. 23, which acceptance needs); a register rarely has a column of its own for it.
    MediationCase withConsent = intake;
    if (!m_steps.isEmpty() && m_steps.first().request.to == S::Accepted && !withConsent.respondentConsent.has_value())
        withConsent.respondentConsent = true;
    MediationService::History history;
    for (const Step &step : m_steps)
        history.moves << step.request;
    history.agreementTerms = agreementTerms();
    history.agreedItems = agreedItems();
    history.payments = payments();
    return service.importCase(withConsent, history, today);
}

} // namespace ud
