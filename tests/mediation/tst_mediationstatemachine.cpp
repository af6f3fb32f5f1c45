// Tests for ud::MediationStateMachine: every pair (from, to) of the eleven statuses is tried with
// data that satisfies the move's own rules, so exactly the lifecycle's moves (domain.md §1.4)
// succeed and every other pair is refused with a message; then each guard on its own: what
// acceptance needs, reasons, the mediation window and its extension, review deadlines, unpaid
// money, dates in the future or out of order, and closed cases.

#include "core/Money.h"
#include "mediation/MediationStateMachine.h"
#include "mediation/TransitionPreview.h"

#include <QSet>
#include <QtTest>

using namespace ud;

using Request = MediationStateMachine::Request;
using Limits = MediationStateMachine::Limits;

Q_DECLARE_METATYPE(ud::CaseStatus)

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

const QDate kReceived(2026, 3, 2); // a Monday
const QDate kDecided(2026, 3, 3);
const QDate kAgreed(2026, 3, 10);
const QDate kReviewApplied(2026, 3, 15);
const QDate kDue(2026, 3, 20);
const QDate kToday(2026, 4, 30);
const qint64 kAgreedFen = 800000; // 8,000.00 yuan

Limits limits()
{
    Limits l;
    l.windowEnd = kReceived.addDays(15);            // 2026-03-17
    l.arbitrationReviewDue = kAgreed.addDays(15);   // 2026-03-25
    l.confirmationDue = kAgreed.addDays(30);        // 2026-04-09
    return l;
}

bool afterAgreement(CaseStatus s)
{
    switch (s) {
    case CaseStatus::Agreed:
    case CaseStatus::ArbitrationReview:
    case CaseStatus::JudicialConfirmation:
    case CaseStatus::Performing:
    case CaseStatus::Performed:
    case CaseStatus::Breached:
        return true;
    default:
        return false;
    }
}

// A case at `status` with everything every move from it needs: an applicant, the employer, the
// dispute type, consent, an agreed amount with its due date and (after the agreement) the whole
// sum paid, so "performed" is possible.
MediationCase caseAt(CaseStatus status)
{
    MediationCase c;
    c.id = QStringLiteral("case-1");
    c.version = 3;
    c.status = status;
    c.receivedOn = kReceived;
    c.source = QStringLiteral("written_application");
    c.employerId = QStringLiteral("employer-1");
    c.disputeType = QStringLiteral("remuneration");
    c.facts = u("拖欠工资三个月");
    c.respondentConsent = true;
    CaseParty applicant;
    applicant.workerId = QStringLiteral("worker-1");
    applicant.name = u("张三");
    c.parties << applicant;
    CaseItem claim;
    claim.kind = QStringLiteral("claim");
    claim.item = QStringLiteral("wage");
    claim.amountFen = 1000000;
    CaseItem agreed;
    agreed.kind = QStringLiteral("agreed");
    agreed.item = QStringLiteral("wage");
    agreed.amountFen = kAgreedFen;
    agreed.dueOn = kDue;
    c.items << claim << agreed;
    if (status != CaseStatus::Received)
        c.decidedOn = kDecided;
    if (afterAgreement(status)) {
        c.agreedOn = kAgreed;
        CasePayment paid;
        paid.paidOn = kDue;
        paid.amountFen = kAgreedFen;
        c.payments << paid;
    }
    if (status == CaseStatus::ArbitrationReview || status == CaseStatus::JudicialConfirmation) {
        c.reviewKind = MediationStateMachine::statusKey(status);
        c.reviewAppliedOn = kReviewApplied;
    }
    if (status == CaseStatus::Failed) {
        c.closedOn = QDate(2026, 3, 12);
        c.closeReason = QStringLiteral("no_agreement");
    }
    if (status == CaseStatus::Performed || status == CaseStatus::Breached)
        c.closedOn = QDate(2026, 4, 1);
    return c;
}

// A request for a move to `to` that meets that move's own rules.
Request requestFor(CaseStatus to)
{
    Request r;
    r.to = to;
    switch (to) {
    case CaseStatus::Received: r.on = kDecided; break;
    case CaseStatus::Accepted: r.on = kDecided; break;
    case CaseStatus::Rejected:
        r.on = kDecided;
        r.reasonCode = QStringLiteral("not_labour_dispute");
        r.reason = u("申请事项不属于劳动争议");
        break;
    case CaseStatus::Withdrawn: r.on = kDecided; break;
    case CaseStatus::InMediation: r.on = QDate(2026, 3, 4); break;
    case CaseStatus::Agreed: r.on = kAgreed; break;
    case CaseStatus::Failed:
        r.on = QDate(2026, 3, 12);
        r.closeReason = QStringLiteral("no_agreement");
        r.reason = u("双方对金额分歧较大");
        break;
    case CaseStatus::ArbitrationReview: r.on = QDate(2026, 3, 16); break;
    case CaseStatus::JudicialConfirmation: r.on = QDate(2026, 3, 16); break;
    case CaseStatus::Performing: r.on = kDue; break;
    case CaseStatus::Performed: r.on = QDate(2026, 3, 21); break;
    case CaseStatus::Breached:
        r.on = QDate(2026, 4, 15);
        r.reason = u("逾期未支付");
        break;
    }
    return r;
}

