#include "ui/shell/MainWindow.h"
#include "ui/common/FileDialogs.h"

#include "ui/accounts/IdleLock.h"
#include "ui/accounts/LoginDialog.h"
#include "ui/accounts/SetupWizard.h"
#include "ui/accounts/UsersPage.h"
#include "commands/CommandFacade.h"
#include "core/AppIdentity.h"
#include "core/Clock.h"
#include "core/DisplayFormat.h"
#include "ui/orgunits/OrgUnitsPage.h"
#include "ui/mediation/CasesOfRecord.h"
#include "ui/mediation/MediationPage.h"
#include "ui/mediation/MediationTerms.h"
#include "ui/register/RegisterPage.h"
#include "ui/register/RegisterTerms.h"
#include "ui/shell/AboutDialog.h"
#include "ui/common/HelpBrowser.h"
#include "ui/common/LongTask.h"
#include "ui/shell/AppSettings.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/shell/WorkspaceSlot.h"
#include "ui/sync/HubAdminDialog.h"
#include "ui/sync/ReviewDialog.h"
#include "ui/sync/SyncDock.h"
#include "ui/sync/SyncIndicator.h"
#include "ui/sync/SyncPanel.h"
#include "storage/BackupManager.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ud {

namespace {
// After opening, the daily backup is looked at once this much later (then hourly): not in the
// way of the first paint or of the workspace being built.
constexpr int kFirstBackupCheckMs = 3000;
constexpr int kFilesCheckMs = 5000; // a few stat() calls: nothing a user would notice

// How the workspaces name their records (tables, fields, values) on the sync screens, which know
// no workspace: the conflict dialog and the review queue's details.
RecordTermsSet::List workspaceTerms(Database &db)
{
    RecordTermsSet::List terms;
    terms.push_back(std::make_unique<RegisterTerms>(db));
    terms.push_back(std::make_unique<MediationTerms>(db));
    return terms;
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("centralStack"));

    // The welcome page is made when it is first shown (see ensureWelcomePage): a window that
    // opens a database before it is shown never needs it.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_tabs->setDocumentMode(true);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);

    m_nodeLabel = new QLabel(this);
    m_nodeLabel->setObjectName(QStringLiteral("nodeStatusLabel"));
    statusBar()->addPermanentWidget(m_nodeLabel);

    m_idleLock = new IdleLock(IdleLock::kDefaultMinutes, this);
    connect(m_idleLock, &IdleLock::idle, this, &MainWindow::lockForIdle);

    m_backupTimer = new QTimer(this);
    m_backupTimer->setInterval(60 * 60 * 1000); // look hourly; a backup is made once a day
    connect(m_backupTimer, &QTimer::timeout, this, &MainWindow::dailyBackup);
    m_firstBackupCheck = new QTimer(this);
    m_firstBackupCheck->setSingleShot(true);
    m_firstBackupCheck->setInterval(kFirstBackupCheckMs);
    connect(m_firstBackupCheck, &QTimer::timeout, this, &MainWindow::dailyBackup);
    // Every write already refuses once the database's files were deleted or replaced by another
    // program; this says so before the user types anything more.
    m_filesCheck = new QTimer(this);
    m_filesCheck->setInterval(kFilesCheckMs);
    connect(m_filesCheck, &QTimer::timeout, this, &MainWindow::checkDatabaseFiles);

    createActions();
    createMenus();
    retranslate();
    updateState();
    resize(1180, 760);
}

