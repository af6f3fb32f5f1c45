#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace ud {

// `uniondesk-cli case move CASE_NO --to STATUS --on DATE [--reason TEXT] [--close-reason CODE]
//                                   [--reason-code CODE] [--override REASON]`
//   Moves a mediation case along its lifecycle, as the status dialog does: the same rules
//   (MediationStateMachine), through the command facade, so the change is audited. A move with
//   warnings (a late application, an agreement after the window, an applicant under 16) needs
//   --override with the reason, which the case keeps.
//   Exit 0: moved; 1: the rules refuse the move (the reason on stdout); 2: wrong command line or
//   unknown case or status; 3: the database could not be read or written; 4: the login was
//   refused or the role may not edit.
class CaseMoveCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CaseMoveCommand)

public:
    QString name() const override { return QStringLiteral("case move"); }
    QString help() const override;
    std::optional<CliLogin::Need> need() const override { return CliLogin::Need::EditRecords; }
    CliExit run(const QStringList &args, CliContext &cli) override;
};

} // namespace ud
