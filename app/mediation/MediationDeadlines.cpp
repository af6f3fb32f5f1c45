#include "mediation/MediationDeadlines.h"

#include "mediation/CaseCorrections.h"

#include "core/Money.h"

#include <algorithm>

namespace ud {

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// How much of each agreed item the payments cover, and the date each was paid in full.
struct Coverage
{
    qint64 paidFen = 0;
    QDate completedOn;
};

// Payments naming an item count toward it first (any excess joins the pool); the pool then
// pays the earliest-due items first, oldest payment first. Items without a payment date come last.
QList<Coverage> allocatePayments(const QList<CaseItem> &items, const QList<CasePayment> &payments)
{
    QList<Coverage> cover(items.size());
    QList<CasePayment> ordered = payments;
    std::stable_sort(ordered.begin(), ordered.end(), [](const CasePayment &a, const CasePayment &b) {
        if (a.paidOn.isValid() != b.paidOn.isValid())
            return a.paidOn.isValid();
        return a.paidOn < b.paidOn;
    });
    auto apply = [&](qsizetype i, qint64 &amount, const QDate &on) {
        const qint64 take = std::min(amount, items.at(i).amountFen - cover.at(i).paidFen);
        if (take <= 0)
            return;
        cover[i].paidFen += take;
        amount -= take;
        if (cover.at(i).paidFen >= items.at(i).amountFen)
            cover[i].completedOn = on;
    };

    QList<std::pair<qint64, QDate>> pool;
    for (const CasePayment &p : std::as_const(ordered)) {
        qint64 amount = p.amountFen;
        if (!p.itemId.isEmpty())
            for (qsizetype i = 0; i < items.size(); ++i)
                if (items.at(i).id == p.itemId)
                    apply(i, amount, p.paidOn);
        if (amount > 0)
            pool.append({amount, p.paidOn});
    }

    QList<qsizetype> byDue;
    for (qsizetype i = 0; i < items.size(); ++i)
        byDue.append(i);
    std::stable_sort(byDue.begin(), byDue.end(), [&items](qsizetype a, qsizetype b) {
        const QDate &da = items.at(a).dueOn;
        const QDate &db = items.at(b).dueOn;
        if (da.isValid() != db.isValid())
            return da.isValid();
        return da < db;
    });
    for (auto &[amount, on] : pool)
        for (qsizetype i : std::as_const(byDue)) {
            if (amount <= 0)
                break;
            apply(i, amount, on);
        }
    return cover;
}

} // namespace

MediationDeadlines::MediationDeadlines(WorkCalendar calendar, DeadlinePolicy policy)
    : m_calendar(std::move(calendar)), m_policy(policy)
{
}

QDate MediationDeadlines::acceptanceDue(const QDate &receivedOn) const
{
    return m_calendar.addWorkingDays(receivedOn, m_policy.acceptWorkingDays);
}

int MediationDeadlines::windowDaysFor(const MediationCase &c) const
{
    return c.source == QLatin1String("court_delegated") ? m_policy.delegatedDays : m_policy.windowDays;
}

QDate MediationDeadlines::windowEnd(const MediationCase &c) const
{
    return c.receivedOn.isValid() ? c.receivedOn.addDays(windowDaysFor(c) + std::max(0, c.extensionDays)) : QDate();
}

QDate MediationDeadlines::windowEnd(const QDate &receivedOn, int extensionDays) const
{
    return receivedOn.isValid() ? receivedOn.addDays(m_policy.windowDays + std::max(0, extensionDays)) : QDate();
}

// 民事诉讼法 art. 85: "期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期". The
// courts read 法定休假日 as the weekends and the public holidays of the State Council's yearly
// notice, and a Saturday or Sunday worked in exchange (调休上班) as an ordinary working day, so a
// period ending on such a day is not moved. That is exactly WorkCalendar's working day.
QDate MediationDeadlines::partyPeriodEnd(const QDate &lastDay) const
{
    return lastDay.isValid() ? m_calendar.addWorkingDays(lastDay, 0) : QDate();
}

