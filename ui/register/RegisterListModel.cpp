#include "ui/register/RegisterListModel.h"

namespace ud {

int RegisterListModel::fetchUntil(const QString &id, int maxRows)
{
    int row = rowOfId(id);
    while (row < 0 && rowCount() < maxRows && canFetchMore(QModelIndex())) {
        fetchMore(QModelIndex());
        row = rowOfId(id);
    }
    return row;
}

void RegisterListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace ud
