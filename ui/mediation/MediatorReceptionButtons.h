#pragma once

#include "storage/Accounts.h"

#include <QPointer>
#include <QWidget>

class QDialog;
class QPushButton;

namespace ud {

class CommandFacade;
class Database;

// The mediation workspace's way to its two registers that are not cases: the register of
// mediators (MediatorsPage) and the reception log (ReceptionPage), each opened in a window of
// its own (one each; a second click brings it to the front).
class MediatorReceptionButtons : public QWidget
{
    Q_OBJECT

public:
    MediatorReceptionButtons(Database &db, CommandFacade &facade, const Session &session, QWidget *parent = nullptr);

    // Opens (or raises) the window; returns it (tests drive the page inside by object name).
    QDialog *openMediators();
    QDialog *openReception();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Database &m_db;
    CommandFacade &m_facade;
    Session m_session;
    QPushButton *m_mediators;
    QPushButton *m_reception;
    QPointer<QDialog> m_mediatorsWindow;
    QPointer<QDialog> m_receptionWindow;
};

} // namespace ud
