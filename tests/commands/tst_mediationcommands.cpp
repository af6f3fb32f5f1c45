// Tests for ud::MediationCommands: a case's steps go through the command facade; registering a
// case, adding a party and adding a session can be undone and redone (each a new audited
// version of every record the step wrote), a move into a final state cannot and the facade
// says why, and an undo whose record moved on meanwhile is refused and changes nothing.
#include "commands/CommandFacade.h"
#include "commands/ServiceCommand.h"
#include "core/Clock.h"
#include "core/ResidentId.h"
#include "mediation/MediationCommands.h"
#include "mediation/MediationRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ud;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString residentId(const QDate &birth, int sequence)
{
    const QString first17 = QStringLiteral("110105") + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + ResidentId::checkDigit(first17);
}

const QDate kToday(2026, 4, 30);

CaseParty applicant(const QString &workerId, const QString &name)
{
    CaseParty p;
    p.workerId = workerId;
    p.name = name;
    return p;
}

} // namespace

class tst_MediationCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void registeringACaseIsUndoable();
    void addingAPartyIsUndoable();
    void addingASessionIsUndoable();
    void finalTransitionCannotBeUndone();
    void moveUndoRestoresItsDate();
    void undoRefusedWhenTheRecordMovedOn();

private:
    QString addRecord(const QString &table, const QVariantMap &fields)
    {
        auto r = m_store->create(table, fields);
        return r ? r.value().id : QString();
    }
    MediationCase fullCase(const QString &id) const
    {
        return MediationRepository(*m_db).fullCase(id).value_or(MediationCase());
    }
    bool deleted(const QString &table, const QString &id) const
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT deleted FROM %1 WHERE id = ?").arg(table));
        q.addBindValue(id);
        return q.exec() && q.next() && q.value(0).toInt() == 1;
    }
    QString registered();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<CommandFacade> m_facade;
    std::unique_ptr<MediationCommands> m_commands;
    QString m_employer;
    QStringList m_workers;
};

void tst_MediationCommands::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
}

void tst_MediationCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(QDateTime(kToday, QTime(8, 0), Qt::UTC));
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("node.db")), Database::OpenMode::CreateIfMissing).ok());
    QVERIFY(NodeIdentity::initialize(*m_db, QStringLiteral("110105015"), Tier::Street, u("八里庄街道工会服务站"), *m_clock)
                .ok());
    m_store = std::make_unique<RecordStore>(*m_db, m_clock.get());
    m_store->setActor(QStringLiteral("mediator1"));
    m_facade = std::make_unique<CommandFacade>(*m_store);
    m_commands = std::make_unique<MediationCommands>(*m_facade);
    m_employer = addRecord(QStringLiteral("employers"), {{QStringLiteral("name"), u("北京鑫达建筑工程有限公司")},
                                                         {QStringLiteral("district"), QStringLiteral("110105")},
                                                         {QStringLiteral("street"), QStringLiteral("110105015")}});
    QVERIFY(!m_employer.isEmpty());
    m_workers.clear();
    for (int i = 0; i < 2; ++i) {
        m_workers << addRecord(QStringLiteral("workers"),
                               {{QStringLiteral("name"), i == 0 ? u("王芳") : u("李建国")},
                                {QStringLiteral("id_number"), residentId(QDate(1980 + i, 2, 3), 10 + 2 * i)},
                                {QStringLiteral("employer_id"), m_employer}});
        QVERIFY(!m_workers.last().isEmpty());
    }
}

void tst_MediationCommands::cleanup()
{
    m_commands.reset();
    m_facade.reset();
    m_store.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

QString tst_MediationCommands::registered()
{
    MediationCase c;
    c.receivedOn = QDate(2026, 4, 28);
    c.source = QStringLiteral("written_application");
    c.employerId = m_employer;
    c.disputeType = QStringLiteral("remuneration");
    c.facts = u("被申请人自2026年1月起拖欠三个月工资共计24000元。");
    c.requests = u("请求被申请人支付拖欠的工资24000元。");
    c.mediators = u("李调解");
    c.respondentConsent = true;
    c.parties << applicant(m_workers.at(0), u("王芳"));
    CaseItem claim;
    claim.kind = QStringLiteral("claim");
    claim.item = QStringLiteral("wage");
    claim.amountFen = 2400000;
    c.items << claim;
    auto id = m_commands->registerCase(c, kToday);
    if (!id)
        qWarning("registerCase: %s", qPrintable(id.error()));
    return id ? id.value() : QString();
}

void tst_MediationCommands::registeringACaseIsUndoable()
{
    QSignalSpy changed(m_facade.get(), &CommandFacade::recordChanged);
    const QString id = registered();
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_facade->undoStack()->count(), 1);
    QCOMPARE(m_facade->undoStack()->undoText(), MediationCommands::tr("Register case"));
    QVERIFY(changed.size() >= 3); // the case, its applicant, its claim
    const MediationCase c = fullCase(id);
    QCOMPARE(c.parties.size(), 1);

    m_facade->undoStack()->undo();
    QVERIFY(deleted(QStringLiteral("mediation_cases"), id));
    QVERIFY(deleted(QStringLiteral("mediation_parties"), c.parties.first().id));
    const auto history = AuditLog::forRecord(m_db->connection(), QStringLiteral("mediation_cases"), id);
    QCOMPARE(history.last().action, QStringLiteral("delete"));
    QCOMPARE(history.last().reason, ServiceCommand::tr("Undo: %1").arg(MediationCommands::tr("Register case")));

    m_facade->undoStack()->redo();
    QVERIFY(!deleted(QStringLiteral("mediation_cases"), id));
    QCOMPARE(fullCase(id).parties.size(), 1);
    QVERIFY(AuditLog::verifyChain(m_db->connection()).ok);
}

