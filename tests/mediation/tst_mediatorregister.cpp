// Tests for the register of mediators (ud::MediatorRegister through ud::MediatorCommands): the
// rules of a mediator's record and trainings, a mediator who is inactive or whose appointment has
// ended or not begun cannot be put on a case, the 回避 warning for a mediator who works for the
// case's employer (refused without a reason, stored with one), putting a mediator on a case and
// taking her off are undoable, and names typed before the register existed are kept.

#include "mediation/MediatorRegister.h"
#include "mediation/MediatorRepository.h"
#include "storage/Accounts.h"
#include "storage/AuditLog.h"

#include "MediatorNodeFixture.h"

#include <QLoggingCategory>
#include <QProcess>
#include <QtTest>

using namespace ud;
using namespace ud::test;

namespace {

Mediator mediatorNamed(const QString &name)
{
    Mediator m;
    m.name = name;
    m.sex = QStringLiteral("female");
    m.phone = QStringLiteral("13800138000");
    m.qualification = QStringLiteral("lawyer");
    m.appointedOn = QDate(2025, 1, 1);
    m.appointedUntil = QDate(2027, 12, 31);
    m.appointedBy = u("八里庄街道劳动争议调解委员会");
    return m;
}

MediatorTraining training(const QDate &on, const QString &topic, int hours)
{
    MediatorTraining t;
    t.trainedOn = on;
    t.topic = topic;
    t.hours = hours;
    t.organiser = u("朝阳区总工会");
    return t;
}

} // namespace

class tst_MediatorRegister : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void recordRules_data();
    void recordRules();
    void savesTrainingsAndReplacesThem();
    void listedInPinyinOrder();
    void unavailableMediatorCannotBePutOnACase_data();
    void unavailableMediatorCannotBePutOnACase();
    void conflictWithTheEmployerNeedsAReason();
    void linkAndUnlinkAreUndoable();
    void namesTypedBeforeTheRegisterAreKept();
    void mediatorWhoServedStaysOnTheRegister();
    void closedCaseKeepsItsMediators();
    void commandLine();

private:
    QString saved(const Mediator &m)
    {
        auto id = m_node->mediators->saveMediator(m, MediatorNode::kToday);
        if (!id)
            qWarning("saveMediator: %s", qPrintable(id.error()));
        return id ? id.value() : QString();
    }

    std::unique_ptr<MediatorNode> m_node;
};

void tst_MediatorRegister::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
}

void tst_MediatorRegister::init()
{
    m_node = std::make_unique<MediatorNode>();
    QVERIFY(m_node->open());
}

void tst_MediatorRegister::cleanup()
{
    m_node.reset();
}

void tst_MediatorRegister::recordRules_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("problem"); // a part of the message; "" when it may be saved

    QTest::newRow("complete") << "" << "";
    QTest::newRow("no name") << "name" << "name";
    QTest::newRow("no qualification") << "qualification" << "art. 11";
    QTest::newRow("ends before it starts") << "until" << "before it starts";
    QTest::newRow("open-ended appointment") << "open" << "";
    QTest::newRow("training without date") << "trainingDate" << "enter the date";
    QTest::newRow("training in the future") << "trainingFuture" << "in the future";
    QTest::newRow("training without topic") << "trainingTopic" << "topic";
    QTest::newRow("training hours negative") << "trainingHours" << "between 0 and";
    QTest::newRow("unknown sex") << "sex" << "Unknown sex";
    QTest::newRow("unknown qualification") << "badQualification" << "Unknown qualification";
}

void tst_MediatorRegister::recordRules()
{
    QFETCH(QString, change);
    QFETCH(QString, problem);
    Mediator m = mediatorNamed(u("李秀兰"));
    m.trainings << training(QDate(2025, 6, 12), u("劳动争议调解实务"), 16);
    if (change == QLatin1String("name"))
        m.name = QStringLiteral("  ");
    else if (change == QLatin1String("qualification"))
        m.qualification.clear();
    else if (change == QLatin1String("until"))
        m.appointedUntil = QDate(2024, 12, 31);
    else if (change == QLatin1String("open"))
        m.appointedUntil = QDate();
    else if (change == QLatin1String("trainingDate"))
        m.trainings[0].trainedOn = QDate();
    else if (change == QLatin1String("trainingFuture"))
        m.trainings[0].trainedOn = MediatorNode::kToday.addDays(1);
    else if (change == QLatin1String("trainingTopic"))
        m.trainings[0].topic.clear();
    else if (change == QLatin1String("trainingHours"))
        m.trainings[0].hours = -2;
    else if (change == QLatin1String("sex"))
        m.sex = QStringLiteral("x");
    else if (change == QLatin1String("badQualification"))
        m.qualification = QStringLiteral("astrologer");

    const qint64 before = m_node->scalar(QStringLiteral("SELECT count(*) FROM mediation_mediators"));
    auto id = m_node->mediators->saveMediator(m, MediatorNode::kToday);
    if (problem.isEmpty()) {
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(m_node->scalar(QStringLiteral("SELECT count(*) FROM mediation_mediators")), before + 1);
    } else {
        QVERIFY(!id.ok());
        QVERIFY2(id.error().contains(problem), qPrintable(id.error()));
        QCOMPARE(m_node->scalar(QStringLiteral("SELECT count(*) FROM mediation_mediators")), before);
    }
}

