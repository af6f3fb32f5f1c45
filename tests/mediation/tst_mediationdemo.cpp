// Tests for the mediation part of the demo (ud::MediationDemo through ud::DemoGenerator::fill):
// cases in every status and with every close reason, the same cases for the same seed, nothing
// added by a second run, dates and money consistent with the lifecycle, applicants and employers
// from the register, realistic claims and mix, every case valid for intake and written through
// the audited path.

#include "core/Clock.h"
#include "mediation/MediationStateMachine.h"
#include "demo/DemoGenerator.h"
#include "mediation/MediationDemo.h"
#include "storage/Database.h"
#include "mediation/MediationRepository.h"
#include "mediation/MediationService.h"
#include "storage/RecordStore.h"

#include <QLoggingCategory>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ud;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

struct DemoDb
{
    std::unique_ptr<Database> db;
    std::unique_ptr<RecordStore> store;
    DemoSummary summary;

    qint64 scalar(const QString &sql) const
    {
        QSqlQuery q(db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    QStringList column(const QString &sql) const
    {
        QStringList out;
        QSqlQuery q(db->connection());
        if (q.exec(sql))
            while (q.next())
                out << q.value(0).toString();
        return out;
    }
};

// Working days (Monday to Friday) after `from` up to and including `to`.
int workdaysBetween(const QDate &from, const QDate &to)
{
    int n = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
        n += d.dayOfWeek() <= 5 ? 1 : 0;
    return n;
}

const QDate kToday(2026, 4, 15); // a Wednesday
constexpr int kSize = 1200;      // 60 cases
constexpr int kCases = kSize / MediationDemo::kWorkersPerCase;

} // namespace

class tst_MediationDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void scale();
    void everyStatusAndCloseReason();
    void sameSeedSameCases();
    void differentSeedDifferentCases();
    void secondRunAddsNothing();
    void datesFollowTheLifecycle();
    void moneyIsConsistent();
    void partiesComeFromTheRegister();
    void realisticMix();
    void everyCaseIsAValidIntake();
    void everyRecordIsAuditedAndQueued();
    void mediatorsAndReceptions();

private:
    bool makeDemo(DemoDb &demo, const QString &file, int size, quint64 seed);
    // Everything about the cases that the seed decides (not ids, hashes or the clock).
    QStringList content(const DemoDb &demo) const;

    QTemporaryDir m_dir;
    std::unique_ptr<ManualClock> m_clock;
    DemoDb m_a; // seed 11
    DemoDb m_b; // seed 11 again, another file
    DemoDb m_c; // seed 12
};

bool tst_MediationDemo::makeDemo(DemoDb &demo, const QString &file, int size, quint64 seed)
{
    demo.db = std::make_unique<Database>();
    if (!demo.db->open(m_dir.filePath(file), Database::OpenMode::CreateIfMissing).ok())
        return false;
    demo.store = std::make_unique<RecordStore>(*demo.db, m_clock.get());
    demo.store->setActor(QStringLiteral("demo"));
    Database::Transaction all(*demo.db);
    if (!DemoGenerator::createNode(*demo.db, *demo.store, *m_clock))
        return false;
    DemoOptions options;
    options.size = size;
    options.seed = seed;
    options.today = kToday;
    auto filled = DemoGenerator(*demo.db, *demo.store).fill(options);
    if (!filled) {
        qWarning("fill: %s", qPrintable(filled.error()));
        return false;
    }
    demo.summary = filled.value();
    return all.commit().ok();
}

QStringList tst_MediationDemo::content(const DemoDb &demo) const
{
    return demo.column(QStringLiteral(
        "SELECT c.case_no || '|' || c.status || '|' || c.received_on || '|' || coalesce(c.decided_on, '') || '|' "
        "|| coalesce(c.agreed_on, '') || '|' || coalesce(c.closed_on, '') || '|' || coalesce(c.close_reason, '') || '|' "
        "|| c.dispute_type || '|' || c.source || '|' || c.worker_count || '|' || c.facts || '|' || c.agreement_terms || '|' "
        "|| e.credit_code || '|' "
        "|| (SELECT group_concat(w.id_number, ',') FROM mediation_parties p JOIN workers w ON w.id = p.worker_id "
        "    WHERE p.case_id = c.id ORDER BY p.sort_order) || '|' "
        "|| (SELECT coalesce(sum(amount_fen), 0) FROM mediation_items i WHERE i.case_id = c.id AND i.kind = 'claim') || '|' "
        "|| (SELECT coalesce(sum(amount_fen), 0) FROM mediation_items i WHERE i.case_id = c.id AND i.kind = 'agreed') || '|' "
        "|| (SELECT coalesce(sum(amount_fen), 0) FROM mediation_payments m WHERE m.case_id = c.id) || '|' "
        "|| (SELECT count(*) FROM mediation_sessions s WHERE s.case_id = c.id) "
        "FROM mediation_cases c JOIN employers e ON e.id = c.employer_id ORDER BY c.case_no"));
}

