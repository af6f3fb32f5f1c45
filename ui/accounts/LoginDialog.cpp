#include "ui/accounts/LoginDialog.h"
#include "ui/common/UiConventions.h"

#include "core/Clock.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ud {

LoginDialog::LoginDialog(Accounts &accounts, QWidget *parent, const Clock *clock)
    : QDialog(parent), m_accounts(accounts), m_clock(clock)
{
    setObjectName(QStringLiteral("loginDialog"));
    // Return in the password field logs in: logging in changes no record (UiConventions).
    setProperty(UiConventions::kReturnAccepts, true);
    setWindowTitle(tr("Log in to UnionDesk"));

    m_node = new QLabel(this);
    m_node->setObjectName(QStringLiteral("loginNodeLabel"));
    m_node->setWordWrap(true);
    const auto node = NodeIdentity::load(m_accounts.store().database());
    m_node->setText(node ? tr("<b>%1</b><br>%2").arg(node->displayName.toHtmlEscaped(), node->orgUnitName.toHtmlEscaped())
                         : tr("<b>UnionDesk</b>"));

    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("loginUsernameEdit"));
    m_username->setMaxLength(64);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("loginPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_node);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(360);
    m_username->setFocus();
}

void LoginDialog::setUsername(const QString &username, bool fixed)
{
    m_username->setText(username);
    m_username->setReadOnly(fixed);
    if (!username.isEmpty())
        m_password->setFocus();
}

QString LoginDialog::username() const
{
    return m_username->text().trimmed();
}

void LoginDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    // A wrapped message (the lock-out explanation takes several lines) needs more height than the
    // dialog was given when it opened: grow to fit it, never clip it.
    if (QLayout *l = layout()) {
        l->activate();
        const int needed = std::max(heightForWidth(width()), minimumSizeHint().height());
        if (needed > height())
            resize(width(), needed);
    }
}

void LoginDialog::accept()
{
    if (username().isEmpty()) {
        showError(tr("Enter your user name."));
        m_username->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    const QDateTime now = m_clock ? m_clock->nowUtc() : QDateTime::currentDateTimeUtc();
    QApplication::setOverrideCursor(Qt::WaitCursor); // Argon2id takes a moment on purpose
    auto result = m_accounts.authenticate(username(), m_password->text(), now);
    QApplication::restoreOverrideCursor();
    if (!result) {
        showError(result.error());
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_password->clear();
    m_session = result.take();
    QDialog::accept();
}

} // namespace ud
