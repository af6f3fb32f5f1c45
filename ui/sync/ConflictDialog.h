#pragma once

#include "sync/SyncConflicts.h"
#include "ui/sync/RecordTerms.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace ud {

class Database;

// The records changed at two places, side by side (docs/sync.md "Conflicts"): for each field that
// differs, this computer's value and the other version's, and which to keep (the kept version's
// is preselected: it is what the record holds now). "Settle" writes the chosen values as one
// change, which goes up at the next sync and settles the conflict at every tier. Final: it is
// not undone with Edit > Undo. Tables, fields and values are named in the workspaces' words
// (RecordTerms: "Dispute type" and its item's name, not dispute_type and its code); what no
// workspace names is shown as stored.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    // `terms`: the workspaces' words for tables, fields and values (none: as stored).
    ConflictDialog(Database &db, const QString &actor, RecordTermsSet::List terms, QWidget *parent = nullptr);
    ConflictDialog(Database &db, const QString &actor, QWidget *parent = nullptr);
    int openCount() const;

signals:
    void settled();

private:
    void reload();
    void showConflict(int row);
    void settle();

    SystemClock m_clock;
    SyncConflicts m_conflicts;
    QString m_actor;
    RecordTermsSet m_terms;
    QList<SyncConflict> m_open;
    QListWidget *m_list;
    QTableWidget *m_fields;
    QLabel *m_message;
    QPushButton *m_settle;
};

} // namespace ud
