#include "mediation/CaseFollowOnService.h"

#include "core/Money.h"
#include "mediation/MediationRepository.h"
#include "mediation/MediationStateMachine.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"

#include <QSqlQuery>

namespace ud {

namespace {

const QString kCases = QStringLiteral("mediation_cases");
const QString kServices = QStringLiteral("mediation_services");
const QString kFollowUps = QStringLiteral("mediation_follow_ups");
const QString kBreachSteps = QStringLiteral("mediation_breach_steps");
const QString kReferrals = QStringLiteral("mediation_referrals");
const QString kSupplements = QStringLiteral("mediation_supplements");

// 支付令: the court issues it within 15 days of accepting the application, and the debtor has 15
// days from service to pay or object in writing (民事诉讼法 2023 art. 227 [P]; domain.md §1.1).
constexpr int kPaymentOrderCourtDays = 15;
constexpr int kPaymentOrderDebtorDays = 15;
// The written notice of non-performance (人社部令第17号 art. 30) and an urging letter name the time
// to perform the mediator sets, if any; the worker's one-year limitation for arbitration
// (劳动争议调解仲裁法 art. 27 [P]) is the case's own deadline (MediationDeadlines), not the
// employer's time to pay.

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(iso(d)) : QVariant();
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// Text columns are NOT NULL DEFAULT '': a null QString would be bound as SQL NULL.
QVariantMap withEmptyText(QVariantMap fields)
{
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (it->typeId() == QMetaType::QString && it->toString().isNull())
            *it = QStringLiteral("");
    return fields;
}

QString tableOf(CaseFollowOnService::Kind kind)
{
    switch (kind) {
    case CaseFollowOnService::Kind::Service:
        return kServices;
    case CaseFollowOnService::Kind::FollowUp:
        return kFollowUps;
    case CaseFollowOnService::Kind::BreachStep:
        return kBreachSteps;
    case CaseFollowOnService::Kind::Referral:
        return kReferrals;
    case CaseFollowOnService::Kind::Supplement:
        return kSupplements;
    }
    return {};
}

bool agreementInEffect(CaseStatus s)
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

} // namespace

bool CaseFollowOnService::agreementLocked(const MediationCase &c)
{
    return agreementInEffect(c.status);
}

const QStringList &CaseFollowOnService::agreementColumns()
{
    static const QStringList columns = {QStringLiteral("agreement_terms"), QStringLiteral("waived_claims"),
                                        QStringLiteral("tax_borne_by"), QStringLiteral("respondent_position"),
                                        QStringLiteral("performance_method")};
    return columns;
}

QString CaseFollowOnService::lockedMessage()
{
    return tr("The agreement has taken effect and can no longer be edited; changes go through a supplementary "
              "agreement.");
}

QStringList CaseFollowOnService::outcomesFor(const QString &reviewKind)
{
    if (reviewKind == QLatin1String("arbitration_review"))
        return {QStringLiteral("mediation_statement"), QStringLiteral("not_confirmed")};
    if (reviewKind == QLatin1String("judicial_confirmation"))
        return {QStringLiteral("confirmed_valid"), QStringLiteral("dismissed")};
    return {};
}

bool CaseFollowOnService::isPaymentOrderItem(const QString &itemCode)
{
    // 劳动报酬 covers overtime pay as well as wages.
    return itemCode == QLatin1String("wage") || itemCode == QLatin1String("overtime")
        || itemCode == QLatin1String("injury_medical") || itemCode == QLatin1String("compensation")
        || itemCode == QLatin1String("damages");
}

bool CaseFollowOnService::paymentOrderEligible(const MediationCase &c)
{
    for (const CaseItem &i : c.agreedItems())
        if (isPaymentOrderItem(i.item) && i.amountFen > 0)
            return true;
    return false;
}

bool CaseFollowOnService::breachOpen(const MediationCase &c, const QDate &on)
{
    if (c.status == CaseStatus::Breached)
        return true;
    if (!agreementInEffect(c.status) || MediationStateMachine::isFinal(c.status))
        return false;
    qint64 due = 0;
    for (const CaseItem &i : c.agreedItems())
        if (i.dueOn.isValid() && i.dueOn < on)
            due += i.amountFen;
    return due > c.paidFen();
}

QDate CaseFollowOnService::nextDueOn(const QString &kind, const QDate &doneOn, const QDate &outcomeOn)
{
    if (!doneOn.isValid())
        return {};
    if (kind == QLatin1String("payment_order"))
        return outcomeOn.isValid() ? outcomeOn.addDays(kPaymentOrderDebtorDays) : doneOn.addDays(kPaymentOrderCourtDays);
    return {};
}

Result<MediationCase> CaseFollowOnService::caseOf(const QString &caseId) const
{
    auto c = MediationRepository(m_store.database()).fullCase(caseId);
    if (!c || c->deleted)
        return Result<MediationCase>::failure(tr("The case no longer exists."));
    return *c;
}

bool CaseFollowOnService::codeExists(const QString &list, const QString &code) const
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT 1 FROM code_items WHERE list = ? AND code = ? AND deleted = 0"));
    q.addBindValue(list);
    q.addBindValue(code);
    return q.exec() && q.next();
}

