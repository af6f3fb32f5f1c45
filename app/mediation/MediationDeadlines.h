#pragma once

#include "mediation/DeadlinePolicy.h"
#include "mediation/MediationCase.h"
#include "mediation/MediationStateMachine.h"
#include "core/WorkCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ud {

enum class DeadlineKind {
    Acceptance,           // received: decide on acceptance (working days after receipt)
    MediationWindow,      // accepted / in mediation: last day of the window (art. 14, + extension)
    ArbitrationReview,    // agreed: last day to apply for 仲裁审查确认 (optional)
    JudicialConfirmation, // agreed: last day to apply for 司法确认 (optional)
    Payment,              // agreed / performing: an agreed item's payment date
    FollowUp,             // closed after acceptance (failed, performed, breached): 回访
    Limitation,           // open, failed, breached: the one-year arbitration limitation (reminder only)
};

enum class DeadlineState {
    Open,    // due later than the "due soon" threshold
    DueSoon, // due today or within the threshold
    Overdue, // the due date has passed and it was not met
    Met,     // done (metOn says when)
    Lapsed,  // an optional step whose time limit passed unused: nothing to chase any more
};

// One deadline of a case as a mediator sees it: what, by when, how it stands, and why.
struct Deadline
{
    DeadlineKind kind = DeadlineKind::Acceptance;
    QString label;            // translated, e.g. "Decide on acceptance"
    QDate due;                // the last day (inclusive)
    DeadlineState state = DeadlineState::Open;
    QDate metOn;              // Met: the date it was met
    bool optional = false;    // arbitration review / judicial confirmation: only if both parties want it
    bool reminderOnly = false; // limitation: an early reminder, not a computed legal date
    QString basis;            // translated: how `due` was computed ("3 working days after receipt on …")
    bool calendarMissing = false; // counted in working days across a year with no holiday calendar
    QString itemId;           // Payment: the agreed item
    qint64 amountFen = 0;     // Payment: the item's agreed amount
    qint64 outstandingFen = 0; // Payment: still unpaid of it

    int daysLeft(const QDate &today) const { return static_cast<int>(today.daysTo(due)); }
    // Still something to do: open, due soon or overdue.
    bool isPending() const
    {
        return state == DeadlineState::Open || state == DeadlineState::DueSoon || state == DeadlineState::Overdue;
    }
};

// Computes the deadlines of a case from the policy numbers and the working-day calendar.
//
// Conventions (domain.md §1):
// - Acceptance: addWorkingDays(receivedOn, acceptWorkingDays), i.e. the 3rd working day after
//   the day of receipt (the day of receipt never counts).
// - Mediation window: received on D0, the last day of the window is D0 + windowDays (15, art. 14;
//   a case a court delegated, source 'court_delegated', has delegatedDays instead) +
//   extensionDays, in calendar days. A failure for "window expired" is allowed from the day after.
// - Arbitration review / judicial confirmation: agreedOn + 15 / + 30 calendar days.
// - Limitation: receivedOn + limitationMonths, a reminder only (see DeadlinePolicy).
// - Periods the parties must meet (arbitration review, judicial confirmation, the limitation):
//   when the last day is a rest day, the period ends on the next working day (民事诉讼法 art. 85;
//   劳动人事争议仲裁办案规则 art. 19 applies it to arbitration; domain.md §1.4). Periods the mediator
//   must meet (acceptance, the window, 回访, payments the agreement fixes) are not moved.
// - Payments: each agreed item with a payment date. Payments naming the item count toward it
//   first; the others are applied to the earliest-due unpaid items (oldest payment first).
// - 回访: closedOn + followUpDays for every case closed after acceptance (failed, performed,
//   breached; or agreedOn + followUpDays without a closing date), met once a follow-up record
//   exists (or the older followUpOn field is set). Not for a case never accepted (rejected,
//   withdrawn before acceptance): there is no mediation to ask about.
//
// What each status shows:
//   received                      acceptance, limitation
//   accepted, in_mediation        window end, limitation
//   agreed                        review and confirmation (optional), payments, limitation
//   arbitration_review,
//   judicial_confirmation         the review applied for (met), payments, limitation
//   performing                    payments, limitation
//   performed                     回访; paid items are not listed
//   failed, breached              回访, limitation (the worker may still go to arbitration)
//   rejected, withdrawn           nothing
// Payment items already covered by payments are listed as met so the schedule stays visible.
class MediationDeadlines
{
    Q_DECLARE_TR_FUNCTIONS(MediationDeadlines)

public:
    MediationDeadlines(WorkCalendar calendar, DeadlinePolicy policy);

