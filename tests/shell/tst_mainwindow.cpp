// Tests for ud::MainWindow, the desktop shell: welcome page versus workspaces, the File menu's
// backup / check / restore, the About dialog, undo/redo actions, and refusing a file written by
// a newer UnionDesk. Widgets and actions are found by objectName and driven with QTest; modal
// dialogs are handled from the event loop that their exec() runs.

#include "commands/CommandFacade.h"
#include "core/Clock.h"
#include "ui/shell/AppSettings.h"
#include "ui/shell/MainWindow.h"
#include "ui/common/DocumentsFolder.h"
#include "ui/common/HelpBrowser.h"
#include "ui/common/ImportDialog.h"
#include "ui/mediation/CaseImportButton.h"
#include "exchange/TabularFile.h"
#include "mediation/CaseRegisterImporter.h"
#include "register/RegisterImporter.h"
#include "storage/Accounts.h"
#include "storage/BackupManager.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/OrgUnitRepository.h"
#include "storage/RecordStore.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTableWidget>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <atomic>
#include <functional>
#include <memory>

using namespace ud;

namespace {

// Waits, from inside the event loop a dialog's exec() runs, for the modal dialog named `name`
// and hands it to `handle`, which must close it. Polls with QTimer::singleShot so it does not
// matter whether exec() has started yet. If no such dialog shows up in time, whatever modal is
// up is rejected so the test cannot hang, and missed() tells.
// The administrator the tests act as when they open a database without the login dialog.
Session adminSession()
{
    Session s;
    s.username = QStringLiteral("tester");
    s.displayName = QStringLiteral("测试管理员");
    s.role = Role::Administrator;
    s.orgUnit = QStringLiteral("110105015");
    return s;
}

// Set UD_SCREENSHOTS=<folder> to keep pictures of the new windows (help, import dialog) for a look.
void keepScreenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("UD_SCREENSHOTS");
    if (!folder.isEmpty() && widget)
        widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

class ModalDriver
{
public:
    ModalDriver(QString name, std::function<void(QDialog *)> handle, int timeoutMs = 5000)
        : m_name(std::move(name)), m_handle(std::move(handle))
    {
        m_deadline.setRemainingTime(timeoutMs);
        arm();
    }
    bool handled() const { return m_handled; }
    bool missed() const { return m_missed; }

private:
    void arm() { QTimer::singleShot(10, &m_context, [this] { poll(); }); }
    void poll()
    {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog && dialog->isVisible() && dialog->objectName() == m_name) {
            m_handled = true;
            m_handle(dialog);
            if (dialog->isVisible()) // the handler must close it; make sure exec() returns
                dialog->reject();
            return;
        }
        if (m_deadline.hasExpired()) {
            m_missed = true;
            if (dialog)
                dialog->reject();
            return;
        }
        arm();
    }

    QObject m_context; // pending polls die with the driver
    QString m_name;
    std::function<void(QDialog *)> m_handle;
    QDeadlineTimer m_deadline;
    bool m_handled = false;
    bool m_missed = false;
};

QVariant scalar(const QString &path, const QString &sql)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("tst_mainwindow_%1").arg(counter.fetch_add(1));
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList backupFiles(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("uniondesk-*.db")}, QDir::Files, QDir::Name);
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void welcomePageWithoutDatabase();
    void tabsWhenDatabaseOpen();
    void openingAsksWhoIsWorking();
    void reviewerSeesNoUserManagement();
    void syncMenuOpensThePanel();
    void backupNowAction_data();
    void backupNowAction();
    void checkDatabaseAction();
    void aboutDialog_data();
    void aboutDialog();
    void undoRedoActionsFollowTheStack();
    void undoOfRecordChangedElsewhereWarns();
    void editMenuSaysWhyItCannotUndo();
    void restoreFromBackup();
    void restoreRefusesGarbage();
    void newerSchemaRefused_data();
    void newerSchemaRefused();
    void guideHasEverySection();
    void f1OpensTheGuideAtTheScreensSection();
    void f1InADialogAndAccessKeysOfRowLabels();
    void documentsFolderIsRemembered();
    void importDialogExplainsColumnsAndSavesTemplate_data();
    void importDialogExplainsColumnsAndSavesTemplate();
    void registerImportOpensTheImportDialog();
    void caseImportOpensTheDialogAndReports();

private:
    QString makeNodeDb(const QString &fileName);
    QAction *action(MainWindow &window, const char *name);
    QWidget *widget(MainWindow &window, const char *name);

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void tst_MainWindow::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
    QVERIFY(m_home.isValid());
    // Settings and standard paths of this test only: never the user's real ones.
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationDomain(QStringLiteral("uniondesk.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY2(QSettings().fileName().startsWith(m_home.path()), qPrintable(QSettings().fileName()));
}

void tst_MainWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = makeNodeDb(QStringLiteral("node.db"));
    QVERIFY(!m_db.isEmpty());
}

