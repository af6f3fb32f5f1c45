#pragma once

// A station database with 14 hand-designed mediation cases for the statistics tests, written the
// way the application writes them: Database::open(CreateIfMissing), NodeIdentity::initialize,
// employers and workers through RecordStore, cases through MediationService (intake, lifecycle
// transitions, agreement lines, payments). The expected figures are worked out by hand in
// tst_mediationstatistics.cpp from the table below.
//
//  case  received    type          source                decided      outcome                   workers  payments (yuan)
//  C1    2025-12-20  remuneration  written_application   acc 12-22    agreed 2025-12-30 10,000  1        4,000.25 on 2026-01-15, 5,999.75 on 2026-02-10 (performed)
//  C2    2025-12-26  contract      oral_application      acc 12-29    agreed 2026-01-08 8,000   1        3,000.10 on 2026-01-20 (performing)
//  C3    2026-01-05  remuneration  written_application   acc 01-07    agreed 2026-01-15 20,000  1        20,000.00 on 2026-01-25 (performed)
//  C4    2026-02-02  remuneration  arbitration_referral  acc 02-04    agreed 2026-02-14 60,000  12 (collective, 3 representatives)
//                                                                                                        30,000.00 on 2026-03-01, 29,999.99 on 2026-04-10 (performing)
//  C5    2026-02-10  separation    oral_application      acc 02-12    failed 2026-02-20         1
//  C6    2026-03-02  conditions    written_application   rejected 03-04                         1
//  C7    2026-03-20  contract      court_referral        acc 03-24    agreed 2026-04-02 5,000   2        5,000.00 on 2026-04-15 (performed)
//  C8    2026-03-28  remuneration  hotline_12351         (still received)                       1
//  C9    2026-03-25  conditions    written_application   acc 03-27    failed 2026-04-08         1
//  C10   2026-01-10  remuneration  written_application   acc 01-12    agreed 2026-01-20 1,000   1        1,000.00 on 2026-01-22 — then the case is DELETED
//  C11   2026-04-20  other         own_initiative        acc 04-22    (in mediation)            3
//  C12   2026-05-05  remuneration  oral_application      rejected 05-06                         1
//  C13   2025-11-10  separation    written_application   acc 11-12    failed 2025-11-25         1
//  C14   2026-03-30  separation    written_application   acc 03-31    agreed 2026-04-01 2,000   1        (none)
//
// Issue 11 (协议金额, 当场履行, withdrawals, 农民工, 欠薪, referrals, receptions): cases in 2026-Q3 only,
// so the figures of the periods above stay as they were (C9's 'withdrawal' aside).
//  case  received    type          source                decided      outcome                   workers  money (yuan)
//  C15   2026-07-01  remuneration  written_application   acc 07-03    agreed 2026-07-10 7,000   2        claim wage 8,000; agreed wage 7,000;
//        农民工, 欠薪                                                                                    2,000.00 at signing 07-10, 4,000.00 on 08-10
//  C16   2026-07-05  contract      oral_application      acc 07-06    agreed 2026-07-15 10,000  1        agreed compensation; 补充协议 08-01 −1,000.00;
//        农民工                                                                                          8,000.00 on 08-05
//  C17   2026-07-08  separation    written_application   withdrawn before acceptance 07-09      1
//  C18   2026-07-10  conditions    written_application   acc 07-12    failed 07-20 和解后撤回     1        claim wage 3,000 (欠薪)
//  C19   2026-07-12  remuneration  hotline_12351         acc 07-14    (in mediation)            3        claim overtime 3,000 (not 欠薪); 农民工
//  Referrals: C11 arbitration 06-30; C15 legal aid 07-05; C18 labour inspection 07-20; reception R1
//  labour inspection 07-22; deleted reception R6 other 07-16; C19 court 10-01.
//  Receptions: R1 consultation 07-02, R2 drafting 07-03, R3 phone 07-21, R4 drafting 08-01,
//  R5 consultation 09-30, R6 consultation 07-15 (deleted), R7 complaint 10-02.

#include "core/Clock.h"
#include "mediation/MediationCase.h"
#include "mediation/MediationStateMachine.h"
#include "core/Result.h"
#include "storage/Database.h"
#include "mediation/MediationRepository.h"
#include "mediation/MediationService.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"

#include <QDate>
#include <QStringList>

#include <memory>
#include <utility>

namespace udtest {

class MediationStatsFixture
{
public:
    static constexpr const char *kStation = "110105015";