Result<QString> CaseFollowOnService::write(const QString &table, const QString &id, qint64 version, QVariantMap fields,
                                          const QString &reason)
{
    if (id.isEmpty()) {
        auto created = m_store.create(table, withEmptyText(fields), reason);
        if (!created)
            return created.status();
        return created.value().id;
    }
    fields.remove(QStringLiteral("case_id"));
    auto updated = m_store.update(table, id, version, withEmptyText(fields), reason);
    if (!updated)
        return updated.status();
    return id;
}

Status CaseFollowOnService::setReviewOutcome(const QString &caseId, qint64 baseVersion, const QString &outcome,
                                             const QDate &decidedOn, const QString &documentNo, const QDate &today)
{
    const Result<MediationCase> found = caseOf(caseId);
    if (!found)
        return found.status();
    const MediationCase &c = found.value();
    if (outcome.isEmpty())
        return m_store
            .update(kCases, caseId, baseVersion,
                    {{QStringLiteral("review_outcome"), QVariant()}, {QStringLiteral("review_decided_on"), QVariant()},
                     {QStringLiteral("review_document_no"), QStringLiteral("")}},
                    tr("Review outcome cleared"))
            .status();
    if (c.reviewKind.isEmpty())
        return Status::failure(tr("No arbitration review or judicial confirmation was applied for on this case."));
    if (!outcomesFor(c.reviewKind).contains(outcome))
        return Status::failure(c.reviewKind == QLatin1String("arbitration_review")
                                   ? tr("An arbitration review ends in a mediation statement (仲裁调解书) or a "
                                        "decision not to confirm (不予确认).")
                                   : tr("A judicial confirmation ends in a ruling that the agreement is valid "
                                        "(确认有效) or that the application is dismissed (驳回)."));
    if (!decidedOn.isValid())
        return Status::failure(tr("Enter the date of the decision."));
    if (decidedOn > today)
        return Status::failure(tr("The decision date (%1) is in the future.").arg(iso(decidedOn)));
    if (c.reviewAppliedOn.isValid() && decidedOn < c.reviewAppliedOn)
        return Status::failure(tr("The decision date (%1) is before the review was applied for (%2).")
                                   .arg(iso(decidedOn), iso(c.reviewAppliedOn)));
    return m_store
        .update(kCases, caseId, baseVersion,
                {{QStringLiteral("review_outcome"), outcome},
                 {QStringLiteral("review_decided_on"), iso(decidedOn)},
                 {QStringLiteral("review_document_no"), documentNo.trimmed()}},
                tr("Review outcome recorded"))
        .status();
}

Result<QString> CaseFollowOnService::saveService(const QString &caseId, const CaseService &s, const QDate &today)
{
    if (!codeExists(QStringLiteral("mediation_document"), s.document))
        return Result<QString>::failure(tr("Choose the document that was served."));
    if (!codeExists(QStringLiteral("service_method"), s.method))
        return Result<QString>::failure(tr("Choose how the document was served."));
    if (s.side != QLatin1String("worker") && s.side != QLatin1String("employer") && s.side != QLatin1String("other"))
        return Result<QString>::failure(tr("Choose whom the document was served on: worker, employer or other."));
    if (s.recipient.trimmed().isEmpty())
        return Result<QString>::failure(tr("Enter who received the document."));
    if (!s.servedOn.isValid())
        return Result<QString>::failure(tr("Enter the date of service."));
    if (s.servedOn > today)
        return Result<QString>::failure(tr("The date of service (%1) is in the future.").arg(iso(s.servedOn)));
    const Result<MediationCase> found = caseOf(caseId);
    if (!found)
        return found.status();
    const MediationCase &c = found.value();
    if (c.receivedOn.isValid() && s.servedOn < c.receivedOn)
        return Result<QString>::failure(tr("The date of service (%1) is before the application was received (%2).")
                                            .arg(iso(s.servedOn), iso(c.receivedOn)));
    return write(kServices, s.id, s.version,
                 {{QStringLiteral("case_id"), caseId},
                  {QStringLiteral("document"), s.document},
                  {QStringLiteral("served_on"), iso(s.servedOn)},
                  {QStringLiteral("method"), s.method},
                  {QStringLiteral("side"), s.side},
                  {QStringLiteral("recipient"), s.recipient.trimmed()},
                  {QStringLiteral("note"), s.note.trimmed()}},
                 s.id.isEmpty() ? tr("Service of a document recorded") : tr("Service of a document changed"));
}

