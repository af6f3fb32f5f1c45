#pragma once

#include "cli/CliLogin.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace ud {

// uniondesk-cli: headless administration with the same libraries and rules as the desktop.
// Exit codes: 0 done; 1 a negative answer (invalid number, problems found); 2 the command
// line is wrong; 3 the operation failed (nothing half-written is left behind); 4 the login was
// refused or the account's role may not run the command (CliLogin).
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    enum Exit { Ok = 0, Negative = 1, Usage = 2, Failed = 3, Refused = CliLogin::kRefused };

    CliApp(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}
    int run(const QStringList &arguments);

private:
    int cmdInit(const QStringList &args);
    int cmdDemo(const QStringList &args);
    int cmdCheck(const QStringList &args);
    int cmdBackup(const QStringList &args);
    int cmdRestore(const QStringList &args);
    int cmdValidate(const QStringList &args);
    void printHelp(QTextStream &stream);
    int usage(const QString &message);
    int fail(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_db;
    CliLogin m_login;
};

} // namespace ud
