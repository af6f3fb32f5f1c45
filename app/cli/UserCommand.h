#pragma once

#include "cli/CliCommand.h"
#include "core/Result.h"

#include <QCoreApplication>

namespace ud {

// Reads one line from standard input as a password (for --password-stdin; the line end is
// dropped, nothing else is trimmed). Unbuffered beyond that line, so a second call reads the
// next line: the login's password comes first, then the one a command sets.
Result<QString> readPasswordFromStdin();

// `uniondesk-cli user add|list|disable|enable|passwd|role`: account administration without the
// desktop, for administrators only (the signed-in administrator is the acting user of the audit
// log). Changes go through Accounts, so they are versioned and audited.
class UserCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(UserCommand)

public:
    QString name() const override { return QStringLiteral("user"); }
    QString help() const override;
    QString usageLine() const override;
    std::optional<CliLogin::Need> need() const override { return CliLogin::Need::Administrator; }
    bool readsOwnPassword(const QStringList &args) const override;
    CliExit run(const QStringList &args, CliContext &cli) override;

private:
    CliExit add(QStringList args, CliContext &cli);
    CliExit list(const QStringList &args, CliContext &cli);
    CliExit setDisabled(QStringList args, bool disabled, CliContext &cli);
    CliExit passwd(QStringList args, CliContext &cli);
    CliExit role(QStringList args, CliContext &cli);
    // CliContext::usage, pointing to `user --help`.
    static CliExit usage(CliContext &cli, const QString &message);
};

} // namespace ud
