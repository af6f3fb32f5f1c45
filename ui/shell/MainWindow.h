#pragma once

#include "core/Progress.h"
#include "core/Result.h"
#include "storage/Accounts.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace ud {

class Accounts;
class CommandFacade;
class Database;
class IdleLock;
class RecordStore;
class SyncDock;
class WorkspaceSlot;

// The shell: menus for the database (new, open, backup, check, restore), undo/redo, settings
// and about; the workspaces as tabs; a daily automatic backup while a database is open.
//
// Opening a database does only what the first paint needs (the file, the session, the tabs);
// each workspace page is built in its tab's WorkspaceSlot when that tab is first painted (the
// current one right after the window's first paint), and the daily backup is looked at a few
// seconds later.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a node database and asks who is working (login dialog); refused when cancelled.
    Status openDatabase(const QString &path);
    // Opens it for an already authenticated session (after the set-up wizard, and in tests).
    Status openDatabase(const QString &path, const Session &session);
    void closeDatabase();
    const Session &session() const { return m_session; }
    SyncDock *syncDock() const { return m_syncDock; }
    Database *database() const { return m_db.get(); }
    CommandFacade *commands() const { return m_commands.get(); }
    QString backupFolder() const;

    // The steps behind the menu actions, callable without the file dialogs; `progress` as
    // BackupManager::backupNow and Database::restoreFile take it (false = cancel, nothing changed).
    Result<QString> backupNow(const Progress &progress = {});
    Status restoreFrom(const QString &backupFile, const Progress &progress = {});

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void retranslateWelcome();
    void ensureWelcomePage();
    void updateState();
    void newDatabase();
    void chooseAndOpenDatabase();
    void runBackupNow();
    void runCheck();
    void chooseAndRestore();
    void showSettings();
    void showAbout();
    void dailyBackup();
    void checkDatabaseFiles();
    void buildWorkspaces();
    WorkspaceSlot *addWorkspace(const QString &name, const QString &title, std::function<QWidget *(QWidget *)> factory);
    void clearWorkspaces();
    Status adopt(std::unique_ptr<Database> db, std::unique_ptr<RecordStore> store, std::unique_ptr<Accounts> accounts,
                 const Session &session);
    void lockForIdle();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<Accounts> m_accounts;
    std::unique_ptr<CommandFacade> m_commands;
    Session m_session;
    IdleLock *m_idleLock;

    QStackedWidget *m_stack;
    QWidget *m_welcome = nullptr;
    QLabel *m_welcomeTitle = nullptr;
    QLabel *m_welcomeText = nullptr;
    QPushButton *m_welcomeNew = nullptr;
    QPushButton *m_welcomeOpen = nullptr;
    QTabWidget *m_tabs;
    QLabel *m_nodeLabel;
    QTimer *m_backupTimer;
    QTimer *m_firstBackupCheck;
    QTimer *m_filesCheck;
    SyncDock *m_syncDock = nullptr; // sync of the open database (ui/sync)

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_syncMenu = nullptr;
    QAction *m_syncPanelAction = nullptr;
    QAction *m_hubAdminAction = nullptr;
    QAction *m_reviewAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_guideAction = nullptr;
};

} // namespace ud
