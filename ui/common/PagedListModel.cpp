#include "ui/common/PagedListModel.h"

namespace ud {

bool PagedListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void PagedListModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload(0);
}

void PagedListModel::refresh()
{
    reload(rowCount());
}

int PagedListModel::fetchUntil(const QString &id, int maxRows)
{
    int row = rowOfId(id);
    while (row < 0 && rowCount() < maxRows && canFetchMore(QModelIndex())) {
        fetchMore(QModelIndex());
        row = rowOfId(id);
    }
    return row;
}

void PagedListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace ud
