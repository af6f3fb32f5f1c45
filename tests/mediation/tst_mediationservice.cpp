// Tests for ud::MediationService and ud::MediationRepository on a real node database (street
// 110105015 八里庄街道): registering cases with numbers from the node's block per year, intake
// validation field by field, all-or-nothing registration under an injected failure, audited
// transitions, payments against the agreement, attachments stored once per content hash under the
// policy's size limit, full-text search and the overdue filter.

#include "core/Clock.h"
#include "core/Money.h"
#include "core/ResidentId.h"
#include "storage/Database.h"
#include "mediation/CaseFollowOnService.h"
#include "mediation/CaseRosterService.h"
#include "mediation/MediationRepository.h"
#include "mediation/MediationService.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ud;

using Request = MediationStateMachine::Request;
using Limits = MediationStateMachine::Limits;
using Filter = MediationRepository::Filter;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString residentId(const char *division, const QDate &birth, int sequence)
{
    const QString first17 = QString::fromLatin1(division) + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + ResidentId::checkDigit(first17);
}

const QDate kToday(2026, 4, 30);

Limits limitsFor(const QDate &received, int extensionDays = 0, const QDate &agreed = {})
{
    Limits l;
    l.windowEnd = received.addDays(15 + extensionDays);
    if (agreed.isValid()) {
        l.arbitrationReviewDue = agreed.addDays(15);
        l.confirmationDue = agreed.addDays(30);
    }
    return l;
}

struct Node
{
    QTemporaryDir dir;
    Database db;
    ManualClock clock{QDateTime(QDate(2026, 4, 30), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<RecordStore> store;
    std::unique_ptr<MediationService> service;
    QString employer;
    QString otherEmployer;
    QStringList workers; // twelve workers of `employer`
    QStringList workerNames;

    bool open()
    {
        if (!dir.isValid() || !db.open(dir.filePath(QStringLiteral("node.db")), Database::OpenMode::CreateIfMissing).ok())
            return false;
        if (!NodeIdentity::initialize(db, QStringLiteral("110105015"), Tier::Street, u("八里庄街道工会服务站"), clock))
            return false;
        store = std::make_unique<RecordStore>(db, &clock);
        store->setActor(QStringLiteral("mediator1"));
        service = std::make_unique<MediationService>(*store);
        employer = addEmployer(u("北京鑫达建筑工程有限公司"));
        otherEmployer = addEmployer(u("北京华联餐饮管理有限公司"));
        const char *names[] = {"欧阳明轩", "王芳", "李建国", "张伟", "刘洋", "陈静", "杨磊", "赵敏", "黄涛", "周杰", "吴霞", "徐超"};
        for (int i = 0; i < 12; ++i) {
            const QString id = addWorker(u(names[i]), residentId("110105", QDate(1980 + i, 1 + i, 10), 10 + 2 * i), employer);
            if (id.isEmpty())
                return false;
            workers << id;
            workerNames << u(names[i]);
        }
        return !employer.isEmpty() && !otherEmployer.isEmpty();
    }
    QString addEmployer(const QString &name)
    {
        auto r = store->create(QStringLiteral("employers"), {{QStringLiteral("name"), name},
                                                             {QStringLiteral("district"), QStringLiteral("110105")},
                                                             {QStringLiteral("street"), QStringLiteral("110105015")}});
        return r ? r.value().id : QString();
    }
    QString addWorker(const QString &name, const QString &idNumber, const QString &employerId)
    {
        auto r = store->create(QStringLiteral("workers"), {{QStringLiteral("name"), name},
                                                           {QStringLiteral("id_number"), idNumber},
                                                           {QStringLiteral("employer_id"), employerId}});
        return r ? r.value().id : QString();
    }
    qint64 scalar(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery q(db.connection());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }
    QString text(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery q(db.connection());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
    }
    // Rows of every table a registration writes, and the number blocks.
    QString footprint() const
    {
        QStringList parts;
        for (const char *t : {"mediation_cases", "mediation_parties", "mediation_items", "audit_log", "outbox",
                              "mediation_fts", "number_blocks"})
            parts << QStringLiteral("%1=%2").arg(QLatin1String(t)).arg(scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(t))));
        parts << QStringLiteral("next=%1").arg(text(QStringLiteral("SELECT group_concat(year || ':' || next_value) FROM number_blocks")));
        return parts.join(QLatin1Char(' '));
    }
    MediationCase fullCase(const QString &id) const { return MediationRepository(const_cast<Database &>(db)).fullCase(id).value_or(MediationCase()); }
    MediationRepository repo() { return MediationRepository(db); }
    int found(const QString &text)
    {
        Filter f;
        f.text = text;
        return repo().count(f);
    }
};

CaseParty applicant(const QString &workerId, const QString &name, bool representative = false)
{
    CaseParty p;
    p.workerId = workerId;
    p.name = name;
    p.representative = representative;
    return p;
}

CaseItem item(const QString &kind, const QString &what, qint64 fen, const QDate &due = {})
{
    CaseItem i;
    i.kind = kind;
    i.item = what;
    i.amountFen = fen;
    i.dueOn = due;
    return i;
}

} // namespace

class tst_MediationService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void registerCaseWithNumbers();
    void givenCaseNumbers();
    void intakeValidation_data();
    void intakeValidation();
    void intakeReportsEveryProblem();
    void failureHalfWayLeavesNothing();
    void transitionsAreAudited();
    void transitionRefusedChangesNothing();
    void payments();
    void attachments();
    void fullTextSearch();
    void shortWordsMatchAScan();
    void charactersOutsideTheBmp();
    void renamesAreFollowed();
    void partiesAfterRegistration();
    void partyRowsKeepTheirOwnFields();
    void overdueFilter();
    void collectiveRoster();
    void warningsAreOverriddenWithAReason();
    void codedRejectionAndWithdrawal();

private:
    MediationCase intake(const QDate &received = QDate(2026, 3, 2)) const;
    QString registered(const QDate &received = QDate(2026, 3, 2));
    // Registers, accepts and mediates a case; agrees on `agreedFen` due on `due` when given.
    QString agreedCase(const QDate &received, const QDate &agreedOn, qint64 agreedFen, const QDate &due);
    Status move(const QString &caseId, CaseStatus to, const QDate &on, const QString &reason = {},
                const QString &closeReason = {}, const QString &overrideReason = {}, const QString &reasonCode = {});

    std::unique_ptr<Node> m_node;
};

void tst_MediationService::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
}

void tst_MediationService::init()
{
    m_node = std::make_unique<Node>();
    QVERIFY(m_node->open());
}

MediationCase tst_MediationService::intake(const QDate &received) const
{
    MediationCase c;
    c.receivedOn = received;
    c.source = QStringLiteral("written_application");
    c.employerId = m_node->employer;
    c.disputeType = QStringLiteral("remuneration");
    c.facts = u("申请人于2024年3月入职被申请人处担任钢筋工，被申请人自2025年11月起拖欠三个月工资共计24000元，经多次催要未果。");
    c.requests = u("请求被申请人支付拖欠的工资24000元。");
    c.mediators = u("李调解");
    c.respondentConsent = true;
    c.parties << applicant(m_node->workers.at(0), m_node->workerNames.at(0));
    c.items << item(QStringLiteral("claim"), QStringLiteral("wage"), 2400000);
    return c;
}

QString tst_MediationService::registered(const QDate &received)
{
    auto r = m_node->service->registerCase(intake(received), kToday);
    if (!r)
        qWarning("registerCase: %s", qPrintable(r.error()));
    return r ? r.value() : QString();
}

