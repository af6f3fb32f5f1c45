#pragma once

#include "commands/WorkspaceCommands.h"
#include "core/FieldError.h"
#include "core/Result.h"
#include "mediation/CaseRosterService.h"
#include "mediation/DeadlinePolicy.h"
#include "mediation/MediationCase.h"
#include "mediation/MediationStateMachine.h"
#include "storage/CalendarRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace ud {

// The mediation workspace's user edits, each a MediationService call (or a calendar write)
// run through the command facade. Every step is undoable (undo writes the reverse of each
// record it changed as a new audited version) except a move into a final state (rejected,
// failed, performed, breached): that one is run with CommandFacade::runFinal, and the Edit
// menu then says "Cannot undo: case closed (Performed)".
class MediationCommands : public WorkspaceCommands
{
    Q_DECLARE_TR_FUNCTIONS(MediationCommands)

public:
    explicit MediationCommands(CommandFacade &facade);

    // Read-only checks and numbers (nothing written).
    QList<FieldError> validateIntake(const MediationCase &intake, const QDate &today) const;
    QList<FieldError> intakeWarnings(const MediationCase &intake) const; // MediationService::intakeWarnings
    qint64 policyNumber(const QString &key, qint64 fallback) const;
    DeadlinePolicy deadlinePolicy() const;
    const CalendarRepository &calendar() const { return m_calendar; }

    // See MediationService for what each checks and writes.
    // The case registered with the mediators of the register in `mediatorIds` put on it, the first
    // as lead, the others as assistants (MediatorRegister::linkMediator), in one undoable step.
    Result<QString> registerCase(const MediationCase &intake, const QDate &today, const QStringList &mediatorIds = {});
    Status transition(const QString &caseId, qint64 baseVersion, const MediationStateMachine::Request &request,
                      const QDate &today, const MediationStateMachine::Limits &limits);
    Status extendWindow(const QString &caseId, qint64 baseVersion, int days, const QString &consent);
    Status updateCase(const QString &caseId, qint64 baseVersion, const QVariantMap &changes, const QString &reason = {});
    Result<QString> saveSession(const QString &caseId, const CaseSession &session);
    Status removeSession(const QString &sessionId, qint64 baseVersion);
    Status saveAgreement(const QString &caseId, const QString &terms, const QString &waivedClaims,
                         const QString &taxBorneBy, const QList<CaseItem> &agreedItems);
    Status saveClaims(const QString &caseId, const QList<CaseItem> &claims);
    Status saveParties(const QString &caseId, const QList<CaseParty> &parties, const QDate &today);
    Result<QString> addPayment(const QString &caseId, const CasePayment &payment, const QDate &today);
    Result<QString> addAttachment(const QString &caseId, const QString &filePath, const QString &description);
    Status removeAttachment(const QString &attachmentId, qint64 baseVersion);

    // The working-day calendar (administrators): see CalendarRepository.
    Result<CalendarOverride> addCalendarDay(const QDate &day, WorkCalendar::Kind kind, const QString &name,
                                            const QString &reason);
    Result<CalendarOverride> changeCalendarDay(const CalendarOverride &entry, WorkCalendar::Kind kind,
                                               const QString &name, const QString &reason);
    Status removeCalendarDay(const CalendarOverride &entry, const QString &reason);

    // The roster of a collective case (each worker's amount and authorisation): CaseRosterService.
    Status saveRoster(const QString &caseId, const QList<CaseRosterService::Line> &lines);

    // Mending mistakes (CaseCorrections), each undoable: a payment corrected or voided, a
    // session record voided, with the reason the person gave.
    Status correctPayment(const QString &caseId, const CasePayment &payment, const QString &reason, const QDate &today);
    Status voidPayment(const QString &caseId, const QString &paymentId, qint64 baseVersion, const QString &reason,
                       const QDate &today);
    Status voidSession(const QString &caseId, const QString &sessionId, qint64 baseVersion, const QString &reason,
                       const QDate &today);

private:
    CalendarRepository m_calendar; // reads only; writes go through the facade
};

} // namespace ud
