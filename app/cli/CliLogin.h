#pragma once

#include "core/Result.h"
#include "storage/Accounts.h"

#include <QCoreApplication>
#include <QStringList>

namespace ud {

class Database;

// Who runs a uniondesk-cli command that reads or changes records. The command line signs in as a
// named account with the desktop's rules (Accounts::authenticate: the same messages, lock-out,
// disabled accounts and access_log entries) and the desktop's role policy:
//   --user NAME (or the environment variable UD_USER), and the password on the first line of
//   standard input (--password-stdin) or in the environment variable UD_PASSWORD.
// A command asks signIn() once it has opened its database; the account's user name is then the
// actor of the audit and access logs (never the operating system's user).
class CliLogin
{
    Q_DECLARE_TR_FUNCTIONS(CliLogin)

public:
    // What a command needs of the signed-in account (design §5).
    enum class Need {
        AnyAccount,    // reads: check, export, report
        EditRecords,   // changes the register or cases: import (mayEditRegister)
        Administrator, // user management, backup, restore, demo data in a working database
    };
    // The login options, given before the command (`--user NAME` may stand anywhere); without
    // --user, UD_USER and UD_PASSWORD are used. With passwordFromStdin the first line of
    // standard input is read now, before a command reads any password of its own.
    void setUser(const QString &user) { m_user = user; }
    void readPasswordFromStdin();
    void takeEnvironment();

    // Signs in on `db` and checks that the account may do what `command` (e.g. "backup") needs.
    // A refusal ends the command with CliExit::Refused (CliContext::refuse).
    Result<Session> signIn(Database &db, Need need, const QString &command);

    // The login options and the table of which role may run which command, for --help.
    static QString helpText();

private:
    QString m_user;
    QString m_password;
    bool m_hasPassword = false;
    QString m_passwordError;
};

} // namespace ud