void tst_MainWindow::cleanup()
{
    // No modal left open by a failed test.
    while (QWidget *w = QApplication::activeModalWidget())
        w->close();
    m_dir.reset();
    QSettings().clear();
}

QString tst_MainWindow::makeNodeDb(const QString &fileName)
{
    const QString path = m_dir->filePath(fileName);
    Database db;
    if (Status s = db.open(path, Database::OpenMode::CreateIfMissing); !s) {
        qWarning("%s", qPrintable(s.error()));
        return {};
    }
    SystemClock clock;
    auto node = NodeIdentity::initialize(db, QStringLiteral("110105015"), Tier::Street, QStringLiteral("八里庄测试站"), clock);
    if (!node) {
        qWarning("%s", qPrintable(node.error()));
        return {};
    }
    return QFileInfo(path).absoluteFilePath();
}

QAction *tst_MainWindow::action(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QLatin1String(name));
}

QWidget *tst_MainWindow::widget(MainWindow &window, const char *name)
{
    return window.findChild<QWidget *>(QLatin1String(name));
}

void tst_MainWindow::welcomePageWithoutDatabase()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QWidget *welcome = widget(window, "welcomePage");
    QWidget *tabs = widget(window, "workspaceTabs");
    QVERIFY(welcome);
    QVERIFY(tabs);
    QVERIFY(welcome->isVisible());
    QVERIFY(!tabs->isVisible());
    QVERIFY(widget(window, "welcomeNewButton")->isVisible());
    QVERIFY(widget(window, "welcomeOpenButton")->isVisible());
    QVERIFY(window.database() == nullptr);
    QVERIFY(window.commands() == nullptr);
    for (const char *name : {"actionBackupNow", "actionCheckDatabase", "actionUndo", "actionRedo"}) {
        QAction *a = action(window, name);
        QVERIFY2(a, name);
        QVERIFY2(!a->isEnabled(), name);
    }
    QVERIFY(action(window, "actionNewDatabase")->isEnabled());
    QVERIFY(action(window, "actionOpenDatabase")->isEnabled());
    // Backing up with nothing open is refused, not a crash.
    QVERIFY(!window.backupNow().ok());
}

// Opening a database goes through the login dialog; a wrong password keeps it open with an
// inline message, the right one opens the workspaces as that user.
void tst_MainWindow::openingAsksWhoIsWorking()
{
    {
        Database db;
        QVERIFY(db.open(m_db, Database::OpenMode::ExistingOnly).ok());
        RecordStore store(db);
        QVERIFY(Accounts(store).addUser(QStringLiteral("wangfang"), QStringLiteral("王芳"), Role::Mediator,
                                        QStringLiteral("correct horse 1"))
                    .ok());
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    bool sawError = false;
    ModalDriver driver(QStringLiteral("loginDialog"), [&sawError](QDialog *dialog) {
        auto *user = dialog->findChild<QLineEdit *>(QStringLiteral("loginUsernameEdit"));
        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("loginPasswordEdit"));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("loginError"));
        QVERIFY(user && password && error);
        user->setText(QStringLiteral("wangfang"));
        password->setText(QStringLiteral("wrong password"));
        dialog->accept();
        QVERIFY(dialog->isVisible()); // stays open
        sawError = !error->text().isEmpty();
        QCOMPARE(user->text(), QStringLiteral("wangfang"));
        password->setText(QStringLiteral("correct horse 1"));
        dialog->accept();
    });
    const Status opened = window.openDatabase(m_db);
    QVERIFY(driver.handled());
    QVERIFY(sawError);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(window.session().username, QStringLiteral("wangfang"));
    QCOMPARE(window.session().role, Role::Mediator);
    auto *tabs = qobject_cast<QTabWidget *>(widget(window, "workspaceTabs"));
    // The current workspace (mediation, the first tab) is built right after the first paint.
    QTRY_VERIFY(tabs->findChild<QWidget *>(QStringLiteral("mediationPage")));
    QVERIFY(!tabs->findChild<QWidget *>(QStringLiteral("usersSlot"))); // mediators do not manage users
    auto *status = qobject_cast<QLabel *>(widget(window, "nodeStatusLabel"));
    QVERIFY2(status->text().contains(QStringLiteral("王芳")), qPrintable(status->text()));

    // Cancelling the login opens nothing.
    window.closeDatabase();
    ModalDriver cancel(QStringLiteral("loginDialog"), [](QDialog *dialog) { dialog->reject(); });
    QVERIFY(!window.openDatabase(m_db).ok());
    QVERIFY(window.database() == nullptr);
}

