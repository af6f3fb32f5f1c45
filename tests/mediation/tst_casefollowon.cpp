// Tests for what follows the agreement (CaseFollowOnService through CaseFollowOnCommands, and the
// "After the agreement" tab of the case dialog): the review outcome matches the review applied
// for and is not dated before it; 支付令 only for the money art. 16 names; the next step's
// deadline after a breach step; the agreement locked once in effect, a 补充协议 changing the
// outstanding sum; a referral's outcome recorded later; a 回访 on a failed case; 送达 records;
// undo of each write through the command facade; and the tab driven by object names.

#include "cli/CliProcess.h"
#include "commands/CommandFacade.h"
#include "mediation/CaseFollowOnCommands.h"
#include "mediation/CaseFollowOnService.h"
#include "mediation/MediationCommands.h"
#include "mediation/MediationRepository.h"
#include "register/RegisterGuiDriver.h"
#include "storage/Accounts.h"
#include "storage/NodeIdentity.h"
#include "storage/NodeKey.h"
#include "register/RegisterTestData.h"
#include "ui/common/CodeListCache.h"
#include "ui/mediation/CaseDialog.h"
#include "ui/mediation/CaseFollowOnTab.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QtTest>

#include <memory>

using namespace ud;
using Kind = CaseFollowOnService::Kind;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

const QDate kToday(2026, 4, 30);

CaseItem item(const QString &kind, const QString &what, qint64 fen, const QDate &due = {})
{
    CaseItem i;
    i.kind = kind;
    i.item = what;
    i.amountFen = fen;
    i.dueOn = due;
    return i;
}

template <typename T>
T *child(QWidget *parent, const QString &name)
{
    return parent->findChild<T *>(name);
}

} // namespace

class tst_CaseFollowOn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void reviewOutcome_data();
    void reviewOutcome();
    void paymentOrderEligibility_data();
    void paymentOrderEligibility();
    void nextDueOn_data();
    void nextDueOn();
    void breachStepsNeedABreach();
    void agreementLockedAndSupplemented();
    void referralOutcomeLater();
    void followUpOnFailedCase();
    void serviceRecords();
    void undoEachThroughTheFacade();
    void tabDrivesRecords();
    void cliRecordsReferralAndFollowUp();

private:
    // A registered case received on `received`, moved on as far as `to` (agreed items:
    // `agreed`, agreed on `agreedOn`).
    QString makeCase(CaseStatus to, const QList<CaseItem> &agreed = {}, const QDate &agreedOn = QDate(2026, 3, 10),
                     const QDate &received = QDate(2026, 3, 2));
    Status move(const QString &caseId, CaseStatus to, const QDate &on, const QString &reason = {},
                const QString &closeReason = {});
    MediationCase fullCase(const QString &id) const
    {
        return MediationRepository(m_db->db).fullCase(id).value_or(MediationCase());
    }
    qint64 live(const QString &table) const
    {
        QSqlQuery q(m_db->db.connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(table)) && q.next()
            ? q.value(0).toLongLong()
            : -1;
    }

    std::unique_ptr<udtest::RegisterDb> m_db;
    std::unique_ptr<CommandFacade> m_facade;
    std::unique_ptr<MediationCommands> m_cases;
    std::unique_ptr<CaseFollowOnCommands> m_followOn;
};

void tst_CaseFollowOn::init()
{
    m_db = std::make_unique<udtest::RegisterDb>();
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    QVERIFY(m_db->populate(3, 12));
    m_facade = std::make_unique<CommandFacade>(*m_db->store);
    m_cases = std::make_unique<MediationCommands>(*m_facade);
    m_followOn = std::make_unique<CaseFollowOnCommands>(*m_facade);
}

void tst_CaseFollowOn::cleanup()
{
    m_followOn.reset();
    m_cases.reset();
    m_facade.reset();
    m_db.reset();
}

Status tst_CaseFollowOn::move(const QString &caseId, CaseStatus to, const QDate &on, const QString &reason,
                              const QString &closeReason)
{
    MediationStateMachine::Request r;
    r.to = to;
    r.on = on;
    r.reason = reason;
    r.closeReason = closeReason;
    return m_cases->transition(caseId, fullCase(caseId).version, r, kToday, {});
}