Result<QString> CaseFollowOnService::saveFollowUp(const QString &caseId, const CaseFollowUp &f, const QDate &today)
{
    if (!f.doneOn.isValid())
        return Result<QString>::failure(tr("Enter the date of the follow-up."));
    if (f.doneOn > today)
        return Result<QString>::failure(tr("The follow-up date (%1) is in the future.").arg(iso(f.doneOn)));
    if (!f.method.isEmpty() && !codeExists(QStringLiteral("follow_up_method"), f.method))
        return Result<QString>::failure(tr("Choose how the follow-up was made."));
    if (f.content.trimmed().isEmpty())
        return Result<QString>::failure(tr("Describe what the follow-up found."));
    const Result<MediationCase> found = caseOf(caseId);
    if (!found)
        return found.status();
    const MediationCase &c = found.value();
    if (!MediationStateMachine::isFinal(c.status))
        return Result<QString>::failure(tr("A follow-up is recorded once the case is closed."));
    if (c.closedOn.isValid() && f.doneOn < c.closedOn)
        return Result<QString>::failure(tr("The follow-up date (%1) is before the case was closed (%2).")
                                            .arg(iso(f.doneOn), iso(c.closedOn)));
    const QVariant satisfied = f.satisfied ? QVariant(*f.satisfied ? 1 : 0) : QVariant();
    return write(kFollowUps, f.id, f.version,
                 {{QStringLiteral("case_id"), caseId},
                  {QStringLiteral("done_on"), iso(f.doneOn)},
                  {QStringLiteral("method"), textOrNull(f.method)},
                  {QStringLiteral("contact"), f.contact.trimmed()},
                  {QStringLiteral("content"), f.content.trimmed()},
                  {QStringLiteral("satisfied"), satisfied},
                  {QStringLiteral("by_name"), f.byName.trimmed()}},
                 f.id.isEmpty() ? tr("Follow-up recorded") : tr("Follow-up changed"));
}