Status tst_MediationService::move(const QString &caseId, CaseStatus to, const QDate &on, const QString &reason,
                                  const QString &closeReason, const QString &overrideReason, const QString &reasonCode)
{
    const MediationCase c = m_node->fullCase(caseId);
    Request r;
    r.to = to;
    r.on = on;
    r.reason = reason;
    r.closeReason = closeReason;
    r.overrideReason = overrideReason;
    r.reasonCode = reasonCode;
    return m_node->service->transition(caseId, c.version, r, kToday, limitsFor(c.receivedOn, c.extensionDays, c.agreedOn));
}

QString tst_MediationService::agreedCase(const QDate &received, const QDate &agreedOn, qint64 agreedFen, const QDate &due)
{
    const QString id = registered(received);
    if (id.isEmpty() || !move(id, CaseStatus::Accepted, received.addDays(1)) || !move(id, CaseStatus::InMediation, received.addDays(1)))
        return {};
    if (!m_node->service->saveAgreement(id, u("被申请人一次性支付工资"), QString(), QString(),
                                        {item(QStringLiteral("agreed"), QStringLiteral("wage"), agreedFen, due)}))
        return {};
    if (const Status s = move(id, CaseStatus::Agreed, agreedOn); !s) {
        qWarning("agree: %s", qPrintable(s.error()));
        return {};
    }
    return id;
}

void tst_MediationService::registerCaseWithNumbers()
{
    const QString before = m_node->footprint();
    const QString first = registered(QDate(2026, 3, 2));
    QVERIFY(!first.isEmpty());
    MediationCase c = m_node->fullCase(first);
    QCOMPARE(c.caseNo, u("朝阳区八里庄街道调字〔2026〕第0001号"));
    QCOMPARE(c.caseYear, 2026);
    QCOMPARE(c.caseSeq, 1);
    QCOMPARE(c.status, CaseStatus::Received);
    QCOMPARE(c.receivedOn, QDate(2026, 3, 2));
    QCOMPARE(c.orgUnit, QStringLiteral("110105015"));
    QCOMPARE(c.employerName, u("北京鑫达建筑工程有限公司"));
    QCOMPARE(c.workerCount, 1);
    QCOMPARE(c.applicants().size(), 1);
    QCOMPARE(c.applicants().first().name, u("欧阳明轩"));
    QVERIFY(ResidentId::check(c.applicants().first().idNumber, kToday).ok());
    QCOMPARE(c.claimedFen(), qint64(2400000));
    QVERIFY(c.respondentConsent.value_or(false));

    QCOMPARE(m_node->fullCase(registered(QDate(2026, 3, 3))).caseNo, u("朝阳区八里庄街道调字〔2026〕第0002号"));
    // Numbers run per year of receipt; the 2026 block goes on where it was.
    QCOMPARE(m_node->fullCase(registered(QDate(2025, 12, 30))).caseNo, u("朝阳区八里庄街道调字〔2025〕第0001号"));
    QCOMPARE(m_node->fullCase(registered(QDate(2026, 4, 1))).caseNo, u("朝阳区八里庄街道调字〔2026〕第0003号"));
    QCOMPARE(m_node->scalar(QStringLiteral("SELECT next_value FROM number_blocks WHERE year = 2026")), qint64(4));

    // Each record of the registration has its audit entry and its outbox row.
    for (const char *table : {"mediation_cases", "mediation_parties", "mediation_items"}) {
        const qint64 rows = m_node->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        QCOMPARE(rows, qint64(4));
        QCOMPARE(m_node->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = ? AND action = 'create'"),
                                {QLatin1String(table)}),
                 rows);
        QCOMPARE(m_node->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = ?"), {QLatin1String(table)}), rows);
    }
    QCOMPARE(m_node->text(QStringLiteral("SELECT reason FROM audit_log WHERE table_name = 'mediation_cases' AND record_id = ?"), {first}),
             MediationService::tr("Case registered"));
    QVERIFY(before != m_node->footprint());
    QVERIFY(m_node->db.check().ok());
}

// An earlier register's numbers are kept; numbers of this node's own form take their place in
// the block, and new numbers never repeat a number already used.
void tst_MediationService::givenCaseNumbers()
{
    QCOMPARE(m_node->fullCase(registered(QDate(2026, 3, 2))).caseNo, u("朝阳区八里庄街道调字〔2026〕第0001号"));
    MediationCase own = intake(QDate(2026, 2, 10));
    own.caseNo = u("朝阳区八里庄街道调字〔2026〕第0005号");
    auto r = m_node->service->registerCase(own, kToday);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    MediationCase c = m_node->fullCase(r.value());
    QCOMPARE(c.caseNo, own.caseNo);
    QCOMPARE(c.caseYear, 2026);
    QCOMPARE(c.caseSeq, 5);
    QCOMPARE(m_node->fullCase(registered(QDate(2026, 3, 3))).caseNo, u("朝阳区八里庄街道调字〔2026〕第0006号"));

    MediationCase foreign = intake(QDate(2025, 5, 6));
    foreign.caseNo = u("（2025）朝劳调字第12号");
    r = m_node->service->registerCase(foreign, kToday);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    c = m_node->fullCase(r.value());
    QCOMPARE(c.caseNo, foreign.caseNo);
    QCOMPARE(c.caseYear, 2025);
    QCOMPARE(c.caseSeq, 12);
    QCOMPARE(m_node->fullCase(registered(QDate(2025, 5, 7))).caseNo, u("朝阳区八里庄街道调字〔2025〕第0001号"));

    // A number already used is refused, with the field named.
    const QList<FieldError> errors = m_node->service->validateIntake(foreign, kToday);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, u("caseNo"));
    QVERIFY2(errors.first().message.contains(foreign.caseNo) && errors.first().message.contains(u("2025-05-06")),
             qPrintable(errors.first().message));
    QVERIFY(!m_node->service->registerCase(foreign, kToday).ok());

    // A number of this node's form that the block does not know about (written by another path)
    // is skipped when numbers are handed out.
    auto taken = m_node->store->create(QStringLiteral("mediation_cases"),
                                       {{QStringLiteral("case_no"), u("朝阳区八里庄街道调字〔2026〕第0007号")},
                                        {QStringLiteral("case_year"), 2026},
                                        {QStringLiteral("case_seq"), 7},
                                        {QStringLiteral("received_on"), QStringLiteral("2026-03-04")}});
    QVERIFY2(taken.ok(), qPrintable(taken.error()));
    QCOMPARE(m_node->fullCase(registered(QDate(2026, 3, 5))).caseNo, u("朝阳区八里庄街道调字〔2026〕第0008号"));
    QVERIFY(m_node->db.check().ok());
}

