#pragma once

#include "storage/Accounts.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace ud {

class UsersModel;

// The administrator's user management: the accounts of this node in a table and buttons to
// add a user, set a new password, change the role and disable / enable an account. Every
// change asks for a reason and goes through Accounts, so it is audited with the acting user
// (RecordStore::actor(), which the shell sets to the signed-in user). Only a session whose
// role may manage users can change anything; nobody can change their own role or disable
// their own account here.
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    UsersPage(Accounts &accounts, const Session &session, QWidget *parent = nullptr);

    UsersModel *model() const { return m_model; }
    void reload();

signals:
    void usersChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    std::optional<UserInfo> selectedUser() const;
    void selectUser(const QString &userId);
    void addUser();
    void resetPassword();
    void changeRole();
    void toggleDisabled();

    Accounts &m_accounts;
    Session m_session;
    UsersModel *m_model;
    QTableView *m_table;
    QLabel *m_title;
    QPushButton *m_add;
    QPushButton *m_resetPassword;
    QPushButton *m_changeRole;
    QPushButton *m_toggleDisabled;
};

} // namespace ud