void tst_MediationCommands::addingAPartyIsUndoable()
{
    const QString id = registered();
    QVERIFY(!id.isEmpty());
    QList<CaseParty> parties = fullCase(id).parties;
    parties << applicant(m_workers.at(1), u("李建国"));
    const Status s = m_commands->saveParties(id, parties, kToday);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(fullCase(id).applicants().size(), 2);
    QCOMPARE(m_facade->undoStack()->undoText(), MediationCommands::tr("Save parties"));

    m_facade->undoStack()->undo();
    QCOMPARE(fullCase(id).applicants().size(), 1);
    m_facade->undoStack()->redo();
    QCOMPARE(fullCase(id).applicants().size(), 2);
}

void tst_MediationCommands::addingASessionIsUndoable()
{
    const QString id = registered();
    QVERIFY(!id.isEmpty());
    CaseSession session;
    session.startedAt = QStringLiteral("2026-04-29T09:30");
    session.place = u("调解室");
    session.mediators = u("李调解");
    session.statements = u("双方陈述");
    auto added = m_commands->saveSession(id, session);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QCOMPARE(fullCase(id).sessions.size(), 1);
    m_facade->undoStack()->undo();
    QCOMPARE(fullCase(id).sessions.size(), 0);
    QVERIFY(deleted(QStringLiteral("mediation_sessions"), added.value()));
    m_facade->undoStack()->redo();
    QCOMPARE(fullCase(id).sessions.size(), 1);
}

void tst_MediationCommands::finalTransitionCannotBeUndone()
{
    const QString id = registered();
    QVERIFY(!id.isEmpty());
    MediationStateMachine::Request reject;
    reject.to = CaseStatus::Rejected;
    reject.on = kToday;
    reject.reason = u("不属于劳动争议调解范围");
    QSignalSpy why(m_facade.get(), &CommandFacade::cannotUndoChanged);
    const Status s = m_commands->transition(id, fullCase(id).version, reject, kToday, {});
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(fullCase(id).status, CaseStatus::Rejected);
    QVERIFY(!m_facade->undoStack()->canUndo()); // not even the registration before it
    QCOMPARE(m_facade->cannotUndoReason(),
             MediationCommands::tr("case closed (%1)").arg(MediationStateMachine::statusName(CaseStatus::Rejected)));
    QCOMPARE(why.size(), 1);

    // A refused final move writes nothing and leaves the stack as it was.
    const QString other = registered();
    QVERIFY(m_facade->undoStack()->canUndo());
    reject.reason.clear();
    QVERIFY(!m_commands->transition(other, fullCase(other).version, reject, kToday, {}).ok());
    QVERIFY(m_facade->undoStack()->canUndo());
    QVERIFY(m_facade->cannotUndoReason().isEmpty());
}

// A move is undone with the date it recorded (schema 17's last_moved_on): after the undo the
// next move is checked against the previous move's date again, and redo brings it back.
void tst_MediationCommands::moveUndoRestoresItsDate()
{
    const QString id = registered();
    QVERIFY(!id.isEmpty());
    MediationStateMachine::Request accept;
    accept.to = CaseStatus::Accepted;
    accept.on = QDate(2026, 4, 28);
    QVERIFY(m_commands->transition(id, fullCase(id).version, accept, kToday, {}).ok());
    QCOMPARE(fullCase(id).lastMovedOn, accept.on);
    MediationStateMachine::Request mediate;
    mediate.to = CaseStatus::InMediation;
    mediate.on = QDate(2026, 4, 30);
    QVERIFY(m_commands->transition(id, fullCase(id).version, mediate, kToday, {}).ok());
    QCOMPARE(fullCase(id).lastMovedOn, mediate.on);

    m_facade->undoStack()->undo();
    QCOMPARE(fullCase(id).status, CaseStatus::Accepted);
    QCOMPARE(fullCase(id).lastMovedOn, accept.on);
    mediate.on = QDate(2026, 4, 29); // in order again once the later move is undone
    QVERIFY(MediationStateMachine::check(fullCase(id), mediate, kToday, {}).ok());
    m_facade->undoStack()->undo();
    QCOMPARE(fullCase(id).status, CaseStatus::Received);
    QVERIFY(!fullCase(id).lastMovedOn.isValid());
    m_facade->undoStack()->redo();
    m_facade->undoStack()->redo();
    QCOMPARE(fullCase(id).status, CaseStatus::InMediation);
    QCOMPARE(fullCase(id).lastMovedOn, QDate(2026, 4, 30));
    mediate.to = CaseStatus::Failed;
    mediate.closeReason = QStringLiteral("no_agreement");
    const Status early = MediationStateMachine::check(fullCase(id), mediate, kToday, {});
    QVERIFY(!early.ok());
    QVERIFY2(early.error().contains(QStringLiteral("2026-04-30")), qPrintable(early.error()));
}

void tst_MediationCommands::undoRefusedWhenTheRecordMovedOn()
{
    const QString id = registered();
    QVERIFY(!id.isEmpty());
    QVERIFY(m_commands->updateCase(id, fullCase(id).version, {{QStringLiteral("notes"), u("第一次")}}).ok());
    // Someone else changes the case outside this facade.
    const MediationCase c = fullCase(id);
    QVERIFY(m_store->update(QStringLiteral("mediation_cases"), id, c.version, {{QStringLiteral("notes"), u("别人改的")}})
                .ok());
    QSignalSpy failed(m_facade.get(), &CommandFacade::commandFailed);
    m_facade->undoStack()->undo();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(fullCase(id).notes, u("别人改的"));
}

QTEST_GUILESS_MAIN(tst_MediationCommands)
#include "tst_mediationcommands.moc"
