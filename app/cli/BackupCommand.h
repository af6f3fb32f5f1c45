#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace ud {

// `uniondesk-cli backup [--to FILE]`: a consistent copy of the database, to FILE (never replaced)
// or into the backups folder beside the database.
class BackupCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliApp) // the messages keep the translation context of uniondesk-cli

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString help() const override;
    std::optional<CliLogin::Need> need() const override { return CliLogin::Need::Administrator; }
    CliExit run(const QStringList &args, CliContext &cli) override;
};

} // namespace ud
