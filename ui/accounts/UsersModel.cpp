#include "ui/accounts/UsersModel.h"

#include "core/DisplayFormat.h"
#include "storage/OrgUnitRepository.h"
#include "storage/RecordStore.h"


namespace ud {

UsersModel::UsersModel(Accounts &accounts, QObject *parent) : QAbstractTableModel(parent), m_accounts(accounts)
{
    reload();
}

void UsersModel::reload()
{
    beginResetModel();
    m_users = m_accounts.list();
    m_unitNames.clear();
    const OrgUnitRepository repo(m_accounts.store().database());
    for (const UserInfo &u : std::as_const(m_users)) {
        if (m_unitNames.contains(u.orgUnit))
            continue;
        const auto unit = repo.find(u.orgUnit);
        m_unitNames.insert(u.orgUnit, unit ? unit->shortName : QString());
    }
    endResetModel();
}

void UsersModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_users.isEmpty())
        emit dataChanged(index(0, 0), index(static_cast<int>(m_users.size()) - 1, ColumnCount - 1));
}

std::optional<UserInfo> UsersModel::userAt(int row) const
{
    if (row < 0 || row >= m_users.size())
        return std::nullopt;
    return m_users.at(row);
}

int UsersModel::rowOf(const QString &userId) const
{
    for (int i = 0; i < m_users.size(); ++i)
        if (m_users.at(i).id == userId)
            return i;
    return -1;
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UsersModel::statusText(const UserInfo &user) const
{
    if (user.disabled)
        return tr("Disabled");
    if (user.isLocked(QDateTime::currentDateTimeUtc()))
        return tr("Locked until %1").arg(user.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")));
    return tr("Active");
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserInfo &u = m_users.at(index.row());
    if (role == IdRole)
        return u.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case UsernameColumn: return u.username;
    case NameColumn: return u.displayName;
    case RoleColumn: return roleDisplayName(u.role);
    case OrgUnitColumn: {
        const QString name = m_unitNames.value(u.orgUnit);
        return name.isEmpty() ? u.orgUnit : tr("%1 (%2)").arg(name, u.orgUnit);
    }
    case StatusColumn: return statusText(u);
    case LastLoginColumn:
        // Dates read 2026-12-07 in every list, not the locale's short form (2026/12/7).
        return u.lastLoginAt.isValid() ? DisplayFormat::dateTime(u.lastLoginAt) : tr("never");
    default: return {};
    }
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UsernameColumn: return tr("User name");
    case NameColumn: return tr("Name");
    case RoleColumn: return tr("Role");
    case OrgUnitColumn: return tr("Organisation unit");
    case StatusColumn: return tr("Status");
    case LastLoginColumn: return tr("Last login");
    default: return {};
    }
}

} // namespace ud
