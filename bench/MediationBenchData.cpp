// The data of bench_mediation: a demo node with a register and N mediation cases across their
// lifecycle (see bench/README.md, "The data").

#include "MediationBenchData.h"

#include "core/Clock.h"
#include "mediation/MediationCase.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "mediation/MediationRepository.h"
#include "mediation/MediationService.h"
#include "storage/RecordStore.h"
#include "register/RegisterRepository.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace ud {

namespace {

const QDate kToday(2026, 11, 20); // the data's "today": cases are received up to the day before
const QDate kFirstReceived(2022, 1, 4);

template <typename T>
const T &weighted(QRandomGenerator &rng, const QList<QPair<T, int>> &choices)
{
    int total = 0;
    for (const auto &c : choices)
        total += c.second;
    int r = int(rng.bounded(total));
    for (const auto &c : choices) {
        if (r < c.second)
            return c.first;
        r -= c.second;
    }
    return choices.last().first;
}

class CaseGenerator
{
public:
    CaseGenerator(Database &db, RecordStore &store, MediationService &service, quint64 seed)
        : m_db(db), m_store(store), m_service(service), m_rng(seed)
    {
    }

    Status loadRegister()
    {
        const RegisterRepository repo(m_db);
        RegisterRepository::PageKey key;
        QHash<QString, QList<QPair<QString, QString>>> byEmployer;
        for (;;) {
            const QList<Worker> page = repo.workersPage({}, RegisterRepository::WorkerSort::Name, Qt::AscendingOrder, key, 5000);
            for (const Worker &w : page)
                if (!w.employerId.isEmpty())
                    byEmployer[w.employerId].append({w.id, w.name});
            if (page.size() < 5000)
                break;
            key = RegisterRepository::workerKey(page.last(), RegisterRepository::WorkerSort::Name);
        }
        m_employers = byEmployer.keys();
        std::sort(m_employers.begin(), m_employers.end()); // QHash order differs from run to run
        for (const QString &e : std::as_const(m_employers)) {
            m_workers.insert(e, byEmployer.value(e));
            if (byEmployer.value(e).size() >= 5)
                m_largeEmployers << e;
        }
        if (m_largeEmployers.isEmpty())
            return Status::failure(QStringLiteral("the register has no employer with five workers"));
        return Status::success();
    }

    // One case through its lifecycle up to a state that depends on its age.
    Status next()
    {
        MediationCase c;
        const int span = int(kFirstReceived.daysTo(kToday.addDays(-1)));
        c.receivedOn = kFirstReceived.addDays(m_rng.bounded(span + 1));
        c.collective = m_rng.bounded(100) < 4;
        c.source = weighted<QString>(m_rng, {{QStringLiteral("written_application"), 40}, {QStringLiteral("oral_application"), 25},
                                             {QStringLiteral("arbitration_referral"), 12}, {QStringLiteral("court_referral"), 8},
                                             {QStringLiteral("hotline_12351"), 10}, {QStringLiteral("own_initiative"), 5}});
        c.disputeType = weighted<QString>(m_rng, {{QStringLiteral("remuneration"), 45}, {QStringLiteral("contract"), 20},
                                                  {QStringLiteral("separation"), 15}, {QStringLiteral("conditions"), 12},
                                                  {QStringLiteral("relationship"), 5}, {QStringLiteral("other"), 3}});
        c.otherDisputeTypes = {m_rng.bounded(3) == 0 ? QStringLiteral("conditions") : QStringLiteral("other")};
        const QStringList &pool = c.collective ? m_largeEmployers : m_employers;
        c.employerId = pool.at(int(m_rng.bounded(int(pool.size()))));
        const auto &staff = m_workers.value(c.employerId);
        const int applicants = c.collective ? 3 + int(m_rng.bounded(3)) : (m_rng.bounded(10) == 0 ? 2 : 1);
        const int first = int(m_rng.bounded(int(staff.size())));
        for (int i = 0; i < applicants && i < staff.size(); ++i) {
            CaseParty p;
            p.workerId = staff.at((first + i) % staff.size()).first;
            p.name = staff.at((first + i) % staff.size()).second;
            p.phone = QStringLiteral("139%1").arg(m_rng.bounded(100000000), 8, 10, QLatin1Char('0'));
            p.relation = QStringLiteral("本人");
            p.representative = c.collective;
            c.parties << p;
        }
        c.workerCount = c.collective ? 10 + int(m_rng.bounded(50)) : int(c.parties.size());
        const qint64 claimed = (1000 + qint64(m_rng.bounded(150000))) * 100;
        const int months = 1 + int(m_rng.bounded(12));
        c.facts = QStringLiteral("申请人称单位拖欠%1个月工资及加班费，经多次协商未果。").arg(months);
        c.requests = QStringLiteral("支付拖欠工资%1元").arg(claimed / 100);
        c.mediators = m_rng.bounded(2) ? QStringLiteral("孙明,周丽") : QStringLiteral("郑强");
        c.notes = QStringLiteral("无");
        CaseItem claim;
        claim.kind = QStringLiteral("claim");
        claim.item = QStringLiteral("wage");
        claim.description = QStringLiteral("拖欠工资");
        claim.amountFen = claimed;
        c.items << claim;
        auto id = m_service.registerCase(c, kToday);
        if (!id)
            return id.status();
        ++m_created;
        return lifecycle(id.value(), c.receivedOn, claimed);
    }

