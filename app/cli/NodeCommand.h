#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace ud {

// `uniondesk-cli node show` and `uniondesk-cli node set-body NAME`: the node's settings. show
// prints the node's identity and the body that issues its mediation documents; set-body sets
// that body's name (劳动争议调解委员会 / 调解室 / 调解中心 as the union calls it; "" goes back to the
// name made from the node's unit). Administrators only; the change is audited under the account.
class NodeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(NodeCommand)

public:
    QString name() const override { return QStringLiteral("node"); }
    QString help() const override;
    QString usageLine() const override;
    std::optional<CliLogin::Need> need() const override { return CliLogin::Need::Administrator; }
    CliExit run(const QStringList &args, CliContext &cli) override;
};

} // namespace ud
