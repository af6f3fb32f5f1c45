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

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
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
    void spareWidthGoesToCutColumns();
    void accessKeyClashesAreFound();
    void keyboardOnly();
    void everyDialogOfTheWorkspaces_data();
    void everyDialogOfTheWorkspaces();

private:
    qint64 auditCount() const;
    qint64 count(const QString &sql) const;
    QString makeDemo(const QTemporaryDir &dir);
    void checkDialog(QDialog *dialog, QList<DialogFinding> &findings, int depth);
    void moveCorrectPrintByKeys(QWidget *caseWindow, const QString &folder);
    // With UD_SCREENSHOTS=<folder>, saves what `w` shows as <folder>/<language>-<name>.png, for a
    // person to look at (run under a screen of the size to judge, see docs/testing.md).
    void shoot(QWidget *w, const QString &name);

    QTemporaryDir m_home;
    QString m_settings;
    UiConventions *m_conventions = nullptr;
    std::unique_ptr<Database> m_auditDb;
    QString m_language = QStringLiteral("en");
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
    // A text box (facts, agreement terms) is left by Tab, not given a tab character.
    auto *box = new QPlainTextEdit(probe.dialog.get());
    probe.dialog->layout()->addWidget(box);
    box->show();
    box->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(box));
    QTest::keyClick(box, Qt::Key_Tab);
    QVERIFY(!box->toPlainText().contains(QLatin1Char('\t')));
    QTRY_VERIFY(QApplication::focusWidget() != box);
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

void tst_UiConventions::spareWidthGoesToCutColumns()
{
    QStandardItemModel model(3, 3);
    model.setItem(0, 0, new QStandardItem(QStringLiteral("A")));
    model.setItem(0, 1, new QStandardItem(QStringLiteral("调解不成（终止调解），双方可申请劳动争议仲裁")));
    model.setItem(0, 2, new QStandardItem(QStringLiteral("x")));
    const auto makeView = [&model](QDialog *dialog) {
        auto *view = new QTableView(dialog);
        view->setObjectName(QStringLiteral("spreadView"));
        view->setModel(&model);
        view->horizontalHeader()->setStretchLastSection(true);
        view->setColumnWidth(0, 60);
        view->setColumnWidth(1, 60);
        dialog->layout()->addWidget(view);
        return view;
    };
    int dragged = 0;
    {
        Probe probe(QStringLiteral("spreadDialog"));
        QTableView *view = makeView(probe.dialog.get());
        QHeaderView *header = view->horizontalHeader();
        QVERIFY(probe.show());
        probe.dialog->resize(1200, 500);
        const int needed = static_cast<QAbstractItemView *>(view)->sizeHintForColumn(1);
        QVERIFY(needed > 60);
        // The cut-off column gets what it needs from the last column's surplus; the column that
        // shows its contents in full keeps its width.
        QTRY_COMPARE(header->sectionSize(1), needed);
        QCOMPARE(header->sectionSize(0), 60);
        QVERIFY(header->sectionSize(2) >= static_cast<QAbstractItemView *>(view)->sizeHintForColumn(2));

        // The user drags the edge of column 1 narrower: from then on it stays as arranged.
        const int edge = header->sectionViewportPosition(1) + header->sectionSize(1) - 1;
        const int y = header->height() / 2;
        QTest::mousePress(header->viewport(), Qt::LeftButton, {}, QPoint(edge, y));
        QTest::mouseMove(header->viewport(), QPoint(edge - 100, y));
        QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, QPoint(edge - 100, y));
        dragged = header->sectionSize(1);
        QVERIFY2(dragged < needed, qPrintable(QString::number(dragged)));
        probe.dialog->resize(1300, 500);
        QTest::qWait(50);
        QCOMPARE(header->sectionSize(1), dragged);
        probe.dialog->reject(); // saved, with "arranged"
    }
    // The next time, too.
    Probe again(QStringLiteral("spreadDialog"));
    QTableView *view = makeView(again.dialog.get());
    QVERIFY(again.show());
    again.dialog->resize(1300, 500);
    QTest::qWait(50);
    QCOMPARE(view->horizontalHeader()->sectionSize(1), dragged);
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