void MainWindow::ensureWelcomePage()
{
    if (m_welcome)
        return;
    m_welcome = new QWidget(this);
    m_welcome->setObjectName(QStringLiteral("welcomePage"));
    m_welcomeTitle = new QLabel(m_welcome);
    m_welcomeText = new QLabel(m_welcome);
    m_welcomeText->setWordWrap(true);
    m_welcomeNew = new QPushButton(m_welcome);
    m_welcomeNew->setObjectName(QStringLiteral("welcomeNewButton"));
    m_welcomeOpen = new QPushButton(m_welcome);
    m_welcomeOpen->setObjectName(QStringLiteral("welcomeOpenButton"));
    auto *wl = new QVBoxLayout(m_welcome);
    wl->addStretch(1);
    wl->addWidget(m_welcomeTitle, 0, Qt::AlignHCenter);
    wl->addWidget(m_welcomeText, 0, Qt::AlignHCenter);
    wl->addSpacing(16);
    wl->addWidget(m_welcomeNew, 0, Qt::AlignHCenter);
    wl->addWidget(m_welcomeOpen, 0, Qt::AlignHCenter);
    wl->addStretch(2);
    connect(m_welcomeNew, &QPushButton::clicked, this, &MainWindow::newDatabase);
    connect(m_welcomeOpen, &QPushButton::clicked, this, &MainWindow::chooseAndOpenDatabase);
    m_stack->insertWidget(0, m_welcome);
    retranslateWelcome();
}

void MainWindow::retranslateWelcome()
{
    if (!m_welcome)
        return;
    m_welcomeTitle->setText(tr("<h1>UnionDesk 工会工作台</h1>"));
    m_welcomeText->setText(tr("No database is open. Create the database of this node (station, district or city "
                              "union, enterprise union), or open an existing one."));
    m_welcomeNew->setText(tr("Create a node database…"));
    m_welcomeOpen->setText(tr("Open a database…"));
}

void MainWindow::showEvent(QShowEvent *event)
{
    if (!m_db || !m_db->isOpen()) {
        ensureWelcomePage();
        m_stack->setCurrentWidget(m_welcome);
    }
    QMainWindow::showEvent(event);
}

MainWindow::~MainWindow()
{
    closeDatabase();
}

