#include "ui/accounts/UserChangeDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ud {

UserChangeDialog::UserChangeDialog(Accounts &accounts, const UserInfo &user, Kind kind, QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_user(user), m_kind(kind)
{
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    const QString who = user.displayName == user.username ? user.username
                                                          : tr("%1 (%2)").arg(user.displayName, user.username);
    switch (kind) {
    case Kind::ResetPassword: {
        setObjectName(QStringLiteral("resetPasswordDialog"));
        setWindowTitle(tr("Set a new password"));
        intro->setText(tr("New password for %1. This also lifts a lock-out after failed logins.").arg(who));
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("userChangePasswordEdit"));
        m_password->setEchoMode(QLineEdit::Password);
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("userChangePasswordRepeatEdit"));
        m_repeat->setEchoMode(QLineEdit::Password);
        auto *generate = new QPushButton(tr("&Generate"), this);
        generate->setObjectName(QStringLiteral("userChangeGenerateButton"));
        connect(generate, &QPushButton::clicked, this, [this] {
            const QString password = PasswordHasher::generatePassword();
            m_password->setEchoMode(QLineEdit::Normal); // to hand on; never shown again
            m_password->setText(password);
            m_repeat->setText(password);
        });
        auto *row = new QHBoxLayout;
        row->addWidget(m_password, 1);
        row->addWidget(generate);
        // A row of widgets has no label of its own: the label is given the line as its buddy,
        // else the access key is shown as text (密码(&P)) and does nothing.
        auto *passwordLabel = new QLabel(tr("&Password:"), this);
        passwordLabel->setBuddy(m_password);
        form->addRow(passwordLabel, row);
        form->addRow(tr("R&epeat password:"), m_repeat);
        break;
    }
    case Kind::ChangeRole:
        setObjectName(QStringLiteral("changeRoleDialog"));
        setWindowTitle(tr("Change the role"));
        intro->setText(tr("Role of %1, now: %2.").arg(who, roleDisplayName(user.role)));
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("userChangeRoleCombo"));
        for (Role r : {Role::Mediator, Role::UnionChair, Role::Reviewer, Role::Administrator})
            m_role->addItem(roleDisplayName(r), roleKey(r));
        m_role->setCurrentIndex(m_role->findData(roleKey(user.role)));
        form->addRow(tr("&Role:"), m_role);
        break;
    case Kind::ToggleDisabled:
        setObjectName(QStringLiteral("toggleDisabledDialog"));
        setWindowTitle(user.disabled ? tr("Enable the account") : tr("Disable the account"));
        intro->setText(user.disabled ? tr("Enable %1 again? The user can log in with the current password.").arg(who)
                                     : tr("Disable %1? The user can no longer log in; the records and the history "
                                          "stay as they are.")
                                           .arg(who));
        break;
    }
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("userChangeReasonEdit"));
    m_reason->setPlaceholderText(tr("Goes into the audit log"));
    form->addRow(tr("Rea&son:"), m_reason);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("userChangeError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserChangeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserChangeDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(400);
}

Status UserChangeDialog::apply()
{
    const QString reason = m_reason->text().trimmed();
    switch (m_kind) {
    case Kind::ResetPassword:
        if (Status s = PasswordHasher::checkPassword(m_password->text()); !s)
            return s;
        if (m_password->text() != m_repeat->text())
            return Status::failure(tr("The two passwords are not the same; type the password again in both fields."));
        if (reason.isEmpty())
            return Status::failure(tr("Give a reason; it goes into the audit log."));
        return m_accounts.setPassword(m_user.id, m_password->text(), reason);
    case Kind::ChangeRole:
        if (reason.isEmpty())
            return Status::failure(tr("Give a reason; it goes into the audit log."));
        return m_accounts.setRole(m_user.id, roleFromKey(m_role->currentData().toString()).value_or(m_user.role), reason);
    case Kind::ToggleDisabled:
        if (reason.isEmpty())
            return Status::failure(tr("Give a reason; it goes into the audit log."));
        return m_accounts.setDisabled(m_user.id, !m_user.disabled, reason);
    }
    return Status::success();
}

void UserChangeDialog::accept()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = apply();
    QApplication::restoreOverrideCursor();
    if (!s) {
        m_error->setText(s.error());
        return;
    }
    QDialog::accept();
}

} // namespace ud
