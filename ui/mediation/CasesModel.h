#pragma once

#include "mediation/MediationRepository.h"
#include "ui/common/PagedListModel.h"

#include <functional>
#include <optional>

namespace ud {

class Database;

// The case list as a lazily loaded table: rowCount() is the rows loaded so far; fetchMore()
// reads the next page after the last loaded row (keyset paging on MediationRepository). Empty
// until setFilter(), sort() or refresh() first loads it; refresh() reads the first page again.
// A row's id is in Qt::UserRole (and IdRole).
using CaseRows = PagedListRows<CaseListRow>;

class CasesModel : public CaseRows
{
    Q_OBJECT

public:
    enum Column {
        CaseNoColumn,
        StatusColumn,
        ReceivedColumn,
        ApplicantsColumn,
        EmployerColumn,
        DisputeTypeColumn,
        MediatorsColumn,
        ClaimedColumn,
        PaidColumn,
        ColumnCount
    };

    explicit CasesModel(Database &db, QObject *parent = nullptr);

    // Names for codes (dispute types); set by the page from its lookups.
    void setCodeNamer(std::function<QString(const QString &list, const QString &code)> namer) { m_namer = std::move(namer); }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const MediationRepository::Filter &filter() const { return m_filter; }
    void setFilter(const MediationRepository::Filter &filter);
    void refresh() override;
    const CaseListRow *rowAt(int row) const;
    // Every row the filter matches, in the current order (for export).
    QList<CaseListRow> allRows() const;
    bool isSortable(int column) const override;
    static std::optional<MediationRepository::Sort> sortForColumn(int column);

protected:
    QList<CaseListRow> pageAfter(const CaseListRow *last, int limit) const override;
    int countAll() const override;

private:
    MediationRepository::Sort currentSort() const;

    MediationRepository m_repo;
    MediationRepository::Filter m_filter;
    std::function<QString(const QString &, const QString &)> m_namer;
};

} // namespace ud
