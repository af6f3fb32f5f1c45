// Issue 9, item 1: showing a file dialog on the database's folder must not drop SQLite's locks.
//
// The sequence of the hostile test: log in, File → Open database…, cancel, then run
// `uniondesk-cli check` on the same file. With Qt's default icon provider the dialog opened x.db to
// guess its type; closing that descriptor dropped every POSIX lock the process held on it, so the
// CLI believed it was alone, deleted the WAL, and the application's later writes went to a
// deleted file and were checkpointed over the database on quit. Also: a file chosen to be read
// (evidence) or written (PDF, export) is refused when it is the open database.

#include "commands/CommandFacade.h"
#include "ui/common/FileDialogs.h"
#include "core/AppIdentity.h"
#include "core/Clock.h"
#include "core/CreditCode.h"
#include "ui/shell/MainWindow.h"
#include "storage/Accounts.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace ud;

namespace {

const QString kStation = QStringLiteral("110105015");
const QString kAdmin = QStringLiteral("admin");
const QString kPassword = QStringLiteral("correct-horse-9");

Session adminSession()
{
    Session s;
    s.username = kAdmin;
    s.displayName = QStringLiteral("测试管理员");
    s.role = Role::Administrator;
    s.orgUnit = kStation;
    return s;
}

QVariantMap unitFields(const QString &org9, const QString &name)
{
    const QString first17 = QStringLiteral("81110105") + org9;
    return {{QStringLiteral("code"), first17 + CreditCode::checkCharacter(first17)},
            {QStringLiteral("name"), name},
            {QStringLiteral("short_name"), name.left(6)},
            {QStringLiteral("parent_code"), kStation},
            {QStringLiteral("tier"), QStringLiteral("enterprise")},
            {QStringLiteral("org_unit"), kStation}};
}

// How many locks this process holds on `path`, from /proc/locks (Linux); -1 where unknown.
int locksHeldOn(const QString &path)
{
#ifdef Q_OS_LINUX
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    QFile f(QStringLiteral("/proc/locks"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pid = QByteArray::number(static_cast<qint64>(::getpid()));
    const QByteArray inode = ':' + QByteArray::number(static_cast<qulonglong>(st.st_ino));
    int held = 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        // "1: POSIX  ADVISORY  READ 4321 08:01:123456 128 128" (a "->" column may come first)
        const int pidColumn = parts.indexOf(pid);
        if (pidColumn > 0 && pidColumn + 1 < parts.size() && parts.at(pidColumn + 1).endsWith(inode))
            ++held;
    }
    return held;
#else
    Q_UNUSED(path);
    return -1;
#endif
}

// Handles modal dialogs from inside the event loop their exec() runs: `handle` is called for
// every visible modal until it returns true (done), polling every 20 ms. If nothing is handled
// in time, whatever modal is up is rejected so the test cannot hang.
class ModalHandler
{
public:
    explicit ModalHandler(std::function<bool(QWidget *)> handle, int timeoutMs = 15000) : m_handle(std::move(handle))
    {
        m_deadline.setRemainingTime(timeoutMs);
        arm();
    }
    bool done() const { return m_done; }

private:
    void arm() { QTimer::singleShot(20, &m_context, [this] { poll(); }); }
    void poll()
    {
        if (QWidget *modal = QApplication::activeModalWidget(); modal && modal->isVisible()) {
            if (m_handle(modal)) {
                m_done = true;
                return;
            }
        }
        if (m_deadline.hasExpired()) {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                dialog->reject();
            return;
        }
        arm();
    }

    QObject m_context;
    std::function<bool(QWidget *)> m_handle;
    QDeadlineTimer m_deadline;
    bool m_done = false;
};

// True once the dialog's file list has loaded `folder` and the model's worker thread has looked
// at every file in it (the moment the default icon provider used to open them).
bool folderShown(QFileDialog *dialog, const QString &folder, const QString &fileName)
{
    auto *model = dialog->findChild<QFileSystemModel *>();
    if (!model)
        return false;
    const QModelIndex file = model->index(QDir(folder).filePath(fileName));
    return file.isValid() && !model->type(file).isEmpty();
}

// Types a file name into the dialog's name box and presses Enter, as a user would.
void typeFileName(QFileDialog *dialog, const QString &path)
{
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, path);
    QTest::keyClick(edit, Qt::Key_Return);
}

// Handles the file dialog and the warning after it: once the dialog has shown its folder for half a
// second, types `path` and presses Enter (an existing file is not asked about again); then takes
// the warning's text into *warning and closes it.
std::function<bool(QWidget *)> typeNameThenAnswerWarning(const QString &path, QString *warning)
{
    auto shownFor = std::make_shared<QElapsedTimer>();
    return [path, warning, shownFor](QWidget *modal) {
        if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
            if (!shownFor->isValid())
                shownFor->start();
            if (shownFor->elapsed() < 500) // the folder listed, as a user would see it
                return false;
            dialog->setOption(QFileDialog::DontConfirmOverwrite);
            typeFileName(dialog, path);
            return false; // the warning comes next
        }
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            *warning = box->text();
            box->accept();
            return true;
        }
        return false;
    };
}

} // namespace