void tst_MediationDemo::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
    QVERIFY(m_dir.isValid());
    m_clock = std::make_unique<ManualClock>(QDateTime(kToday, QTime(9, 0), Qt::UTC));
    QVERIFY(makeDemo(m_a, QStringLiteral("a.db"), kSize, 11));
    QVERIFY(makeDemo(m_b, QStringLiteral("b.db"), kSize, 11));
    QVERIFY(makeDemo(m_c, QStringLiteral("c.db"), kSize, 12));
}

void tst_MediationDemo::cleanupTestCase()
{
    for (DemoDb *d : {&m_a, &m_b, &m_c}) {
        d->store.reset();
        d->db.reset();
    }
}

void tst_MediationDemo::scale()
{
    QCOMPARE(kCases, 60);
    QCOMPARE(m_a.summary.casesCreated, kCases);
    QCOMPARE(m_a.summary.casesAlreadyThere, 0);
    QCOMPARE(m_a.scalar(QStringLiteral("SELECT count(*) FROM mediation_cases")), qint64(kCases));
    // Fewer than twenty workers make no case.
    DemoDb small;
    QVERIFY(makeDemo(small, QStringLiteral("small.db"), MediationDemo::kWorkersPerCase - 1, 3));
    QCOMPARE(small.summary.casesCreated, 0);
    QCOMPARE(small.scalar(QStringLiteral("SELECT count(*) FROM mediation_cases")), qint64(0));
}

void tst_MediationDemo::everyStatusAndCloseReason()
{
    QSet<QString> statuses;
    for (const QString &s : m_a.column(QStringLiteral("SELECT DISTINCT status FROM mediation_cases")))
        statuses.insert(s);
    for (const CaseStatus s : MediationStateMachine::allStatuses())
        QVERIFY2(statuses.contains(MediationStateMachine::statusKey(s)), qPrintable(MediationStateMachine::statusKey(s)));
    const QStringList reasons = m_a.column(QStringLiteral("SELECT DISTINCT close_reason FROM mediation_cases WHERE status = 'failed' ORDER BY 1"));
    QCOMPARE(reasons, (QStringList{u("no_agreement"), u("refusal"), u("window_expired"), u("withdrawal")}));
    // A withdrawal before acceptance is its own ending, recorded as a withdrawal (schema 10).
    QCOMPARE(m_a.scalar(QStringLiteral("SELECT count(*) FROM mediation_cases WHERE status NOT IN ('failed', 'withdrawn') "
                                       "AND close_reason IS NOT NULL")),
             qint64(0));
    QCOMPARE(m_a.scalar(QStringLiteral("SELECT count(*) FROM mediation_cases WHERE status = 'withdrawn' "
                                       "AND (close_reason <> 'withdrawal' OR closed_on IS NULL OR decided_on IS NOT NULL)")),
             qint64(0));
    // Cases that reached mediation have session records; the others have none.
    QCOMPARE(m_a.scalar(QStringLiteral("SELECT count(*) FROM mediation_cases c WHERE status IN ('agreed', 'in_mediation', 'performed', "
                                       "'performing', 'breached', 'arbitration_review', 'judicial_confirmation') "
                                       "AND NOT EXISTS (SELECT 1 FROM mediation_sessions s WHERE s.case_id = c.id)")),
             qint64(0));
    QCOMPARE(m_a.scalar(QStringLiteral("SELECT count(*) FROM mediation_sessions s JOIN mediation_cases c ON c.id = s.case_id "
                                       "WHERE c.status IN ('received', 'accepted', 'rejected')")),
             qint64(0));
}

