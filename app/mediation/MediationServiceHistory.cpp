// The functions of MediationService that import a case of an earlier register (a case-register
// import, CaseRegisterImporter): the intake's rules as history is checked against, and the case
// written with its whole path in one go.

#include "mediation/MediationService.h"

#include "core/Money.h"
#include "mediation/CaseNumbers.h"
#include "mediation/IntakeRules.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"

namespace ud {

namespace {

const QString kCases = QStringLiteral("mediation_cases");
const QString kItems = QStringLiteral("mediation_items");
const QString kPayments = QStringLiteral("mediation_payments");

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// Empty texts as '' (the text columns are NOT NULL DEFAULT ''), as MediationService.cpp writes them.
QVariantMap withEmptyText(QVariantMap fields)
{
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (it->typeId() == QMetaType::QString && it->toString().isNull())
            *it = QStringLiteral("");
    return fields;
}

Result<Record> createRecord(RecordStore &store, const QString &table, const QVariantMap &fields, const QString &reason = {})
{
    return store.create(table, withEmptyText(fields), reason);
}

} // namespace

QList<FieldError> MediationService::validateHistory(const MediationCase &c, const QDate &today) const
{
    // The intake's rules with the policy numbers read once for the service's lifetime: an import
    // checks thousands of cases, each twice (read, write), against values that do not change meanwhile.
    const auto policy = [this](const QString &key, qint64 fallback) {
        auto it = m_historyPolicy.constFind(key);
        if (it == m_historyPolicy.constEnd())
            it = m_historyPolicy.insert(key, policyNumber(key, fallback));
        return it.value();
    };
    QList<FieldError> errors = IntakeRules(m_store.database(), policy).check(c, today);
    // A valid date received that is not in the future stands, however old: the register's own.
    if (c.receivedOn.isValid() && c.receivedOn <= today)
        errors.removeIf([](const FieldError &e) { return e.field == QLatin1String("receivedOn"); });
    return errors;
}

Result<QString> MediationService::historyPrefix(const CaseNumbers &numbers)
{
    if (m_historyPrefix.isEmpty()) {
        auto prefix = numbers.prefix();
        if (!prefix)
            return prefix;
        m_historyPrefix = prefix.value();
    }
    return m_historyPrefix;
}

Result<QString> MediationService::importCase(const MediationCase &intake, const History &history, const QDate &today)
{
    using R = Result<QString>;
    // The case as it stands after each move, checked by the state machine move by move before
    // anything is written; the case is then written once, as it stands at the end.
    MediationCase c = intake;
    c.status = CaseStatus::Received;
    c.items = intake.claims();
    QVariantMap changes;
    QStringList path = {MediationStateMachine::statusName(c.status)};
    QStringList reasons;
    QList<CaseItem> agreed;     // the agreed lines, as saveAgreement stores them
    QList<CasePayment> payments; // the payments, as addPayment records them
    for (const MediationStateMachine::Request &r : history.moves) {
        const QString on = r.on.toString(Qt::ISODate);
        const QString reason = r.reason.trimmed();
        if (r.to == CaseStatus::Agreed) {
            for (const CaseItem &it : history.agreedItems) {
                const qsizetype line = agreed.size() + 1;
                if (it.item.isEmpty())
                    return R::failure(tr("Line %1: choose the kind of amount.").arg(line));
                if (it.amountFen < 0 || it.amountFen > Money::kMaxFen)
                    return R::failure(tr("Line %1: the amount must be between 0 and %2 yuan.")
                                          .arg(line)
                                          .arg(Money::formatYuan(Money::kMaxFen)));
                CaseItem stored = it;
                stored.kind = QStringLiteral("agreed");
                agreed << stored;
                c.items << stored;
            }
            c.agreementTerms = history.agreementTerms;
            if (!history.agreementTerms.isEmpty())
                changes.insert(QStringLiteral("agreement_terms"), history.agreementTerms);
        }
        // History is what happened: only an error refuses a move, not a warning.
        if (const auto verdict = MediationStateMachine::assess(c, r, today, {}); !verdict.error.isEmpty())
            return Result<QString>::failure(verdict.error);
        // What transition() records of the move, and the case as it stands after it.
        changes.insert(MediationStateMachine::recordedColumns(c, r));
        MediationStateMachine::applyMove(c, r);
        path << tr("%1 (%2)").arg(MediationStateMachine::statusName(r.to), on);
        if (!reason.isEmpty())
            reasons << reason;
        if (r.to != CaseStatus::Agreed)
            continue;
        for (const CasePayment &p : history.payments) {
            if (p.amountFen <= 0)
                return R::failure(tr("A payment must be more than zero."));
            if (!p.paidOn.isValid())
                return R::failure(tr("Enter the date of the payment."));
            if (p.paidOn > today)
                return R::failure(tr("The payment date (%1) is in the future.").arg(p.paidOn.toString(Qt::ISODate)));
            if (p.paidOn < c.agreedOn)
                return R::failure(tr("The payment date (%1) is before the agreement took effect (%2).")
                                      .arg(p.paidOn.toString(Qt::ISODate), c.agreedOn.toString(Qt::ISODate)));
            if (c.paidFen() + p.amountFen > c.agreedFen())
                return R::failure(tr("This payment would bring the total paid to %1 yuan, above the agreed %2 yuan.")
                                      .arg(Money::formatYuan(c.paidFen() + p.amountFen), Money::formatYuan(c.agreedFen())));
            payments << p;
            c.payments << p;
        }
    }

    // One audit entry for the case, its creation, naming the register's path: "已收到 → 已受理 (2018-03-05) → …".
    QString auditReason = tr("Imported from an earlier register: %1").arg(path.join(QStringLiteral(" → ")));
    if (!reasons.isEmpty())
        auditReason += QStringLiteral("; ") + reasons.join(QStringLiteral("; "));
    Database::Transaction tx(m_store.database());
    if (!tx.isActive())
        return R::failure(tx.error());
    auto registered = registerCase(intake, today, Intake::History, withEmptyText(changes), auditReason);
    if (!registered)
        return registered;
    const QString caseId = registered.value();
    int order = 0;
    for (const CaseItem &it : std::as_const(agreed)) {
        auto made = createRecord(m_store, kItems, {{QStringLiteral("case_id"), caseId},
                                                   {QStringLiteral("kind"), it.kind},
                                                   {QStringLiteral("item"), it.item},
                                                   {QStringLiteral("description"), it.description.trimmed()},
                                                   {QStringLiteral("amount_fen"), it.amountFen},
                                                   {QStringLiteral("due_on"), dateValue(it.dueOn)},
                                                   {QStringLiteral("sort_order"), order++}});
        if (!made)
            return made.status();
    }
    for (const CasePayment &p : std::as_const(payments)) {
        auto paid = createRecord(m_store, kPayments, {{QStringLiteral("case_id"), caseId},
                                                      {QStringLiteral("item_id"), textOrNull(p.itemId)},
                                                      {QStringLiteral("paid_on"), p.paidOn.toString(Qt::ISODate)},
                                                      {QStringLiteral("amount_fen"), p.amountFen},
                                                      {QStringLiteral("method"), p.method.trimmed()},
                                                      {QStringLiteral("note"), p.note.trimmed()}},
                                 tr("Payment recorded"));
        if (!paid)
            return paid.status();
    }
    if (Status committed = tx.commit(); !committed)
        return committed;
    return caseId;
}

} // namespace ud