void tst_MainWindow::reviewerSeesNoUserManagement()
{
    MainWindow window;
    window.show();
    Session reviewer = adminSession();
    reviewer.role = Role::Reviewer;
    QVERIFY(window.openDatabase(m_db, reviewer).ok());
    auto *tabs = qobject_cast<QTabWidget *>(widget(window, "workspaceTabs"));
    QVERIFY(tabs->findChild<QWidget *>(QStringLiteral("orgUnitsSlot")));
    QVERIFY(!tabs->findChild<QWidget *>(QStringLiteral("usersSlot")));
    QVERIFY(!tabs->findChild<QWidget *>(QStringLiteral("usersPage")));
    window.closeDatabase();
    QVERIFY(window.openDatabase(m_db, adminSession()).ok());
    auto *users = tabs->findChild<QWidget *>(QStringLiteral("usersSlot"));
    QVERIFY(users);
    // Each workspace is built the first time its tab is shown.
    tabs->setCurrentWidget(users);
    QTRY_VERIFY(tabs->findChild<QWidget *>(QStringLiteral("usersPage")));
}

// The Sync menu opens the sync panel (a dock); without a hub the status bar shows no sync
// indicator and the panel says the node is not enrolled. Closing the database removes both.
void tst_MainWindow::syncMenuOpensThePanel()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("actionSyncPanel"));
    QVERIFY(action);
    QVERIFY(!action->isEnabled()); // no database
    QVERIFY(window.openDatabase(m_db, adminSession()).ok());
    QVERIFY(action->isEnabled());
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("syncPanel"))->isVisible());
    action->trigger();
    auto *panel = window.findChild<QWidget *>(QStringLiteral("syncPanel"));
    QTRY_VERIFY(panel && panel->isVisible());
    auto *enrollment = panel->findChild<QLabel *>(QStringLiteral("syncEnrollmentLabel"));
    QVERIFY(enrollment);
    QVERIFY2(enrollment->text().contains(QStringLiteral("not enrolled")), qPrintable(enrollment->text()));
    QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("syncEnrollButton"))->isVisible());
    auto *indicator = window.statusBar()->findChild<QWidget *>(QStringLiteral("syncIndicator"));
    QVERIFY(indicator);
    QVERIFY(!indicator->isVisible());
    window.closeDatabase();
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("syncPanel")));
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("syncIndicator")));
    QVERIFY(!action->isEnabled());
}

void tst_MainWindow::tabsWhenDatabaseOpen()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const Status opened = window.openDatabase(m_db, adminSession());
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    auto *tabs = qobject_cast<QTabWidget *>(widget(window, "workspaceTabs"));
    QVERIFY(tabs);
    QTRY_VERIFY(tabs->isVisible());
    QVERIFY(!widget(window, "welcomePage")->isVisible());
    QVERIFY(tabs->count() >= 1);
    QTRY_VERIFY(tabs->findChild<QWidget *>(QStringLiteral("mediationPage")));
    QVERIFY(!tabs->findChild<QWidget *>(QStringLiteral("registerPage"))); // not shown yet
    QVERIFY(!tabs->findChild<QWidget *>(QStringLiteral("orgUnitsPage")));
    auto *registerSlot = tabs->findChild<QWidget *>(QStringLiteral("registerSlot"));
    QVERIFY(registerSlot);
    tabs->setCurrentWidget(registerSlot);
    QTRY_VERIFY(tabs->findChild<QWidget *>(QStringLiteral("registerPage")));
    auto *org = tabs->findChild<QWidget *>(QStringLiteral("orgUnitsSlot"));
    QVERIFY(org);
    tabs->setCurrentWidget(org);
    QTRY_VERIFY(tabs->findChild<QWidget *>(QStringLiteral("orgUnitsPage")));
    QVERIFY(action(window, "actionBackupNow")->isEnabled());
    QVERIFY(action(window, "actionCheckDatabase")->isEnabled());
    QVERIFY2(window.windowTitle().contains(QStringLiteral("八里庄测试站")), qPrintable(window.windowTitle()));
    auto *status = qobject_cast<QLabel *>(widget(window, "nodeStatusLabel"));
    QVERIFY(status);
    QVERIFY2(status->text().contains(QDir::toNativeSeparators(m_db)), qPrintable(status->text()));
    QTRY_COMPARE(AppSettings::lastDatabase(), m_db);

    window.closeDatabase();
    QTRY_VERIFY(widget(window, "welcomePage")->isVisible());
    QVERIFY(!tabs->isVisible());
    QVERIFY(!action(window, "actionBackupNow")->isEnabled());
    QVERIFY(window.database() == nullptr);
}

void tst_MainWindow::backupNowAction_data()
{
    QTest::addColumn<bool>("configuredFolder");
    QTest::newRow("beside the database") << false;
    QTest::newRow("configured folder") << true;
}

void tst_MainWindow::backupNowAction()
{
    QFETCH(bool, configuredFolder);
    const QString configured = m_dir->filePath(QStringLiteral("elsewhere/backups"));
    if (configuredFolder)
        AppSettings::setBackupFolder(configured);

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_db, adminSession()).ok());
    const QString folder = window.backupFolder();
    QCOMPARE(folder, configuredFolder ? configured : BackupManager::defaultFolderFor(m_db));

    // A few seconds after opening, the daily backup is made; the action adds one more.
    QTRY_COMPARE_WITH_TIMEOUT(backupFiles(folder).size(), 1, 15000);
    const QStringList before = backupFiles(folder);
    QAction *backup = action(window, "actionBackupNow");
    QVERIFY(backup && backup->isEnabled());
    backup->trigger();
    QTRY_COMPARE(backupFiles(folder).size(), before.size() + 1);
    QStringList added = backupFiles(folder);
    for (const QString &f : before)
        added.removeAll(f);
    QCOMPARE(added.size(), 1);
    const auto info = Database::inspectFile(QDir(folder).filePath(added.first()));
    QVERIFY2(info.ok(), qPrintable(info.error()));
    QCOMPARE(info.value().orgUnit, QStringLiteral("110105015"));
    // Nothing half-written is left in the folder.
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), before.size() + 1);
}

