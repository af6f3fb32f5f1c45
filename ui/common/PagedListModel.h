#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace ud {

// A list read lazily from a repository, a page at a time, in the repository's sort order: the
// register's workers and employers, the mediation cases. rowCount() is the rows loaded so far;
// fetchMore() reads the page after the last loaded row (keyset paging, so the 200,000th row
// costs what the first does). totalCount() is the rows the filter matches: counted by the
// repository unless the first load already reached the end. A sort or filter change reloads from
// the first page inside one model reset; refresh() reloads as many rows as were loaded.
//
// The typed part — the rows, their ids, reading a page — is PagedListRows<Row> below; a list
// derives from that and says how to read a page after a given row and how to count.
class PagedListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kDefaultPageSize = 200;
    enum Roles { IdRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    bool canFetchMore(const QModelIndex &parent) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    virtual QString idAt(int row) const = 0;
    virtual int rowOfId(const QString &id) const = 0; // among the loaded rows; -1 if not loaded
    virtual bool isSortable(int column) const = 0;
    int totalCount() const { return m_total; } // rows the filter matches
    virtual void refresh();

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }

    // Loads pages until `id` is among the loaded rows or `maxRows` are loaded; its row or -1.
    int fetchUntil(const QString &id, int maxRows);

    // After a language change: headers and cells again.
    virtual void retranslate();

Q_SIGNALS:
    // After every reload or page load, for status lines.
    void countsChanged();

protected:
    // Reads the first page again, and further pages until `keepRows` are loaded, in one reset.
    virtual void reload(int keepRows) = 0;

    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_pageSize = kDefaultPageSize;
    int m_total = 0;
    bool m_atEnd = true;    // nothing more to fetch (also before the first load)
    bool m_loading = false; // a page load or reload is under way
};

// The rows of a PagedListModel (or of a class derived from it, `Base`), of a type with an `id`.
// A list implements pageAfter() and countAll(); loading, paging and ids are done here.
template <typename Row, typename Base = PagedListModel>
class PagedListRows : public Base
{
public:
    using Base::Base;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    void fetchMore(const QModelIndex &parent) override
    {
        // Views and testers may call back into fetchMore() from the row signals; one load at a time.
        if (parent.isValid() || this->m_atEnd || this->m_loading)
            return;
        const QList<Row> page = pageAfter(m_rows.isEmpty() ? nullptr : &m_rows.constLast(), this->m_pageSize);
        if (page.isEmpty()) {
            this->m_atEnd = true;
            return;
        }
        this->m_loading = true;
        this->beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
        append(page);
        this->endInsertRows();
        this->m_loading = false;
        Q_EMIT this->countsChanged();
    }

    QString idAt(int row) const override { return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString(); }
    int rowOfId(const QString &id) const override { return m_rowOfId.value(id, -1); }

protected:
    // Up to `limit` rows after `last` (null: from the first) in the current filter and order.
    virtual QList<Row> pageAfter(const Row *last, int limit) const = 0;
    // The rows the current filter matches.
    virtual int countAll() const = 0;

    const Row *rowPtr(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }

    // Every row the filter matches, in the current order, read `pageSize` at a time; leaves the
    // loaded rows as they are (for export).
    QList<Row> everyRow(int pageSize) const
    {
        QList<Row> out;
        for (;;) {
            const QList<Row> page = pageAfter(out.isEmpty() ? nullptr : &out.constLast(), pageSize);
            out += page;
            if (page.size() < pageSize)
                return out;
        }
    }

    void reload(int keepRows) override
    {
        this->m_loading = true;
        this->beginResetModel();
        m_rows.clear();
        m_rowOfId.clear();
        this->m_atEnd = false;
        do {
            const QList<Row> page = pageAfter(m_rows.isEmpty() ? nullptr : &m_rows.constLast(), this->m_pageSize);
            append(page);
            if (page.isEmpty())
                this->m_atEnd = true;
        } while (!this->m_atEnd && m_rows.size() < keepRows);
        // A list read to its end has been counted already.
        this->m_total = this->m_atEnd ? int(m_rows.size()) : countAll();
        this->endResetModel();
        this->m_loading = false;
        Q_EMIT this->countsChanged();
    }

    QList<Row> m_rows;

private:
    void append(const QList<Row> &page)
    {
        for (const Row &row : page) {
            m_rowOfId.insert(row.id, int(m_rows.size()));
            m_rows << row;
        }
        if (page.size() < this->m_pageSize)
            this->m_atEnd = true;
    }

    QHash<QString, int> m_rowOfId;
};

} // namespace ud
