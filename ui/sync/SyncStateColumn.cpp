#include "ui/sync/SyncStateColumn.h"

#include "ui/sync/SyncEvents.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>

namespace ud {

SyncStateColumn::SyncStateColumn(Database &db, const QString &table, QAbstractItemModel *model, int column, IdAt idAt,
                                 int pageRows)
    : QObject(model), m_db(db), m_ledger(std::make_unique<SyncLedger>(db, m_clock)), m_table(table), m_model(model),
      m_column(column), m_idAt(std::move(idAt)), m_pageRows(qMax(1, pageRows))
{
    // Whether the node has a hub is asked once (SyncLedger::overview() counts the outbox) and again
    // only when a sync run ends or an enrollment is made (SyncEvents), not at every reload.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_states.clear(); });
    connect(&SyncEvents::instance(), &SyncEvents::statesChanged, this, &SyncStateColumn::invalidate);
}

SyncStateColumn::~SyncStateColumn() = default;

bool SyncStateColumn::hasHub() const
{
    if (m_hasHub < 0)
        m_hasHub = m_ledger->overview().hubUrl.isEmpty() ? 0 : 1;
    return m_hasHub == 1;
}

QString SyncStateColumn::text(int row) const
{
    if (!hasHub())
        return QString();
    const QString id = m_idAt(row);
    if (id.isEmpty())
        return QString();
    auto it = m_states.constFind(id);
    if (it == m_states.constEnd()) {
        loadPage(row);
        it = m_states.constFind(id);
    }
    return it == m_states.constEnd() ? QString() : SyncLedger::stateText(it.value());
}

void SyncStateColumn::loadPage(int row) const
{
    const int first = row - row % m_pageRows;
    const int last = qMin(m_model->rowCount() - 1, first + m_pageRows - 1);
    QStringList ids;
    for (int r = first; r <= last; ++r) {
        const QString id = m_idAt(r);
        if (!id.isEmpty() && !m_states.contains(id))
            ids << id;
    }
    if (!ids.contains(m_idAt(row)))
        ids << m_idAt(row);
    const QHash<QString, RecordSyncState> read = m_ledger->states(m_table, ids);
    for (const QString &id : std::as_const(ids))
        m_states.insert(id, read.value(id, RecordSyncState::None));
}

void SyncStateColumn::invalidate()
{
    m_states.clear();
    m_hasHub = -1;
    showOrHide();
    const int rows = m_model->rowCount();
    if (rows > 0)
        Q_EMIT m_model->dataChanged(m_model->index(0, m_column), m_model->index(rows - 1, m_column), {Qt::DisplayRole});
}

void SyncStateColumn::placeIn(QTableView *view, int afterColumn)
{
    m_view = view;
    QHeaderView *header = view->horizontalHeader();
    header->moveSection(header->visualIndex(m_column), header->visualIndex(afterColumn) + 1);
    const QFontMetrics cells = view->fontMetrics();
    int widest = QFontMetrics(header->font()).horizontalAdvance(m_model->headerData(m_column, Qt::Horizontal).toString());
    for (RecordSyncState s : {RecordSyncState::Pending, RecordSyncState::Sent, RecordSyncState::Synced, RecordSyncState::Returned,
                              RecordSyncState::Error, RecordSyncState::Conflict, RecordSyncState::Local})
        widest = qMax(widest, cells.horizontalAdvance(SyncLedger::stateText(s)));
    header->resizeSection(m_column, widest + 2 * cells.horizontalAdvance(QLatin1Char('M')));
    showOrHide();
}

void SyncStateColumn::showOrHide()
{
    if (m_view)
        m_view->setColumnHidden(m_column, !hasHub());
}

} // namespace ud
