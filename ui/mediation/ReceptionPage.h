#pragma once

#include "core/Result.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace ud {

class CodeListCache;
class CommandFacade;
class Database;
class ReceptionCommands;
struct Session;

// The reception log (接待登记: 咨询 / 接待, incl. 代写文书): the visits and calls of a period, newest
// first, with a search; quick entry of a new one (ReceptionDialog), editing and removal.
// Refreshed when an entry is written (an edit, an undo or a redo).
class ReceptionPage : public QWidget
{
    Q_OBJECT

public:
    ReceptionPage(Database &db, CommandFacade &facade, const Session &session, bool mayEdit, QWidget *parent = nullptr);
    ~ReceptionPage() override;

    ReceptionCommands &commands() { return *m_commands; }
    void reload();
    // Opens the quick entry for a new visit / the selected one (modal; tests drive it).
    void addReception();
    void editReception();
    Status removeSelected();

Q_SIGNALS:
    void dialogOpened(QWidget *dialog);

private:
    QString selectedId() const;

    Database &m_db;
    std::unique_ptr<ReceptionCommands> m_commands;
    std::unique_ptr<CodeListCache> m_lookups;
    QString m_userName;
    bool m_mayEdit;
    QLineEdit *m_search;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_count;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QLabel *m_message;
    QTimer *m_searchTimer;
};

} // namespace ud
