// Tests for ud::MediationDeadlines and ud::DeadlinePolicy: the acceptance deadline counted in
// working days across the 2026 Spring Festival, the 15-day window (month ends, leap year,
// agreed extensions) and the court-delegated window, the arbitration-review and
// judicial-confirmation limits moved off rest days (春节 2026, 国庆 2025, 调休 days), the
// open / due soon / overdue / met / lapsed states, payment dates of agreed items against the
// payments made, what each status shows, the Limits handed to MediationStateMachine, and the
// policy numbers read from policy_values keys. Calendar: OfficialCalendar.h.

#include "core/OfficialCalendar.h"
#include "mediation/DeadlinePolicy.h"
#include "mediation/MediationDeadlines.h"
#include "mediation/MediationStateMachine.h"

#include <QtTest>

Q_DECLARE_METATYPE(ud::MediationCase)
Q_DECLARE_METATYPE(ud::DeadlineState)

using namespace ud;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

MediationDeadlines deadlines(const DeadlinePolicy &policy = {})
{
    return MediationDeadlines(udtest::officialCalendar(), policy);
}

CaseItem agreedItem(const QString &id, qint64 fen, const QDate &due, const QString &description = {})
{
    CaseItem i;
    i.id = id;
    i.kind = QStringLiteral("agreed");
    i.item = QStringLiteral("wage");
    i.description = description;
    i.amountFen = fen;
    i.dueOn = due;
    return i;
}

CasePayment payment(const QString &itemId, qint64 fen, const QDate &on)
{
    CasePayment p;
    p.id = QStringLiteral("pay-") + on.toString(Qt::ISODate);
    p.itemId = itemId;
    p.amountFen = fen;
    p.paidOn = on;
    return p;
}

// One case through its life: received Fri 2026-02-13, accepted Tue 02-24, agreed Thu 02-26 on
// two payments — A ¥5,000.00 by 03-10 and B ¥3,000.00 by 04-10 — plus a claim (ignored).
MediationCase sampleCase(CaseStatus status)
{
    MediationCase c;
    c.id = QStringLiteral("case-1");
    c.status = status;
    c.receivedOn = d(2026, 2, 13);
    c.decidedOn = d(2026, 2, 24);
    CaseItem claim;
    claim.kind = QStringLiteral("claim");
    claim.amountFen = 1200000;
    claim.dueOn = d(2026, 3, 1);
    c.items << claim;
    if (status != CaseStatus::Received && status != CaseStatus::Accepted && status != CaseStatus::InMediation
        && status != CaseStatus::Rejected && status != CaseStatus::Failed) {
        c.agreedOn = d(2026, 2, 26);
        c.agreementTerms = QStringLiteral("工资分两期支付");
        c.items << agreedItem(QStringLiteral("A"), 500000, d(2026, 3, 10), QStringLiteral("第一期工资"))
                << agreedItem(QStringLiteral("B"), 300000, d(2026, 4, 10), QStringLiteral("第二期工资"));
    }
    return c;
}

// "kind:state:due" of each deadline, in the order given.
QStringList summary(const QList<Deadline> &list)
{
    QStringList out;
    for (const Deadline &dl : list)
        out << QStringLiteral("%1:%2:%3").arg(MediationDeadlines::kindKey(dl.kind), MediationDeadlines::stateKey(dl.state),
                                             dl.due.toString(Qt::ISODate));
    return out;
}

} // namespace

class tst_MediationDeadlines : public QObject
{
    Q_OBJECT

private slots:
    void acceptanceDue_data();
    void acceptanceDue();
    void windowEnd_data();
    void windowEnd();
    void partyPeriodEnd_data();
    void partyPeriodEnd();
    void reviewAndConfirmationDue_data();
    void reviewAndConfirmationDue();
    void states_data();
    void states();
    void whatEachStatusShows_data();
    void whatEachStatusShows();
    void paymentsCoverItems();
    void explanations();
    void limitsFeedTheStateMachine();
    void policyDefaultsMatchTheSeed();
    void policyFromValues();
    void policyCheckValue_data();
    void policyCheckValue();
};

