#pragma once

#include "commands/WorkspaceCommands.h"
#include "register/RegisterImporter.h"
#include "register/RegisterService.h"

#include <QCoreApplication>

namespace ud {

// The register's user edits, each through the command facade (RegisterService inside
// CommandFacade::run): adding and editing workers and employers, removing and undeleting them
// are undoable steps; a merge and an import are not (CommandFacade::runFinal), so the Edit menu
// says "Cannot undo: records merged" / "Cannot undo: import of 120 rows".
class RegisterCommands : public WorkspaceCommands
{
    Q_DECLARE_TR_FUNCTIONS(RegisterCommands)

public:
    explicit RegisterCommands(CommandFacade &facade) : WorkspaceCommands(facade) {}

    // The record as the service would store it, with the validator's errors (for a dialog's
    // duplicate checks before saving; nothing is written).
    Worker normalized(const Worker &worker, QList<FieldError> *errors) const;
    Employer normalized(const Employer &employer, QList<FieldError> *errors) const;

    RegisterService::Outcome addWorker(const Worker &worker);
    RegisterService::Outcome saveWorker(const Worker &worker); // worker.version: the base version
    RegisterService::Outcome addEmployer(const Employer &employer);
    RegisterService::Outcome saveEmployer(const Employer &employer);
    Status removeWorker(const Worker &worker, const QString &reason);
    Status removeEmployer(const Employer &employer, const QString &reason);

    // `table` is "workers" or "employers".
    Status merge(const QString &table, const QString &keepId, const QString &dropId, const QString &reason);
    // `progress`: see RegisterImporter::importFile (cancelled = nothing kept, nothing to undo).
    Result<ImportReport> importFile(RegisterImporter::Kind kind, const QString &path, const Progress &progress = {});

private:
    RegisterService::Outcome write(const QString &description,
                                   const std::function<RegisterService::Outcome(RegisterService &)> &call);
};

} // namespace ud
