#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace ud {

// `uniondesk-cli sync enroll|now|status`: this node's sync with its parent hub (docs/sync.md).
// enroll (administrators) asks the hub to enroll the node and prints the key's fingerprint for
// the hub's administrator to compare; now runs one sync (hello, push, pull) and says what it
// did; status shows the last success, what waits, what the hub refused and open conflicts.
class SyncCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    QString name() const override { return QStringLiteral("sync"); }
    QString help() const override;
    QString usageLine() const override;
    std::optional<CliLogin::Need> need() const override { return CliLogin::Need::EditRecords; }
    CliExit run(const QStringList &args, CliContext &cli) override;
};

} // namespace ud