void tst_MediationDemo::sameSeedSameCases()
{
    const QStringList a = content(m_a);
    QCOMPARE(a.size(), kCases);
    QCOMPARE(content(m_b), a);
    // Case numbers follow the dates of receipt, per year.
    const QStringList byDate = m_a.column(QStringLiteral("SELECT case_no FROM mediation_cases ORDER BY received_on, case_year, case_seq"));
    const QStringList byNumber = m_a.column(QStringLiteral("SELECT case_no FROM mediation_cases ORDER BY case_year, case_seq"));
    QCOMPARE(byDate, byNumber);
    QCOMPARE(m_a.scalar(QStringLiteral("SELECT count(*) FROM mediation_cases WHERE case_year <> CAST(substr(received_on, 1, 4) AS INTEGER)")),
             qint64(0));
    QVERIFY(m_a.column(QStringLiteral("SELECT case_no FROM mediation_cases WHERE case_year = 2026 AND case_seq = 1"))
                .contains(u("朝阳区八里庄街道调字〔2026〕第0001号")));
}

void tst_MediationDemo::differentSeedDifferentCases()
{
    const QStringList a = content(m_a);
    const QStringList c = content(m_c);
    QCOMPARE(c.size(), kCases);
    QVERIFY(QSet<QString>(a.cbegin(), a.cend()).intersect(QSet<QString>(c.cbegin(), c.cend())).isEmpty());
}

void tst_MediationDemo::secondRunAddsNothing()
{
    const QStringList before = content(m_b);
    const qint64 audits = m_b.scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
    const qint64 outbox = m_b.scalar(QStringLiteral("SELECT count(*) FROM outbox"));
    const qint64 blocks = m_b.scalar(QStringLiteral("SELECT sum(next_value) FROM number_blocks"));
    DemoOptions options;
    options.size = kSize;
    options.seed = 11;
    options.today = kToday.addDays(3); // a later day: still the same cases
    auto again = DemoGenerator(*m_b.db, *m_b.store).fill(options);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again.value().casesCreated, 0);
    QCOMPARE(again.value().casesAlreadyThere, kCases);
    QCOMPARE(content(m_b), before);
    QCOMPARE(m_b.scalar(QStringLiteral("SELECT count(*) FROM audit_log")), audits);
    QCOMPARE(m_b.scalar(QStringLiteral("SELECT count(*) FROM outbox")), outbox);
    QCOMPARE(m_b.scalar(QStringLiteral("SELECT sum(next_value) FROM number_blocks")), blocks);
}