Result<QString> CaseFollowOnService::saveBreachStep(const QString &caseId, const CaseBreachStep &b, const QDate &today)
{
    static const QStringList kinds = {QStringLiteral("urge"), QStringLiteral("nonperformance_notice"),
                                      QStringLiteral("payment_order")};
    if (!kinds.contains(b.kind))
        return Result<QString>::failure(tr("Choose the kind of step: urging performance, notice of non-performance "
                                           "or payment order."));
    if (!b.doneOn.isValid())
        return Result<QString>::failure(tr("Enter the date of the step."));
    if (b.doneOn > today)
        return Result<QString>::failure(tr("The date of the step (%1) is in the future.").arg(iso(b.doneOn)));
    if (b.outcomeOn.isValid() && b.outcomeOn < b.doneOn)
        return Result<QString>::failure(tr("The outcome's date (%1) is before the step (%2).")
                                            .arg(iso(b.outcomeOn), iso(b.doneOn)));
    if (b.outcomeOn.isValid() && b.outcomeOn > today)
        return Result<QString>::failure(tr("The outcome's date (%1) is in the future.").arg(iso(b.outcomeOn)));
    if (b.outcomeOn.isValid() && b.outcome.trimmed().isEmpty())
        return Result<QString>::failure(tr("Describe the outcome dated %1.").arg(iso(b.outcomeOn)));
    if (b.kind == QLatin1String("payment_order") && b.body.trimmed().isEmpty())
        return Result<QString>::failure(tr("Enter the court the payment order was applied to."));
    const Result<MediationCase> found = caseOf(caseId);
    if (!found)
        return found.status();
    const MediationCase &c = found.value();
    if (!c.agreedOn.isValid())
        return Result<QString>::failure(tr("Steps after a breach follow an agreement; this case has none."));
    if (b.doneOn < c.agreedOn)
        return Result<QString>::failure(tr("The date of the step (%1) is before the agreement took effect (%2).")
                                            .arg(iso(b.doneOn), iso(c.agreedOn)));
    // A new step needs a breach; a step already recorded may get its outcome later, whatever
    // the case has become since.
    if (b.id.isEmpty() && !breachOpen(c, b.doneOn))
        return Result<QString>::failure(tr("On %1 the agreement was not breached: the case is not marked breached "
                                           "and no agreed payment was overdue.")
                                            .arg(iso(b.doneOn)));
    if (b.kind == QLatin1String("payment_order") && !paymentOrderEligible(c))
        return Result<QString>::failure(tr("A payment order can only be applied for when the agreement is about wages "
                                           "or overtime pay, work-injury medical costs, economic compensation or "
                                           "damages (art. 16); this agreement holds none of them. Apply for "
                                           "arbitration instead (art. 15)."));
    QDate next = nextDueOn(b.kind, b.doneOn, b.outcomeOn);
    if (b.kind == QLatin1String("urge") || b.kind == QLatin1String("nonperformance_notice")) {
        // The time to perform the letter or the notice set, if any.
        if (b.nextDueOn.isValid() && b.nextDueOn < b.doneOn)
            return Result<QString>::failure(tr("The deadline set (%1) is before the step (%2).")
                                                .arg(iso(b.nextDueOn), iso(b.doneOn)));
        next = b.nextDueOn;
    }
    return write(kBreachSteps, b.id, b.version,
                 {{QStringLiteral("case_id"), caseId},
                  {QStringLiteral("kind"), b.kind},
                  {QStringLiteral("done_on"), iso(b.doneOn)},
                  {QStringLiteral("body"), b.body.trimmed()},
                  {QStringLiteral("detail"), b.detail.trimmed()},
                  {QStringLiteral("outcome"), b.outcome.trimmed()},
                  {QStringLiteral("outcome_on"), dateValue(b.outcomeOn)},
                  {QStringLiteral("next_due_on"), dateValue(next)}},
                 b.id.isEmpty() ? tr("Step after a breach recorded") : tr("Step after a breach changed"));
}

Result<QString> CaseFollowOnService::saveReferral(const QString &caseId, const CaseReferral &r, const QDate &today)
{
    if (!codeExists(QStringLiteral("referral_kind"), r.kind))
        return Result<QString>::failure(tr("Choose where the case is referred to."));
    if (!r.reason.isEmpty() && !codeExists(QStringLiteral("referral_reason"), r.reason))
        return Result<QString>::failure(tr("Choose the reason for the referral."));
    static const QStringList inspectionReasons = {QStringLiteral("wage_arrears"), QStringLiteral("social_insurance"),
                                                  QStringLiteral("no_contract"), QStringLiteral("child_labour")};
    if (r.kind == QLatin1String("labour_inspection") && !inspectionReasons.contains(r.reason))
        return Result<QString>::failure(tr("A referral to labour inspection names its reason: unpaid wages, unpaid "
                                           "social insurance, no written contract or child labour."));
    if (!r.referredOn.isValid())
        return Result<QString>::failure(tr("Enter the date of the referral."));
    if (r.referredOn > today)
        return Result<QString>::failure(tr("The referral date (%1) is in the future.").arg(iso(r.referredOn)));
    if (r.outcomeOn.isValid() && r.outcomeOn < r.referredOn)
        return Result<QString>::failure(tr("The outcome's date (%1) is before the referral (%2).")
                                            .arg(iso(r.outcomeOn), iso(r.referredOn)));
    if (r.outcomeOn.isValid() && r.outcomeOn > today)
        return Result<QString>::failure(tr("The outcome's date (%1) is in the future.").arg(iso(r.outcomeOn)));
    if (!r.outcome.trimmed().isEmpty() && !r.outcomeOn.isValid())
        return Result<QString>::failure(tr("Enter the date of the outcome."));
    if (r.outcomeOn.isValid() && r.outcome.trimmed().isEmpty())
        return Result<QString>::failure(tr("Describe the outcome dated %1.").arg(iso(r.outcomeOn)));
    const Result<MediationCase> found = caseOf(caseId);
    if (!found)
        return found.status();
    const MediationCase &c = found.value();
    if (c.receivedOn.isValid() && r.referredOn < c.receivedOn)
        return Result<QString>::failure(tr("The referral date (%1) is before the application was received (%2).")
                                            .arg(iso(r.referredOn), iso(c.receivedOn)));
    return write(kReferrals, r.id, r.version,
                 {{QStringLiteral("case_id"), caseId},
                  {QStringLiteral("kind"), r.kind},
                  {QStringLiteral("reason"), textOrNull(r.reason)},
                  {QStringLiteral("referred_on"), iso(r.referredOn)},
                  {QStringLiteral("receiving_body"), r.receivingBody.trimmed()},
                  {QStringLiteral("detail"), r.detail.trimmed()},
                  {QStringLiteral("outcome"), r.outcome.trimmed()},
                  {QStringLiteral("outcome_on"), dateValue(r.outcomeOn)}},
                 r.id.isEmpty() ? tr("Referral recorded") : tr("Referral changed"));
}

