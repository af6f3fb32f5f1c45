#include "ui/register/WorkersModel.h"

#include "core/DisplayFormat.h"
#include "core/ResidentId.h"
#include "ui/sync/SyncStateColumn.h"

namespace ud {

WorkersModel::WorkersModel(Database &db, QObject *parent) : WorkerRows(parent), m_repo(db),
      m_sync(new SyncStateColumn(db, QStringLiteral("workers"), this, SyncColumn, [this](int row) { return idAt(row); }))
{
    m_sortColumn = NameColumn;
    reload(0);
}

int WorkersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Worker &w = m_rows.at(index.row());
    if (role == IdRole)
        return w.id;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == UnionMemberColumn || index.column() == SexColumn)
            return int(Qt::AlignCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn: return w.name;
    case SexColumn: return CodeListCache::sexName(w.sex);
    case BirthDateColumn: return DisplayFormat::date(w.birthDate);
    case IdNumberColumn: return w.idNumber.isEmpty() ? QString() : ResidentId::mask(w.idNumber);
    case EmployerColumn: return w.employerName;
    case PostColumn: return w.post;
    case UnionMemberColumn: return w.unionMember ? tr("Yes") : QString();
    case PhoneColumn: return w.phone;
    case UpdatedColumn: return DisplayFormat::dayOf(w.updatedAt);
    case SyncColumn: return m_sync->text(index.row());
    default: return {};
    }
}

QVariant WorkersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case SexColumn: return tr("Sex");
    case BirthDateColumn: return tr("Birth date");
    case IdNumberColumn: return tr("ID number");
    case EmployerColumn: return tr("Employer");
    case PostColumn: return tr("Post");
    case UnionMemberColumn: return tr("Member");
    case PhoneColumn: return tr("Phone");
    case UpdatedColumn: return tr("Updated");
    case SyncColumn: return tr("Sync");
    default: return {};
    }
}

std::optional<RegisterRepository::WorkerSort> WorkersModel::sortForColumn(int column)
{
    using Sort = RegisterRepository::WorkerSort;
    switch (column) {
    case NameColumn: return Sort::Name;
    case BirthDateColumn: return Sort::BirthDate;
    case EmployerColumn: return Sort::Employer;
    case UpdatedColumn: return Sort::UpdatedAt;
    default: return std::nullopt;
    }
}

bool WorkersModel::isSortable(int column) const
{
    return sortForColumn(column).has_value();
}

const Worker *WorkersModel::workerAt(int row) const
{
    return rowPtr(row);
}

void WorkersModel::setFilter(const RegisterRepository::WorkerFilter &filter, const QString &nameFirst)
{
    m_filter = filter;
    m_nameFirst = nameFirst;
    reload(0);
}

RegisterRepository::WorkerSort WorkersModel::currentSort() const
{
    return sortForColumn(m_sortColumn).value_or(RegisterRepository::WorkerSort::Name);
}

QList<Worker> WorkersModel::pageAfter(const Worker *last, int limit) const
{
    const auto sort = currentSort();
    if (sort == RegisterRepository::WorkerSort::Name) {
        if (!last)
            return m_byName.first([this, sort](int rows) { return m_repo.workersPage(m_filter, sort, m_sortOrder, {}, rows); },
                                  m_nameFirst, m_sortOrder, limit, m_filter.ids.has_value());
        if (m_byName.holding())
            return m_byName.after(last->id, limit);
    } else if (!last) {
        m_byName.drop();
    }
    const RegisterRepository::PageKey after = last ? RegisterRepository::workerKey(*last, sort) : RegisterRepository::PageKey{};
    return m_repo.workersPage(m_filter, sort, m_sortOrder, after, limit);
}

int WorkersModel::countAll() const
{
    return m_repo.countWorkers(m_filter);
}

QList<Worker> WorkersModel::allRows() const
{
    constexpr int kExportPage = 2000;
    return everyRow(kExportPage);
}

} // namespace ud
