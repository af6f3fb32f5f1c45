#pragma once

#include "cli/CliCommand.h"
#include "register/RegisterImporter.h"

#include <QCoreApplication>

#include <optional>

namespace ud {

// `uniondesk-cli import workers|employers FILE`
//   Reads FILE (.csv, .txt or .xlsx), checks every row and imports all rows or none.
//   Exit 0: imported (summary on stdout); 1: the file has problems, nothing was written (the
//   row-by-row report on stdout); 2: wrong command line; 3: the file or database could not be
//   read or written (stderr); 4: the login was refused or the role may not edit the register.
//   The signed-in account is the actor of the audit log.
class ImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RegisterCommands) // the translation context of the register's commands

public:
    QString name() const override { return QStringLiteral("import"); }
    QString help() const override;
    std::optional<CliLogin::Need> need() const override { return CliLogin::Need::EditRecords; }
    CliExit run(const QStringList &args, CliContext &cli) override;

    // "workers" or "employers" (shared with ExportCommand).
    static std::optional<RegisterImporter::Kind> kindOf(const QString &word);
};

} // namespace ud
