#include "mediation/MediationStateMachine.h"

#include "core/Money.h"
#include "core/ResidentId.h"

namespace ud {

namespace {

struct StatusInfo
{
    CaseStatus status;
    const char *key;
};

constexpr StatusInfo kStatuses[] = {
    {CaseStatus::Received, "received"},
    {CaseStatus::Accepted, "accepted"},
    {CaseStatus::Rejected, "rejected"},
    {CaseStatus::Withdrawn, "withdrawn"},
    {CaseStatus::InMediation, "in_mediation"},
    {CaseStatus::Agreed, "agreed"},
    {CaseStatus::Failed, "failed"},
    {CaseStatus::ArbitrationReview, "arbitration_review"},
    {CaseStatus::JudicialConfirmation, "judicial_confirmation"},
    {CaseStatus::Performing, "performing"},
    {CaseStatus::Performed, "performed"},
    {CaseStatus::Breached, "breached"},
};

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

QString MediationStateMachine::statusKey(CaseStatus status)
{
    for (const auto &s : kStatuses)
        if (s.status == status)
            return QLatin1String(s.key);
    return {};
}

std::optional<CaseStatus> MediationStateMachine::statusFromKey(const QString &key)
{
    for (const auto &s : kStatuses)
        if (key == QLatin1String(s.key))
            return s.status;
    return std::nullopt;
}

QList<CaseStatus> MediationStateMachine::allStatuses()
{
    QList<CaseStatus> all;
    for (const auto &s : kStatuses)
        all.append(s.status);
    return all;
}

QString MediationStateMachine::statusName(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Received: return tr("Received");
    case CaseStatus::Accepted: return tr("Accepted");
    case CaseStatus::Rejected: return tr("Not accepted");
    case CaseStatus::Withdrawn: return tr("Withdrawn before acceptance");
    case CaseStatus::InMediation: return tr("In mediation");
    case CaseStatus::Agreed: return tr("Agreement reached");
    case CaseStatus::Failed: return tr("Mediation ended without agreement");
    case CaseStatus::ArbitrationReview: return tr("Arbitration review applied for");
    case CaseStatus::JudicialConfirmation: return tr("Judicial confirmation applied for");
    case CaseStatus::Performing: return tr("Being performed");
    case CaseStatus::Performed: return tr("Performed");
    case CaseStatus::Breached: return tr("Not performed (breached)");
    }
    return {};
}

bool MediationStateMachine::isFinal(CaseStatus status)
{
    return status == CaseStatus::Rejected || status == CaseStatus::Withdrawn || status == CaseStatus::Failed || status == CaseStatus::Performed
        || status == CaseStatus::Breached;
}

bool MediationStateMachine::isClosed(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Received:
    case CaseStatus::Accepted:
    case CaseStatus::Rejected:
    case CaseStatus::InMediation:
        return false;
    default:
        return true;
    }
}

QList<CaseStatus> MediationStateMachine::successors(CaseStatus from)
{
    switch (from) {
    case CaseStatus::Received:
        return {CaseStatus::Accepted, CaseStatus::Rejected, CaseStatus::Withdrawn};
    case CaseStatus::Accepted:
        return {CaseStatus::InMediation, CaseStatus::Failed};
    case CaseStatus::InMediation:
        return {CaseStatus::Agreed, CaseStatus::Failed};
    case CaseStatus::Agreed:
        return {CaseStatus::ArbitrationReview, CaseStatus::JudicialConfirmation, CaseStatus::Performing,
                CaseStatus::Performed, CaseStatus::Breached};
    case CaseStatus::ArbitrationReview:
    case CaseStatus::JudicialConfirmation:
        return {CaseStatus::Performing, CaseStatus::Performed, CaseStatus::Breached};
    case CaseStatus::Performing:
        return {CaseStatus::Performed, CaseStatus::Breached};
    case CaseStatus::Rejected:
    case CaseStatus::Withdrawn:
    case CaseStatus::Failed:
    case CaseStatus::Performed:
    case CaseStatus::Breached:
        return {};
    }
    return {};
}

