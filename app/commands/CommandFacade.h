#pragma once

#include "core/Result.h"
#include "storage/RecordStore.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

namespace ud {

// The one entry point for user edits (design §2). Each edit is written at once through
// RecordStore — row, audit entry and outbox row in one transaction — and then pushed onto
// the undo stack. Undo and redo are themselves new changes (a new version, a new audit entry,
// a new outbox row), never a rewrite of history, so what was synced upward stays true.
//
// Ownership: the facade does not own the store; the window or tool that opened the database
// owns both and keeps the store alive as long as the facade.
class CommandFacade : public QObject
{
    Q_OBJECT

public:
    explicit CommandFacade(RecordStore &store, QObject *parent = nullptr);

    QUndoStack *undoStack() { return &m_stack; }
    RecordStore &store() { return m_store; }

    Result<Record> createRecord(const QString &table, const QVariantMap &fields, const QString &description,
                                const QString &reason = {});
    Result<Record> editRecord(const QString &table, const QString &id, qint64 baseVersion, const QVariantMap &changes,
                              const QString &description, const QString &reason = {});
    Result<Record> deleteRecord(const QString &table, const QString &id, qint64 baseVersion,
                                const QString &description, const QString &reason = {});

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
    void recordChanged(const QString &table, const QString &id);
    void commandFailed(const QString &message);

private:
    RecordStore &m_store;
    QHash<QString, qint64> m_written; // "table/id" -> version after our latest write
    QUndoStack m_stack;
};

} // namespace ud
