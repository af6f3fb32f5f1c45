#include "mediation/MediationCommands.h"

#include "mediation/CaseCorrections.h"
#include "mediation/MediationService.h"
#include "mediation/MediatorRegister.h"
#include "storage/PolicyRepository.h"
#include "storage/RecordStore.h"

namespace ud {

MediationCommands::MediationCommands(CommandFacade &facade)
    : WorkspaceCommands(facade), m_calendar(database(), store())
{
}

QList<FieldError> MediationCommands::validateIntake(const MediationCase &intake, const QDate &today) const
{
    return MediationService(store()).validateIntake(intake, today);
}

QList<FieldError> MediationCommands::intakeWarnings(const MediationCase &intake) const
{
    return MediationService(store()).intakeWarnings(intake);
}

qint64 MediationCommands::policyNumber(const QString &key, qint64 fallback) const
{
    return MediationService(store()).policyNumber(key, fallback);
}

DeadlinePolicy MediationCommands::deadlinePolicy() const
{
    return DeadlinePolicy::load(PolicyRepository(database(), store()));
}

Result<QString> MediationCommands::registerCase(const MediationCase &intake, const QDate &today,
                                                const QStringList &mediatorIds)
{
    Result<QString> id = Result<QString>::failure(QString());
    const Status s = facade().run(tr("Register case"), [&](RecordStore &store) {
        id = MediationService(store).registerCase(intake, today);
        if (!id)
            return id.status();
        for (qsizetype i = 0; i < mediatorIds.size(); ++i) {
            const auto linked = MediatorRegister(store).linkMediator(
                id.value(), mediatorIds.at(i), i == 0 ? QStringLiteral("lead") : QStringLiteral("assistant"), {}, today);
            if (!linked) {
                id = Result<QString>::failure(linked.error());
                return linked.status();
            }
        }
        return id.status();
    });
    if (!s && id)
        return Result<QString>::failure(s.error());
    return id;
}

Status MediationCommands::transition(const QString &caseId, qint64 baseVersion,
                                     const MediationStateMachine::Request &request, const QDate &today,
                                     const MediationStateMachine::Limits &limits)
{
    const auto write = [&](RecordStore &store) {
        return MediationService(store).transition(caseId, baseVersion, request, today, limits);
    };
    const QString status = MediationStateMachine::statusName(request.to);
    if (MediationStateMachine::isFinal(request.to))
        return facade().runFinal(tr("case closed (%1)").arg(status), write);
    return facade().run(tr("Move case to %1").arg(status), write);
}

Status MediationCommands::extendWindow(const QString &caseId, qint64 baseVersion, int days, const QString &consent)
{
    return facade().run(tr("Extend the mediation window by %n day(s)", nullptr, days), [&](RecordStore &store) {
        return MediationService(store).extendWindow(caseId, baseVersion, days, consent);
    });
}

Status MediationCommands::updateCase(const QString &caseId, qint64 baseVersion, const QVariantMap &changes,
                                     const QString &reason)
{
    return facade().run(tr("Edit case"), [&](RecordStore &store) {
        return MediationService(store).updateCase(caseId, baseVersion, changes, reason);
    });
}

Result<QString> MediationCommands::saveSession(const QString &caseId, const CaseSession &session)
{
    Result<QString> id = Result<QString>::failure(QString());
    const Status s = facade().run(session.id.isEmpty() ? tr("Add session") : tr("Edit session"), [&](RecordStore &store) {
        id = MediationService(store).saveSession(caseId, session);
        return id.status();
    });
    if (!s && id)
        return Result<QString>::failure(s.error());
    return id;
}

Status MediationCommands::removeSession(const QString &sessionId, qint64 baseVersion)
{
    return facade().run(tr("Remove session"), [&](RecordStore &store) {
        return MediationService(store).removeSession(sessionId, baseVersion);
    });
}

Status MediationCommands::saveAgreement(const QString &caseId, const QString &terms, const QString &waivedClaims,
                                        const QString &taxBorneBy, const QList<CaseItem> &agreedItems)
{
    return facade().run(tr("Save agreement"), [&](RecordStore &store) {
        return MediationService(store).saveAgreement(caseId, terms, waivedClaims, taxBorneBy, agreedItems);
    });
}

Status MediationCommands::saveClaims(const QString &caseId, const QList<CaseItem> &claims)
{
    return facade().run(tr("Save claims"), [&](RecordStore &store) {
        return MediationService(store).saveClaims(caseId, claims);
    });
}

Status MediationCommands::saveParties(const QString &caseId, const QList<CaseParty> &parties, const QDate &today)
{
    return facade().run(tr("Save parties"), [&](RecordStore &store) {
        return MediationService(store).saveParties(caseId, parties, today);
    });
}

Result<QString> MediationCommands::addPayment(const QString &caseId, const CasePayment &payment, const QDate &today)
{
    Result<QString> id = Result<QString>::failure(QString());
    const Status s = facade().run(tr("Add payment"), [&](RecordStore &store) {
        id = MediationService(store).addPayment(caseId, payment, today);
        return id.status();
    });
    if (!s && id)
        return Result<QString>::failure(s.error());
    return id;
}

Result<QString> MediationCommands::addAttachment(const QString &caseId, const QString &filePath,
                                                 const QString &description)
{
    Result<QString> id = Result<QString>::failure(QString());
    const Status s = facade().run(tr("Add evidence"), [&](RecordStore &store) {
        id = MediationService(store).addAttachment(caseId, filePath, description);
        return id.status();
    });
    if (!s && id)
        return Result<QString>::failure(s.error());
    return id;
}

Status MediationCommands::removeAttachment(const QString &attachmentId, qint64 baseVersion)
{
    return facade().run(tr("Remove evidence"), [&](RecordStore &store) {
        return MediationService(store).removeAttachment(attachmentId, baseVersion);
    });
}

Result<CalendarOverride> MediationCommands::addCalendarDay(const QDate &day, WorkCalendar::Kind kind,
                                                           const QString &name, const QString &reason)
{
    Result<CalendarOverride> entry = Result<CalendarOverride>::failure(QString());
    const Status s = facade().run(tr("Add calendar day %1").arg(day.toString(Qt::ISODate)), [&](RecordStore &store) {
        entry = CalendarRepository(store.database(), store).add(day, kind, name, reason);
        return entry.status();
    });
    if (!s && entry)
        return Result<CalendarOverride>::failure(s.error());
    return entry;
}

Result<CalendarOverride> MediationCommands::changeCalendarDay(const CalendarOverride &old, WorkCalendar::Kind kind,
                                                              const QString &name, const QString &reason)
{
    Result<CalendarOverride> entry = Result<CalendarOverride>::failure(QString());
    const Status s =
        facade().run(tr("Change calendar day %1").arg(old.day.toString(Qt::ISODate)), [&](RecordStore &store) {
            entry = CalendarRepository(store.database(), store).change(old.id, old.version, kind, name, reason);
            return entry.status();
        });
    if (!s && entry)
        return Result<CalendarOverride>::failure(s.error());
    return entry;
}

Status MediationCommands::removeCalendarDay(const CalendarOverride &entry, const QString &reason)
{
    return facade().run(tr("Remove calendar day %1").arg(entry.day.toString(Qt::ISODate)), [&](RecordStore &store) {
        return CalendarRepository(store.database(), store).remove(entry.id, entry.version, reason);
    });
}

Status MediationCommands::saveRoster(const QString &caseId, const QList<CaseRosterService::Line> &lines)
{
    return facade().run(tr("Save roster"), [&](RecordStore &store) { return CaseRosterService(store).save(caseId, lines); });
}

Status MediationCommands::correctPayment(const QString &caseId, const CasePayment &payment, const QString &reason,
                                         const QDate &today)
{
    return facade().run(tr("Correct payment"), [&](RecordStore &store) {
        return CaseCorrections(store).correctPayment(caseId, payment, reason, today);
    });
}

Status MediationCommands::voidPayment(const QString &caseId, const QString &paymentId, qint64 baseVersion,
                                      const QString &reason, const QDate &today)
{
    return facade().run(tr("Void payment"), [&](RecordStore &store) {
        return CaseCorrections(store).voidPayment(caseId, paymentId, baseVersion, reason, today);
    });
}

Status MediationCommands::voidSession(const QString &caseId, const QString &sessionId, qint64 baseVersion,
                                      const QString &reason, const QDate &today)
{
    return facade().run(tr("Void session record"), [&](RecordStore &store) {
        return CaseCorrections(store).voidSession(caseId, sessionId, baseVersion, reason, today);
    });
}

} // namespace ud
