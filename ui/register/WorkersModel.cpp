#include "ui/register/WorkersModel.h"

#include "core/ResidentId.h"

namespace ud {

WorkersModel::WorkersModel(Database &db, QObject *parent) : RegisterListModel(parent), m_repo(db)
{
    m_sortColumn = NameColumn;
    reload(0);
}

int WorkersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
    case BirthDateColumn: return w.birthDate.isValid() ? w.birthDate.toString(Qt::ISODate) : QString();
    case IdNumberColumn: return w.idNumber.isEmpty() ? QString() : ResidentId::mask(w.idNumber);
    case EmployerColumn: return w.employerName;
    case PostColumn: return w.post;
    case UnionMemberColumn: return w.unionMember ? tr("Yes") : QString();
    case PhoneColumn: return w.phone;
    case UpdatedColumn: return w.updatedAt.left(10);
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
    default: return {};
    }
}

bool WorkersModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void WorkersModel::fetchMore(const QModelIndex &parent)
{
    // Views and testers may call back into fetchMore() from the row signals; one load at a time.
    if (parent.isValid() || m_atEnd || m_loading)
        return;
    const QList<Worker> page = nextPage();
    if (page.isEmpty()) {
        m_atEnd = true;
        return;
    }
    m_loading = true;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    appendRows(page);
    endInsertRows();
    m_loading = false;
    Q_EMIT countsChanged();
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

void WorkersModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload(0);
}

QString WorkersModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int WorkersModel::rowOfId(const QString &id) const
{
    return m_rowOfId.value(id, -1);
}

const Worker *WorkersModel::workerAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void WorkersModel::setFilter(const RegisterRepository::WorkerFilter &filter)
{
    m_filter = filter;
    reload(0);
}

void WorkersModel::refresh()
{
    reload(int(m_rows.size()));
}

QList<Worker> WorkersModel::nextPage() const
{
    const auto sort = sortForColumn(m_sortColumn).value_or(RegisterRepository::WorkerSort::Name);
    const RegisterRepository::PageKey after =
        m_rows.isEmpty() ? RegisterRepository::PageKey{} : RegisterRepository::workerKey(m_rows.constLast(), sort);
    return m_repo.workersPage(m_filter, sort, m_sortOrder, after, m_pageSize);
}

void WorkersModel::appendRows(const QList<Worker> &rows)
{
    for (const Worker &w : rows) {
        m_rowOfId.insert(w.id, int(m_rows.size()));
        m_rows << w;
    }
    if (rows.size() < m_pageSize)
        m_atEnd = true;
}

// Reads the first page again (or as many pages as were loaded), inside one model reset.
void WorkersModel::reload(int keepRows)
{
    m_loading = true;
    beginResetModel();
    m_rows.clear();
    m_rowOfId.clear();
    m_atEnd = false;
    m_total = m_repo.countWorkers(m_filter);
    do {
        const QList<Worker> page = nextPage();
        appendRows(page);
        if (page.isEmpty())
            m_atEnd = true;
    } while (!m_atEnd && m_rows.size() < keepRows);
    endResetModel();
    m_loading = false;
    Q_EMIT countsChanged();
}

QList<Worker> WorkersModel::allRows() const
{
    const auto sort = sortForColumn(m_sortColumn).value_or(RegisterRepository::WorkerSort::Name);
    constexpr int kExportPage = 2000;
    QList<Worker> out;
    RegisterRepository::PageKey after;
    for (;;) {
        const QList<Worker> page = m_repo.workersPage(m_filter, sort, m_sortOrder, after, kExportPage);
        out += page;
        if (page.size() < kExportPage)
            break;
        after = RegisterRepository::workerKey(page.constLast(), sort);
    }
    return out;
}

} // namespace ud