QString tst_CaseFollowOn::makeCase(CaseStatus to, const QList<CaseItem> &agreed, const QDate &agreedOn,
                                   const QDate &received)
{
    const udtest::WorkerSpec *worker = nullptr;
    for (const udtest::WorkerSpec &w : std::as_const(m_db->workerList))
        if (!w.employerId.isEmpty()) {
            worker = &w;
            break;
        }
    if (!worker)
        return {};
    MediationCase c;
    c.receivedOn = received;
    c.source = QStringLiteral("written_application");
    c.employerId = worker->employerId;
    c.disputeType = QStringLiteral("remuneration");
    c.facts = u("被申请人拖欠申请人三个月工资共计24000元，经多次催要未果。");
    c.requests = u("请求被申请人支付拖欠的工资。");
    c.mediators = u("李调解");
    c.respondentConsent = true;
    CaseParty p;
    p.workerId = worker->id;
    p.name = worker->name;
    c.parties << p;
    c.items << item(QStringLiteral("claim"), QStringLiteral("wage"), 2400000);
    auto id = m_cases->registerCase(c, kToday);
    if (!id) {
        qWarning("register: %s", qPrintable(id.error()));
        return {};
    }
    const QString caseId = id.value();
    if (to == CaseStatus::Received)
        return caseId;
    if (!move(caseId, CaseStatus::Accepted, received.addDays(1)))
        return {};
    if (to == CaseStatus::Accepted)
        return caseId;
    if (!move(caseId, CaseStatus::InMediation, received.addDays(2)))
        return {};
    if (to == CaseStatus::Failed) {
        const Status s = move(caseId, CaseStatus::Failed, received.addDays(5), u("被申请人拒绝调解"), QStringLiteral("refusal"));
        return s ? caseId : QString();
    }
    if (to == CaseStatus::InMediation)
        return caseId;
    if (Status s = m_cases->saveAgreement(caseId, u("被申请人分期支付工资"), QString(), QString(), agreed); !s) {
        qWarning("agreement: %s", qPrintable(s.error()));
        return {};
    }
    if (!move(caseId, CaseStatus::Agreed, agreedOn))
        return {};
    if (to == CaseStatus::Agreed)
        return caseId;
    if (to == CaseStatus::ArbitrationReview || to == CaseStatus::JudicialConfirmation) {
        const Status s = move(caseId, to, agreedOn.addDays(3));
        return s ? caseId : QString();
    }
    if (!move(caseId, CaseStatus::Performing, agreedOn.addDays(1)))
        return {};
    if (to == CaseStatus::Performing)
        return caseId;
    if (to == CaseStatus::Breached) {
        const Status s = move(caseId, CaseStatus::Breached, agreedOn.addDays(30), u("被申请人到期未支付"));
        return s ? caseId : QString();
    }
    return {};
}

void tst_CaseFollowOn::reviewOutcome_data()
{
    QTest::addColumn<int>("review"); // CaseStatus: ArbitrationReview, JudicialConfirmation, or Agreed (none)
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<int>("daysAfterApplication");
    QTest::addColumn<QString>("error"); // "" when accepted

    const int arb = int(CaseStatus::ArbitrationReview);
    const int jud = int(CaseStatus::JudicialConfirmation);
    QTest::newRow("仲裁调解书") << arb << "mediation_statement" << 10 << "";
    QTest::newRow("不予确认") << arb << "not_confirmed" << 0 << "";
    QTest::newRow("arbitration: not a court ruling") << arb << "confirmed_valid" << 10 << "mediation statement";
    QTest::newRow("arbitration: not dismissed") << arb << "dismissed" << 10 << "mediation statement";
    QTest::newRow("确认有效") << jud << "confirmed_valid" << 15 << "";
    QTest::newRow("驳回") << jud << "dismissed" << 15 << "";
    QTest::newRow("court: no mediation statement") << jud << "mediation_statement" << 15 << "confirmation ends";
    QTest::newRow("before the application") << jud << "confirmed_valid" << -1 << "before the review was applied for";
    QTest::newRow("in the future") << arb << "mediation_statement" << 60 << "in the future";
    QTest::newRow("no review applied for") << int(CaseStatus::Agreed) << "mediation_statement" << 5 << "No arbitration review";
    QTest::newRow("unknown outcome") << arb << "approved" << 5 << "mediation statement";
}

void tst_CaseFollowOn::reviewOutcome()
{
    QFETCH(int, review);
    QFETCH(QString, outcome);
    QFETCH(int, daysAfterApplication);
    QFETCH(QString, error);
    const QDate agreedOn(2026, 3, 10);
    const QString id = makeCase(CaseStatus(review), {item(QStringLiteral("agreed"), QStringLiteral("wage"), 100000)}, agreedOn);
    QVERIFY(!id.isEmpty());
    const MediationCase before = fullCase(id);
    const QDate applied = before.reviewAppliedOn.isValid() ? before.reviewAppliedOn : agreedOn.addDays(3);
    const QDate decided = applied.addDays(daysAfterApplication);
    const Status s = m_followOn->setReviewOutcome(id, before.version, outcome, decided, u("京朝劳人仲字〔2026〕第101号"), kToday);
    const MediationCase after = fullCase(id);
    if (error.isEmpty()) {
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(after.reviewOutcome, outcome);
        QCOMPARE(after.reviewDecidedOn, decided);
        QCOMPARE(after.reviewDocumentNo, u("京朝劳人仲字〔2026〕第101号"));
        // An empty outcome clears it again.
        QVERIFY(m_followOn->setReviewOutcome(id, after.version, QString(), {}, QString(), kToday).ok());
        QCOMPARE(fullCase(id).reviewOutcome, QString());
        QVERIFY(!fullCase(id).reviewDecidedOn.isValid());
    } else {
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(error), qPrintable(s.error()));
        QCOMPARE(after.version, before.version);
        QCOMPARE(after.reviewOutcome, QString());
    }
}

void tst_CaseFollowOn::paymentOrderEligibility_data()
{
    QTest::addColumn<QString>("agreedItem");
    QTest::addColumn<bool>("eligible");
    QTest::newRow("wages") << "wage" << true;
    QTest::newRow("overtime is 劳动报酬") << "overtime" << true;
    QTest::newRow("work-injury medical costs") << "injury_medical" << true;
    QTest::newRow("经济补偿") << "compensation" << true;
    QTest::newRow("赔偿金") << "damages" << true;
    QTest::newRow("double wages") << "double_wage" << false;
    QTest::newRow("other") << "other" << false;
}

