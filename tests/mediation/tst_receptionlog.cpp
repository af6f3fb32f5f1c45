// Tests for the reception log (ud::ReceptionLog through ud::ReceptionCommands): what an entry
// needs, the register's worker and employer or the employer in words, the list by date and
// text, linking the case the reception became, a referral out of a reception, and undo.

#include "mediation/ReceptionLog.h"

#include "MediatorNodeFixture.h"

#include <QLoggingCategory>
#include <QtTest>

using namespace ud;
using namespace ud::test;

namespace {

Reception consultation(const QDate &on)
{
    Reception r;
    r.receivedOn = on;
    r.kind = QStringLiteral("consultation");
    r.visitorName = u("孙师傅");
    r.visitorPhone = QStringLiteral("13700137000");
    r.employerName = u("北京某某装饰有限公司");
    r.workerCount = 3;
    r.migrantWorkers = true;
    r.disputeType = QStringLiteral("remuneration");
    r.summary = u("工程完工后包工头拖欠三人工资共计两万元，如何讨要？");
    r.answer = u("告知可申请调解，亦可向劳动监察投诉；已指导收集考勤和转账记录。");
    r.outcome = QStringLiteral("answered");
    r.handledBy = u("李秀兰");
    return r;
}

} // namespace

class tst_ReceptionLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void entryRules_data();
    void entryRules();
    void savesAndReadsBack();
    void listsByDateAndText();
    void linksTheCaseItBecame();
    void referralOutOfAReception();
    void loggingIsUndoable();

private:
    std::unique_ptr<MediatorNode> m_node;
};

void tst_ReceptionLog::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
}

void tst_ReceptionLog::init()
{
    m_node = std::make_unique<MediatorNode>();
    QVERIFY(m_node->open());
}

void tst_ReceptionLog::cleanup()
{
    m_node.reset();
}

void tst_ReceptionLog::entryRules_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("problem"); // a part of the message; "" when it may be saved

    QTest::newRow("complete") << "" << "";
    QTest::newRow("anonymous phone call") << "anonymous" << "";
    QTest::newRow("no date") << "date" << "Enter the date";
    QTest::newRow("tomorrow") << "future" << "in the future";
    QTest::newRow("no kind") << "kind" << "kind of reception";
    QTest::newRow("no workers") << "count" << "between 1 and";
    QTest::newRow("no question") << "summary" << "asked";
    QTest::newRow("unknown kind") << "badKind" << "Unknown kind";
    QTest::newRow("unknown outcome") << "badOutcome" << "Unknown outcome";
}

void tst_ReceptionLog::entryRules()
{
    QFETCH(QString, change);
    QFETCH(QString, problem);
    Reception r = consultation(MediatorNode::kToday);
    if (change == QLatin1String("anonymous")) {
        r.kind = QStringLiteral("phone");
        r.visitorName.clear();
        r.visitorPhone.clear();
        r.employerName.clear();
    } else if (change == QLatin1String("date")) {
        r.receivedOn = QDate();
    } else if (change == QLatin1String("future")) {
        r.receivedOn = MediatorNode::kToday.addDays(1);
    } else if (change == QLatin1String("kind")) {
        r.kind.clear();
    } else if (change == QLatin1String("count")) {
        r.workerCount = 0;
    } else if (change == QLatin1String("summary")) {
        r.summary = QStringLiteral(" ");
    } else if (change == QLatin1String("badKind")) {
        r.kind = QStringLiteral("gossip");
    } else if (change == QLatin1String("badOutcome")) {
        r.outcome = QStringLiteral("forgotten");
    }
    auto id = m_node->receptions->saveReception(r, MediatorNode::kToday);
    if (problem.isEmpty()) {
        QVERIFY2(id.ok(), qPrintable(id.error()));
    } else {
        QVERIFY(!id.ok());
        QVERIFY2(id.error().contains(problem), qPrintable(id.error()));
        QCOMPARE(m_node->scalar(QStringLiteral("SELECT count(*) FROM mediation_receptions")), 0);
    }
}

void tst_ReceptionLog::savesAndReadsBack()
{
    Reception r = consultation(QDate(2026, 4, 20));
    auto id = m_node->receptions->saveReception(r, MediatorNode::kToday);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    auto back = m_node->receptions->reception(id.value());
    QVERIFY(back);
    QCOMPARE(back->receivedOn, QDate(2026, 4, 20));
    QCOMPARE(back->kind, QStringLiteral("consultation"));
    QCOMPARE(back->visitorShown(), u("孙师傅"));
    QCOMPARE(back->employerShown(), u("北京某某装饰有限公司"));
    QCOMPARE(back->workerCount, 3);
    QVERIFY(back->migrantWorkers);
    QCOMPARE(back->summary, r.summary);
    QCOMPARE(back->answer, r.answer);
    QCOMPARE(back->outcome, QStringLiteral("answered"));
    QCOMPARE(back->handledBy, u("李秀兰"));

    // A worker and an employer of the register: the register's names are shown, the employer in
    // words is not kept beside the register's.
    Reception edited = *back;
    edited.visitorName.clear();
    edited.workerId = m_node->workers.first();
    edited.employerId = m_node->employer;
    edited.kind = QStringLiteral("document_drafting");
    edited.outcome = QStringLiteral("document_written");
    QVERIFY(m_node->receptions->saveReception(edited, MediatorNode::kToday).ok());
    back = m_node->receptions->reception(id.value());
    QCOMPARE(back->visitorShown(), u("王芳"));
    QCOMPARE(back->employerShown(), u("北京鑫达建筑工程有限公司"));
    QCOMPARE(back->employerName, QString());
    QCOMPARE(back->version, qint64(2));
}