QString moveKey(CaseStatus from, CaseStatus to)
{
    return MediationStateMachine::statusKey(from) + QStringLiteral("->") + MediationStateMachine::statusKey(to);
}

// The lifecycle of domain.md §1.4, written out independently of successors().
QList<QPair<CaseStatus, CaseStatus>> lifecycle()
{
    using S = CaseStatus;
    const QList<QPair<S, S>> moves = {
        {S::Received, S::Accepted},
        {S::Received, S::Rejected},
        {S::Received, S::Withdrawn},
        {S::Accepted, S::InMediation},
        {S::Accepted, S::Failed},
        {S::InMediation, S::Agreed},
        {S::InMediation, S::Failed},
        {S::Agreed, S::ArbitrationReview},
        {S::Agreed, S::JudicialConfirmation},
        {S::Agreed, S::Performing},
        {S::Agreed, S::Performed},
        {S::Agreed, S::Breached},
        {S::ArbitrationReview, S::Performing},
        {S::ArbitrationReview, S::Performed},
        {S::ArbitrationReview, S::Breached},
        {S::JudicialConfirmation, S::Performing},
        {S::JudicialConfirmation, S::Performed},
        {S::JudicialConfirmation, S::Breached},
        {S::Performing, S::Performed},
        {S::Performing, S::Breached},
    };
    return moves;
}

// The same moves as "from->to" keys.
QSet<QString> lifecycleKeys()
{
    QSet<QString> keys;
    for (const auto &move : lifecycle())
        keys.insert(moveKey(move.first, move.second));
    return keys;
}

Status check(const MediationCase &c, const Request &r, const Limits &l = limits())
{
    return MediationStateMachine::check(c, r, kToday, l);
}

} // namespace

class tst_MediationStateMachine : public QObject
{
    Q_OBJECT

private slots:
    void statusKeys();
    void finalAndClosed();
    void successorsFollowTheLifecycle();
    void everyPair_data();
    void everyPair();

    void acceptanceNeeds_data();
    void acceptanceNeeds();
    void rejectionNeedsCodedReason_data();
    void rejectionNeedsCodedReason();
    void withdrawalBeforeAcceptance();
    void underAgeApplicantIsAWarning_data();
    void underAgeApplicantIsAWarning();
    void agreementDates();
    void agreementAfterWindowIsAWarning();
    void agreementNeedsTerms();
    void failureReasons();
    void windowExpiredOnlyAfterTheWindow();
    void reviewDeadlines_data();
    void reviewDeadlines();
    void performedNeedsEverythingPaid();
    void breachNeedsReason();
    void futureDatesRefused_data();
    void futureDatesRefused();
    void missingDateRefused();
    void stepsStayInOrder_data();
    void stepsStayInOrder();
    void finalStatusesCannotMove_data();
    void finalStatusesCannotMove();
    void notBeforeThePreviousMove_data();
    void notBeforeThePreviousMove();
    void moveRecordsItsDates_data();
    void moveRecordsItsDates();
    void previewNamesTheChangeAndItsDates_data();
    void previewNamesTheChangeAndItsDates();
    void performedPreviewSaysWhatIsUnpaid();
};

void tst_MediationStateMachine::statusKeys()
{
    const QList<CaseStatus> all = MediationStateMachine::allStatuses();
    QCOMPARE(all.size(), 12);
    const QStringList keys = {u("received"), u("accepted"), u("rejected"), u("withdrawn"), u("in_mediation"), u("agreed"), u("failed"),
                              u("arbitration_review"), u("judicial_confirmation"), u("performing"), u("performed"),
                              u("breached")};
    QSet<QString> names;
    for (int i = 0; i < all.size(); ++i) {
        QCOMPARE(MediationStateMachine::statusKey(all.at(i)), keys.at(i));
        QCOMPARE(MediationStateMachine::statusFromKey(keys.at(i)), std::optional<CaseStatus>(all.at(i)));
        QVERIFY(!MediationStateMachine::statusName(all.at(i)).isEmpty());
        names.insert(MediationStateMachine::statusName(all.at(i)));
    }
    QCOMPARE(names.size(), 12);
    QVERIFY(!MediationStateMachine::statusFromKey(u("closed")).has_value());
    QVERIFY(!MediationStateMachine::statusFromKey(QString()).has_value());
    QVERIFY(!MediationStateMachine::statusFromKey(u("Received")).has_value());
}

