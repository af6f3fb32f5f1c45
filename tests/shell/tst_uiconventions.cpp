// Tests for ud::UiConventions, the keyboard and window conventions of every screen (issue 12,
// item 1): Return presses no button from a field, Ctrl+Return confirms, Tab leaves tables, a
// dialog opens on its first field, windows and columns come back as they were left and never
// larger than the screen. Then every dialog the main window's workspaces open with one click on
// a "…" button or menu entry, on a demo database: unique access keys, and Return in each of its
// line edits changes no record and closes or opens nothing.

#include "core/Clock.h"
#include "demo/DemoGenerator.h"
#include "storage/Accounts.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"
#include "ui/common/UiConventions.h"
#include "ui/shell/MainWindow.h"
#include "ui/mediation/MediationPage.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QVBoxLayout>
#include <QtTest>

#include <functional>
#include <memory>

using namespace ud;

namespace {

// A dialog like the ones that went wrong: a text field, a table, a button that changes state
// (autoDefault, as QPushButtons in dialogs are) and OK/Cancel.
struct Probe
{
    std::unique_ptr<QDialog> dialog = std::make_unique<QDialog>();
    QPushButton *change = nullptr;
    QTableWidget *table = nullptr;
    QLineEdit *field = nullptr;
    int changes = 0;

    explicit Probe(const QString &name = QStringLiteral("probeDialog"))
    {
        dialog->setObjectName(name);
        auto *layout = new QVBoxLayout(dialog.get());
        change = new QPushButton(QStringLiteral("&Change status…"), dialog.get());
        QObject::connect(change, &QPushButton::clicked, dialog.get(), [this] { ++changes; });
        table = new QTableWidget(2, 2, dialog.get());
        table->setObjectName(QStringLiteral("probeTable"));
        field = new QLineEdit(dialog.get());
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog.get());
        QObject::connect(buttons, &QDialogButtonBox::accepted, dialog.get(), &QDialog::accept);
        QObject::connect(buttons, &QDialogButtonBox::rejected, dialog.get(), &QDialog::reject);
        layout->addWidget(change);
        layout->addWidget(table);
        layout->addWidget(field);
        layout->addWidget(buttons);
    }
    bool show()
    {
        dialog->show();
        QApplication::setActiveWindow(dialog.get());
        return QTest::qWaitForWindowExposed(dialog.get());
    }
};

Session adminSession()
{
    Session s;
    s.username = QStringLiteral("tester");
    s.displayName = QStringLiteral("测试管理员");
    s.role = Role::Administrator;
    s.orgUnit = QStringLiteral("110105015");
    return s;
}

// What a dialog did wrong, collected from inside its exec().
struct DialogFinding
{
    QString dialog;
    QStringList problems;
};

} // namespace

class tst_UiConventions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void returnInAFieldPressesNothing_data();
    void returnInAFieldPressesNothing();
    void ctrlReturnConfirms();
    void aDialogThatChangesNoRecordKeepsReturn();
    void tabLeavesTables();
    void firstFieldHasTheFocus();
    void geometryAndColumnsRemembered();
    void neverLargerThanTheScreen();
    void accessKeyClashesAreFound();
    void everyDialogOfTheWorkspaces_data();
    void everyDialogOfTheWorkspaces();

private:
    qint64 auditCount() const;
    void checkDialog(QDialog *dialog, QList<DialogFinding> &findings, int depth);

    QTemporaryDir m_home;
    QString m_settings;
    UiConventions *m_conventions = nullptr;
    std::unique_ptr<Database> m_auditDb;
};

void tst_UiConventions::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationDomain(QStringLiteral("uniondesk.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_uiconventions"));
    m_settings = m_home.filePath(QStringLiteral("conventions.ini"));
}

void tst_UiConventions::init()
{
    QFile::remove(m_settings);
    if (!m_conventions)
        m_conventions = UiConventions::install(*qApp, m_settings);
}

void tst_UiConventions::returnInAFieldPressesNothing_data()
{
    QTest::addColumn<bool>("installed");
    // Without the conventions Qt's own rules press the default button: the test can fail.
    QTest::newRow("Qt's defaults") << false;
    QTest::newRow("conventions") << true;
}