void tst_MediationService::intakeValidation_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no applicant") << u("no applicant") << u("applicants") << u("at least one applicant");
    QTest::newRow("invalid ID number") << u("bad id") << u("applicants") << u("ID number");
    QTest::newRow("applicant not in the register") << u("no worker") << u("applicants") << u("not in the register");
    QTest::newRow("applicant twice") << u("twice") << u("applicants") << u("twice");
    QTest::newRow("collective with too few workers") << u("few workers") << u("workerCount") << u("at least 10");
    QTest::newRow("ten applicants not collective") << u("ten") << u("collective") << u("collective");
    QTest::newRow("negative claim") << u("negative") << u("claims/0") << u("negative");
    QTest::newRow("huge claim") << u("huge") << u("claims/0") << u("more than any single claim");
    QTest::newRow("claim without item") << u("no item") << u("claims/0") << u("what is claimed");
    QTest::newRow("future receipt date") << u("future") << u("receivedOn") << u("in the future");
    QTest::newRow("no receipt date") << u("no date") << u("receivedOn") << u("Enter the date");
    QTest::newRow("receipt years ago") << u("old") << u("receivedOn") << u("five years");
    QTest::newRow("no source") << u("no source") << u("source") << u("how the dispute came in");
    QTest::newRow("no employer") << u("no employer") << u("employer") << u("employer");
    QTest::newRow("no dispute type") << u("no type") << u("disputeType") << u("dispute type");
    QTest::newRow("no facts") << u("no facts") << u("facts") << u("facts");
    QTest::newRow("agent without name") << u("agent") << u("agents") << u("name");
    QTest::newRow("worker count out of range") << u("count") << u("workerCount") << u("100,000");
}

void tst_MediationService::intakeValidation()
{
    QFETCH(QString, problem);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);
    MediationCase c = intake();
    const QStringList &w = m_node->workers;
    const QStringList &n = m_node->workerNames;
    const auto collective = [&](int applicants, int reps, int workerCount) {
        c.parties.clear();
        for (int i = 0; i < applicants; ++i)
            c.parties << applicant(w.at(i), n.at(i), i < reps);
        c.collective = true;
        c.workerCount = workerCount;
    };
    if (problem == QLatin1String("no applicant")) {
        c.parties.clear();
    } else if (problem == QLatin1String("bad id")) {
        // The service checks the ID number it is given (the form shows the register's).
        QString bad = residentId("110105", QDate(1990, 5, 6), 21);
        bad[17] = bad.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        c.parties.first().idNumber = bad;
    } else if (problem == QLatin1String("no worker")) {
        c.parties.first().workerId.clear();
    } else if (problem == QLatin1String("twice")) {
        c.parties << c.parties.first();
    } else if (problem == QLatin1String("few workers")) {
        collective(3, 3, 5);
    } else if (problem == QLatin1String("ten")) {
        c.parties.clear();
        for (int i = 0; i < 10; ++i)
            c.parties << applicant(w.at(i), n.at(i));
    } else if (problem == QLatin1String("negative")) {
        c.items.first().amountFen = -100;
    } else if (problem == QLatin1String("huge")) {
        c.items.first().amountFen = Money::kMaxFen + 1;
    } else if (problem == QLatin1String("no item")) {
        c.items.first().item.clear();
    } else if (problem == QLatin1String("future")) {
        c.receivedOn = kToday.addDays(1);
    } else if (problem == QLatin1String("no date")) {
        c.receivedOn = QDate();
    } else if (problem == QLatin1String("old")) {
        c.receivedOn = kToday.addYears(-6);
    } else if (problem == QLatin1String("no source")) {
        c.source.clear();
    } else if (problem == QLatin1String("no employer")) {
        c.employerId.clear();
    } else if (problem == QLatin1String("no type")) {
        c.disputeType.clear();
    } else if (problem == QLatin1String("no facts")) {
        c.facts = u("  \n ");
    } else if (problem == QLatin1String("agent")) {
        CaseParty agent;
        agent.role = QStringLiteral("agent");
        agent.relation = u("律师");
        c.parties << agent;
    } else if (problem == QLatin1String("count")) {
        c.workerCount = -1;
    }
    const QList<FieldError> errors = m_node->service->validateIntake(c, kToday);
    QVERIFY2(errors.size() == 1, qPrintable(QString::number(errors.size()) + QStringLiteral(" errors")));
    QCOMPARE(errors.first().field, field);
    QVERIFY2(errors.first().message.contains(messagePart), qPrintable(errors.first().message));

    // Registering refuses with that message and writes nothing.
    const QString before = m_node->footprint();
    auto r = m_node->service->registerCase(c, kToday);
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), errors.first().message);
    QCOMPARE(m_node->footprint(), before);
}

void tst_MediationService::intakeReportsEveryProblem()
{
    MediationCase c = intake();
    QVERIFY(m_node->service->validateIntake(c, kToday).isEmpty());
    c.source.clear();
    c.facts.clear();
    c.receivedOn = kToday.addDays(3);
    c.items.first().amountFen = -1;
    const QList<FieldError> errors = m_node->service->validateIntake(c, kToday);
    QStringList fields;
    for (const FieldError &e : errors) {
        fields << e.field;
        QVERIFY(!e.message.isEmpty());
    }
    QCOMPARE(fields, (QStringList{u("receivedOn"), u("source"), u("facts"), u("claims/0")}));

    // A valid collective case: 3 representatives of 25 workers.
    MediationCase group = intake();
    group.parties.clear();
    for (int i = 0; i < 3; ++i)
        group.parties << applicant(m_node->workers.at(i), m_node->workerNames.at(i), true);
    group.collective = true;
    group.workerCount = 25;
    QVERIFY(m_node->service->validateIntake(group, kToday).isEmpty());
    auto r = m_node->service->registerCase(group, kToday);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    const MediationCase stored = m_node->fullCase(r.value());
    QVERIFY(stored.collective);
    QCOMPARE(stored.workerCount, 25);
    QCOMPARE(stored.applicants().size(), 3);
}

// A database error half-way through a registration (here: the second applicant cannot be
// inserted) leaves nothing behind: no case, no parties, no audit entries, no outbox rows, no
// search entry, and the case number is not used up.
void tst_MediationService::failureHalfWayLeavesNothing()
{
    QVERIFY(!registered(QDate(2026, 3, 2)).isEmpty());
    QVERIFY(m_node->db.exec(QStringLiteral(
        "CREATE TEMP TRIGGER fail_second_party BEFORE INSERT ON mediation_parties "
        "WHEN (SELECT count(*) FROM mediation_parties WHERE case_id = new.case_id) >= 1 "
        "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")).ok());
    MediationCase two = intake(QDate(2026, 3, 9));
    two.parties << applicant(m_node->workers.at(1), m_node->workerNames.at(1));
    MediationCase otherYear = two;
    otherYear.receivedOn = QDate(2025, 11, 3);
    const QString before = m_node->footprint();
    for (const MediationCase &c : {two, otherYear}) {
        auto r = m_node->service->registerCase(c, kToday);
        QVERIFY(!r.ok());
        QVERIFY2(!r.error().isEmpty(), "no message");
        QCOMPARE(m_node->footprint(), before);
    }
    QCOMPARE(m_node->scalar(QStringLiteral("SELECT count(*) FROM number_blocks WHERE year = 2025")), qint64(0));
    QVERIFY(m_node->db.check().ok());

    QVERIFY(m_node->db.exec(QStringLiteral("DROP TRIGGER fail_second_party")).ok());
    auto r = m_node->service->registerCase(two, kToday);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(m_node->fullCase(r.value()).caseNo, u("朝阳区八里庄街道调字〔2026〕第0002号"));
    QCOMPARE(m_node->fullCase(r.value()).applicants().size(), 2);
    QVERIFY(m_node->db.check().ok());
}

