#include "cli/CliContext.h"

#include "cli/CliCommand.h"
#include "cli/CliLogin.h"

namespace ud {

CliExit CliContext::usage(const QString &message, const QString &hint)
{
    m_err << tr("Error: %1").arg(message) << '\n'
          << (hint.isEmpty() ? tr("Run \"uniondesk-cli --help\" for the commands.") : hint) << '\n';
    return CliExit::Usage;
}

CliExit CliContext::fail(const QString &message)
{
    m_err << tr("Error: %1").arg(message) << '\n';
    return CliExit::Failed;
}

CliExit CliContext::refuse(const QString &message)
{
    m_err << tr("Error: %1").arg(message) << '\n';
    return CliExit::Refused;
}

Result<Session> CliContext::signIn(Database &db, const CliCommand &command)
{
    const auto need = command.need();
    Q_ASSERT(need);
    return m_login.signIn(db, need.value_or(CliLogin::Need::Administrator), command.name());
}

} // namespace ud