void tst_MediatorRegister::savesTrainingsAndReplacesThem()
{
    Mediator m = mediatorNamed(u("李秀兰"));
    m.employerId = m_node->otherEmployer;
    m.trainings << training(QDate(2025, 6, 12), u("劳动争议调解实务"), 16)
                << training(QDate(2025, 11, 3), u("劳动合同法新规"), 8);
    const QString id = saved(m);
    QVERIFY(!id.isEmpty());
    auto back = m_node->mediators->mediator(id);
    QVERIFY(back);
    QCOMPARE(back->name, u("李秀兰"));
    QCOMPARE(back->employerName, u("北京华联餐饮管理有限公司"));
    QCOMPARE(back->trainings.size(), 2);
    QCOMPARE(back->trainingHours(), 24);

    Mediator edited = *back;
    edited.trainings.removeFirst();
    edited.trainings << training(QDate(2026, 3, 20), u("集体协商"), 4);
    edited.phone = QStringLiteral("13900139000");
    QVERIFY(!saved(edited).isEmpty());
    back = m_node->mediators->mediator(id);
    QCOMPARE(back->phone, QStringLiteral("13900139000"));
    QCOMPARE(back->trainings.size(), 2);
    QCOMPARE(back->trainings.at(0).topic, u("劳动合同法新规"));
    QCOMPARE(back->trainings.at(1).topic, u("集体协商"));
    QCOMPARE(m_node->scalar(QStringLiteral("SELECT count(*) FROM mediation_mediator_trainings WHERE deleted = 1")), 1);

    m_node->facade->undoStack()->undo();
    back = m_node->mediators->mediator(id);
    QCOMPARE(back->trainings.size(), 2);
    QCOMPARE(back->trainings.at(0).topic, u("劳动争议调解实务"));
    QCOMPARE(back->phone, QStringLiteral("13800138000"));
}

void tst_MediatorRegister::unavailableMediatorCannotBePutOnACase_data()
{
    QTest::addColumn<bool>("active");
    QTest::addColumn<QDate>("appointedOn");
    QTest::addColumn<QDate>("appointedUntil");
    QTest::addColumn<QString>("refusal"); // "" when she can be put on the case

    QTest::newRow("appointed") << true << QDate(2025, 1, 1) << QDate(2027, 12, 31) << "";
    QTest::newRow("no dates") << true << QDate() << QDate() << "";
    QTest::newRow("ends today") << true << QDate(2025, 1, 1) << MediatorNode::kToday << "";
    QTest::newRow("ended yesterday") << true << QDate(2023, 1, 1) << MediatorNode::kToday.addDays(-1) << "ended on 2026-04-29";
    QTest::newRow("starts tomorrow") << true << MediatorNode::kToday.addDays(1) << QDate() << "starts on 2026-05-01";
    QTest::newRow("inactive") << false << QDate(2025, 1, 1) << QDate(2027, 12, 31) << "no longer active";
}

// The register of mediators lists names as a Chinese reader looks for them (丁 付 任 于), not
// by code point (丁 于 付 任).
void tst_MediatorRegister::listedInPinyinOrder()
{
    for (const QString &name : {u("于阳"), u("丁红"), u("任军"), u("付强")})
        QVERIFY(!saved(mediatorNamed(name)).isEmpty());
    QStringList names;
    for (const Mediator &m : MediatorRepository(m_node->db).list(false))
        names << m.name;
    QCOMPARE(names, (QStringList{u("丁红"), u("付强"), u("任军"), u("于阳")}));
}

