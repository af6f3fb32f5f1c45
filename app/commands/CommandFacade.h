#pragma once

#include "core/Result.h"
#include "storage/RecordStore.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <functional>

namespace ud {

// The one entry point for user edits (design §2). Each edit is written at once through
// RecordStore — row, audit entry and outbox row in one transaction — and then pushed onto
// the undo stack. Undo and redo are themselves new changes (a new version, a new audit entry,
// a new outbox row), never a rewrite of history, so what was synced upward stays true.
//
// A workspace's edits (a service call that may write several records) run through run(): the
// call is one transaction, and every record it changed — read back from the audit entries the
// call appended — is undone and redone as one step. A step that cannot be undone honestly (a
// final state of a case, an import of many rows, a merge) runs through runFinal(): it is not
// pushed, the steps before it can no longer be undone either (undoing them would skip over
// it), and cannotUndoReason() says why, for the Edit menu.
//
// The facade never hands out its store: workspaces reach it through WorkspaceCommands, the
// base of their command classes (app/<workspace>/…Commands).
//
// Ownership: the facade does not own the store; the window or tool that opened the database
// owns both and keeps the store alive as long as the facade.
class CommandFacade : public QObject
{
    Q_OBJECT

public:
    using Write = std::function<Status(RecordStore &)>;

    explicit CommandFacade(RecordStore &store, QObject *parent = nullptr);

    QUndoStack *undoStack() { return &m_stack; }
    // The user the edits are recorded for (audit log, access log, exports).
    const QString &actor() const { return m_store.actor(); }

    Result<Record> createRecord(const QString &table, const QVariantMap &fields, const QString &description,
                                const QString &reason = {});
    Result<Record> editRecord(const QString &table, const QString &id, qint64 baseVersion, const QVariantMap &changes,
                              const QString &description, const QString &reason = {});
    Result<Record> deleteRecord(const QString &table, const QString &id, qint64 baseVersion,
                                const QString &description, const QString &reason = {});

    // Runs `write` in one transaction (rolled back when it fails) and pushes what it changed as
    // one undoable step named `description`. Nothing written: nothing pushed.
    Status run(const QString &description, const Write &write);
    // Runs `write` in one transaction as a step that cannot be undone; `why` completes "Cannot
    // undo: …" (e.g. "case closed"; read after `write` ran, so it may say what it did). When it wrote something, the undo stack is cleared and
    // cannotUndoReason() is `why` until the next undoable step.
    Status runFinal(const QString &why, const Write &write);
    // Why the Edit menu cannot undo now ("" when it can, or when there was nothing to undo).
    const QString &cannotUndoReason() const { return m_cannotUndo; }

    // Called by the undo commands; public so the commands need no friendship.
    void reportChange(const QString &table, const QString &id) { Q_EMIT recordChanged(table, id); }
    // The version of a record after the facade's latest write to it (by any command), so an
    // undo/redo starts from there; a different current version means it changed elsewhere.
    qint64 lastWrittenVersion(const QString &table, const QString &id, qint64 fallback) const
    {
        return m_written.value(table + QLatin1Char('/') + id, fallback);
    }
    void noteWritten(const QString &table, const QString &id, qint64 version)
    {
        m_written.insert(table + QLatin1Char('/') + id, version);
    }
    void reportFailure(const QString &message) { Q_EMIT commandFailed(message); }

Q_SIGNALS:
    // A record changed (an edit, an undo, a redo). `id` is empty when many records of `table`
    // changed at once (an import).
    void recordChanged(const QString &table, const QString &id);
    void commandFailed(const QString &message);
    void cannotUndoChanged(const QString &reason);

private:
    friend class WorkspaceCommands;

    void push(QUndoCommand *command);
    void setCannotUndo(const QString &reason);

    RecordStore &m_store;
    QHash<QString, qint64> m_written; // "table/id" -> version after our latest write
    QString m_cannotUndo;
    QUndoStack m_stack;
};

} // namespace ud