void MainWindow::createActions()
{
    auto make = [this](const char *name, QKeySequence shortcut, void (MainWindow::*slot)()) {
        auto *a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_newAction = make("actionNewDatabase", QKeySequence::New, &MainWindow::newDatabase);
    m_openAction = make("actionOpenDatabase", QKeySequence::Open, &MainWindow::chooseAndOpenDatabase);
    m_backupAction = make("actionBackupNow", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), &MainWindow::runBackupNow);
    m_checkAction = make("actionCheckDatabase", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), &MainWindow::runCheck);
    m_restoreAction = make("actionRestore", QKeySequence(), &MainWindow::chooseAndRestore);
    m_settingsAction = make("actionSettings", QKeySequence::Preferences, &MainWindow::showSettings);
    m_aboutAction = make("actionAbout", QKeySequence(), &MainWindow::showAbout);
    m_syncPanelAction = new QAction(this);
    m_syncPanelAction->setObjectName(QStringLiteral("actionSyncPanel"));
    connect(m_syncPanelAction, &QAction::triggered, this, [this] {
        if (m_syncDock)
            m_syncDock->showPanel();
    });
    // A district or city reviewer's queue at its hub.
    m_reviewAction = new QAction(this);
    m_reviewAction->setObjectName(QStringLiteral("actionReviewQueue"));
    connect(m_reviewAction, &QAction::triggered, this, [this] {
        if (!m_db)
            return;
        ReviewDialog dialog(*m_db, this);
        dialog.setTerms(workspaceTerms(*m_db));
        dialog.refresh();
        dialog.exec();
    });
    // The hub's administrator, on the computer that runs a hub (no node database needed).
    m_hubAdminAction = new QAction(this);
    m_hubAdminAction->setObjectName(QStringLiteral("actionHubAdministration"));
    connect(m_hubAdminAction, &QAction::triggered, this, [this] {
        HubAdminDialog dialog(this);
        dialog.exec();
    });
    // The guide at the section of the screen in use (F1 in a dialog: HelpBrowser::installF1).
    m_guideAction = new QAction(this);
    m_guideAction->setObjectName(QStringLiteral("actionUserGuide"));
    m_guideAction->setShortcut(QKeySequence(Qt::Key_F1));
    connect(m_guideAction, &QAction::triggered, this, [this] { HelpBrowser::showSection(this, HelpBrowser::currentSection()); });
    HelpBrowser::installF1();
    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);
    m_undoAction = new QAction(this);
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (m_commands)
            m_commands->undoStack()->undo();
    });
    m_redoAction = new QAction(this);
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (m_commands)
            m_commands->undoStack()->redo();
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_backupAction);
    m_fileMenu->addAction(m_checkAction);
    m_fileMenu->addAction(m_restoreAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
    m_toolsMenu->addAction(m_settingsAction);
    m_syncMenu = menuBar()->addMenu(QString());
    m_syncMenu->setObjectName(QStringLiteral("syncMenu"));
    m_syncMenu->addAction(m_syncPanelAction);
    m_syncMenu->addAction(m_reviewAction);
    m_syncMenu->addSeparator();
    m_syncMenu->addAction(m_hubAdminAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_guideAction);
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_helpMenu->setTitle(tr("&Help"));
    m_syncMenu->setTitle(tr("S&ync"));
    m_syncPanelAction->setText(tr("Sync &panel"));
    m_hubAdminAction->setText(tr("&Hub administration…"));
    m_reviewAction->setText(tr("&Review queue…"));
    m_newAction->setText(tr("&New node database…"));
    m_openAction->setText(tr("&Open database…"));
    m_backupAction->setText(tr("&Back up now"));
    m_checkAction->setText(tr("&Check database"));
    m_restoreAction->setText(tr("&Restore from backup…"));
    m_quitAction->setText(tr("&Quit"));
    m_settingsAction->setText(tr("&Settings…"));
    m_aboutAction->setText(tr("&About UnionDesk"));
    m_guideAction->setText(tr("&User guide"));
    retranslateWelcome();
    for (int i = 0; i < m_tabs->count(); ++i) {
        const QString slot = m_tabs->widget(i)->objectName();
        if (slot == QLatin1String("orgUnitsSlot"))
            m_tabs->setTabText(i, tr("Organisation"));
        else if (slot == QLatin1String("registerSlot"))
            m_tabs->setTabText(i, tr("Register"));
        else if (slot == QLatin1String("mediationSlot"))
            m_tabs->setTabText(i, tr("Mediation"));
        else if (slot == QLatin1String("usersSlot"))
            m_tabs->setTabText(i, tr("Users"));
    }
    updateState();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    closeDatabase();
    event->accept();
}

