#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace ud {

// `uniondesk-cli import workers|employers FILE`
//   Reads FILE (.csv, .txt or .xlsx), checks every row and imports all rows or none.
//   Exit 0: imported (summary on stdout); 1: the file has problems, nothing was written (the
//   row-by-row report on stdout); 2: wrong command line; 3: the file or database could not be
//   read or written (stderr).
// `uniondesk-cli export workers|employers FILE [--district CODE] [--full-id-numbers]`
//   Writes the register's list (live records, by name) to FILE (.csv or .xlsx), refusing to
//   replace an existing file. --district takes a district (6-digit) or street (9-digit) code.
//   Worker exports mask ID numbers unless --full-id-numbers, and are written to the access log.
//   Any role may export; only a role that may read full ID numbers (mayReadFullIdNumbers, i.e.
//   not a reviewer) gets them, a reviewer asking for them is refused (exit 4).
// `args` are the words after the command name. Both sign in through `login` (import needs a role
// that may edit the register); the account is the actor of the audit and access logs.
class CliLogin;
int runImportCommand(const QStringList &args, const QString &dbPath, CliLogin &login, QTextStream &out, QTextStream &err);
int runExportCommand(const QStringList &args, const QString &dbPath, CliLogin &login, QTextStream &out, QTextStream &err);

// The translation context of the two commands' messages.
class RegisterCommands
{
    Q_DECLARE_TR_FUNCTIONS(RegisterCommands)
};

} // namespace ud