void tst_CaseFollowOn::paymentOrderEligibility()
{
    QFETCH(QString, agreedItem);
    QFETCH(bool, eligible);
    const QString id = makeCase(CaseStatus::Breached, {item(QStringLiteral("agreed"), agreedItem, 500000, QDate(2026, 3, 20))});
    QVERIFY(!id.isEmpty());
    QCOMPARE(CaseFollowOnService::paymentOrderEligible(fullCase(id)), eligible);
    CaseBreachStep b;
    b.kind = QStringLiteral("payment_order");
    b.doneOn = QDate(2026, 4, 15);
    b.body = u("北京市朝阳区人民法院");
    const auto saved = m_followOn->saveBreachStep(id, b, kToday);
    if (eligible) {
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(fullCase(id).breachSteps.size(), 1);
    } else {
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(QStringLiteral("art. 16")) && saved.error().contains(QStringLiteral("arbitration")),
                 qPrintable(saved.error()));
        QCOMPARE(live(QStringLiteral("mediation_breach_steps")), 0);
    }
}

void tst_CaseFollowOn::nextDueOn_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QDate>("doneOn");
    QTest::addColumn<QDate>("outcomeOn");
    QTest::addColumn<QDate>("expected");
    // 民事诉讼法 2023 art. 227: the court issues within 15 days; the debtor has 15 days from service.
    QTest::newRow("支付令 applied") << "payment_order" << QDate(2026, 4, 1) << QDate() << QDate(2026, 4, 16);
    QTest::newRow("支付令 served") << "payment_order" << QDate(2026, 4, 1) << QDate(2026, 4, 10) << QDate(2026, 4, 25);
    // The notice of non-performance names the time to perform the mediator sets; the worker's
    // one-year limitation is the case's deadline, not the employer's time to pay.
    QTest::newRow("notice of non-performance: set by the person") << "nonperformance_notice" << QDate(2026, 4, 1)
                                                                  << QDate() << QDate();
    QTest::newRow("urging: set by the person") << "urge" << QDate(2026, 4, 1) << QDate() << QDate();
}

void tst_CaseFollowOn::nextDueOn()
{
    QFETCH(QString, kind);
    QFETCH(QDate, doneOn);
    QFETCH(QDate, outcomeOn);
    QFETCH(QDate, expected);
    QCOMPARE(CaseFollowOnService::nextDueOn(kind, doneOn, outcomeOn), expected);
    if (doneOn.year() != 2026)
        return;
    // And as stored.
    const QString id = makeCase(CaseStatus::Breached, {item(QStringLiteral("agreed"), QStringLiteral("wage"), 500000, QDate(2026, 3, 20))});
    QVERIFY(!id.isEmpty());
    CaseBreachStep b;
    b.kind = kind;
    b.doneOn = doneOn;
    b.body = u("北京市朝阳区人民法院");
    b.outcomeOn = outcomeOn;
    b.outcome = outcomeOn.isValid() ? u("法院已发出支付令并送达被申请人") : QString();
    const auto saved = m_followOn->saveBreachStep(id, b, kToday);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(fullCase(id).breachSteps.value(0).nextDueOn, expected);
}

void tst_CaseFollowOn::breachStepsNeedABreach()
{
    // Performing, the first instalment due on 2026-03-20 and unpaid.
    const QString id = makeCase(CaseStatus::Performing, {item(QStringLiteral("agreed"), QStringLiteral("wage"), 300000, QDate(2026, 3, 20)),
                                                         item(QStringLiteral("agreed"), QStringLiteral("wage"), 300000, QDate(2026, 5, 20))});
    QVERIFY(!id.isEmpty());
    CaseBreachStep urge;
    urge.kind = QStringLiteral("urge");
    urge.doneOn = QDate(2026, 3, 15); // nothing was due yet
    urge.nextDueOn = QDate(2026, 3, 25);
    auto saved = m_followOn->saveBreachStep(id, urge, kToday);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(QStringLiteral("not breached")), qPrintable(saved.error()));
    urge.doneOn = QDate(2026, 3, 22); // the first instalment is overdue
    urge.nextDueOn = QDate(2026, 3, 21);
    QVERIFY(!m_followOn->saveBreachStep(id, urge, kToday).ok()); // deadline before the step
    urge.nextDueOn = QDate(2026, 3, 31);
    saved = m_followOn->saveBreachStep(id, urge, kToday);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(fullCase(id).breachSteps.value(0).nextDueOn, QDate(2026, 3, 31));
    // Once the instalment is paid, no new step; the recorded one still gets its outcome.
    CasePayment p;
    p.paidOn = QDate(2026, 3, 28);
    p.amountFen = 300000;
    QVERIFY(m_cases->addPayment(id, p, kToday).ok());
    CaseBreachStep again = urge;
    again.doneOn = QDate(2026, 4, 1);
    QVERIFY(!m_followOn->saveBreachStep(id, again, kToday).ok());
    CaseBreachStep outcome = fullCase(id).breachSteps.value(0);
    outcome.outcome = u("被申请人已补付第一期");
    outcome.outcomeOn = QDate(2026, 3, 28);
    saved = m_followOn->saveBreachStep(id, outcome, kToday);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(fullCase(id).breachSteps.value(0).outcome, u("被申请人已补付第一期"));
    // A case without an agreement has no steps after a breach.
    const QString open = makeCase(CaseStatus::InMediation);
    QVERIFY(!m_followOn->saveBreachStep(open, again, kToday).ok());
}

