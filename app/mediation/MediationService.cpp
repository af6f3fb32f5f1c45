#include "mediation/MediationService.h"

#include "core/Money.h"
#include "mediation/CaseCorrections.h"
#include "mediation/CaseFollowOnService.h"
#include "mediation/CaseNumbers.h"
#include "storage/Database.h"
#include "core/DatabaseFiles.h"
#include "mediation/IntakeRules.h"
#include "mediation/MediationRepository.h"
#include "storage/PolicyRepository.h"
#include "storage/RecordStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace ud {

namespace {

const QString kCases = QStringLiteral("mediation_cases");
const QString kParties = QStringLiteral("mediation_parties");
const QString kItems = QStringLiteral("mediation_items");
const QString kPayments = QStringLiteral("mediation_payments");
const QString kSessions = QStringLiteral("mediation_sessions");
const QString kAttachments = QStringLiteral("mediation_attachments");

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// The text columns of the mediation tables are NOT NULL DEFAULT '': an empty text a form leaves
// empty must be stored as '', but a null QString is bound as SQL NULL and the write is refused
// ("the field ... is required"). Nullable columns are passed as invalid QVariants (textOrNull,
// dateValue), never as null strings.
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

Result<Record> updateRecord(RecordStore &store, const QString &table, const QString &id, qint64 baseVersion,
                            const QVariantMap &changes, const QString &reason = {})
{
    return store.update(table, id, baseVersion, withEmptyText(changes), reason);
}

// Columns of mediation_cases a user edits directly after intake; status and dates of the
// lifecycle change only through transition().
const QSet<QString> &editableCaseColumns()
{
    static const QSet<QString> columns = {
        QStringLiteral("source"), QStringLiteral("collective"), QStringLiteral("worker_count"),
        QStringLiteral("employer_id"), QStringLiteral("dispute_type"), QStringLiteral("other_dispute_types"),
        QStringLiteral("facts"), QStringLiteral("requests"), QStringLiteral("mediators"),
        QStringLiteral("respondent_consent"), QStringLiteral("opinion"), QStringLiteral("review_result"),
        QStringLiteral("follow_up_on"), QStringLiteral("follow_up_note"), QStringLiteral("notes"),
        QStringLiteral("agreement_terms"), QStringLiteral("waived_claims"), QStringLiteral("tax_borne_by"),
        QStringLiteral("respondent_position"), QStringLiteral("performance_method"),
        QStringLiteral("migrant_workers")};
    return columns;
}

} // namespace

qint64 MediationService::policyNumber(const QString &key, qint64 fallback) const
{
    const auto value = PolicyRepository(m_store.database(), m_store).find(key);
    bool ok = false;
    const qint64 v = value ? value->value.toLongLong(&ok) : 0;
    return ok ? v : fallback;
}

QList<FieldError> MediationService::validateIntake(const MediationCase &c, const QDate &today) const
{
    return IntakeRules(m_store.database(), [this](const QString &key, qint64 fallback) { return policyNumber(key, fallback); })
        .check(c, today);
}

QList<FieldError> MediationService::intakeWarnings(const MediationCase &c) const
{
    return IntakeRules(m_store.database(), [this](const QString &key, qint64 fallback) { return policyNumber(key, fallback); })
        .warnings(c);
}

Result<QString> MediationService::registerCase(const MediationCase &intake, const QDate &today, Intake kind)
{
    return registerCase(intake, today, kind, {}, tr("Case registered"));
}