    // The "today" every write is checked against.
    static QDate today() { return QDate(2026, 11, 21); }

    // Creates the database at `path` (which must not exist) and fills it. Returns the first
    // problem, or success.
    static ud::Status build(const QString &path)
    {
        MediationStatsFixture f;
        return f.run(path);
    }

private:
    struct Spec
    {
        QString received;
        QString type;
        QString source;
        int applicants = 1;
        bool collective = false;
        int workerCount = 0;
        QList<std::pair<QString, qint64>> claims = {};
    };

    MediationStatsFixture() : m_clock(QDateTime(today(), QTime(9, 0), Qt::UTC)) {}

    static QDate d(const char *iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }

    ud::Status run(const QString &path)
    {
        if (ud::Status s = m_db.open(path, ud::Database::OpenMode::CreateIfMissing); !s)
            return s;
        auto node = ud::NodeIdentity::initialize(m_db, QString::fromLatin1(kStation), ud::Tier::Street,
                                                 QStringLiteral("八里庄测试站"), m_clock);
        if (!node)
            return node.status();
        m_store = std::make_unique<ud::RecordStore>(m_db, &m_clock);
        m_store->setActor(QStringLiteral("tester"));
        m_service = std::make_unique<ud::MediationService>(*m_store);
        if (ud::Status s = registerData(); !s)
            return s;
        return cases();
    }

    ud::Status registerData()
    {
        const QStringList employers = {QStringLiteral("北京华信建筑工程有限公司"), QStringLiteral("北京朝阳食品有限公司"),
                                       QStringLiteral("北京八里庄物流中心"), QStringLiteral("北京远景软件有限公司")};
        for (const QString &name : employers) {
            auto e = m_store->create(QStringLiteral("employers"),
                                     {{QStringLiteral("name"), name},
                                      {QStringLiteral("district"), QStringLiteral("110105")},
                                      {QStringLiteral("street"), QString::fromLatin1(kStation)}});
            if (!e)
                return e.status();
            m_employers << e.value().id;
        }
        const QStringList names = {QStringLiteral("张伟"), QStringLiteral("王芳"), QStringLiteral("李娜"),
                                   QStringLiteral("刘强"), QStringLiteral("陈静"), QStringLiteral("杨磊"),
                                   QStringLiteral("赵军"), QStringLiteral("黄洋"), QStringLiteral("周敏"),
                                   QStringLiteral("吴丽")};
        for (int i = 0; i < names.size(); ++i) {
            auto w = m_store->create(QStringLiteral("workers"),
                                     {{QStringLiteral("name"), names.at(i)},
                                      {QStringLiteral("employer_id"), m_employers.at(i % m_employers.size())}});
            if (!w)
                return w.status();
            m_workers << w.value().id;
            m_workerNames << names.at(i);
        }
        return ud::Status::success();
    }

    ud::Result<QString> registerCase(const Spec &s)
    {
        ud::MediationCase c;
        c.receivedOn = d(s.received.toLatin1().constData());
        c.source = s.source;
        c.disputeType = s.type;
        c.collective = s.collective;
        c.workerCount = s.workerCount;
        c.employerId = m_employers.at(m_next % m_employers.size());
        // Every text field is filled: MediationService binds an empty (null) QString as NULL, which
        // the NOT NULL DEFAULT '' columns refuse (reported; see docs/mediation-statistics.md).
        c.facts = QStringLiteral("用人单位拖欠工资，申请调解。");
        c.requests = QStringLiteral("支付拖欠工资");
        c.mediators = QStringLiteral("孙调解");
        c.notes = QStringLiteral("测试");
        c.otherDisputeTypes = QStringList{QStringLiteral("other")};
        c.respondentConsent = true; // acceptance needs it (17号令 art. 23)
        for (const auto &[item, fen] : s.claims) {
            ud::CaseItem claim;
            claim.kind = QStringLiteral("claim");
            claim.item = item;
            claim.amountFen = fen;
            claim.description = QStringLiteral("请求");
            c.items << claim;
        }
        for (int i = 0; i < s.applicants; ++i) {
            ud::CaseParty p;
            p.workerId = m_workers.at((m_next + i) % m_workers.size());
            p.name = m_workerNames.at((m_next + i) % m_workers.size());
            p.phone = QStringLiteral("1380000%1").arg(m_next * 10 + i, 4, 10, QLatin1Char('0'));
            p.relation = QStringLiteral("本人");
            p.representative = s.collective;
            c.parties << p;
        }
        ++m_next;
        return m_service->registerCase(c, today());
    }