QStringList MediationStateMachine::underAgeWarnings(const MediationCase &c, const QDate &on)
{
    QStringList out;
    if (!on.isValid())
        return out;
    for (const CaseParty &p : c.applicants()) {
        QDate born = p.birthDate;
        if (!born.isValid() && !p.idNumber.isEmpty())
            born = ResidentId::check(p.idNumber, QDate()).info.birthDate;
        if (born.isValid() && born.addYears(16) > on)
            out << tr("Applicant \"%1\" (born %2) was under 16 on %3: employing a child is unlawful. Consider "
                      "referring the matter to labour inspection.")
                       .arg(p.name, isoDate(born), isoDate(on));
    }
    return out;
}

Status MediationStateMachine::check(const MediationCase &c, const Request &r, const QDate &today, const Limits &limits)
{
    const Verdict v = assess(c, r, today, limits);
    if (!v.error.isEmpty())
        return Status::failure(v.error);
    if (!v.warnings.isEmpty() && r.overrideReason.trimmed().isEmpty())
        return Status::failure(v.warnings.join(QLatin1Char(' ')) + QLatin1Char(' ')
                               + tr("To go ahead anyway, give the reason for overriding the warning."));
    return Status::success();
}

MediationStateMachine::Verdict MediationStateMachine::assess(const MediationCase &c, const Request &r,
                                                             const QDate &today, const Limits &limits)
{
    Verdict v;
    const auto refuse = [&v](const QString &message) {
        v.error = message;
        v.warnings.clear();
        return v;
    };
    const auto refuseDate = [&v](const QString &message) {
        v.error = message;
        v.warnings.clear();
        v.dateError = true;
        return v;
    };
    const QString from = statusName(c.status);
    const QString to = statusName(r.to);
    if (isFinal(c.status))
        return refuse(tr("The case is closed (%1); its status cannot change any more.").arg(from));
    if (!successors(c.status).contains(r.to))
        return refuse(tr("A case that is \"%1\" cannot become \"%2\".").arg(from, to));
    if (!r.on.isValid())
        return refuse(tr("Enter the date on which the case became \"%1\".").arg(to));
    if (r.on > today)
        return refuseDate(tr("The date %1 is in the future.").arg(isoDate(r.on)));
    if (c.receivedOn.isValid() && r.on < c.receivedOn)
        return refuseDate(tr("The date %1 is before the application was received (%2).")
                          .arg(isoDate(r.on), isoDate(c.receivedOn)));
    const QString reason = r.reason.trimmed();

    switch (r.to) {
    case CaseStatus::Accepted:
        // 17号令 art. 23: mediation needs both parties' agreement, so the respondent's consent
        // must be on record as given; "not refused" (not asked yet) is not enough.
        if (c.respondentConsent == false)
            return refuse(tr("The employer refused mediation; the case cannot be accepted. "
                             "Record it as not accepted and tell the applicant about arbitration."));
        if (!c.respondentConsent.has_value())
            return refuse(tr("Mediation needs both parties' agreement: record that the employer agreed to mediation "
                             "(respondent's consent: yes) before accepting the case. If the employer refuses, "
                             "record the case as not accepted."));
        if (c.applicants().isEmpty())
            return refuse(tr("A case needs at least one applicant before it is accepted."));
        if (c.employerId.isEmpty())
            return refuse(tr("A case needs the employer before it is accepted."));
        if (c.disputeType.isEmpty())
            return refuse(tr("Choose the dispute type before accepting the case."));
        v.warnings << underAgeWarnings(c, c.receivedOn.isValid() ? c.receivedOn : r.on);
        break;
    case CaseStatus::Rejected:
        // A coded reason (list 'non_acceptance_reason'); words alone count as 'other', which
        // needs them.
        if ((r.reasonCode.isEmpty() || r.reasonCode == QLatin1String("other")) && reason.isEmpty())
            return refuse(r.reasonCode.isEmpty()
                              ? tr("Choose the reason for not accepting the case; it goes into the written notice.")
                              : tr("Describe the reason for not accepting the case in words; it goes into the "
                                   "written notice."));
        break;
    case CaseStatus::Withdrawn:
        break;
    case CaseStatus::InMediation:
        if (c.decidedOn.isValid() && r.on < c.decidedOn)
            return refuseDate(tr("Mediation cannot start (%1) before the case was accepted (%2).")
                              .arg(isoDate(r.on), isoDate(c.decidedOn)));
        break;
    case CaseStatus::Agreed:
        if (c.agreedItems().isEmpty() && c.agreementTerms.trimmed().isEmpty())
            return refuse(tr("Enter the agreement's terms or at least one agreed amount first."));
        for (const CaseItem &item : c.agreedItems())
            if (item.dueOn.isValid() && item.dueOn < r.on)
                return refuseDate(tr("A payment date (%1) is before the agreement's date (%2).")
                                  .arg(isoDate(item.dueOn), isoDate(r.on)));
        // After the window either party may go to arbitration (art. 14), but an agreement both
        // still sign is valid: a warning, normally met by recording an extension first.
        if (limits.windowEnd.isValid() && r.on > limits.windowEnd)
            v.warnings << tr("The mediation window ended on %1; the agreement comes after it. Record both parties' "
                             "consent to an extension, or give the reason for going ahead.")
                              .arg(isoDate(limits.windowEnd));
        break;
    case CaseStatus::Failed:
        if (r.closeReason.isEmpty())
            return refuse(tr("Choose why mediation ended without agreement."));
        if (r.closeReason == QLatin1String("window_expired") && limits.windowEnd.isValid()
            && r.on <= limits.windowEnd)
            return refuseDate(tr("The mediation window has not expired: it ends on %1.")
                              .arg(isoDate(limits.windowEnd)));
        break;
    case CaseStatus::ArbitrationReview:
        // Late applications are for the commission or the court to refuse (a posting before the
        // end counts): a warning, not a refusal.
        if (limits.arbitrationReviewDue.isValid() && r.on > limits.arbitrationReviewDue)
            v.warnings << tr("Arbitration review had to be applied for by %1; the arbitration commission may refuse a "
                             "late application (an application posted in time counts).")
                              .arg(isoDate(limits.arbitrationReviewDue));
        break;
    case CaseStatus::JudicialConfirmation:
        if (limits.confirmationDue.isValid() && r.on > limits.confirmationDue)
            v.warnings << tr("Judicial confirmation had to be applied for by %1; the court may refuse a late "
                             "application (an application posted in time counts).")
                              .arg(isoDate(limits.confirmationDue));
        break;
    case CaseStatus::Performing:
        break;
    case CaseStatus::Performed:
        if (c.outstandingFen() > 0)
            return refuse(tr("%1 yuan of the agreed sum is still unpaid; record the payments first.")
                              .arg(Money::formatYuan(c.outstandingFen())));
        break;
    case CaseStatus::Breached:
        if (reason.isEmpty())
            return refuse(tr("Describe how the agreement was not performed."));
        break;
    case CaseStatus::Received:
        break;
    }
    // The steps of a case happen in order: no step is dated before the one the case is at (the
    // acceptance decision, the agreement, the application for review), nor before the case's
    // previous move, whatever it was (schema 17: the moves to in mediation and performing have no
    // date of their own).
    if (r.to != CaseStatus::Accepted && r.to != CaseStatus::Rejected && r.to != CaseStatus::Withdrawn) {
        if (c.reviewAppliedOn.isValid() && r.on < c.reviewAppliedOn)
            return refuseDate(tr("The date %1 is before the review was applied for (%2).")
                                  .arg(isoDate(r.on), isoDate(c.reviewAppliedOn)));
        if (c.agreedOn.isValid() && r.on < c.agreedOn)
            return refuseDate(tr("The date %1 is before the agreement took effect (%2).")
                                  .arg(isoDate(r.on), isoDate(c.agreedOn)));
        if (c.decidedOn.isValid() && r.on < c.decidedOn)
            return refuseDate(tr("The date %1 is before the case was accepted (%2).")
                                  .arg(isoDate(r.on), isoDate(c.decidedOn)));
    }
    if (c.lastMovedOn.isValid() && r.on < c.lastMovedOn)
        return refuseDate(tr("The date %1 is before the case's previous status change (%2, to \"%3\").")
                              .arg(isoDate(r.on), isoDate(c.lastMovedOn), from));
    return v;
}