void tst_UiConventions::shoot(QWidget *w, const QString &name)
{
    const QString folder = qEnvironmentVariable("UD_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QString file = QStringLiteral("%1/%2-%3.png").arg(folder, m_language, name);
    for (int n = 2; QFile::exists(file); ++n)
        file = QStringLiteral("%1/%2-%3-%4.png").arg(folder, m_language, name).arg(n);
    QVERIFY(w->grab().save(file));
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
    // Usable on a 1024×700 screen (a 1366×768 laptop leaves more): what the layout cannot give up,
    // plus a title bar, fits; and the dialog opened within the screen's free area.
    const QSize least = dialog->minimumSizeHint().expandedTo(dialog->minimumSize());
    if (least.width() > 1024 || least.height() > 700 - 32)
        finding.problems << QStringLiteral("needs at least %1×%2, more than a 1024×700 screen").arg(least.width()).arg(least.height());
    if (!dialog->screen()->availableGeometry().contains(dialog->frameGeometry()))
        finding.problems << QStringLiteral("opened larger than the screen (%1×%2)").arg(dialog->width()).arg(dialog->height());
    // Dates typed and shown one way in every dialog (2026-12-07, with the time as 14:05).
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2})?$"));
    for (QDateTimeEdit *edit : dialog->findChildren<QDateTimeEdit *>())
        if (edit->isVisibleTo(dialog) && !iso.match(edit->text()).hasMatch())
            finding.problems << QStringLiteral("the date field %1 shows \"%2\"").arg(edit->objectName(), edit->text());
    shoot(dialog, finding.dialog);
    Q_UNUSED(depth)
    findings << finding;
    dialog->reject();
}

qint64 tst_UiConventions::count(const QString &sql) const
{
    QSqlQuery q(m_auditDb->connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QString tst_UiConventions::makeDemo(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("node.db"));
    Database db;
    if (!db.open(path, Database::OpenMode::CreateIfMissing).ok())
        return {};
    SystemClock clock;
    if (!NodeIdentity::initialize(db, QStringLiteral("110105015"), Tier::Street, QStringLiteral("八里庄测试站"), clock).ok())
        return {};
    RecordStore store(db, &clock);
    store.setActor(QStringLiteral("tester"));
    DemoOptions options;
    options.size = 200;
    options.seed = 12;
    return DemoGenerator(db, store, &clock).fill(options).ok() ? path : QString();
}

namespace {

// A key to whatever has the keyboard focus now, as a person would press it.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
    QTest::keyClick(target, Qt::Key(key), modifiers);
    if (modifiers & Qt::AltModifier)
        QTest::qWait(250); // a button's access key clicks it after its pressed look (animateClick)
}

// Typing: Latin text key by key; Chinese as a Chinese input method hands it over (its commit).
void type(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    bool latin = true;
    for (const QChar ch : text)
        latin = latin && ch.unicode() < 0x80;
    if (latin) {
        QTest::keyClicks(target, text);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(target, &commit);
}

QString focused()
{
    return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
}

// Tab until the field named `name` (or one inside it) has the focus; false after 80 presses.
bool tabTo(const QString &name)
{
    for (int i = 0; i < 80; ++i) {
        for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget())
            if (w->objectName() == name)
                return true;
        press(Qt::Key_Tab);
    }
    return false;
}

// Presses what `trigger` presses and handles, from inside its exec(), the modal dialog named
// `name` it opens; false when that dialog did not come (or was not closed) within 20 s.
bool onModal(const QString &name, const std::function<void(QDialog *)> &handle, const std::function<void()> &trigger)
{
    bool handled = false;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != name)
            return;
        poll.stop();
        QApplication::setActiveWindow(dialog);
        QTest::qWait(100);
        handle(dialog);
        handled = true;
    });
    poll.start();
    QPointer<QWidget> from = QApplication::activeWindow();
    trigger();
    const bool done = QTest::qWaitFor([&] { return handled && QApplication::activeModalWidget() == nullptr; }, 20000);
    poll.stop();
    // The window the dialog came from gets the keyboard back, as a window manager gives it.
    if (from)
        QApplication::setActiveWindow(from);
    QTest::qWait(50);
    return done;
}

} // namespace

