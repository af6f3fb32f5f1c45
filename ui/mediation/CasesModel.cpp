#include "ui/mediation/CasesModel.h"

#include "mediation/MediationStateMachine.h"
#include "core/Money.h"

#include <QBrush>
#include <QPalette>

namespace ud {

CasesModel::CasesModel(Database &db, QObject *parent) : CaseRows(parent), m_repo(db)
{
    m_sortColumn = ReceivedColumn;
    m_sortOrder = Qt::DescendingOrder;
}

int CasesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CaseListRow *CasesModel::rowAt(int row) const
{
    return rowPtr(row);
}

QVariant CasesModel::data(const QModelIndex &index, int role) const
{
    const CaseListRow *r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    if (role == Qt::TextAlignmentRole && (index.column() == ClaimedColumn || index.column() == PaidColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole || role == IdRole)
        return r->id;
    if (role == Qt::ToolTipRole && index.column() == ApplicantsColumn && r->collective)
        return tr("Collective dispute, %n workers", nullptr, r->workerCount);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CaseNoColumn: return r->caseNo;
    case StatusColumn: return MediationStateMachine::statusName(r->status);
    case ReceivedColumn: return r->receivedOn.toString(Qt::ISODate);
    case ApplicantsColumn:
        return r->collective ? tr("%1 (collective)").arg(r->applicants) : r->applicants;
    case EmployerColumn: return r->employerName;
    case DisputeTypeColumn: return m_namer ? m_namer(QStringLiteral("dispute_type"), r->disputeType) : r->disputeType;
    case MediatorsColumn: return r->mediators;
    case ClaimedColumn: return Money::formatYuan(r->claimedFen);
    case PaidColumn: return r->agreedFen > 0 ? tr("%1 of %2").arg(Money::formatYuan(r->paidFen), Money::formatYuan(r->agreedFen))
                                             : QString();
    default: return {};
    }
}

QVariant CasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseNoColumn: return tr("Case number");
    case StatusColumn: return tr("Status");
    case ReceivedColumn: return tr("Received");
    case ApplicantsColumn: return tr("Applicants");
    case EmployerColumn: return tr("Employer");
    case DisputeTypeColumn: return tr("Dispute type");
    case MediatorsColumn: return tr("Mediators");
    case ClaimedColumn: return tr("Claimed (yuan)");
    case PaidColumn: return tr("Paid of agreed (yuan)");
    default: return {};
    }
}

std::optional<MediationRepository::Sort> CasesModel::sortForColumn(int column)
{
    using Sort = MediationRepository::Sort;
    switch (column) {
    case CaseNoColumn: return Sort::CaseNo;
    case StatusColumn: return Sort::Status;
    case ReceivedColumn: return Sort::ReceivedOn;
    case EmployerColumn: return Sort::Employer;
    default: return std::nullopt;
    }
}

bool CasesModel::isSortable(int column) const
{
    return sortForColumn(column).has_value();
}

MediationRepository::Sort CasesModel::currentSort() const
{
    return sortForColumn(m_sortColumn).value_or(MediationRepository::Sort::ReceivedOn);
}

void CasesModel::setFilter(const MediationRepository::Filter &filter)
{
    m_filter = filter;
    reload(0);
}

void CasesModel::refresh()
{
    // The first page again, however many pages were loaded before.
    reload(0);
}

QList<CaseListRow> CasesModel::pageAfter(const CaseListRow *last, int limit) const
{
    const auto sort = currentSort();
    const MediationRepository::PageKey after = last ? MediationRepository::keyOf(*last, sort) : MediationRepository::PageKey{};
    return m_repo.page(m_filter, sort, m_sortOrder, after, limit);
}

int CasesModel::countAll() const
{
    return m_repo.count(m_filter);
}

QList<CaseListRow> CasesModel::allRows() const
{
    constexpr int kExportPage = 1000;
    return everyRow(kExportPage);
}

} // namespace ud