void tst_MediationStateMachine::finalAndClosed()
{
    using S = CaseStatus;
    const QList<S> finals = {S::Rejected, S::Withdrawn, S::Failed, S::Performed, S::Breached};
    const QList<S> open = {S::Received, S::Accepted, S::Rejected, S::InMediation};
    for (const S s : MediationStateMachine::allStatuses()) {
        QCOMPARE(MediationStateMachine::isFinal(s), finals.contains(s));
        // 结案 counts outcomes; a case not accepted was never a case of the body.
        QCOMPARE(MediationStateMachine::isClosed(s), !open.contains(s));
    }
}

void tst_MediationStateMachine::successorsFollowTheLifecycle()
{
    const QSet<QString> moves = lifecycleKeys();
    for (const CaseStatus from : MediationStateMachine::allStatuses())
        for (const CaseStatus to : MediationStateMachine::allStatuses())
            QVERIFY2(MediationStateMachine::successors(from).contains(to) == moves.contains(moveKey(from, to)),
                     qPrintable(moveKey(from, to)));
}

void tst_MediationStateMachine::everyPair_data()
{
    QTest::addColumn<CaseStatus>("from");
    QTest::addColumn<CaseStatus>("to");
    QTest::addColumn<bool>("allowed");
    const QSet<QString> moves = lifecycleKeys();
    for (const CaseStatus from : MediationStateMachine::allStatuses())
        for (const CaseStatus to : MediationStateMachine::allStatuses())
            QTest::addRow("%s", qPrintable(moveKey(from, to))) << from << to << moves.contains(moveKey(from, to));
}

void tst_MediationStateMachine::everyPair()
{
    QFETCH(CaseStatus, from);
    QFETCH(CaseStatus, to);
    QFETCH(bool, allowed);
    const Status s = check(caseAt(from), requestFor(to));
    if (allowed) {
        QVERIFY2(s.ok(), qPrintable(s.error()));
        return;
    }
    QVERIFY(!s.ok());
    QVERIFY(!s.error().isEmpty());
    // The message names where the case is: "closed (…)" for final statuses, "cannot become" otherwise.
    QVERIFY2(s.error().contains(MediationStateMachine::statusName(from)), qPrintable(s.error()));
    if (!MediationStateMachine::isFinal(from))
        QVERIFY2(s.error().contains(MediationStateMachine::statusName(to)), qPrintable(s.error()));
}

void tst_MediationStateMachine::acceptanceNeeds_data()
{
    QTest::addColumn<QString>("missing");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("applicant") << u("applicant") << u("applicant");
    QTest::newRow("agent only") << u("agent only") << u("applicant");
    QTest::newRow("employer") << u("employer") << u("employer");
    QTest::newRow("dispute type") << u("dispute type") << u("dispute type");
    QTest::newRow("respondent refused") << u("consent") << u("refused mediation");
    // 17号令 art. 23: both parties agree; consent not asked yet is not consent.
    QTest::newRow("respondent's consent not recorded") << u("consent unknown") << u("agreed to mediation");
}

void tst_MediationStateMachine::acceptanceNeeds()
{
    QFETCH(QString, missing);
    QFETCH(QString, messagePart);
    MediationCase c = caseAt(CaseStatus::Received);
    if (missing == QLatin1String("applicant")) {
        c.parties.clear();
    } else if (missing == QLatin1String("agent only")) {
        c.parties.first().role = QStringLiteral("agent");
    } else if (missing == QLatin1String("employer")) {
        c.employerId.clear();
    } else if (missing == QLatin1String("dispute type")) {
        c.disputeType.clear();
    } else if (missing == QLatin1String("consent unknown")) {
        c.respondentConsent.reset();
    } else {
        c.respondentConsent = false;
    }
    const Status s = check(c, requestFor(CaseStatus::Accepted));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(messagePart), qPrintable(s.error()));
    // Not accepting the same case is possible (with reasons).
    QVERIFY(check(c, requestFor(CaseStatus::Rejected)).ok());
}

void tst_MediationStateMachine::rejectionNeedsCodedReason_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("refusal"); // a part of the message, empty when allowed
    QTest::newRow("code alone") << u("respondent_refused") << QString() << QString();
    QTest::newRow("code and words") << u("not_labour_dispute") << u("申请事项属于民事借贷") << QString();
    QTest::newRow("other with words") << u("other") << u("申请人系公务员") << QString();
    QTest::newRow("words alone count as other") << QString() << u("已向仲裁委申请仲裁") << QString();
    QTest::newRow("other without words") << u("other") << u("  ") << u("in words");
    QTest::newRow("nothing") << QString() << QString() << u("Choose the reason");
    QTest::newRow("blank words only") << QString() << u("\n\t") << u("Choose the reason");
}