Result<QString> MediationService::registerCase(const MediationCase &intake, const QDate &today, Intake kind,
                                               const QVariantMap &state, const QString &auditReason)
{
    const QList<FieldError> errors = kind == Intake::History ? validateHistory(intake, today) : validateIntake(intake, today);
    if (!errors.isEmpty())
        return Result<QString>::failure(errors.first().message);
    CaseNumbers numbers(m_store.database());
    auto prefix = kind == Intake::History ? historyPrefix(numbers) : numbers.prefix();
    if (!prefix)
        return prefix.status();

    Database &db = m_store.database();
    Database::Transaction tx(db);
    if (!tx.isActive())
        return Result<QString>::failure(tx.error());

    auto number = numbers.take(intake.caseNo, intake.receivedOn.year(), prefix.value());
    if (!number)
        return number.status();
    const QString caseNo = number.value().text;
    const int year = number.value().year;
    const int seq = number.value().seq;

    int workerCount = intake.workerCount;
    if (workerCount < intake.applicants().size())
        workerCount = int(intake.applicants().size());
    QVariantMap fields = {
        {QStringLiteral("case_no"), caseNo},
        {QStringLiteral("case_year"), year},
        {QStringLiteral("case_seq"), seq},
        {QStringLiteral("status"), QStringLiteral("received")},
        {QStringLiteral("received_on"), dateValue(intake.receivedOn)},
        {QStringLiteral("source"), textOrNull(intake.source)},
        {QStringLiteral("collective"), intake.collective ? 1 : 0},
        {QStringLiteral("worker_count"), workerCount},
        {QStringLiteral("employer_id"), textOrNull(intake.employerId)},
        {QStringLiteral("dispute_type"), textOrNull(intake.disputeType)},
        {QStringLiteral("other_dispute_types"), intake.otherDisputeTypes.join(QLatin1Char(','))},
        {QStringLiteral("facts"), intake.facts.trimmed()},
        {QStringLiteral("requests"), intake.requests.trimmed()},
        {QStringLiteral("mediators"), intake.mediators.trimmed()},
        {QStringLiteral("respondent_consent"),
         intake.respondentConsent ? QVariant(*intake.respondentConsent ? 1 : 0) : QVariant()},
        {QStringLiteral("notes"), intake.notes},
    };
    fields.insert(state);
    auto created = createRecord(m_store, kCases, fields, auditReason);
    if (!created)
        return created.status();
    const QString caseId = created.value().id;
    int order = 0;
    for (const CaseParty &p : intake.parties) {
        auto party = createRecord(m_store, kParties,
                                    {{QStringLiteral("case_id"), caseId},
                                     {QStringLiteral("role"), p.role},
                                     {QStringLiteral("side"), p.side},
                                     {QStringLiteral("worker_id"), textOrNull(p.workerId)},
                                     {QStringLiteral("representative"), p.representative ? 1 : 0},
                                     {QStringLiteral("name"), p.name.trimmed()},
                                     {QStringLiteral("phone"), p.phone.trimmed()},
                                     {QStringLiteral("relation"), p.relation.trimmed()},
                                     {QStringLiteral("sort_order"), order++}});
        if (!party)
            return party.status();
    }
    order = 0;
    for (const CaseItem &it : intake.claims()) {
        auto item = createRecord(m_store, kItems, {{QStringLiteral("case_id"), caseId},
                                            {QStringLiteral("kind"), QStringLiteral("claim")},
                                            {QStringLiteral("item"), it.item},
                                            {QStringLiteral("description"), it.description.trimmed()},
                                            {QStringLiteral("amount_fen"), it.amountFen},
                                            {QStringLiteral("sort_order"), order++}});
        if (!item)
            return item.status();
    }
    const Status committed = tx.commit();
    if (!committed)
        return committed;
    return caseId;
}

Result<MediationCase> MediationService::caseToChange(const QString &caseId, const QString &closedMessage) const
{
    auto current = MediationRepository(m_store.database()).fullCase(caseId);
    if (!current || current->deleted) // fullCase also reads deleted cases
        return Result<MediationCase>::failure(tr("The case no longer exists."));
    if (!closedMessage.isEmpty() && MediationStateMachine::isFinal(current->status))
        return Result<MediationCase>::failure(closedMessage);
    return *current;
}

