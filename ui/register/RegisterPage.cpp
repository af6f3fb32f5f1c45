#include "ui/register/RegisterPage.h"

#include "ui/common/FileDialogs.h"
#include "ui/common/ImportDialog.h"
#include "ui/common/LongTask.h"

#include "commands/CommandFacade.h"
#include "core/DisplayFormat.h"
#include "ui/register/EmployersTab.h"
#include "ui/register/RegisterDetailPane.h"
#include "ui/register/RegisterListModel.h"
#include "ui/register/WorkersTab.h"
#include "register/RegisterCommands.h"
#include "exchange/TabularFile.h"
#include "register/RegisterRepository.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ud {

namespace {
constexpr int kSearchDelayMs = 150;
// Matches a search lists at most (read from the register's search index, names first); the
// lists hold them in memory, so they come in pinyin order with the exact name first.
constexpr int kSearchLimit = 2000;
} // namespace

RegisterPage::RegisterPage(Database &db, CommandFacade &commands, const RegisterPermissions &permissions,
                           QWidget *parent)
    : QWidget(parent), m_db(db), m_commands(commands), m_permissions(permissions), m_lookups(db)
{
    setObjectName(QStringLiteral("registerPage"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("registerSearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(m_permissions.canEdit);
    m_import->setVisible(m_permissions.canEdit);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportButton"));

    m_workersTab = new WorkersTab(db, commands, m_lookups, m_permissions, this);
    m_employersTab = new EmployersTab(db, commands, m_lookups, m_permissions, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("registerTabs"));
    m_tabs->addTab(m_workersTab, QString());
    m_tabs->addTab(m_employersTab, QString());
    m_detail = new RegisterDetailPane(db, commands, m_lookups, m_permissions, this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_import);
    top->addWidget(m_export);
    m_splitter = new QSplitter(this);
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({900, 340});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &RegisterPage::runSearch);
    for (RegisterListTab *tab : {static_cast<RegisterListTab *>(m_workersTab), static_cast<RegisterListTab *>(m_employersTab)}) {
        connect(tab, &RegisterListTab::currentRecordChanged, m_detail, &RegisterDetailPane::showRecord);
        connect(tab, &RegisterListTab::openRecordRequested, this, &RegisterPage::selectRecord);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        RegisterListTab *tab = currentTab();
        refreshIfStale(tab);
        m_detail->showRecord(tab->tableName(), tab->currentId());
    });
    connect(m_detail, &RegisterDetailPane::openRecordRequested, this, &RegisterPage::selectRecord);
    connect(m_export, &QPushButton::clicked, this, &RegisterPage::chooseAndExport);
    connect(m_import, &QPushButton::clicked, this, &RegisterPage::chooseAndImport);
    connect(&m_commands, &CommandFacade::recordChanged, this, &RegisterPage::onRecordChanged);

    // The employers list is read when its tab is first shown (see refreshIfStale).
    m_stale.insert(m_employersTab);
    retranslate();
}

void RegisterPage::retranslate()
{
    m_search->setPlaceholderText(tr("Filter the lists: names, employers, addresses, posts, credit codes (e.g. 于阳 or 朝阳)"));
    m_import->setText(tr("&Import…"));
    m_import->setToolTip(tr("Import workers or employers (the open tab) from a CSV or Excel file"));
    m_export->setText(tr("E&xport…"));
    m_export->setToolTip(tr("Export the open list, as filtered, to a CSV or Excel file"));
    m_tabs->setTabText(m_tabs->indexOf(m_workersTab), tr("Workers (职工)"));
    m_tabs->setTabText(m_tabs->indexOf(m_employersTab), tr("Employers (用人单位)"));
    m_workersTab->retranslate();
    m_employersTab->retranslate();
    m_detail->retranslate();
}

void RegisterPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

RegisterListTab *RegisterPage::currentTab() const
{
    return m_tabs->currentWidget() == m_employersTab ? static_cast<RegisterListTab *>(m_employersTab)
                                                      : static_cast<RegisterListTab *>(m_workersTab);
}

void RegisterPage::refreshIfStale(RegisterListTab *tab)
{
    if (m_stale.remove(tab))
        tab->refresh();
}

RegisterListTab *RegisterPage::tabFor(const QString &table) const
{
    if (table == QLatin1String("workers") || table == QLatin1String("worker"))
        return m_workersTab;
    if (table == QLatin1String("employers") || table == QLatin1String("employer"))
        return m_employersTab;
    return nullptr;
}

// Both lists are filtered (the hidden one too, so switching tabs shows the same search). The
// detail pane keeps a record the list still shows, selected; one the search hides is cleared.
// With the search emptied nothing is hidden: the record stays shown, selected if its row is
// among those loaded (the whole register is not read to find it).
void RegisterPage::runSearch()
{
    const QString text = m_search->text().trimmed();
    const QString shownTable = m_detail->table();
    const QString shownId = m_detail->recordId();
    if (text == m_workersTab->searchText() && text == m_employersTab->searchText())
        return;
    // The search index (FTS5 trigrams, RegisterSearch) finds the matches; the lists show them.
    std::optional<QStringList> workerIds;
    std::optional<QStringList> employerIds;
    int cap = 0;
    if (!text.isEmpty()) {
        const RegisterRepository repo(m_db);
        const QList<RegisterRepository::SearchHit> found = repo.search(text, kSearchLimit + 1);
        cap = found.size() > kSearchLimit ? kSearchLimit : 0;
        QSet<QString> seen;
        workerIds.emplace();
        employerIds.emplace();
        for (const QList<RegisterRepository::SearchHit> &hits : {repo.named(text, kSearchLimit), found.mid(0, kSearchLimit)})
            for (const RegisterRepository::SearchHit &hit : hits)
                if (!seen.contains(hit.id)) {
                    seen.insert(hit.id);
                    (hit.kind == QLatin1String("worker") ? *workerIds : *employerIds) << hit.id;
                }
    }
    for (RegisterListTab *tab : {static_cast<RegisterListTab *>(m_workersTab), static_cast<RegisterListTab *>(m_employersTab)}) {
        m_stale.remove(tab); // a new filter reads the list anew
        tab->setSearch(text, tab == m_workersTab ? workerIds : employerIds, cap);
    }
    RegisterListTab *tab = tabFor(shownTable);
    if (!tab || shownId.isEmpty())
        return;
    if (text.isEmpty()) {
        if (tab->model()->rowOfId(shownId) < 0 || !tab->selectId(shownId))
            tab->view()->selectionModel()->clear();
        return;
    }
    if (!tab->selectId(shownId)) {
        tab->view()->selectionModel()->clear();
        m_detail->showRecord(QString(), QString());
    }
}

void RegisterPage::addDetailSection(RegisterDetailPane::Section section)
{
    m_detail->addSection(std::move(section));
    m_detail->reload();
}

void RegisterPage::selectRecord(const QString &table, const QString &id)
{
    RegisterListTab *tab = tabFor(table);
    if (!tab || id.isEmpty())
        return;
    {
        const QSignalBlocker block(m_tabs); // the detail pane is set below, once
        m_tabs->setCurrentWidget(tab);
    }
    refreshIfStale(tab);
    if (!tab->selectId(id)) {
        // Not in the list as filtered: no row stays current, so Edit cannot act on another record.
        tab->view()->selectionModel()->clear();
    }
    m_detail->showRecord(tab->tableName(), id);
}

void RegisterPage::onRecordChanged(const QString &table, const QString &id)
{
    Q_UNUSED(id);
    if (table != QLatin1String("workers") && table != QLatin1String("employers"))
        return;
    // A worker's list row shows its employer's name, so both lists follow any change: the
    // visible one now, the other when it is next shown (a reload costs a count and a page).
    const QString shownTable = m_detail->table();
    const QString shownId = m_detail->recordId();
    for (RegisterListTab *tab : {static_cast<RegisterListTab *>(m_workersTab), static_cast<RegisterListTab *>(m_employersTab)}) {
        if (tab == currentTab())
            tab->refresh();
        else
            m_stale.insert(tab);
    }
    m_detail->showRecord(shownTable, shownId);
}

Status RegisterPage::exportCurrentList(const QString &path, bool fullIdNumbers)
{
    return currentTab()->exportTo(path, fullIdNumbers && m_permissions.canRevealIdNumbers);
}

void RegisterPage::chooseAndExport()
{
    RegisterListTab *tab = currentTab();
    const bool workers = tab == m_workersTab;
    QString selectedFilter;
    QString path = FileDialogs::saveFile(this, workers ? tr("Export workers") : tr("Export employers"),
                                                workers ? tr("workers.xlsx") : tr("employers.xlsx"),
                                                TabularFile::nameFilters().join(QStringLiteral(";;")), &selectedFilter);
    if (path.isEmpty())
        return;
    if (TabularFile::formatOf(path) == TabularFile::Format::Unknown)
        path += selectedFilter.contains(QLatin1String("csv")) ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    bool full = false;
    if (workers && m_permissions.canRevealIdNumbers) {
        full = QMessageBox::question(this, tr("Export workers"),
                                     tr("Write full ID numbers into the file? Only do so if the recipient needs "
                                        "them; the export is recorded in the access log either way."),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               == QMessageBox::Yes;
    }
    const Status written = exportCurrentList(path, full);
    if (!written) {
        QMessageBox::warning(this, tr("Not exported"), written.error());
        return;
    }
    QMessageBox::information(this, tr("Exported"),
                             tr("%1 rows written to %2.").arg(DisplayFormat::count(tab->model()->totalCount()), QFileInfo(path).fileName()));
}

void RegisterPage::chooseAndImport()
{
    const bool workers = currentTab() == m_workersTab;
    // What each column means and a template to fill in, then the file (ImportDialog).
    const auto kind = workers ? RegisterImporter::Kind::Workers : RegisterImporter::Kind::Employers;
    ImportDialog dialog(workers ? tr("Import workers") : tr("Import employers"), RegisterImporter::columnGuide(kind),
                        workers ? tr("workers-template.csv") : tr("employers-template.csv"), this);
    if (dialog.exec() == QDialog::Accepted && !dialog.file().isEmpty())
        importFile(dialog.file());
}

void RegisterPage::importFile(const QString &path)
{
    if (!m_permissions.canEdit)
        return;
    const bool workers = currentTab() == m_workersTab;
    // Through the facade, not undoable (the Edit menu says so); its recordChanged reloads the lists.
    // A long file shows its progress and can be cancelled: then nothing of it is kept.
    LongTask task(this, tr("Import of %1").arg(QFileInfo(path).fileName()), tr("Checking and saving the rows…"));
    auto result = RegisterCommands(m_commands)
                      .importFile(workers ? RegisterImporter::Kind::Workers : RegisterImporter::Kind::Employers, path,
                                  task.callback());
    const QString text = result ? result.value().toText() : result.error();

    QDialog report(this);
    report.setObjectName(QStringLiteral("importReportDialog"));
    report.setWindowTitle(tr("Import of %1").arg(QFileInfo(path).fileName()));
    auto *view = new QPlainTextEdit(text, &report);
    view->setObjectName(QStringLiteral("importReportText"));
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &report);
    connect(buttons, &QDialogButtonBox::rejected, &report, &QDialog::reject);
    auto *layout = new QVBoxLayout(&report);
    layout->addWidget(view);
    layout->addWidget(buttons);
    report.resize(720, 420);

    report.exec();
}

} // namespace ud
