#pragma once

#include "storage/Accounts.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ud {

class Clock;

// Asks for user name and password and checks them through Accounts::authenticate (which writes
// the access log and applies the lock-out). A failed attempt keeps the dialog open with the
// message shown inline, the user name kept and the password field cleared and focused.
//
// The dialog takes the Accounts of the open database (it reads the node's display name from
// the same database) and an optional clock (the system clock when null). It does not change
// RecordStore::actor(): after exec() returns Accepted, the caller sets the actor to
// session().username.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(Accounts &accounts, QWidget *parent = nullptr, const Clock *clock = nullptr);

    // Prefills the user name; `fixed` makes it read-only (unlocking after the idle lock).
    void setUsername(const QString &username, bool fixed = false);
    QString username() const;
    Session session() const { return m_session; }
    void accept() override;

private:
    void showError(const QString &message);

    Accounts &m_accounts;
    const Clock *m_clock;
    QLabel *m_node;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    Session m_session;
};

} // namespace ud
