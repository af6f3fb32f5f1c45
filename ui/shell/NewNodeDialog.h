#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace ud {

class Database;

// Choose where a new node database goes and which organisation unit it serves: the unit is
// picked from the bundled org tree by name or code.
class NewNodeDialog : public QDialog
{
    Q_OBJECT

public:
    // `reference` is any open database to read the org tree from (a scratch one is fine).
    NewNodeDialog(Database &reference, QWidget *parent = nullptr);

    QString databasePath() const;
    QString orgUnitCode() const;
    QString tierKey() const;
    QString displayName() const;
    void accept() override;

private:
    void search(const QString &text);

    Database &m_reference;
    QLineEdit *m_path;
    QLineEdit *m_search;
    QListWidget *m_results;
    QComboBox *m_tier;
    QLineEdit *m_name;
    QLabel *m_error;
};

} // namespace ud