void tst_CaseFollowOn::agreementLockedAndSupplemented()
{
    const QString id = makeCase(CaseStatus::InMediation);
    QVERIFY(!id.isEmpty());
    // Before the agreement takes effect, it is edited freely.
    QVERIFY(m_cases->saveAgreement(id, u("被申请人支付工资"), QString(), QString(),
                                   {item(QStringLiteral("agreed"), QStringLiteral("wage"), 1000000, QDate(2026, 3, 20))})
                .ok());
    QVERIFY(m_cases->updateCase(id, fullCase(id).version, {{QStringLiteral("performance_method"), u("银行转账")}}).ok());
    // Supplements are for agreements in effect.
    CaseSupplement early;
    early.signedOn = QDate(2026, 3, 9);
    early.terms = u("分两期支付");
    QVERIFY(!m_followOn->saveSupplement(id, early, kToday).ok());
    QVERIFY(move(id, CaseStatus::Agreed, QDate(2026, 3, 10)).ok());

    // In effect: locked, with the message that says where changes go.
    const Status terms = m_cases->saveAgreement(id, u("另行约定"), QString(), QString(),
                                                {item(QStringLiteral("agreed"), QStringLiteral("wage"), 1200000)});
    QVERIFY(!terms.ok());
    QVERIFY2(terms.error().contains(QStringLiteral("supplementary agreement")), qPrintable(terms.error()));
    for (const QString &column : CaseFollowOnService::agreementColumns()) {
        const Status s = m_cases->updateCase(id, fullCase(id).version, {{column, u("改动")}});
        QVERIFY2(!s.ok() && s.error().contains(QStringLiteral("supplementary agreement")), qPrintable(column));
    }
    QVERIFY(m_cases->updateCase(id, fullCase(id).version, {{QStringLiteral("notes"), u("备注可以改")}}).ok());
    QCOMPARE(fullCase(id).agreedFen(), Q_INT64_C(1000000));

    // A supplement adds 2,000 yuan: the outstanding sum and what may be paid follow it.
    CaseSupplement more;
    more.signedOn = QDate(2026, 3, 9);
    more.terms = u("被申请人另行支付加班费2000元");
    QVERIFY(!m_followOn->saveSupplement(id, more, kToday).ok()); // before the agreement
    more.signedOn = QDate(2026, 3, 15);
    more.reason = u("双方协商");
    more.amountChangeFen = 200000;
    more.terms = QStringLiteral("  ");
    QVERIFY(!m_followOn->saveSupplement(id, more, kToday).ok()); // no terms
    more.terms = u("被申请人另行支付加班费2000元");
    auto saved = m_followOn->saveSupplement(id, more, kToday);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    MediationCase c = fullCase(id);
    QCOMPARE(c.supplements.size(), 1);
    QCOMPARE(c.agreedFen(), Q_INT64_C(1000000));
    QCOMPARE(c.agreedTotalFen(), Q_INT64_C(1200000));
    QCOMPARE(c.outstandingFen(), Q_INT64_C(1200000));
    {
        MediationRepository::Filter all;
        const QList<CaseListRow> rows = MediationRepository(m_db->db).page(all, MediationRepository::Sort::ReceivedOn,
                                                                           Qt::AscendingOrder, {}, 50);
        bool listed = false;
        for (const CaseListRow &row : rows)
            if (row.id == id) {
                listed = true;
                QCOMPARE(row.agreedFen, Q_INT64_C(1200000)); // the case list shows the supplemented sum
            }
        QVERIFY(listed);
    }
    CasePayment p;
    p.paidOn = QDate(2026, 3, 20);
    p.amountFen = 1100000; // above the agreement, within the supplemented total
    QVERIFY(m_cases->addPayment(id, p, kToday).ok());
    QCOMPARE(fullCase(id).outstandingFen(), Q_INT64_C(100000));
    QVERIFY(!move(id, CaseStatus::Performed, QDate(2026, 3, 21)).ok()); // 1,000 still unpaid

    // A reduction below what was paid is refused, and so is removing the supplement.
    CaseSupplement less;
    less.signedOn = QDate(2026, 3, 22);
    less.terms = u("免除剩余款项");
    less.amountChangeFen = -300000;
    const auto refused = m_followOn->saveSupplement(id, less, kToday);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("11,000.00")), qPrintable(refused.error()));
    c = fullCase(id);
    QVERIFY(!m_followOn->remove(Kind::Supplement, c.supplements.at(0).id, c.supplements.at(0).version).ok());
    // Waiving the last 1,000 yuan: outstanding 0, the case may be closed as performed.
    less.amountChangeFen = -100000;
    QVERIFY(m_followOn->saveSupplement(id, less, kToday).ok());
    QCOMPARE(fullCase(id).outstandingFen(), Q_INT64_C(0));
    QVERIFY(move(id, CaseStatus::Performed, QDate(2026, 3, 22)).ok());
    // A performed agreement is not supplemented any more.
    less.signedOn = QDate(2026, 3, 25);
    QVERIFY(!m_followOn->saveSupplement(id, less, kToday).ok());
}

