#pragma once

#include "commands/CommandFacade.h"

namespace ud {

class Database;

// The base of a workspace's command classes (RegisterCommands, MediationCommands, …): the only
// code besides the facade that reaches its RecordStore, to build the workspace's services inside
// CommandFacade::run() and to read what a repository needs the store for. The UI holds the
// derived classes, never the store.
class WorkspaceCommands
{
public:
    explicit WorkspaceCommands(CommandFacade &facade) : m_facade(facade) {}

    CommandFacade &facade() const { return m_facade; }

protected:
    RecordStore &store() const { return m_facade.m_store; }
    Database &database() const { return m_facade.m_store.database(); }

private:
    CommandFacade &m_facade;
};

} // namespace ud