class tst_DatabaseLocks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cancelledOpenDialogKeepsLocks();
    void openDatabaseRefusedAsFileToRead();
    void openDatabaseRefusedAsFileToWrite();

private:
    int runCli(const QStringList &args, QString *output);

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void tst_DatabaseLocks::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    // As the desktop itself, so that it and the uniondesk-cli started below find the same node
    // key (below XDG_DATA_HOME); settings and data stay in this test's own HOME.
    setupApplicationIdentity();
    QVERIFY(!qEnvironmentVariableIsEmpty("UD_CLI"));
}

void tst_DatabaseLocks::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = QFileInfo(m_dir->filePath(QStringLiteral("station.db"))).absoluteFilePath();
    Database db;
    QVERIFY2(db.open(m_db, Database::OpenMode::CreateIfMissing), "open");
    SystemClock clock;
    QVERIFY(NodeIdentity::initialize(db, kStation, Tier::Street, QStringLiteral("八里庄测试站"), clock));
    RecordStore store(db, &clock);
    store.setActor(QStringLiteral("setup"));
    QVERIFY(Accounts(store).addUser(kAdmin, QStringLiteral("管理员"), Role::Administrator, kPassword));
}

void tst_DatabaseLocks::cleanup()
{
    while (QWidget *w = QApplication::activeModalWidget())
        w->close();
    m_dir.reset();
    QSettings().clear();
}

int tst_DatabaseLocks::runCli(const QStringList &args, QString *output)
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("UD_USER"), kAdmin);
    env.insert(QStringLiteral("UD_PASSWORD"), kPassword);
    env.insert(QStringLiteral("UNIONDESK_LANG"), QStringLiteral("en"));
    cli.setProcessEnvironment(env);
    cli.start(qEnvironmentVariable("UD_CLI"), QStringList{QStringLiteral("--db"), m_db} + args);
    if (!cli.waitForFinished(60000))
        return -1;
    *output = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
    return cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
}

void tst_DatabaseLocks::cancelledOpenDialogKeepsLocks()
{
    MainWindow window;
    QVERIFY2(window.openDatabase(m_db, adminSession()), "openDatabase");
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50); // the last database is remembered right after opening: the dialog starts beside it
    const int locksBefore = locksHeldOn(m_db);
#ifdef Q_OS_LINUX
    QVERIFY2(locksBefore > 0, "SQLite holds a lock on the open database");
#endif

    // File → Open database…: wait until the dialog has shown (and typed) every file of the
    // database's folder, then cancel.
    bool sawDatabase = false;
    ModalHandler cancel([&](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        if (!dialog)
            return false;
        if (!folderShown(dialog, m_dir->path(), QStringLiteral("station.db")))
            return false;
        QTest::qWait(300); // let the file model's worker finish the rest of the folder
        sawDatabase = true;
        dialog->reject();
        return true;
    });
    QAction *open = window.findChild<QAction *>(QStringLiteral("actionOpenDatabase"));
    QVERIFY(open);
    open->trigger();
    QVERIFY2(cancel.done(), "the Open database dialog came up and was cancelled");
    QVERIFY(sawDatabase);
    QCOMPARE(window.database()->path(), m_db); // still the same database