void MediationStateMachine::applyMove(MediationCase &c, const Request &r)
{
    const QString reason = r.reason.trimmed();
    switch (r.to) {
    case CaseStatus::Accepted:
        c.decidedOn = r.on;
        break;
    case CaseStatus::Rejected:
        c.decidedOn = r.on;
        c.decisionReason = reason;
        c.decisionReasonCode = r.reasonCode.isEmpty() ? QStringLiteral("other") : r.reasonCode;
        break;
    case CaseStatus::Agreed:
        c.agreedOn = r.on;
        break;
    case CaseStatus::Failed:
    case CaseStatus::Withdrawn:
        c.closedOn = r.on;
        c.closeReason = r.to == CaseStatus::Withdrawn ? QStringLiteral("withdrawal") : r.closeReason;
        // The reason becomes the termination notice's opinion unless one was written already.
        if (!reason.isEmpty() && c.opinion.isEmpty())
            c.opinion = reason;
        break;
    case CaseStatus::ArbitrationReview:
    case CaseStatus::JudicialConfirmation:
        c.reviewKind = statusKey(r.to);
        c.reviewAppliedOn = r.on;
        break;
    case CaseStatus::Performed:
    case CaseStatus::Breached:
        c.closedOn = r.on;
        break;
    case CaseStatus::InMediation:
    case CaseStatus::Performing:
    case CaseStatus::Received:
        break;
    }
    c.status = r.to;
    c.lastMovedOn = r.on;
}

