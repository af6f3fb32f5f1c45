#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace ud {

// `uniondesk-cli init --org CODE [--tier TIER] [--name NAME] [--admin USER [--password-stdin]]`:
// creates the node database of an organisation unit (refusing an existing file), and with --admin
// its first administrator, whose password is generated and printed once or read from standard
// input. Needs no login: there is no account yet.
class InitCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliApp) // the messages keep the translation context of uniondesk-cli

public:
    QString name() const override { return QStringLiteral("init"); }
    QString help() const override;
    std::optional<CliLogin::Need> need() const override { return std::nullopt; }
    bool readsOwnPassword(const QStringList &) const override { return true; }
    CliExit run(const QStringList &args, CliContext &cli) override;
};

} // namespace ud