void tst_MediationStateMachine::rejectionNeedsCodedReason()
{
    QFETCH(QString, code);
    QFETCH(QString, words);
    QFETCH(QString, refusal);
    const MediationCase c = caseAt(CaseStatus::Received);
    Request r = requestFor(CaseStatus::Rejected);
    r.reasonCode = code;
    r.reason = words;
    const Status s = check(c, r);
    if (refusal.isEmpty()) {
        QVERIFY2(s.ok(), qPrintable(s.error()));
        return;
    }
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(refusal), qPrintable(s.error()));
}

void tst_MediationStateMachine::withdrawalBeforeAcceptance()
{
    // Its own ending, reason in words optional; after acceptance a withdrawal is a failure with
    // close reason "withdrawal" (failureReasons).
    Request r = requestFor(CaseStatus::Withdrawn);
    QVERIFY(r.reason.isEmpty());
    QVERIFY2(check(caseAt(CaseStatus::Received), r).ok(), qPrintable(check(caseAt(CaseStatus::Received), r).error()));
    QVERIFY(MediationStateMachine::isFinal(CaseStatus::Withdrawn));
    for (CaseStatus from : {CaseStatus::Accepted, CaseStatus::InMediation, CaseStatus::Agreed})
        QVERIFY(!check(caseAt(from), r).ok());
}

void tst_MediationStateMachine::underAgeApplicantIsAWarning_data()
{
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<QString>("idNumber");
    QTest::addColumn<bool>("warned");
    // Received 2026-03-02: 16 years old from the birthday 2010-03-02 on.
    QTest::newRow("16 on the day received") << QDate(2010, 3, 2) << QString() << false;
    QTest::newRow("16 one day later") << QDate(2010, 3, 3) << QString() << true;
    QTest::newRow("14") << QDate(2012, 1, 1) << QString() << true;
    QTest::newRow("adult") << QDate(1990, 5, 1) << QString() << false;
    QTest::newRow("no birth date, from the ID number") << QDate() << u("110105201005010019") << true;
    QTest::newRow("nothing known") << QDate() << QString() << false;
}

void tst_MediationStateMachine::underAgeApplicantIsAWarning()
{
    QFETCH(QDate, birthDate);
    QFETCH(QString, idNumber);
    QFETCH(bool, warned);
    MediationCase c = caseAt(CaseStatus::Received);
    c.parties.first().birthDate = birthDate;
    c.parties.first().idNumber = idNumber;
    Request r = requestFor(CaseStatus::Accepted);
    const MediationStateMachine::Verdict v = MediationStateMachine::assess(c, r, kToday, limits());
    QVERIFY(v.error.isEmpty());
    QCOMPARE(v.warnings.size(), warned ? 1 : 0);
    QCOMPARE(check(c, r).ok(), !warned);
    if (!warned)
        return;
    QVERIFY2(v.warnings.first().contains(u("under 16")) && v.warnings.first().contains(u("labour inspection")),
             qPrintable(v.warnings.first()));
    QVERIFY2(check(c, r).error().contains(u("reason for overriding")), qPrintable(check(c, r).error()));
    r.overrideReason = u("已告知申请人向劳动监察大队举报");
    QVERIFY(check(c, r).ok());
}

void tst_MediationStateMachine::agreementDates()
{
    MediationCase c = caseAt(CaseStatus::InMediation);
    c.decidedOn = kReceived;
    Request r = requestFor(CaseStatus::Agreed);
    r.on = kReceived.addDays(-1);
    Status s = check(c, r);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(u("before the application was received")), qPrintable(s.error()));
    r.on = kReceived; // the same day is possible
    QVERIFY2(check(c, r).ok(), qPrintable(check(c, r).error()));

    // An agreed payment date before the agreement itself.
    c.items.last().dueOn = QDate(2026, 3, 5);
    r.on = kAgreed;
    s = check(c, r);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(u("2026-03-05")), qPrintable(s.error()));
}

void tst_MediationStateMachine::agreementAfterWindowIsAWarning()
{
    const MediationCase c = caseAt(CaseStatus::InMediation);
    Request r = requestFor(CaseStatus::Agreed);
    r.on = limits().windowEnd;
    QVERIFY(check(c, r).ok()); // the last day of the window
    QVERIFY(MediationStateMachine::assess(c, r, kToday, limits()).warnings.isEmpty());
    r.on = limits().windowEnd.addDays(1);
    const MediationStateMachine::Verdict v = MediationStateMachine::assess(c, r, kToday, limits());
    QVERIFY2(v.error.isEmpty(), qPrintable(v.error));
    QCOMPARE(v.warnings.size(), 1);
    const Status s = check(c, r);
    QVERIFY(!s.ok()); // not without a reason
    QVERIFY2(s.error().contains(u("window ended on 2026-03-17")), qPrintable(s.error()));
    QVERIFY2(s.error().contains(u("extension")), qPrintable(s.error()));
    r.overrideReason = u("双方当庭签字确认，同意在期满后达成协议");
    QVERIFY(check(c, r).ok());
    r.overrideReason = u("  ");
    QVERIFY(!check(c, r).ok());
    // With an extension both parties agreed to, the window (computed by the caller) is longer.
    Limits extended = limits();
    extended.windowEnd = limits().windowEnd.addDays(10);
    QVERIFY(check(c, r, extended).ok());
    r.on = extended.windowEnd.addDays(1);
    QVERIFY(!check(c, r, extended).ok());
}