void tst_MediationDeadlines::acceptanceDue_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<int>("workingDays");
    QTest::addColumn<QDate>("expected");
    QTest::addColumn<bool>("calendarMissing");

    // Received Fri 02-13. The day of receipt never counts. Sat 02-14 is an adjusted working day
    // (1); Sun 02-15 … Mon 02-23 is the Spring Festival holiday; Tue 02-24 (2), Wed 02-25 (3).
    QTest::newRow("春节: Fri 02-13") << d(2026, 2, 13) << 3 << d(2026, 2, 25) << false;
    // Thu 02-12: Fri 02-13 (1), Sat 02-14 worked (2), Tue 02-24 (3).
    QTest::newRow("春节: Thu 02-12") << d(2026, 2, 12) << 3 << d(2026, 2, 24) << false;
    // Received during the holiday (Mon 02-16): Tue 02-24 (1), Wed 02-25 (2), Thu 02-26 (3).
    QTest::newRow("春节: received on a holiday") << d(2026, 2, 16) << 3 << d(2026, 2, 26) << false;
    // Wed 02-25: Thu 02-26 (1), Fri 02-27 (2), Sat 02-28 worked (3).
    QTest::newRow("春节: the last adjusted Saturday") << d(2026, 2, 25) << 3 << d(2026, 2, 28) << false;
    // Thu 03-05: Fri 03-06 (1), Mon 03-09 (2), Tue 03-10 (3): an ordinary weekend.
    QTest::newRow("ordinary weekend") << d(2026, 3, 5) << 3 << d(2026, 3, 10) << false;
    // Wed 2025-12-31: 01-01 … 01-03 off, Sun 01-04 worked (1), Mon 01-05 (2), Tue 01-06 (3).
    QTest::newRow("year end, 元旦") << d(2025, 12, 31) << 3 << d(2026, 1, 6) << false;
    // Thu 2027-12-30: no 2027/2028 calendar → weekdays only, and the deadline says so.
    QTest::newRow("year without a calendar") << d(2027, 12, 30) << 3 << d(2028, 1, 4) << true;
    // A local rule of 5 working days: Fri 02-13 → 02-14, 02-24, 02-25, 02-26, 02-27.
    QTest::newRow("policy: 5 working days") << d(2026, 2, 13) << 5 << d(2026, 2, 27) << false;
}

void tst_MediationDeadlines::acceptanceDue()
{
    QFETCH(QDate, received);
    QFETCH(int, workingDays);
    QFETCH(QDate, expected);
    QFETCH(bool, calendarMissing);
    DeadlinePolicy policy;
    policy.acceptWorkingDays = workingDays;
    const MediationDeadlines dl = deadlines(policy);
    QCOMPARE(dl.acceptanceDue(received), expected);

    MediationCase c;
    c.status = CaseStatus::Received;
    c.receivedOn = received;
    const QList<Deadline> list = dl.forCase(c, received);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).kind, DeadlineKind::Acceptance);
    QCOMPARE(list.at(0).due, expected);
    QCOMPARE(list.at(0).calendarMissing, calendarMissing);
}

void tst_MediationDeadlines::windowEnd_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<int>("extension");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("delegatedDays");
    QTest::addColumn<QDate>("expected");
    const QString written = QStringLiteral("written_application");
    const QString delegated = QStringLiteral("court_delegated");

    // Received on D0, the window's last day is D0 + 15: received 01-20 → 02-04.
    QTest::newRow("plain") << d(2026, 1, 20) << 0 << written << 30 << d(2026, 2, 4);
    QTest::newRow("across a month end") << d(2026, 1, 31) << 0 << written << 30 << d(2026, 2, 15);
    // Calendar days: a last day on a holiday (02-15, Spring Festival) is not moved.
    QTest::newRow("ends on a holiday, not moved") << d(2026, 1, 31) << 0 << written << 30 << d(2026, 2, 15);
    QTest::newRow("across a year end") << d(2025, 12, 25) << 0 << written << 30 << d(2026, 1, 9);
    QTest::newRow("across the leap day") << d(2028, 2, 20) << 0 << written << 30 << d(2028, 3, 6);
    QTest::newRow("February, not a leap year") << d(2026, 2, 20) << 0 << written << 30 << d(2026, 3, 7);
    QTest::newRow("extended 10 days") << d(2026, 1, 31) << 10 << written << 30 << d(2026, 2, 25);
    QTest::newRow("extended 1 day") << d(2026, 2, 13) << 1 << written << 30 << d(2026, 3, 1);
    QTest::newRow("negative extension ignored") << d(2026, 2, 13) << -5 << written << 30 << d(2026, 2, 28);
    // 委派调解: 30 days (policy mediation.delegated_days), plus any extension; not moved either.
    QTest::newRow("court-delegated: 30 days") << d(2026, 2, 13) << 0 << delegated << 30 << d(2026, 3, 15);
    QTest::newRow("court-delegated, extended 5 days") << d(2026, 2, 13) << 5 << delegated << 30 << d(2026, 3, 20);
    QTest::newRow("court-delegated, policy 20 days") << d(2026, 2, 13) << 0 << delegated << 20 << d(2026, 3, 5);
    // The delegated number does not touch other cases: 15 days (art. 14, fixed).
    QTest::newRow("not delegated, policy 20 days") << d(2026, 2, 13) << 0 << written << 20 << d(2026, 2, 28);
    QTest::newRow("no receipt date") << QDate() << 0 << written << 30 << QDate();
}

void tst_MediationDeadlines::windowEnd()
{
    QFETCH(QDate, received);
    QFETCH(int, extension);
    QFETCH(QString, source);
    QFETCH(int, delegatedDays);
    QFETCH(QDate, expected);
    DeadlinePolicy policy;
    policy.delegatedDays = delegatedDays;
    const MediationDeadlines dl = deadlines(policy);
    if (source != QLatin1String("court_delegated"))
        QCOMPARE(dl.windowEnd(received, extension), expected);

    MediationCase c;
    c.status = CaseStatus::InMediation;
    c.receivedOn = received;
    c.extensionDays = extension;
    c.source = source;
    QCOMPARE(dl.windowEnd(c), expected);
    QCOMPARE(dl.limits(c).windowEnd, expected);
    const QList<Deadline> list = dl.forCase(c, d(2026, 1, 1));
    if (expected.isValid()) {
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).kind, DeadlineKind::MediationWindow);
        QCOMPARE(list.at(0).due, expected);
    } else {
        QVERIFY(list.isEmpty()); // nothing to count from
    }
}

