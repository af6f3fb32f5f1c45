#include "commands/CommandFacade.h"

#include "commands/RecordCommand.h"

namespace ud {

CommandFacade::CommandFacade(RecordStore &store, QObject *parent) : QObject(parent), m_store(store)
{
    m_stack.setUndoLimit(200);
}

Result<Record> CommandFacade::createRecord(const QString &table, const QVariantMap &fields, const QString &description,
                                           const QString &reason)
{
    auto rec = m_store.create(table, fields, reason);
    if (!rec)
        return rec;
    noteWritten(table, rec.value().id, rec.value().version);
    m_stack.push(new RecordCommand(*this, RecordCommand::Kind::Create, table, rec.value().id, rec.value().version, {},
                                   fields, reason, description));
    Q_EMIT recordChanged(table, rec.value().id);
    return rec;
}

Result<Record> CommandFacade::editRecord(const QString &table, const QString &id, qint64 baseVersion,
                                         const QVariantMap &changes, const QString &description, const QString &reason)
{
    auto before = m_store.get(table, id);
    if (!before)
        return before;
    auto rec = m_store.update(table, id, baseVersion, changes, reason);
    if (!rec)
        return rec;
    if (rec.value().version == before.value().version)
        return rec; // nothing changed: nothing to undo
    noteWritten(table, id, rec.value().version);
    QVariantMap old;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        old.insert(it.key(), before.value().value(it.key()));
    m_stack.push(new RecordCommand(*this, RecordCommand::Kind::Edit, table, id, rec.value().version, old, changes,
                                   reason, description));
    Q_EMIT recordChanged(table, id);
    return rec;
}

Result<Record> CommandFacade::deleteRecord(const QString &table, const QString &id, qint64 baseVersion,
                                           const QString &description, const QString &reason)
{
    auto rec = m_store.remove(table, id, baseVersion, reason);
    if (!rec)
        return rec;
    noteWritten(table, id, rec.value().version);
    m_stack.push(new RecordCommand(*this, RecordCommand::Kind::Delete, table, id, rec.value().version, {}, {}, reason,
                                   description));
    Q_EMIT recordChanged(table, id);
    return rec;
}

} // namespace ud
