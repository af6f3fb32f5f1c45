#include "ui/mediation/CasesModel.h"

#include "mediation/MediationStateMachine.h"
#include "core/Money.h"

#include <QBrush>
#include <QPalette>

namespace ud {

namespace {
constexpr int kPageSize = 200;
}

CasesModel::CasesModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_repo(db) {}

int CasesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CasesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CaseListRow *CasesModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant CasesModel::data(const QModelIndex &index, int role) const
{
    const CaseListRow *r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    if (role == Qt::TextAlignmentRole && (index.column() == ClaimedColumn || index.column() == PaidColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
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

bool CasesModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

QList<CaseListRow> CasesModel::nextPage(const MediationRepository::PageKey &after, int limit) const
{
    return m_repo.page(m_filter, m_sort, m_order, after, limit);
}

void CasesModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const MediationRepository::PageKey after =
        m_rows.isEmpty() ? MediationRepository::PageKey{} : MediationRepository::keyOf(m_rows.last(), m_sort);
    const QList<CaseListRow> page = nextPage(after, kPageSize);
    m_atEnd = page.size() < kPageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

bool CasesModel::isSortable(int column)
{
    return column == CaseNoColumn || column == StatusColumn || column == ReceivedColumn || column == EmployerColumn;
}

void CasesModel::sort(int column, Qt::SortOrder order)
{
    MediationRepository::Sort sort;
    switch (column) {
    case CaseNoColumn: sort = MediationRepository::Sort::CaseNo; break;
    case StatusColumn: sort = MediationRepository::Sort::Status; break;
    case ReceivedColumn: sort = MediationRepository::Sort::ReceivedOn; break;
    case EmployerColumn: sort = MediationRepository::Sort::Employer; break;
    default: return;
    }
    if (sort == m_sort && order == m_order)
        return;
    m_sort = sort;
    m_order = order;
    refresh();
}

void CasesModel::setFilter(const MediationRepository::Filter &filter)
{
    m_filter = filter;
    refresh();
}

void CasesModel::refresh()
{
    // The first page is read inside the reset, so views never see a fetch during it.
    beginResetModel();
    m_rows = nextPage({}, kPageSize);
    m_atEnd = m_rows.size() < kPageSize;
    m_total = m_atEnd ? int(m_rows.size()) : m_repo.count(m_filter);
    endResetModel();
}

QList<CaseListRow> CasesModel::allRows() const
{
    QList<CaseListRow> all;
    MediationRepository::PageKey after;
    for (;;) {
        const QList<CaseListRow> page = nextPage(after, 1000);
        all += page;
        if (page.size() < 1000)
            break;
        after = MediationRepository::keyOf(page.last(), m_sort);
    }
    return all;
}

} // namespace ud