void tst_MediationStateMachine::agreementNeedsTerms()
{
    MediationCase c = caseAt(CaseStatus::InMediation);
    c.items.removeLast(); // only the claim is left
    const Status s = check(c, requestFor(CaseStatus::Agreed));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(u("terms")), qPrintable(s.error()));
    c.agreementTerms = u("被申请人向申请人赔礼道歉，恢复其原工作岗位。"); // terms without money
    QVERIFY(check(c, requestFor(CaseStatus::Agreed)).ok());
}

void tst_MediationStateMachine::failureReasons()
{
    const MediationCase c = caseAt(CaseStatus::InMediation);
    Request r = requestFor(CaseStatus::Failed);
    r.closeReason.clear();
    const Status s = check(c, r);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(u("why")), qPrintable(s.error()));
    for (const char *reason : {"no_agreement", "refusal", "withdrawal"}) {
        r.closeReason = QLatin1String(reason);
        QVERIFY2(check(c, r).ok(), reason);
        QVERIFY2(check(caseAt(CaseStatus::Accepted), r).ok(), reason);
    }
}

void tst_MediationStateMachine::windowExpiredOnlyAfterTheWindow()
{
    const MediationCase c = caseAt(CaseStatus::InMediation);
    Request r = requestFor(CaseStatus::Failed);
    r.closeReason = QStringLiteral("window_expired");
    for (const QDate &d : {QDate(2026, 3, 10), limits().windowEnd}) {
        r.on = d;
        const Status s = check(c, r);
        QVERIFY2(!s.ok(), qPrintable(d.toString(Qt::ISODate)));
        QVERIFY2(s.error().contains(u("has not expired")) && s.error().contains(u("2026-03-17")), qPrintable(s.error()));
    }
    r.on = limits().windowEnd.addDays(1);
    QVERIFY(check(c, r).ok());
    // An extended window has not expired on the original last day.
    Limits extended = limits();
    extended.windowEnd = limits().windowEnd.addDays(7);
    QVERIFY(!check(c, r, extended).ok());
}

void tst_MediationStateMachine::reviewDeadlines_data()
{
    QTest::addColumn<CaseStatus>("to");
    QTest::addColumn<QDate>("lastDay");
    QTest::newRow("arbitration review, 15 days") << CaseStatus::ArbitrationReview << limits().arbitrationReviewDue;
    QTest::newRow("judicial confirmation, 30 days") << CaseStatus::JudicialConfirmation << limits().confirmationDue;
}

void tst_MediationStateMachine::reviewDeadlines()
{
    QFETCH(CaseStatus, to);
    QFETCH(QDate, lastDay);
    const MediationCase c = caseAt(CaseStatus::Agreed);
    Request r = requestFor(to);
    r.on = lastDay;
    QVERIFY2(check(c, r).ok(), qPrintable(check(c, r).error()));
    r.on = lastDay.addDays(1);
    // Late: a warning the commission or court decides on, not a refusal; it needs a reason.
    const MediationStateMachine::Verdict v = MediationStateMachine::assess(c, r, kToday, limits());
    QVERIFY2(v.error.isEmpty(), qPrintable(v.error));
    QCOMPARE(v.warnings.size(), 1);
    const Status s = check(c, r);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(lastDay.toString(Qt::ISODate)), qPrintable(s.error()));
    r.overrideReason = u("申请书已于期限内邮寄");
    QVERIFY2(check(c, r).ok(), qPrintable(check(c, r).error()));
    r.on = kAgreed.addDays(-1); // before the agreement it reviews: an error, whatever the override
    QVERIFY(!check(c, r).ok());
    QVERIFY(!MediationStateMachine::assess(c, r, kToday, limits()).error.isEmpty());
}

