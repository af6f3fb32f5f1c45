#pragma once

#include "ui/register/RegisterDetailPane.h"

#include "core/Result.h"
#include "ui/common/CodeListCache.h"
#include "ui/register/RegisterPermissions.h"

#include <QSet>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTimer;

namespace ud {

class CommandFacade;
class Database;
class EmployersTab;
class RegisterDetailPane;
class RegisterListTab;
class WorkersTab;

// The register workspace (职工 and 用人单位): one search box that filters both lists as the user
// types (the register's FTS5 trigram index over names, employers, addresses, posts, phones,
// credit codes; the name equal to the text first, then pinyin order), the workers and employers lists with their filters, and the selected
// record's details, which follow the selection and clear when the search hides the record. Edits go through the command facade;
// merges through RegisterService; import and export through RegisterImporter / RegisterExport. The UI never runs SQL.
class RegisterPage : public QWidget
{
    Q_OBJECT

public:
    RegisterPage(Database &db, CommandFacade &commands, const RegisterPermissions &permissions,
                 QWidget *parent = nullptr);

    // Shows the record: its tab, its row if the list (as filtered) holds it, and its details.
    void selectRecord(const QString &table, const QString &id);
    // A section another workspace shows under the selected record (see RegisterDetailPane).
    void addDetailSection(RegisterDetailPane::Section section);

    // The steps behind the Export and Import buttons, without the file dialogs. Export writes the
    // current tab's whole filtered list; full ID numbers only where the permissions allow.
    Status exportCurrentList(const QString &path, bool fullIdNumbers);
    void importFile(const QString &path); // shows the importer's report

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void runSearch();
    void chooseAndExport();
    void chooseAndImport();
    void onRecordChanged(const QString &table, const QString &id);
    RegisterListTab *currentTab() const;
    RegisterListTab *tabFor(const QString &table) const;
    void refreshIfStale(RegisterListTab *tab);

    Database &m_db;
    CommandFacade &m_commands;
    RegisterPermissions m_permissions;
    CodeListCache m_lookups;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QPushButton *m_import;
    QPushButton *m_export;
    QTabWidget *m_tabs;
    WorkersTab *m_workersTab;
    EmployersTab *m_employersTab;
    RegisterDetailPane *m_detail;
    QSplitter *m_splitter;
    QSet<RegisterListTab *> m_stale; // lists that missed a change while hidden
};

} // namespace ud
