#pragma once

#include <QAbstractTableModel>

namespace ud {

// What the register's list tabs need from their models (WorkersModel, EmployersModel): rows
// loaded lazily a page at a time in the repository's sort order, record ids, the total count of
// the filtered list, and a refresh that keeps roughly as many rows loaded as before.
class RegisterListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kDefaultPageSize = 200;
    enum Roles { IdRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    virtual QString idAt(int row) const = 0;
    virtual int rowOfId(const QString &id) const = 0; // among the loaded rows; -1 if not loaded
    virtual int totalCount() const = 0;                // rows the filter matches
    virtual void refresh() = 0;
    virtual bool isSortable(int column) const = 0;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }

    // Loads pages until `id` is among the loaded rows or `maxRows` are loaded; its row or -1.
    int fetchUntil(const QString &id, int maxRows);

    virtual void retranslate();

Q_SIGNALS:
    // After every reload or page load, for status lines.
    void countsChanged();

protected:
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_pageSize = kDefaultPageSize;
    bool m_loading = false; // a page load or reload is under way
};

} // namespace ud
