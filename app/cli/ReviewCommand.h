#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace ud {

// `uniondesk-cli review list|show|decide`: a reviewer's desktop at a district or city union and
// its hub's review queue (docs/sync.md "Review"). The desktop is enrolled at the hub as a reviewer.
class ReviewCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCommand)

public:
    QString name() const override { return QStringLiteral("review"); }
    QString help() const override;
    QString usageLine() const override;
    std::optional<CliLogin::Need> need() const override { return CliLogin::Need::AnyAccount; }
    CliExit run(const QStringList &args, CliContext &cli) override;
};

} // namespace ud