void tst_MediationDemo::datesFollowTheLifecycle()
{
    QSqlQuery q(m_a.db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT case_no, status, received_on, decided_on, agreed_on, review_kind, review_applied_on, closed_on, "
        "follow_up_on, extension_days, close_reason FROM mediation_cases")));
    const QDate earliest = kToday.addMonths(-18).addDays(-7);
    int rows = 0;
    while (q.next()) {
        ++rows;
        const QString no = q.value(0).toString();
        const auto status = MediationStateMachine::statusFromKey(q.value(1).toString()).value();
        const auto date = [&q](int i) { return QDate::fromString(q.value(i).toString(), Qt::ISODate); };
        const QDate received = date(2), decided = date(3), agreed = date(4), reviewed = date(6), closed = date(7), followUp = date(8);
        const int window = 15 + q.value(9).toInt();
        QVERIFY2(received.isValid() && received >= earliest && received <= kToday, qPrintable(no));
        QVERIFY2(received.dayOfWeek() <= 5, qPrintable(no)); // applications come in on working days
        for (const QDate &d : {decided, agreed, reviewed, closed, followUp})
            QVERIFY2(!d.isValid() || (d >= received && d <= kToday), qPrintable(no));
        QCOMPARE(decided.isValid(), status != CaseStatus::Received && status != CaseStatus::Withdrawn);
        if (decided.isValid())
            QVERIFY2(workdaysBetween(received, decided) <= 3, qPrintable(no));
        if (agreed.isValid()) {
            QVERIFY2(agreed >= decided && received.daysTo(agreed) <= window, qPrintable(no));
        }
        if (reviewed.isValid()) {
            const int limit = q.value(5).toString() == QLatin1String("arbitration_review") ? 15 : 30;
            QVERIFY2(reviewed >= agreed && agreed.daysTo(reviewed) <= limit, qPrintable(no));
            QVERIFY2(!closed.isValid() || closed >= reviewed, qPrintable(no));
        }
        if (status == CaseStatus::Failed) {
            QVERIFY2(closed.isValid() && closed >= decided, qPrintable(no));
            if (q.value(10).toString() == QLatin1String("window_expired"))
                QVERIFY2(received.daysTo(closed) > window, qPrintable(no));
        }
        if (status == CaseStatus::Performed || status == CaseStatus::Breached)
            QVERIFY2(closed.isValid() && closed >= agreed, qPrintable(no));
        if (followUp.isValid())
            QVERIFY2(status == CaseStatus::Performed && followUp >= closed, qPrintable(no));
        // Open cases are recent: none is overdue.
        if (status == CaseStatus::Received)
            QVERIFY2(workdaysBetween(received, kToday) <= 3, qPrintable(no));
        if (status == CaseStatus::Accepted || status == CaseStatus::InMediation)
            QVERIFY2(received.daysTo(kToday) <= window, qPrintable(no));
    }
    QCOMPARE(rows, kCases);
    // Sessions lie between acceptance and the end of mediation; payments after the agreement.
    QCOMPARE(m_a.scalar(QStringLiteral(
                 "SELECT count(*) FROM mediation_sessions s JOIN mediation_cases c ON c.id = s.case_id "
                 "WHERE substr(s.started_at, 1, 10) < c.decided_on OR substr(s.started_at, 1, 10) > '2026-04-15' "
                 "OR substr(s.started_at, 1, 10) > coalesce(c.agreed_on, c.closed_on, '2026-04-15')")),
             qint64(0));
    QCOMPARE(m_a.scalar(QStringLiteral(
                 "SELECT count(*) FROM mediation_payments p JOIN mediation_cases c ON c.id = p.case_id "
                 "WHERE p.paid_on < c.agreed_on OR p.paid_on > '2026-04-15' OR p.paid_on > coalesce(c.closed_on, '2026-04-15')")),
             qint64(0));
    QCOMPARE(m_a.scalar(QStringLiteral("SELECT count(*) FROM mediation_items WHERE kind = 'agreed' AND due_on < "
                                       "(SELECT agreed_on FROM mediation_cases c WHERE c.id = case_id)")),
             qint64(0));
}

void tst_MediationDemo::moneyIsConsistent()
{
    QSqlQuery q(m_a.db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT c.case_no, c.status, c.collective, "
        "(SELECT coalesce(sum(amount_fen), 0) FROM mediation_items i WHERE i.case_id = c.id AND i.kind = 'claim'), "
        "(SELECT coalesce(sum(amount_fen), 0) FROM mediation_items i WHERE i.case_id = c.id AND i.kind = 'agreed'), "
        "(SELECT coalesce(sum(amount_fen), 0) FROM mediation_payments m WHERE m.case_id = c.id), "
        "(SELECT min(due_on) FROM mediation_items i WHERE i.case_id = c.id AND i.kind = 'agreed'), "
        "(SELECT max(due_on) FROM mediation_items i WHERE i.case_id = c.id AND i.kind = 'agreed'), "
        "(SELECT coalesce(max(amount_fen), 0) FROM mediation_items i WHERE i.case_id = c.id AND i.kind = 'claim' AND i.item = 'wage') "
        "FROM mediation_cases c")));
    const QString today = kToday.toString(Qt::ISODate);
    while (q.next()) {
        const QString no = q.value(0).toString();
        const auto status = MediationStateMachine::statusFromKey(q.value(1).toString()).value();
        const bool collective = q.value(2).toBool();
        const qint64 claimed = q.value(3).toLongLong(), agreed = q.value(4).toLongLong(), paid = q.value(5).toLongLong();
        const QString firstDue = q.value(6).toString(), lastDue = q.value(7).toString();
        const qint64 wageClaim = q.value(8).toLongLong();
        QVERIFY2(claimed > 0, qPrintable(no));
        QVERIFY2(agreed <= claimed, qPrintable(no));
        QVERIFY2(paid <= agreed, qPrintable(no));
        if (!collective && wageClaim > 0)
            QVERIFY2(wageClaim >= 100000 && wageClaim <= 6000000, qPrintable(no + QStringLiteral(" wage ") + QString::number(wageClaim)));
        const bool agreement = status == CaseStatus::Agreed || status == CaseStatus::ArbitrationReview
            || status == CaseStatus::JudicialConfirmation || status == CaseStatus::Performing || status == CaseStatus::Performed
            || status == CaseStatus::Breached;
        QCOMPARE(agreed > 0, agreement);
        switch (status) {
        case CaseStatus::Performed:
            QVERIFY2(paid == agreed, qPrintable(no));
            break;
        case CaseStatus::Performing:
            QVERIFY2(paid > 0 && paid < agreed && lastDue > today, qPrintable(no)); // part paid, the rest to come
            break;
        case CaseStatus::Breached:
            QVERIFY2(paid < agreed && lastDue < today, qPrintable(no)); // unpaid past due
            break;
        case CaseStatus::Agreed:
        case CaseStatus::ArbitrationReview:
        case CaseStatus::JudicialConfirmation:
            QVERIFY2(paid == 0 && firstDue > today, qPrintable(no)); // nothing due yet
            break;
        default:
            QVERIFY2(paid == 0, qPrintable(no));
        }
    }
}