    qint64 version(const QString &id)
    {
        const auto c = ud::MediationRepository(m_db).fullCase(id);
        return c ? c->version : -1;
    }

    ud::Status move(const QString &id, ud::CaseStatus to, const char *on, const QString &closeReason = {})
    {
        ud::MediationStateMachine::Request r;
        r.to = to;
        r.on = d(on);
        r.reason = QStringLiteral("按程序办理");
        r.closeReason = closeReason;
        return m_service->transition(id, version(id), r, today(), {});
    }

    ud::Status agreement(const QString &id, qint64 fen, const QString &itemCode = QStringLiteral("wage"))
    {
        ud::CaseItem item;
        item.kind = QStringLiteral("agreed");
        item.item = itemCode;
        item.amountFen = fen;
        item.description = QStringLiteral("工资");
        return m_service->saveAgreement(id, QStringLiteral("一次性支付"), QStringLiteral("无"), QStringLiteral("单位"), {item});
    }

    ud::Status pay(const QString &id, const char *on, qint64 fen, bool atSigning = false)
    {
        ud::CasePayment p;
        p.paidOn = d(on);
        p.amountFen = fen;
        p.atSigning = atSigning;
        p.method = QStringLiteral("银行转账");
        p.note = QStringLiteral("按协议支付");
        return m_service->addPayment(id, p, today()).status();
    }

    // Accepted, then in mediation the day after, then the agreement with `fen` on `agreedOn`.
    ud::Status agreed(const QString &id, const char *acceptedOn, const char *mediationOn, const char *agreedOn, qint64 fen,
                      const QString &itemCode = QStringLiteral("wage"))
    {
        if (ud::Status s = move(id, ud::CaseStatus::Accepted, acceptedOn); !s)
            return s;
        if (ud::Status s = move(id, ud::CaseStatus::InMediation, mediationOn); !s)
            return s;
        if (ud::Status s = agreement(id, fen, itemCode); !s)
            return s;
        return move(id, ud::CaseStatus::Agreed, agreedOn);
    }

    ud::Status migrant(const QString &id)
    {
        return m_service->updateCase(id, version(id), {{QStringLiteral("migrant_workers"), 1}}, QStringLiteral("农民工"));
    }

    ud::Status record(const QString &table, const QVariantMap &fields, QString *id = nullptr)
    {
        auto made = m_store->create(table, fields);
        if (made && id)
            *id = made.value().id;
        return made.status();
    }

    ud::Status referral(const QString &caseId, const QString &receptionId, const char *kind, const char *on)
    {
        QVariantMap fields{{QStringLiteral("kind"), QString::fromLatin1(kind)},
                           {QStringLiteral("reason"), QStringLiteral("other")},
                           {QStringLiteral("referred_on"), QString::fromLatin1(on)},
                           {QStringLiteral("receiving_body"), QStringLiteral("朝阳区有关部门")}};
        if (!caseId.isEmpty())
            fields.insert(QStringLiteral("case_id"), caseId);
        if (!receptionId.isEmpty())
            fields.insert(QStringLiteral("reception_id"), receptionId);
        return record(QStringLiteral("mediation_referrals"), fields);
    }

