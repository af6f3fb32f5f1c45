#pragma once

#include "storage/Accounts.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ud {

// One administrator change of an existing account: a new password, another role, or disabling /
// enabling it. Always asks for the reason that goes into the audit log, and applies the change
// through Accounts when confirmed. A refused change (e.g. demoting the last administrator) is
// shown inline and the dialog stays open with everything typed kept.
class UserChangeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { ResetPassword, ChangeRole, ToggleDisabled };

    UserChangeDialog(Accounts &accounts, const UserInfo &user, Kind kind, QWidget *parent = nullptr);

    void accept() override;

private:
    Status apply();

    Accounts &m_accounts;
    UserInfo m_user;
    Kind m_kind;
    QComboBox *m_role = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLineEdit *m_reason;
    QLabel *m_error;
};

} // namespace ud
