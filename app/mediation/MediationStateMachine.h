#pragma once

#include "mediation/MediationCase.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace ud {

// The lifecycle of domain.md §1.4 as an explicit state machine. It only decides; the caller
// (MediationService) stores the new status, the dates and the reason in one audited change.
class MediationStateMachine
{
    Q_DECLARE_TR_FUNCTIONS(MediationStateMachine)

public:
    static QString statusKey(CaseStatus status);           // "in_mediation"
    static std::optional<CaseStatus> statusFromKey(const QString &key);
    static QString statusName(CaseStatus status);          // translated, e.g. "In mediation"
    static QList<CaseStatus> allStatuses();
    static bool isFinal(CaseStatus status);
    // Counted as 结案 (closed) in the statistics: an outcome has been reached.
    static bool isClosed(CaseStatus status);

    // Every move the lifecycle has, whatever the case's data.
    static QList<CaseStatus> successors(CaseStatus from);

    // What the move needs: the date it happens on, the reason given by the user, and the facts of
    // the case the rules look at.
    struct Request
    {
        CaseStatus to = CaseStatus::Received;
        QDate on;           // decision, agreement, closing or application date
        QString reason;     // required for rejected, failed, breached and every backward step
        QString closeReason; // failed: code list 'case_close_reason'
    };

    // The dates the rules compare against, computed by MediationDeadlines from the policy
    // numbers and the working-day calendar.
    struct Limits
    {
        QDate windowEnd;            // last day of the mediation window (15 days + agreed extension)
        QDate arbitrationReviewDue; // last day to apply for arbitration review
        QDate confirmationDue;      // last day to apply for judicial confirmation
    };

    // Success, or why the move is refused, in the user's language.
    static Status check(const MediationCase &c, const Request &request, const QDate &today, const Limits &limits);
};

} // namespace ud