    ud::Status reception(const char *kind, const char *on, QString *id = nullptr)
    {
        return record(QStringLiteral("mediation_receptions"),
                      {{QStringLiteral("kind"), QString::fromLatin1(kind)},
                       {QStringLiteral("received_on"), QString::fromLatin1(on)},
                       {QStringLiteral("visitor_name"), QStringLiteral("来访职工")},
                       {QStringLiteral("summary"), QStringLiteral("咨询工资问题")}},
                      id);
    }

#define UD_TRY(expr) \
    do { \
        if (ud::Status s_ = (expr); !s_) \
            return ud::Status::failure(QStringLiteral("%1: %2").arg(QLatin1String(#expr), s_.error())); \
    } while (false)
#define UD_CASE(var, ...) \
    auto var##r = registerCase(Spec{__VA_ARGS__}); \
    if (!var##r) \
        return ud::Status::failure(QStringLiteral(#var ": ") + var##r.error()); \
    const QString var = var##r.value();

    ud::Status cases()
    {
        using S = ud::CaseStatus;
        const QString rem = QStringLiteral("remuneration"), contract = QStringLiteral("contract"),
                      sep = QStringLiteral("separation"), cond = QStringLiteral("conditions"),
                      other = QStringLiteral("other");
        const QString written = QStringLiteral("written_application"), oral = QStringLiteral("oral_application"),
                      arbitration = QStringLiteral("arbitration_referral"), court = QStringLiteral("court_referral"),
                      hotline = QStringLiteral("hotline_12351"), own = QStringLiteral("own_initiative");

        UD_CASE(c1, QStringLiteral("2025-12-20"), rem, written)
        UD_TRY(agreed(c1, "2025-12-22", "2025-12-23", "2025-12-30", 1000000));
        UD_TRY(move(c1, S::Performing, "2026-01-15"));
        UD_TRY(pay(c1, "2026-01-15", 400025));
        UD_TRY(pay(c1, "2026-02-10", 599975));
        UD_TRY(move(c1, S::Performed, "2026-02-10"));

        UD_CASE(c2, QStringLiteral("2025-12-26"), contract, oral)
        UD_TRY(agreed(c2, "2025-12-29", "2025-12-30", "2026-01-08", 800000));
        UD_TRY(move(c2, S::Performing, "2026-01-20"));
        UD_TRY(pay(c2, "2026-01-20", 300010));

        UD_CASE(c3, QStringLiteral("2026-01-05"), rem, written)
        UD_TRY(agreed(c3, "2026-01-07", "2026-01-08", "2026-01-15", 2000000));
        UD_TRY(pay(c3, "2026-01-25", 2000000));
        UD_TRY(move(c3, S::Performed, "2026-01-25"));

        UD_CASE(c4, QStringLiteral("2026-02-02"), rem, arbitration, 3, true, 12)
        UD_TRY(agreed(c4, "2026-02-04", "2026-02-05", "2026-02-14", 6000000));
        UD_TRY(move(c4, S::Performing, "2026-03-01"));
        UD_TRY(pay(c4, "2026-03-01", 3000000));
        UD_TRY(pay(c4, "2026-04-10", 2999999));

        UD_CASE(c5, QStringLiteral("2026-02-10"), sep, oral)
        UD_TRY(move(c5, S::Accepted, "2026-02-12"));
        UD_TRY(move(c5, S::InMediation, "2026-02-13"));
        UD_TRY(move(c5, S::Failed, "2026-02-20", QStringLiteral("no_agreement")));

        UD_CASE(c6, QStringLiteral("2026-03-02"), cond, written)
        UD_TRY(move(c6, S::Rejected, "2026-03-04"));

        UD_CASE(c7, QStringLiteral("2026-03-20"), contract, court, 2)
        UD_TRY(agreed(c7, "2026-03-24", "2026-03-25", "2026-04-02", 500000));
        UD_TRY(pay(c7, "2026-04-15", 500000));
        UD_TRY(move(c7, S::Performed, "2026-04-15"));

        UD_CASE(c8, QStringLiteral("2026-03-28"), rem, hotline)
        Q_UNUSED(c8);

        UD_CASE(c9, QStringLiteral("2026-03-25"), cond, written)
        UD_TRY(move(c9, S::Accepted, "2026-03-27"));
        UD_TRY(move(c9, S::InMediation, "2026-03-30"));
        UD_TRY(move(c9, S::Failed, "2026-04-08", QStringLiteral("withdrawal")));

        UD_CASE(c10, QStringLiteral("2026-01-10"), rem, written)
        UD_TRY(agreed(c10, "2026-01-12", "2026-01-13", "2026-01-20", 100000));
        UD_TRY(pay(c10, "2026-01-22", 100000));
        UD_TRY(m_store->remove(QStringLiteral("mediation_cases"), c10, version(c10), QStringLiteral("entered twice")).status());

        UD_CASE(c11, QStringLiteral("2026-04-20"), other, own, 3)
        UD_TRY(move(c11, S::Accepted, "2026-04-22"));
        UD_TRY(move(c11, S::InMediation, "2026-04-23"));

        UD_CASE(c12, QStringLiteral("2026-05-05"), rem, oral)
        UD_TRY(move(c12, S::Rejected, "2026-05-06"));

        UD_CASE(c13, QStringLiteral("2025-11-10"), sep, written)
        UD_TRY(move(c13, S::Accepted, "2025-11-12"));
        UD_TRY(move(c13, S::Failed, "2025-11-25", QStringLiteral("refusal")));

        UD_CASE(c14, QStringLiteral("2026-03-30"), sep, written)
        UD_TRY(agreed(c14, "2026-03-31", "2026-03-31", "2026-04-01", 200000));
        return issue11(c11);
    }

    // The 2026-Q3 records of the table above.
    ud::Status issue11(const QString &c11)
    {
        using S = ud::CaseStatus;
        const QString rem = QStringLiteral("remuneration"), contract = QStringLiteral("contract"),
                      sep = QStringLiteral("separation"), cond = QStringLiteral("conditions");
        const QString written = QStringLiteral("written_application"), oral = QStringLiteral("oral_application"),
                      hotline = QStringLiteral("hotline_12351");
        const QString wage = QStringLiteral("wage");

        UD_CASE(c15, QStringLiteral("2026-07-01"), rem, written, 2, false, 0, {{wage, 800000}})
        UD_TRY(migrant(c15));
        UD_TRY(agreed(c15, "2026-07-03", "2026-07-04", "2026-07-10", 700000));
        UD_TRY(pay(c15, "2026-07-10", 200000, true));
        UD_TRY(move(c15, S::Performing, "2026-08-10"));
        UD_TRY(pay(c15, "2026-08-10", 400000));

        UD_CASE(c16, QStringLiteral("2026-07-05"), contract, oral)
        UD_TRY(migrant(c16));
        UD_TRY(agreed(c16, "2026-07-06", "2026-07-07", "2026-07-15", 1000000, QStringLiteral("compensation")));
        UD_TRY(record(QStringLiteral("mediation_supplements"),
                      {{QStringLiteral("case_id"), c16},
                       {QStringLiteral("signed_on"), QStringLiteral("2026-08-01")},
                       {QStringLiteral("terms"), QStringLiteral("补偿金减为9,000元，8月5日前一次付清")},
                       {QStringLiteral("amount_change_fen"), -100000}}));
        UD_TRY(pay(c16, "2026-08-05", 800000));

        UD_CASE(c17, QStringLiteral("2026-07-08"), sep, written)
        UD_TRY(move(c17, S::Withdrawn, "2026-07-09"));

        UD_CASE(c18, QStringLiteral("2026-07-10"), cond, written, 1, false, 0, {{wage, 300000}})
        UD_TRY(move(c18, S::Accepted, "2026-07-12"));
        UD_TRY(move(c18, S::InMediation, "2026-07-13"));
        UD_TRY(move(c18, S::Failed, "2026-07-20", QStringLiteral("settled_withdrawn")));

        UD_CASE(c19, QStringLiteral("2026-07-12"), rem, hotline, 3, false, 0, {{QStringLiteral("overtime"), 300000}})
        UD_TRY(migrant(c19));
        UD_TRY(move(c19, S::Accepted, "2026-07-14"));
        UD_TRY(move(c19, S::InMediation, "2026-07-15"));

        QString r1, r6;
        UD_TRY(reception("consultation", "2026-07-02", &r1));
        UD_TRY(reception("document_drafting", "2026-07-03"));
        UD_TRY(reception("phone", "2026-07-21"));
        UD_TRY(reception("document_drafting", "2026-08-01"));
        UD_TRY(reception("consultation", "2026-09-30"));
        UD_TRY(reception("consultation", "2026-07-15", &r6));
        UD_TRY(reception("complaint", "2026-10-02"));

        UD_TRY(referral(c11, {}, "arbitration", "2026-06-30"));
        UD_TRY(referral(c15, {}, "legal_aid", "2026-07-05"));
        UD_TRY(referral(c18, {}, "labour_inspection", "2026-07-20"));
        UD_TRY(referral({}, r1, "labour_inspection", "2026-07-22"));
        UD_TRY(referral({}, r6, "other", "2026-07-16"));
        UD_TRY(referral(c19, {}, "court", "2026-10-01"));
        UD_TRY(m_store->remove(QStringLiteral("mediation_receptions"), r6, 1, QStringLiteral("entered twice")).status());
        return ud::Status::success();
    }
#undef UD_CASE
#undef UD_TRY

    ud::ManualClock m_clock;
    ud::Database m_db;
    std::unique_ptr<ud::RecordStore> m_store;
    std::unique_ptr<ud::MediationService> m_service;
    QStringList m_employers;
    QStringList m_workers;
    QStringList m_workerNames;
    int m_next = 0;
};

} // namespace udtest