// Issue 12, item 9: a case registered and a payment recorded with the keyboard alone (no mouse
// event): Alt+N opens the intake, Alt+letters reach its fields, Return in the applicant picker
// adds the worker, Ctrl+Return registers; on an agreed case, Tab reaches the payment's amount and
// Alt+P records it.
void tst_UiConventions::keyboardOnly()
{
    QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    QVERIFY(!path.isEmpty());
    m_auditDb = std::make_unique<Database>();
    QVERIFY(m_auditDb->open(path, Database::OpenMode::ExistingOnly).ok());
    const qint64 casesBefore = count(QStringLiteral("SELECT count(*) FROM mediation_cases"));
    QSqlQuery w(m_auditDb->connection());
    QVERIFY(w.exec(QStringLiteral("SELECT name FROM workers WHERE employer_id IS NOT NULL AND deleted = 0 "
                                  "ORDER BY name LIMIT 1")) && w.next());
    const QString worker = w.value(0).toString();
    w.finish(); // no read transaction left open on this connection: later counts see new rows

    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(path, adminSession()).ok());
    QTRY_VERIFY(window.findChild<MediationPage *>(QStringLiteral("mediationPage")));
    QApplication::setActiveWindow(&window);

    QStringList steps; // what went wrong inside the dialog's exec()
    bool registered = false;
    // Polls for the intake form (Alt+N clicks its button after the pressed look, later on a busy
    // machine), then fills it in from inside its exec().
    QTimer poll;
    QElapsedTimer waited;
    waited.start();
    poll.setInterval(50);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != QLatin1String("intakeDialog")) {
            if (waited.elapsed() > 15000) {
                poll.stop();
                steps << QStringLiteral("Alt+N opened no intake form");
                if (dialog)
                    dialog->reject();
            }
            return;
        }
        poll.stop();
        QApplication::setActiveWindow(dialog);
        QTest::qWait(100);
        const auto expect = [&steps](const QString &name) {
            bool inside = false;
            for (QWidget *x = QApplication::focusWidget(); x && !inside; x = x->parentWidget())
                inside = x->objectName() == name;
            if (!inside)
                steps << QStringLiteral("expected the focus in %1, it is in %2").arg(name, focused());
        };
        press(Qt::Key_O, Qt::AltModifier); // source
        expect(QStringLiteral("intakeSource"));
        press(Qt::Key_Down);
        press(Qt::Key_D, Qt::AltModifier); // dispute type
        expect(QStringLiteral("intakeDisputeType"));
        press(Qt::Key_Down);
        press(Qt::Key_A, Qt::AltModifier); // applicants: type, choose from the list, Return adds
        expect(QStringLiteral("intakeApplicantPicker"));
        type(worker);
        auto *picker = dialog->findChild<QComboBox *>(QStringLiteral("intakeApplicantPicker"));
        if (!QTest::qWaitFor([picker] { return picker->count() > 0; }, 3000))
            steps << QStringLiteral("the picker listed no worker for %1").arg(worker);
        press(Qt::Key_Down);
        press(Qt::Key_Return);
        if (dialog->findChild<QTableWidget *>(QStringLiteral("intakeApplicants"))->rowCount() != 1)
            steps << QStringLiteral("Return in the applicant picker added no applicant");
        press(Qt::Key_E, Qt::AltModifier); // employer (filled from the applicant), then consent
        if (!tabTo(QStringLiteral("intakeConsent")))
            steps << QStringLiteral("Tab never reached the consent");
        press(Qt::Key_Down); // yes
        press(Qt::Key_I, Qt::AltModifier); // a claim: its kind, then the amount
        press(Qt::Key_Down);
        auto *claims = dialog->findChild<QTableWidget *>(QStringLiteral("intakeClaims"));
        if (claims->rowCount() != 1)
            steps << QStringLiteral("Alt+I added no claim");
        // From the line's kind to the table's cells (Shift+Tab), then to the amount by arrows.
        for (int i = 0; i < 10 && QApplication::focusWidget() != claims; ++i)
            press(Qt::Key_Backtab, Qt::ShiftModifier);
        if (QApplication::focusWidget() != claims)
            steps << QStringLiteral("Shift+Tab never reached the claims table, focus in ") + focused();
        press(Qt::Key_Home);
        press(Qt::Key_Right);
        press(Qt::Key_Right);
        press(Qt::Key_F2);
        type(QStringLiteral("3000"));
        press(Qt::Key_Return);
        press(Qt::Key_F, Qt::AltModifier); // facts
        expect(QStringLiteral("intakeFacts"));
        type(QStringLiteral("Three months of wages unpaid."));
        press(Qt::Key_Return, Qt::ControlModifier); // register
        registered = !dialog->isVisible();
        if (!registered) {
            QStringList shown;
            for (QLabel *l : dialog->findChildren<QLabel *>())
                if (l->objectName().startsWith(QLatin1String("intakeError_")) && l->isVisible())
                    shown << l->objectName() + QStringLiteral(": ") + l->text();
            steps << QStringLiteral("Ctrl+Return did not register: ") + shown.join(QStringLiteral("; "));
            dialog->reject();
        }
    });
    poll.start();
    press(Qt::Key_N, Qt::AltModifier);
    QTRY_VERIFY2_WITH_TIMEOUT(registered || !steps.isEmpty(), "the intake form was not handled", 30000);
    QVERIFY2(steps.isEmpty(), qPrintable(steps.join(u'\n')));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM mediation_cases")), casesBefore + 1);
    // As typed: the applicant, the claim of 3,000 yuan, the employer's consent, the facts.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM mediation_cases c JOIN mediation_parties p ON p.case_id = c.id "
                                  "JOIN workers w ON w.id = p.worker_id JOIN mediation_items i ON i.case_id = c.id "
                                  "WHERE c.facts = 'Three months of wages unpaid.' AND c.respondent_consent = 1 "
                                  "AND w.name = '%1' AND i.kind = 'claim' AND i.amount_fen = 300000")
                       .arg(worker)),
             qint64(1));
    // The new case's window opened; the same keys move it to an agreement, record and correct a
    // payment, and print it.
    QTRY_VERIFY(QApplication::activeWindow() && QApplication::activeWindow()->objectName() == QLatin1String("caseDialog"));
    moveCorrectPrintByKeys(QApplication::activeWindow(), dir.path());
    if (QTest::currentTestFailed())
        return;
    for (QWidget *top : QApplication::topLevelWidgets())
        if (top != &window && top->isVisible() && qobject_cast<QDialog *>(top))
            top->close();

    // A payment on an agreed case not paid in full, opened from the list with the keyboard.
    QSqlQuery c(m_auditDb->connection());
    QVERIFY(c.exec(QStringLiteral("SELECT case_no, id FROM mediation_cases WHERE status = 'performing' LIMIT 1")) && c.next());
    const QString caseId = c.value(1).toString();
    const QString caseNo = c.value(0).toString();
    c.finish();
    const qint64 paymentsBefore = count(QStringLiteral("SELECT count(*) FROM mediation_payments WHERE case_id = '%1'").arg(caseId));
    QApplication::setActiveWindow(&window);
    auto *list = window.findChild<QWidget *>(QStringLiteral("mediationCases"));
    QVERIFY(list);
    if (!QApplication::focusWidget() || !window.findChild<MediationPage *>()->isAncestorOf(QApplication::focusWidget()))
        QVERIFY(tabTo(QStringLiteral("mediationCases")));
    press(Qt::Key_F, Qt::ControlModifier); // the list's search
    QCOMPARE(focused(), QStringLiteral("mediationSearch"));
    type(caseNo.right(5));
    QTest::qWait(600);
    QVERIFY(tabTo(QStringLiteral("mediationCases")));
    press(Qt::Key_Home);
    press(Qt::Key_Return); // opens the selected case
    QTRY_VERIFY(QApplication::activeWindow() && QApplication::activeWindow()->objectName() == QLatin1String("caseDialog"));
    QWidget *caseWindow = QApplication::activeWindow();
    QVERIFY(tabTo(QStringLiteral("caseTabs")));
    for (int i = 0; i < 4; ++i)
        press(Qt::Key_Tab, Qt::ControlModifier); // 案件 → 当事人 → 调解员 → 调解笔录 → 协议与履行
    QVERIFY2(tabTo(QStringLiteral("casePayAmount")), qPrintable(focused()));
    type(QStringLiteral("100"));
    press(Qt::Key_P, Qt::AltModifier); // Record payment
    QTRY_COMPARE(count(QStringLiteral("SELECT count(*) FROM mediation_payments WHERE case_id = '%1'").arg(caseId)),
                 paymentsBefore + 1);
    caseWindow->close();
    m_auditDb.reset();
}

