#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace ud {

class Database;

// The node's setting of the body that issues its mediation documents (调解委员会 / 调解室 /
// 调解中心), reached from the documents row of the case file. Empty goes back to the name made
// from the node's organisation unit, shown as the placeholder. Administrators change it; for
// anyone else the field is read-only. Saving writes the node and an audit entry under `actor`.
class IssuingBodyDialog : public QDialog
{
    Q_OBJECT

public:
    IssuingBodyDialog(Database &db, const QString &actor, QWidget *parent = nullptr);

    // Saves the field's text; false (and the reason shown in the dialog) if it was refused.
    bool save();

    void accept() override;

private:
    Database &m_db;
    QString m_actor;
    QLineEdit *m_edit = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ud