void tst_MediationDeadlines::partyPeriodEnd_data()
{
    QTest::addColumn<QDate>("lastDay");
    QTest::addColumn<QDate>("expected");

    // 国庆 2025: 10-01 … 10-08 off; Sun 09-28 and Sat 10-11 worked (调休).
    QTest::newRow("国庆: on a holiday") << d(2025, 10, 3) << d(2025, 10, 9);
    QTest::newRow("国庆: on a holiday Saturday") << d(2025, 10, 4) << d(2025, 10, 9);
    QTest::newRow("国庆: on the last holiday") << d(2025, 10, 8) << d(2025, 10, 9);
    QTest::newRow("国庆: first working day after") << d(2025, 10, 9) << d(2025, 10, 9);
    // A weekend day worked by adjustment is a working day for the courts: not moved.
    QTest::newRow("国庆: worked Saturday 10-11") << d(2025, 10, 11) << d(2025, 10, 11);
    QTest::newRow("国庆: worked Sunday 09-28") << d(2025, 9, 28) << d(2025, 9, 28);
    QTest::newRow("国庆: ordinary Sunday after") << d(2025, 10, 12) << d(2025, 10, 13);
    // 春节 2026: 02-15 … 02-23 off; Sat 02-14 and Sat 02-28 worked.
    QTest::newRow("春节: on a holiday weekday") << d(2026, 2, 19) << d(2026, 2, 24);
    QTest::newRow("春节: on the first holiday") << d(2026, 2, 15) << d(2026, 2, 24);
    QTest::newRow("春节: worked Saturday 02-14") << d(2026, 2, 14) << d(2026, 2, 14);
    QTest::newRow("春节: worked Saturday 02-28") << d(2026, 2, 28) << d(2026, 2, 28);
    QTest::newRow("元旦 2026 → worked Sunday 01-04") << d(2026, 1, 1) << d(2026, 1, 4);
    QTest::newRow("ordinary Saturday") << d(2026, 3, 7) << d(2026, 3, 9);
    QTest::newRow("ordinary weekday") << d(2026, 3, 10) << d(2026, 3, 10);
    QTest::newRow("no date") << QDate() << QDate();
}

void tst_MediationDeadlines::partyPeriodEnd()
{
    QFETCH(QDate, lastDay);
    QFETCH(QDate, expected);
    QCOMPARE(deadlines().partyPeriodEnd(lastDay), expected);
}

void tst_MediationDeadlines::reviewAndConfirmationDue_data()
{
    QTest::addColumn<QDate>("agreed");
    QTest::addColumn<QDate>("review");
    QTest::addColumn<QDate>("confirmation");

    // Agreed 01-20: confirmation's 30th day, 02-19, falls in 春节 → next working day 02-24.
    QTest::newRow("January, confirmation after 春节") << d(2026, 1, 20) << d(2026, 2, 4) << d(2026, 2, 24);
    // 03-28 is a Saturday → Monday 03-30.
    QTest::newRow("across a month end") << d(2026, 2, 26) << d(2026, 3, 13) << d(2026, 3, 30);
    QTest::newRow("春节: review ends on the first holiday") << d(2026, 1, 31) << d(2026, 2, 24) << d(2026, 3, 2);
    QTest::newRow("春节: review ends on a worked Saturday") << d(2026, 1, 30) << d(2026, 2, 14) << d(2026, 3, 2);
    QTest::newRow("国庆: review in the holiday, confirmation on a Saturday")
        << d(2025, 9, 18) << d(2025, 10, 9) << d(2025, 10, 20);
    QTest::newRow("国庆: review on the worked Saturday 10-11") << d(2025, 9, 26) << d(2025, 10, 11) << d(2025, 10, 27);
    QTest::newRow("国庆: review on the worked Sunday 09-28") << d(2025, 9, 13) << d(2025, 9, 28) << d(2025, 10, 13);
    QTest::newRow("leap day") << d(2028, 2, 14) << d(2028, 2, 29) << d(2028, 3, 15);
    QTest::newRow("across a year end") << d(2026, 12, 20) << d(2027, 1, 4) << d(2027, 1, 19);
    QTest::newRow("not agreed yet") << QDate() << QDate() << QDate();
}

void tst_MediationDeadlines::reviewAndConfirmationDue()
{
    QFETCH(QDate, agreed);
    QFETCH(QDate, review);
    QFETCH(QDate, confirmation);
    const MediationDeadlines dl = deadlines();
    QCOMPARE(dl.arbitrationReviewDue(agreed), review);
    QCOMPARE(dl.confirmationDue(agreed), confirmation);
    MediationCase c;
    c.status = CaseStatus::Agreed;
    c.agreedOn = agreed;
    const auto limits = dl.limits(c);
    QCOMPARE(limits.arbitrationReviewDue, review);
    QCOMPARE(limits.confirmationDue, confirmation);
    QVERIFY(!limits.windowEnd.isValid()); // no receipt date on this case
}

