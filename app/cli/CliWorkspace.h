#pragma once

#include "cli/CliExit.h"
#include "cli/CliLogin.h"
#include "storage/Accounts.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace ud {

class CliContext;
class CommandFacade;
class RecordStore;

// A node database opened by a command that edits records through a workspace's commands: signed
// in as `need` asks, with a RecordStore writing as the signed-in user and a command facade (so
// the command line writes exactly as the desktop does).
class CliWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(CliWorkspace)

public:
    CliWorkspace();
    ~CliWorkspace();

    // Opens the database of `cli` and signs in; on failure reports it (cli.fail / cli.refuse)
    // and returns the exit code.
    std::optional<CliExit> open(CliContext &cli, CliLogin::Need need, const QString &command);

    Database &database() { return m_db; }
    CommandFacade &facade() { return *m_facade; }
    const Session &session() const { return m_session; }
    // The employer of the register whose name or credit code is `text`; "" when none.
    QString employerId(const QString &text) const;
    // The Chinese name of `code` in code list `list`; the code itself when unknown.
    QString codeName(const QString &list, const QString &code) const;

private:
    Database m_db;
    Session m_session;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<CommandFacade> m_facade;
};

} // namespace ud
