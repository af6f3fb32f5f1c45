#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace ud {

// `uniondesk-cli mediator add|list`: the register of mediators without the desktop. add puts a
// mediator on the register (through the command facade, audited, with the desktop's rules);
// list shows the register.
class MediatorCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(MediatorCommand)

public:
    QString name() const override { return QStringLiteral("mediator"); }
    QString help() const override;
    QString usageLine() const override;
    std::optional<CliLogin::Need> need() const override { return CliLogin::Need::EditRecords; }
    CliExit run(const QStringList &args, CliContext &cli) override;

private:
    CliExit add(QStringList args, CliContext &cli);
    CliExit list(QStringList args, CliContext &cli);
    CliExit usage(CliContext &cli, const QString &message) const;
};

} // namespace ud