Status MediationService::transition(const QString &caseId, qint64 baseVersion,
                                    const MediationStateMachine::Request &r, const QDate &today,
                                    const MediationStateMachine::Limits &limits)
{
    const Result<MediationCase> found = caseToChange(caseId);
    if (!found)
        return found.status();
    const MediationCase *current = &found.value();
    if (current->version != baseVersion)
        return Status::failure(tr("The case was changed meanwhile (in another window or by another user); "
                                  "reload it and try again."));
    const Status allowed = MediationStateMachine::check(*current, r, today, limits);
    if (!allowed)
        return allowed;
    // A case is performed on the day the last payment made it so, not before (issue 12).
    if (r.to == CaseStatus::Performed)
        for (const CasePayment &p : CaseCorrections::livePayments(*current))
            if (p.paidOn > r.on)
                return Status::failure(tr("The date %1 is before the payment of %2; the case cannot have been "
                                          "performed before it was paid.")
                                           .arg(r.on.toString(Qt::ISODate), p.paidOn.toString(Qt::ISODate)));

    // What the move writes (the status, the date of the move, its own dates and reasons): the
    // same for a move made here and one imported from a register (importCase).
    QVariantMap changes = MediationStateMachine::recordedColumns(*current, r);
    const QString on = r.on.toString(Qt::ISODate);
    const QString reason = r.reason.trimmed();
    // Warnings overridden: one line each, "date — warning — reason", kept with the case.
    const QStringList warnings = MediationStateMachine::assess(*current, r, today, limits).warnings;
    if (!warnings.isEmpty()) {
        QStringList lines;
        if (!current->overrides.isEmpty())
            lines << current->overrides;
        for (const QString &w : warnings)
            lines << QStringLiteral("%1 — %2 — %3").arg(today.toString(Qt::ISODate), w, r.overrideReason.simplified());
        changes.insert(QStringLiteral("overrides"), lines.join(QLatin1Char('\n')));
    }
    QString auditReason = reason.isEmpty()
        ? tr("%1 → %2 on %3").arg(MediationStateMachine::statusName(current->status), MediationStateMachine::statusName(r.to), on)
        : tr("%1 → %2 on %3: %4")
              .arg(MediationStateMachine::statusName(current->status), MediationStateMachine::statusName(r.to), on, reason);
    if (!warnings.isEmpty())
        auditReason += QLatin1Char(' ') + tr("(warning overridden: %1)").arg(r.overrideReason.simplified());
    auto updated = updateRecord(m_store, kCases, caseId, baseVersion, changes, auditReason);
    return updated.status();
}

Status MediationService::extendWindow(const QString &caseId, qint64 baseVersion, int days, const QString &consent)
{
    if (days <= 0 || days > 60)
        return Status::failure(tr("An extension is between 1 and 60 days."));
    if (consent.trimmed().isEmpty())
        return Status::failure(tr("Record both parties' consent to the extension (who agreed, when, how)."));
    const Result<MediationCase> found = caseToChange(caseId);
    if (!found)
        return found.status();
    const MediationCase *current = &found.value();
    if (current->status != CaseStatus::Accepted && current->status != CaseStatus::InMediation)
        return Status::failure(tr("Only a case in mediation can have its window extended."));
    QString note = current->extensionConsent;
    if (!note.isEmpty())
        note += QLatin1Char('\n');
    note += tr("+%1 days: %2").arg(days).arg(consent.trimmed());
    return updateRecord(m_store, kCases, caseId, baseVersion,
                        {{QStringLiteral("extension_days"), current->extensionDays + days},
                         {QStringLiteral("extension_consent"), note}},
                        tr("Mediation window extended by %1 days with both parties' consent").arg(days))
        .status();
}

Status MediationService::updateCase(const QString &caseId, qint64 baseVersion, const QVariantMap &changes,
                                    const QString &reason)
{
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        if (!editableCaseColumns().contains(it.key()))
            return Status::failure(tr("The field \"%1\" of a case cannot be edited here.").arg(it.key()));
    if (changes.contains(QStringLiteral("facts")) && changes.value(QStringLiteral("facts")).toString().trimmed().isEmpty())
        return Status::failure(tr("Describe the facts and reasons of the dispute."));
    for (const QString &column : CaseFollowOnService::agreementColumns())
        if (changes.contains(column)) {
            const Result<MediationCase> found = caseToChange(caseId);
            if (found && CaseFollowOnService::agreementLocked(found.value()))
                return Status::failure(CaseFollowOnService::lockedMessage());
            break;
        }
    return updateRecord(m_store, kCases, caseId, baseVersion, changes, reason).status();
}

