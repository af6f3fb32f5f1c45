#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace ud {

// `uniondesk-cli import cases FILE`
//   Reads an existing register of mediation cases from FILE (.csv, .txt or .xlsx; the columns are
//   described in docs/import-cases.md), checks every row and imports all cases or none.
//   Exit 0: imported (summary on stdout); 1: the file has problems, nothing was written (the
//   row-by-row report on stdout); 2: wrong command line; 3: the file or database could not be
//   read or written (stderr); 4: the login was refused or the role may not edit. `args` are the
//   words after "cases".
class CliLogin;
int runCaseImportCommand(const QStringList &args, const QString &dbPath, CliLogin &login, QTextStream &out,
                         QTextStream &err);

// The translation context of the command's messages.
class CaseImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(CaseImportCommand)
};

} // namespace ud