QVariantMap MediationStateMachine::recordedColumns(const MediationCase &c, const Request &r)
{
    MediationCase after = c;
    applyMove(after, r);
    QVariantMap columns = {{QStringLiteral("status"), statusKey(after.status)},
                           {QStringLiteral("last_moved_on"), isoDate(after.lastMovedOn)}};
    switch (r.to) {
    case CaseStatus::Accepted:
        columns.insert(QStringLiteral("decided_on"), isoDate(after.decidedOn));
        break;
    case CaseStatus::Rejected:
        columns.insert(QStringLiteral("decided_on"), isoDate(after.decidedOn));
        columns.insert(QStringLiteral("decision_reason"), after.decisionReason);
        columns.insert(QStringLiteral("decision_reason_code"), after.decisionReasonCode);
        break;
    case CaseStatus::Agreed:
        columns.insert(QStringLiteral("agreed_on"), isoDate(after.agreedOn));
        break;
    case CaseStatus::Failed:
    case CaseStatus::Withdrawn:
        columns.insert(QStringLiteral("closed_on"), isoDate(after.closedOn));
        columns.insert(QStringLiteral("close_reason"), after.closeReason);
        if (after.opinion != c.opinion)
            columns.insert(QStringLiteral("opinion"), after.opinion);
        break;
    case CaseStatus::ArbitrationReview:
    case CaseStatus::JudicialConfirmation:
        columns.insert(QStringLiteral("review_kind"), after.reviewKind);
        columns.insert(QStringLiteral("review_applied_on"), isoDate(after.reviewAppliedOn));
        break;
    case CaseStatus::Performed:
    case CaseStatus::Breached:
        columns.insert(QStringLiteral("closed_on"), isoDate(after.closedOn));
        break;
    case CaseStatus::InMediation:
    case CaseStatus::Performing:
    case CaseStatus::Received:
        break;
    }
    return columns;
}

} // namespace ud
