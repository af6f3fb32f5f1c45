#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ud {

class Accounts;

// Creates one account through Accounts::addUser (audited with the acting administrator).
// Problems are shown inline and the dialog stays open with everything typed kept.
class AddUserDialog : public QDialog
{
    Q_OBJECT

public:
    // `defaultOrgUnit` is proposed for the new user (normally the node's own unit).
    AddUserDialog(Accounts &accounts, const QString &defaultOrgUnit, QWidget *parent = nullptr);

    QString createdUserId() const { return m_createdId; }
    void accept() override;

private:
    void generatePassword();
    void showError(const QString &message, QWidget *focus);

    Accounts &m_accounts;
    QLineEdit *m_username;
    QLineEdit *m_displayName;
    QComboBox *m_role;
    QLineEdit *m_orgUnit;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLineEdit *m_reason;
    QLabel *m_error;
    QString m_createdId;
};

} // namespace ud