void tst_MediationDeadlines::states_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("metOn");
    QTest::addColumn<bool>("optional");
    QTest::addColumn<int>("dueSoonDays");
    QTest::addColumn<DeadlineState>("expected");

    // Due on Wed 2026-03-11 throughout.
    QTest::newRow("weeks ahead") << d(2026, 2, 25) << QDate() << false << 3 << DeadlineState::Open;
    QTest::newRow("4 days ahead") << d(2026, 3, 7) << QDate() << false << 3 << DeadlineState::Open;
    QTest::newRow("3 days ahead: due soon") << d(2026, 3, 8) << QDate() << false << 3 << DeadlineState::DueSoon;
    QTest::newRow("due today: due soon") << d(2026, 3, 11) << QDate() << false << 3 << DeadlineState::DueSoon;
    QTest::newRow("a day late: overdue") << d(2026, 3, 12) << QDate() << false << 3 << DeadlineState::Overdue;
    QTest::newRow("optional and past: lapsed") << d(2026, 3, 12) << QDate() << true << 3 << DeadlineState::Lapsed;
    QTest::newRow("optional and ahead: open") << d(2026, 3, 1) << QDate() << true << 3 << DeadlineState::Open;
    QTest::newRow("met early") << d(2026, 3, 1) << d(2026, 2, 27) << false << 3 << DeadlineState::Met;
    QTest::newRow("met late is still met") << d(2026, 4, 1) << d(2026, 3, 20) << false << 3 << DeadlineState::Met;
    QTest::newRow("threshold 0: due today") << d(2026, 3, 11) << QDate() << false << 0 << DeadlineState::DueSoon;
    QTest::newRow("threshold 0: tomorrow is open") << d(2026, 3, 10) << QDate() << false << 0 << DeadlineState::Open;
    QTest::newRow("threshold 7") << d(2026, 3, 4) << QDate() << false << 7 << DeadlineState::DueSoon;
}

void tst_MediationDeadlines::states()
{
    QFETCH(QDate, today);
    QFETCH(QDate, metOn);
    QFETCH(bool, optional);
    QFETCH(int, dueSoonDays);
    QFETCH(DeadlineState, expected);
    DeadlinePolicy policy;
    policy.dueSoonDays = dueSoonDays;
    QCOMPARE(deadlines(policy).stateOf(d(2026, 3, 11), today, metOn, optional), expected);
}

