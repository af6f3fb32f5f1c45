#pragma once

#include "storage/Accounts.h"

#include <QAbstractTableModel>
#include <QHash>

namespace ud {

// The accounts of this node as a flat table for UsersPage. Read through Accounts::list();
// reload() after a change.
class UsersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { UsernameColumn, NameColumn, RoleColumn, OrgUnitColumn, StatusColumn, LastLoginColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole;

    explicit UsersModel(Accounts &accounts, QObject *parent = nullptr);

    void reload();
    // After a language change: the header and the role / status texts.
    void retranslate();
    std::optional<UserInfo> userAt(int row) const;
    int rowOf(const QString &userId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString statusText(const UserInfo &user) const;

    Accounts &m_accounts;
    QList<UserInfo> m_users;
    QHash<QString, QString> m_unitNames; // org-unit code → short name
};

} // namespace ud