Result<QString> CaseFollowOnService::saveSupplement(const QString &caseId, const CaseSupplement &s, const QDate &today)
{
    if (s.terms.trimmed().isEmpty())
        return Result<QString>::failure(tr("Enter the terms of the supplementary agreement."));
    if (!s.signedOn.isValid())
        return Result<QString>::failure(tr("Enter the date the supplementary agreement was signed."));
    if (s.signedOn > today)
        return Result<QString>::failure(tr("The signing date (%1) is in the future.").arg(iso(s.signedOn)));
    if (s.amountChangeFen > Money::kMaxFen || s.amountChangeFen < -Money::kMaxFen)
        return Result<QString>::failure(tr("The change of the agreed sum is too large."));
    const Result<MediationCase> found = caseOf(caseId);
    if (!found)
        return found.status();
    const MediationCase &c = found.value();
    if (!agreementLocked(c))
        return Result<QString>::failure(tr("A supplementary agreement changes an agreement in effect; until the "
                                           "agreement takes effect, edit its terms directly."));
    if (c.status == CaseStatus::Performed)
        return Result<QString>::failure(tr("The agreement has been performed in full; it cannot be supplemented."));
    if (s.signedOn < c.agreedOn)
        return Result<QString>::failure(tr("The signing date (%1) is before the agreement took effect (%2).")
                                            .arg(iso(s.signedOn), iso(c.agreedOn)));
    qint64 total = c.agreedTotalFen() + s.amountChangeFen;
    for (const CaseSupplement &old : c.supplements)
        if (old.id == s.id)
            total -= old.amountChangeFen;
    if (total < c.paidFen())
        return Result<QString>::failure(tr("%1 yuan has already been paid; the agreed sum cannot become less (%2 yuan).")
                                            .arg(Money::formatYuan(c.paidFen()), Money::formatYuan(total)));
    return write(kSupplements, s.id, s.version,
                 {{QStringLiteral("case_id"), caseId},
                  {QStringLiteral("signed_on"), iso(s.signedOn)},
                  {QStringLiteral("terms"), s.terms.trimmed()},
                  {QStringLiteral("reason"), s.reason.trimmed()},
                  {QStringLiteral("amount_change_fen"), s.amountChangeFen}},
                 s.id.isEmpty() ? tr("Supplementary agreement recorded") : tr("Supplementary agreement changed"));
}

Status CaseFollowOnService::remove(Kind kind, const QString &id, qint64 baseVersion)
{
    const QString table = tableOf(kind);
    if (kind == Kind::Supplement) {
        QSqlQuery q(m_store.database().connection());
        q.prepare(QStringLiteral("SELECT case_id FROM mediation_supplements WHERE id = ?"));
        q.addBindValue(id);
        if (q.exec() && q.next()) {
            const Result<MediationCase> found = caseOf(q.value(0).toString());
            if (!found)
                return found.status();
            const MediationCase &c = found.value();
            qint64 total = c.agreedTotalFen();
            for (const CaseSupplement &s : c.supplements)
                if (s.id == id)
                    total -= s.amountChangeFen;
            if (total < c.paidFen())
                return Status::failure(tr("%1 yuan has already been paid; without this supplementary agreement the "
                                          "agreed sum would be less (%2 yuan).")
                                           .arg(Money::formatYuan(c.paidFen()), Money::formatYuan(total)));
        }
    }
    return m_store.remove(table, id, baseVersion, tr("Record removed from the case")).status();
}

} // namespace ud
