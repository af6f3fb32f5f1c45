#pragma once

#include "core/Result.h"
#include "mediation/MediationCase.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace ud {

class RecordStore;

// What happens to a case after (or beside) the agreement (issue 11 items 4, 6, 7): the outcome of
// the arbitration review or judicial confirmation, 送达 records, 回访 records, steps after a
// breach (督促履行, the notice of non-performance, 支付令 applications), referrals out of the case
// and 补充协议 to an agreement that has taken effect. Every write is one transaction through
// RecordStore (audit + outbox); CaseFollowOnCommands runs them through the command facade.
class CaseFollowOnService
{
    Q_DECLARE_TR_FUNCTIONS(CaseFollowOnService)

public:
    // The record tables this service writes (for remove()).
    enum class Kind { Service, FollowUp, BreachStep, Referral, Supplement };

    explicit CaseFollowOnService(RecordStore &store) : m_store(store) {}

    // --- Rules, without writing ---

    // An agreement that has taken effect (status agreed or later) is locked: its terms, waived
    // claims, tax, agreed items, respondent's position and 履行方式 change only through a 补充协议.
    static bool agreementLocked(const MediationCase &c);
    // The columns of mediation_cases that belong to the agreement (locked once in effect).
    static const QStringList &agreementColumns();
    static QString lockedMessage();
    // The outcomes a review of `reviewKind` can have: arbitration review → mediation_statement
    // (仲裁调解书) | not_confirmed (不予确认); judicial confirmation → confirmed_valid (确认有效) |
    // dismissed (驳回).
    static QStringList outcomesFor(const QString &reviewKind);
    // Claim items a 支付令 can enforce (劳动争议调解仲裁法 art. 16: 劳动报酬 — wages and overtime —,
    // 工伤医疗费, 经济补偿, 赔偿金).
    static bool isPaymentOrderItem(const QString &itemCode);
    // Whether the agreement holds at least one such item.
    static bool paymentOrderEligible(const MediationCase &c);
    // After a breach: the case is breached, or the agreement is in effect and a payment date has
    // passed with the money due by then not paid (on `on`).
    static bool breachOpen(const MediationCase &c, const QDate &on);
    // The next step's deadline after a breach step done on `doneOn` (and, for a 支付令, served on
    // `outcomeOn` when known); invalid when the law sets none (urging and the notice of
    // non-performance name the time to perform the mediator sets).
    static QDate nextDueOn(const QString &kind, const QDate &doneOn, const QDate &outcomeOn = {});

    // --- Writes ---

    // Records (or clears, with an empty outcome) the outcome of the review applied for.
    Status setReviewOutcome(const QString &caseId, qint64 baseVersion, const QString &outcome, const QDate &decidedOn,
                            const QString &documentNo, const QDate &today);
    // Each creates (empty id) or updates the record and returns its id.
    Result<QString> saveService(const QString &caseId, const CaseService &service, const QDate &today);
    Result<QString> saveFollowUp(const QString &caseId, const CaseFollowUp &followUp, const QDate &today);
    Result<QString> saveBreachStep(const QString &caseId, const CaseBreachStep &step, const QDate &today);
    Result<QString> saveReferral(const QString &caseId, const CaseReferral &referral, const QDate &today);
    Result<QString> saveSupplement(const QString &caseId, const CaseSupplement &supplement, const QDate &today);
    // Removes one of the records above (a supplement only while the agreed total stays at least
    // what has been paid).
    Status remove(Kind kind, const QString &id, qint64 baseVersion);

private:
    Result<MediationCase> caseOf(const QString &caseId) const;
    bool codeExists(const QString &list, const QString &code) const;
    Result<QString> write(const QString &table, const QString &id, qint64 version, QVariantMap fields,
                          const QString &reason);

    RecordStore &m_store;
};

} // namespace ud
