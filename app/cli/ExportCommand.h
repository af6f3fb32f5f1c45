#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace ud {

// `uniondesk-cli export workers|employers FILE [--district CODE] [--full-id-numbers]`
//   Writes the register's list (live records, by name) to FILE (.csv or .xlsx), refusing to
//   replace an existing file. --district takes a district (6-digit) or street (9-digit) code.
//   Worker exports mask ID numbers unless --full-id-numbers, and are written to the access log.
//   Any role may export; only a role that may read full ID numbers (mayReadFullIdNumbers, i.e.
//   not a reviewer) gets them, a reviewer asking for them is refused (exit 4).
class ExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RegisterCommands) // the translation context of the register's commands

public:
    QString name() const override { return QStringLiteral("export"); }
    QString help() const override;
    std::optional<CliLogin::Need> need() const override { return CliLogin::Need::AnyAccount; }
    CliExit run(const QStringList &args, CliContext &cli) override;
};

} // namespace ud
