#include "mediation/MediationDemo.h"

#include "mediation/MediationStateMachine.h"
#include "mediation/MediationDemoText.h"
#include "mediation/MediationDemoWriter.h"
#include "mediation/MediatorDemo.h"
#include "register/NameBank.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/OrgUnitRepository.h"
#include "storage/RecordStore.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <numeric>

namespace ud {

namespace {

constexpr int kBatch = 100;                // cases per savepoint
constexpr qint64 kHundredYuan = 100 * 100; // fen

// The demo counts working days Monday to Friday; the holiday calendar is left to real use.
bool isWorkday(const QDate &d)
{
    return d.dayOfWeek() <= 5;
}

QDate addWorkdays(QDate d, int n)
{
    while (n > 0) {
        d = d.addDays(1);
        if (isWorkday(d))
            --n;
    }
    return d;
}

// The next working day from `d`, or the last one before `limit` when that is earlier.
QDate workdayNotAfter(QDate d, const QDate &limit)
{
    while (!isWorkday(d))
        d = d.addDays(1);
    if (d > limit) {
        d = limit;
        while (!isWorkday(d))
            d = d.addDays(-1);
    }
    return d;
}

int daysBetween(const QDate &from, const QDate &to)
{
    return static_cast<int>(std::max<qint64>(0, from.daysTo(to)));
}

} // namespace


MediationDemo::MediationDemo(Database &db, RecordStore &store, NameBank &names, const QDate &today)
    : m_db(db), m_store(store), m_names(names), m_today(today), m_text(std::make_unique<MediationDemoText>(names))
{
}

MediationDemo::~MediationDemo() = default;

QList<MediationDemo::Outcome> MediationDemo::allOutcomes()
{
    return {Outcome::Received,          Outcome::Accepted,          Outcome::Rejected,         Outcome::InMediation,
            Outcome::Agreed,            Outcome::FailedNoAgreement, Outcome::FailedRefusal,    Outcome::FailedWithdrawal,
            Outcome::FailedExpired,     Outcome::ArbitrationReview, Outcome::JudicialConfirmation, Outcome::Performing,
            Outcome::Performed,         Outcome::Breached,          Outcome::Withdrawn};
}

// Every outcome once (when there are enough cases), the rest by weight: most cases of 18
// months are closed, about two in three of the accepted ones with an agreement.
QList<MediationDemo::Outcome> MediationDemo::drawOutcomes(int count)
{
    const QList<Outcome> all = allOutcomes();
    static const int weights[] = {2, 2, 7, 5, 4, 9, 4, 4, 3, 2, 3, 7, 30, 5, 3};
    const int total = std::accumulate(std::begin(weights), std::end(weights), 0);
    QList<Outcome> out;
    if (count >= all.size())
        out = all;
    while (out.size() < count) {
        int w = m_names.pick(total);
        int i = 0;
        while (w >= weights[i])
            w -= weights[i++];
        out << all.at(i);
    }
    for (qsizetype i = out.size() - 1; i > 0; --i)
        out.swapItemsAt(i, m_names.pick(static_cast<int>(i + 1)));
    return out;
}

QString MediationDemo::drawDisputeType(bool collective)
{
    const int p = m_names.pick(100);
    if (collective)
        return p < 75 ? QStringLiteral("remuneration") : QStringLiteral("separation");
    // 劳动报酬 is by far the most common cause (domain.md §1.5).
    if (p < 46)
        return QStringLiteral("remuneration");
    if (p < 63)
        return QStringLiteral("separation");
    if (p < 77)
        return QStringLiteral("contract");
    if (p < 90)
        return QStringLiteral("conditions");
    return p < 95 ? QStringLiteral("relationship") : QStringLiteral("other");
}

QString MediationDemo::drawSource()
{
    const int p = m_names.pick(100);
    if (p < 45)
        return QStringLiteral("written_application");
    if (p < 67)
        return QStringLiteral("oral_application");
    if (p < 77)
        return QStringLiteral("hotline_12351");
    if (p < 89)
        return QStringLiteral("arbitration_referral");
    return p < 97 ? QStringLiteral("court_referral") : QStringLiteral("own_initiative");
}

QDate MediationDemo::receivedBetween(int maxDaysAgo, int minDaysAgo)
{
    const QDate d = m_today.addDays(-(minDaysAgo + m_names.pick(maxDaysAgo - minDaysAgo + 1)));
    return workdayNotAfter(d, m_today.addDays(-minDaysAgo));
}

// Acceptance is decided within three working days; most on the next one.
QDate MediationDemo::acceptanceDate(const QDate &received)
{
    const int p = m_names.pick(20);
    const int delay = p < 6 ? 0 : p < 15 ? 1 : p < 19 ? 2 : 3;
    return std::min(addWorkdays(received, delay), m_today);
}

bool MediationDemo::planApplicants(Plan &p, const DemoPeople &people, const QList<int> &order, int &cursor,
                                   const QHash<QString, QList<int>> &byEmployer)
{
    while (cursor < order.size()) {
        const int first = order.at(cursor++);
        const DemoPeople::Worker &w = people.workers.at(first);
        if (w.employerId.isEmpty())
            continue;
        // About one case in eleven is collective (art. 7): 3-5 representatives of 10-60 workers.
        bool collective = m_names.pick(100) < 9;
        QList<int> others = byEmployer.value(w.employerId);
        others.removeAll(first);
        const int wanted = collective ? 2 + m_names.pick(3) : (m_names.pick(100) < 12 ? 1 + m_names.pick(2) : 0);
        QList<int> group = {first};
        for (int k = 0; k < wanted && !others.isEmpty(); ++k)
            group << others.takeAt(m_names.pick(static_cast<int>(others.size())));
        const int workers = 10 + m_names.pick(51);
        collective = collective && group.size() >= 3;

        MediationCase &c = p.intake;
        c.employerId = w.employerId;
        c.collective = collective;
        c.workerCount = collective ? workers : static_cast<int>(group.size());
        for (const int i : std::as_const(group)) {
            CaseParty a;
            a.workerId = people.workers.at(i).id;
            a.name = people.workers.at(i).name;
            a.representative = collective;
            c.parties << a;
            p.facts.applicants << a.name;
        }
        p.facts.workerCount = c.workerCount;
        p.facts.collective = collective;
        p.facts.employer = w.employerName;
        p.facts.post = w.post;
        if (m_names.pick(100) < 12) {
            CaseParty agent;
            agent.role = QStringLiteral("agent");
            agent.name = m_names.personName();
            agent.relation = m_text->agentRelation(false);
            c.parties << agent;
        }
        if (m_names.pick(100) < 35) {
            CaseParty agent;
            agent.role = QStringLiteral("agent");
            agent.side = QStringLiteral("employer");
            agent.name = m_names.personName();
            agent.relation = m_text->agentRelation(true);
            p.employerAgent = agent.name;
            c.parties << agent;
        }
        return true;
    }
    return false;
}

// Sessions from the start of mediation to `end`; when `settled`, the last one is the day the
// agreement is signed.
void MediationDemo::planMediation(Plan &p, const QDate &end, bool settled)
{
    p.mediationOn = std::min(p.decidedOn.addDays(m_names.pick(3)), end);
    const int count = 1 + m_names.pick(3);
    const int span = daysBetween(p.mediationOn, end);
    static const QStringList times = {QStringLiteral("09:00"), QStringLiteral("09:30"), QStringLiteral("10:00"),
                                      QStringLiteral("14:00"), QStringLiteral("14:30"), QStringLiteral("15:30")};
    const QString mediators = p.intake.mediators;
    for (int k = 0; k < count; ++k) {
        QDate day = settled && k == count - 1 ? end : p.mediationOn.addDays(span * k / count);
        if (!isWorkday(day) && workdayNotAfter(day, end) >= p.mediationOn)
            day = workdayNotAfter(day, end);
        CaseSession s = m_text->session(p.dispute, p.facts, mediators, p.employerAgent, k, count, settled);
        s.startedAt = day.toString(Qt::ISODate) + QLatin1Char('T') + times.at(m_names.pick(static_cast<int>(times.size())));
        s.place = m_place;
        s.recorder = m_mediators.at(mediators.startsWith(m_mediators.first()) ? 1 : 0);
        p.sessions << s;
    }
}

void MediationDemo::planAgreement(Plan &p)
{
    const QDate t = m_today;
    qint64 claimed = 0;
    for (const CaseItem &c : std::as_const(p.dispute.claims))
        claimed += c.amountFen;
    const int percent = 60 + m_names.pick(41);
    const qint64 total = std::max(claimed * percent / 100 / kHundredYuan * kHundredYuan, kHundredYuan);
    bool installments = p.outcome == Outcome::Performing || (total >= 200 * kHundredYuan && m_names.pick(3) == 0);
    QDate firstDue = p.agreedOn.addDays(5 + m_names.pick(11));
    int n = installments ? 2 + m_names.pick(2) : 1;
    switch (p.outcome) {
    case Outcome::Agreed:
    case Outcome::ArbitrationReview:
    case Outcome::JudicialConfirmation:
        firstDue = std::max(firstDue, t.addDays(3 + m_names.pick(12))); // nothing due yet
        break;
    case Outcome::Performing:
        n = std::clamp(daysBetween(firstDue, t) / 30 + 2, 2, 6); // the last instalment still to come
        break;
    case Outcome::Performed:
        n = std::min(n, daysBetween(firstDue, t.addDays(-3)) / 30 + 1);
        break;
    default: // breached: everything was due at least ten days ago
        n = std::min(n, daysBetween(firstDue, t.addDays(-10)) / 30 + 1);
        break;
    }
    // Instalments are whole hundreds of yuan: never more of them than the sum has hundreds
    // (a small sum in many parts would make instalments, and payments, of zero).
    n = static_cast<int>(std::clamp<qint64>(n, 1, std::max<qint64>(1, total / kHundredYuan)));
    if (n == 1) {
        for (const CaseItem &c : std::as_const(p.dispute.claims)) {
            CaseItem a = c;
            a.kind = QStringLiteral("agreed");
            a.amountFen = c.amountFen * percent / 100 / kHundredYuan * kHundredYuan;
            a.dueOn = firstDue;
            if (a.amountFen > 0)
                p.agreed << a;
        }
        if (p.agreed.isEmpty()) {
            CaseItem a = p.dispute.claims.first();
            a.kind = QStringLiteral("agreed");
            a.amountFen = kHundredYuan;
            a.dueOn = firstDue;
            p.agreed << a;
        }
    } else {
        const qint64 part = total / n / kHundredYuan * kHundredYuan;
        for (int k = 0; k < n; ++k) {
            CaseItem a;
            a.kind = QStringLiteral("agreed");
            a.item = p.dispute.mainItem;
            a.description = QStringLiteral("第%1期（共%2期）").arg(k + 1).arg(n);
            a.amountFen = k + 1 < n ? part : total - part * (n - 1);
            a.dueOn = firstDue.addDays(30 * k);
            p.agreed << a;
        }
    }
    p.terms = m_text->agreementTerms(p.agreed, p.facts);
    p.waived = m_text->waivedClaims();
    p.tax = m_text->taxBorneBy(p.dispute.mainItem);
}

// Payments, the review application and the final status of an agreed case.
void MediationDemo::planPerformance(Plan &p)
{
    const QDate t = m_today;
    const auto pay = [this, &p](const CaseItem &item, const QDate &on) {
        CasePayment payment;
        payment.paidOn = std::clamp(on, p.agreedOn, m_today);
        payment.amountFen = item.amountFen;
        payment.method = m_text->paymentMethod();
        p.payments << payment;
    };
    const QDate firstDue = p.agreed.first().dueOn;
    // 仲裁审查确认 or 司法确认 is applied for in some cases before the first payment is due.
    const int r = m_names.pick(100);
    const bool review = p.outcome == Outcome::Performed ? r < 30 : r < 15;
    const CaseStatus kind = m_names.pick(3) == 0 ? CaseStatus::ArbitrationReview : CaseStatus::JudicialConfirmation;
    const int reviewDelay = m_names.pick(6);
    // Several agreed items fall due on the same day and are paid a few days apart either way:
    // payments are recorded in the order they were made, so the first is the earliest (the
    // review was applied for before it, performing started on it) and the last the latest (the
    // case is performed on it). Closing on the last one *drawn* closed some cases before their
    // review was applied for, and `demo` failed for some dates and seeds.
    const auto inOrder = [&p] {
        std::stable_sort(p.payments.begin(), p.payments.end(),
                         [](const CasePayment &a, const CasePayment &b) { return a.paidOn < b.paidOn; });
    };
    if (p.outcome == Outcome::Performing) {
        for (const CaseItem &item : std::as_const(p.agreed))
            if (item.dueOn <= t)
                pay(item, item.dueOn.addDays(-m_names.pick(3)));
        inOrder();
        p.performingOn = p.payments.first().paidOn;
    } else if (p.outcome == Outcome::Performed) {
        for (const CaseItem &item : std::as_const(p.agreed))
            pay(item, item.dueOn.addDays(m_names.pick(4) == 0 ? m_names.pick(4) : -m_names.pick(3)));
        inOrder();
        if (p.agreed.size() > 1)
            p.performingOn = p.payments.first().paidOn;
        p.closedOn = p.payments.last().paidOn;
        if (m_names.pick(10) < 6) {
            p.followUpOn = std::min(p.closedOn.addDays(7 + m_names.pick(24)), t);
            p.followUpNote = m_text->followUpNote();
        }
    } else { // breached
        if (p.agreed.size() > 1 && m_names.pick(3) == 0) {
            pay(p.agreed.first(), p.agreed.first().dueOn);
            p.performingOn = p.payments.first().paidOn;
        }
        qint64 outstanding = 0;
        for (const CaseItem &item : std::as_const(p.agreed))
            outstanding += item.amountFen;
        for (const CasePayment &paid : std::as_const(p.payments))
            outstanding -= paid.amountFen;
        p.closedOn = std::min(p.agreed.last().dueOn.addDays(10 + m_names.pick(21)), t);
        p.closeText = m_text->breachReason(outstanding);
    }
    if (review) {
        const QDate latest = p.payments.isEmpty() ? std::min(firstDue, t) : p.payments.first().paidOn;
        p.review = kind;
        p.reviewOn = std::min(p.agreedOn.addDays(reviewDelay), latest);
    }
}

void MediationDemo::planDates(Plan &p)
{
    const QDate t = m_today;
    const QDate received = p.intake.receivedOn;
    const int window = 15;
    const auto failure = [&](const QString &reason, const QDate &on) {
        p.closeReason = reason;
        p.closedOn = on;
        p.closeText = m_text->failureOpinion(reason, p.dispute, on);
    };
    if (p.outcome == Outcome::Received) {
        if (m_names.pick(2) == 0)
            p.intake.respondentConsent.reset(); // not asked yet
        return;
    }
    if (p.outcome == Outcome::Withdrawn) { // the worker withdrew before the case was accepted
        p.intake.respondentConsent.reset();
        p.closedOn = std::min(addWorkdays(received, 1 + m_names.pick(2)), t);
        p.closeText = QStringLiteral("申请人与被申请人自行协商解决，申请人撤回调解申请。");
        return;
    }
    p.decidedOn = acceptanceDate(received);
    switch (p.outcome) {
    case Outcome::Received:
    case Outcome::Accepted:
        return;
    case Outcome::Rejected: {
        const bool refused = m_names.pick(100) < 35;
        if (refused)
            p.intake.respondentConsent = false;
        p.rejectReason = m_text->rejectionReason(refused);
        return;
    }
    case Outcome::InMediation:
        if (t > received.addDays(window - 2)) {
            p.extensionDays = 12 + m_names.pick(4);
            p.extensionConsent = m_text->extensionConsent(std::min(received.addDays(10 + m_names.pick(4)), t), p.extensionDays);
        }
        planMediation(p, t, false);
        p.sessions.last().progress = QStringLiteral("双方立场有所接近，同意继续协商。");
        p.sessions.last().nextStep = QStringLiteral("约定三日内再次调解，被申请人提供工资发放记录。");
        return;
    case Outcome::FailedNoAgreement:
    case Outcome::FailedExpired: {
        const bool expired = p.outcome == Outcome::FailedExpired;
        const QDate start = p.decidedOn.addDays(m_names.pick(3));
        const QDate end = expired ? received.addDays(window + 1 + m_names.pick(3))
                                  : std::min(start.addDays(1 + m_names.pick(std::max(1, daysBetween(start, received.addDays(window))))),
                                             received.addDays(window));
        planMediation(p, expired ? received.addDays(window - 1) : end, false);
        failure(expired ? QStringLiteral("window_expired") : QStringLiteral("no_agreement"), end);
        return;
    }
    case Outcome::FailedRefusal:
    case Outcome::FailedWithdrawal: {
        const QDate end = std::min(p.decidedOn.addDays(1 + m_names.pick(6)), received.addDays(window));
        if (m_names.pick(2) == 0)
            planMediation(p, end, false);
        failure(p.outcome == Outcome::FailedRefusal ? QStringLiteral("refusal") : QStringLiteral("withdrawal"), end);
        return;
    }
    default:
        break;
    }
    // The agreement, within the window or an extension both parties agreed to.
    if (m_names.pick(100) < 8) {
        p.extensionDays = 7 + m_names.pick(9);
        p.extensionConsent = m_text->extensionConsent(std::min(received.addDays(12 + m_names.pick(3)), t), p.extensionDays);
    }
    const QDate start = p.decidedOn.addDays(m_names.pick(3));
    const QDate lastDay = std::min(received.addDays(window + p.extensionDays), t);
    p.agreedOn = std::min(start.addDays(1 + m_names.pick(std::max(1, daysBetween(start, lastDay)))), lastDay);
    planMediation(p, p.agreedOn, true);
    planAgreement(p);
    if (p.outcome == Outcome::ArbitrationReview || p.outcome == Outcome::JudicialConfirmation) {
        const int limit = p.outcome == Outcome::ArbitrationReview ? 15 : 30;
        p.review = p.outcome == Outcome::ArbitrationReview ? CaseStatus::ArbitrationReview : CaseStatus::JudicialConfirmation;
        p.reviewOn = p.agreedOn.addDays(m_names.pick(std::min(limit, daysBetween(p.agreedOn, t)) + 1));
    } else if (p.outcome != Outcome::Agreed) {
        planPerformance(p);
    }
}

QDate MediationDemo::drawReceived(Outcome outcome)
{
    // Open cases are recent (none overdue); closed ones spread over the last 18 months, leaving
    // each enough time for what happened after the application.
    switch (outcome) {
    case Outcome::Received: return receivedBetween(2, 0);
    case Outcome::Accepted: return receivedBetween(5, 1);
    case Outcome::InMediation: return receivedBetween(24, 3);
    case Outcome::Agreed: return receivedBetween(14, 4);
    case Outcome::ArbitrationReview: return receivedBetween(22, 5);
    case Outcome::JudicialConfirmation: return receivedBetween(40, 5);
    case Outcome::Performing: return receivedBetween(130, 50);
    case Outcome::Rejected: return receivedBetween(540, 3);
    case Outcome::Withdrawn: return receivedBetween(540, 5);
    case Outcome::FailedNoAgreement:
    case Outcome::FailedRefusal:
    case Outcome::FailedWithdrawal:
    case Outcome::FailedExpired: return receivedBetween(540, 25);
    case Outcome::Performed:
    case Outcome::Breached: return receivedBetween(540, 70);
    }
    return m_today;
}

QList<DemoCasePlan> MediationDemo::plan(int count, const DemoPeople &drawn)
{
    // A large register draws some ID numbers twice; the second draw found the first worker.
    DemoPeople people;
    QSet<QString> seen;
    for (const DemoPeople::Worker &w : drawn.workers)
        if (!seen.contains(w.id)) {
            seen.insert(w.id);
            people.workers << w;
        }

    // Drawn whatever the database holds, so the plan below never depends on it.
    const QStringList fallback = {m_names.personName(), m_names.personName()};
    m_mediators.clear();
    {
        QSqlQuery q(m_db.connection());
        if (q.exec(QStringLiteral("SELECT display_name FROM users WHERE role = 'mediator' ORDER BY username LIMIT 2")))
            while (q.next())
                m_mediators << q.value(0).toString();
        for (const QString &name : fallback)
            if (m_mediators.size() < 2)
                m_mediators << name;
        m_place = QStringLiteral("工会服务站调解室");
        if (const auto node = NodeIdentity::load(m_db))
            if (const auto unit = OrgUnitRepository(m_db).find(node->orgUnit, OrgUnitRepository::Include::AlsoDeleted))
                m_place = unit->shortName + m_place;
    }
    QList<Plan> plans;
    if (count <= 0 || people.workers.isEmpty())
        return plans;

    QList<int> order(people.workers.size());
    std::iota(order.begin(), order.end(), 0);
    for (qsizetype i = order.size() - 1; i > 0; --i)
        order.swapItemsAt(i, m_names.pick(static_cast<int>(i + 1)));
    QHash<QString, QList<int>> byEmployer;
    for (int i = 0; i < people.workers.size(); ++i)
        byEmployer[people.workers.at(i).employerId] << i;

    int cursor = 0;
    for (const Outcome outcome : drawOutcomes(count)) {
        Plan p;
        p.outcome = outcome;
        if (!planApplicants(p, people, order, cursor, byEmployer))
            break;
        MediationCase &c = p.intake;
        c.receivedOn = drawReceived(outcome);
        c.source = drawSource();
        c.respondentConsent = true;
        c.mediators = m_names.pick(3) == 0 ? m_mediators.join(QStringLiteral("、")) : m_mediators.at(m_names.pick(2));
        p.facts.received = c.receivedOn;
        p.dispute = m_text->dispute(drawDisputeType(c.collective), p.facts);
        c.disputeType = p.dispute.disputeType;
        c.facts = p.dispute.facts;
        c.requests = p.dispute.requests;
        c.items = p.dispute.claims;
        planDates(p);
        plans << p;
    }
    return plans;
}

Result<MediationDemo::Counts> MediationDemo::fill(int count, const DemoPeople &people)
{
    Counts counts;
    const QList<Plan> plans = plan(count, people);

    // Registered in the order the applications came in, so case numbers follow the dates.
    QList<int> byDate(plans.size());
    std::iota(byDate.begin(), byDate.end(), 0);
    std::stable_sort(byDate.begin(), byDate.end(),
                     [&plans](int a, int b) { return plans.at(a).intake.receivedOn < plans.at(b).intake.receivedOn; });
    MediationDemoWriter writer(m_db, m_store, m_today);
    for (int start = 0; start < byDate.size(); start += kBatch) {
        Database::Transaction tx(m_db);
        if (!tx.isActive())
            return Result<Counts>::failure(tx.error());
        for (int i = start; i < std::min<int>(start + kBatch, static_cast<int>(byDate.size())); ++i) {
            const Plan &p = plans.at(byDate.at(i));
            if (writer.exists(p)) {
                ++counts.alreadyThere;
                continue;
            }
            if (Status s = writer.write(p); !s)
                return Result<Counts>::failure(tr("Demo case of %1 received on %2: %3")
                                                   .arg(p.facts.applicants.first(), p.intake.receivedOn.toString(Qt::ISODate), s.error()));
            ++counts.created;
        }
        if (Status s = tx.commit(); !s)
            return Result<Counts>::failure(s.error());
    }
    // The register of mediators and the reception log, drawn after every case was planned.
    if (auto registers = MediatorDemo(m_db, m_store, m_names, m_today).fill(m_mediators, people); !registers)
        return Result<Counts>::failure(registers.error());
    return counts;
}

} // namespace ud