void tst_MainWindow::checkDatabaseAction()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_db, adminSession()).ok());

    QString text;
    QString name;
    ModalDriver driver(QStringLiteral("checkResultBox"), [&](QDialog *dialog) {
        name = dialog->objectName();
        if (auto *box = qobject_cast<QMessageBox *>(dialog))
            text = box->text();
        dialog->close();
    });
    action(window, "actionCheckDatabase")->trigger();
    QVERIFY2(driver.handled(), "the check result box did not appear");
    QVERIFY(!driver.missed());
    QCOMPARE(name, QStringLiteral("checkResultBox"));
    QVERIFY2(text.contains(QStringLiteral("No problems"), Qt::CaseInsensitive), qPrintable(text));
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    QVERIFY(window.database() != nullptr); // still open and usable
}

void tst_MainWindow::aboutDialog_data()
{
    QTest::addColumn<bool>("withDatabase");
    QTest::newRow("database open") << true;
    QTest::newRow("no database") << false;
}

void tst_MainWindow::aboutDialog()
{
    QFETCH(bool, withDatabase);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    if (withDatabase)
        QVERIFY(window.openDatabase(m_db, adminSession()).ok());

    QString path;
    QString schema;
    QString node;
    ModalDriver driver(QStringLiteral("aboutDialog"), [&](QDialog *dialog) {
        if (auto *l = dialog->findChild<QLabel *>(QStringLiteral("aboutDatabasePath")))
            path = l->text();
        if (auto *l = dialog->findChild<QLabel *>(QStringLiteral("aboutSchema")))
            schema = l->text();
        if (auto *l = dialog->findChild<QLabel *>(QStringLiteral("aboutOrgUnit")))
            node = l->text();
        dialog->reject();
    });
    action(window, "actionAbout")->trigger();
    QVERIFY2(driver.handled(), "the About dialog did not appear");
    QVERIFY2(schema.contains(QString::number(Database::latestSchemaVersion())), qPrintable(schema));
    if (withDatabase) {
        QCOMPARE(path, QDir::toNativeSeparators(m_db));
        QVERIFY2(node.contains(QStringLiteral("110105015")), qPrintable(node));
    } else {
        QVERIFY(!path.isEmpty());
        QVERIFY(!path.contains(QDir::toNativeSeparators(m_dir->path())));
        QVERIFY(node.isEmpty());
    }
}

void tst_MainWindow::undoRedoActionsFollowTheStack()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_db, adminSession()).ok());
    QAction *undo = action(window, "actionUndo");
    QAction *redo = action(window, "actionRedo");
    QVERIFY(undo && redo);
    QVERIFY(!undo->isEnabled());
    QVERIFY(!redo->isEnabled());

    CommandFacade *commands = window.commands();
    QVERIFY(commands);
    const auto unit = OrgUnitRepository(*window.database()).find(QStringLiteral("110105015"));
    QVERIFY(unit.has_value());
    const QString description = QStringLiteral("Rename 八里庄");
    auto edited = commands->editRecord(QStringLiteral("org_units"), unit->id, unit->version,
                                       {{QStringLiteral("short_name"), QStringLiteral("八里庄街道工会")}}, description);
    QVERIFY2(edited.ok(), qPrintable(edited.error()));
    QVERIFY(undo->isEnabled());
    QVERIFY(!redo->isEnabled());
    QVERIFY2(undo->text().contains(description), qPrintable(undo->text()));

    undo->trigger();
    QCOMPARE(OrgUnitRepository(*window.database()).find(QStringLiteral("110105015"))->shortName, unit->shortName);
    QVERIFY(!undo->isEnabled());
    QVERIFY(redo->isEnabled());
    QVERIFY2(redo->text().contains(description), qPrintable(redo->text()));
    QCOMPARE(commands->undoStack()->canRedo(), redo->isEnabled());

    redo->trigger();
    QCOMPARE(OrgUnitRepository(*window.database()).find(QStringLiteral("110105015"))->shortName,
             QStringLiteral("八里庄街道工会"));
    QVERIFY(undo->isEnabled());
    QVERIFY(!redo->isEnabled());
    QVERIFY(QApplication::activeModalWidget() == nullptr); // no "could not undo" warning

    // A different database starts with an empty history.
    window.closeDatabase();
    QVERIFY(!undo->isEnabled());
    QVERIFY(!redo->isEnabled());
}