QDate MediationDeadlines::arbitrationReviewDue(const QDate &agreedOn) const
{
    return agreedOn.isValid() ? partyPeriodEnd(agreedOn.addDays(m_policy.arbitrationReviewDays)) : QDate();
}

QDate MediationDeadlines::confirmationDue(const QDate &agreedOn) const
{
    return agreedOn.isValid() ? partyPeriodEnd(agreedOn.addDays(m_policy.judicialConfirmationDays)) : QDate();
}

QDate MediationDeadlines::limitationReminder(const QDate &receivedOn) const
{
    return receivedOn.isValid() ? partyPeriodEnd(receivedOn.addMonths(m_policy.limitationMonths)) : QDate();
}

QDate MediationDeadlines::followUpDue(const MediationCase &c) const
{
    const QDate base = c.closedOn.isValid() ? c.closedOn : c.agreedOn;
    return base.isValid() ? base.addDays(m_policy.followUpDays) : QDate();
}

QDate MediationDeadlines::followUpDoneOn(const MediationCase &c)
{
    QDate first;
    for (const CaseFollowUp &f : c.followUps)
        if (f.doneOn.isValid() && (!first.isValid() || f.doneOn < first))
            first = f.doneOn;
    return first.isValid() ? first : c.followUpOn;
}

QString MediationDeadlines::shiftNote(const QDate &lastDay) const
{
    const QDate end = partyPeriodEnd(lastDay);
    if (!end.isValid() || end == lastDay)
        return {};
    return QLatin1Char(' ')
        + tr("The last day, %1, is a rest day, so the period ends on the next working day, %2 (Civil Procedure "
             "Law art. 85).")
              .arg(iso(lastDay), iso(end));
}

MediationStateMachine::Limits MediationDeadlines::limits(const MediationCase &c) const
{
    MediationStateMachine::Limits l;
    l.windowEnd = windowEnd(c);
    l.arbitrationReviewDue = arbitrationReviewDue(c.agreedOn);
    l.confirmationDue = confirmationDue(c.agreedOn);
    return l;
}

DeadlineState MediationDeadlines::stateOf(const QDate &due, const QDate &today, const QDate &metOn, bool optional) const
{
    if (metOn.isValid())
        return DeadlineState::Met;
    const qint64 left = today.daysTo(due);
    if (left < 0)
        return optional ? DeadlineState::Lapsed : DeadlineState::Overdue;
    return left <= m_policy.dueSoonDays ? DeadlineState::DueSoon : DeadlineState::Open;
}

Deadline MediationDeadlines::make(DeadlineKind kind, const QString &label, const QDate &due, const QDate &today,
                                  const QDate &metOn, const QString &basis) const
{
    Deadline d;
    d.kind = kind;
    d.label = label;
    d.due = due;
    d.metOn = metOn;
    d.optional = kind == DeadlineKind::ArbitrationReview || kind == DeadlineKind::JudicialConfirmation;
    d.reminderOnly = kind == DeadlineKind::Limitation;
    d.state = stateOf(due, today, metOn, d.optional);
    d.basis = basis;
    return d;
}

void MediationDeadlines::addAcceptance(QList<Deadline> &out, const MediationCase &c, const QDate &today) const
{
    if (!c.receivedOn.isValid())
        return;
    const QDate due = acceptanceDue(c.receivedOn);
    Deadline d = make(DeadlineKind::Acceptance, tr("Decide on acceptance"), due, today, QDate(),
                      tr("%1 working days after the application was received on %2.")
                          .arg(m_policy.acceptWorkingDays)
                          .arg(iso(c.receivedOn)));
    for (int y = c.receivedOn.year(); y <= due.year(); ++y)
        d.calendarMissing = d.calendarMissing || !m_calendar.hasYear(y);
    out.append(d);
}