void tst_MediationDeadlines::whatEachStatusShows_data()
{
    QTest::addColumn<MediationCase>("c");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QStringList>("expected");

    // Received 2026-02-13 + 12 months = Sat 2027-02-13 → Monday 02-15 (a party's period).
    const QString limitation = QStringLiteral("limitation:open:2027-02-15");

    QTest::newRow("received, 11 days left") << sampleCase(CaseStatus::Received) << d(2026, 2, 14)
                                            << QStringList{QStringLiteral("acceptance:open:2026-02-25"), limitation};
    QTest::newRow("received, due tomorrow") << sampleCase(CaseStatus::Received) << d(2026, 2, 24)
                                            << QStringList{QStringLiteral("acceptance:due_soon:2026-02-25"), limitation};
    QTest::newRow("received, late") << sampleCase(CaseStatus::Received) << d(2026, 2, 26)
                                    << QStringList{QStringLiteral("acceptance:overdue:2026-02-25"), limitation};
    QTest::newRow("received, a year on")
        << sampleCase(CaseStatus::Received) << d(2027, 2, 12)
        << QStringList{QStringLiteral("acceptance:overdue:2026-02-25"), QStringLiteral("limitation:due_soon:2027-02-15")};

    // Window: 02-13 + 15 = Sat 02-28.
    QTest::newRow("accepted, window open") << sampleCase(CaseStatus::Accepted) << d(2026, 2, 24)
                                           << QStringList{QStringLiteral("window:open:2026-02-28"), limitation};
    QTest::newRow("in mediation, window due soon") << sampleCase(CaseStatus::InMediation) << d(2026, 2, 25)
                                                   << QStringList{QStringLiteral("window:due_soon:2026-02-28"), limitation};
    QTest::newRow("in mediation, window passed") << sampleCase(CaseStatus::InMediation) << d(2026, 3, 1)
                                                 << QStringList{QStringLiteral("window:overdue:2026-02-28"), limitation};
    MediationCase extended = sampleCase(CaseStatus::InMediation);
    extended.extensionDays = 10;
    QTest::newRow("in mediation, extended 10 days") << extended << d(2026, 3, 1)
                                                    << QStringList{QStringLiteral("window:open:2026-03-10"), limitation};

    // Agreed 02-26: review by 03-13, confirmation by 03-28, a Saturday → 03-30; payments 03-10 and
    // 04-10 (dates the agreement fixes are not moved).
    QTest::newRow("agreed, all open") << sampleCase(CaseStatus::Agreed) << d(2026, 3, 1)
                                      << QStringList{QStringLiteral("payment:open:2026-03-10"),
                                                     QStringLiteral("arbitration_review:open:2026-03-13"),
                                                     QStringLiteral("judicial_confirmation:open:2026-03-30"),
                                                     QStringLiteral("payment:open:2026-04-10"), limitation};
    QTest::newRow("agreed, first payment late, review lapsed")
        << sampleCase(CaseStatus::Agreed) << d(2026, 3, 20)
        << QStringList{QStringLiteral("payment:overdue:2026-03-10"), QStringLiteral("arbitration_review:lapsed:2026-03-13"),
                       QStringLiteral("judicial_confirmation:open:2026-03-30"), QStringLiteral("payment:open:2026-04-10"),
                       limitation};
    MediationCase review = sampleCase(CaseStatus::ArbitrationReview);
    review.reviewKind = QStringLiteral("arbitration_review");
    review.reviewAppliedOn = d(2026, 3, 5);
    review.payments << payment(QStringLiteral("A"), 500000, d(2026, 3, 9));
    QTest::newRow("arbitration review applied, first payment made")
        << review << d(2026, 3, 20)
        << QStringList{QStringLiteral("payment:met:2026-03-10"), QStringLiteral("arbitration_review:met:2026-03-13"),
                       QStringLiteral("payment:open:2026-04-10"), limitation};
    MediationCase confirmation = sampleCase(CaseStatus::JudicialConfirmation);
    confirmation.reviewKind = QStringLiteral("judicial_confirmation");
    confirmation.reviewAppliedOn = d(2026, 3, 27);
    QTest::newRow("judicial confirmation applied")
        << confirmation << d(2026, 3, 30)
        << QStringList{QStringLiteral("payment:overdue:2026-03-10"), QStringLiteral("judicial_confirmation:met:2026-03-30"),
                       QStringLiteral("payment:open:2026-04-10"), limitation};

    MediationCase performing = sampleCase(CaseStatus::Performing);
    performing.payments << payment(QStringLiteral("A"), 500000, d(2026, 3, 9));
    QTest::newRow("performing, second payment due soon")
        << performing << d(2026, 4, 8)
        << QStringList{QStringLiteral("payment:met:2026-03-10"), QStringLiteral("payment:due_soon:2026-04-10"), limitation};
    MediationCase partly = sampleCase(CaseStatus::Performing);
    partly.payments << payment(QString(), 600000, d(2026, 3, 9)); // covers A and ¥1,000 of B
    QTest::newRow("performing, second payment short and late")
        << partly << d(2026, 4, 11)
        << QStringList{QStringLiteral("payment:met:2026-03-10"), QStringLiteral("payment:overdue:2026-04-10"), limitation};

    // Performed (closed) 04-09: 回访 due 30 days later, 05-09. No limitation reminder any more.
    MediationCase performed = sampleCase(CaseStatus::Performed);
    performed.closedOn = d(2026, 4, 9);
    performed.payments << payment(QStringLiteral("A"), 500000, d(2026, 3, 9))
                       << payment(QStringLiteral("B"), 300000, d(2026, 4, 9));
    QTest::newRow("performed, follow-up open") << performed << d(2026, 4, 20)
                                               << QStringList{QStringLiteral("follow_up:open:2026-05-09")};
    QTest::newRow("performed, follow-up late") << performed << d(2026, 5, 10)
                                               << QStringList{QStringLiteral("follow_up:overdue:2026-05-09")};
    MediationCase visited = performed;
    visited.followUpOn = d(2026, 5, 6);
    QTest::newRow("performed, follow-up done") << visited << d(2026, 5, 10)
                                               << QStringList{QStringLiteral("follow_up:met:2026-05-09")};
    MediationCase noClosing = performed;
    noClosing.closedOn = QDate();
    QTest::newRow("performed without a closing date: from the agreement")
        << noClosing << d(2026, 3, 1) << QStringList{QStringLiteral("follow_up:open:2026-03-28")};

    MediationCase failed = sampleCase(CaseStatus::Failed);
    failed.closedOn = d(2026, 3, 1);
    // 回访 is due for every case closed after acceptance: closed 03-01 + 30 days.
    QTest::newRow("failed: follow-up and limitation")
        << failed << d(2026, 3, 2) << QStringList{QStringLiteral("follow_up:open:2026-03-31"), limitation};
    MediationCase failedVisited = failed;
    CaseFollowUp visit;
    visit.doneOn = d(2026, 3, 20);
    visit.method = QStringLiteral("phone");
    failedVisited.followUps << visit;
    QTest::newRow("failed: follow-up recorded")
        << failedVisited << d(2026, 4, 2) << QStringList{QStringLiteral("follow_up:met:2026-03-31"), limitation};
    MediationCase breached = sampleCase(CaseStatus::Breached);
    breached.closedOn = d(2026, 4, 15);
    QTest::newRow("breached: follow-up and limitation")
        << breached << d(2026, 4, 20) << QStringList{QStringLiteral("follow_up:open:2026-05-15"), limitation};
    QTest::newRow("breached: follow-up late")
        << breached << d(2026, 5, 16) << QStringList{QStringLiteral("follow_up:overdue:2026-05-15"), limitation};
    MediationCase performedVisited = performed;
    performedVisited.followUps << visit;
    performedVisited.followUps.last().doneOn = d(2026, 5, 2);
    QTest::newRow("performed, follow-up record") << performedVisited << d(2026, 5, 10)
                                                 << QStringList{QStringLiteral("follow_up:met:2026-05-09")};
    QTest::newRow("rejected: nothing") << sampleCase(CaseStatus::Rejected) << d(2026, 2, 20) << QStringList{};
    MediationCase withdrawn = sampleCase(CaseStatus::Withdrawn);
    withdrawn.closedOn = d(2026, 2, 16);
    QTest::newRow("withdrawn before acceptance: nothing") << withdrawn << d(2026, 2, 20) << QStringList{};
    MediationCase undated = sampleCase(CaseStatus::Received);
    undated.receivedOn = QDate();
    QTest::newRow("no receipt date: nothing to count from") << undated << d(2026, 2, 20) << QStringList{};
}