// After a step that cannot be undone (a case closed, an import, a merge) the Undo action says so,
// and does not undo the step before it; the next undoable step brings it back.
void tst_MainWindow::editMenuSaysWhyItCannotUndo()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_db, adminSession()).ok());
    QAction *undo = action(window, "actionUndo");
    QVERIFY(undo);
    CommandFacade *commands = window.commands();
    const auto unit = OrgUnitRepository(*window.database()).find(QStringLiteral("110105015"));
    QVERIFY(unit.has_value());
    auto edited = commands->editRecord(QStringLiteral("org_units"), unit->id, unit->version,
                                       {{QStringLiteral("short_name"), QStringLiteral("八里庄一")}},
                                       QStringLiteral("Rename once"));
    QVERIFY(edited.ok());
    QVERIFY(undo->isEnabled());

    const QString why = QStringLiteral("case closed (Performed)");
    const Status final = commands->runFinal(why, [&](RecordStore &store) {
        return store.update(QStringLiteral("org_units"), unit->id, edited.value().version,
                            {{QStringLiteral("short_name"), QStringLiteral("八里庄二")}})
            .status();
    });
    QVERIFY2(final.ok(), qPrintable(final.error()));
    QVERIFY(!undo->isEnabled());
    QCOMPARE(undo->text(), MainWindow::tr("Cannot undo: %1").arg(why));
    QCOMPARE(window.statusBar()->currentMessage(), MainWindow::tr("Cannot undo: %1").arg(why));
    undo->trigger(); // disabled: nothing happens
    QCOMPARE(OrgUnitRepository(*window.database()).find(QStringLiteral("110105015"))->shortName,
             QStringLiteral("八里庄二"));

    const auto now = OrgUnitRepository(*window.database()).find(QStringLiteral("110105015"));
    QVERIFY(commands->editRecord(QStringLiteral("org_units"), now->id, now->version,
                                 {{QStringLiteral("short_name"), QStringLiteral("八里庄三")}},
                                 QStringLiteral("Rename again"))
                .ok());
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(QStringLiteral("Rename again")), qPrintable(undo->text()));
}

void tst_MainWindow::undoOfRecordChangedElsewhereWarns()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_db, adminSession()).ok());
    const auto unit = OrgUnitRepository(*window.database()).find(QStringLiteral("110105015"));
    QVERIFY(unit.has_value());
    auto edited = window.commands()->editRecord(QStringLiteral("org_units"), unit->id, unit->version,
                                                {{QStringLiteral("short_name"), QStringLiteral("甲")}},
                                                QStringLiteral("Rename"));
    QVERIFY2(edited.ok(), qPrintable(edited.error()));
    // Changed elsewhere (another writer on the same file) after the edit.
    RecordStore other(*window.database());
    auto moved = other.update(QStringLiteral("org_units"), unit->id, edited.value().version,
                              {{QStringLiteral("short_name"), QStringLiteral("乙")}});
    QVERIFY2(moved.ok(), qPrintable(moved.error()));

    QString warning;
    ModalDriver driver(QString(), [&](QDialog *dialog) {
        if (auto *box = qobject_cast<QMessageBox *>(dialog))
            warning = box->text();
        dialog->close();
    });
    action(window, "actionUndo")->trigger();
    QVERIFY2(driver.handled(), "no warning was shown");
    QVERIFY(!warning.isEmpty());
    // Nothing was written, the step is dropped, the window goes on.
    QCOMPARE(OrgUnitRepository(*window.database()).find(QStringLiteral("110105015"))->shortName, QStringLiteral("乙"));
    QVERIFY(!action(window, "actionUndo")->isEnabled());
    QVERIFY(!action(window, "actionRedo")->isEnabled());
    QVERIFY(window.database()->isOpen());
}

