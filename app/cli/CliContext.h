#pragma once

#include "cli/CliExit.h"
#include "core/Result.h"
#include "storage/Accounts.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace ud {

class CliCommand;
class CliLogin;
class Database;

// What every command gets from the dispatcher: the node database's path, the login, the two
// output streams, and the one way of reporting an error with its exit code. Answers go to `out`;
// errors go to `err` and leave `out` empty.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliApp) // the messages keep the translation context of uniondesk-cli

public:
    CliContext(QString dbPath, CliLogin &login, QTextStream &out, QTextStream &err)
        : m_dbPath(std::move(dbPath)), m_login(login), m_out(out), m_err(err)
    {
    }

    const QString &dbPath() const { return m_dbPath; }
    void setDbPath(const QString &path) { m_dbPath = path; }
    CliLogin &login() { return m_login; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // "Error: message" and where to find help (`hint`, or the pointer to --help); CliExit::Usage.
    CliExit usage(const QString &message, const QString &hint = {});
    // "Error: message"; CliExit::Failed.
    CliExit fail(const QString &message);
    // "Error: message"; CliExit::Refused.
    CliExit refuse(const QString &message);

    // Signs in on `db` as `command` needs (CliCommand::need(), which must not be empty).
    Result<Session> signIn(Database &db, const CliCommand &command);

private:
    QString m_dbPath;
    CliLogin &m_login;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace ud
