#pragma once

#include "cli/CliExit.h"
#include "cli/CliLogin.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace ud {

class CliContext;

// One command of uniondesk-cli. Each command is a class of its own, listed once in the table of
// CliCommands::all(); the dispatcher (CliApp) finds it by name, and --help and
// `uniondesk-cli COMMAND --help` print its help().
class CliCommand
{
public:
    virtual ~CliCommand() = default;

    // The words that select the command: "init", or "import cases" (the longest name matching
    // the command line wins, so "import cases" goes before "import workers").
    virtual QString name() const = 0;
    // The command's block in --help: its synopsis with every option, and what it does, indented
    // as the others (two spaces, descriptions from column 23). Several lines, no final line end.
    virtual QString help() const = 0;
    // The first line of `uniondesk-cli COMMAND --help`.
    virtual QString usageLine() const;
    // Whom the command signs in as (CliContext::signIn); empty for a command that needs no
    // login at all (validate, init). The role table in --help is CliLogin::helpText().
    virtual std::optional<CliLogin::Need> need() const = 0;
    // Whether a --password-stdin among `args` (the words after the name) is the password the
    // command sets itself (init --admin, user add, user passwd) rather than the login's.
    virtual bool readsOwnPassword(const QStringList &args) const;
    // Runs the command on `args`, the words after its name.
    virtual CliExit run(const QStringList &args, CliContext &cli) = 0;

    // `uniondesk-cli COMMAND --help`: usageLine(), then help().
    void printHelp(QTextStream &out) const;

protected:
    CliCommand() = default;
    CliCommand(const CliCommand &) = default;
    CliCommand &operator=(const CliCommand &) = default;
};

} // namespace ud
