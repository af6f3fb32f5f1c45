#pragma once

#include "mediation/MediationRepository.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

namespace ud {

class Database;

// The case list as a lazily loaded table: rowCount() is the rows loaded so far; fetchMore()
// reads the next page after the last loaded row (keyset paging on MediationRepository).
class CasesModel : public QAbstractTableModel
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

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const MediationRepository::Filter &filter() const { return m_filter; }
    void setFilter(const MediationRepository::Filter &filter);
    void refresh();
    int totalCount() const { return m_total; }
    const CaseListRow *rowAt(int row) const;
    // Every row the filter matches, in the current order (for export).
    QList<CaseListRow> allRows() const;
    static bool isSortable(int column);

private:
    QList<CaseListRow> nextPage(const MediationRepository::PageKey &after, int limit) const;

    MediationRepository m_repo;
    MediationRepository::Filter m_filter;
    MediationRepository::Sort m_sort = MediationRepository::Sort::ReceivedOn;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    QList<CaseListRow> m_rows;
    int m_total = 0;
    bool m_atEnd = true;
    std::function<QString(const QString &, const QString &)> m_namer;
};

} // namespace ud
