#include "commands/RecordCommand.h"

#include "commands/CommandFacade.h"
#include "storage/RecordStore.h"

namespace ud {

RecordCommand::RecordCommand(CommandFacade &facade, RecordStore &store, Kind kind, QString table, QString id, qint64 versionAfter,
                             QVariantMap before, QVariantMap after, QString reason, const QString &text)
    : QUndoCommand(text),
      m_facade(facade),
      m_store(store),
      m_kind(kind),
      m_table(std::move(table)),
      m_id(std::move(id)),
      m_version(versionAfter),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_reason(std::move(reason))
{
}

void RecordCommand::undo()
{
    apply(false);
}

void RecordCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    apply(true);
}

void RecordCommand::apply(bool forward)
{
    RecordStore &store = m_store;
    const QString reason = forward ? tr("Redo: %1").arg(text()) : tr("Undo: %1").arg(text());
    // Later commands on the same record moved its version on: start from the facade's latest write.
    const qint64 base = m_facade.lastWrittenVersion(m_table, m_id, m_version);
    Result<Record> result = Result<Record>::failure(QString());
    switch (m_kind) {
    case Kind::Create:
        result = forward ? store.undelete(m_table, m_id, base, reason) : store.remove(m_table, m_id, base, reason);
        break;
    case Kind::Delete:
        result = forward ? store.remove(m_table, m_id, base, reason) : store.undelete(m_table, m_id, base, reason);
        break;
    case Kind::Edit:
        result = store.update(m_table, m_id, base, forward ? m_after : m_before, reason);
        break;
    }
    if (!result) {
        // The record moved on (edited elsewhere): this step can no longer be replayed safely.
        setObsolete(true);
        m_facade.reportFailure(result.error());
        return;
    }
    m_version = result.value().version;
    m_facade.noteWritten(m_table, m_id, m_version);
    m_facade.reportChange(m_table, m_id);
}

} // namespace ud
