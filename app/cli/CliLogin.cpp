#include "cli/CliLogin.h"

#include "cli/UserCommand.h"

#include "storage/Database.h"
#include "storage/RecordStore.h"

#include <QDateTime>

namespace ud {

void CliLogin::readPasswordFromStdin()
{
    auto read = ud::readPasswordFromStdin();
    m_hasPassword = read.ok();
    if (read)
        m_password = read.value();
    else
        m_passwordError = read.error();
}

void CliLogin::takeEnvironment()
{
    if (m_user.isEmpty())
        m_user = qEnvironmentVariable("UD_USER").trimmed();
    if (!m_hasPassword && m_passwordError.isEmpty() && qEnvironmentVariableIsSet("UD_PASSWORD")) {
        m_password = qEnvironmentVariable("UD_PASSWORD");
        m_hasPassword = true;
    }
}

Result<Session> CliLogin::signIn(Database &db, Need need, const QString &command)
{
    if (m_user.isEmpty())
        return Result<Session>::failure(
            tr("\"%1\" works on the records, so it needs a login: give your user name with --user NAME (or in "
               "UD_USER) and your password on standard input with --password-stdin (or in UD_PASSWORD).")
                .arg(command));
    if (!m_passwordError.isEmpty())
        return Result<Session>::failure(m_passwordError);
    if (!m_hasPassword)
        return Result<Session>::failure(tr("No password for \"%1\": give it on standard input with --password-stdin "
                                           "(or in the environment variable UD_PASSWORD).")
                                            .arg(m_user));
    RecordStore store(db);
    store.setActor(m_user);
    auto session = Accounts(store).authenticate(m_user, m_password, QDateTime::currentDateTimeUtc());
    if (!session)
        return session;
    const Role role = session.value().role;
    const bool allowed = need == Need::AnyAccount || (need == Need::EditRecords && mayEditRegister(role))
                         || (need == Need::Administrator && mayManageUsers(role));
    if (!allowed) {
        const QString who = roleDisplayName(role);
        return Result<Session>::failure(need == Need::Administrator
                                            ? tr("\"%1\" is for administrators only; %2 is signed in as %3.")
                                                  .arg(command, session.value().username, who)
                                            : tr("A %1 may not change records, so \"%2\" is refused for %3.")
                                                  .arg(who, command, session.value().username));
    }
    return session;
}

QString CliLogin::helpText()
{
    return tr("Login (for every command that reads or changes records):\n"
              "  --user NAME         the account to act as (or the environment variable UD_USER)\n"
              "  --password-stdin    read its password from the first line of standard input; put it\n"
              "                      before the command (otherwise the password is taken from the\n"
              "                      environment variable UD_PASSWORD)\n"
              "  No login: --help, --version, validate, init, and demo on a path that does not exist yet.\n"
              "  Roles:  check, export, report: every role (reviewers get masked ID numbers only);\n"
              "          import: mediators, union chairs and administrators;\n"
              "          user, node, backup, restore, demo on an existing database: administrators.\n"
              "  A refused login or a command the role may not run ends with exit code 4.");
}

} // namespace ud