void tst_UiConventions::returnInAFieldPressesNothing()
{
    QFETCH(bool, installed);
    if (!installed)
        qApp->removeEventFilter(m_conventions);
    Probe probe;
    QVERIFY(probe.show());
    probe.field->setFocus();
    QTest::keyClick(probe.field, Qt::Key_Return);
    probe.change->setFocus(); // a focused autoDefault button becomes the default in Qt's rules
    probe.field->setFocus();
    QTest::keyClick(probe.field, Qt::Key_Return);
    probe.table->setFocus();
    probe.table->setCurrentCell(0, 0);
    QTest::keyClick(probe.table, Qt::Key_Return);
    const bool untouched = probe.dialog->isVisible() && probe.changes == 0 && probe.dialog->result() == 0;
    qApp->installEventFilter(m_conventions);
    QCOMPARE(untouched, installed);
}

void tst_UiConventions::ctrlReturnConfirms()
{
    Probe probe;
    QVERIFY(probe.show());
    probe.field->setFocus();
    QTest::keyClick(probe.field, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!probe.dialog->isVisible());
    QCOMPARE(probe.dialog->result(), int(QDialog::Accepted));
    QCOMPARE(probe.changes, 0);
}

// Logging in changes no record: its dialog keeps Return (UiConventions::kReturnAccepts).
void tst_UiConventions::aDialogThatChangesNoRecordKeepsReturn()
{
    Probe probe(QStringLiteral("loginLikeDialog"));
    probe.dialog->setProperty(UiConventions::kReturnAccepts, true);
    QVERIFY(probe.show());
    probe.field->setFocus();
    QTest::keyClick(probe.field, Qt::Key_Return);
    QVERIFY(!probe.dialog->isVisible());
    QCOMPARE(probe.dialog->result(), int(QDialog::Accepted));
}

void tst_UiConventions::tabLeavesTables()
{
    Probe probe;
    QVERIFY(probe.show());
    probe.table->setFocus();
    probe.table->setCurrentCell(0, 0);
    QTest::keyClick(probe.table, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(probe.field));
}

void tst_UiConventions::firstFieldHasTheFocus()
{
    Probe probe;
    QVERIFY(probe.show());
    // The button comes first in the focus chain; the first field is the table.
    QTRY_COMPARE(probe.dialog->focusWidget(), static_cast<QWidget *>(probe.table));
}

void tst_UiConventions::geometryAndColumnsRemembered()
{
    const auto makeView = [](QDialog *dialog, QStandardItemModel *model) {
        auto *view = new QTableView(dialog);
        view->setObjectName(QStringLiteral("probeView"));
        view->setModel(model);
        dialog->layout()->addWidget(view);
        return view;
    };
    QStandardItemModel model(3, 4);
    {
        Probe probe(QStringLiteral("rememberedDialog"));
        QTableView *view = makeView(probe.dialog.get(), &model);
        QVERIFY(probe.show());
        probe.dialog->resize(520, 410);
        view->horizontalHeader()->resizeSection(1, 177);
        view->horizontalHeader()->hideSection(2);
        probe.dialog->reject(); // hidden: saved
    }
    Probe again(QStringLiteral("rememberedDialog"));
    QTableView *view = makeView(again.dialog.get(), &model);
    QVERIFY(again.show());
    QCOMPARE(again.dialog->size(), QSize(520, 410));
    QCOMPARE(view->horizontalHeader()->sectionSize(1), 177);
    QVERIFY(view->horizontalHeader()->isSectionHidden(2));
    // Another dialog's name: nothing of that.
    Probe other(QStringLiteral("otherDialog"));
    QTableView *otherView = makeView(other.dialog.get(), &model);
    QVERIFY(other.show());
    QVERIFY(!otherView->horizontalHeader()->isSectionHidden(2));
}

void tst_UiConventions::neverLargerThanTheScreen()
{
    Probe probe(QStringLiteral("hugeDialog"));
    probe.dialog->resize(5000, 4000);
    QVERIFY(probe.show());
    const QRect free = probe.dialog->screen()->availableGeometry();
    QVERIFY2(free.contains(probe.dialog->frameGeometry()),
             qPrintable(QStringLiteral("%1x%2 at %3,%4 on %5x%6 at %7,%8")
                            .arg(probe.dialog->frameGeometry().width())
                            .arg(probe.dialog->frameGeometry().height())
                            .arg(probe.dialog->x())
                            .arg(probe.dialog->y())
                            .arg(free.width())
                            .arg(free.height())
                            .arg(free.x())
                            .arg(free.y())));
}

