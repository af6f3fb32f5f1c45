#pragma once

#include "commands/WorkspaceCommands.h"
#include "core/Progress.h"
#include "core/Result.h"
#include "exchange/ImportReport.h"

#include <QCoreApplication>

namespace ud {

// The desktop's import of an earlier case register (CaseRegisterImporter) through the command
// facade: one step that cannot be undone (CommandFacade::runFinal), so the Edit menu says
// "Cannot undo: import of 120 case(s)", as the register's import does.
class CaseImportCommands : public WorkspaceCommands
{
    Q_DECLARE_TR_FUNCTIONS(CaseImportCommands)

public:
    explicit CaseImportCommands(CommandFacade &facade) : WorkspaceCommands(facade) {}

    // Result failure = the file could not be read (or the database failed); otherwise the
    // importer's report, ok or not (nothing written unless every row was right). `progress`: see
    // CaseRegisterImporter::importFile (cancelled = nothing kept, nothing to undo).
    Result<ImportReport> importFile(const QString &path, const Progress &progress = {});
};

} // namespace ud