void tst_MediationStateMachine::performedNeedsEverythingPaid()
{
    MediationCase c = caseAt(CaseStatus::Performing);
    c.payments.first().amountFen = 500000; // 5,000 of 8,000 paid
    const Status s = check(c, requestFor(CaseStatus::Performed));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(u("3,000.00")), qPrintable(s.error()));
    c.payments.clear();
    QVERIFY(!check(c, requestFor(CaseStatus::Performed)).ok());
    QVERIFY(check(c, requestFor(CaseStatus::Breached)).ok());
    QVERIFY(!check(c, requestFor(CaseStatus::Performing)).ok()); // performing -> performing is no move
    CasePayment rest;
    rest.paidOn = kDue;
    rest.amountFen = kAgreedFen;
    c.payments << rest;
    QVERIFY(check(c, requestFor(CaseStatus::Performed)).ok());
    // An agreement with no money (an apology, a reinstatement) is performed without payments.
    MediationCase noMoney = caseAt(CaseStatus::Agreed);
    noMoney.items.removeLast();
    noMoney.payments.clear();
    noMoney.agreementTerms = u("恢复原工作岗位");
    QVERIFY(check(noMoney, requestFor(CaseStatus::Performed)).ok());
}

void tst_MediationStateMachine::breachNeedsReason()
{
    const MediationCase c = caseAt(CaseStatus::Performing);
    Request r = requestFor(CaseStatus::Breached);
    r.reason = u("  ");
    const Status s = check(c, r);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(u("not performed")), qPrintable(s.error()));
}

void tst_MediationStateMachine::futureDatesRefused_data()
{
    QTest::addColumn<CaseStatus>("from");
    QTest::addColumn<CaseStatus>("to");
    for (const auto &move : lifecycle())
        QTest::addRow("%s", qPrintable(moveKey(move.first, move.second))) << move.first << move.second;
}

void tst_MediationStateMachine::futureDatesRefused()
{
    QFETCH(CaseStatus, from);
    QFETCH(CaseStatus, to);
    MediationCase c = caseAt(from);
    for (CaseItem &item : c.items)
        item.dueOn = kToday; // an agreement made today pays today at the earliest
    Request r = requestFor(to);
    r.on = kToday.addDays(1);
    // Deadlines far away, so only the date in the future can be the reason.
    Limits l;
    l.windowEnd = kToday.addYears(1);
    l.arbitrationReviewDue = kToday.addYears(1);
    l.confirmationDue = kToday.addYears(1);
    if (to == CaseStatus::Failed)
        r.closeReason = QStringLiteral("no_agreement");
    const Status s = check(c, r, l);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(u("future")), qPrintable(s.error()));
    r.on = kToday; // today itself is fine
    QVERIFY2(check(c, r, l).ok(), qPrintable(check(c, r, l).error()));
}

void tst_MediationStateMachine::missingDateRefused()
{
    Request r = requestFor(CaseStatus::Accepted);
    r.on = QDate();
    const Status s = check(caseAt(CaseStatus::Received), r);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(u("Enter the date")), qPrintable(s.error()));
}

// No step is dated before the step the case is at: acceptance, agreement, review application.
void tst_MediationStateMachine::stepsStayInOrder_data()
{
    QTest::addColumn<CaseStatus>("from");
    QTest::addColumn<CaseStatus>("to");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<QString>("messagePart");
    const QDate dayBeforeDecision = kDecided.addDays(-1); // after receipt, before acceptance
    QTest::newRow("mediation before acceptance") << CaseStatus::Accepted << CaseStatus::InMediation << dayBeforeDecision
                                                 << u("before the case was accepted");
    QTest::newRow("failure before acceptance") << CaseStatus::Accepted << CaseStatus::Failed << dayBeforeDecision
                                               << u("before the case was accepted");
    QTest::newRow("agreement before acceptance") << CaseStatus::InMediation << CaseStatus::Agreed << dayBeforeDecision
                                                 << u("before the case was accepted");
    QTest::newRow("review before agreement") << CaseStatus::Agreed << CaseStatus::ArbitrationReview << kAgreed.addDays(-1)
                                             << u("before the agreement took effect");
    QTest::newRow("performing before agreement") << CaseStatus::Agreed << CaseStatus::Performing << kAgreed.addDays(-1)
                                                 << u("before the agreement took effect");
    QTest::newRow("breach before agreement") << CaseStatus::Agreed << CaseStatus::Breached << kAgreed.addDays(-1)
                                             << u("before the agreement took effect");
    QTest::newRow("performing before review") << CaseStatus::ArbitrationReview << CaseStatus::Performing
                                              << kReviewApplied.addDays(-1) << u("review was applied for");
    QTest::newRow("performed before confirmation") << CaseStatus::JudicialConfirmation << CaseStatus::Performed
                                                   << kReviewApplied.addDays(-1) << u("review was applied for");
}

void tst_MediationStateMachine::stepsStayInOrder()
{
    QFETCH(CaseStatus, from);
    QFETCH(CaseStatus, to);
    QFETCH(QDate, on);
    QFETCH(QString, messagePart);
    MediationCase c = caseAt(from);
    c.decidedOn = kDecided;
    Request r = requestFor(to);
    r.on = on;
    const Status s = check(c, r);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(messagePart), qPrintable(s.error()));
    r.on = requestFor(to).on;
    QVERIFY2(check(c, r).ok(), qPrintable(check(c, r).error()));
}