void tst_CaseFollowOn::referralOutcomeLater()
{
    const QString id = makeCase(CaseStatus::Accepted);
    QVERIFY(!id.isEmpty());
    CaseReferral r;
    r.kind = QStringLiteral("labour_inspection");
    r.referredOn = QDate(2026, 3, 4);
    r.receivingBody = u("朝阳区劳动保障监察大队");
    auto saved = m_followOn->saveReferral(id, r, kToday);
    QVERIFY(!saved.ok()); // labour inspection names its reason
    r.reason = QStringLiteral("needs_legal_aid");
    QVERIFY(!m_followOn->saveReferral(id, r, kToday).ok());
    r.reason = QStringLiteral("wage_arrears");
    r.referredOn = QDate(2026, 3, 1); // before the application
    QVERIFY(!m_followOn->saveReferral(id, r, kToday).ok());
    r.referredOn = QDate(2026, 3, 4);
    saved = m_followOn->saveReferral(id, r, kToday);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    CaseReferral stored = fullCase(id).referrals.value(0);
    QCOMPARE(stored.reason, QStringLiteral("wage_arrears"));
    QVERIFY(stored.outcome.isEmpty());
    QVERIFY(!stored.outcomeOn.isValid());

    // Later: the outcome.
    stored.outcome = u("监察大队责令用人单位限期支付");
    stored.outcomeOn = QDate(2026, 3, 3); // before the referral
    QVERIFY(!m_followOn->saveReferral(id, stored, kToday).ok());
    stored.outcomeOn = QDate();
    QVERIFY(!m_followOn->saveReferral(id, stored, kToday).ok()); // an outcome has a date
    stored.outcomeOn = QDate(2026, 4, 2);
    saved = m_followOn->saveReferral(id, stored, kToday);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(saved.value(), stored.id);
    const CaseReferral after = fullCase(id).referrals.value(0);
    QCOMPARE(after.outcome, u("监察大队责令用人单位限期支付"));
    QCOMPARE(after.outcomeOn, QDate(2026, 4, 2));
    QCOMPARE(fullCase(id).referrals.size(), 1);

    // Legal aid and arbitration need no reason from the inspection list.
    CaseReferral aid;
    aid.kind = QStringLiteral("legal_aid");
    aid.referredOn = QDate(2026, 3, 5);
    QVERIFY(m_followOn->saveReferral(id, aid, kToday).ok());
    aid.kind = QStringLiteral("arbitration");
    aid.reason = QStringLiteral("breach");
    QVERIFY(m_followOn->saveReferral(id, aid, kToday).ok());
    aid.kind = QStringLiteral("nowhere");
    QVERIFY(!m_followOn->saveReferral(id, aid, kToday).ok());
    QCOMPARE(fullCase(id).referrals.size(), 3);
}

void tst_CaseFollowOn::followUpOnFailedCase()
{
    CaseFollowUp f;
    f.doneOn = QDate(2026, 4, 10);
    f.method = QStringLiteral("phone");
    f.contact = u("申请人本人");
    f.content = u("申请人已申请仲裁，对调解工作表示理解");
    f.satisfied = true;
    f.byName = u("李调解");
    const QString open = makeCase(CaseStatus::InMediation);
    auto saved = m_followOn->saveFollowUp(open, f, kToday);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(QStringLiteral("closed")), qPrintable(saved.error()));

    const QString failed = makeCase(CaseStatus::Failed);
    QVERIFY(!failed.isEmpty());
    QCOMPARE(fullCase(failed).closedOn, QDate(2026, 3, 7));
    f.doneOn = QDate(2026, 3, 6); // before it was closed
    QVERIFY(!m_followOn->saveFollowUp(failed, f, kToday).ok());
    f.doneOn = QDate(2026, 5, 6); // in the future
    QVERIFY(!m_followOn->saveFollowUp(failed, f, kToday).ok());
    f.doneOn = QDate(2026, 4, 10);
    f.content.clear();
    QVERIFY(!m_followOn->saveFollowUp(failed, f, kToday).ok());
    f.content = u("申请人已申请仲裁，对调解工作表示理解");
    saved = m_followOn->saveFollowUp(failed, f, kToday);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    const CaseFollowUp stored = fullCase(failed).followUps.value(0);
    QCOMPARE(stored.method, QStringLiteral("phone"));
    QVERIFY(stored.satisfied.has_value() && *stored.satisfied);
    QCOMPARE(stored.byName, u("李调解"));
}

void tst_CaseFollowOn::serviceRecords()
{
    const QString id = makeCase(CaseStatus::Accepted);
    CaseService s;
    s.document = QStringLiteral("acceptance_notice");
    s.servedOn = QDate(2026, 3, 3);
    s.method = QStringLiteral("post");
    s.side = QStringLiteral("employer");
    s.recipient = u("北京某公司人事部王某");
    s.note = QStringLiteral("EMS 1234567890");
    auto saved = m_followOn->saveService(id, s, kToday);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    const CaseService stored = fullCase(id).services.value(0);
    QCOMPARE(stored.document, QStringLiteral("acceptance_notice"));
    QCOMPARE(stored.method, QStringLiteral("post"));
    QCOMPARE(stored.side, QStringLiteral("employer"));
    QCOMPARE(stored.note, QStringLiteral("EMS 1234567890"));
    CaseService bad = s;
    bad.document = QStringLiteral("letter");
    QVERIFY(!m_followOn->saveService(id, bad, kToday).ok());
    bad = s;
    bad.method = QStringLiteral("pigeon");
    QVERIFY(!m_followOn->saveService(id, bad, kToday).ok());
    bad = s;
    bad.side = QStringLiteral("court");
    QVERIFY(!m_followOn->saveService(id, bad, kToday).ok());
    bad = s;
    bad.recipient = QStringLiteral(" ");
    QVERIFY(!m_followOn->saveService(id, bad, kToday).ok());
    bad = s;
    bad.servedOn = QDate(2026, 3, 1);
    QVERIFY(!m_followOn->saveService(id, bad, kToday).ok());
    QCOMPARE(fullCase(id).services.size(), 1);
}

