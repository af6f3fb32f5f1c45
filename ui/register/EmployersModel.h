#pragma once

#include "ui/register/NameOrderedPages.h"
#include "ui/register/RegisterListModel.h"
#include "ui/common/CodeListCache.h"
#include "register/Register.h"
#include "register/RegisterRepository.h"

#include <QList>

#include <memory>

namespace ud {

class SyncStateColumn;

class Database;

// The employers (用人单位) of the register as a lazily loaded table, like WorkersModel: pages
// read after the last loaded row, sorted and filtered by the repository. The 百人以上 column is
// derived from the employee count, never stored.
using EmployerRows = PagedListRows<Employer, RegisterListModel>;

class EmployersModel : public EmployerRows
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        CreditCodeColumn,
        TypeColumn,
        IndustryColumn,
        EmployeeCountColumn,
        HundredPlusColumn,
        UnionColumn,
        DistrictColumn,
        StreetColumn,
        UpdatedColumn,
        SyncColumn, // the record's sync state (SyncStateColumn); empty when the node has no hub
        ColumnCount
    };

    // Loads the first page now, with lookups of its own.
    explicit EmployersModel(Database &db, QObject *parent = nullptr);
    // With the page's lookups (kept alive by the caller); with `loadNow` false the model stays
    // empty until refresh(), setFilter() or sort() first loads it (a list in a hidden tab).
    EmployersModel(Database &db, const CodeListCache &lookups, bool loadNow, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool isSortable(int column) const override;

    const RegisterRepository::EmployerFilter &filter() const { return m_filter; }
    // `nameFirst`: a record of exactly this name comes first when sorted by name (the search).
    void setFilter(const RegisterRepository::EmployerFilter &filter, const QString &nameFirst = {});
    const Employer *employerAt(int row) const;
    // Every row the current filter matches, in the current order (for export).
    QList<Employer> allRows() const;

    static std::optional<RegisterRepository::EmployerSort> sortForColumn(int column);
    // The sync column, for the view to place it (SyncStateColumn::placeIn).
    SyncStateColumn *syncColumn() const { return m_sync; }

protected:
    QList<Employer> pageAfter(const Employer *last, int limit) const override;
    int countAll() const override;

private:
    RegisterRepository::EmployerSort currentSort() const;
    QVariant display(const Employer &e, int column) const;

    RegisterRepository m_repo;
    std::unique_ptr<CodeListCache> m_ownLookups;
    const CodeListCache *m_lookups;
    SyncStateColumn *m_sync;
    RegisterRepository::EmployerFilter m_filter;
    QString m_nameFirst;
    mutable NameOrderedPages<Employer> m_byName; // sorted by name: pinyin, the searched name first
};

} // namespace ud