void tst_MainWindow::restoreFromBackup()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_db, adminSession()).ok());
    const auto backup = window.backupNow();
    QVERIFY2(backup.ok(), qPrintable(backup.error()));
    const QString epochOfBackup = scalar(backup.value(), QStringLiteral("SELECT db_epoch FROM node")).toString();

    // Work done after the backup...
    const QString code = QStringLiteral("81110105MC1234567U");
    auto created = window.commands()->createRecord(QStringLiteral("org_units"),
                                                   {{QStringLiteral("code"), code},
                                                    {QStringLiteral("name"), QStringLiteral("北京备份后公司工会委员会")},
                                                    {QStringLiteral("short_name"), QStringLiteral("备份后公司")},
                                                    {QStringLiteral("parent_code"), QStringLiteral("110105015")},
                                                    {QStringLiteral("tier"), QStringLiteral("enterprise")}},
                                                   QStringLiteral("Add after backup"));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QVERIFY(OrgUnitRepository(*window.database()).find(code).has_value());

    // ...is gone after restoring, and the replaced file is kept beside the database.
    const Status restored = window.restoreFrom(backup.value());
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QVERIFY(window.database());
    QCOMPARE(window.database()->path(), m_db);
    QVERIFY(!OrgUnitRepository(*window.database()).find(code).has_value());
    QTRY_VERIFY(widget(window, "workspaceTabs")->isVisible());
    QVERIFY(!action(window, "actionUndo")->isEnabled()); // the undone-away history is gone too
    // The replaced file, with the -wal (and -shm) it had while the restore held it locked.
    QStringList kept = QDir(m_dir->path()).entryList({QStringLiteral("node.db.replaced-*")}, QDir::Files);
    kept.removeIf([](const QString &name) { return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm")); });
    QCOMPARE(kept.size(), 1);
    QCOMPARE(scalar(m_dir->filePath(kept.first()),
                    QStringLiteral("SELECT count(*) FROM org_units WHERE code = '81110105MC1234567U'"))
                 .toInt(),
             1);
    const auto node = NodeIdentity::load(*window.database());
    QVERIFY(node.has_value());
    QVERIFY(node->dbEpoch != epochOfBackup);
    QVERIFY(window.database()->check().ok());
}

void tst_MainWindow::restoreRefusesGarbage()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_db, adminSession()).ok());
    const QString garbage = m_dir->filePath(QStringLiteral("garbage.db"));
    {
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, '\x42'));
    }
    const Status restored = window.restoreFrom(garbage);
    QVERIFY(!restored.ok());
    QVERIFY(!restored.error().isEmpty());
    // The window reopened what was there and stays usable.
    QVERIFY(window.database());
    QCOMPARE(window.database()->path(), m_db);
    QVERIFY(window.database()->isOpen());
    QVERIFY(window.commands());
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("node.db.replaced-*")}, QDir::Files), QStringList());
    QVERIFY(window.backupNow().ok());
}

void tst_MainWindow::newerSchemaRefused_data()
{
    QTest::addColumn<bool>("otherOpen");
    QTest::newRow("nothing open") << false;
    QTest::newRow("another database open") << true;
}

void tst_MainWindow::newerSchemaRefused()
{
    QFETCH(bool, otherOpen);
    const QString newer = m_dir->filePath(QStringLiteral("newer.db"));
    QVERIFY(QFile::copy(m_db, newer));
    {
        Database db;
        QVERIFY(db.open(newer, Database::OpenMode::ExistingOnly).ok());
        QVERIFY(db.exec(QStringLiteral("PRAGMA user_version=999")).ok());
    }
    const QByteArray bytes = readAll(newer);

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    if (otherOpen)
        QVERIFY(window.openDatabase(m_db, adminSession()).ok());

    const Status opened = window.openDatabase(newer, adminSession());
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QStringLiteral("newer")), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(QStringLiteral("999")), qPrintable(opened.error()));
    QVERIFY(readAll(newer) == bytes); // refused without touching it
    QVERIFY(QApplication::activeModalWidget() == nullptr);

    if (otherOpen) {
        QVERIFY(window.database());
        QCOMPARE(window.database()->path(), m_db);
        QVERIFY(window.database()->isOpen());
        QVERIFY(widget(window, "workspaceTabs")->isVisible());
    } else {
        QVERIFY(window.database() == nullptr);
        QVERIFY(widget(window, "welcomePage")->isVisible());
    }
    // Still usable: a good database opens.
    const Status good = window.openDatabase(m_db, adminSession());
    QVERIFY2(good.ok(), qPrintable(good.error()));
    QTRY_VERIFY(widget(window, "workspaceTabs")->isVisible());
}

QTEST_MAIN(tst_MainWindow)
// Every section a screen maps to is an anchor of the guide, which is compiled in.
void tst_MainWindow::guideHasEverySection()
{
    QFile guide(QStringLiteral(":/help/guide.html"));
    QVERIFY(guide.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(guide.readAll());
    QVERIFY(html.contains(QStringLiteral("使用指南")));
    const QStringList sections = HelpBrowser::sections();
    for (const char *screen : {"cases", "intake", "case", "statistics", "register", "organisation", "users", "backups", "import"})
        QVERIFY2(sections.contains(QLatin1String(screen)), screen);
    for (const QString &section : sections)
        QVERIFY2(html.contains(QStringLiteral("<a name=\"%1\"></a>").arg(section)), qPrintable(section));
}

// Help > User guide is F1; on the case list (the mediation page) it opens the guide there.
void tst_MainWindow::f1OpensTheGuideAtTheScreensSection()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_db, adminSession()).ok());
    auto *tabs = qobject_cast<QTabWidget *>(widget(window, "workspaceTabs"));
    QVERIFY(tabs);
    QTRY_VERIFY(tabs->findChild<QWidget *>(QStringLiteral("mediationPage")));
    QWidget *page = tabs->findChild<QWidget *>(QStringLiteral("mediationPage"));
    QTRY_VERIFY(page->isVisible());
    QAction *guide = action(window, "actionUserGuide");
    QVERIFY(guide);
    QCOMPARE(guide->shortcut(), QKeySequence(Qt::Key_F1));
    QVERIFY(widget(window, "helpMenu")->actions().contains(guide));
    QWidget *inPage = page->focusWidget() ? page->focusWidget() : page->findChild<QLineEdit *>();
    QVERIFY(inPage);
    inPage->setFocus();
    QApplication::setActiveWindow(&window);
    QTRY_VERIFY(QApplication::focusWidget() == inPage);
    QCOMPARE(HelpBrowser::currentSection(), QStringLiteral("cases"));
    QTest::keyClick(inPage, Qt::Key_F1);
    HelpBrowser *help = window.findChild<HelpBrowser *>(QStringLiteral("helpDialog"));
    QVERIFY(help);
    QTRY_VERIFY(help->isVisible());
    QCOMPARE(help->section(), QStringLiteral("cases"));
    auto *browser = help->findChild<QTextBrowser *>(QStringLiteral("helpBrowser"));
    QVERIFY(browser);
    QCOMPARE(browser->source().fragment(), QStringLiteral("cases"));
    QVERIFY(browser->toPlainText().contains(QStringLiteral("案件列表")));
    keepScreenshot(help, QStringLiteral("help-cases"));
    help->close();
}

