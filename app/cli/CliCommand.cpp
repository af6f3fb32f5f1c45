#include "cli/CliCommand.h"

#include "cli/CliApp.h"

namespace ud {

QString CliCommand::usageLine() const
{
    return CliApp::tr("Usage: uniondesk-cli [--db PATH] %1 [options]").arg(name());
}

void CliCommand::printHelp(QTextStream &out) const
{
    out << usageLine() << '\n' << help() << '\n';
}

bool CliCommand::readsOwnPassword(const QStringList &) const
{
    return false;
}

} // namespace ud
