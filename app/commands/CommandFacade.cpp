#include "commands/CommandFacade.h"

#include "commands/RecordCommand.h"
#include "commands/ServiceCommand.h"
#include "storage/AuditTail.h"
#include "storage/Database.h"

#include <QSet>

namespace ud {

CommandFacade::CommandFacade(RecordStore &store, QObject *parent) : QObject(parent), m_store(store)
{
    m_stack.setUndoLimit(200);
}

void CommandFacade::push(QUndoCommand *command)
{
    m_stack.push(command);
    setCannotUndo(QString());
}

void CommandFacade::setCannotUndo(const QString &reason)
{
    if (m_cannotUndo == reason)
        return;
    m_cannotUndo = reason;
    Q_EMIT cannotUndoChanged(reason);
}

Result<Record> CommandFacade::createRecord(const QString &table, const QVariantMap &fields, const QString &description,
                                           const QString &reason)
{
    auto rec = m_store.create(table, fields, reason);
    if (!rec)
        return rec;
    noteWritten(table, rec.value().id, rec.value().version);
    push(new RecordCommand(*this, m_store, RecordCommand::Kind::Create, table, rec.value().id, rec.value().version, {},
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
    push(new RecordCommand(*this, m_store, RecordCommand::Kind::Edit, table, id, rec.value().version, old, changes,
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
    push(new RecordCommand(*this, m_store, RecordCommand::Kind::Delete, table, id, rec.value().version, {}, {}, reason,
                           description));
    Q_EMIT recordChanged(table, id);
    return rec;
}

Status CommandFacade::run(const QString &description, const Write &write)
{
    Database &db = m_store.database();
    Database::Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    const auto seq = AuditTail::lastSeq(db);
    if (!seq)
        return seq.status();
    if (Status s = write(m_store); !s)
        return s; // the transaction is rolled back
    auto changes = ServiceCommand::changesSince(db, seq.value());
    if (!changes)
        return changes.status();
    for (const ServiceCommand::Change &c : std::as_const(changes.value()))
        if (!RecordStore::isSyncedTable(c.table)) // accounts: their secrets are not in the log to restore
            return Status::failure(tr("An edit of %1 cannot go through the undo stack.").arg(c.table));
    if (Status s = tx.commit(); !s)
        return s;
    if (changes.value().isEmpty())
        return Status::success();
    QList<QPair<QString, QString>> touched;
    QSet<QString> seen;
    for (const ServiceCommand::Change &c : std::as_const(changes.value()))
        if (!seen.contains(c.table + QLatin1Char('/') + c.id)) {
            seen.insert(c.table + QLatin1Char('/') + c.id);
            touched.append({c.table, c.id});
        }
    push(new ServiceCommand(*this, m_store, changes.take(), description));
    for (const auto &[table, id] : std::as_const(touched))
        Q_EMIT recordChanged(table, id);
    return Status::success();
}

Status CommandFacade::runFinal(const QString &why, const Write &write)
{
    Database &db = m_store.database();
    Database::Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    const auto seq = AuditTail::lastSeq(db);
    if (!seq)
        return seq.status();
    if (Status s = write(m_store); !s)
        return s;
    const auto tables = AuditTail::tablesSince(db, seq.value());
    if (!tables)
        return tables.status();
    if (Status s = tx.commit(); !s)
        return s;
    if (tables.value().isEmpty())
        return Status::success(); // nothing written: what could be undone still can
    // Undoing an earlier step now would silently skip over this one.
    m_stack.clear();
    setCannotUndo(why);
    for (const QString &table : tables.value())
        Q_EMIT recordChanged(table, QString());
    return Status::success();
}

} // namespace ud
