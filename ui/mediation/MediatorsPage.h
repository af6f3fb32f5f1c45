#pragma once

#include "core/Result.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ud {

class CodeListCache;
class CommandFacade;
class Database;
class MediatorCommands;

// The register of mediators (调解员名册): name, qualification, where each works, appointment,
// training hours and status; add, edit and remove (one who has served stays and is marked
// inactive instead). Refreshed when a mediator is written (an edit, an undo or a redo).
class MediatorsPage : public QWidget
{
    Q_OBJECT

public:
    MediatorsPage(Database &db, CommandFacade &facade, bool mayEdit, QWidget *parent = nullptr);
    ~MediatorsPage() override;

    MediatorCommands &commands() { return *m_commands; }
    void reload();
    // Opens the dialog for a new mediator / the selected one (modal; tests drive it).
    void addMediator();
    void editMediator();
    Status removeSelected();

Q_SIGNALS:
    void dialogOpened(QWidget *dialog);

private:
    QString selectedId() const;

    Database &m_db;
    std::unique_ptr<MediatorCommands> m_commands;
    std::unique_ptr<CodeListCache> m_lookups;
    bool m_mayEdit;
    QCheckBox *m_showInactive;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QLabel *m_message;
};

} // namespace ud