Result<QString> MediationService::saveSession(const QString &caseId, const CaseSession &s)
{
    const QDateTime started = QDateTime::fromString(s.startedAt, Qt::ISODate);
    if (!started.isValid())
        return Result<QString>::failure(tr("Enter the date and time of the session."));
    if (s.mediators.trimmed().isEmpty())
        return Result<QString>::failure(tr("Enter the mediator(s) who held the session."));
    const Result<MediationCase> found = caseToChange(caseId);
    if (!found)
        return found.status();
    const MediationCase *current = &found.value();
    if (current->receivedOn.isValid() && started.date() < current->receivedOn)
        return Result<QString>::failure(tr("The session (%1) is before the application was received (%2).")
                                            .arg(started.date().toString(Qt::ISODate),
                                                 current->receivedOn.toString(Qt::ISODate)));
    const QVariantMap fields = {
        {QStringLiteral("case_id"), caseId},
        {QStringLiteral("started_at"), started.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))},
        {QStringLiteral("place"), s.place.trimmed()},
        {QStringLiteral("mediators"), s.mediators.trimmed()},
        {QStringLiteral("recorder"), s.recorder.trimmed()},
        {QStringLiteral("attendees"), s.attendees.trimmed()},
        {QStringLiteral("statements"), s.statements.trimmed()},
        {QStringLiteral("proposals"), s.proposals.trimmed()},
        {QStringLiteral("progress"), s.progress.trimmed()},
        {QStringLiteral("next_step"), s.nextStep.trimmed()},
    };
    if (s.id.isEmpty()) {
        auto created = createRecord(m_store, kSessions, fields, tr("Mediation session recorded"));
        if (!created)
            return created.status();
        return created.value().id;
    }
    // A record of an earlier session is changed with a reason, kept in the audit entry; a voided
    // record stays as it was voided (CaseCorrections).
    QString reason;
    for (const CaseSession &old : current->sessions) {
        if (old.id != s.id)
            continue;
        if (old.voided)
            return Result<QString>::failure(tr("This session record was voided on %1; it is kept as it was.")
                                                .arg(old.voidedOn.toString(Qt::ISODate)));
        const QDate held = QDateTime::fromString(old.startedAt, Qt::ISODate).date();
        if (held.isValid() && held < QDate::currentDate()) {
            if (s.changeReason.trimmed().isEmpty())
                return Result<QString>::failure(tr("The session of %1 was held before today; give the reason for "
                                                   "changing its record.")
                                                    .arg(held.toString(Qt::ISODate)));
            reason = tr("Session record changed: %1").arg(s.changeReason.trimmed());
        }
    }
    QVariantMap changes = fields;
    changes.remove(QStringLiteral("case_id"));
    auto updated = updateRecord(m_store, kSessions, s.id, s.version, changes, reason);
    if (!updated)
        return updated.status();
    return s.id;
}

Status MediationService::removeSession(const QString &sessionId, qint64 baseVersion)
{
    return m_store.remove(kSessions, sessionId, baseVersion, tr("Session record removed")).status();
}

