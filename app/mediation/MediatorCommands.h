#pragma once

#include "commands/WorkspaceCommands.h"
#include "core/Result.h"
#include "mediation/MediationCase.h"
#include "mediation/Mediator.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace ud {

// The register of mediators and the mediators on a case, as user edits: each a MediatorRegister
// call run through the command facade (one audited, undoable step). Reads go to
// MediatorRepository.
class MediatorCommands : public WorkspaceCommands
{
    Q_DECLARE_TR_FUNCTIONS(MediatorCommands)

public:
    explicit MediatorCommands(CommandFacade &facade) : WorkspaceCommands(facade) {}

    QList<Mediator> mediators(bool activeOnly = false) const;
    std::optional<Mediator> mediator(const QString &id) const;
    // The case as stored now (with its mediators of the register); nothing when it is gone.
    std::optional<MediationCase> caseFile(const QString &caseId) const;
    // The 回避 warning for putting `mediatorId` on `caseId` (empty when there is none).
    QString conflictWarning(const QString &caseId, const QString &mediatorId) const;

    // See MediatorRegister for what each checks and writes.
    Result<QString> saveMediator(const Mediator &m, const QDate &today);
    Status removeMediator(const QString &mediatorId, qint64 baseVersion);
    Result<QString> linkMediator(const QString &caseId, const QString &mediatorId, const QString &role,
                                 const QString &conflictNote, const QDate &today);
    Status unlinkMediator(const QString &linkId, qint64 baseVersion);
};

} // namespace ud