void MediationDeadlines::addWindow(QList<Deadline> &out, const MediationCase &c, const QDate &today) const
{
    if (!c.receivedOn.isValid())
        return;
    const bool delegated = c.source == QLatin1String("court_delegated");
    QString basis = delegated
        ? tr("%1 days from receipt on %2 for a case delegated by a court.").arg(windowDaysFor(c)).arg(iso(c.receivedOn))
        : tr("%1 days from receipt on %2 (art. 14).").arg(m_policy.windowDays).arg(iso(c.receivedOn));
    if (c.extensionDays > 0)
        basis += QLatin1Char(' ') + tr("Extended by %1 days with both parties' consent.").arg(c.extensionDays);
    out.append(make(DeadlineKind::MediationWindow, tr("Mediation window ends"), windowEnd(c), today, QDate(), basis));
}

void MediationDeadlines::addReviews(QList<Deadline> &out, const MediationCase &c, const QDate &today) const
{
    if (!c.agreedOn.isValid())
        return;
    const bool inReview = c.status == CaseStatus::ArbitrationReview;
    const bool inConfirmation = c.status == CaseStatus::JudicialConfirmation;
    if (!inConfirmation) {
        Deadline d = make(DeadlineKind::ArbitrationReview, tr("Apply for arbitration review (optional)"),
                          arbitrationReviewDue(c.agreedOn), today, QDate(),
                          tr("Both parties apply jointly within %1 days of the agreement taking effect on %2.")
                                  .arg(m_policy.arbitrationReviewDays)
                                  .arg(iso(c.agreedOn))
                              + shiftNote(c.agreedOn.addDays(m_policy.arbitrationReviewDays)));
        if (inReview) {
            d.state = DeadlineState::Met;
            d.metOn = c.reviewAppliedOn;
        }
        out.append(d);
    }
    if (!inReview) {
        Deadline d = make(DeadlineKind::JudicialConfirmation, tr("Apply for judicial confirmation (optional)"),
                          confirmationDue(c.agreedOn), today, QDate(),
                          tr("Both parties apply jointly to the court within %1 days of the agreement taking effect "
                             "on %2.")
                                  .arg(m_policy.judicialConfirmationDays)
                                  .arg(iso(c.agreedOn))
                              + shiftNote(c.agreedOn.addDays(m_policy.judicialConfirmationDays)));
        if (inConfirmation) {
            d.state = DeadlineState::Met;
            d.metOn = c.reviewAppliedOn;
        }
        out.append(d);
    }
}

void MediationDeadlines::addPayments(QList<Deadline> &out, const MediationCase &c, const QDate &today) const
{
    const QList<CaseItem> items = c.agreedItems();
    const QList<Coverage> cover = allocatePayments(items, CaseCorrections::livePayments(c));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const CaseItem &item = items.at(i);
        if (!item.dueOn.isValid() || item.amountFen <= 0)
            continue; // no date agreed: nothing to count down to
        const qint64 outstanding = item.amountFen - cover.at(i).paidFen; // paid items stay listed, as met
        const QString what = item.description.trimmed().isEmpty() ? item.item : item.description.trimmed();
        const QDate metOn = outstanding <= 0 ? cover.at(i).completedOn : QDate();
        const QString basis = outstanding <= 0
            ? tr("%1: paid in full.").arg(what)
            : tr("%1: payment date in the agreement; %2 yuan of %3 yuan unpaid.")
                  .arg(what, Money::formatYuan(outstanding), Money::formatYuan(item.amountFen));
        Deadline d = make(DeadlineKind::Payment, tr("Agreed payment of %1 yuan").arg(Money::formatYuan(item.amountFen)),
                          item.dueOn, today, metOn, basis);
        if (outstanding <= 0)
            d.state = DeadlineState::Met; // even when the last payment carries no date
        d.itemId = item.id;
        d.amountFen = item.amountFen;
        d.outstandingFen = std::max<qint64>(0, outstanding);
        out.append(d);
    }
}

void MediationDeadlines::addFollowUp(QList<Deadline> &out, const MediationCase &c, const QDate &today) const
{
    const QDate due = followUpDue(c);
    if (!due.isValid())
        return;
    const QString basis = c.closedOn.isValid()
        ? tr("%1 days after the case was closed on %2.").arg(m_policy.followUpDays).arg(iso(c.closedOn))
        : tr("%1 days after the agreement took effect on %2.").arg(m_policy.followUpDays).arg(iso(c.agreedOn));
    out.append(make(DeadlineKind::FollowUp, tr("Follow-up visit"), due, today, followUpDoneOn(c), basis));
}

