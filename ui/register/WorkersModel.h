#pragma once

#include "ui/register/NameOrderedPages.h"
#include "ui/register/RegisterListModel.h"
#include "ui/common/CodeListCache.h"
#include "register/Register.h"
#include "register/RegisterRepository.h"

#include <QList>

namespace ud {

class Database;
class SyncStateColumn;

// The workers (职工) of the register as a lazily loaded table: rowCount() is the rows loaded so
// far; fetchMore() reads the next page after the last loaded row (keyset paging, so the
// 200,000th row costs what the first does). ID numbers are always masked here
// (110105********002X); a full number is only ever shown by the detail pane, and audited.
using WorkerRows = PagedListRows<Worker, RegisterListModel>;

class WorkersModel : public WorkerRows
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        SexColumn,
        BirthDateColumn,
        IdNumberColumn,
        EmployerColumn,
        PostColumn,
        UnionMemberColumn,
        PhoneColumn,
        UpdatedColumn,
        SyncColumn, // the record's sync state (SyncStateColumn); empty when the node has no hub
        ColumnCount
    };

    explicit WorkersModel(Database &db, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool isSortable(int column) const override;

    const RegisterRepository::WorkerFilter &filter() const { return m_filter; }
    // `nameFirst`: a record of exactly this name comes first when sorted by name (the search).
    void setFilter(const RegisterRepository::WorkerFilter &filter, const QString &nameFirst = {});
    const Worker *workerAt(int row) const;
    // Every row the current filter matches, in the current order (for export); reads the
    // repository page by page and leaves the model as it is.
    QList<Worker> allRows() const;

    static std::optional<RegisterRepository::WorkerSort> sortForColumn(int column);
    // The sync column, for the view to place it (SyncStateColumn::placeIn).
    SyncStateColumn *syncColumn() const { return m_sync; }

protected:
    QList<Worker> pageAfter(const Worker *last, int limit) const override;
    int countAll() const override;

private:
    RegisterRepository::WorkerSort currentSort() const;

    RegisterRepository m_repo;
    RegisterRepository::WorkerFilter m_filter;
    QString m_nameFirst;
    SyncStateColumn *m_sync;
    mutable NameOrderedPages<Worker> m_byName; // sorted by name: pinyin, the searched name first
};

} // namespace ud