void tst_MediationDeadlines::whatEachStatusShows()
{
    QFETCH(MediationCase, c);
    QFETCH(QDate, today);
    QFETCH(QStringList, expected);
    QCOMPARE(summary(deadlines().forCase(c, today)), expected);
}

void tst_MediationDeadlines::paymentsCoverItems()
{
    // Items: A ¥5,000 by 03-10, B ¥3,000 by 04-10, C ¥2,000 with no date (never listed).
    // Payments: ¥2,000 unassigned on 03-01; ¥4,000 for B on 03-05 (B is paid in full, the extra
    // ¥1,000 joins the unassigned money). Unassigned money pays the earliest-due item first:
    // A gets ¥2,000 + ¥1,000 and still lacks ¥2,000.
    MediationCase c = sampleCase(CaseStatus::Performing);
    c.items << agreedItem(QStringLiteral("C"), 200000, QDate());
    c.payments << payment(QStringLiteral("B"), 400000, d(2026, 3, 5)) << payment(QString(), 200000, d(2026, 3, 1));
    const QList<Deadline> list = deadlines().forCase(c, d(2026, 3, 11));
    QCOMPARE(list.size(), 3);
    const Deadline &a = list.at(0);
    QCOMPARE(a.itemId, QStringLiteral("A"));
    QCOMPARE(a.amountFen, 500000);
    QCOMPARE(a.outstandingFen, 200000);
    QCOMPARE(a.state, DeadlineState::Overdue);
    QVERIFY(a.isPending());
    QVERIFY2(a.basis.contains(QStringLiteral("2,000.00")), qPrintable(a.basis));
    QVERIFY2(a.basis.contains(QStringLiteral("第一期工资")), qPrintable(a.basis));
    const Deadline &b = list.at(1);
    QCOMPARE(b.itemId, QStringLiteral("B"));
    QCOMPARE(b.outstandingFen, 0);
    QCOMPARE(b.state, DeadlineState::Met);
    QCOMPARE(b.metOn, d(2026, 3, 5));
    QVERIFY(!b.isPending());
    QCOMPARE(list.at(2).kind, DeadlineKind::Limitation);

    // The same money paid later in full: A is met on the day the last part arrived.
    c.payments << payment(QString(), 200000, d(2026, 3, 12));
    const QList<Deadline> later = deadlines().forCase(c, d(2026, 3, 13));
    QCOMPARE(later.at(0).state, DeadlineState::Met);
    QCOMPARE(later.at(0).metOn, d(2026, 3, 12));
}

void tst_MediationDeadlines::explanations()
{
    const MediationDeadlines dl = deadlines();
    const QList<Deadline> received = dl.forCase(sampleCase(CaseStatus::Received), d(2026, 2, 14));
    for (const Deadline &x : received) {
        QVERIFY(!x.label.isEmpty());
        QVERIFY2(x.basis.contains(QStringLiteral("2026-02-13")), qPrintable(x.basis));
    }
    QVERIFY(received.at(0).basis.contains(QStringLiteral("3")));
    QVERIFY(!received.at(0).reminderOnly);
    QVERIFY(received.at(1).reminderOnly);
    QVERIFY(received.at(1).basis.contains(QStringLiteral("art. 27")));

    MediationCase extended = sampleCase(CaseStatus::InMediation);
    extended.extensionDays = 10;
    const Deadline window = dl.forCase(extended, d(2026, 2, 20)).at(0);
    QVERIFY2(window.basis.contains(QStringLiteral("10")), qPrintable(window.basis));
    QVERIFY(!window.optional);

    const QList<Deadline> agreed = dl.forCase(sampleCase(CaseStatus::Agreed), d(2026, 3, 1));
    int optional = 0;
    for (const Deadline &x : agreed) {
        if (x.optional) {
            ++optional;
            QVERIFY(x.basis.contains(QStringLiteral("2026-02-26")));
        }
    }
    QCOMPARE(optional, 2);
    QCOMPARE(agreed.at(0).daysLeft(d(2026, 3, 1)), 9);

    // A period moved off a rest day says so: agreed 01-20, 30 days end 02-19 in 春节 → 02-24.
    MediationCase january = sampleCase(CaseStatus::Agreed);
    january.agreedOn = d(2026, 1, 20);
    bool sawConfirmation = false;
    for (const Deadline &x : dl.forCase(january, d(2026, 1, 21))) {
        if (x.kind == DeadlineKind::JudicialConfirmation) {
            sawConfirmation = true;
            QCOMPARE(x.due, d(2026, 2, 24));
            QVERIFY2(x.basis.contains(QStringLiteral("2026-02-19")) && x.basis.contains(QStringLiteral("2026-02-24"))
                         && x.basis.contains(QStringLiteral("art. 85")),
                     qPrintable(x.basis));
        } else if (x.kind == DeadlineKind::ArbitrationReview) {
            QVERIFY2(!x.basis.contains(QStringLiteral("art. 85")), qPrintable(x.basis)); // 02-04: not moved
        }
    }
    QVERIFY(sawConfirmation);
    // A court-delegated case's window says where its length comes from.
    MediationCase delegated = sampleCase(CaseStatus::InMediation);
    delegated.source = QStringLiteral("court_delegated");
    const Deadline delegatedWindow = dl.forCase(delegated, d(2026, 2, 20)).at(0);
    QCOMPARE(delegatedWindow.due, d(2026, 3, 15));
    QVERIFY2(delegatedWindow.basis.contains(QStringLiteral("delegated by a court")), qPrintable(delegatedWindow.basis));

    for (DeadlineState s : {DeadlineState::Open, DeadlineState::DueSoon, DeadlineState::Overdue, DeadlineState::Met,
                            DeadlineState::Lapsed})
        QVERIFY(!MediationDeadlines::stateName(s).isEmpty());
}