void tst_CaseFollowOn::undoEachThroughTheFacade()
{
    const QString id = makeCase(CaseStatus::ArbitrationReview,
                                {item(QStringLiteral("agreed"), QStringLiteral("wage"), 500000, QDate(2026, 3, 20))});
    QVERIFY(!id.isEmpty());
    QUndoStack *stack = m_facade->undoStack();
    const auto undone = [&](const QString &table, const std::function<bool()> &write) {
        const qint64 before = live(table);
        if (!write())
            return false;
        if (live(table) != before + 1)
            return false;
        stack->undo();
        return live(table) == before;
    };
    CaseService s;
    s.document = QStringLiteral("agreement");
    s.servedOn = QDate(2026, 3, 10);
    s.method = QStringLiteral("in_person");
    s.recipient = u("申请人本人");
    QVERIFY(undone(QStringLiteral("mediation_services"), [&] { return m_followOn->saveService(id, s, kToday).ok(); }));
    CaseReferral r;
    r.kind = QStringLiteral("legal_aid");
    r.referredOn = QDate(2026, 3, 11);
    QVERIFY(undone(QStringLiteral("mediation_referrals"), [&] { return m_followOn->saveReferral(id, r, kToday).ok(); }));
    CaseSupplement sup;
    sup.signedOn = QDate(2026, 3, 12);
    sup.terms = u("付款日期顺延至3月25日");
    QVERIFY(undone(QStringLiteral("mediation_supplements"), [&] { return m_followOn->saveSupplement(id, sup, kToday).ok(); }));

    // The review outcome, undone back to none.
    QVERIFY(m_followOn->setReviewOutcome(id, fullCase(id).version, QStringLiteral("mediation_statement"), QDate(2026, 3, 20),
                                         QString(), kToday)
                .ok());
    QCOMPARE(fullCase(id).reviewOutcome, QStringLiteral("mediation_statement"));
    stack->undo();
    QCOMPARE(fullCase(id).reviewOutcome, QString());

    // A breach step and a follow-up on a breached case; a removal undone brings the record back.
    QVERIFY(move(id, CaseStatus::Performing, QDate(2026, 3, 21)).ok());
    QVERIFY(move(id, CaseStatus::Breached, QDate(2026, 4, 1), u("到期未付")).ok());
    CaseBreachStep b;
    b.kind = QStringLiteral("nonperformance_notice");
    b.doneOn = QDate(2026, 4, 2);
    QVERIFY(undone(QStringLiteral("mediation_breach_steps"), [&] { return m_followOn->saveBreachStep(id, b, kToday).ok(); }));
    CaseFollowUp f;
    f.doneOn = QDate(2026, 4, 20);
    f.content = u("申请人已申请仲裁");
    QVERIFY(undone(QStringLiteral("mediation_follow_ups"), [&] { return m_followOn->saveFollowUp(id, f, kToday).ok(); }));
    QVERIFY(m_followOn->saveFollowUp(id, f, kToday).ok());
    const CaseFollowUp stored = fullCase(id).followUps.value(0);
    QVERIFY(m_followOn->remove(Kind::FollowUp, stored.id, stored.version).ok());
    QCOMPARE(live(QStringLiteral("mediation_follow_ups")), 0);
    stack->undo();
    QCOMPARE(live(QStringLiteral("mediation_follow_ups")), 1);
}