void tst_MediatorRegister::unavailableMediatorCannotBePutOnACase()
{
    QFETCH(bool, active);
    QFETCH(QDate, appointedOn);
    QFETCH(QDate, appointedUntil);
    QFETCH(QString, refusal);
    Mediator m = mediatorNamed(u("张建华"));
    m.active = active;
    m.appointedOn = appointedOn;
    m.appointedUntil = appointedUntil;
    const QString mediatorId = saved(m);
    QVERIFY(!mediatorId.isEmpty());
    const QString caseId = m_node->registerCase();
    QVERIFY(!caseId.isEmpty());

    auto link = m_node->mediators->linkMediator(caseId, mediatorId, QStringLiteral("lead"), {}, MediatorNode::kToday);
    if (refusal.isEmpty()) {
        QVERIFY2(link.ok(), qPrintable(link.error()));
        QCOMPARE(m_node->fullCase(caseId).caseMediators.size(), 1);
    } else {
        QVERIFY(!link.ok());
        QVERIFY2(link.error().contains(refusal), qPrintable(link.error()));
        QVERIFY(link.error().contains(u("张建华")));
        QCOMPARE(m_node->fullCase(caseId).caseMediators.size(), 0);
    }
}

void tst_MediatorRegister::conflictWithTheEmployerNeedsAReason()
{
    Mediator insider = mediatorNamed(u("周立平"));
    insider.employerId = m_node->employer; // works for the employer of the case
    const QString insiderId = saved(insider);
    Mediator outsider = mediatorNamed(u("吴淑芬"));
    outsider.employerId = m_node->otherEmployer;
    const QString outsiderId = saved(outsider);
    const QString caseId = m_node->registerCase();
    QVERIFY(!insiderId.isEmpty() && !outsiderId.isEmpty() && !caseId.isEmpty());

    QVERIFY(m_node->mediators->conflictWarning(caseId, outsiderId).isEmpty());
    const QString warning = m_node->mediators->conflictWarning(caseId, insiderId);
    QVERIFY(warning.contains(u("回避")));
    QVERIFY(warning.contains(u("北京鑫达建筑工程有限公司")));

    auto refused = m_node->mediators->linkMediator(caseId, insiderId, QStringLiteral("lead"), QStringLiteral("  "),
                                                   MediatorNode::kToday);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), warning);
    QCOMPARE(m_node->scalar(QStringLiteral("SELECT count(*) FROM mediation_case_mediators")), 0);

    auto other = m_node->mediators->linkMediator(caseId, outsiderId, QStringLiteral("lead"), {}, MediatorNode::kToday);
    QVERIFY2(other.ok(), qPrintable(other.error()));
    auto kept = m_node->mediators->linkMediator(caseId, insiderId, QStringLiteral("assistant"),
                                                u("双方当事人均同意其参与调解"), MediatorNode::kToday);
    QVERIFY2(kept.ok(), qPrintable(kept.error()));
    const MediationCase c = m_node->fullCase(caseId);
    QCOMPARE(c.caseMediators.size(), 2);
    QCOMPARE(c.caseMediators.at(0).conflictNote, QString());
    QCOMPARE(c.caseMediators.at(1).role, QStringLiteral("assistant"));
    QCOMPARE(c.caseMediators.at(1).conflictNote, u("双方当事人均同意其参与调解"));

    auto twice = m_node->mediators->linkMediator(caseId, outsiderId, QStringLiteral("recorder"), {}, MediatorNode::kToday);
    QVERIFY(!twice.ok());
    QVERIFY(twice.error().contains(u("already")));
}

void tst_MediatorRegister::linkAndUnlinkAreUndoable()
{
    const QString mediatorId = saved(mediatorNamed(u("李秀兰")));
    const QString caseId = m_node->registerCase();
    QVERIFY(!mediatorId.isEmpty() && !caseId.isEmpty());

    auto link = m_node->mediators->linkMediator(caseId, mediatorId, QStringLiteral("lead"), {}, MediatorNode::kToday);
    QVERIFY2(link.ok(), qPrintable(link.error()));
    QCOMPARE(m_node->facade->undoStack()->undoText(), MediatorCommands::tr("Put mediator on the case"));
    MediationCase c = m_node->fullCase(caseId);
    QCOMPARE(c.caseMediators.size(), 1);
    QCOMPARE(c.caseMediators.first().name, u("李秀兰"));
    QCOMPARE(c.mediators, u("李秀兰")); // the list and the documents show the register's names

    m_node->facade->undoStack()->undo();
    c = m_node->fullCase(caseId);
    QCOMPARE(c.caseMediators.size(), 0);
    QCOMPARE(c.mediators, QString());
    m_node->facade->undoStack()->redo();
    c = m_node->fullCase(caseId);
    QCOMPARE(c.caseMediators.size(), 1);

    const Status off = m_node->mediators->unlinkMediator(c.caseMediators.first().id, c.caseMediators.first().version);
    QVERIFY2(off.ok(), qPrintable(off.error()));
    QCOMPARE(m_node->fullCase(caseId).caseMediators.size(), 0);
    QCOMPARE(m_node->fullCase(caseId).mediators, QString());
    m_node->facade->undoStack()->undo();
    QCOMPARE(m_node->fullCase(caseId).caseMediators.size(), 1);
    QCOMPARE(m_node->fullCase(caseId).mediators, u("李秀兰"));
    QVERIFY(AuditLog::verifyChain(m_node->db.connection()).ok);
}