void tst_MediationDeadlines::limitsFeedTheStateMachine()
{
    // The window of a case received Fri 02-13 ends Sat 02-28: agreeing on 02-28 is allowed, on
    // 03-01 a warning that needs a reason; "window expired" may be recorded from 03-01, not on 02-28.
    const MediationDeadlines dl = deadlines();
    MediationCase c = sampleCase(CaseStatus::InMediation);
    c.agreementTerms = QStringLiteral("一次性支付");
    const auto limits = dl.limits(c);
    QCOMPARE(limits.windowEnd, d(2026, 2, 28));
    const QDate today = d(2026, 3, 5);

    MediationStateMachine::Request agree{CaseStatus::Agreed, d(2026, 2, 28), {}, {}, {}, {}};
    QVERIFY(MediationStateMachine::check(c, agree, today, limits).ok());
    agree.on = d(2026, 3, 1);
    QVERIFY(!MediationStateMachine::check(c, agree, today, limits).ok());
    QCOMPARE(MediationStateMachine::assess(c, agree, today, limits).warnings.size(), 1);

    MediationStateMachine::Request expire{CaseStatus::Failed, d(2026, 2, 28), QStringLiteral("期满未达成协议"),
                                          QStringLiteral("window_expired"), {}, {}};
    QVERIFY(!MediationStateMachine::check(c, expire, today, limits).ok());
    expire.on = d(2026, 3, 1);
    QVERIFY(MediationStateMachine::check(c, expire, today, limits).ok());

    // With 10 days' agreed extension the agreement of 03-01 fits.
    c.extensionDays = 10;
    agree.on = d(2026, 3, 1);
    QVERIFY(MediationStateMachine::check(c, agree, today, dl.limits(c)).ok());

    // Agreed 02-26: arbitration review up to 03-13, judicial confirmation up to Sat 03-28, moved
    // to Mon 03-30. Later applications are warnings: refused without an override reason.
    MediationCase agreed = sampleCase(CaseStatus::Agreed);
    const auto after = dl.limits(agreed);
    MediationStateMachine::Request review{CaseStatus::ArbitrationReview, d(2026, 3, 13), {}, {}, {}, {}};
    QVERIFY(MediationStateMachine::check(agreed, review, d(2026, 4, 30), after).ok());
    review.on = d(2026, 3, 14);
    QVERIFY(!MediationStateMachine::check(agreed, review, d(2026, 4, 30), after).ok());
    MediationStateMachine::Request confirm{CaseStatus::JudicialConfirmation, d(2026, 3, 30), {}, {}, {}, {}};
    QVERIFY(MediationStateMachine::check(agreed, confirm, d(2026, 4, 30), after).ok());
    confirm.on = d(2026, 3, 31);
    QVERIFY(!MediationStateMachine::check(agreed, confirm, d(2026, 4, 30), after).ok());
    confirm.overrideReason = QStringLiteral("申请书于3月27日邮寄");
    QVERIFY(MediationStateMachine::check(agreed, confirm, d(2026, 4, 30), after).ok());
}

void tst_MediationDeadlines::policyDefaultsMatchTheSeed()
{
    // The numbers migrations 0005 and 0010 seed into policy_values that the policy reads.
    const QMap<QString, QString> configurable{
        {QStringLiteral("mediation.accept_working_days"), QStringLiteral("3")},
        {QStringLiteral("mediation.delegated_days"), QStringLiteral("30")},
        {QStringLiteral("mediation.arbitration_review_days"), QStringLiteral("15")},
        {QStringLiteral("mediation.follow_up_days"), QStringLiteral("30")},
        {QStringLiteral("mediation.due_soon_days"), QStringLiteral("3")},
    };
    QCOMPARE(DeadlinePolicy().toValues(), configurable);
    QCOMPARE(DeadlinePolicy::keys().size(), configurable.size());
    // The [P] rows 0005 seeds too are fixed numbers: not keys of the policy.
    const QStringList fixed{QStringLiteral("mediation.window_days"), QStringLiteral("mediation.judicial_confirmation_days"),
                            QStringLiteral("mediation.limitation_months")};
    QCOMPARE(DeadlinePolicy::fixedKeys(), fixed);
    QMap<QString, QString> seed = configurable;
    seed.insert(fixed.at(0), QStringLiteral("15"));
    seed.insert(fixed.at(1), QStringLiteral("30"));
    seed.insert(fixed.at(2), QStringLiteral("12"));
    QStringList problems;
    QVERIFY(DeadlinePolicy::fromValues(seed, &problems) == DeadlinePolicy());
    QVERIFY(problems.isEmpty());
    QCOMPARE(DeadlinePolicy::windowDays, 15);
    QCOMPARE(DeadlinePolicy::judicialConfirmationDays, 30);
    QCOMPARE(DeadlinePolicy::limitationMonths, 12);
}