    int created() const { return m_created; }

private:
    QDate clamp(const QDate &d) const { return std::min(d, kToday); }
    int days(int lo, int hi) { return lo + int(m_rng.bounded(hi - lo + 1)); }

    // The case's further life, written as the service's transitions would leave it: one update of
    // the case row with its final status and dates, the agreement's lines and the payments made.
    Status lifecycle(const QString &id, const QDate &received, qint64 claimed)
    {
        const int age = int(received.daysTo(kToday));
        if (age <= 3 && m_rng.bounded(10) < 6)
            return Status::success(); // still received
        const QDate decided = clamp(received.addDays(days(0, 3)));
        QVariantMap changes{{QStringLiteral("decided_on"), decided.toString(Qt::ISODate)}};
        const auto set = [&changes](const char *column, const QVariant &v) { changes.insert(QLatin1String(column), v); };
        const auto iso = [](const QDate &d) { return d.toString(Qt::ISODate); };
        if (m_rng.bounded(100) < 8) {
            set("status", QStringLiteral("rejected"));
            set("decision_reason", QStringLiteral("不属于劳动争议调解受理范围"));
            return update(id, changes);
        }
        set("respondent_consent", 1);
        if (age < 12 && m_rng.bounded(2) == 0) {
            set("status", m_rng.bounded(2) ? QStringLiteral("accepted") : QStringLiteral("in_mediation"));
            return update(id, changes);
        }
        const QDate started = clamp(decided.addDays(days(0, 2)));
        if (m_rng.bounded(10) < 3 || age < 12) {
            if (age < 12) {
                set("status", QStringLiteral("in_mediation"));
                return update(id, changes);
            }
            static const QStringList reasons = {QStringLiteral("no_agreement"), QStringLiteral("refusal"),
                                                QStringLiteral("withdrawal"), QStringLiteral("window_expired")};
            set("status", QStringLiteral("failed"));
            set("closed_on", iso(clamp(started.addDays(days(1, 14)))));
            set("close_reason", reasons.at(int(m_rng.bounded(int(reasons.size())))));
            set("opinion", QStringLiteral("双方未能达成一致，可依法申请仲裁。"));
            return update(id, changes);
        }
        const QDate agreedOn = clamp(started.addDays(days(1, 13)));
        const qint64 agreed = claimed * (40 + int(m_rng.bounded(61))) / 100;
        set("agreed_on", iso(agreedOn));
        set("agreement_terms", QStringLiteral("分两期支付"));
        set("waived_claims", QStringLiteral("其他请求"));
        set("tax_borne_by", QStringLiteral("单位"));
        const qint64 parts[2] = {agreed * 2 / 3, agreed - agreed * 2 / 3};
        QDate due = agreedOn;
        for (int i = 0; i < 2; ++i) {
            due = due.addDays(days(0, 20));
            auto item = m_store.create(QStringLiteral("mediation_items"),
                                       {{QStringLiteral("case_id"), id},
                                        {QStringLiteral("kind"), QStringLiteral("agreed")},
                                        {QStringLiteral("item"), i == 0 ? QStringLiteral("wage") : QStringLiteral("compensation")},
                                        {QStringLiteral("description"), QStringLiteral("按协议支付")},
                                        {QStringLiteral("amount_fen"), parts[i]},
                                        {QStringLiteral("due_on"), iso(due)},
                                        {QStringLiteral("sort_order"), i}});
            if (!item)
                return item.status();
        }

        // After the agreement: payments in one to three instalments within two months.
        const bool recent = agreedOn.daysTo(kToday) < 20;
        const int roll = int(m_rng.bounded(100));
        if (recent && roll < 40) {
            set("status", QStringLiteral("agreed"));
            return update(id, changes);
        }
        const bool full = !recent && roll >= 20;
        set("status", full ? QStringLiteral("performed") : roll < 10 && !recent ? QStringLiteral("breached") : QStringLiteral("performing"));
        if (full && roll >= 95) {
            set("review_kind", roll % 2 ? QStringLiteral("arbitration_review") : QStringLiteral("judicial_confirmation"));
            set("review_applied_on", iso(clamp(agreedOn.addDays(days(1, 10)))));
        }
        const int instalments = 1 + int(m_rng.bounded(3));
        qint64 left = full ? agreed : agreed / 2;
        QDate paidOn = agreedOn;
        for (int i = 0; i < instalments && left > 0; ++i) {
            const qint64 amount = i == instalments - 1 ? left : left / (instalments - i);
            paidOn = clamp(paidOn.addDays(days(0, 20)));
            auto payment = m_store.create(QStringLiteral("mediation_payments"),
                                          {{QStringLiteral("case_id"), id},
                                           {QStringLiteral("paid_on"), iso(paidOn)},
                                           {QStringLiteral("amount_fen"), amount},
                                           {QStringLiteral("method"), QStringLiteral("银行转账")},
                                           {QStringLiteral("note"), QStringLiteral("按协议")}});
            if (!payment)
                return payment.status();
            left -= amount;
        }
        if (full || roll < 10)
            set("closed_on", iso(full ? paidOn : clamp(paidOn.addDays(days(30, 60)))));
        return update(id, changes);
    }