// The rest of "a day at the station" by keys, on the case just registered (its window active):
// Alt+S moves it (accepted, in mediation), Ctrl+Tab reaches the agreement, Alt+M adds an agreed
// item and F2 takes its amount, Alt+G saves the terms, Alt+S makes it agreed, Alt+P records a
// payment, Alt+C corrects it with a reason, Alt+I shows the print preview and Alt+D saves the
// paper as a PDF, named in the file dialog.
void tst_UiConventions::moveCorrectPrintByKeys(QWidget *caseWindow, const QString &folder)
{
    QSqlQuery q(m_auditDb->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id, case_no FROM mediation_cases WHERE facts = 'Three months of wages unpaid.'")) && q.next());
    const QString caseId = q.value(0).toString();
    const QString caseNo = q.value(1).toString();
    q.finish();
    const auto status = [this, &caseId] {
        QSqlQuery s(m_auditDb->connection());
        const QString out = s.exec(QStringLiteral("SELECT status FROM mediation_cases WHERE id = '%1'").arg(caseId)) && s.next()
                                ? s.value(0).toString()
                                : QString();
        s.finish();
        return out;
    };
    QStringList steps;
    // Each move: the dialog opens on the new status (the next one in the case's course is first),
    // a reason where a warning asks for one, Ctrl+Return.
    const auto moveTo = [&](const QString &expected) {
        const bool done = onModal(QStringLiteral("transitionDialog"), [&](QDialog *d) {
            if (QWidget *why = d->findChild<QWidget *>(QStringLiteral("overrideReasonEdit")); why && why->isVisible()) {
                if (!tabTo(QStringLiteral("overrideReasonEdit")))
                    steps << QStringLiteral("Tab never reached the reason for going ahead");
                type(QStringLiteral("Both parties signed today."));
            }
            press(Qt::Key_Return, Qt::ControlModifier);
            if (d->isVisible()) {
                QStringList shown;
                for (QLabel *l : d->findChildren<QLabel *>())
                    if (l->isVisible() && !l->text().isEmpty())
                        shown << l->text();
                steps << QStringLiteral("Ctrl+Return did not move the case to %1: %2").arg(expected, shown.join(u'|'));
                d->reject();
            }
        }, [] { press(Qt::Key_S, Qt::AltModifier); });
        if (!done)
            steps << QStringLiteral("Alt+S opened no status dialog");
    };
    QApplication::setActiveWindow(caseWindow);
    moveTo(QStringLiteral("accepted"));
    QVERIFY2(steps.isEmpty(), qPrintable(steps.join(u'\n')));
    QCOMPARE(status(), QStringLiteral("accepted"));
    moveTo(QStringLiteral("in_mediation"));
    QVERIFY2(steps.isEmpty(), qPrintable(steps.join(u'\n')));
    QCOMPARE(status(), QStringLiteral("in_mediation"));

    // The agreement: one item of 3,000 yuan.
    QVERIFY(tabTo(QStringLiteral("caseTabs")));
    for (int i = 0; i < 4; ++i)
        press(Qt::Key_Tab, Qt::ControlModifier); // 案件 → 当事人 → 调解员 → 调解笔录 → 协议与履行
    press(Qt::Key_M, Qt::AltModifier); // Add item
    auto *agreed = caseWindow->findChild<QTableWidget *>(QStringLiteral("caseAgreedItems"));
    QVERIFY(agreed);
    QCOMPARE(agreed->rowCount(), 1);
    press(Qt::Key_Down); // the new item's kind (it has the focus)
    press(Qt::Key_Backtab, Qt::ShiftModifier); // to the table's cells
    QCOMPARE(focused(), QStringLiteral("caseAgreedItems"));
    press(Qt::Key_Home);
    press(Qt::Key_Right);
    press(Qt::Key_F2);
    type(QStringLiteral("Wages owed"));
    press(Qt::Key_Return);
    QTRY_COMPARE(focused(), QStringLiteral("caseAgreedItems")); // the cell's editor closed
    press(Qt::Key_Right);
    press(Qt::Key_F2);
    type(QStringLiteral("3000"));
    press(Qt::Key_Return);
    press(Qt::Key_G, Qt::AltModifier); // Save agreement terms
    QTRY_COMPARE(count(QStringLiteral("SELECT sum(amount_fen) FROM mediation_items WHERE case_id = '%1' AND kind = 'agreed' "
                                      "AND deleted = 0").arg(caseId)),
                 qint64(300000));
    moveTo(QStringLiteral("agreed"));
    QVERIFY2(steps.isEmpty(), qPrintable(steps.join(u'\n')));
    QCOMPARE(status(), QStringLiteral("agreed"));

    // A payment of 1,000 yuan, then corrected to 1,200 with the reason.
    QVERIFY2(tabTo(QStringLiteral("casePayAmount")), qPrintable(focused()));
    type(QStringLiteral("1000"));
    press(Qt::Key_P, Qt::AltModifier); // Record payment
    const QString paid = QStringLiteral("SELECT amount_fen FROM mediation_payments WHERE case_id = '%1' AND voided = 0").arg(caseId);
    QTRY_COMPARE(count(paid), qint64(100000));
    QVERIFY2(tabTo(QStringLiteral("casePayments")), qPrintable(focused()));
    press(Qt::Key_Home); // the payment's row (the keyboard is on it: nothing needs selecting)
    const bool corrected = onModal(QStringLiteral("paymentEditDialog"), [&](QDialog *d) {
        if (!tabTo(QStringLiteral("paymentEditAmount")))
            steps << QStringLiteral("Tab never reached the amount");
        press(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("1200"));
        if (!tabTo(QStringLiteral("paymentEditReason")))
            steps << QStringLiteral("Tab never reached the reason");
        type(QStringLiteral("Typed 1000, the receipt says 1200."));
        press(Qt::Key_Return); // no confirmation from a field
        if (!d->isVisible())
            steps << QStringLiteral("Return in the reason confirmed the correction");
        press(Qt::Key_Return, Qt::ControlModifier);
        if (d->isVisible()) {
            steps << QStringLiteral("Ctrl+Return did not save the correction");
            d->reject();
        }
    }, [] { press(Qt::Key_C, Qt::AltModifier); });
    QVERIFY2(corrected && steps.isEmpty(), qPrintable(QStringLiteral("Alt+C: ") + steps.join(u'\n')));
    QTRY_COMPARE(count(paid), qint64(120000));

    // Print preview, then the paper saved as a PDF.
    bool previewed = onModal(QStringLiteral("casePrintPreviewDialog"), [](QDialog *d) {
        QTest::qWait(200);
        press(Qt::Key_Escape);
        if (d->isVisible())
            d->reject();
    }, [] { press(Qt::Key_I, Qt::AltModifier); });
    QVERIFY2(previewed, "Alt+I opened no print preview");
    const QString pdf = QDir(folder).filePath(QStringLiteral("agreement-by-keys.pdf"));
    bool saved = onModal(QStringLiteral("fileDialog"), [&](QDialog *d) {
        auto *name = d->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (!name) {
            steps << QStringLiteral("the file dialog has no name field");
            d->reject();
            return;
        }
        name->setFocus();
        press(Qt::Key_A, Qt::ControlModifier);
        type(pdf);
        press(Qt::Key_Return); // a file dialog keeps Return: it saves
        if (d->isVisible()) {
            steps << QStringLiteral("Return did not save the PDF");
            d->reject();
        }
    }, [] { press(Qt::Key_D, Qt::AltModifier); });
    QVERIFY2(saved && steps.isEmpty(), qPrintable(QStringLiteral("Alt+D: ") + steps.join(u'\n')));
    QTRY_VERIFY2(QFileInfo(pdf).size() > 1000, qPrintable(pdf));
    Q_UNUSED(caseNo)
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
    m_language = language;
    const auto english = qScopeGuard([this] {
        installTranslations(QStringLiteral("en"));
        m_language = QStringLiteral("en");
    });
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = makeDemo(dir);
    QVERIFY(!path.isEmpty());
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
        shoot(&window, QStringLiteral("main-%1").arg(t));
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
                shoot(caseWindow, QStringLiteral("case-%1").arg(t));
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
    // The sync panel (a dock opened from the Sync menu) and its enrollment dialog.
    {
        auto *syncPanelAction = window.findChild<QAction *>(QStringLiteral("actionSyncPanel"));
        QVERIFY(syncPanelAction);
        syncPanelAction->trigger();
        auto *enroll = window.findChild<QPushButton *>(QStringLiteral("syncEnrollButton"));
        QTRY_VERIFY(enroll && enroll->isVisible());
        for (const QString &clash : UiConventions::accessKeyClashes(&window))
            findings.append({QStringLiteral("syncPanel"), {clash}});
        QVERIFY(whileModal([enroll] { enroll->click(); }));
        QVERIFY(opened.contains(QStringLiteral("enrollDialog")));
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
