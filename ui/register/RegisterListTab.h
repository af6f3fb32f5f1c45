#pragma once

#include "core/Result.h"
#include "ui/register/RegisterPermissions.h"

#include <QStringList>
#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace ud {

class CommandFacade;
class Database;
class RegisterListModel;
class CodeListCache;

// One list of the register (workers or employers): filter widgets on top (added by the
// subclass), a lazily loaded, sortable table, an "N of M" status line, and the add / edit /
// merge buttons. Subclasses supply the model, the filters, the dialogs and the export.
class RegisterListTab : public QWidget
{
    Q_OBJECT

public:
    // `table` is "workers" or "employers"; object names derive from it ("workersTable",
    // "addWorkerButton", ...). The tab takes ownership of `model`.
    RegisterListTab(Database &db, CommandFacade &commands, const CodeListCache &lookups,
                    const RegisterPermissions &permissions, const QString &table, RegisterListModel *model,
                    QWidget *parent = nullptr);

    const QString &tableName() const { return m_table; }
    RegisterListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString currentId() const;
    QStringList selectedIds() const;
    // Makes `id` the current row, loading further pages to find it (up to a limit); false if it
    // is not in the list as filtered.
    bool selectId(const QString &id);
    // Reloads the rows (about as many as were loaded) and keeps the current record selected.
    void refresh();
    // Filters the list to the records the search for `text` found (`ids`, of this list), the
    // record named exactly `text` first; "" and no ids show every record. An empty result says
    // so below, and so does a search that found more than `cap` records (0 = it did not).
    void setSearch(const QString &text, const std::optional<QStringList> &ids, int cap);
    const QString &searchText() const { return m_searchText; }
    const std::optional<QStringList> &searchIds() const { return m_searchIds; }

    virtual void addRecord() = 0;
    virtual void editRecord() = 0;
    // Writes the whole filtered list (every page) to a .csv or .xlsx file.
    virtual Status exportTo(const QString &path, bool fullIdNumbers) = 0;
    virtual void retranslate();

Q_SIGNALS:
    void currentRecordChanged(const QString &table, const QString &id);
    // A dialog chose to open an existing record (possibly of the other list).
    void openRecordRequested(const QString &table, const QString &id);

protected:
    QHBoxLayout *filterRow() const { return m_filterRow; }
    virtual QString statusText(int loaded, int total) const = 0;
    // What the status line says when the search matches nothing.
    virtual QString nothingFoundText(const QString &search) const = 0;
    // Sets the model's filter from the filter widgets and searchText().
    virtual void applyFilter() = 0;
    void mergeSelected();
    void afterDialog(const QString &id); // select and show a saved or opened record

    Database &m_db;
    CommandFacade &m_commands;
    const CodeListCache &m_lookups;
    RegisterPermissions m_permissions;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_merge;

private:
    void updateStatus();
    void updateButtons();
    void sortIndicatorChanged(int column, Qt::SortOrder order);

    QString m_table;
    RegisterListModel *m_model;
    QHBoxLayout *m_filterRow;
    QTableView *m_view;
    QLabel *m_status;
    QString m_searchText;
    std::optional<QStringList> m_searchIds;
    int m_searchCap = 0;
};

} // namespace ud