void tst_MediationStateMachine::finalStatusesCannotMove_data()
{
    QTest::addColumn<CaseStatus>("from");
    for (const CaseStatus s : MediationStateMachine::allStatuses())
        if (MediationStateMachine::isFinal(s))
            QTest::addRow("%s", qPrintable(MediationStateMachine::statusKey(s))) << s;
}

void tst_MediationStateMachine::finalStatusesCannotMove()
{
    QFETCH(CaseStatus, from);
    QVERIFY(MediationStateMachine::successors(from).isEmpty());
    for (const CaseStatus to : MediationStateMachine::allStatuses()) {
        const Status s = check(caseAt(from), requestFor(to));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(u("closed")), qPrintable(s.error()));
    }
}

// Schema 17: no move is dated before the case's previous move, also when that move (to in
// mediation, to performing) has no date of its own; the message names both dates and the date
// error is marked as such (the dialog shows it next to the date field). The same day is fine.
void tst_MediationStateMachine::notBeforeThePreviousMove_data()
{
    QTest::addColumn<CaseStatus>("from");
    QTest::addColumn<QDate>("lastMoved");
    QTest::addColumn<CaseStatus>("to");
    QTest::addColumn<QDate>("on");
    QTest::newRow("agreement before mediation started")
        << CaseStatus::InMediation << QDate(2026, 3, 9) << CaseStatus::Agreed << QDate(2026, 3, 8);
    QTest::newRow("failure before mediation started")
        << CaseStatus::InMediation << QDate(2026, 3, 9) << CaseStatus::Failed << QDate(2026, 3, 8);
    QTest::newRow("mediation before acceptance's own move")
        << CaseStatus::Accepted << QDate(2026, 3, 5) << CaseStatus::InMediation << QDate(2026, 3, 4);
    QTest::newRow("performed before performing began")
        << CaseStatus::Performing << QDate(2026, 3, 25) << CaseStatus::Performed << QDate(2026, 3, 21);
    QTest::newRow("breach before performing began")
        << CaseStatus::Performing << QDate(2026, 4, 20) << CaseStatus::Breached << QDate(2026, 4, 15);
    QTest::newRow("performing before the review's move")
        << CaseStatus::JudicialConfirmation << QDate(2026, 3, 18) << CaseStatus::Performing << QDate(2026, 3, 17);
}

void tst_MediationStateMachine::notBeforeThePreviousMove()
{
    QFETCH(CaseStatus, from);
    QFETCH(QDate, lastMoved);
    QFETCH(CaseStatus, to);
    QFETCH(QDate, on);
    MediationCase c = caseAt(from);
    c.lastMovedOn = lastMoved;
    Request r = requestFor(to);
    r.on = on;
    Limits l = limits();
    l.windowEnd = kToday; // no window warning in the way
    const MediationStateMachine::Verdict v = MediationStateMachine::assess(c, r, kToday, l);
    QVERIFY2(v.error.contains(on.toString(Qt::ISODate)) && v.error.contains(lastMoved.toString(Qt::ISODate)),
             qPrintable(v.error));
    QVERIFY2(v.error.contains(u("previous status change")), qPrintable(v.error));
    QVERIFY(v.dateError);
    QVERIFY(!check(c, r, l).ok());
    r.on = lastMoved; // the same day as the previous move is in order
    QVERIFY2(check(c, r, l).ok(), qPrintable(check(c, r, l).error()));
    c.lastMovedOn = QDate(); // a case moved before schema 17: the known dates only
    r.on = on;
    QVERIFY2(check(c, r, l).ok(), qPrintable(check(c, r, l).error()));
}

// What each move records: the status, the date of the move (last_moved_on) and its own date
// column; applyMove leaves the case in memory as recordedColumns writes it.
void tst_MediationStateMachine::moveRecordsItsDates_data()
{
    QTest::addColumn<CaseStatus>("from");
    QTest::addColumn<CaseStatus>("to");
    QTest::addColumn<QString>("dateColumn");
    for (const auto &move : lifecycle()) {
        QString column;
        switch (move.second) {
        case CaseStatus::Accepted:
        case CaseStatus::Rejected: column = QStringLiteral("decided_on"); break;
        case CaseStatus::Agreed: column = QStringLiteral("agreed_on"); break;
        case CaseStatus::ArbitrationReview:
        case CaseStatus::JudicialConfirmation: column = QStringLiteral("review_applied_on"); break;
        case CaseStatus::Withdrawn:
        case CaseStatus::Failed:
        case CaseStatus::Performed:
        case CaseStatus::Breached: column = QStringLiteral("closed_on"); break;
        default: break; // in mediation, performing: the move's date only
        }
        QTest::addRow("%s", qPrintable(moveKey(move.first, move.second))) << move.first << move.second << column;
    }
}