    const WorkCalendar &calendar() const { return m_calendar; }
    const DeadlinePolicy &policy() const { return m_policy; }

    // The deadlines that apply to `c` in its current status, ordered by due date.
    QList<Deadline> forCase(const MediationCase &c, const QDate &today) const;
    // The case list's "next deadline": the earliest of forCase() still to be met (open, due soon
    // or overdue), leaving out the limitation reminder (not a date the law sets); std::nullopt
    // when nothing is pending (a closed case after its 回访, a rejected one).
    std::optional<Deadline> nextFor(const MediationCase &c, const QDate &today) const;
    // The dates MediationStateMachine::check compares against; a date is invalid when the case
    // lacks what it is counted from (no receipt date, not agreed yet).
    MediationStateMachine::Limits limits(const MediationCase &c) const;

    QDate acceptanceDue(const QDate &receivedOn) const;
    // The window's length in days for `c`: delegatedDays for a court-delegated case, else 15.
    int windowDaysFor(const MediationCase &c) const;
    QDate windowEnd(const MediationCase &c) const;
    QDate windowEnd(const QDate &receivedOn, int extensionDays) const; // the 15-day window
    QDate arbitrationReviewDue(const QDate &agreedOn) const;
    QDate confirmationDue(const QDate &agreedOn) const;
    QDate limitationReminder(const QDate &receivedOn) const;
    QDate followUpDue(const MediationCase &c) const;
    // The last day of a period a party must meet whose last calendar day is `lastDay`: the same
    // day when it is a working day, else the next working day (民事诉讼法 art. 85). A weekend day
    // worked by State Council adjustment (调休上班) is a working day: the rest days the courts
    // count are the weekends and public holidays as the working-day calendar has them.
    QDate partyPeriodEnd(const QDate &lastDay) const;
    // The date 回访 was done: the earliest follow-up record, else followUpOn.
    static QDate followUpDoneOn(const MediationCase &c);

    // The state of a deadline due on `due` as of `today`; `metOn` valid means it was met.
    DeadlineState stateOf(const QDate &due, const QDate &today, const QDate &metOn, bool optional) const;

    static QString kindKey(DeadlineKind kind);     // "acceptance", "window", ...
    static QString stateKey(DeadlineState state);  // "open", "due_soon", ...
    static QString stateName(DeadlineState state); // translated

private:
    // " The last day, D, is a rest day; …" when partyPeriodEnd moved `lastDay`, else empty.
    QString shiftNote(const QDate &lastDay) const;
    Deadline make(DeadlineKind kind, const QString &label, const QDate &due, const QDate &today, const QDate &metOn,
                  const QString &basis) const;
    void addAcceptance(QList<Deadline> &out, const MediationCase &c, const QDate &today) const;
    void addWindow(QList<Deadline> &out, const MediationCase &c, const QDate &today) const;
    void addReviews(QList<Deadline> &out, const MediationCase &c, const QDate &today) const;
    void addPayments(QList<Deadline> &out, const MediationCase &c, const QDate &today) const;
    void addFollowUp(QList<Deadline> &out, const MediationCase &c, const QDate &today) const;
    void addLimitation(QList<Deadline> &out, const MediationCase &c, const QDate &today) const;

    WorkCalendar m_calendar;
    DeadlinePolicy m_policy;
};

} // namespace ud
