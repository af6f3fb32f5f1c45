#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace ud {

// `uniondesk-cli restore FILE`: verifies FILE, then puts it in place of the database (the old file
// is kept) and renews the node's epoch. Where a database is in place, only its administrator may
// replace it; where there is none, the backup file itself is the key.
class RestoreCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliApp) // the messages keep the translation context of uniondesk-cli

public:
    QString name() const override { return QStringLiteral("restore"); }
    QString help() const override;
    std::optional<CliLogin::Need> need() const override { return CliLogin::Need::Administrator; }
    CliExit run(const QStringList &args, CliContext &cli) override;
};

} // namespace ud
