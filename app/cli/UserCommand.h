#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace ud {

// `uniondesk-cli user add|list|disable|enable|passwd|role`: account administration without the
// desktop, for administrators only (`login` signs in; the administrator is the acting user of the
// audit log). Changes go through Accounts, so they are versioned and audited. Returns the CliApp
// exit codes (0 done, 1 negative, 2 usage, 3 failed, 4 login refused). `args` are the arguments
// after "user".
class CliLogin;
int runUserCommand(QStringList args, const QString &dbPath, CliLogin &login, QTextStream &out, QTextStream &err);

// Reads one line from standard input as a password (for --password-stdin; the line end is
// dropped, nothing else is trimmed). Unbuffered beyond that line, so a second call reads the
// next line: the login's password comes first, then the one a command sets.
Result<QString> readPasswordFromStdin();

class UserCommand
{
    Q_DECLARE_TR_FUNCTIONS(UserCommand)

public:
    UserCommand(QString dbPath, CliLogin &login, QTextStream &out, QTextStream &err)
        : m_dbPath(std::move(dbPath)), m_login(login), m_out(out), m_err(err)
    {
    }
    int run(QStringList args);
    static QString helpText();

private:
    int add(QStringList args);
    int list(const QStringList &args);
    int setDisabled(QStringList args, bool disabled);
    int passwd(QStringList args);
    int role(QStringList args);
    int usage(const QString &message);
    int fail(const QString &message);

    QString m_dbPath;
    CliLogin &m_login;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace ud
