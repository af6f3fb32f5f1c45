#include "ui/accounts/UsersPage.h"

#include "ui/accounts/AddUserDialog.h"
#include "ui/accounts/UserChangeDialog.h"
#include "ui/accounts/UsersModel.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ud {

UsersPage::UsersPage(Accounts &accounts, const Session &session, QWidget *parent)
    : QWidget(parent), m_accounts(accounts), m_session(session)
{
    setObjectName(QStringLiteral("usersPage"));
    m_model = new UsersModel(m_accounts, this);
    m_title = new QLabel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    auto button = [this](const char *name, void (UsersPage::*slot)()) {
        auto *b = new QPushButton(this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    m_add = button("addUserButton", &UsersPage::addUser);
    m_resetPassword = button("resetPasswordButton", &UsersPage::resetPassword);
    m_changeRole = button("changeRoleButton", &UsersPage::changeRole);
    m_toggleDisabled = button("toggleDisabledButton", &UsersPage::toggleDisabled);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_changeRole->isEnabled())
            changeRole();
    });

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_resetPassword, m_changeRole, m_toggleDisabled})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    retranslate();
    m_table->resizeColumnsToContents();
}

void UsersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void UsersPage::retranslate()
{
    m_title->setText(tr("User accounts of this node. Every change is recorded in the audit log with your name."));
    m_add->setText(tr("&Add user…"));
    m_resetPassword->setText(tr("&New password…"));
    m_changeRole->setText(tr("Change &role…"));
    m_model->retranslate();
    updateButtons();
}

void UsersPage::reload()
{
    const auto current = selectedUser();
    m_model->reload();
    if (current)
        selectUser(current->id);
}

std::optional<UserInfo> UsersPage::selectedUser() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? std::nullopt : m_model->userAt(rows.first().row());
}

void UsersPage::selectUser(const QString &userId)
{
    const int row = m_model->rowOf(userId);
    if (row >= 0)
        m_table->selectRow(row);
}

void UsersPage::updateButtons()
{
    const bool admin = mayManageUsers(m_session.role);
    const auto user = selectedUser();
    const bool self = user && user->id == m_session.userId;
    m_add->setEnabled(admin);
    m_resetPassword->setEnabled(admin && user);
    m_changeRole->setEnabled(admin && user && !self);
    m_toggleDisabled->setEnabled(admin && user && !self);
    m_toggleDisabled->setText(user && user->disabled ? tr("&Enable…") : tr("&Disable…"));
    const QString selfHint = self ? tr("Nobody can change their own role or disable their own account; ask another "
                                       "administrator.")
                                  : QString();
    m_changeRole->setToolTip(selfHint);
    m_toggleDisabled->setToolTip(selfHint);
}

void UsersPage::addUser()
{
    const auto node = NodeIdentity::load(m_accounts.store().database());
    AddUserDialog dialog(m_accounts, node ? node->orgUnit : m_session.orgUnit, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->reload();
    selectUser(dialog.createdUserId());
    emit usersChanged();
}

void UsersPage::resetPassword()
{
    const auto user = selectedUser();
    if (!user)
        return;
    UserChangeDialog dialog(m_accounts, *user, UserChangeDialog::Kind::ResetPassword, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit usersChanged();
    }
}

void UsersPage::changeRole()
{
    const auto user = selectedUser();
    if (!user)
        return;
    UserChangeDialog dialog(m_accounts, *user, UserChangeDialog::Kind::ChangeRole, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit usersChanged();
    }
}

void UsersPage::toggleDisabled()
{
    const auto user = selectedUser();
    if (!user)
        return;
    UserChangeDialog dialog(m_accounts, *user, UserChangeDialog::Kind::ToggleDisabled, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit usersChanged();
    }
}

} // namespace ud