void MainWindow::updateState()
{
    const bool open = m_db && m_db->isOpen();
    m_backupAction->setEnabled(open);
    m_checkAction->setEnabled(open);
    m_syncPanelAction->setEnabled(open);
    m_reviewAction->setEnabled(open && (m_session.role == Role::Reviewer || m_session.role == Role::Administrator));
    if (open) {
        m_stack->setCurrentWidget(m_tabs);
    } else if (isVisible()) {
        ensureWelcomePage();
        m_stack->setCurrentWidget(m_welcome);
    }
    QUndoStack *stack = m_commands ? m_commands->undoStack() : nullptr;
    m_undoAction->setEnabled(stack && stack->canUndo());
    m_redoAction->setEnabled(stack && stack->canRedo());
    // After a step that cannot be undone (a final state of a case, an import, a merge) the
    // menu says why, rather than undoing something from before it.
    const QString cannotUndo = m_commands ? m_commands->cannotUndoReason() : QString();
    m_undoAction->setText(stack && stack->canUndo() ? tr("&Undo %1").arg(stack->undoText())
                          : !cannotUndo.isEmpty()   ? tr("Cannot undo: %1").arg(cannotUndo)
                                                    : tr("&Undo"));
    m_redoAction->setText(stack && stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    const auto node = open ? NodeIdentity::load(*m_db) : std::nullopt;
    setWindowTitle(node ? tr("UnionDesk — %1").arg(node->displayName) : tr("UnionDesk"));
    m_nodeLabel->setText(open ? tr("%1 (%2) · %3 · %4")
                                    .arg(m_session.displayName, roleDisplayName(m_session.role),
                                         node ? node->orgUnitName : tr("no node"), QDir::toNativeSeparators(m_db->path()))
                              : QString());
}

Status MainWindow::openDatabase(const QString &path)
{
    auto db = std::make_unique<Database>();
    if (Status s = db->open(path, Database::OpenMode::ExistingOnly); !s)
        return s;
    if (!NodeIdentity::load(*db))
        return Status::failure(tr("%1 has not been set up as a node yet.").arg(QDir::toNativeSeparators(path)));
    auto store = std::make_unique<RecordStore>(*db);
    auto accounts = std::make_unique<Accounts>(*store);
    LoginDialog login(*accounts, this);
    if (login.exec() != QDialog::Accepted)
        return Status::failure(tr("Nobody logged in; the database was not opened."));
    return adopt(std::move(db), std::move(store), std::move(accounts), login.session());
}

Status MainWindow::openDatabase(const QString &path, const Session &session)
{
    auto db = std::make_unique<Database>();
    if (Status s = db->open(path, Database::OpenMode::ExistingOnly); !s)
        return s;
    if (!NodeIdentity::load(*db))
        return Status::failure(tr("%1 has not been set up as a node yet.").arg(QDir::toNativeSeparators(path)));
    auto store = std::make_unique<RecordStore>(*db);
    auto accounts = std::make_unique<Accounts>(*store);
    return adopt(std::move(db), std::move(store), std::move(accounts), session);
}

Status MainWindow::adopt(std::unique_ptr<Database> db, std::unique_ptr<RecordStore> store,
                         std::unique_ptr<Accounts> accounts, const Session &session)
{
    closeDatabase();
    m_db = std::move(db);
    m_store = std::move(store);
    m_accounts = std::move(accounts);
    m_session = session;
    m_store->setActor(session.username);
    m_commands = std::make_unique<CommandFacade>(*m_store);
    QUndoStack *stack = m_commands->undoStack();
    connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateState);
    connect(m_commands.get(), &CommandFacade::cannotUndoChanged, this, [this](const QString &reason) {
        updateState();
        if (!reason.isEmpty())
            statusBar()->showMessage(tr("Cannot undo: %1").arg(reason), 15000);
    });
    connect(m_commands.get(), &CommandFacade::commandFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Could not undo or redo"), message); });
    buildWorkspaces();
    m_syncDock = new SyncDock(*m_db, m_session, this);
    // The sync screens name records in the workspaces' words (the conflict dialog).
    m_syncDock->panel()->setRecordTerms(&workspaceTerms);
    addDockWidget(Qt::RightDockWidgetArea, m_syncDock);
    m_syncDock->hide();
    statusBar()->insertPermanentWidget(0, m_syncDock->indicator());
    // Remembered once the window is up: reading (and maybe writing) the settings file is not
    // needed for the first paint.
    QTimer::singleShot(0, this, [path = m_db->path()] { AppSettings::setLastDatabase(path); });
    m_firstBackupCheck->start();
    m_backupTimer->start();
    m_filesCheck->start();
    m_idleLock->start();
    updateState();
    return Status::success();
}

void MainWindow::lockForIdle()
{
    if (!m_db || !m_accounts)
        return;
    // The work stays open underneath; the same person unlocks it, or the database is closed.
    m_stack->setEnabled(false);
    centralWidget()->setVisible(false);
    LoginDialog unlock(*m_accounts, this);
    unlock.setWindowTitle(tr("Locked after %n minute(s) without activity", nullptr, IdleLock::kDefaultMinutes));
    unlock.setUsername(m_session.username, true);
    const bool unlocked = unlock.exec() == QDialog::Accepted;
    centralWidget()->setVisible(true);
    m_stack->setEnabled(true);
    if (unlocked)
        m_idleLock->start();
    else
        closeDatabase();
}

WorkspaceSlot *MainWindow::addWorkspace(const QString &name, const QString &title,
                                        std::function<QWidget *(QWidget *)> factory)
{
    auto *slot = new WorkspaceSlot(name, std::move(factory), m_tabs);
    m_tabs->addTab(slot, title);
    return slot;
}

void MainWindow::clearWorkspaces()
{
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete w;
    }
}

