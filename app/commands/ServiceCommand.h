#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>
#include <QVariantMap>

namespace ud {

class CommandFacade;
class Database;
class RecordStore;

// One workspace edit that may have changed several records (a case with its parties, a
// payment, a session...), as an undoable command. What it changed is read back from the audit
// entries the edit appended; undo writes the reverse of each change, last first (a create is
// tombstoned, an update gets its fields' earlier values back, a delete is undeleted), redo
// writes them again, first first — each as a new audited version, all in one transaction. The
// edit has already been written when the command is pushed, so the first redo() does nothing.
class ServiceCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServiceCommand)

public:
    struct Change
    {
        QString table;
        QString id;
        QString action; // create | update | delete | undelete
        qint64 version = 0;
        QVariantMap before; // the fields an update changed, with their earlier values
        QVariantMap after;
    };

    // The changes recorded in the audit log after entry `seq`, oldest first.
    static Result<QList<Change>> changesSince(Database &db, qint64 seq);

    ServiceCommand(CommandFacade &facade, RecordStore &store, QList<Change> changes, const QString &text);

    void undo() override;
    void redo() override;

private:
    void apply(bool forward);

    CommandFacade &m_facade;
    RecordStore &m_store;
    QList<Change> m_changes;
    bool m_firstRedo = true;
};

} // namespace ud
