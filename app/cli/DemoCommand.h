#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace ud {

// `uniondesk-cli demo [--size N] [--seed S]`: adds deterministic demo data (DemoGenerator), all or
// nothing. On a path that does not exist yet it first creates a complete demo node (no login);
// on an existing database only an administrator may add invented people.
class DemoCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliApp) // the messages keep the translation context of uniondesk-cli

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString help() const override;
    std::optional<CliLogin::Need> need() const override { return CliLogin::Need::Administrator; }
    CliExit run(const QStringList &args, CliContext &cli) override;
};

} // namespace ud