void tst_MediatorRegister::namesTypedBeforeTheRegisterAreKept()
{
    const QString mediatorId = saved(mediatorNamed(u("李秀兰")));
    const QString caseId = m_node->registerCase(u("老张、小王"));
    QVERIFY(!mediatorId.isEmpty() && !caseId.isEmpty());
    QCOMPARE(MediatorRegister::displayNames(m_node->fullCase(caseId)), u("老张、小王"));

    auto link = m_node->mediators->linkMediator(caseId, mediatorId, QStringLiteral("lead"), {}, MediatorNode::kToday);
    QVERIFY2(link.ok(), qPrintable(link.error()));
    MediationCase c = m_node->fullCase(caseId);
    QCOMPARE(c.mediators, u("老张、小王")); // never overwritten
    QCOMPARE(MediatorRegister::displayNames(c), u("李秀兰"));

    QVERIFY(m_node->mediators->unlinkMediator(c.caseMediators.first().id, c.caseMediators.first().version).ok());
    c = m_node->fullCase(caseId);
    QCOMPARE(c.mediators, u("老张、小王"));
    QCOMPARE(MediatorRegister::displayNames(c), u("老张、小王"));
}

void tst_MediatorRegister::mediatorWhoServedStaysOnTheRegister()
{
    Mediator m = mediatorNamed(u("李秀兰"));
    m.trainings << training(QDate(2025, 6, 12), u("劳动争议调解实务"), 16);
    const QString served = saved(m);
    const QString unused = saved(mediatorNamed(u("赵丽")));
    const QString caseId = m_node->registerCase();
    QVERIFY(!served.isEmpty() && !unused.isEmpty() && !caseId.isEmpty());
    QVERIFY(m_node->mediators->linkMediator(caseId, served, QStringLiteral("lead"), {}, MediatorNode::kToday).ok());

    const Status refused = m_node->mediators->removeMediator(served, m_node->mediators->mediator(served)->version);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(u("inactive")), qPrintable(refused.error()));
    QVERIFY(m_node->mediators->mediator(served));

    const Status removed = m_node->mediators->removeMediator(unused, m_node->mediators->mediator(unused)->version);
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    QVERIFY(!m_node->mediators->mediator(unused));
    QCOMPARE(m_node->mediators->mediators().size(), 1);
    m_node->facade->undoStack()->undo();
    QCOMPARE(m_node->mediators->mediators().size(), 2);

    // Inactive: off the picker's list, still on the register.
    Mediator retired = *m_node->mediators->mediator(served);
    retired.active = false;
    QVERIFY(!saved(retired).isEmpty());
    QCOMPARE(m_node->mediators->mediators(true).size(), 1);
    QCOMPARE(m_node->mediators->mediators(false).size(), 2);
}

void tst_MediatorRegister::closedCaseKeepsItsMediators()
{
    const QString mediatorId = saved(mediatorNamed(u("李秀兰")));
    const QString caseId = m_node->registerCase();
    QVERIFY(!mediatorId.isEmpty() && !caseId.isEmpty());
    MediationStateMachine::Request r;
    r.to = CaseStatus::Withdrawn;
    r.on = QDate(2026, 4, 29);
    r.reason = u("申请人撤回申请");
    const Status closed = m_node->cases->transition(caseId, m_node->fullCase(caseId).version, r, MediatorNode::kToday, {});
    QVERIFY2(closed.ok(), qPrintable(closed.error()));
    auto link = m_node->mediators->linkMediator(caseId, mediatorId, QStringLiteral("lead"), {}, MediatorNode::kToday);
    QVERIFY(!link.ok());
    QVERIFY2(link.error().contains(u("closed")), qPrintable(link.error()));
}

