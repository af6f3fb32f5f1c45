#pragma once

#include "mediation/MediationCase.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace ud {

// The lifecycle of domain.md §1.4 as an explicit state machine. It only decides; the caller
// (MediationService) stores the new status, the dates and the reason in one audited change.
//
// A move is judged in two grades: errors refuse it (the lifecycle, missing data, dates out of
// order); warnings are for a person to weigh (an application after its period — the commission
// or court decides on it, and a posting before the end counts; an agreement after the window; an
// applicant under 16). A move with warnings goes ahead only with an override reason, which the
// service records in mediation_cases.overrides.
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
        QString reason;     // required for failed and breached; rejected with reasonCode 'other'
        QString closeReason; // failed: code list 'case_close_reason'
        QString reasonCode;  // rejected: code list 'non_acceptance_reason' (empty: 'other', words needed)
        QString overrideReason; // why the person goes ahead despite the warnings (see assess)
    };

    // The dates the rules compare against, computed by MediationDeadlines from the policy
    // numbers and the working-day calendar.
    struct Limits
    {
        QDate windowEnd;            // last day of the mediation window (15 days + agreed extension)
        QDate arbitrationReviewDue; // last day to apply for arbitration review
        QDate confirmationDue;      // last day to apply for judicial confirmation
    };

    // The judgement of a move: an error refuses it; warnings need an override reason.
    struct Verdict
    {
        QString error;       // translated; empty when the move is allowed
        QStringList warnings; // translated, one sentence each
        bool dateError = false; // the error is about the move's date (shown next to the date field)
    };
    static Verdict assess(const MediationCase &c, const Request &request, const QDate &today, const Limits &limits);

    // Success, or why the move is refused, in the user's language: the error, or the warnings
    // when the request carries no override reason.
    static Status check(const MediationCase &c, const Request &request, const QDate &today, const Limits &limits);

    // What the move records, in one place for the move itself (MediationService::transition),
    // the import of a register's history (MediationService::importCase, which walks the moves in
    // memory) and the preview of the status dialog (TransitionPreview): applyMove changes the
    // case in memory as the move does; recordedColumns are the columns of mediation_cases it
    // writes, with the values it writes (status, last_moved_on, and the move's own dates and
    // reasons). Neither checks the move: that is assess().
    static void applyMove(MediationCase &c, const Request &request);
    static QVariantMap recordedColumns(const MediationCase &c, const Request &request);

    // The applicants younger than 16 on `on` (child labour, 劳动法 art. 15): one translated warning
    // each, suggesting a referral to labour inspection. Age from the birth date, else the ID number.
    static QStringList underAgeWarnings(const MediationCase &c, const QDate &on);
};

} // namespace ud
