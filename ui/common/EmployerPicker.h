#pragma once

#include <QComboBox>

class QTimer;

namespace ud {

class Database;

// An editable combo box for choosing a worker's employer among many: typing a part of the
// name (or address or credit code) lists the matching employers of the register after a short
// pause; choosing one sets the employer. Empty text means no employer.
class EmployerPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit EmployerPicker(Database &db, QWidget *parent = nullptr);

    void setEmployer(const QString &id, const QString &name);
    // The chosen employer's id; "" for none. `ok` is false when text was typed that names no
    // listed employer.
    QString employerId(bool *ok) const;

private:
    void search();

    Database &m_db;
    QTimer *m_timer;
};

} // namespace ud