void tst_MediationDeadlines::policyFromValues()
{
    QStringList problems;
    const DeadlinePolicy p = DeadlinePolicy::fromValues(
        {
            {QStringLiteral("mediation.accept_working_days"), QStringLiteral(" 5 ")},
            {QStringLiteral("mediation.follow_up_days"), QStringLiteral("fifteen")}, // malformed: default kept
            {QStringLiteral("mediation.delegated_days"), QStringLiteral("300")},     // out of range
            {QStringLiteral("mediation.window_days"), QStringLiteral("20")},         // [P]: ignored
            {QStringLiteral("mediation.judicial_confirmation_days"), QStringLiteral("60")}, // [P]: ignored
            {QStringLiteral("mediation.due_soon_days"), QStringLiteral("7")},
            {QStringLiteral("mediation.collective_threshold"), QStringLiteral("10")}, // not a deadline number
            {QStringLiteral("attachment.max_bytes"), QStringLiteral("20971520")},
        },
        &problems);
    QCOMPARE(p.acceptWorkingDays, 5);
    QCOMPARE(p.followUpDays, 30);
    QCOMPARE(p.delegatedDays, 30);
    QCOMPARE(p.dueSoonDays, 7);
    QCOMPARE(p.arbitrationReviewDays, 15); // missing: default
    QCOMPARE(problems.size(), 2);
    QVERIFY2(problems.at(0).contains(QStringLiteral("mediation.delegated_days")), qPrintable(problems.at(0)));
    QVERIFY2(problems.at(1).contains(QStringLiteral("fifteen")), qPrintable(problems.at(1)));
    // The [P] numbers do not move, whatever policy_values says.
    const MediationDeadlines dl(udtest::officialCalendar(), p);
    QCOMPARE(dl.windowEnd(d(2026, 1, 20), 0), d(2026, 2, 4));
    QCOMPARE(dl.confirmationDue(d(2026, 1, 20)), d(2026, 2, 24));
    QVERIFY(p != DeadlinePolicy());
    QVERIFY(DeadlinePolicy::fromValues({}) == DeadlinePolicy()); // problems may be omitted
}

void tst_MediationDeadlines::policyCheckValue_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");

    // [P] numbers are fixed by law: refused whatever the value, even the lawful one.
    QTest::newRow("window 15 (fixed)") << QStringLiteral("mediation.window_days") << QStringLiteral("15") << false;
    QTest::newRow("window 20 (fixed)") << QStringLiteral("mediation.window_days") << QStringLiteral("20") << false;
    QTest::newRow("confirmation 30 (fixed)") << QStringLiteral("mediation.judicial_confirmation_days")
                                             << QStringLiteral("30") << false;
    QTest::newRow("limitation 24 (fixed)") << QStringLiteral("mediation.limitation_months") << QStringLiteral("24")
                                           << false;
    QTest::newRow("delegated 30") << QStringLiteral("mediation.delegated_days") << QStringLiteral("30") << true;
    QTest::newRow("delegated 0") << QStringLiteral("mediation.delegated_days") << QStringLiteral("0") << false;
    QTest::newRow("review 20 [S]") << QStringLiteral("mediation.arbitration_review_days") << QStringLiteral("20")
                                   << true;
    QTest::newRow("accept 0 (decide the same day)") << QStringLiteral("mediation.accept_working_days")
                                                    << QStringLiteral("0") << true;
    QTest::newRow("negative") << QStringLiteral("mediation.follow_up_days") << QStringLiteral("-1") << false;
    QTest::newRow("decimal") << QStringLiteral("mediation.follow_up_days") << QStringLiteral("12.5") << false;
    QTest::newRow("empty") << QStringLiteral("mediation.due_soon_days") << QString() << false;
    QTest::newRow("follow-up 365 days") << QStringLiteral("mediation.follow_up_days") << QStringLiteral("365") << true;
    QTest::newRow("unknown key: anything") << QStringLiteral("mediation.representatives_max") << QStringLiteral("x")
                                           << true;
}

void tst_MediationDeadlines::policyCheckValue()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, ok);
    const Status s = DeadlinePolicy::checkValue(key, value);
    QCOMPARE(s.ok(), ok);
    QCOMPARE(s.error().isEmpty(), ok);
    if (DeadlinePolicy::fixedKeys().contains(key))
        QVERIFY2(s.error().contains(QStringLiteral("fixed by law")), qPrintable(s.error()));
}

QTEST_GUILESS_MAIN(tst_MediationDeadlines)
#include "tst_mediationdeadlines.moc"