// The tabs now, each page when its tab is first painted (see WorkspaceSlot).
void MainWindow::buildWorkspaces()
{
    clearWorkspaces();
    RegisterPermissions permissions;
    permissions.canEdit = mayEditRegister(m_session.role);
    permissions.canRevealIdNumbers = idVisibility(m_session.role) == IdVisibility::MaskedWithReveal;
    addWorkspace(QStringLiteral("mediationSlot"), tr("Mediation"), [this](QWidget *parent) {
        return new MediationPage(*m_db, *m_commands, m_session, parent);
    });
    addWorkspace(QStringLiteral("registerSlot"), tr("Register"), [this, permissions](QWidget *parent) {
        auto *page = new RegisterPage(*m_db, *m_commands, permissions, parent);
        // What the workspaces show about a worker or an employer under its fields.
        page->addDetailSection([this](const QString &table, const QString &id) {
            return CasesOfRecord::html(*m_db, table, id);
        });
        return page;
    });
    addWorkspace(QStringLiteral("orgUnitsSlot"), tr("Organisation"), [this](QWidget *parent) {
        auto *page = new OrgUnitsPage(*m_db, *m_commands, parent);
        if (const auto node = NodeIdentity::load(*m_db))
            page->selectCode(node->orgUnit);
        return page;
    });
    if (mayManageUsers(m_session.role)) {
        addWorkspace(QStringLiteral("usersSlot"), tr("Users"), [this](QWidget *parent) {
            return new UsersPage(*m_accounts, m_session, parent);
        });
    }
}

void MainWindow::checkDatabaseFiles()
{
    if (!m_db)
        return;
    const Status s = m_db->verifyFilesInPlace();
    if (s)
        return;
    m_filesCheck->stop(); // said once; every later write says it again
    m_backupTimer->stop();
    m_firstBackupCheck->stop();
    statusBar()->showMessage(tr("The database files were removed by another program: nothing more is saved."));
    QMessageBox::critical(this, tr("The database can no longer be written"), s.error());
}

void MainWindow::closeDatabase()
{
    m_filesCheck->stop();
    m_backupTimer->stop();
    m_firstBackupCheck->stop();
    clearWorkspaces();
    delete m_syncDock; // before the database it syncs
    m_syncDock = nullptr;
    m_idleLock->stop();
    m_commands.reset();
    m_accounts.reset();
    m_store.reset();
    m_db.reset();
    m_session = Session();
    updateState();
}

QString MainWindow::backupFolder() const
{
    const QString configured = AppSettings::backupFolder();
    if (!configured.isEmpty())
        return configured;
    return m_db ? BackupManager::defaultFolderFor(m_db->path()) : QString();
}

Result<QString> MainWindow::backupNow(const Progress &progress)
{
    if (!m_db)
        return Result<QString>::failure(tr("No database is open."));
    return BackupManager(backupFolder(), AppSettings::backupsToKeep()).backupNow(*m_db, QDateTime::currentDateTimeUtc(), progress);
}

void MainWindow::runBackupNow()
{
    LongTask task(this, tr("Back up now"), tr("Writing the backup…"));
    const auto result = backupNow(task.callback());
    if (!result && task.wasCancelled()) {
        statusBar()->showMessage(result.error(), 15000);
        return;
    }
    if (!result) {
        QMessageBox::warning(this, tr("Backup failed"), result.error());
        return;
    }
    statusBar()->showMessage(tr("Backup written to %1").arg(QDir::toNativeSeparators(result.value())), 15000);
}

void MainWindow::dailyBackup()
{
    // Not in the middle of long work that holds a transaction (an import showing its progress):
    // the next hourly look makes it.
    if (!m_db || m_db->inTransaction())
        return;
    const auto result = BackupManager(backupFolder(), AppSettings::backupsToKeep()).ensureDaily(*m_db, QDateTime::currentDateTimeUtc());
    if (!result)
        statusBar()->showMessage(tr("The daily backup failed: %1").arg(result.error()));
    else if (!result.value().isEmpty())
        statusBar()->showMessage(tr("Daily backup written to %1").arg(QDir::toNativeSeparators(result.value())), 15000);
}

