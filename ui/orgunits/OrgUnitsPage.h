#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeView;

namespace ud {

class CommandFacade;
class Database;
class OrgTreeModel;

// The organisation workspace: the org-unit tree (bundled Beijing tree plus units added by
// administrators), a search over names and codes, the selected unit's details and its
// field-level change history. Edits go through the command facade, so they can be undone.
class OrgUnitsPage : public QWidget
{
    Q_OBJECT

public:
    OrgUnitsPage(Database &db, CommandFacade &commands, QWidget *parent = nullptr);

    void selectCode(const QString &code);
    QString selectedCode() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void search(const QString &text);
    void showDetails(const QString &code);
    void addUnit();
    void editUnit();
    void deleteUnit();
    void onRecordChanged(const QString &table, const QString &id);

    Database &m_db;
    CommandFacade &m_commands;
    OrgTreeModel *m_model;
    QLineEdit *m_search;
    QListWidget *m_results;
    QTreeView *m_tree;
    QLabel *m_details;
    QListWidget *m_history;
    QLabel *m_historyTitle;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QString m_current;
};

} // namespace ud