    Status update(const QString &id, const QVariantMap &changes)
    {
        return m_store.update(QStringLiteral("mediation_cases"), id, 1, changes, QStringLiteral("按程序办理")).status();
    }

    Database &m_db;
    RecordStore &m_store;
    MediationService &m_service;
    QRandomGenerator m_rng;
    QStringList m_employers;
    QStringList m_largeEmployers;
    QHash<QString, QList<QPair<QString, QString>>> m_workers;
    int m_created = 0;
};

} // namespace

Status createMediationBenchDatabase(const QString &path, int cases, int registerSize, const std::function<void(int, double)> &progress)
{
    SystemClock clock;
    Database db;
    if (Status s = db.open(path, Database::OpenMode::CreateIfMissing); !s)
        return s;
    RecordStore store(db, &clock);
    store.setActor(QStringLiteral("bench"));
    {
        Database::Transaction tx(db);
        auto node = DemoGenerator::createNode(db, store, clock);
        if (!node)
            return node.status();
        DemoOptions options;
        options.size = registerSize;
        options.cases = 0; // the cases are this benchmark's own, below
        if (auto filled = DemoGenerator(db, store).fill(options); !filled)
            return filled.status();
        if (Status s = tx.commit(); !s)
            return s;
    }
    // A station's default block of case numbers is 1..9999 a year; 100,000 cases over five years
    // need more, as an administrator would give a busy node (number_blocks is local, not synced).
    for (int year = kFirstReceived.year(); year <= kToday.year(); ++year)
        if (Status s = db.exec(QStringLiteral("INSERT INTO number_blocks (kind, year, first_value, last_value, next_value) "
                                              "VALUES ('mediation_case', %1, 1, 99999, 1)")
                                   .arg(year));
            !s)
            return s;
    MediationService service(store);
    CaseGenerator gen(db, store, service, 1);
    if (Status s = gen.loadRegister(); !s)
        return s;
    QElapsedTimer t;
    t.start();
    while (gen.created() < cases) {
        Database::Transaction tx(db);
        for (int i = 0; i < 1000 && gen.created() < cases; ++i)
            if (Status s = gen.next(); !s)
                return Status::failure(QStringLiteral("case %1: %2").arg(gen.created()).arg(s.error()));
        if (Status s = tx.commit(); !s)
            return s;
        if (gen.created() % 10000 == 0)
            progress(gen.created(), static_cast<double>(t.nsecsElapsed()) / 1e9);
    }
    return Status::success();
}

} // namespace ud