// F1 in a modal dialog (the main window's shortcut is blocked there) opens the dialog's section;
// a label of a row of widgets has its buddy, so its access key works and shows no "(&F)".
void tst_MainWindow::f1InADialogAndAccessKeysOfRowLabels()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString section;
    QStringList labelsWithoutBuddy;
    bool folderByAccessKey = false;
    ModalDriver driver(QStringLiteral("settingsDialog"), [&](QDialog *dialog) {
        for (QLabel *label : dialog->findChildren<QLabel *>())
            if (label->text().contains(QRegularExpression(QStringLiteral("&[^&]"))) && !label->buddy())
                labelsWithoutBuddy << label->text();
        auto *folder = dialog->findChild<QLineEdit *>(QStringLiteral("backupFolderEdit"));
        if (folder) {
            QTest::keyClick(dialog, Qt::Key_F, Qt::AltModifier);
            folderByAccessKey = folder->hasFocus();
            QTest::keyClick(folder, Qt::Key_F1);
            if (auto *help = dialog->findChild<HelpBrowser *>(QStringLiteral("helpDialog")))
                section = help->section();
        }
        dialog->reject();
    });
    action(window, "actionSettings")->trigger();
    QVERIFY2(driver.handled(), "the settings dialog did not appear");
    QVERIFY2(labelsWithoutBuddy.isEmpty(), qPrintable(labelsWithoutBuddy.join(QStringLiteral(", "))));
    QVERIFY(folderByAccessKey);
    QCOMPARE(section, QStringLiteral("backups"));
}

// PDFs go to the user's Documents folder the first time, then wherever the last one went.
void tst_MainWindow::documentsFolderIsRemembered()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QVERIFY(!documents.isEmpty());
    QCOMPARE(QDir(DocumentsFolder::folder()), QDir(documents));
    QVERIFY(QDir(DocumentsFolder::folder()) != QDir(QCoreApplication::applicationDirPath()));
    DocumentsFolder::remember(m_dir->filePath(QStringLiteral("京朝劳调〔2026〕12号-调解协议书.pdf")));
    QCOMPARE(QDir(DocumentsFolder::folder()), QDir(m_dir->path()));
    // A remembered folder that is gone: back to Documents.
    DocumentsFolder::remember(m_dir->filePath(QStringLiteral("gone/x.pdf")));
    QCOMPARE(QDir(DocumentsFolder::folder()), QDir(documents));
    // The program's own folder is never proposed.
    DocumentsFolder::remember(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("x.pdf")));
    QCOMPARE(QDir(DocumentsFolder::folder()), QDir(documents));
}

// The import dialog lists the importer's own columns with what each holds, and its template is
// the importer's headers as CSV in UTF-8 with a BOM, which the importer reads back.
void tst_MainWindow::importDialogExplainsColumnsAndSavesTemplate_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("workers") << QStringLiteral("workers");
    QTest::newRow("employers") << QStringLiteral("employers");
    QTest::newRow("case register") << QStringLiteral("cases");
}