void tst_UiConventions::accessKeyClashesAreFound()
{
    Probe probe;
    auto *print = new QPushButton(QStringLiteral("Print &preview"), probe.dialog.get());
    auto *pay = new QPushButton(QStringLiteral("Record &payment"), probe.dialog.get());
    auto *tom = new QPushButton(QStringLiteral("Tom && &Jerry"), probe.dialog.get());
    for (QWidget *w : {static_cast<QWidget *>(print), static_cast<QWidget *>(pay), static_cast<QWidget *>(tom)})
        probe.dialog->layout()->addWidget(w);
    QVERIFY(probe.show());
    const QStringList clashes = UiConventions::accessKeyClashes(probe.dialog.get());
    QCOMPARE(clashes, QStringList{QStringLiteral("P: Print &preview, Record &payment")});
    pay->hide(); // a hidden button's key is free
    QVERIFY(UiConventions::accessKeyClashes(probe.dialog.get()).isEmpty());
}

qint64 tst_UiConventions::auditCount() const
{
    QSqlQuery q(m_auditDb->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next() ? q.value(0).toLongLong() : -1;
}

// The checks every dialog must pass, from inside its exec(): its access keys are unique, and
// Return in each visible line edit changes no record and neither closes it nor opens another.
void tst_UiConventions::checkDialog(QDialog *dialog, QList<DialogFinding> &findings, int depth)
{
    DialogFinding finding;
    finding.dialog = dialog->objectName().isEmpty() ? QString::fromLatin1(dialog->metaObject()->className()) : dialog->objectName();
    finding.problems += UiConventions::accessKeyClashes(dialog);
    if (qobject_cast<QFileDialog *>(dialog)) { // Return in its name field opens or saves the file
        findings << finding;
        dialog->reject();
        return;
    }
    const qint64 before = auditCount();
    const QList<QLineEdit *> edits = dialog->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (!edit->isVisibleTo(dialog) || !edit->isEnabled() || edit->window() != dialog)
            continue;
        edit->setFocus();
        bool opened = false;
        QTimer::singleShot(200, dialog, [dialog, &opened] {
            if (QWidget *modal = QApplication::activeModalWidget(); modal && modal != dialog) {
                opened = true;
                modal->close();
            }
        });
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::qWait(250);
        const QString what = edit->objectName().isEmpty() ? QStringLiteral("a line edit") : edit->objectName();
        if (!dialog->isVisible()) {
            finding.problems << QStringLiteral("Return in %1 closed the dialog").arg(what);
            break;
        }
        if (opened)
            finding.problems << QStringLiteral("Return in %1 opened another window").arg(what);
    }
    if (auditCount() != before)
        finding.problems << QStringLiteral("Return in a field changed records (%1 audit entries)").arg(auditCount() - before);
    Q_UNUSED(depth)
    findings << finding;
    dialog->reject();
}

