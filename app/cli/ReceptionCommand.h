#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace ud {

// `uniondesk-cli reception add|list`: the reception log (咨询 / 接待, incl. 代写文书) without the
// desktop. add logs a visit or call (through the command facade, audited, with the desktop's
// rules); list shows the log, newest first.
class ReceptionCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReceptionCommand)

public:
    QString name() const override { return QStringLiteral("reception"); }
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
