#include "commands/ServiceCommand.h"

#include "commands/CommandFacade.h"
#include "storage/AuditTail.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace ud {

namespace {

// A value as the audit log wrote it, back as the store takes it: whole numbers as integers.
QVariant storedValue(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9.0e15)
            return static_cast<qint64>(d);
        return d;
    }
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    return v.toVariant();
}

} // namespace

Result<QList<ServiceCommand::Change>> ServiceCommand::changesSince(Database &db, qint64 seq)
{
    auto entries = AuditTail::since(db, seq);
    if (!entries)
        return entries.status();
    QList<Change> changes;
    changes.reserve(entries.value().size());
    for (const AuditEntry &e : std::as_const(entries.value())) {
        Change c;
        c.table = e.table;
        c.id = e.recordId;
        c.action = e.action;
        c.version = e.version;
        if (c.action == QLatin1String("update")) {
            for (auto it = e.changes.begin(); it != e.changes.end(); ++it) {
                const QJsonArray pair = it.value().toArray();
                c.before.insert(it.key(), storedValue(pair.at(0)));
                c.after.insert(it.key(), storedValue(pair.at(1)));
            }
        }
        changes << c;
    }
    return changes;
}

ServiceCommand::ServiceCommand(CommandFacade &facade, RecordStore &store, QList<Change> changes, const QString &text)
    : QUndoCommand(text), m_facade(facade), m_store(store), m_changes(std::move(changes))
{
    for (const Change &c : std::as_const(m_changes))
        m_facade.noteWritten(c.table, c.id, c.version);
}

void ServiceCommand::undo()
{
    apply(false);
}

void ServiceCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    apply(true);
}

void ServiceCommand::apply(bool forward)
{
    const QString reason = forward ? tr("Redo: %1").arg(text()) : tr("Undo: %1").arg(text());
    Database::Transaction tx(m_store.database());
    if (!tx.isActive()) {
        setObsolete(true);
        m_facade.reportFailure(tx.error());
        return;
    }
    QHash<QString, qint64> versions; // "table/id" -> version after this replay's latest write
    QList<QPair<QString, QString>> touched;
    const auto key = [](const Change &c) { return c.table + QLatin1Char('/') + c.id; };
    for (qsizetype i = 0; i < m_changes.size(); ++i) {
        const Change &c = m_changes.at(forward ? i : m_changes.size() - 1 - i);
        // Later commands on the same record moved its version on: start from the latest write.
        const qint64 base = versions.value(key(c), m_facade.lastWrittenVersion(c.table, c.id, c.version));
        Result<Record> result = Result<Record>::failure(QString());
        if (c.action == QLatin1String("update")) {
            result = m_store.update(c.table, c.id, base, forward ? c.after : c.before, reason);
        } else {
            // create and undelete bring a record in, delete takes it out; undo does the opposite.
            const bool bringIn = (c.action != QLatin1String("delete")) == forward;
            result = bringIn ? m_store.undelete(c.table, c.id, base, reason) : m_store.remove(c.table, c.id, base, reason);
        }
        if (!result) {
            // A record moved on (edited elsewhere): this step can no longer be replayed safely;
            // the transaction is rolled back, so none of it is written.
            setObsolete(true);
            m_facade.reportFailure(result.error());
            return;
        }
        versions.insert(key(c), result.value().version);
        touched.append({c.table, c.id});
    }
    if (Status s = tx.commit(); !s) {
        setObsolete(true);
        m_facade.reportFailure(s.error());
        return;
    }
    QSet<QString> reported;
    for (const auto &[table, id] : std::as_const(touched)) {
        m_facade.noteWritten(table, id, versions.value(table + QLatin1Char('/') + id));
        if (!reported.contains(table + QLatin1Char('/') + id)) {
            reported.insert(table + QLatin1Char('/') + id);
            m_facade.reportChange(table, id);
        }
    }
}

} // namespace ud
