#include "ui/accounts/AddUserDialog.h"

#include "storage/Accounts.h"

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

AddUserDialog::AddUserDialog(Accounts &accounts, const QString &defaultOrgUnit, QWidget *parent)
    : QDialog(parent), m_accounts(accounts)
{
    setObjectName(QStringLiteral("addUserDialog"));
    setWindowTitle(tr("Add a user"));

    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("addUserUsernameEdit"));
    m_username->setMaxLength(32);
    m_username->setPlaceholderText(tr("e.g. wang.fang"));
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("addUserDisplayNameEdit"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("addUserRoleCombo"));
    for (Role r : {Role::Mediator, Role::UnionChair, Role::Reviewer, Role::Administrator})
        m_role->addItem(roleDisplayName(r), roleKey(r));
    m_orgUnit = new QLineEdit(defaultOrgUnit, this);
    m_orgUnit->setObjectName(QStringLiteral("addUserOrgEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("addUserPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("addUserPasswordRepeatEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    auto *generate = new QPushButton(tr("&Generate"), this);
    generate->setObjectName(QStringLiteral("addUserGenerateButton"));
    generate->setToolTip(tr("Fill in a random password and show it, to hand on to the user"));
    connect(generate, &QPushButton::clicked, this, &AddUserDialog::generatePassword);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("addUserReasonEdit"));
    m_reason->setPlaceholderText(tr("Optional, e.g. new mediator of the station"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("addUserError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);

    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(generate);
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Full name:"), m_displayName);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Organisation unit code:"), m_orgUnit);
    auto *passwordLabel = new QLabel(tr("&Password:"), this); // a row has no buddy of its own
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, passwordRow);
    form->addRow(tr("R&epeat password:"), m_repeat);
    form->addRow(tr("Rea&son:"), m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddUserDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void AddUserDialog::generatePassword()
{
    const QString password = PasswordHasher::generatePassword();
    // Shown in clear so the administrator can hand it on; it is never shown again.
    m_password->setEchoMode(QLineEdit::Normal);
    m_password->setText(password);
    m_repeat->setText(password);
}

void AddUserDialog::showError(const QString &message, QWidget *focus)
{
    m_error->setText(message);
    if (focus)
        focus->setFocus();
}

void AddUserDialog::accept()
{
    const QString username = m_username->text().trimmed();
    if (Status s = Accounts::checkUsername(username); !s)
        return showError(s.error(), m_username);
    if (Status s = PasswordHasher::checkPassword(m_password->text()); !s)
        return showError(s.error(), m_password);
    if (m_password->text() != m_repeat->text())
        return showError(tr("The two passwords are not the same; type the password again in both fields."), m_repeat);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto created = m_accounts.addUser(username, m_displayName->text(),
                                            roleFromKey(m_role->currentData().toString()).value_or(Role::Mediator),
                                            m_password->text(), m_orgUnit->text().trimmed(), m_reason->text().trimmed());
    QApplication::restoreOverrideCursor();
    if (!created)
        return showError(created.error(), m_username);
    m_createdId = created.value();
    QDialog::accept();
}

} // namespace ud