#ifdef Q_OS_LINUX
    QCOMPARE(locksHeldOn(m_db), locksBefore);
#endif

    // Another program on the same file while the application has it open.
    QString out;
    QCOMPARE(runCli({QStringLiteral("check")}, &out), 0);
    QVERIFY2(out.contains(QLatin1String("Check passed")), qPrintable(out));
    QVERIFY2(QFileInfo::exists(m_db + QStringLiteral("-wal")), "the CLI left the application's WAL in place");
    QVERIFY(window.database()->verifyFilesInPlace());

    // The application writes on; the write must reach the file.
    auto created = window.commands()->createRecord(QStringLiteral("org_units"),
                                                   unitFields(QStringLiteral("0000LCK01"), QStringLiteral("锁测试工会")),
                                                   QStringLiteral("add a unit"));
    QVERIFY2(created, qPrintable(created.error()));
    const QString id = created.value().id;
    window.closeDatabase();

    QCOMPARE(runCli({QStringLiteral("check")}, &out), 0);
    QVERIFY2(out.contains(QLatin1String("Check passed")), qPrintable(out));
    Database reopened;
    QVERIFY(reopened.open(m_db, Database::OpenMode::ExistingOnly));
    QSqlQuery q(reopened.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM org_units WHERE id = '%1'").arg(id)));
    QVERIFY2(q.next(), "the write made after the dialog is in the file");
    QCOMPARE(q.value(0).toString(), QStringLiteral("锁测试工会"));
}

void tst_DatabaseLocks::openDatabaseRefusedAsFileToRead()
{
    Database db;
    QVERIFY(db.open(m_db, Database::OpenMode::ExistingOnly));
    const int locksBefore = locksHeldOn(m_db);

    // The user picks the database itself (here by its WAL's name) as a file to read.
    QString warning;
    ModalHandler pick(typeNameThenAnswerWarning(m_db + QStringLiteral("-wal"), &warning));
    const QString chosen = FileDialogs::openFileToRead(nullptr, QStringLiteral("Attach evidence"), m_dir->path(),
                                                       QStringLiteral("All files (*)"));
    QVERIFY2(pick.done(), qPrintable(chosen));
    QVERIFY(chosen.isEmpty());
    QVERIFY2(warning.contains(QLatin1String("station.db")), qPrintable(warning));
#ifdef Q_OS_LINUX
    QCOMPARE(locksHeldOn(m_db), locksBefore);
#else
    Q_UNUSED(locksBefore);
#endif
    QVERIFY(!DatabaseFiles::refuseOpenDatabaseFile(m_db));
    QVERIFY(DatabaseFiles::refuseOpenDatabaseFile(m_dir->filePath(QStringLiteral("other.csv"))));
}

void tst_DatabaseLocks::openDatabaseRefusedAsFileToWrite()
{
    Database db;
    QVERIFY(db.open(m_db, Database::OpenMode::ExistingOnly));
    const qint64 sizeBefore = QFileInfo(m_db).size();

    QString warning;
    ModalHandler pick(typeNameThenAnswerWarning(m_db, &warning));
    const QString chosen = FileDialogs::saveFile(nullptr, QStringLiteral("Save document as PDF"), m_dir->path(),
                                                 QStringLiteral("PDF (*.pdf)"));
    QVERIFY(pick.done());
    QVERIFY(chosen.isEmpty());
    QVERIFY(!warning.isEmpty());
    QCOMPARE(QFileInfo(m_db).size(), sizeBefore);
    QVERIFY(db.verifyFilesInPlace());
}

QTEST_MAIN(tst_DatabaseLocks)
#include "tst_databaselocks.moc"
