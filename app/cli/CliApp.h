#pragma once

#include "cli/CliCommand.h"
#include "cli/CliContext.h"
#include "cli/CliExit.h"
#include "cli/CliLogin.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace ud {

// uniondesk-cli: headless administration with the same libraries and rules as the desktop.
// Takes the options every command shares (--db, --user, --password-stdin), answers --help and
// --version, and runs the command of the table (CliCommands) the command line names. The exit
// codes are CliExit's.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    CliApp(QTextStream &out, QTextStream &err);
    CliExit run(const QStringList &arguments);

private:
    // The command whose name starts `args` (the longest such name), and how many words it takes.
    CliCommand *find(const QStringList &args, qsizetype *words) const;
    void printHelp(QTextStream &stream) const;

    QTextStream &m_out;
    QTextStream &m_err;
    CliLogin m_login;
    CliContext m_cli;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace ud