void tst_UiConventions::everyDialogOfTheWorkspaces_data()
{
    QTest::addColumn<QString>("language");
    // Each language has its own access keys ("登记案件(&G)"): both are checked.
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

void tst_UiConventions::everyDialogOfTheWorkspaces()
{
    QFETCH(QString, language);
    QCOMPARE(installTranslations(language), language);
    const auto english = qScopeGuard([] { installTranslations(QStringLiteral("en")); });
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("node.db"));
    {
        Database db;
        QVERIFY(db.open(path, Database::OpenMode::CreateIfMissing).ok());
        SystemClock clock;
        QVERIFY(NodeIdentity::initialize(db, QStringLiteral("110105015"), Tier::Street, QStringLiteral("八里庄测试站"), clock).ok());
        RecordStore store(db, &clock);
        store.setActor(QStringLiteral("tester"));
        DemoOptions options;
        options.size = 200;
        options.seed = 12;
        const auto filled = DemoGenerator(db, store, &clock).fill(options);
        QVERIFY2(filled.ok(), qPrintable(filled.error()));
    }
    m_auditDb = std::make_unique<Database>();
    QVERIFY(m_auditDb->open(path, Database::OpenMode::ExistingOnly).ok());

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(path, adminSession()).ok());
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("workspaceTabs"));
    QVERIFY(tabs);
    QVERIFY2(UiConventions::accessKeyClashes(&window).isEmpty(), qPrintable(UiConventions::accessKeyClashes(&window).join(u'\n')));

    QList<DialogFinding> findings;
    QStringList opened;
    const auto ellipsis = [](const QString &text) {
        return text.contains(QStringLiteral("…")) || text.contains(QStringLiteral("..."));
    };
    const auto whileModal = [&](const std::function<void()> &trigger) {
        bool seen = false;
        QTimer::singleShot(50, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen = true;
            opened << (dialog->objectName().isEmpty() ? QString::fromLatin1(dialog->metaObject()->className()) : dialog->objectName());
            checkDialog(dialog, findings, 0);
        });
        trigger();
        QTest::qWait(80);
        return seen;
    };
    for (int t = 0; t < tabs->count(); ++t) {
        tabs->setCurrentIndex(t);
        QTest::qWait(100);
        QWidget *page = tabs->currentWidget();
        for (const QString &clash : UiConventions::accessKeyClashes(&window))
            findings.append({tabs->tabText(t), {clash}});
        const QList<QPushButton *> buttons = page->findChildren<QPushButton *>();
        for (QPushButton *b : buttons)
            if (b->isVisible() && b->isEnabled() && ellipsis(b->text()))
                whileModal([b] { b->click(); });
    }
    // A case's window (opened from the list, not modal) and the dialogs of its "…" buttons.
    {
        QSqlQuery q(m_auditDb->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM mediation_cases WHERE status = 'performing' LIMIT 1")) && q.next());
        auto *mediation = window.findChild<MediationPage *>(QStringLiteral("mediationPage"));
        QVERIFY(mediation);
        QWidget *caseWindow = nullptr;
        connect(mediation, &MediationPage::caseOpened, this, [&caseWindow](QWidget *w) { caseWindow = w; });
        tabs->setCurrentIndex(0);
        mediation->openCase(q.value(0).toString());
        QTRY_VERIFY(caseWindow && caseWindow->isVisible());
        for (const QString &clash : UiConventions::accessKeyClashes(caseWindow))
            findings.append({caseWindow->objectName(), {clash}});
        if (auto *caseTabs = caseWindow->findChild<QTabWidget *>())
            for (int t = 0; t < caseTabs->count(); ++t) {
                caseTabs->setCurrentIndex(t);
                QTest::qWait(50);
                for (const QString &clash : UiConventions::accessKeyClashes(caseWindow))
                    findings.append({caseWindow->objectName() + QLatin1Char('/') + caseTabs->tabText(t), {clash}});
                const QList<QPushButton *> buttons = caseTabs->currentWidget()->findChildren<QPushButton *>();
                for (QPushButton *b : buttons)
                    if (b->isVisible() && b->isEnabled() && ellipsis(b->text()))
                        whileModal([b] { b->click(); });
            }
        const QList<QPushButton *> buttons = caseWindow->findChildren<QPushButton *>();
        for (QPushButton *b : buttons)
            if (b->isVisible() && b->isEnabled() && ellipsis(b->text()) && !b->parentWidget()->inherits("QTabWidget"))
                whileModal([b] { b->click(); });
        caseWindow->close();
    }
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *a : menu->menu()->actions()) {
            const QString name = a->objectName();
            // Opening or making another database, restoring, or leaving the program are not
            // dialogs of this database.
            if (!a->isEnabled() || !ellipsis(a->text()) || name.contains(QStringLiteral("Database"))
                || name.contains(QStringLiteral("Restore")) || name.contains(QStringLiteral("Quit")))
                continue;
            whileModal([a] { a->trigger(); });
        }
    }
    QStringList problems;
    for (const DialogFinding &f : std::as_const(findings))
        for (const QString &p : f.problems)
            problems << f.dialog + QStringLiteral(": ") + p;
    qInfo("dialogs checked: %s", qPrintable(opened.join(QStringLiteral(", "))));
    QVERIFY2(opened.size() >= 6, qPrintable(opened.join(QStringLiteral(", "))));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    m_auditDb.reset();
}

QTEST_MAIN(tst_UiConventions)
#include "tst_uiconventions.moc"