void tst_MediationService::transitionsAreAudited()
{
    const QString id = registered(QDate(2026, 3, 2));
    QVERIFY(move(id, CaseStatus::Accepted, QDate(2026, 3, 3)).ok());
    QVERIFY(move(id, CaseStatus::InMediation, QDate(2026, 3, 4)).ok());
    // A stale version is refused.
    Request stale;
    stale.to = CaseStatus::Failed;
    stale.on = QDate(2026, 3, 5);
    stale.closeReason = QStringLiteral("withdrawal");
    const Status refused = m_node->service->transition(id, 1, stale, kToday, limitsFor(QDate(2026, 3, 2)));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(u("changed meanwhile")), qPrintable(refused.error()));

    QVERIFY(m_node->service->saveAgreement(id, u("被申请人于2026年3月20日前支付工资20000元"), u("申请人放弃其他请求"), u("个人所得税由被申请人代扣代缴"),
                                           {item(QStringLiteral("agreed"), QStringLiteral("wage"), 2000000, QDate(2026, 3, 20))})
                .ok());
    QVERIFY(move(id, CaseStatus::Agreed, QDate(2026, 3, 10)).ok());
    QVERIFY(move(id, CaseStatus::JudicialConfirmation, QDate(2026, 3, 12)).ok());
    CasePayment p;
    p.paidOn = QDate(2026, 3, 19);
    p.amountFen = 2000000;
    p.method = u("银行转账");
    QVERIFY(m_node->service->addPayment(id, p, kToday).ok());
    QVERIFY(move(id, CaseStatus::Performed, QDate(2026, 3, 19), u("款项已全部到账")).ok());

    const MediationCase c = m_node->fullCase(id);
    QCOMPARE(c.status, CaseStatus::Performed);
    QCOMPARE(c.decidedOn, QDate(2026, 3, 3));
    QCOMPARE(c.agreedOn, QDate(2026, 3, 10));
    QCOMPARE(c.reviewKind, QStringLiteral("judicial_confirmation"));
    QCOMPARE(c.reviewAppliedOn, QDate(2026, 3, 12));
    QCOMPARE(c.closedOn, QDate(2026, 3, 19));
    QCOMPARE(c.agreementTerms, u("被申请人于2026年3月20日前支付工资20000元"));
    QCOMPARE(c.taxBorneBy, u("个人所得税由被申请人代扣代缴"));
    QCOMPARE(c.paidFen(), c.agreedFen());

    // One audited update per move, its reason naming both statuses, the date and the user's words.
    QSqlQuery q(m_node->db.connection());
    q.prepare(QStringLiteral("SELECT reason, changes, actor FROM audit_log WHERE table_name = 'mediation_cases' AND record_id = ? "
                             "AND action = 'update' AND changes LIKE '%\"status\"%' ORDER BY seq"));
    q.addBindValue(id);
    QVERIFY(q.exec());
    QStringList reasons;
    while (q.next()) {
        reasons << q.value(0).toString();
        QCOMPARE(q.value(2).toString(), QStringLiteral("mediator1"));
        QVERIFY(q.value(1).toString().contains(QStringLiteral("\"status\"")));
    }
    QCOMPARE(reasons.size(), 5);
    QVERIFY2(reasons.at(0).contains(MediationStateMachine::statusName(CaseStatus::Received))
                 && reasons.at(0).contains(MediationStateMachine::statusName(CaseStatus::Accepted))
                 && reasons.at(0).contains(u("2026-03-03")),
             qPrintable(reasons.at(0)));
    QVERIFY2(reasons.last().contains(MediationStateMachine::statusName(CaseStatus::Performed)) && reasons.last().contains(u("款项已全部到账")),
             qPrintable(reasons.last()));
    QVERIFY(m_node->db.check().ok());

    // Rejection and failure keep their reasons on the case.
    const QString rejected = registered(QDate(2026, 3, 5));
    QVERIFY(move(rejected, CaseStatus::Rejected, QDate(2026, 3, 6), u("同一争议已申请仲裁")).ok());
    QCOMPARE(m_node->fullCase(rejected).decisionReason, u("同一争议已申请仲裁"));
    QCOMPARE(m_node->text(QStringLiteral("SELECT reason FROM audit_log WHERE record_id = ? ORDER BY seq DESC LIMIT 1"), {rejected}).contains(u("同一争议已申请仲裁")), true);
    const QString failed = registered(QDate(2026, 3, 5));
    QVERIFY(move(failed, CaseStatus::Accepted, QDate(2026, 3, 6)).ok());
    QVERIFY(move(failed, CaseStatus::Failed, QDate(2026, 3, 9), u("被申请人拒绝调解"), QStringLiteral("refusal")).ok());
    const MediationCase f = m_node->fullCase(failed);
    QCOMPARE(f.closeReason, QStringLiteral("refusal"));
    QCOMPARE(f.closedOn, QDate(2026, 3, 9));
    QCOMPARE(f.opinion, u("被申请人拒绝调解"));
}

void tst_MediationService::transitionRefusedChangesNothing()
{
    const QString id = registered(QDate(2026, 3, 2));
    const QString before = m_node->footprint();
    QVERIFY(!move(id, CaseStatus::Agreed, QDate(2026, 3, 3)).ok());        // not a move from received
    QVERIFY(!move(id, CaseStatus::Rejected, QDate(2026, 3, 3)).ok());      // no reason
    QVERIFY(!move(id, CaseStatus::Accepted, kToday.addDays(1)).ok());      // in the future
    QVERIFY(!move(id, CaseStatus::Accepted, QDate(2026, 3, 1)).ok());      // before receipt
    QCOMPARE(m_node->footprint(), before);
    QCOMPARE(m_node->fullCase(id).version, qint64(1));
    QVERIFY(!move(QStringLiteral("no-such-case"), CaseStatus::Accepted, QDate(2026, 3, 3)).ok());
}

void tst_MediationService::payments()
{
    const QString open = registered(QDate(2026, 3, 2));
    CasePayment p;
    p.paidOn = QDate(2026, 3, 20);
    p.amountFen = 100000;
    auto r = m_node->service->addPayment(open, p, kToday);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(u("none yet")), qPrintable(r.error()));

    const QString id = agreedCase(QDate(2026, 3, 2), QDate(2026, 3, 10), 1500000, QDate(2026, 3, 25));
    QVERIFY(!id.isEmpty());
    const QString before = m_node->footprint();
    p.paidOn = QDate(2026, 3, 9); // before the agreement
    r = m_node->service->addPayment(id, p, kToday);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(u("before the agreement")), qPrintable(r.error()));
    p.paidOn = kToday.addDays(1);
    QVERIFY(!m_node->service->addPayment(id, p, kToday).ok());
    p.paidOn = QDate(2026, 3, 20);
    p.amountFen = 0;
    QVERIFY(!m_node->service->addPayment(id, p, kToday).ok());
    p.amountFen = 1500001; // one fen above the agreed sum
    r = m_node->service->addPayment(id, p, kToday);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(u("15,000.01")) && r.error().contains(u("15,000.00")), qPrintable(r.error()));
    QCOMPARE(m_node->footprint(), before);

    p.amountFen = 1000000;
    QVERIFY(m_node->service->addPayment(id, p, kToday).ok());
    QVERIFY(move(id, CaseStatus::Performing, QDate(2026, 3, 20)).ok());
    QVERIFY(!move(id, CaseStatus::Performed, QDate(2026, 3, 21)).ok()); // 5,000 still unpaid
    p.amountFen = 500001;
    QVERIFY(!m_node->service->addPayment(id, p, kToday).ok());
    p.amountFen = 500000;
    p.paidOn = QDate(2026, 3, 25);
    QVERIFY(m_node->service->addPayment(id, p, kToday).ok());
    QVERIFY(move(id, CaseStatus::Performed, QDate(2026, 3, 25)).ok());
    const MediationCase c = m_node->fullCase(id);
    QCOMPARE(c.paidFen(), qint64(1500000));
    QCOMPARE(c.outstandingFen(), qint64(0));
    QCOMPARE(c.payments.size(), 2);
    // Nothing more can be paid, and the agreement of a closed case stays as it is.
    p.amountFen = 1;
    QVERIFY(!m_node->service->addPayment(id, p, kToday).ok());
    QVERIFY(!m_node->service->saveAgreement(id, QString(), QString(), QString(), {}).ok());

    // An agreement in effect is locked (changes go through a supplementary agreement, which may
    // not bring the agreed sum below what has been paid: tst_casefollowon).
    const QString other = agreedCase(QDate(2026, 3, 2), QDate(2026, 3, 10), 800000, QDate(2026, 3, 25));
    p.amountFen = 600000;
    p.paidOn = QDate(2026, 3, 12);
    QVERIFY(m_node->service->addPayment(other, p, kToday).ok());
    const Status lower = m_node->service->saveAgreement(other, QString(), QString(), QString(),
                                                        {item(QStringLiteral("agreed"), QStringLiteral("wage"), 500000, QDate(2026, 3, 25))});
    QVERIFY(!lower.ok());
    QVERIFY2(lower.error().contains(u("supplementary agreement")), qPrintable(lower.error()));
}