void tst_MediationDemo::partiesComeFromTheRegister()
{
    // Applicants are workers of the register employed by the respondent; the respondent is an
    // employer of the register.
    QCOMPARE(m_a.scalar(QStringLiteral("SELECT count(*) FROM mediation_cases c LEFT JOIN employers e ON e.id = c.employer_id WHERE e.id IS NULL")),
             qint64(0));
    QCOMPARE(m_a.scalar(QStringLiteral("SELECT count(*) FROM mediation_parties p JOIN mediation_cases c ON c.id = p.case_id "
                                       "LEFT JOIN workers w ON w.id = p.worker_id WHERE p.role = 'applicant' "
                                       "AND (w.id IS NULL OR w.employer_id <> c.employer_id)")),
             qint64(0));
    QCOMPARE(m_a.scalar(QStringLiteral("SELECT count(*) FROM mediation_parties WHERE role = 'agent' AND (name = '' OR relation = '')")), qint64(0));
    QVERIFY(m_a.scalar(QStringLiteral("SELECT count(*) FROM mediation_parties WHERE role = 'agent' AND side = 'employer'")) > 0);
    // No worker is the first applicant of two demo cases.
    QCOMPARE(m_a.scalar(QStringLiteral("SELECT count(*) FROM (SELECT worker_id FROM mediation_parties WHERE role = 'applicant' "
                                       "AND sort_order = 0 GROUP BY worker_id HAVING count(*) > 1)")),
             qint64(0));

    // Collective cases: 10-60 workers, 3-5 elected representatives; the others fewer than 10.
    QSqlQuery q(m_a.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT c.case_no, c.collective, c.worker_count, "
                                  "(SELECT count(*) FROM mediation_parties p WHERE p.case_id = c.id AND p.role = 'applicant'), "
                                  "(SELECT count(*) FROM mediation_parties p WHERE p.case_id = c.id AND p.representative = 1) "
                                  "FROM mediation_cases c")));
    int collective = 0;
    while (q.next()) {
        const QString no = q.value(0).toString();
        const int workers = q.value(2).toInt(), applicants = q.value(3).toInt(), reps = q.value(4).toInt();
        if (q.value(1).toBool()) {
            ++collective;
            QVERIFY2(workers >= 10 && workers <= 60, qPrintable(no));
            QVERIFY2(reps >= 3 && reps <= 5 && reps == applicants, qPrintable(no));
        } else {
            QVERIFY2(applicants >= 1 && applicants < 10 && workers == applicants && reps == 0, qPrintable(no));
        }
    }
    QVERIFY2(collective > 0, "no collective case");
}