void tst_ReceptionLog::listsByDateAndText()
{
    for (int day = 1; day <= 5; ++day) {
        Reception r = consultation(QDate(2026, 4, day * 5));
        r.visitorName = u("来访人%1").arg(day);
        QVERIFY(m_node->receptions->saveReception(r, MediatorNode::kToday).ok());
    }
    const QList<Reception> all = m_node->receptions->receptions();
    QCOMPARE(all.size(), 5);
    QCOMPARE(all.first().receivedOn, QDate(2026, 4, 25)); // newest first
    QCOMPARE(m_node->receptions->receptions(QDate(2026, 4, 10), QDate(2026, 4, 20)).size(), 3);
    QCOMPARE(m_node->receptions->receptions({}, {}, u("来访人4")).size(), 1);
    QCOMPARE(m_node->receptions->receptions({}, {}, u("包工头")).size(), 5);
    QCOMPARE(m_node->receptions->receptions({}, {}, u("没有这个词")).size(), 0);
}

void tst_ReceptionLog::linksTheCaseItBecame()
{
    auto id = m_node->receptions->saveReception(consultation(QDate(2026, 4, 27)), MediatorNode::kToday);
    QVERIFY(id.ok());
    const QString caseId = m_node->registerCase();
    QVERIFY(!caseId.isEmpty());
    const Reception r = *m_node->receptions->reception(id.value());
    const Status linked = m_node->receptions->linkCase(r.id, r.version, caseId);
    QVERIFY2(linked.ok(), qPrintable(linked.error()));
    const Reception back = *m_node->receptions->reception(id.value());
    QCOMPARE(back.caseId, caseId);
    QCOMPARE(back.outcome, QStringLiteral("case_opened"));
    QVERIFY(!back.caseNo.isEmpty());
    QCOMPARE(back.caseNo, m_node->fullCase(caseId).caseNo);

    QVERIFY(!m_node->receptions->linkCase(back.id, back.version, QStringLiteral("no-such-case")).ok());
}

void tst_ReceptionLog::referralOutOfAReception()
{
    auto id = m_node->receptions->saveReception(consultation(QDate(2026, 4, 27)), MediatorNode::kToday);
    QVERIFY(id.ok());
    ReceptionReferral f;
    f.kind = QStringLiteral("labour_inspection");
    f.reason = QStringLiteral("wage_arrears");
    f.referredOn = QDate(2026, 4, 26);
    f.receivingBody = u("朝阳区劳动保障监察大队");
    auto early = m_node->receptions->addReferral(id.value(), f, MediatorNode::kToday);
    QVERIFY(!early.ok());
    QVERIFY(early.error().contains(u("before the reception")));
    f.referredOn = QDate(2026, 4, 27);
    auto made = m_node->receptions->addReferral(id.value(), f, MediatorNode::kToday);
    QVERIFY2(made.ok(), qPrintable(made.error()));
    QCOMPARE(m_node->text(QStringLiteral("SELECT reception_id FROM mediation_referrals WHERE id = ?"), {made.value()}),
             id.value());
    QCOMPARE(m_node->text(QStringLiteral("SELECT coalesce(case_id, '-') FROM mediation_referrals WHERE id = ?"), {made.value()}),
             QStringLiteral("-"));
    QCOMPARE(m_node->receptions->reception(id.value())->referralCount, 1);

    // An entry a referral was made from stays in the log.
    const Reception r = *m_node->receptions->reception(id.value());
    QVERIFY(!m_node->receptions->removeReception(r.id, r.version).ok());
}

void tst_ReceptionLog::loggingIsUndoable()
{
    auto id = m_node->receptions->saveReception(consultation(QDate(2026, 4, 27)), MediatorNode::kToday);
    QVERIFY(id.ok());
    QCOMPARE(m_node->facade->undoStack()->undoText(), ReceptionCommands::tr("Log reception"));
    m_node->facade->undoStack()->undo();
    QVERIFY(!m_node->receptions->reception(id.value()));
    QCOMPARE(m_node->receptions->receptions().size(), 0);
    m_node->facade->undoStack()->redo();
    QVERIFY(m_node->receptions->reception(id.value()));

    const Reception r = *m_node->receptions->reception(id.value());
    QVERIFY(m_node->receptions->removeReception(r.id, r.version).ok());
    QCOMPARE(m_node->receptions->receptions().size(), 0);
    m_node->facade->undoStack()->undo();
    QCOMPARE(m_node->receptions->receptions().size(), 1);
}

QTEST_GUILESS_MAIN(tst_ReceptionLog)
#include "tst_receptionlog.moc"
