#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace ud {

// `uniondesk-cli import cases FILE`
//   Reads an existing register of mediation cases from FILE (.csv, .txt or .xlsx; the columns are
//   described in docs/import-cases.md), checks every row and imports all cases or none.
//   Exit 0: imported (summary on stdout); 1: the file has problems, nothing was written (the
//   row-by-row report on stdout); 2: wrong command line; 3: the file or database could not be
//   read or written (stderr); 4: the login was refused or the role may not edit.
class CaseImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CaseImportCommand)

public:
    QString name() const override { return QStringLiteral("import cases"); }
    QString help() const override;
    std::optional<CliLogin::Need> need() const override { return CliLogin::Need::EditRecords; }
    CliExit run(const QStringList &args, CliContext &cli) override;
};

} // namespace ud