void MainWindow::runCheck()
{
    if (!m_db)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const CheckReport report = m_db->check();
    QApplication::restoreOverrideCursor();
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("checkResultBox"));
    box.setWindowTitle(tr("Database check"));
    const QString summary = tr("Schema version %1 · %2 audit entries · %3 changes waiting to sync")
                                .arg(report.schemaVersion)
                                .arg(DisplayFormat::count(report.auditEntries), DisplayFormat::count(report.outboxPending));
    if (report.ok()) {
        box.setIcon(QMessageBox::Information);
        box.setText(tr("No problems found."));
        box.setInformativeText(summary);
    } else {
        box.setIcon(QMessageBox::Warning);
        box.setText(tr("The check found %n problem(s). Restore the latest good backup or contact support.", nullptr,
                       static_cast<int>(report.problems.size())));
        box.setInformativeText(summary);
        box.setDetailedText(report.problems.join(QLatin1Char('\n')));
    }
    box.exec();
}

Status MainWindow::restoreFrom(const QString &backupFile, const Progress &progress)
{
    const QString target = m_db ? m_db->path() : AppSettings::lastDatabase();
    if (target.isEmpty())
        return Status::failure(tr("Open the database to restore into first."));
    const Session session = m_session;
    closeDatabase();
    const auto restored = Database::restoreFile(backupFile, target, progress);
    if (!restored) {
        // Nothing was replaced: reopen what was there, for the same person.
        openDatabase(target, session);
        return restored.status();
    }
    if (Status s = openDatabase(target, session); !s)
        return s;
    if (!restored.value().isEmpty())
        statusBar()->showMessage(tr("Restored. The replaced file was kept as %1").arg(QDir::toNativeSeparators(restored.value())));
    return Status::success();
}

void MainWindow::chooseAndRestore()
{
    const QString file = FileDialogs::openDatabaseFile(this, tr("Restore from backup"), backupFolder(),
                                                      tr("UnionDesk database (*.db)"));
    if (file.isEmpty())
        return;
    const auto info = Database::inspectFile(file);
    if (!info) {
        QMessageBox::warning(this, tr("Cannot restore"), info.error());
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Restore from backup"),
        tr("Replace the open database with %1?\n\nSchema version %2, node %3, %4 KB.\nThe current file is kept beside "
           "it, nothing is deleted.")
            .arg(QDir::toNativeSeparators(file))
            .arg(info.value().schemaVersion)
            .arg(info.value().nodeId)
            .arg(DisplayFormat::count(info.value().sizeBytes / 1024)));
    if (answer != QMessageBox::Yes)
        return;
    LongTask task(this, tr("Restore from backup"), tr("Copying and checking the backup…"));
    const Status s = restoreFrom(file, task.callback());
    if (!s && task.wasCancelled())
        statusBar()->showMessage(s.error(), 15000);
    else if (!s)
        QMessageBox::warning(this, tr("Restore failed"), s.error());
}

void MainWindow::chooseAndOpenDatabase()
{
    const QString file = FileDialogs::openDatabaseFile(this, tr("Open database"), QFileInfo(AppSettings::lastDatabase()).path(),
                                                      tr("UnionDesk database (*.db)"));
    if (file.isEmpty())
        return;
    if (Status s = openDatabase(file); !s)
        QMessageBox::warning(this, tr("Cannot open the database"), s.error());
}

void MainWindow::newDatabase()
{
    SetupWizard wizard(QFileInfo::exists(defaultDatabasePath()) ? QString() : defaultDatabasePath(), this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    if (Status s = openDatabase(wizard.databasePath()); !s)
        QMessageBox::warning(this, tr("Cannot open the database"), s.error());
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_db.get(), this);
    dialog.exec();
}

} // namespace ud