void tst_MediationService::attachments()
{
    const QString id = registered(QDate(2026, 3, 2));
    // A small size limit for the test, set like an administrator would.
    QSqlQuery q(m_node->db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id, version FROM policy_values WHERE key = 'attachment.max_bytes'")) && q.next());
    const QString policyId = q.value(0).toString();
    const qint64 policyVersion = q.value(1).toLongLong();
    q.finish();
    QVERIFY(m_node->store->update(QStringLiteral("policy_values"), policyId, policyVersion, {{QStringLiteral("value"), QStringLiteral("1024")}}).ok());
    QCOMPARE(m_node->service->policyNumber(QStringLiteral("attachment.max_bytes"), 0), qint64(1024));

    QByteArray bytes;
    for (int i = 0; i < 1024; ++i)
        bytes.append(char(i * 7 % 256));
    const auto write = [this](const QString &name, const QByteArray &data) {
        QFile f(m_node->dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    };
    QVERIFY(write(QStringLiteral("payslip.png"), bytes));
    QVERIFY(write(u("工资条副本.png"), bytes));
    QVERIFY(write(QStringLiteral("big.pdf"), bytes + QByteArray(1, 'x')));

    auto first = m_node->service->addAttachment(id, m_node->dir.filePath(QStringLiteral("payslip.png")), u("2025年12月工资条"));
    QVERIFY2(first.ok(), qPrintable(first.error()));
    auto second = m_node->service->addAttachment(id, m_node->dir.filePath(u("工资条副本.png")), QString());
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(m_node->scalar(QStringLiteral("SELECT count(*) FROM attachment_blobs")), qint64(1));
    QCOMPARE(m_node->scalar(QStringLiteral("SELECT count(*) FROM mediation_attachments")), qint64(2));

    const MediationCase c = m_node->fullCase(id);
    QCOMPARE(c.attachments.size(), 2);
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    for (const CaseAttachment &a : c.attachments) {
        QCOMPARE(a.sha256, sha);
        QCOMPARE(a.sizeBytes, qint64(1024));
    }
    QCOMPARE(m_node->repo().attachmentData(sha), bytes);
    QVERIFY(m_node->repo().attachmentData(QString(64, QLatin1Char('0'))).isEmpty());
    // The audit entry records the hash, never the bytes.
    QVERIFY(m_node->text(QStringLiteral("SELECT changes FROM audit_log WHERE record_id = ?"), {first.value()}).contains(sha));

    const QString before = m_node->footprint();
    auto big = m_node->service->addAttachment(id, m_node->dir.filePath(QStringLiteral("big.pdf")), QString());
    QVERIFY(!big.ok());
    QVERIFY2(big.error().contains(u("big.pdf")) && big.error().contains(u("at most")), qPrintable(big.error()));
    auto missing = m_node->service->addAttachment(id, m_node->dir.filePath(QStringLiteral("nope.pdf")), QString());
    QVERIFY(!missing.ok());
    QCOMPARE(m_node->footprint(), before);
    QCOMPARE(m_node->scalar(QStringLiteral("SELECT count(*) FROM attachment_blobs")), qint64(1));

    // Removing one record keeps the bytes the other still needs.
    QVERIFY(m_node->service->removeAttachment(first.value(), 1).ok());
    QCOMPARE(m_node->fullCase(id).attachments.size(), 1);
    QCOMPARE(m_node->repo().attachmentData(sha), bytes);
}

void tst_MediationService::fullTextSearch()
{
    const QString id = registered(QDate(2026, 3, 2));
    MediationCase other = intake(QDate(2026, 3, 3));
    other.employerId = m_node->otherEmployer;
    other.parties = {applicant(m_node->workers.at(3), m_node->workerNames.at(3))};
    other.facts = u("申请人在餐厅工作期间每周工作六天，被申请人未支付加班费。");
    other.requests.clear();
    QVERIFY(m_node->service->registerCase(other, kToday).ok());

    struct Probe
    {
        QString text;
        int hits;
    };
    const QList<Probe> probes = {
        {u("欧阳明轩"), 1},           // applicant (four characters: the trigram index)
        {u("欧阳"), 1},               // two characters: the fallback scan
        {u("鑫达建筑"), 1},           // employer
        {u("北京华联餐饮"), 1},       // the other employer
        {u("有限公司"), 2},
        {u("拖欠"), 1},               // a word of the facts
        {u("三个月工资"), 1},
        {u("加班费"), 1},
        {u("调字〔2026〕第0001号"), 1}, // case number
        {u("欧阳明轩 钢筋工"), 1},    // every word must occur
        {u("欧阳明轩 加班费"), 0},
        {u("张伟"), 1},               // applicant of the other case
        {u("王芳"), 0},
        {u("\"引号"), 0},             // FTS syntax characters are taken literally
    };
    for (const Probe &p : probes)
        QVERIFY2(m_node->found(p.text) == p.hits, qPrintable(p.text + QStringLiteral(": ") + QString::number(m_node->found(p.text))));

    // A party added after registration is found too (and an agent by name).
    QVERIFY(m_node->store->create(QStringLiteral("mediation_parties"), {{QStringLiteral("case_id"), id},
                                                                        {QStringLiteral("role"), QStringLiteral("applicant")},
                                                                        {QStringLiteral("worker_id"), m_node->workers.at(1)},
                                                                        {QStringLiteral("sort_order"), 1}})
                .ok());
    QVERIFY(m_node->store->create(QStringLiteral("mediation_parties"), {{QStringLiteral("case_id"), id},
                                                                        {QStringLiteral("role"), QStringLiteral("agent")},
                                                                        {QStringLiteral("name"), u("司马律师")},
                                                                        {QStringLiteral("sort_order"), 2}})
                .ok());
    QCOMPARE(m_node->found(u("王芳")), 1);
    QCOMPARE(m_node->found(u("司马律师")), 1);
    QCOMPARE(m_node->found(u("欧阳明轩")), 1); // the earlier parties are still there
    // ... and still after the case itself changes (the index row is rebuilt).
    QVERIFY(move(id, CaseStatus::Accepted, QDate(2026, 3, 3)).ok());
    for (const QString &t : {u("王芳"), u("司马律师"), u("欧阳明轩"), u("鑫达建筑"), u("三个月工资")})
        QVERIFY2(m_node->found(t) == 1, qPrintable(t));
    // Combined with another filter, and in the list page.
    Filter f;
    f.text = u("有限公司");
    f.statuses = {QStringLiteral("accepted")};
    QCOMPARE(m_node->repo().count(f), 1);
    const QList<CaseListRow> rows = m_node->repo().page(f, MediationRepository::Sort::ReceivedOn, Qt::AscendingOrder, {}, 50);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().id, id);
    QCOMPARE(rows.first().employerName, u("北京鑫达建筑工程有限公司"));
    QVERIFY2(rows.first().applicants.startsWith(u("欧阳明轩")), qPrintable(rows.first().applicants));
}

// One- and two-character words go through the index of character pairs (schema 8); for every
// such substring of the indexed text, the cases found are those a scan of the text finds.
void tst_MediationService::shortWordsMatchAScan()
{
    registered(QDate(2026, 3, 2));
    MediationCase other = intake(QDate(2026, 3, 3));
    other.employerId = m_node->otherEmployer;
    other.parties = {applicant(m_node->workers.at(3), m_node->workerNames.at(3)),
                     applicant(m_node->workers.at(4), m_node->workerNames.at(4))};
    other.facts = u("申请人于2025年3月入职，每周工作六天（含周六），被申请人未支付加班费；A座3层。");
    other.requests = u("支付加班费12,000元。");
    QVERIFY(m_node->service->registerCase(other, kToday).ok());

    QSet<QString> words;
    QSqlQuery q(m_node->db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT parties, facts FROM mediation_fts")));
    while (q.next()) {
        for (int column = 0; column < 2; ++column) {
            const QString t = q.value(column).toString();
            for (qsizetype i = 0; i < t.size(); ++i) {
                words << t.mid(i, 1);
                if (i + 1 < t.size())
                    words << t.mid(i, 2);
            }
        }
    }
    q.finish();
    QVERIFY(words.size() > 100);
    int compared = 0;
    for (const QString &word : std::as_const(words)) {
        if (word.contains(QLatin1Char(' ')) || word.toLower() != word)
            continue; // a space splits words; the index folds case, a scan does not
        const qint64 scanned = m_node->scalar(
            QStringLiteral("SELECT count(*) FROM mediation_fts WHERE instr(parties, ?) > 0 OR instr(facts, ?) > 0"), {word, word});
        QVERIFY2(m_node->found(word) == scanned,
                 qPrintable(QStringLiteral("%1: found %2, a scan finds %3").arg(word).arg(m_node->found(word)).arg(scanned)));
        ++compared;
    }
    QVERIFY(compared > 100);
    // Upper case: found in either case, like the trigram index.
    QCOMPARE(m_node->found(QStringLiteral("a")), 1);
    QCOMPARE(m_node->found(QStringLiteral("A")), 1);
}

// A renamed worker or employer is found under the new name, by short and long words.
// 𠮷 (U+20BB7) is one character in two UTF-16 units: a one- or two-character word with it goes
// to the index of pairs like any other, not to the trigram index (which finds nothing for fewer
// than three characters).
void tst_MediationService::charactersOutsideTheBmp()
{
    MediationCase c = intake(QDate(2026, 3, 3));
    c.facts = u("申请人𠮷祥于2025年入职。");
    QVERIFY(m_node->service->registerCase(c, kToday).ok());
    registered(QDate(2026, 3, 2)); // another case, without it
    QCOMPARE(m_node->found(u("𠮷")), 1);
    QCOMPARE(m_node->found(u("𠮷祥")), 1);
    QCOMPARE(m_node->found(u("人𠮷")), 1);
    QCOMPARE(m_node->found(u("𠮷祥于")), 1);
}

void tst_MediationService::renamesAreFollowed()
{
    const QString id = registered(QDate(2026, 3, 2));
    const QString status = m_node->text(QStringLiteral("SELECT status FROM mediation_cases WHERE id = ?"), {id});
    QCOMPARE(m_node->found(u("欧阳明轩")), 1);
    auto worker = m_node->store->update(QStringLiteral("workers"), m_node->workers.at(0),
                                        m_node->scalar(QStringLiteral("SELECT version FROM workers WHERE id = ?"), {m_node->workers.at(0)}),
                                        {{QStringLiteral("name"), u("欧阳晓明")}}, QStringLiteral("typo"));
    QVERIFY2(worker.ok(), qPrintable(worker.error()));
    QCOMPARE(m_node->found(u("欧阳明轩")), 0);
    QCOMPARE(m_node->found(u("明轩")), 0);
    QCOMPARE(m_node->found(u("欧阳晓明")), 1);
    QCOMPARE(m_node->found(u("晓明")), 1);
    QCOMPARE(m_node->found(u("晓")), 1);

    auto employer = m_node->store->update(QStringLiteral("employers"), m_node->employer,
                                          m_node->scalar(QStringLiteral("SELECT version FROM employers WHERE id = ?"), {m_node->employer}),
                                          {{QStringLiteral("name"), u("北京金桥建设集团有限公司")}}, QStringLiteral("renamed"));
    QVERIFY2(employer.ok(), qPrintable(employer.error()));
    QCOMPARE(m_node->found(u("鑫达建筑")), 0);
    QCOMPARE(m_node->found(u("鑫达")), 0);
    QCOMPARE(m_node->found(u("金桥建设")), 1);
    QCOMPARE(m_node->found(u("金桥")), 1);
    // A status change alone leaves the search text as it was.
    QVERIFY(move(id, CaseStatus::Accepted, QDate(2026, 3, 3)).ok());
    QVERIFY(status != m_node->text(QStringLiteral("SELECT status FROM mediation_cases WHERE id = ?"), {id}));
    QCOMPARE(m_node->found(u("金桥")), 1);
    QCOMPARE(m_node->found(u("晓明")), 1);
}

// A worker who joins the case and an agent who appears later are added to a registered case;
// the intake's rules still hold; nothing changes when a change is refused; a closed case is
// frozen.
void tst_MediationService::partiesAfterRegistration()
{
    const QString id = registered(QDate(2026, 3, 2));
    MediationCase c = m_node->fullCase(id);
    QCOMPARE(c.applicants().size(), 1);
    QCOMPARE(c.workerCount, 1);
    const qint64 auditBefore = m_node->scalar(QStringLiteral("SELECT count(*) FROM audit_log"));

    // Saving the parties as they are writes nothing.
    QVERIFY(m_node->service->saveParties(id, c.parties, kToday).ok());
    QCOMPARE(m_node->scalar(QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);

    QList<CaseParty> parties = c.parties;
    parties << applicant(m_node->workers.at(2), m_node->workerNames.at(2));
    CaseParty lawyer;
    lawyer.role = QStringLiteral("agent");
    lawyer.name = u("司马律师");
    lawyer.relation = u("律师");
    lawyer.phone = QStringLiteral("13800138000");
    parties << lawyer;
    const Status saved = m_node->service->saveParties(id, parties, kToday);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    c = m_node->fullCase(id);
    QCOMPARE(c.applicants().size(), 2);
    QCOMPARE(c.agents().size(), 1);
    QCOMPARE(c.agents().first().name, u("司马律师"));
    QCOMPARE(c.workerCount, 2); // grows with the applicants
    QCOMPARE(m_node->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE reason = ?"), {QStringLiteral("Parties changed")}),
             qint64(3)); // two parties created, the case's worker count
    QCOMPARE(m_node->found(u("司马律师")), 1);
    QCOMPARE(m_node->found(u("李建国")), 1);

    // Refused, and nothing written: the same worker twice, no applicant left, an agent without a name.
    const QString before = m_node->footprint();
    QList<CaseParty> twice = c.parties;
    twice << applicant(m_node->workers.at(2), m_node->workerNames.at(2));
    Status refused = m_node->service->saveParties(id, twice, kToday);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("twice")), qPrintable(refused.error()));
    refused = m_node->service->saveParties(id, c.agents(), kToday);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("at least one applicant")), qPrintable(refused.error()));
    QList<CaseParty> nameless = c.parties;
    for (CaseParty &p : nameless)
        if (p.role == QLatin1String("agent"))
            p.name = QStringLiteral("  ");
    QVERIFY(!m_node->service->saveParties(id, nameless, kToday).ok());
    QCOMPARE(m_node->footprint(), before);

    // Removing the agent again: the record is deleted (kept in the audit log), the search forgets it.
    QVERIFY(m_node->service->saveParties(id, c.applicants(), kToday).ok());
    QCOMPARE(m_node->fullCase(id).agents().size(), 0);
    QCOMPARE(m_node->found(u("司马律师")), 0);

    // A closed case's parties are frozen.
    const QString closed = registered(QDate(2026, 3, 2));
    QVERIFY(move(closed, CaseStatus::Rejected, QDate(2026, 3, 3), u("不属于受理范围")).ok());
    QList<CaseParty> more = m_node->fullCase(closed).parties;
    more << lawyer;
    refused = m_node->service->saveParties(closed, more, kToday);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("closed")), qPrintable(refused.error()));
}