Status MediationService::replaceItems(const MediationCase &current, const QString &kind, const QList<CaseItem> &items)
{
    const QString &caseId = current.id;
    QHash<QString, CaseItem> existing;
    for (const CaseItem &it : current.items)
        if (it.kind == kind)
            existing.insert(it.id, it);
    int order = 0;
    for (const CaseItem &it : items) {
        if (it.item.isEmpty())
            return Status::failure(tr("Line %1: choose the kind of amount.").arg(order + 1));
        if (it.amountFen < 0 || it.amountFen > Money::kMaxFen)
            return Status::failure(tr("Line %1: the amount must be between 0 and %2 yuan.")
                                       .arg(order + 1)
                                       .arg(Money::formatYuan(Money::kMaxFen)));
        const QVariantMap fields = {{QStringLiteral("item"), it.item},
                                    {QStringLiteral("description"), it.description.trimmed()},
                                    {QStringLiteral("amount_fen"), it.amountFen},
                                    {QStringLiteral("due_on"), dateValue(it.dueOn)},
                                    {QStringLiteral("sort_order"), order++}};
        if (!it.id.isEmpty() && existing.contains(it.id)) {
            const CaseItem old = existing.take(it.id);
            if (old.item == it.item && old.description == it.description.trimmed() && old.amountFen == it.amountFen
                && old.dueOn == it.dueOn)
                continue;
            auto updated = updateRecord(m_store, kItems, it.id, old.version, fields);
            if (!updated)
                return updated.status();
        } else {
            QVariantMap created = fields;
            created.insert(QStringLiteral("case_id"), caseId);
            created.insert(QStringLiteral("kind"), kind);
            auto made = createRecord(m_store, kItems, created);
            if (!made)
                return made.status();
        }
    }
    for (const CaseItem &gone : std::as_const(existing)) {
        auto removed = m_store.remove(kItems, gone.id, gone.version);
        if (!removed)
            return removed.status();
    }
    return Status::success();
}

Status MediationService::saveClaims(const QString &caseId, const QList<CaseItem> &claims)
{
    Database::Transaction tx(m_store.database());
    if (!tx.isActive())
        return Status::failure(tx.error());
    const Result<MediationCase> found = caseToChange(caseId);
    if (!found)
        return found.status();
    const MediationCase *current = &found.value();
    const Status replaced = replaceItems(*current, QStringLiteral("claim"), claims);
    if (!replaced)
        return replaced;
    return tx.commit();
}

Status MediationService::saveParties(const QString &caseId, const QList<CaseParty> &parties, const QDate &today)
{
    Database::Transaction tx(m_store.database());
    if (!tx.isActive())
        return Status::failure(tx.error());
    const Result<MediationCase> found = caseToChange(caseId, tr("The case is closed; its parties cannot change any more."));
    if (!found)
        return found.status();
    const MediationCase *current = &found.value();
    // The intake's rules for the parties, on the case as it would be; the case's other fields
    // were checked when it was registered (or imported) and are not this change's business.
    MediationCase candidate = *current;
    candidate.parties = parties;
    static const QSet<QString> partyFields = {QStringLiteral("applicants"), QStringLiteral("agents"),
                                              QStringLiteral("collective"), QStringLiteral("workerCount")};
    for (const FieldError &e : validateIntake(candidate, today))
        if (partyFields.contains(e.field))
            return Status::failure(e.message);

    // Kept parties keep their place; new ones go after the live ones (ties are ordered by id).
    // A kept party is written with the fields that changed only: what the case file shows of an
    // applicant's name and phone comes from the register, and must not be copied into the row.
    QHash<QString, CaseParty> existing;
    for (const CaseParty &p : current->parties)
        existing.insert(p.id, p);
    int nextOrder = int(current->parties.size());
    for (const CaseParty &p : parties) {
        const QVariantMap fields = {{QStringLiteral("role"), p.role},
                                    {QStringLiteral("side"), p.side},
                                    {QStringLiteral("worker_id"), textOrNull(p.workerId)},
                                    {QStringLiteral("representative"), p.representative ? 1 : 0},
                                    {QStringLiteral("name"), p.name.trimmed()},
                                    {QStringLiteral("phone"), p.phone.trimmed()},
                                    {QStringLiteral("relation"), p.relation.trimmed()}};
        if (!p.id.isEmpty() && existing.contains(p.id)) {
            const CaseParty old = existing.take(p.id);
            const QVariantMap was = {{QStringLiteral("role"), old.role},
                                     {QStringLiteral("side"), old.side},
                                     {QStringLiteral("worker_id"), textOrNull(old.workerId)},
                                     {QStringLiteral("representative"), old.representative ? 1 : 0},
                                     {QStringLiteral("name"), old.name},
                                     {QStringLiteral("phone"), old.phone},
                                     {QStringLiteral("relation"), old.relation}};
            QVariantMap changed;
            for (auto it = fields.cbegin(); it != fields.cend(); ++it)
                if (it.value() != was.value(it.key()))
                    changed.insert(it.key(), it.value());
            if (changed.isEmpty())
                continue;
            auto updated = updateRecord(m_store, kParties, p.id, old.version, changed, tr("Parties changed"));
            if (!updated)
                return updated.status();
        } else {
            QVariantMap created = fields;
            created.insert(QStringLiteral("case_id"), caseId);
            created.insert(QStringLiteral("sort_order"), nextOrder++);
            auto made = createRecord(m_store, kParties, created, tr("Parties changed"));
            if (!made)
                return made.status();
        }
    }
    for (const CaseParty &gone : std::as_const(existing)) {
        auto removed = m_store.remove(kParties, gone.id, gone.version, tr("Parties changed"));
        if (!removed)
            return removed.status();
    }
    const int applicants = int(candidate.applicants().size());
    if (applicants > current->workerCount) {
        auto updated = updateRecord(m_store, kCases, caseId, current->version, {{QStringLiteral("worker_count"), applicants}},
                                    tr("Parties changed"));
        if (!updated)
            return updated.status();
    }
    return tx.commit();
}

