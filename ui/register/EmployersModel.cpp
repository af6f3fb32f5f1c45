#include "ui/register/EmployersModel.h"

#include "core/DisplayFormat.h"
#include "ui/sync/SyncStateColumn.h"

namespace ud {

EmployersModel::EmployersModel(Database &db, QObject *parent)
    : EmployerRows(parent), m_repo(db), m_ownLookups(std::make_unique<CodeListCache>(db)), m_lookups(m_ownLookups.get()),
      m_sync(new SyncStateColumn(db, QStringLiteral("employers"), this, SyncColumn, [this](int row) { return idAt(row); }))
{
    m_sortColumn = NameColumn;
    reload(0);
}

EmployersModel::EmployersModel(Database &db, const CodeListCache &lookups, bool loadNow, QObject *parent)
    : EmployerRows(parent), m_repo(db), m_lookups(&lookups),
      m_sync(new SyncStateColumn(db, QStringLiteral("employers"), this, SyncColumn, [this](int row) { return idAt(row); }))
{
    m_sortColumn = NameColumn;
    if (loadNow)
        reload(0);
}

int EmployersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EmployersModel::display(const Employer &e, int column) const
{
    switch (column) {
    case NameColumn: return e.name;
    case CreditCodeColumn: return e.creditCode;
    case TypeColumn: return m_lookups->codeName(QStringLiteral("employer_type"), e.employerType);
    case IndustryColumn: return m_lookups->codeName(QStringLiteral("industry"), e.industry);
    case EmployeeCountColumn: return e.employeeCount ? DisplayFormat::count(*e.employeeCount) : QString();
    case HundredPlusColumn: return e.employeeCount ? (e.hundredPlus() ? tr("Yes") : tr("No")) : QString();
    case UnionColumn: return e.unionFounded ? tr("Yes") : QString();
    case DistrictColumn: return m_lookups->unitName(e.district);
    case StreetColumn: return m_lookups->unitName(e.street);
    case UpdatedColumn: return DisplayFormat::dayOf(e.updatedAt);
    default: return {};
    }
}

QVariant EmployersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Employer &e = m_rows.at(index.row());
    if (index.column() == SyncColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        return m_sync->text(index.row());
    switch (role) {
    case IdRole: return e.id;
    case Qt::TextAlignmentRole:
        if (index.column() == EmployeeCountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == HundredPlusColumn || index.column() == UnionColumn)
            return int(Qt::AlignCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == IndustryColumn && !e.industry.isEmpty())
            return QStringLiteral("%1 %2").arg(e.industry, display(e, IndustryColumn).toString());
        if (index.column() == CreditCodeColumn && !e.creditCodeOverride.isEmpty())
            return tr("Kept although its check character fails: %1").arg(e.creditCodeOverride);
        return display(e, index.column());
    case Qt::DisplayRole: return display(e, index.column());
    default: return {};
    }
}

QVariant EmployersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case CreditCodeColumn: return tr("Credit code");
    case TypeColumn: return tr("Type");
    case IndustryColumn: return tr("Industry");
    case EmployeeCountColumn: return tr("Employees");
    case HundredPlusColumn: return tr("100+");
    case UnionColumn: return tr("Union");
    case DistrictColumn: return tr("District");
    case StreetColumn: return tr("Street");
    case UpdatedColumn: return tr("Updated");
    case SyncColumn: return tr("Sync");
    default: return {};
    }
}

std::optional<RegisterRepository::EmployerSort> EmployersModel::sortForColumn(int column)
{
    using Sort = RegisterRepository::EmployerSort;
    switch (column) {
    case NameColumn: return Sort::Name;
    case CreditCodeColumn: return Sort::CreditCode;
    case IndustryColumn: return Sort::Industry;
    case EmployeeCountColumn:
    case HundredPlusColumn: return Sort::EmployeeCount;
    case DistrictColumn:
    case StreetColumn: return Sort::District;
    case UpdatedColumn: return Sort::UpdatedAt;
    default: return std::nullopt;
    }
}

bool EmployersModel::isSortable(int column) const
{
    return sortForColumn(column).has_value();
}

const Employer *EmployersModel::employerAt(int row) const
{
    return rowPtr(row);
}

void EmployersModel::setFilter(const RegisterRepository::EmployerFilter &filter, const QString &nameFirst)
{
    m_filter = filter;
    m_nameFirst = nameFirst;
    reload(0);
}

RegisterRepository::EmployerSort EmployersModel::currentSort() const
{
    return sortForColumn(m_sortColumn).value_or(RegisterRepository::EmployerSort::Name);
}

QList<Employer> EmployersModel::pageAfter(const Employer *last, int limit) const
{
    const auto sort = currentSort();
    if (sort == RegisterRepository::EmployerSort::Name) {
        if (!last)
            return m_byName.first([this, sort](int rows) { return m_repo.employersPage(m_filter, sort, m_sortOrder, {}, rows); },
                                  m_nameFirst, m_sortOrder, limit, m_filter.ids.has_value());
        if (m_byName.holding())
            return m_byName.after(last->id, limit);
    } else if (!last) {
        m_byName.drop();
    }
    const RegisterRepository::PageKey after = last ? RegisterRepository::employerKey(*last, sort) : RegisterRepository::PageKey{};
    return m_repo.employersPage(m_filter, sort, m_sortOrder, after, limit);
}

int EmployersModel::countAll() const
{
    return m_repo.countEmployers(m_filter);
}

QList<Employer> EmployersModel::allRows() const
{
    constexpr int kExportPage = 2000;
    return everyRow(kExportPage);
}

} // namespace ud