// Changing one field of a kept applicant writes that field only: the name and phone the case
// file shows come from the register and stay there. A deleted case takes no changes.
void tst_MediationService::partyRowsKeepTheirOwnFields()
{
    const QString id = registered(QDate(2026, 3, 2));
    QVERIFY(m_node->store->update(QStringLiteral("workers"), m_node->workers.at(0),
                                  m_node->scalar(QStringLiteral("SELECT version FROM workers WHERE id = ?"), {m_node->workers.at(0)}),
                                  {{QStringLiteral("phone"), QStringLiteral("13900000000")}})
                .ok());
    QList<CaseParty> parties = m_node->fullCase(id).parties;
    QCOMPARE(parties.first().phone, QStringLiteral("13900000000")); // shown from the register
    parties.first().representative = true;
    QVERIFY(m_node->service->saveParties(id, parties, kToday).ok());
    QCOMPARE(m_node->text(QStringLiteral("SELECT phone || '|' || representative FROM mediation_parties WHERE case_id = ?"), {id}),
             QStringLiteral("|1"));

    const MediationCase c = m_node->fullCase(id);
    QVERIFY(m_node->store->remove(QStringLiteral("mediation_cases"), id, c.version).ok());
    const QString before = m_node->footprint();
    QList<CaseParty> more = c.parties;
    more << applicant(m_node->workers.at(2), m_node->workerNames.at(2));
    const Status refused = m_node->service->saveParties(id, more, kToday);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("no longer exists")), qPrintable(refused.error()));
    QVERIFY(!m_node->service->saveClaims(id, c.claims()).ok());
    QCOMPARE(m_node->footprint(), before);
}