Status MediationService::saveAgreement(const QString &caseId, const QString &terms, const QString &waivedClaims,
                                       const QString &taxBorneBy, const QList<CaseItem> &agreedItems)
{
    Database::Transaction tx(m_store.database());
    if (!tx.isActive())
        return Status::failure(tx.error());
    const Result<MediationCase> found = caseToChange(caseId, tr("The case is closed; its agreement cannot change any more."));
    if (!found)
        return found.status();
    const MediationCase *current = &found.value();
    if (CaseFollowOnService::agreementLocked(*current))
        return Status::failure(CaseFollowOnService::lockedMessage());
    qint64 agreed = 0;
    for (const CaseItem &it : agreedItems)
        agreed += it.amountFen;
    if (agreed < current->paidFen())
        return Status::failure(tr("%1 yuan has already been paid; the agreed sum cannot be less (%2 yuan).")
                                   .arg(Money::formatYuan(current->paidFen()), Money::formatYuan(agreed)));
    if (current->agreedOn.isValid())
        for (const CaseItem &it : agreedItems)
            if (it.dueOn.isValid() && it.dueOn < current->agreedOn)
                return Status::failure(tr("A payment date (%1) is before the agreement's date (%2).")
                                           .arg(it.dueOn.toString(Qt::ISODate), current->agreedOn.toString(Qt::ISODate)));
    const Status replaced = replaceItems(*current, QStringLiteral("agreed"), agreedItems);
    if (!replaced)
        return replaced;
    if (terms != current->agreementTerms || waivedClaims != current->waivedClaims || taxBorneBy != current->taxBorneBy) {
        auto updated = updateRecord(m_store, kCases, caseId, current->version,
                                      {{QStringLiteral("agreement_terms"), terms},
                                       {QStringLiteral("waived_claims"), waivedClaims},
                                       {QStringLiteral("tax_borne_by"), taxBorneBy}});
        if (!updated)
            return updated.status();
    }
    return tx.commit();
}

