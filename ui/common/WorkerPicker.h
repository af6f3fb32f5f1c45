#pragma once

#include "register/Register.h"

#include <QComboBox>
#include <QList>

class QTimer;

namespace ud {

class Database;

// An editable combo box for finding a worker of the register: typing part of a name (or
// address, post, phone) lists matching workers after a short pause, each shown with the masked
// ID number and employer so namesakes can be told apart.
class WorkerPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit WorkerPicker(Database &db, QWidget *parent = nullptr);
    // The chosen worker, if the text names one of the listed workers.
    std::optional<Worker> chosenWorker() const;

private:
    void search();

    Database &m_db;
    QTimer *m_timer;
    QList<Worker> m_found;
};

} // namespace ud