// uniondesk-cli mediator add|list and reception add|list, signed in as a mediator.
void tst_MediatorRegister::commandLine()
{
    const QString cli = qEnvironmentVariable("UD_CLI");
    QVERIFY2(!cli.isEmpty(), "UD_CLI is not set (run through ctest)");
    const QString db = m_node->dir.filePath(QStringLiteral("node.db"));
    QVERIFY(Accounts(*m_node->store).addUser(QStringLiteral("station"), u("李秀兰"), Role::Mediator,
                                             QStringLiteral("station-pw-1")).ok());
    const auto run = [&cli, &db](const QStringList &args, QString *out) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("UD_USER"), QStringLiteral("station"));
        env.insert(QStringLiteral("UD_PASSWORD"), QStringLiteral("station-pw-1"));
        p.setProcessEnvironment(env);
        p.start(cli, QStringList{QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en")} + args);
        if (!p.waitForFinished(60000))
            return -1;
        *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitCode();
    };
    QString out;
    QCOMPARE(run({QStringLiteral("mediator"), QStringLiteral("add"), u("周立平"), QStringLiteral("--qualification"),
                  QStringLiteral("lawyer"), QStringLiteral("--employer"), u("北京鑫达建筑工程有限公司"),
                  QStringLiteral("--appointed-on"), QStringLiteral("2025-01-01")},
                 &out),
             0);
    QVERIFY2(out.contains(u("Added mediator 周立平")), qPrintable(out));
    QCOMPARE(run({QStringLiteral("mediator"), QStringLiteral("add"), u("吴淑芬")}, &out), 3); // no qualification: refused
    QVERIFY2(out.contains(u("qualification")), qPrintable(out));
    QCOMPARE(run({QStringLiteral("mediator"), QStringLiteral("add"), u("吴淑芬"), QStringLiteral("--qualification"),
                  QStringLiteral("volunteer"), QStringLiteral("--employer"), u("没有这家公司")},
                 &out),
             3);
    QVERIFY2(out.contains(u("--workplace")), qPrintable(out));
    QCOMPARE(run({QStringLiteral("mediator"), QStringLiteral("add"), u("吴淑芬"), QStringLiteral("--appointed-on"),
                  QStringLiteral("soon")},
                 &out),
             2);
    QCOMPARE(run({QStringLiteral("mediator"), QStringLiteral("list")}, &out), 0);
    QVERIFY2(out.contains(u("周立平")) && out.contains(u("律师")) && out.contains(u("北京鑫达建筑工程有限公司")),
             qPrintable(out));
    QCOMPARE(m_node->mediators->mediators().size(), 1);
    QCOMPARE(m_node->text(QStringLiteral("SELECT created_by FROM mediation_mediators")), QStringLiteral("station"));

    QCOMPARE(run({QStringLiteral("reception"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("phone"),
                  QStringLiteral("--date"), QStringLiteral("2026-04-29"), QStringLiteral("--asked"), u("试用期被辞退能否要求赔偿"),
                  QStringLiteral("--employer"), u("某快递网点"), QStringLiteral("--workers"), QStringLiteral("2"),
                  QStringLiteral("--migrant"), QStringLiteral("--outcome"), QStringLiteral("answered")},
                 &out),
             0);
    QVERIFY2(out.contains(u("Logged the reception of 2026-04-29")), qPrintable(out));
    QCOMPARE(run({QStringLiteral("reception"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("phone")}, &out), 3);
    QVERIFY2(out.contains(u("asked")), qPrintable(out));
    QCOMPARE(run({QStringLiteral("reception"), QStringLiteral("list")}, &out), 0);
    QVERIFY2(out.contains(u("电话咨询")) && out.contains(u("某快递网点")) && out.contains(u("李秀兰")), qPrintable(out));
    const auto receptions = m_node->receptions->receptions();
    QCOMPARE(receptions.size(), 1);
    QCOMPARE(receptions.first().workerCount, 2);
    QVERIFY(receptions.first().migrantWorkers);
    QCOMPARE(receptions.first().handledBy, u("李秀兰"));
    QCOMPARE(run({QStringLiteral("reception"), QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2026-04-30")}, &out), 0);
    QVERIFY2(!out.contains(u("某快递网点")), qPrintable(out));
}

QTEST_GUILESS_MAIN(tst_MediatorRegister)
#include "tst_mediatorregister.moc"
