#pragma once

#include "core/Clock.h"
#include "sync/SyncLedger.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QAbstractItemModel;
class QTableView;

namespace ud {

class Database;

// The sync column of a paged list (workers, employers, cases): each row's state as
// SyncLedger::stateText() says it, empty when this node has no hub. States are read a page of
// rows at a time (one SyncLedger::states() call per `pageRows` rows, when a row of that page is
// first shown) and kept until the model resets or a sync run ends (SyncEvents). Whether the node
// has a hub is read once, and again after a run or an enrollment.
class SyncStateColumn : public QObject
{
    Q_OBJECT

public:
    using IdAt = std::function<QString(int row)>;

    SyncStateColumn(Database &db, const QString &table, QAbstractItemModel *model, int column, IdAt idAt,
                    int pageRows = 200);
    ~SyncStateColumn() override;

    // The text for `row` (its state read with the rest of its page when not known yet).
    QString text(int row) const;
    // Forgets the states read (the next text() reads them again) and repaints the column.
    void invalidate();
    // Shows the column in `view` (whose model is this column's) right after `afterColumn`, the
    // record's identifying column, as wide as its title and its longest state: at the end of a
    // list it was beyond the right edge at 1366×768, so nobody saw "Returned". Only the view's
    // order changes (the model's columns, and exports, stay as they are). Hidden while the node
    // has no hub (it would say nothing); shown once it has one (after an enrollment or a run).
    void placeIn(QTableView *view, int afterColumn);

private:
    void loadPage(int row) const;
    bool hasHub() const;
    void showOrHide();

    Database &m_db;
    SystemClock m_clock;
    std::unique_ptr<SyncLedger> m_ledger;
    QString m_table;
    QAbstractItemModel *m_model;
    int m_column;
    IdAt m_idAt;
    int m_pageRows;
    QPointer<QTableView> m_view; // where placeIn() put the column
    mutable int m_hasHub = -1; // -1: not known yet
    mutable QHash<QString, RecordSyncState> m_states;
};

} // namespace ud