void MediationDeadlines::addLimitation(QList<Deadline> &out, const MediationCase &c, const QDate &today) const
{
    if (!c.receivedOn.isValid())
        return;
    out.append(make(DeadlineKind::Limitation, tr("Arbitration limitation (reminder)"), limitationReminder(c.receivedOn),
                    today, QDate(),
                    tr("Reminder only: %1 months from receipt on %2. The one-year limit for arbitration (art. 27) "
                       "runs from when the worker knew of the infringement and starts again after the mediation "
                       "application; check the actual date before advising.")
                            .arg(m_policy.limitationMonths)
                            .arg(iso(c.receivedOn))
                        + shiftNote(c.receivedOn.addMonths(m_policy.limitationMonths))));
}

QList<Deadline> MediationDeadlines::forCase(const MediationCase &c, const QDate &today) const
{
    QList<Deadline> out;
    switch (c.status) {
    case CaseStatus::Received:
        addAcceptance(out, c, today);
        addLimitation(out, c, today);
        break;
    case CaseStatus::Accepted:
    case CaseStatus::InMediation:
        addWindow(out, c, today);
        addLimitation(out, c, today);
        break;
    case CaseStatus::Agreed:
    case CaseStatus::ArbitrationReview:
    case CaseStatus::JudicialConfirmation:
        addReviews(out, c, today);
        addPayments(out, c, today);
        addLimitation(out, c, today);
        break;
    case CaseStatus::Performing:
        addPayments(out, c, today);
        addLimitation(out, c, today);
        break;
    case CaseStatus::Performed:
        addFollowUp(out, c, today);
        break;
    case CaseStatus::Failed:
    case CaseStatus::Breached:
        addFollowUp(out, c, today);
        addLimitation(out, c, today);
        break;
    case CaseStatus::Rejected:
    case CaseStatus::Withdrawn:
        break;
    }
    std::stable_sort(out.begin(), out.end(), [](const Deadline &a, const Deadline &b) { return a.due < b.due; });
    return out;
}

std::optional<Deadline> MediationDeadlines::nextFor(const MediationCase &c, const QDate &today) const
{
    for (const Deadline &d : forCase(c, today))
        if (d.isPending() && !d.reminderOnly)
            return d; // forCase() is ordered by due date
    return std::nullopt;
}

QString MediationDeadlines::kindKey(DeadlineKind kind)
{
    switch (kind) {
    case DeadlineKind::Acceptance: return QStringLiteral("acceptance");
    case DeadlineKind::MediationWindow: return QStringLiteral("window");
    case DeadlineKind::ArbitrationReview: return QStringLiteral("arbitration_review");
    case DeadlineKind::JudicialConfirmation: return QStringLiteral("judicial_confirmation");
    case DeadlineKind::Payment: return QStringLiteral("payment");
    case DeadlineKind::FollowUp: return QStringLiteral("follow_up");
    case DeadlineKind::Limitation: return QStringLiteral("limitation");
    }
    return {};
}

QString MediationDeadlines::stateKey(DeadlineState state)
{
    switch (state) {
    case DeadlineState::Open: return QStringLiteral("open");
    case DeadlineState::DueSoon: return QStringLiteral("due_soon");
    case DeadlineState::Overdue: return QStringLiteral("overdue");
    case DeadlineState::Met: return QStringLiteral("met");
    case DeadlineState::Lapsed: return QStringLiteral("lapsed");
    }
    return {};
}

QString MediationDeadlines::stateName(DeadlineState state)
{
    switch (state) {
    case DeadlineState::Open: return tr("Open");
    case DeadlineState::DueSoon: return tr("Due soon");
    case DeadlineState::Overdue: return tr("Overdue");
    case DeadlineState::Met: return tr("Met");
    case DeadlineState::Lapsed: return tr("Lapsed (not used)");
    }
    return {};
}

} // namespace ud
