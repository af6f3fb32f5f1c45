#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace ud {

// `uniondesk-cli policy list [PREFIX]` and `policy set KEY VALUE [--reason R]`: the policy
// values (table policy_values) an administrator may change without the desktop. Only keys that
// exist are changed; a key whose note marks it [P] (fixed by law) is refused; the value is
// checked by the rules of the module that reads it (DeadlinePolicy for the mediation deadlines,
// MediationStatistics for mediation.recovered_basis). The change is one audited RecordStore
// update (PolicyRepository::setValue), with the signed-in administrator as the actor.
//   Exit 0: done; 2: wrong command line, unknown key, fixed key or a value the rules refuse;
//   3: the database could not be opened or written; 4: the login was refused.
class PolicyCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PolicyCommand)

public:
    QString name() const override { return QStringLiteral("policy"); }
    QString help() const override;
    QString usageLine() const override;
    std::optional<CliLogin::Need> need() const override { return CliLogin::Need::Administrator; }
    CliExit run(const QStringList &args, CliContext &cli) override;

private:
    CliExit list(QStringList args, CliContext &cli);
    CliExit set(QStringList args, CliContext &cli);
};

} // namespace ud