void tst_MediationService::overdueFilter()
{
    // Today is 2026-03-20; the caller computed the acceptance cut-off (received on or before
    // 2026-03-17 and still not decided = overdue).
    const QDate today(2026, 3, 20);
    QStringList overdue;
    QStringList inTime;
    overdue << registered(QDate(2026, 3, 2));  // received, never decided
    inTime << registered(QDate(2026, 3, 19));  // received yesterday
    const QString late = registered(QDate(2026, 3, 2)); // accepted, window ended 03-17
    QVERIFY(move(late, CaseStatus::Accepted, QDate(2026, 3, 3)).ok());
    overdue << late;
    const QString fresh = registered(QDate(2026, 3, 10)); // window ends 03-25
    QVERIFY(move(fresh, CaseStatus::Accepted, QDate(2026, 3, 11)).ok());
    inTime << fresh;
    const QString extended = registered(QDate(2026, 3, 2)); // window extended to 03-27
    QVERIFY(move(extended, CaseStatus::Accepted, QDate(2026, 3, 3)).ok());
    QVERIFY(move(extended, CaseStatus::InMediation, QDate(2026, 3, 4)).ok());
    QVERIFY(m_node->service->extendWindow(extended, m_node->fullCase(extended).version, 10, u("双方于3月16日书面同意延长10日")).ok());
    inTime << extended;
    // Delegated by a court: a 30-day window (特邀调解规定), ends 04-01.
    const QString delegated = registered(QDate(2026, 3, 2));
    QVERIFY(m_node->service->updateCase(delegated, m_node->fullCase(delegated).version,
                                        {{QStringLiteral("source"), QStringLiteral("court_delegated")}})
                .ok());
    QVERIFY(move(delegated, CaseStatus::Accepted, QDate(2026, 3, 3)).ok());
    inTime << delegated;
    overdue << agreedCase(QDate(2026, 3, 2), QDate(2026, 3, 10), 500000, QDate(2026, 3, 18)); // due, unpaid
    const QString paid = agreedCase(QDate(2026, 3, 2), QDate(2026, 3, 10), 500000, QDate(2026, 3, 18));
    CasePayment p;
    p.paidOn = QDate(2026, 3, 18);
    p.amountFen = 500000;
    QVERIFY(m_node->service->addPayment(paid, p, today).ok());
    inTime << paid;
    inTime << agreedCase(QDate(2026, 3, 2), QDate(2026, 3, 10), 500000, QDate(2026, 3, 25)); // not yet due
    const QString closed = registered(QDate(2026, 3, 2)); // rejected: closed, never overdue
    QVERIFY(move(closed, CaseStatus::Rejected, QDate(2026, 3, 3), u("不属于受理范围")).ok());
    inTime << closed;
    // Ended cases: the 回访 is due 30 days after closing, as the list's deadline column shows it.
    const auto performed = [this, &today](const QDate &closedOn) {
        const QString id = agreedCase(QDate(2026, 1, 5), QDate(2026, 1, 10), 500000, QDate(2026, 1, 15));
        CasePayment full;
        full.paidOn = QDate(2026, 1, 15);
        full.amountFen = 500000;
        return m_node->service->addPayment(id, full, today).ok() && move(id, CaseStatus::Performed, closedOn).ok()
                   ? id
                   : QString();
    };
    overdue << performed(QDate(2026, 2, 10)); // due 03-12, no visit
    inTime << performed(QDate(2026, 3, 1));   // due 03-31
    const QString visited = performed(QDate(2026, 2, 10));
    CaseFollowUp visit;
    visit.doneOn = QDate(2026, 3, 11);
    visit.contact = u("申请人本人");
    visit.content = u("款项已收到，无其他争议");
    QVERIFY(CaseFollowOnService(*m_node->store).saveFollowUp(visited, visit, today).ok());
    inTime << visited;
    QVERIFY(!overdue.contains(QString()) && !inTime.contains(QString()));

    Filter f;
    f.overdueOnly = true;
    f.today = today;
    f.acceptanceCutoff = QDate(2026, 3, 17);
    f.windowDays = 15;
    f.delegatedWindowDays = 30;
    f.followUpDays = 30;
    QCOMPARE(m_node->repo().count(f), int(overdue.size()));
    QSet<QString> ids;
    for (const CaseListRow &row : m_node->repo().page(f, MediationRepository::Sort::CaseNo, Qt::AscendingOrder, {}, 100))
        ids.insert(row.id);
    QCOMPARE(ids, QSet<QString>(overdue.cbegin(), overdue.cend()));
    Filter all;
    QCOMPARE(m_node->repo().count(all), int(overdue.size() + inTime.size()));
}