// A failed case in the case dialog: its tab records a follow-up (the form keeps what was typed
// when the save is refused) and a referral, then removes the referral.
void tst_CaseFollowOn::tabDrivesRecords()
{
    const QString id = makeCase(CaseStatus::Failed); // closed on 2026-03-07: the forms default to today
    QVERIFY(!id.isEmpty());
    CodeListCache lookups(m_db->db);
    CaseDialog dialog(m_db->db, *m_cases, lookups, id, true, [](const MediationCase &) { return MediationStateMachine::Limits{}; },
                      [](const MediationCase &) { return QString(); });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tab = child<CaseFollowOnTab>(&dialog, QStringLiteral("caseFollowOnTab"));
    QVERIFY(tab);
    auto *tabs = child<QTabWidget>(&dialog, QStringLiteral("caseTabs"));
    tabs->setCurrentWidget(tab);
    QVERIFY(!child<QPushButton>(tab, QStringLiteral("followOnReviewEdit"))->isEnabled()); // no review applied for
    QVERIFY(!child<QPushButton>(tab, QStringLiteral("followOnSupplementsAdd"))->isEnabled());
    QVERIFY(!child<QPushButton>(tab, QStringLiteral("followOnBreachStepsAdd"))->isEnabled());
    QVERIFY(!child<QPushButton>(tab, QStringLiteral("followOnReferToArbitration"))->isEnabled());

    // 回访: OK without content is refused inside the form, which stays open with its values.
    auto *addFollowUp = child<QPushButton>(tab, QStringLiteral("followOnFollowUpsAdd"));
    QVERIFY(addFollowUp->isEnabled());
    QTest::mouseClick(addFollowUp, Qt::LeftButton);
    auto *form = child<QDialog>(tab, QStringLiteral("followOnDialog"));
    QVERIFY(form);
    QTRY_VERIFY(form->isVisible());
    udtest::typeText(child<QLineEdit>(form, QStringLiteral("followOnField_contact")), u("申请人本人"));
    auto *ok = child<QDialogButtonBox>(form, QStringLiteral("followOnButtons"))->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(form->isVisible());
    QVERIFY(child<QLabel>(form, QStringLiteral("followOnError"))->isVisible());
    QCOMPARE(child<QLineEdit>(form, QStringLiteral("followOnField_contact"))->text(), u("申请人本人"));
    child<QPlainTextEdit>(form, QStringLiteral("followOnField_content"))->setPlainText(u("申请人已向仲裁委申请仲裁"));
    auto *satisfied = child<QComboBox>(form, QStringLiteral("followOnField_satisfied"));
    satisfied->setCurrentIndex(satisfied->findData(QStringLiteral("yes")));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!child<QDialog>(tab, QStringLiteral("followOnDialog")));
    auto *followUps = child<QTableWidget>(tab, QStringLiteral("followOnFollowUps"));
    QCOMPARE(followUps->rowCount(), 1);
    QCOMPARE(followUps->item(0, 2)->text(), u("申请人本人"));
    QCOMPARE(dialog.currentCase().followUps.size(), 1);

    // A referral to labour inspection for unpaid wages.
    QTest::mouseClick(child<QPushButton>(tab, QStringLiteral("followOnReferralsAdd")), Qt::LeftButton);
    form = child<QDialog>(tab, QStringLiteral("followOnDialog"));
    QVERIFY(form);
    auto *kind = child<QComboBox>(form, QStringLiteral("followOnField_kind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("labour_inspection")));
    auto *reason = child<QComboBox>(form, QStringLiteral("followOnField_reason"));
    reason->setCurrentIndex(reason->findData(QStringLiteral("wage_arrears")));
    udtest::typeText(child<QLineEdit>(form, QStringLiteral("followOnField_receivingBody")), u("朝阳区劳动保障监察大队"));
    QTest::mouseClick(child<QDialogButtonBox>(form, QStringLiteral("followOnButtons"))->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY(!child<QDialog>(tab, QStringLiteral("followOnDialog")));
    auto *referrals = child<QTableWidget>(tab, QStringLiteral("followOnReferrals"));
    QCOMPARE(referrals->rowCount(), 1);
    QCOMPARE(fullCase(id).referrals.value(0).reason, QStringLiteral("wage_arrears"));

    // Removed from the keyboard: select the row, Remove; undo brings it back into the table.
    referrals->setFocus();
    referrals->selectRow(0);
    auto *remove = child<QPushButton>(tab, QStringLiteral("followOnReferralsRemove"));
    QVERIFY(remove->isEnabled());
    remove->setFocus();
    QTest::keyClick(remove, Qt::Key_Space);
    QCOMPARE(referrals->rowCount(), 0);
    m_facade->undoStack()->undo();
    QTRY_COMPARE(referrals->rowCount(), 1);

    // A breached agreement: the breach section refers the case to arbitration in one step, and
    // its agreement form is locked.
    const QString breached = makeCase(CaseStatus::Breached, {item(QStringLiteral("agreed"), QStringLiteral("other"), 100000,
                                                                  QDate(2026, 3, 20))});
    QVERIFY(!breached.isEmpty());
    CaseDialog second(m_db->db, *m_cases, lookups, breached, true,
                      [](const MediationCase &) { return MediationStateMachine::Limits{}; },
                      [](const MediationCase &) { return QString(); });
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QVERIFY(!child<QPushButton>(&second, QStringLiteral("caseSaveAgreement"))->isEnabled());
    auto *breachTab = child<CaseFollowOnTab>(&second, QStringLiteral("caseFollowOnTab"));
    QVERIFY(child<QLabel>(breachTab, QStringLiteral("followOnPaymentOrderHint"))->text().contains(QStringLiteral("arbitration")));
    QTest::mouseClick(child<QPushButton>(breachTab, QStringLiteral("followOnReferToArbitration")), Qt::LeftButton);
    form = child<QDialog>(breachTab, QStringLiteral("followOnDialog"));
    QVERIFY(form);
    QCOMPARE(child<QComboBox>(form, QStringLiteral("followOnField_kind"))->currentData().toString(), QStringLiteral("arbitration"));
    QTest::mouseClick(child<QDialogButtonBox>(form, QStringLiteral("followOnButtons"))->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY(!child<QDialog>(breachTab, QStringLiteral("followOnDialog")));
    QCOMPARE(fullCase(breached).referrals.value(0).kind, QStringLiteral("arbitration"));
    QCOMPARE(fullCase(breached).referrals.value(0).reason, QStringLiteral("breach"));
}

// A station's script: `case referral`, `case referral-outcome`, `case follow-up` and
// `case service` on a failed case, by its number; a rule's refusal is exit 1 with the reason,
// a wrong command line exit 2.
void tst_CaseFollowOn::cliRecordsReferralAndFollowUp()
{
    const QString cli = qEnvironmentVariable("UD_CLI");
    QVERIFY2(!cli.isEmpty() && QFileInfo(cli).isExecutable(), "UD_CLI names the uniondesk-cli binary (run through ctest)");
    const QString id = makeCase(CaseStatus::Failed);
    QVERIFY(!id.isEmpty());
    const QString caseNo = fullCase(id).caseNo;
    QTemporaryDir home;
    QVERIFY(home.isValid());
    {
        const auto added = Accounts(*m_db->store).addUser(QStringLiteral("clerk"), QStringLiteral("Clerk"), Role::Mediator,
                                                          QStringLiteral("clerk-pw-1"));
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error()));
        // The command line runs with a HOME of its own: the node key goes along with the database.
        const auto node = NodeIdentity::load(m_db->db);
        QVERIFY(node);
        const QString copied = QDir(home.filePath(QStringLiteral("data")))
                                   .filePath(QStringLiteral("UnionDesk/keys/%1.key").arg(node->nodeId));
        QVERIFY(QDir().mkpath(QFileInfo(copied).path()));
        QVERIFY(QFile::copy(NodeKey::path(node->nodeId), copied));
    }
    udtest::cliCredentials() = {QStringLiteral("clerk"), QStringLiteral("clerk-pw-1")};
    const auto run = [&](const QStringList &args, int expected) {
        const QStringList all = QStringList{QStringLiteral("--db"), m_db->db.path()} + args;
        const udtest::CliRun r = udtest::runCli(cli, home.path(), home.path(), all);
        udtest::verifyCliStreams(r, expected, all);
        return r;
    };

    run({QStringLiteral("case"), QStringLiteral("referral"), caseNo, QStringLiteral("--kind"),
         QStringLiteral("labour_inspection"), QStringLiteral("--on"), QStringLiteral("2026-03-08")},
        1); // no reason
    if (QTest::currentTestFailed())
        return;
    run({QStringLiteral("case"), QStringLiteral("referral"), caseNo, QStringLiteral("--kind"), QStringLiteral("labour_inspection"),
         QStringLiteral("--reason"), QStringLiteral("wage_arrears"), QStringLiteral("--on"), QStringLiteral("2026-03-08"),
         QStringLiteral("--body"), u("朝阳区劳动保障监察大队")},
        0);
    run({QStringLiteral("case"), QStringLiteral("referral-outcome"), caseNo, QStringLiteral("--outcome"),
         u("已责令限期支付"), QStringLiteral("--on"), QStringLiteral("2026-04-01")},
        0);
    run({QStringLiteral("case"), QStringLiteral("follow-up"), caseNo, QStringLiteral("--content"), u("工资已由监察大队追回"),
         QStringLiteral("--method"), QStringLiteral("phone"), QStringLiteral("--satisfied"), QStringLiteral("yes"),
         QStringLiteral("--on"), QStringLiteral("2026-04-10")},
        0);
    run({QStringLiteral("case"), QStringLiteral("service"), caseNo, QStringLiteral("--document"), QStringLiteral("termination"),
         QStringLiteral("--method"), QStringLiteral("in_person"), QStringLiteral("--to"), u("申请人本人"),
         QStringLiteral("--on"), QStringLiteral("2026-03-07")},
        0);
    run({QStringLiteral("case"), QStringLiteral("follow-up"), caseNo, QStringLiteral("--satisfied"), QStringLiteral("maybe"),
         QStringLiteral("--content"), QStringLiteral("x")},
        2);
    run({QStringLiteral("case"), QStringLiteral("referral"), QStringLiteral("NO-SUCH-CASE"), QStringLiteral("--kind"),
         QStringLiteral("legal_aid")},
        1);
    run({QStringLiteral("case"), QStringLiteral("divorce"), caseNo}, 2);
    // A breached agreement of wages: a payment order, and its deadline computed.
    const QString breached = makeCase(CaseStatus::Breached, {item(QStringLiteral("agreed"), QStringLiteral("wage"), 100000,
                                                                  QDate(2026, 3, 20))});
    const QString breachedNo = fullCase(breached).caseNo;
    run({QStringLiteral("case"), QStringLiteral("breach-step"), breachedNo, QStringLiteral("--kind"),
         QStringLiteral("payment_order"), QStringLiteral("--on"), QStringLiteral("2026-04-13")},
        1); // no court named
    run({QStringLiteral("case"), QStringLiteral("breach-step"), breachedNo, QStringLiteral("--kind"),
         QStringLiteral("payment_order"), QStringLiteral("--on"), QStringLiteral("2026-04-13"), QStringLiteral("--body"),
         u("北京市朝阳区人民法院")},
        0);
    QCOMPARE(fullCase(breached).breachSteps.value(0).nextDueOn, QDate(2026, 4, 28));
    run({QStringLiteral("case"), QStringLiteral("review-outcome"), breachedNo, QStringLiteral("--outcome"),
         QStringLiteral("confirmed_valid"), QStringLiteral("--on"), QStringLiteral("2026-03-20")},
        1); // no review applied for

    const MediationCase c = fullCase(id);
    QCOMPARE(c.referrals.size(), 1);
    QCOMPARE(c.referrals.at(0).reason, QStringLiteral("wage_arrears"));
    QCOMPARE(c.referrals.at(0).receivingBody, u("朝阳区劳动保障监察大队"));
    QCOMPARE(c.referrals.at(0).outcome, u("已责令限期支付"));
    QCOMPARE(c.referrals.at(0).outcomeOn, QDate(2026, 4, 1));
    QCOMPARE(c.followUps.size(), 1);
    QVERIFY(c.followUps.at(0).satisfied.value_or(false));
    QCOMPARE(c.services.size(), 1);
    QCOMPARE(c.services.at(0).document, QStringLiteral("termination"));
}

QTEST_MAIN(tst_CaseFollowOn)
#include "tst_casefollowon.moc"