Result<QString> MediationService::addPayment(const QString &caseId, const CasePayment &p, const QDate &today)
{
    if (p.amountFen <= 0)
        return Result<QString>::failure(tr("A payment must be more than zero."));
    if (!p.paidOn.isValid())
        return Result<QString>::failure(tr("Enter the date of the payment."));
    if (p.paidOn > today)
        return Result<QString>::failure(tr("The payment date (%1) is in the future.").arg(p.paidOn.toString(Qt::ISODate)));
    Database::Transaction tx(m_store.database());
    if (!tx.isActive())
        return Result<QString>::failure(tx.error());
    const Result<MediationCase> found = caseToChange(caseId);
    if (!found)
        return found.status();
    const MediationCase *current = &found.value();
    if (!current->agreedOn.isValid())
        return Result<QString>::failure(tr("Payments are recorded under an agreement; this case has none yet."));
    if (p.paidOn < current->agreedOn)
        return Result<QString>::failure(tr("The payment date (%1) is before the agreement took effect (%2).")
                                            .arg(p.paidOn.toString(Qt::ISODate), current->agreedOn.toString(Qt::ISODate)));
    if (p.atSigning && p.paidOn != current->agreedOn)
        return Result<QString>::failure(tr("A payment made at signing is dated the day the agreement took effect (%1).")
                                            .arg(current->agreedOn.toString(Qt::ISODate)));
    if (current->paidFen() + p.amountFen > current->agreedTotalFen())
        return Result<QString>::failure(tr("This payment would bring the total paid to %1 yuan, above the agreed %2 yuan.")
                                            .arg(Money::formatYuan(current->paidFen() + p.amountFen),
                                                 Money::formatYuan(current->agreedTotalFen())));
    auto created = createRecord(m_store, kPayments, {{QStringLiteral("case_id"), caseId},
                                              {QStringLiteral("item_id"), textOrNull(p.itemId)},
                                              {QStringLiteral("paid_on"), p.paidOn.toString(Qt::ISODate)},
                                              {QStringLiteral("amount_fen"), p.amountFen},
                                              {QStringLiteral("method"), p.method.trimmed()},
                                              {QStringLiteral("note"), p.note.trimmed()},
                                              {QStringLiteral("at_signing"), p.atSigning ? 1 : 0}},
                                  tr("Payment recorded"));
    if (!created)
        return created.status();
    const Status committed = tx.commit();
    if (!committed)
        return committed;
    return created.value().id;
}

Result<QString> MediationService::addAttachment(const QString &caseId, const QString &filePath, const QString &description)
{
    // Reading the open database as evidence would drop its locks (see DatabaseFiles).
    if (Status s = DatabaseFiles::refuseOpenDatabaseFile(filePath); !s)
        return s;
    QFile file(filePath);
    const QFileInfo info(filePath);
    const qint64 maxBytes = policyNumber(QStringLiteral("attachment.max_bytes"), 20 * 1024 * 1024);
    if (!info.isFile())
        return Result<QString>::failure(tr("\"%1\" is not a file.").arg(filePath));
    if (info.size() > maxBytes)
        return Result<QString>::failure(tr("\"%1\" is %2 MB; evidence files may be at most %3 MB.")
                                            .arg(info.fileName())
                                            .arg(double(info.size()) / 1048576.0, 0, 'f', 1)
                                            .arg(double(maxBytes) / 1048576.0, 0, 'f', 1));
    if (!file.open(QIODevice::ReadOnly))
        return Result<QString>::failure(tr("Cannot read \"%1\": %2").arg(filePath, file.errorString()));
    const QByteArray data = file.readAll();
    if (data.size() != info.size())
        return Result<QString>::failure(tr("Cannot read \"%1\" completely.").arg(filePath));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(info.fileName(), data).name();

    Database::Transaction tx(m_store.database());
    if (!tx.isActive())
        return Result<QString>::failure(tx.error());
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("INSERT INTO attachment_blobs (sha256, data) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(sha);
    q.addBindValue(data);
    if (!q.exec())
        return Result<QString>::failure(tr("Cannot store \"%1\": %2").arg(info.fileName(), q.lastError().text()));
    auto created = createRecord(m_store, kAttachments, {{QStringLiteral("case_id"), caseId},
                                                 {QStringLiteral("file_name"), info.fileName()},
                                                 {QStringLiteral("mime_type"), mime},
                                                 {QStringLiteral("size_bytes"), info.size()},
                                                 {QStringLiteral("sha256"), sha},
                                                 {QStringLiteral("description"), description.trimmed()}},
                                  tr("Evidence attached"));
    if (!created)
        return created.status();
    const Status committed = tx.commit();
    if (!committed)
        return committed;
    return created.value().id;
}

Status MediationService::removeAttachment(const QString &attachmentId, qint64 baseVersion)
{
    return m_store.remove(kAttachments, attachmentId, baseVersion, tr("Evidence removed from the case")).status();
}

} // namespace ud