// The roster of a collective case: each worker's amount and authorisation, audited; refused for
// a case that is not collective, a party that is not an applicant and a negative amount.
void tst_MediationService::collectiveRoster()
{
    MediationCase group = intake();
    group.parties.clear();
    for (int i = 0; i < 3; ++i)
        group.parties << applicant(m_node->workers.at(i), m_node->workerNames.at(i), true);
    group.collective = true;
    group.workerCount = 25;
    auto r = m_node->service->registerCase(group, kToday);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    MediationCase stored = m_node->fullCase(r.value());
    QCOMPARE(stored.applicants().size(), 3);
    QVERIFY(!stored.applicants().first().amountFen);

    CaseRosterService roster(*m_node->store);
    QList<CaseRosterService::Line> lines;
    for (int i = 0; i < 3; ++i)
        lines.append(CaseRosterService::Line{stored.applicants().at(i).id, Q_INT64_C(1000000) + i, i != 1});
    QVERIFY(roster.save(r.value(), lines).ok());
    stored = m_node->fullCase(r.value());
    QCOMPARE(stored.applicants().at(0).amountFen.value_or(-1), Q_INT64_C(1000000));
    QCOMPARE(stored.applicants().at(2).amountFen.value_or(-1), Q_INT64_C(1000002));
    QVERIFY(stored.applicants().at(0).authorised);
    QVERIFY(!stored.applicants().at(1).authorised);
    QSqlQuery q(m_node->db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'mediation_parties' AND action = 'update'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    q.finish();

    // An amount taken away is cleared.
    lines[0].amountFen.reset();
    QVERIFY(roster.save(r.value(), lines).ok());
    QVERIFY(!m_node->fullCase(r.value()).applicants().at(0).amountFen);

    QList<CaseRosterService::Line> negative = lines;
    negative[1].amountFen = -5;
    QVERIFY(!roster.save(r.value(), negative).ok());
    QList<CaseRosterService::Line> stranger = lines;
    stranger[1].partyId = QStringLiteral("no-such-party");
    QVERIFY(!roster.save(r.value(), stranger).ok());
    QCOMPARE(m_node->fullCase(r.value()).applicants().at(1).amountFen.value_or(-1), Q_INT64_C(1000001));

    // Not a collective case: no roster.
    const QString single = registered(QDate(2026, 3, 9));
    const MediationCase one = m_node->fullCase(single);
    QVERIFY(!roster.save(single, {{one.applicants().first().id, Q_INT64_C(100), true}}).ok());
}

// Warnings do not block: a collective case with 2 representatives registers (the form warns);
// a late application for judicial confirmation is refused without a reason and goes ahead with
// one, which is kept in mediation_cases.overrides ("date — warning — reason") and the audit.
void tst_MediationService::warningsAreOverriddenWithAReason()
{
    MediationCase group = intake();
    group.parties.clear();
    for (int i = 0; i < 12; ++i)
        group.parties << applicant(m_node->workers.at(i), m_node->workerNames.at(i), i < 2);
    group.collective = true;
    QVERIFY(m_node->service->validateIntake(group, kToday).isEmpty());
    const QList<FieldError> warnings = m_node->service->intakeWarnings(group);
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().overridable);
    QVERIFY2(m_node->service->registerCase(group, kToday).ok(), "a warning blocked the registration");

    // Agreed 03-10: confirmation due 04-09; applied for on 04-20.
    const QString id = agreedCase(QDate(2026, 3, 2), QDate(2026, 3, 10), 500000, QDate(2026, 3, 25));
    QVERIFY(!id.isEmpty());
    const QString before = m_node->footprint();
    const Status refused = move(id, CaseStatus::JudicialConfirmation, QDate(2026, 4, 20));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(u("2026-04-09")), qPrintable(refused.error()));
    QCOMPARE(m_node->footprint(), before);
    QVERIFY(move(id, CaseStatus::JudicialConfirmation, QDate(2026, 4, 20), {}, {}, u("申请书已于4月8日邮寄法院")).ok());
    const MediationCase c = m_node->fullCase(id);
    QCOMPARE(c.status, CaseStatus::JudicialConfirmation);
    const QStringList lines = c.overrides.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(kToday.toString(Qt::ISODate) + u(" — ")) && lines.first().contains(u("2026-04-09"))
                 && lines.first().endsWith(u(" — 申请书已于4月8日邮寄法院")),
             qPrintable(lines.first()));
    QVERIFY(m_node->text(QStringLiteral("SELECT reason FROM audit_log WHERE record_id = ? ORDER BY seq DESC LIMIT 1"), {id})
                .contains(u("申请书已于4月8日邮寄法院")));
    // A move without warnings leaves the record of overrides as it is; a reason given anyway is not recorded.
    QVERIFY(m_node->service->addPayment(id, [] {
        CasePayment p;
        p.paidOn = QDate(2026, 4, 21);
        p.amountFen = 500000;
        return p;
    }(), kToday).ok());
    QVERIFY(move(id, CaseStatus::Performed, QDate(2026, 4, 21), {}, {}, u("无关")).ok());
    QCOMPARE(m_node->fullCase(id).overrides, c.overrides);
}

void tst_MediationService::codedRejectionAndWithdrawal()
{
    const QString rejected = registered(QDate(2026, 3, 5));
    QVERIFY(!move(rejected, CaseStatus::Rejected, QDate(2026, 3, 6), {}, {}, {}, QStringLiteral("other")).ok());
    QVERIFY(move(rejected, CaseStatus::Rejected, QDate(2026, 3, 6), {}, {}, {}, QStringLiteral("not_labour_dispute")).ok());
    MediationCase r = m_node->fullCase(rejected);
    QCOMPARE(r.decisionReasonCode, QStringLiteral("not_labour_dispute"));
    QVERIFY(r.decisionReason.isEmpty());
    const QString inWords = registered(QDate(2026, 3, 5));
    QVERIFY(move(inWords, CaseStatus::Rejected, QDate(2026, 3, 6), u("同一争议已申请仲裁")).ok());
    QCOMPARE(m_node->fullCase(inWords).decisionReasonCode, QStringLiteral("other"));

    // Withdrawn before acceptance: its own ending, closed with reason "withdrawal", words optional.
    const QString withdrawn = registered(QDate(2026, 3, 5));
    QVERIFY(move(withdrawn, CaseStatus::Withdrawn, QDate(2026, 3, 6)).ok());
    const MediationCase w = m_node->fullCase(withdrawn);
    QCOMPARE(w.status, CaseStatus::Withdrawn);
    QCOMPARE(w.closedOn, QDate(2026, 3, 6));
    QCOMPARE(w.closeReason, QStringLiteral("withdrawal"));
    QVERIFY(!w.decidedOn.isValid());
}

QTEST_GUILESS_MAIN(tst_MediationService)
#include "tst_mediationservice.moc"
