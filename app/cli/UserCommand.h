#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace ud {

// `uniondesk-cli user add|list|disable|enable|passwd|role`: account administration without the
// desktop. Changes go through Accounts, so they are versioned and audited; the acting user is
// "cli:<OS user>". Returns the CliApp exit codes (0 done, 1 negative, 2 usage, 3 failed).
// `args` are the arguments after "user".
int runUserCommand(QStringList args, const QString &dbPath, QTextStream &out, QTextStream &err);

// Reads one line from standard input as a password (for --password-stdin; the line end is
// dropped, nothing else is trimmed). Also used by `init --password-stdin`.
Result<QString> readPasswordFromStdin();

// The actor the command line writes as: "cli:<OS user>".
QString cliActor();

class UserCommand
{
    Q_DECLARE_TR_FUNCTIONS(UserCommand)

public:
    UserCommand(QString dbPath, QTextStream &out, QTextStream &err)
        : m_dbPath(std::move(dbPath)), m_out(out), m_err(err)
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
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace ud