void tst_MainWindow::importDialogExplainsColumnsAndSavesTemplate()
{
    QFETCH(QString, which);
    const QList<ImportColumnGuide> guide = which == QLatin1String("workers") ? RegisterImporter::columnGuide(RegisterImporter::Kind::Workers)
                                         : which == QLatin1String("employers")
                                             ? RegisterImporter::columnGuide(RegisterImporter::Kind::Employers)
                                             : CaseRegisterImporter::columnGuide();
    const QStringList headers = which == QLatin1String("workers")     ? RegisterImporter::templateHeaders(RegisterImporter::Kind::Workers)
                                : which == QLatin1String("employers") ? RegisterImporter::templateHeaders(RegisterImporter::Kind::Employers)
                                                                      : CaseRegisterImporter::templateHeaders();
    ImportDialog dialog(QStringLiteral("Import"), guide, QStringLiteral("template.csv"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("importColumnsTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), headers.size());
    for (int r = 0; r < table->rowCount(); ++r) {
        QCOMPARE(table->item(r, 0)->text(), headers.at(r));
        QVERIFY2(!table->item(r, 2)->text().isEmpty(), qPrintable(headers.at(r) + QStringLiteral(": no meaning")));
    }
    // The name (申请人 / 姓名 / 单位名称) is required; a case's employer is needed by name or credit code.
    const int first = which == QLatin1String("cases") ? 2 : 0;
    QCOMPARE(table->item(first, 1)->text(), QStringLiteral("Required"));
    if (which == QLatin1String("cases")) {
        const int employer = int(headers.indexOf(QStringLiteral("用人单位")));
        QVERIFY(employer >= 0);
        QCOMPARE(table->item(employer, 1)->text(), QStringLiteral("This or 统一社会信用代码"));
    }
    keepScreenshot(&dialog, QStringLiteral("import-") + which);
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("importSaveTemplate")));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("importChooseFile")));

    const Status saved = dialog.saveTemplate(m_dir->filePath(QStringLiteral("模板")));
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QFile file(m_dir->filePath(QStringLiteral("模板.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads UTF-8 only with the BOM
    QCOMPARE(QString::fromUtf8(bytes.mid(3)).section(QStringLiteral("\r\n"), 0, 0), headers.join(QLatin1Char(',')));
    const auto table2 = TabularFile::read(file.fileName());
    QVERIFY(table2.ok());
    QCOMPARE(table2.value().headers, headers);
    QCOMPARE(table2.value().rows.size(), 0);
}

// The register's Import button opens the import dialog, not a bare file picker.
void tst_MainWindow::registerImportOpensTheImportDialog()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_db, adminSession()).ok());
    auto *tabs = qobject_cast<QTabWidget *>(widget(window, "workspaceTabs"));
    QVERIFY(tabs);
    tabs->setCurrentWidget(tabs->findChild<QWidget *>(QStringLiteral("registerSlot")));
    QTRY_VERIFY(tabs->findChild<QWidget *>(QStringLiteral("registerPage")));
    auto *import = tabs->findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(import);
    int rows = 0;
    ModalDriver driver(QStringLiteral("importDialog"), [&](QDialog *dialog) {
        if (auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("importColumnsTable")))
            rows = table->rowCount();
        dialog->reject();
    });
    import->click();
    QVERIFY2(driver.handled(), "the import dialog did not appear");
    QCOMPARE(rows, RegisterImporter::templateHeaders(RegisterImporter::Kind::Workers).size());
}

// 导入以往案件 on the case list: the dialog with the case register's columns, then the import
// through the facade and its report (a row with an unknown employer: nothing written).
void tst_MainWindow::caseImportOpensTheDialogAndReports()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_db, adminSession()).ok());
    auto *tabs = qobject_cast<QTabWidget *>(widget(window, "workspaceTabs"));
    QVERIFY(tabs);
    QTRY_VERIFY(tabs->findChild<CaseImportButton *>(QStringLiteral("mediationImportCases")));
    auto *button = tabs->findChild<CaseImportButton *>(QStringLiteral("mediationImportCases"));
    QTRY_VERIFY(button->isVisible());
    int rows = 0;
    ModalDriver chooser(QStringLiteral("importDialog"), [&](QDialog *dialog) {
        if (auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("importColumnsTable")))
            rows = table->rowCount();
        dialog->reject();
    });
    button->click();
    QVERIFY2(chooser.handled(), "the import dialog did not appear");
    QCOMPARE(rows, CaseRegisterImporter::templateHeaders().size());

    const QString path = m_dir->filePath(QStringLiteral("cases.csv"));
    ud::Table sheet;
    sheet.headers = CaseRegisterImporter::templateHeaders();
    QStringList row(sheet.headers.size());
    const auto set = [&](const char *header, const QString &value) { row[sheet.headers.indexOf(QString::fromUtf8(header))] = value; };
    set("收到申请日期", QStringLiteral("2024-03-01"));
    set("申请人", QStringLiteral("张三"));
    set("用人单位", QStringLiteral("无此单位有限公司"));
    set("争议类型", QStringLiteral("劳动报酬"));
    set("来源", QStringLiteral("书面申请"));
    set("状态", QStringLiteral("已收到"));
    set("事实与理由", QStringLiteral("拖欠工资"));
    sheet.rows.append(row);
    QVERIFY(TabularFile::write(path, sheet).ok());
    QString report;
    ModalDriver reporter(QStringLiteral("importReportDialog"), [&](QDialog *dialog) {
        if (auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("importReportText")))
            report = text->toPlainText();
        dialog->reject();
    });
    button->importFile(path);
    QVERIFY2(reporter.handled(), "no report");
    QVERIFY2(report.contains(QStringLiteral("Unknown employer")), qPrintable(report));
    QSqlQuery count(window.database()->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM mediation_cases")) && count.next());
    QCOMPARE(count.value(0).toInt(), 0);
}

#include "tst_mainwindow.moc"
