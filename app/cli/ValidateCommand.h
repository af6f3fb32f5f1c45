#pragma once

#include "cli/CliCommand.h"
#include "core/ResidentId.h"

#include <QCoreApplication>

namespace ud {

// `uniondesk-cli validate id|uscc VALUE`: checks a resident ID number (against the node's own
// division list when there is a database, else the bundled one) or a unified social credit code;
// exit 1 when it is invalid. Needs no login.
class ValidateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliApp) // the messages keep the translation context of uniondesk-cli

public:
    QString name() const override { return QStringLiteral("validate"); }
    QString help() const override;
    std::optional<CliLogin::Need> need() const override { return std::nullopt; }
    CliExit run(const QStringList &args, CliContext &cli) override;

private:
    static QString sexName(Sex sex);
};

} // namespace ud
