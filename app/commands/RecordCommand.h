#pragma once

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVariantMap>

namespace ud {

class CommandFacade;
class RecordStore;

// One user edit on one record, as an undoable command. The edit has already been written when
// the command is pushed, so the first redo() does nothing.
class RecordCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordCommand)

public:
    enum class Kind { Create, Edit, Delete };

    RecordCommand(CommandFacade &facade, RecordStore &store, Kind kind, QString table, QString id, qint64 versionAfter,
                  QVariantMap before, QVariantMap after, QString reason, const QString &text);

    void undo() override;
    void redo() override;

private:
    void apply(bool forward);

    CommandFacade &m_facade;
    RecordStore &m_store;
    Kind m_kind;
    QString m_table;
    QString m_id;
    qint64 m_version;
    QVariantMap m_before;
    QVariantMap m_after;
    QString m_reason;
    bool m_firstRedo = true;
};

} // namespace ud
