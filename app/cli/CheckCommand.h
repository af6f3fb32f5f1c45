#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace ud {

// `uniondesk-cli check`: integrity, references and the audit chain (Database::check); exit 1
// when problems are found.
class CheckCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliApp) // the messages keep the translation context of uniondesk-cli

public:
    QString name() const override { return QStringLiteral("check"); }
    QString help() const override;
    std::optional<CliLogin::Need> need() const override { return CliLogin::Need::AnyAccount; }
    CliExit run(const QStringList &args, CliContext &cli) override;
};

} // namespace ud