void tst_MediationDemo::realisticMix()
{
    const QStringList types = m_a.column(QStringLiteral("SELECT dispute_type FROM mediation_cases GROUP BY dispute_type ORDER BY count(*) DESC, dispute_type"));
    QVERIFY(types.size() >= 4);
    QCOMPARE(types.first(), u("remuneration")); // 劳动报酬 is the most common cause
    const QStringList sources = m_a.column(QStringLiteral("SELECT source FROM mediation_cases GROUP BY source ORDER BY count(*) DESC"));
    QCOMPARE(sources.first(), u("written_application"));
    QVERIFY(sources.size() >= 3);
    // Most cases of eighteen months are closed, most of them with an agreement.
    const qint64 closed = m_a.scalar(QStringLiteral("SELECT count(*) FROM mediation_cases WHERE status NOT IN ('received', 'accepted', 'in_mediation')"));
    QVERIFY(closed > kCases * 3 / 4);
    const qint64 agreed = m_a.scalar(QStringLiteral("SELECT count(*) FROM mediation_cases WHERE agreed_on IS NOT NULL"));
    const qint64 failed = m_a.scalar(QStringLiteral("SELECT count(*) FROM mediation_cases WHERE status = 'failed'"));
    QVERIFY2(agreed > failed, qPrintable(QStringLiteral("%1 agreed, %2 failed").arg(agreed).arg(failed)));
    // Facts read like a record: Chinese, naming the employer, and different from case to case.
    QSqlQuery q(m_a.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT c.facts, c.requests, e.name FROM mediation_cases c JOIN employers e ON e.id = c.employer_id")));
    QSet<QString> facts;
    while (q.next()) {
        const QString f = q.value(0).toString();
        QVERIFY2(f.size() > 40 && f.contains(q.value(2).toString()) && f.contains(u("申请人")), qPrintable(f));
        QVERIFY2(q.value(1).toString().startsWith(u("请求")), qPrintable(q.value(1).toString()));
        facts.insert(f);
    }
    QCOMPARE(facts.size(), kCases);
}

void tst_MediationDemo::everyCaseIsAValidIntake()
{
    MediationService service(*m_a.store);
    const MediationRepository repo(*m_a.db);
    for (const QString &id : m_a.column(QStringLiteral("SELECT id FROM mediation_cases"))) {
        const auto c = repo.fullCase(id);
        QVERIFY(c.has_value());
        const QList<FieldError> errors = service.validateIntake(*c, kToday);
        QVERIFY2(errors.isEmpty(), qPrintable(c->caseNo + QStringLiteral(": ") + errors.value(0).message));
        QVERIFY(!c->mediators.isEmpty());
    }
}

void tst_MediationDemo::everyRecordIsAuditedAndQueued()
{
    for (const char *table : {"mediation_cases", "mediation_parties", "mediation_items", "mediation_payments", "mediation_sessions",
                              "mediation_mediators", "mediation_mediator_trainings", "mediation_case_mediators",
                              "mediation_receptions", "mediation_referrals"}) {
        const QString t = QLatin1String(table);
        const qint64 rows = m_a.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(t));
        QVERIFY2(rows > 0, table);
        QCOMPARE(m_a.scalar(QStringLiteral("SELECT count(*) FROM %1 r WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE "
                                           "a.table_name = '%1' AND a.record_id = r.id AND a.action = 'create')").arg(t)),
                 qint64(0));
        QCOMPARE(m_a.scalar(QStringLiteral("SELECT count(*) FROM %1 r WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE "
                                           "o.table_name = '%1' AND o.record_id = r.id AND o.version = r.version)").arg(t)),
                 qint64(0));
    }
    // Each status change is an audited update of the case.
    QVERIFY(m_a.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'mediation_cases' AND action = 'update'"))
            >= m_a.scalar(QStringLiteral("SELECT count(*) FROM mediation_cases WHERE status <> 'received'")));
    QCOMPARE(m_a.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor <> 'demo'")), qint64(0));
    const CheckReport report = m_a.db->check();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

// The register of mediators and the reception log (issue 11): a handful of qualified, trained
// mediators, every case linked to the mediators of the register its names stand for, two to three
// receptions per case (one the case came from), some referred elsewhere; the same for a seed.
void tst_MediationDemo::mediatorsAndReceptions()
{
    QCOMPARE(m_a.scalar(QStringLiteral("SELECT count(*) FROM mediation_mediators")), qint64(5));
    QCOMPARE(m_a.scalar(QStringLiteral("SELECT count(DISTINCT qualification) FROM mediation_mediators")), qint64(5));
    QCOMPARE(m_a.scalar(QStringLiteral("SELECT count(*) FROM mediation_mediators m WHERE NOT EXISTS "
                                       "(SELECT 1 FROM mediation_mediator_trainings t WHERE t.mediator_id = m.id)")),
             qint64(0));
    QCOMPARE(m_a.scalar(QStringLiteral("SELECT count(*) FROM mediation_mediators WHERE appointed_until < '%1'")
                            .arg(kToday.toString(Qt::ISODate))),
             qint64(1));
    // Every case has a lead mediator of the register, and shows the register's names.
    QCOMPARE(m_a.scalar(QStringLiteral("SELECT count(*) FROM mediation_cases c WHERE NOT EXISTS (SELECT 1 FROM "
                                       "mediation_case_mediators l WHERE l.case_id = c.id AND l.role = 'lead')")),
             qint64(0));
    QCOMPARE(m_a.scalar(QStringLiteral(
                 "SELECT count(*) FROM mediation_cases c WHERE c.mediators <> (SELECT group_concat(name, '、') FROM "
                 "(SELECT m.name FROM mediation_case_mediators l JOIN mediation_mediators m ON m.id = l.mediator_id "
                 "WHERE l.case_id = c.id ORDER BY l.sort_order))")),
             qint64(0));
    QVERIFY(m_a.scalar(QStringLiteral("SELECT count(*) FROM mediation_case_mediators WHERE role = 'assistant'")) > 0);
    // Nobody sits on a case of the employer she works for, nor outside her appointment.
    QCOMPARE(m_a.scalar(QStringLiteral("SELECT count(*) FROM mediation_case_mediators l JOIN mediation_cases c ON c.id = l.case_id "
                                       "JOIN mediation_mediators m ON m.id = l.mediator_id WHERE m.employer_id = c.employer_id "
                                       "OR c.received_on NOT BETWEEN m.appointed_on AND m.appointed_until")),
             qint64(0));
    // Receptions: one the case came from, one or two more that did not become a case.
    const qint64 receptions = m_a.scalar(QStringLiteral("SELECT count(*) FROM mediation_receptions"));
    QVERIFY2(receptions >= 2 * kCases && receptions <= 3 * kCases, qPrintable(QString::number(receptions)));
    QCOMPARE(m_a.scalar(QStringLiteral("SELECT count(*) FROM mediation_cases c WHERE (SELECT count(*) FROM "
                                       "mediation_receptions r WHERE r.case_id = c.id AND r.outcome = 'case_opened') <> 1")),
             qint64(0));
    QCOMPARE(m_a.scalar(QStringLiteral("SELECT count(*) FROM mediation_receptions r JOIN mediation_cases c ON c.id = r.case_id "
                                       "WHERE r.received_on > c.received_on")),
             qint64(0));
    QCOMPARE(m_a.scalar(QStringLiteral("SELECT count(*) FROM mediation_receptions WHERE received_on > '%1'")
                            .arg(kToday.toString(Qt::ISODate))),
             qint64(0));
    QVERIFY(m_a.scalar(QStringLiteral("SELECT count(*) FROM mediation_receptions WHERE kind = 'document_drafting'")) > 0);
    QVERIFY(m_a.scalar(QStringLiteral("SELECT count(*) FROM mediation_referrals WHERE reception_id IS NOT NULL")) > 0);
    QCOMPARE(m_a.scalar(QStringLiteral("SELECT count(*) FROM mediation_receptions r WHERE r.outcome = 'referred' AND NOT EXISTS "
                                       "(SELECT 1 FROM mediation_referrals f WHERE f.reception_id = r.id)")),
             qint64(0));
    // The same seed, the same registers.
    const QString receptionContent = QStringLiteral(
        "SELECT r.received_on || '|' || r.kind || '|' || r.visitor_name || '|' || r.employer_name || '|' || r.worker_count "
        "|| '|' || r.summary || '|' || coalesce(r.outcome, '') || '|' || coalesce(c.case_no, '') FROM mediation_receptions r "
        "LEFT JOIN mediation_cases c ON c.id = r.case_id ORDER BY 1");
    QCOMPARE(m_b.column(receptionContent), m_a.column(receptionContent));
    const QString mediatorContent = QStringLiteral(
        "SELECT name || '|' || qualification || '|' || appointed_on || '|' || appointed_until || '|' || "
        "(SELECT group_concat(trained_on || topic || hours, ',') FROM mediation_mediator_trainings t WHERE t.mediator_id = m.id) "
        "FROM mediation_mediators m ORDER BY name");
    QCOMPARE(m_b.column(mediatorContent), m_a.column(mediatorContent));
}

QTEST_GUILESS_MAIN(tst_MediationDemo)
#include "tst_mediationdemo.moc"
