#include "mediation/TransitionPreview.h"

#include "core/Money.h"
#include "mediation/CaseFollowOnService.h"

#include <algorithm>

namespace ud {

namespace {

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// The month a count falls in, as the statistics date it.
QString month(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}

} // namespace

QStringList TransitionPreview::Preview::lines() const
{
    QStringList out;
    if (!statusChange.isEmpty())
        out << statusChange;
    out << recorded << effects << cautions;
    return out;
}

TransitionPreview::Preview TransitionPreview::of(const MediationCase &c, const MediationStateMachine::Request &r,
                                                 const MediationStateMachine::Limits &limits)
{
    Preview p;
    const QString to = MediationStateMachine::statusName(r.to);
    p.statusChange = tr("Status: %1 → %2").arg(MediationStateMachine::statusName(c.status), to);
    p.action = tr("Change to %1").arg(to);
    if (!r.on.isValid())
        return p;

    // The dates the move writes: exactly those applyMove sets, each under its own name.
    MediationCase after = c;
    MediationStateMachine::applyMove(after, r);
    if (after.decidedOn != c.decidedOn)
        p.recorded << (r.to == CaseStatus::Rejected ? tr("Date of the decision not to accept: %1")
                                                    : tr("Date of acceptance: %1"))
                          .arg(isoDate(after.decidedOn));
    if (after.agreedOn != c.agreedOn)
        p.recorded << tr("Date the agreement took effect: %1").arg(isoDate(after.agreedOn));
    if (after.reviewAppliedOn != c.reviewAppliedOn)
        p.recorded << (r.to == CaseStatus::JudicialConfirmation ? tr("Date judicial confirmation was applied for: %1")
                                                                : tr("Date arbitration review was applied for: %1"))
                          .arg(isoDate(after.reviewAppliedOn));
    if (after.closedOn != c.closedOn)
        p.recorded << tr("Date the case closed: %1").arg(isoDate(after.closedOn));
    if (p.recorded.isEmpty())
        p.recorded << tr("Date of the status change: %1").arg(isoDate(after.lastMovedOn));
    p.recorded << tr("A later status change cannot be dated before %1.").arg(isoDate(after.lastMovedOn));

    const bool closes = MediationStateMachine::isFinal(r.to);
    switch (r.to) {
    case CaseStatus::Accepted:
        p.effects << tr("The case counts as accepted in the statistics of %1.").arg(month(r.on));
        if (limits.windowEnd.isValid())
            p.effects << tr("The mediation window keeps running from the day of receipt; it ends on %1.")
                             .arg(isoDate(limits.windowEnd));
        break;
    case CaseStatus::Rejected:
        p.effects << tr("The case counts as not accepted in the statistics of %1.").arg(month(r.on))
                  << tr("The notice of non-acceptance becomes printable.");
        break;
    case CaseStatus::Withdrawn:
        p.effects << tr("The case ends without a notice of non-acceptance.");
        break;
    case CaseStatus::InMediation:
        if (limits.windowEnd.isValid())
            p.effects << tr("The mediation window keeps running; it ends on %1.").arg(isoDate(limits.windowEnd));
        break;
    case CaseStatus::Agreed: {
        p.effects << tr("The mediation window stops.");
        QList<QDate> due;
        for (const CaseItem &item : c.agreedItems())
            if (item.dueOn.isValid())
                due << item.dueOn;
        std::sort(due.begin(), due.end());
        if (!due.isEmpty())
            p.effects << tr("The payment deadlines of the agreement begin: %n payment date(s), the first on %1.",
                            nullptr, int(due.size()))
                             .arg(isoDate(due.first()));
        p.effects << tr("From this date run the periods to apply for arbitration review or judicial confirmation.");
        p.effects << tr("The case counts as mediated successfully (an agreement) in the statistics of %1.")
                         .arg(month(r.on));
        break;
    }
    case CaseStatus::Failed:
        p.effects << tr("The mediation window stops.")
                  << tr("The case counts as mediation failed in the statistics of %1.").arg(month(r.on))
                  << tr("The termination notice becomes printable; it tells the parties they may apply for "
                        "arbitration.");
        break;
    case CaseStatus::ArbitrationReview:
    case CaseStatus::JudicialConfirmation:
        p.effects << tr("The decision on the application is recorded with the case when it arrives.");
        break;
    case CaseStatus::Performing:
        p.effects << tr("The agreement is being paid: %1 yuan is outstanding.").arg(Money::formatYuan(c.outstandingFen()));
        break;
    case CaseStatus::Performed:
        // Said as it stands: the move is refused while money is outstanding.
        if (c.outstandingFen() > 0)
            p.effects << tr("%1 yuan of the agreement is still unpaid: the case can be performed only once it is "
                            "paid in full.")
                             .arg(Money::formatYuan(c.outstandingFen()));
        else
            p.effects << tr("Everything agreed has been paid: the case counts as performed.");
        break;
    case CaseStatus::Breached:
        p.effects << tr("The worker may apply for arbitration, or for a payment order where the law allows it.");
        break;
    case CaseStatus::Received:
        break;
    }
    if (closes)
        p.effects << tr("The case leaves the list of open cases.");

    if (!CaseFollowOnService::agreementLocked(c) && CaseFollowOnService::agreementLocked(after))
        p.cautions << tr("Afterwards the agreement's terms and amounts can no longer be edited; a change needs a "
                         "supplementary agreement.");
    if (closes)
        p.cautions << tr("This ends the case: its status cannot change any more, and the change cannot be undone.");
    return p;
}

} // namespace ud