void tst_MediationStateMachine::moveRecordsItsDates()
{
    QFETCH(CaseStatus, from);
    QFETCH(CaseStatus, to);
    QFETCH(QString, dateColumn);
    const MediationCase c = caseAt(from);
    const Request r = requestFor(to);
    const QString on = r.on.toString(Qt::ISODate);
    const QVariantMap columns = MediationStateMachine::recordedColumns(c, r);
    QCOMPARE(columns.value(QStringLiteral("status")).toString(), MediationStateMachine::statusKey(to));
    QCOMPARE(columns.value(QStringLiteral("last_moved_on")).toString(), on);
    if (!dateColumn.isEmpty())
        QCOMPARE(columns.value(dateColumn).toString(), on);
    MediationCase after = c;
    MediationStateMachine::applyMove(after, r);
    QCOMPARE(after.status, to);
    QCOMPARE(after.lastMovedOn, r.on);
    // The next move is checked against it.
    Request earlier = r;
    earlier.on = r.on.addDays(-1);
    for (const CaseStatus next : MediationStateMachine::successors(to)) {
        Request n = requestFor(next);
        n.on = earlier.on;
        MediationCase paid = after; // "performed" needs everything paid first
        if (next == CaseStatus::Performed)
            paid.payments = caseAt(CaseStatus::Agreed).payments;
        const auto v = MediationStateMachine::assess(paid, n, kToday, limits());
        QVERIFY2(!v.error.isEmpty(), qPrintable(moveKey(to, next)));
        QVERIFY2(v.dateError, qPrintable(v.error));
    }
}

// The status dialog's preview, for every move: it names the change of status and every date the
// move records, and says the move's date binds the next one.
void tst_MediationStateMachine::previewNamesTheChangeAndItsDates_data()
{
    QTest::addColumn<CaseStatus>("from");
    QTest::addColumn<CaseStatus>("to");
    for (const auto &move : lifecycle())
        QTest::addRow("%s", qPrintable(moveKey(move.first, move.second))) << move.first << move.second;
}

void tst_MediationStateMachine::previewNamesTheChangeAndItsDates()
{
    QFETCH(CaseStatus, from);
    QFETCH(CaseStatus, to);
    const MediationCase c = caseAt(from);
    const Request r = requestFor(to);
    const TransitionPreview::Preview p = TransitionPreview::of(c, r, limits());
    QVERIFY2(p.statusChange.contains(MediationStateMachine::statusName(from)), qPrintable(p.statusChange));
    QVERIFY2(p.statusChange.contains(MediationStateMachine::statusName(to)), qPrintable(p.statusChange));
    QVERIFY2(p.action.contains(MediationStateMachine::statusName(to)), qPrintable(p.action));
    QVERIFY(!p.recorded.isEmpty());
    QVERIFY2(p.recorded.first().contains(r.on.toString(Qt::ISODate)), qPrintable(p.recorded.join(QLatin1Char('|'))));
    QVERIFY(!p.effects.isEmpty() || to == CaseStatus::Performing);
    // A final status says so: no later change, no undo.
    QCOMPARE(p.cautions.join(QLatin1Char(' ')).contains(u("cannot be undone")), MediationStateMachine::isFinal(to));
    // Another date, another preview.
    Request later = r;
    later.on = r.on.addDays(1);
    QVERIFY(TransitionPreview::of(c, later, limits()).recorded.first().contains(later.on.toString(Qt::ISODate)));
}

// The preview of "performed" says what the case is: still owed money, it names the sum (the move
// is refused then), paid in full, it says so.
void tst_MediationStateMachine::performedPreviewSaysWhatIsUnpaid()
{
    MediationCase c = caseAt(CaseStatus::Performing);
    c.payments.clear(); // nothing paid yet
    const Request r = requestFor(CaseStatus::Performed);
    QVERIFY(c.outstandingFen() > 0);
    QString effects = TransitionPreview::of(c, r, limits()).effects.join(QLatin1Char('|'));
    QVERIFY2(effects.contains(u("still unpaid")) && effects.contains(Money::formatYuan(c.outstandingFen())), qPrintable(effects));
    QVERIFY2(!effects.contains(u("Everything agreed has been paid")), qPrintable(effects));
    CasePayment paid;
    paid.paidOn = kDue;
    paid.amountFen = c.outstandingFen();
    c.payments << paid;
    effects = TransitionPreview::of(c, r, limits()).effects.join(QLatin1Char('|'));
    QVERIFY2(effects.contains(u("Everything agreed has been paid")), qPrintable(effects));
}

QTEST_GUILESS_MAIN(tst_MediationStateMachine)
#include "tst_mediationstatemachine.moc"
