// Tests for ud::RegisterPage, driven like a user on the offscreen platform: a mediator logs in
// and adds a worker with a bad ID number (inline error, nothing typed lost), fixes it and finds
// the worker through the search box (3+ and 2-character Chinese substrings); an employer with a
// failing credit code needs a reason; an exact duplicate ID number opens the existing record
// instead of creating a second; a similar person is offered as "possibly the same"; two workers
// are merged with both histories kept; a reviewer gets no edit buttons and no reveal; revealing
// an ID number and exporting write the access log; the page's models pass
// QAbstractItemModelTester while sorted and filtered from the widgets.

#include "ui/accounts/LoginDialog.h"
#include "commands/CommandFacade.h"
#include "core/CreditCode.h"
#include "core/ResidentId.h"
#include "ui/register/NameOrder.h"
#include "ui/register/RegisterListModel.h"
#include "ui/register/RegisterPage.h"
#include "register/RegisterGuiDriver.h"
#include "register/RegisterTestData.h"
#include "register/RegisterImporter.h"
#include "exchange/TabularFile.h"
#include "storage/AccessLog.h"
#include "storage/Accounts.h"
#include "storage/AuditLog.h"
#include "register/RegisterRepository.h"
#include "Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

using namespace ud;
using udtest::ModalDriver;
using udtest::typeText;

namespace {

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, text);
}

void clickOk(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

RegisterPermissions permissionsFor(Role role)
{
    // The shell's mapping of a role (Accounts: mayEditRegister, idVisibility).
    return {mayEditRegister(role), idVisibility(role) == IdVisibility::MaskedWithReveal};
}

const QString kValidId = udtest::idNumber(QStringLiteral("110105"), QDate(1985, 3, 12), 123);

} // namespace

class tst_RegisterPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loginAddWorkerWithBadIdThenFindIt();
    void searchFiltersTheListsExactNameFirst();
    void failingCreditCodeNeedsAReason();
    void oldCountyUnknownAreaAndIdType();
    void exactDuplicateIdOpensTheExistingRecord();
    void similarWorkerIsOffered();
    void employerChosenBySearch();
    void editWritesOnlyChangedFields();
    void mergeTwoWorkers();
    void mergeTwoEmployersMovesWorkers();
    void importShowsTheReport();
    void importCancelledKeepsNothing();
    void reviewerCannotEditOrReveal();
    void revealWritesTheAccessLog();
    void exportWritesMaskedListAndAccessLog();
    void modelsPassTesterWhileSortedAndFiltered();
    void screenshot();

private:
    void makePage(const RegisterPermissions &permissions);
    Session logIn(Role role);
    template <typename T>
    T *find(const char *name, QWidget *in = nullptr)
    {
        auto *w = (in ? in : static_cast<QWidget *>(m_page.get()))->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }
    QStringList resultIds() const;
    int liveWorkers(const QString &idNumber = {}) const;
    QString addWorkerThroughStore(const QString &name, const QString &idNumber, const QDate &birth);

    std::unique_ptr<udtest::RegisterDb> m_data;
    std::unique_ptr<CommandFacade> m_facade;
    std::unique_ptr<RegisterPage> m_page;
};

void tst_RegisterPage::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
}

void tst_RegisterPage::init()
{
    m_data = std::make_unique<udtest::RegisterDb>();
    QString error;
    QVERIFY2(m_data->open(&error), qPrintable(error));
    const Status filled = m_data->populate(12, 60);
    QVERIFY2(filled.ok(), qPrintable(filled.error()));
    m_facade = std::make_unique<CommandFacade>(*m_data->store);
}

void tst_RegisterPage::cleanup()
{
    while (QWidget *w = QApplication::activeModalWidget())
        w->close();
    m_page.reset();
    m_facade.reset();
    m_data.reset();
}

void tst_RegisterPage::makePage(const RegisterPermissions &permissions)
{
    m_page.reset();
    m_page = std::make_unique<RegisterPage>(m_data->db, *m_facade, permissions);
    m_page->resize(1280, 760);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

// Logs in through the real login dialog, as the shell does, and makes the user the actor.
Session tst_RegisterPage::logIn(Role role)
{
    const QString user = roleKey(role) + QStringLiteral("1");
    const QString password = QStringLiteral("correct horse 42");
    Accounts accounts(*m_data->store);
    auto added = accounts.addUser(user, QStringLiteral("测试用户"), role, password);
    if (!added)
        qWarning("addUser: %s", qPrintable(added.error()));
    LoginDialog login(accounts);
    ModalDriver driver(QStringLiteral("loginDialog"), [&](QDialog *dialog) {
        QTest::keyClicks(find<QLineEdit>("loginUsernameEdit", dialog), user);
        QTest::keyClicks(find<QLineEdit>("loginPasswordEdit", dialog), password);
        clickOk(dialog);
    });
    if (login.exec() != QDialog::Accepted) {
        qWarning("login refused");
        return {};
    }
    m_data->store->setActor(login.session().username);
    return login.session();
}

// The records the lists show (as filtered by the search box), workers first.
QStringList tst_RegisterPage::resultIds() const
{
    QStringList ids;
    for (const char *name : {"workersTable", "employersTable"}) {
        auto *table = m_page->findChild<QTableView *>(QString::fromLatin1(name));
        for (int i = 0; table && i < table->model()->rowCount(); ++i)
            ids << table->model()->index(i, 0).data(RegisterListModel::IdRole).toString();
    }
    return ids;
}

int tst_RegisterPage::liveWorkers(const QString &idNumber) const
{
    RegisterRepository repo(m_data->db);
    if (!idNumber.isEmpty())
        return repo.workerByIdNumber(idNumber) ? 1 : 0;
    return repo.countWorkers({});
}

QString tst_RegisterPage::addWorkerThroughStore(const QString &name, const QString &idNumber, const QDate &birth)
{
    QVariantMap fields{{QStringLiteral("name"), name}, {QStringLiteral("birth_date"), birth.toString(Qt::ISODate)}};
    if (!idNumber.isEmpty())
        fields.insert(QStringLiteral("id_number"), idNumber);
    auto rec = m_data->store->create(QStringLiteral("workers"), fields);
    return rec ? rec.value().id : QString();
}

void tst_RegisterPage::loginAddWorkerWithBadIdThenFindIt()
{
    const Session session = logIn(Role::Mediator);
    QCOMPARE(session.role, Role::Mediator);
    QCOMPARE(session.username, QStringLiteral("mediator1"));
    makePage(permissionsFor(session.role));
    const int before = liveWorkers();
    const QString badId = udtest::badIdNumber(kValidId);
    const QString expectedMessage = ResidentId::check(badId, QDate::currentDate()).message;
    QVERIFY(!expectedMessage.isEmpty());

    QString firstError;
    bool stayedOpen = false, nameKept = false, phoneKept = false, idFocused = false, closedAfterFix = false;
    ModalDriver driver(QStringLiteral("workerDialog"), [&](QDialog *dialog) {
        auto *name = find<QLineEdit>("workerNameEdit", dialog);
        auto *idNumber = find<QLineEdit>("workerIdNumberEdit", dialog);
        auto *phone = find<QLineEdit>("workerPhoneEdit", dialog);
        auto *post = find<QLineEdit>("workerPostEdit", dialog);
        auto *error = find<QLabel>("workerError", dialog);
        QVERIFY(name && idNumber && phone && post && error);
        name->setFocus();
        typeText(name, QStringLiteral("张建国"));
        QTest::keyClicks(idNumber, badId);
        QTest::keyClicks(phone, QStringLiteral("13800138000"));
        typeText(post, QStringLiteral("钢筋工"));
        find<QCheckBox>("workerUnionMemberCheck", dialog)->setChecked(true);
        clickOk(dialog);
        stayedOpen = dialog->isVisible();
        firstError = error->text();
        nameKept = name->text() == QStringLiteral("张建国");
        phoneKept = phone->text() == QStringLiteral("13800138000");
        // The dialog's focus widget (the offscreen platform may hand window activation around).
        idFocused = dialog->focusWidget() == idNumber;
        replaceText(idNumber, kValidId);
        clickOk(dialog);
        closedAfterFix = !dialog->isVisible();
        if (!closedAfterFix)
            qWarning("still open: %s", qPrintable(error->text()));
    });
    QTest::mouseClick(find<QPushButton>("addWorkerButton"), Qt::LeftButton);
    QVERIFY(driver.handled());
    QVERIFY(stayedOpen);
    QVERIFY2(firstError.contains(expectedMessage), qPrintable(firstError));
    QVERIFY(nameKept);
    QVERIFY(phoneKept);
    QVERIFY(idFocused);
    QVERIFY(closedAfterFix);

    const auto saved = RegisterRepository(m_data->db).workerByIdNumber(kValidId);
    QVERIFY(saved);
    QCOMPARE(saved->name, QStringLiteral("张建国"));
    QCOMPARE(saved->birthDate, QDate(1985, 3, 12)); // derived from the ID number
    QCOMPARE(saved->sex, QStringLiteral("male"));   // 17th digit 3: odd
    QCOMPARE(saved->phone, QStringLiteral("13800138000"));
    QVERIFY(saved->unionMember);
    QCOMPARE(liveWorkers(), before + 1);
    const QList<AuditEntry> audit = AuditLog::forRecord(m_data->db.connection(), QStringLiteral("workers"), saved->id);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().actor, session.username);
    // Saved through the command facade: undoable.
    QCOMPARE(m_facade->undoStack()->count(), 1);
    // The page shows the new worker, with the ID number masked.
    auto *detail = find<QTextBrowser>("registerDetail");
    QVERIFY(detail->toPlainText().contains(QStringLiteral("张建国")));
    QVERIFY(detail->toPlainText().contains(ResidentId::mask(kValidId)));
    QVERIFY(!detail->toPlainText().contains(kValidId));

    // Search: the lists filter to the matches as the user types (no pane of results apart).
    auto *search = find<QLineEdit>("registerSearchEdit");
    QVERIFY(!m_page->findChild<QListWidget *>(QStringLiteral("registerSearchResults")));
    search->setFocus();
    typeText(search, QStringLiteral("张建国"));
    QTRY_VERIFY(resultIds().contains(saved->id));
    search->clear();
    typeText(search, QStringLiteral("建国"));
    QTRY_VERIFY(resultIds().contains(saved->id));
    search->clear();
    typeText(search, QStringLiteral("钢筋工"));
    QTRY_VERIFY(resultIds().contains(saved->id));
    search->clear();
    QTRY_COMPARE(qobject_cast<RegisterListModel *>(find<QTableView>("workersTable")->model())->totalCount(), liveWorkers());
    // Chinese substrings of employer names: 朝阳 (2) and 朝阳建筑 (4).
    typeText(search, QStringLiteral("朝阳"));
    QTRY_VERIFY(!resultIds().isEmpty());
    const QStringList twoChar = resultIds();
    search->clear();
    typeText(search, QStringLiteral("朝阳建筑"));
    QTRY_VERIFY(!resultIds().isEmpty());
    for (const QString &id : resultIds())
        QVERIFY(twoChar.contains(id) || twoChar.size() >= 100);

    // Both lists are filtered: no employer is called 张建国, and the list says so; clicking the
    // worker's row shows the worker.
    search->clear();
    find<QTabWidget>("registerTabs")->setCurrentIndex(1);
    typeText(search, QStringLiteral("张建国"));
    QTRY_VERIFY(resultIds().contains(saved->id));
    QTRY_COMPARE(find<QTableView>("employersTable")->model()->rowCount(), 0);
    QVERIFY2(find<QLabel>("employersStatus")->text().contains(QStringLiteral("张建国")),
             qPrintable(find<QLabel>("employersStatus")->text()));
    find<QTabWidget>("registerTabs")->setCurrentIndex(0);
    auto *table = find<QTableView>("workersTable");
    const int row = int(resultIds().indexOf(saved->id));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(row, 0)).center());
    QCOMPARE(table->currentIndex().data(RegisterListModel::IdRole).toString(), saved->id);
    QVERIFY(detail->toPlainText().contains(QStringLiteral("张建国")));
}

// Issue 12: names in pinyin order; the search filters the table itself, the name equal to the
// text first; the detail pane clears when the search hides its record and follows the selection;
// an empty result says so.
void tst_RegisterPage::searchFiltersTheListsExactNameFirst()
{
    QStringList ids;
    for (const char *name : {"于阳倩", "丁于阳", "任于阳", "付于阳", "于阳"})
        ids << addWorkerThroughStore(QString::fromUtf8(name), QString(), QDate(1980, 1, 1));
    QVERIFY(!ids.contains(QString()));
    makePage(permissionsFor(Role::UnionChair));
    auto *table = find<QTableView>("workersTable");
    const auto names = [table] {
        QStringList out;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            out << table->model()->index(r, 0).data().toString();
        return out;
    };
    // Whole list: pinyin order (陈 chen before 丁 ding before 付 fu), not code point (丁 于 付 任).
    const NameOrder order;
    const QStringList all = names();
    QVERIFY(all.size() > 5);
    for (int i = 1; i < all.size(); ++i)
        QVERIFY2(order.compare(all.at(i - 1), all.at(i)) <= 0, qPrintable(all.at(i - 1) + QLatin1Char('/') + all.at(i)));
    const auto mine = [&ids, table] {
        QStringList out;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QModelIndex index = table->model()->index(r, 0);
            if (ids.contains(index.data(RegisterListModel::IdRole).toString()))
                out << index.data().toString();
        }
        return out.join(QLatin1Char(' '));
    };
    QCOMPARE(mine(), QStringLiteral("丁于阳 付于阳 任于阳 于阳 于阳倩"));

    // 付于阳 shown; the search for 于阳 keeps it (the list still holds it, selected).
    m_page->selectRecord(QStringLiteral("workers"), ids.at(3));
    auto *detail = find<QTextBrowser>("registerDetail");
    QVERIFY(detail->toPlainText().contains(QStringLiteral("付于阳")));
    auto *search = find<QLineEdit>("registerSearchEdit");
    search->setFocus();
    typeText(search, QStringLiteral("于阳"));
    // The name equal to the text first, then the rest in pinyin order.
    QTRY_COMPARE(mine(), QStringLiteral("于阳 丁于阳 付于阳 任于阳 于阳倩"));
    QCOMPARE(names().first(), QStringLiteral("于阳"));
    for (int i = 2; i < names().size(); ++i)
        QVERIFY(order.compare(names().at(i - 1), names().at(i)) <= 0);
    QCOMPARE(table->currentIndex().data(RegisterListModel::IdRole).toString(), ids.at(3));
    QVERIFY(detail->toPlainText().contains(QStringLiteral("付于阳")));

    // 付于阳 hidden by a narrower search: the detail pane clears, no row stays current.
    search->clear();
    search->setFocus();
    typeText(search, QStringLiteral("于阳倩"));
    QTRY_VERIFY(!detail->toPlainText().contains(QStringLiteral("付于阳")));
    QCOMPARE(names().first(), QStringLiteral("于阳倩"));
    QVERIFY(!table->currentIndex().isValid());

    // The detail pane follows the selection, from the keyboard too.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    QTRY_VERIFY(table->currentIndex().isValid());
    QCOMPARE(table->currentIndex().data(RegisterListModel::IdRole).toString(), ids.at(0));
    QVERIFY(detail->toPlainText().contains(QStringLiteral("于阳倩")));

    // Nothing found: the list says so, and the detail pane clears.
    search->clear();
    search->setFocus();
    typeText(search, QStringLiteral("无此人"));
    QTRY_COMPARE(table->model()->rowCount(), 0);
    QVERIFY2(find<QLabel>("workersStatus")->text().contains(QStringLiteral("无此人")), qPrintable(find<QLabel>("workersStatus")->text()));
    QVERIFY(!detail->toPlainText().contains(QStringLiteral("于阳")));

    // Cleared: every worker again.
    search->clear();
    QTRY_COMPARE(qobject_cast<RegisterListModel *>(table->model())->totalCount(), liveWorkers());
    QVERIFY(!find<QLabel>("workersStatus")->text().contains(QStringLiteral("无此人")));
}

void tst_RegisterPage::failingCreditCodeNeedsAReason()
{
    makePage(permissionsFor(Role::UnionChair));
    const QString first17 = QStringLiteral("91110105MA01ABCD1");
    const QChar right = CreditCode::checkCharacter(first17);
    QVERIFY(!right.isNull());
    const QString wrong = first17 + (right == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0'));
    const QString reason = QStringLiteral("营业执照原件如此，早期试点代码");

    bool reasonHiddenAtFirst = false, reasonShown = false, stayedOpen = false, reasonRequired = false, closed = false;
    QString error1, error2;
    ModalDriver driver(QStringLiteral("employerDialog"), [&](QDialog *dialog) {
        auto *name = find<QLineEdit>("employerNameEdit", dialog);
        auto *code = find<QLineEdit>("employerCreditCodeEdit", dialog);
        auto *reasonEdit = find<QLineEdit>("employerOverrideReasonEdit", dialog);
        auto *count = find<QSpinBox>("employerCountSpin", dialog);
        auto *hundred = find<QLabel>("employerHundredPlusLabel", dialog);
        auto *error = find<QLabel>("employerError", dialog);
        QVERIFY(name && code && reasonEdit && count && hundred && error);
        reasonHiddenAtFirst = !reasonEdit->isVisible();
        name->setFocus();
        typeText(name, QStringLiteral("北京星河建筑工程有限公司"));
        count->setValue(99);
        const QString under = hundred->text();
        count->setValue(150);
        QVERIFY(hundred->text() != under); // 百人以上 follows the count as it is typed
        auto *industry = find<QComboBox>("employerIndustryCombo", dialog);
        QVERIFY(industry->findData(QStringLiteral("47")) > 0);
        industry->setCurrentIndex(industry->findData(QStringLiteral("47")));
        QTest::keyClicks(code, wrong);
        reasonShown = reasonEdit->isVisible(); // appears as soon as the check character fails
        reasonEdit->clear();
        clickOk(dialog);
        stayedOpen = dialog->isVisible();
        error1 = error->text();
        reasonRequired = dialog->focusWidget() == reasonEdit;
        reasonEdit->setFocus();
        typeText(reasonEdit, reason);
        clickOk(dialog);
        error2 = error->text();
        closed = !dialog->isVisible();
    });
    QTest::mouseClick(find<QPushButton>("addEmployerButton"), Qt::LeftButton);
    QVERIFY(driver.handled());
    QVERIFY(reasonHiddenAtFirst);
    QVERIFY(reasonShown);
    QVERIFY(stayedOpen);
    QVERIFY2(error1.contains(CreditCode::check(wrong).message), qPrintable(error1));
    QVERIFY(reasonRequired);
    QVERIFY2(closed, qPrintable(error2));

    const auto saved = RegisterRepository(m_data->db).employerByCreditCode(wrong);
    QVERIFY(saved);
    QCOMPARE(saved->creditCodeOverride, reason);
    QCOMPARE(saved->employeeCount.value_or(-1), 150);
    QVERIFY(saved->hundredPlus());
    QCOMPARE(saved->industry, QStringLiteral("47"));
    QCOMPARE(saved->district, QStringLiteral("110105")); // the node's own district by default
    QCOMPARE(saved->street, QString::fromLatin1(udtest::RegisterDb::kStation));
    const QList<AuditEntry> audit = AuditLog::forRecord(m_data->db.connection(), QStringLiteral("employers"), saved->id);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().reason, reason);
    QCOMPARE(find<QTabWidget>("registerTabs")->currentWidget()->objectName(), QStringLiteral("employersTab"));
}

void tst_RegisterPage::exactDuplicateIdOpensTheExistingRecord()
{
    makePage(permissionsFor(Role::Mediator));
    const udtest::WorkerSpec existing = m_data->workerList.at(7);
    const int before = liveWorkers();

    bool stayedOpen = false, panelShown = false, noCreateAnyway = false, closed = false;
    QString error;
    ModalDriver driver(QStringLiteral("workerDialog"), [&](QDialog *dialog) {
        auto *name = find<QLineEdit>("workerNameEdit", dialog);
        name->setFocus();
        typeText(name, QStringLiteral("另一个名字"));
        QTest::keyClicks(find<QLineEdit>("workerIdNumberEdit", dialog), existing.idNumber.toLower());
        clickOk(dialog);
        stayedOpen = dialog->isVisible();
        error = find<QLabel>("workerError", dialog)->text();
        auto *panel = find<QWidget>("duplicatePanel", dialog);
        panelShown = panel && panel->isVisible();
        noCreateAnyway = !find<QPushButton>("createAnywayButton", dialog)->isVisible();
        QTest::mouseClick(find<QPushButton>("openDuplicateButton", dialog), Qt::LeftButton);
        closed = !dialog->isVisible();
    });
    QTest::mouseClick(find<QPushButton>("addWorkerButton"), Qt::LeftButton);
    QVERIFY(driver.handled());
    QVERIFY(stayedOpen);
    QVERIFY2(error.contains(QStringLiteral("already in the register")), qPrintable(error));
    QVERIFY(panelShown);
    QVERIFY(noCreateAnyway);
    QVERIFY(closed);
    QCOMPARE(liveWorkers(), before); // nothing created
    QCOMPARE(m_facade->undoStack()->count(), 0);
    // The existing record is opened instead.
    QCOMPARE(find<QTableView>("workersTable")->currentIndex().data(RegisterListModel::IdRole).toString(), existing.id);
    QVERIFY(find<QTextBrowser>("registerDetail")->toPlainText().contains(existing.name));
}

void tst_RegisterPage::similarWorkerIsOffered()
{
    makePage(permissionsFor(Role::Mediator));
    const QDate birth(1979, 11, 2);
    const QString earlier = addWorkerThroughStore(QStringLiteral("刘晓燕"), QString(), birth);
    QVERIFY(!earlier.isEmpty());
    // Written behind the page's back, so not in the loaded list: shown, but no other row stays
    // current for Edit to act on.
    m_page->selectRecord(QStringLiteral("workers"), m_data->workerList.at(0).id);
    m_page->selectRecord(QStringLiteral("workers"), earlier);
    QVERIFY(find<QTextBrowser>("registerDetail")->toPlainText().contains(QStringLiteral("刘晓燕")));
    QVERIFY(!find<QPushButton>("editWorkerButton")->isEnabled());
    const int before = liveWorkers();
    const QString newId = udtest::idNumber(QStringLiteral("110108"), birth, 224);

    QStringList offered;
    bool createAnywayShown = false;
    ModalDriver driver(QStringLiteral("workerDialog"), [&](QDialog *dialog) {
        auto *name = find<QLineEdit>("workerNameEdit", dialog);
        name->setFocus();
        typeText(name, QStringLiteral("刘晓艳")); // one character apart
        QTest::keyClicks(find<QLineEdit>("workerIdNumberEdit", dialog), newId);
        clickOk(dialog);
        auto *list = find<QListWidget>("duplicateList", dialog);
        for (int i = 0; list && i < list->count(); ++i)
            offered << list->item(i)->data(Qt::UserRole).toString();
        createAnywayShown = find<QPushButton>("createAnywayButton", dialog)->isVisible();
        QTest::mouseClick(find<QPushButton>("createAnywayButton", dialog), Qt::LeftButton);
    });
    QTest::mouseClick(find<QPushButton>("addWorkerButton"), Qt::LeftButton);
    QVERIFY(driver.handled());
    QCOMPARE(offered, QStringList{earlier});
    QVERIFY(createAnywayShown);
    QCOMPARE(liveWorkers(), before + 1);
    QVERIFY(liveWorkers(newId) == 1);
}

void tst_RegisterPage::employerChosenBySearch()
{
    makePage(permissionsFor(Role::Mediator));
    const udtest::EmployerSpec target = m_data->employerList.at(4);
    const QString part = target.name.mid(4).chopped(4); // "北京朝阳建筑0004有限公司" -> "建筑0004"
    QStringList offered;
    QString unknownError;
    bool closed = false;
    ModalDriver driver(QStringLiteral("workerDialog"), [&](QDialog *dialog) {
        auto *name = find<QLineEdit>("workerNameEdit", dialog);
        name->setFocus();
        typeText(name, QStringLiteral("孙立"));
        auto *picker = find<QComboBox>("workerEmployerCombo", dialog);
        QVERIFY(picker && picker->isEditable());
        // A name that is no employer is refused inline.
        picker->lineEdit()->setFocus();
        typeText(picker->lineEdit(), QStringLiteral("不存在的单位"));
        clickOk(dialog);
        unknownError = find<QLabel>("workerError", dialog)->text();
        picker->lineEdit()->selectAll();
        QTest::keyClick(picker->lineEdit(), Qt::Key_Backspace);
        // Typing part of the name lists the matching employers after a pause.
        typeText(picker->lineEdit(), part);
        QTRY_VERIFY(picker->count() > 0);
        for (int i = 0; i < picker->count(); ++i)
            offered << picker->itemData(i).toString();
        picker->setCurrentIndex(picker->findData(target.id));
        clickOk(dialog);
        closed = !dialog->isVisible();
    });
    QTest::mouseClick(find<QPushButton>("addWorkerButton"), Qt::LeftButton);
    QVERIFY(driver.handled());
    QVERIFY2(!unknownError.isEmpty(), "an unknown employer name must be refused");
    QVERIFY(offered.contains(target.id));
    QVERIFY(closed);
    const QList<Worker> workers = RegisterRepository(m_data->db).workersOfEmployer(target.id);
    bool found = false;
    for (const Worker &w : workers)
        found = found || w.name == QStringLiteral("孙立");
    QVERIFY(found);
}

// The worker dialog names the place of an ID number, with the historic name of a retired code;
// an area code in no list opens the reason field and is saved once a reason is given; a passport
// holder is entered by choosing the type in idTypeCombo, and the detail pane masks the number.
void tst_RegisterPage::oldCountyUnknownAreaAndIdType()
{
    makePage(permissionsFor(Role::Mediator));
    const QString tongxian = udtest::idNumber(QStringLiteral("110223"), QDate(1965, 3, 15), 1);
    const QString unknown = udtest::idNumber(QStringLiteral("999999"), QDate(1980, 1, 1), 1);

    QString place;
    ModalDriver first(QStringLiteral("workerDialog"), [&](QDialog *dialog) {
        typeText(find<QLineEdit>("workerNameEdit", dialog), QStringLiteral("张通县"));
        QTest::keyClicks(find<QLineEdit>("workerIdNumberEdit", dialog), tongxian);
        place = find<QLabel>("workerIdPlaceLabel", dialog)->text();
        clickOk(dialog);
    });
    QTest::mouseClick(find<QPushButton>("addWorkerButton"), Qt::LeftButton);
    QVERIFY(first.handled());
    QVERIFY2(place.contains(QStringLiteral("北京市通县")) && place.contains(QStringLiteral("1997")), qPrintable(place));
    const auto saved = RegisterRepository(m_data->db).workerByIdNumber(tongxian);
    QVERIFY(saved);
    QCOMPARE(saved->birthDate, QDate(1965, 3, 15));
    QVERIFY(find<QTextBrowser>("registerDetail")->toPlainText().contains(QStringLiteral("北京市通县")));

    bool reasonHiddenAtFirst = false, refusedWithoutReason = false, reasonShown = false, reasonFocused = false, closed = false;
    QString error;
    ModalDriver second(QStringLiteral("workerDialog"), [&](QDialog *dialog) {
        auto *reason = find<QLineEdit>("workerIdOverrideReasonEdit", dialog);
        reasonHiddenAtFirst = reason->isHidden();
        typeText(find<QLineEdit>("workerNameEdit", dialog), QStringLiteral("赵国庆"));
        QTest::keyClicks(find<QLineEdit>("workerIdNumberEdit", dialog), unknown);
        reasonShown = !reason->isHidden();
        clickOk(dialog);
        refusedWithoutReason = dialog->isVisible();
        error = find<QLabel>("workerError", dialog)->text();
        reasonFocused = dialog->focusWidget() == reason;
        typeText(reason, QStringLiteral("与身份证原件核对一致"));
        clickOk(dialog);
        closed = !dialog->isVisible();
    });
    QTest::mouseClick(find<QPushButton>("addWorkerButton"), Qt::LeftButton);
    QVERIFY(second.handled());
    QVERIFY(reasonHiddenAtFirst);
    QVERIFY(reasonShown);
    QVERIFY(refusedWithoutReason);
    QVERIFY2(error.contains(QStringLiteral("999999")), qPrintable(error));
    QVERIFY(reasonFocused);
    QVERIFY(closed);
    const auto kept = RegisterRepository(m_data->db).workerByIdNumber(unknown);
    QVERIFY(kept);
    QCOMPARE(kept->idNumberOverride, QStringLiteral("与身份证原件核对一致"));
    QVERIFY(find<QTextBrowser>("registerDetail")->toPlainText().contains(QStringLiteral("与身份证原件核对一致")));

    ModalDriver third(QStringLiteral("workerDialog"), [&](QDialog *dialog) {
        auto *type = find<QComboBox>("idTypeCombo", dialog);
        type->setFocus();
        type->setCurrentIndex(type->findData(QStringLiteral("passport")));
        typeText(find<QLineEdit>("workerNameEdit", dialog), QStringLiteral("陈家明"));
        QTest::keyClicks(find<QLineEdit>("workerIdNumberEdit", dialog), QStringLiteral("k01234567"));
        clickOk(dialog);
    });
    QTest::mouseClick(find<QPushButton>("addWorkerButton"), Qt::LeftButton);
    QVERIFY(third.handled());
    const auto visitor = RegisterRepository(m_data->db).workerByIdNumber(QStringLiteral("K01234567"));
    QVERIFY(visitor);
    QCOMPARE(visitor->idType, QStringLiteral("passport"));
    const QString detail = find<QTextBrowser>("registerDetail")->toPlainText();
    QVERIFY(!detail.contains(QStringLiteral("K01234567")));
    QVERIFY(detail.contains(QStringLiteral("*********")));
}

void tst_RegisterPage::editWritesOnlyChangedFields()
{
    makePage(permissionsFor(Role::Mediator));
    const udtest::WorkerSpec w = m_data->workerList.at(3);
    m_page->selectRecord(QStringLiteral("workers"), w.id);
    QCOMPARE(find<QTableView>("workersTable")->currentIndex().data(RegisterListModel::IdRole).toString(), w.id);

    bool idFieldEmpty = false, placeholderMasked = false;
    ModalDriver driver(QStringLiteral("workerDialog"), [&](QDialog *dialog) {
        auto *idNumber = find<QLineEdit>("workerIdNumberEdit", dialog);
        idFieldEmpty = idNumber->text().isEmpty();
        placeholderMasked = idNumber->placeholderText().contains(ResidentId::mask(w.idNumber))
                            && !idNumber->placeholderText().contains(w.idNumber);
        QCOMPARE(find<QLineEdit>("workerNameEdit", dialog)->text(), w.name);
        replaceText(find<QLineEdit>("workerPhoneEdit", dialog), QStringLiteral("010-65001234"));
        clickOk(dialog);
    });
    QTest::mouseClick(find<QPushButton>("editWorkerButton"), Qt::LeftButton);
    QVERIFY(driver.handled());
    QVERIFY(idFieldEmpty);
    QVERIFY(placeholderMasked);
    const QList<AuditEntry> audit = AuditLog::forRecord(m_data->db.connection(), QStringLiteral("workers"), w.id);
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.last().changes.keys(), QStringList{QStringLiteral("phone")});
    QCOMPARE(RegisterRepository(m_data->db).worker(w.id)->idNumber, w.idNumber);
    QVERIFY(find<QTextBrowser>("registerDetail")->toPlainText().contains(QStringLiteral("010-65001234")));
}

void tst_RegisterPage::mergeTwoWorkers()
{
    makePage(permissionsFor(Role::Mediator));
    const QDate birth(1990, 6, 15);
    const QString withId = udtest::idNumber(QStringLiteral("110105"), birth, 456);
    const QString keep = addWorkerThroughStore(QStringLiteral("周明"), withId, birth);
    const QString drop = addWorkerThroughStore(QStringLiteral("周明"), QString(), birth);
    QVERIFY(!keep.isEmpty() && !drop.isEmpty());
    QVERIFY(m_data->store->update(QStringLiteral("workers"), drop, 1, {{QStringLiteral("phone"), QStringLiteral("13900000000")}}).ok());
    m_page->findChild<QWidget *>(QStringLiteral("workersTab"))->setFocus();
    // Picks up the records written behind the page's back.
    m_facade->reportChange(QStringLiteral("workers"), drop);
    const int before = liveWorkers();

    auto *table = find<QTableView>("workersTable");
    auto *model = qobject_cast<RegisterListModel *>(table->model());
    QVERIFY(model);
    auto *merge = find<QPushButton>("mergeWorkersButton");
    QVERIFY(!merge->isEnabled());
    const int keepRow = model->fetchUntil(keep, 100000);
    const int dropRow = model->fetchUntil(drop, 100000);
    QVERIFY(keepRow >= 0 && dropRow >= 0);
    table->selectionModel()->select(model->index(keepRow, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->selectionModel()->select(model->index(dropRow, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(merge->isEnabled());

    QString emptyReasonError;
    bool closed = false;
    ModalDriver driver(QStringLiteral("mergeDialog"), [&](QDialog *dialog) {
        // Keep the one with the ID number, whichever side it is on.
        auto *first = find<QLabel>("mergeFirstSummary", dialog);
        const bool firstIsKeep = first->text().contains(ResidentId::mask(withId));
        find<QRadioButton>(firstIsKeep ? "mergeKeepFirstRadio" : "mergeKeepSecondRadio", dialog)->setChecked(true);
        clickOk(dialog);
        emptyReasonError = find<QLabel>("mergeError", dialog)->text();
        auto *reason = find<QLineEdit>("mergeReasonEdit", dialog);
        reason->setFocus();
        typeText(reason, QStringLiteral("同一人，第二条记录漏填身份证号"));
        clickOk(dialog);
        closed = !dialog->isVisible();
    });
    QTest::mouseClick(merge, Qt::LeftButton);
    QVERIFY(driver.handled());
    QVERIFY(!emptyReasonError.isEmpty());
    QVERIFY(closed);

    RegisterRepository repo(m_data->db);
    QCOMPARE(liveWorkers(), before - 1);
    const auto kept = repo.worker(keep);
    const auto dropped = repo.worker(drop);
    QVERIFY(kept && dropped);
    QVERIFY(!kept->deleted);
    QVERIFY(dropped->deleted);
    QCOMPARE(dropped->mergedInto, keep);
    QCOMPARE(kept->phone, QStringLiteral("13900000000")); // filled from the dropped record
    // Both histories stay in the audit log, the merge entries with the reason.
    const auto keptAudit = AuditLog::forRecord(m_data->db.connection(), QStringLiteral("workers"), keep);
    const auto droppedAudit = AuditLog::forRecord(m_data->db.connection(), QStringLiteral("workers"), drop);
    QVERIFY(keptAudit.size() >= 2);
    QVERIFY(droppedAudit.size() >= 3); // create, phone, merged_into (+ delete)
    QVERIFY(droppedAudit.last().reason.contains(QStringLiteral("漏填身份证号")));
    QVERIFY(keptAudit.last().reason.contains(QStringLiteral("漏填身份证号")));
    // The list no longer has the dropped record; the kept one is shown.
    QCOMPARE(model->fetchUntil(drop, 100000), -1);
    QVERIFY(model->fetchUntil(keep, 100000) >= 0);
    QVERIFY(find<QTextBrowser>("registerDetail")->toPlainText().contains(QStringLiteral("13900000000")));
}

void tst_RegisterPage::mergeTwoEmployersMovesWorkers()
{
    makePage(permissionsFor(Role::Mediator));
    const udtest::EmployerSpec keep = m_data->employerList.at(0);
    const udtest::EmployerSpec drop = m_data->employerList.at(2);
    const int keepWorkers = int(RegisterRepository(m_data->db).workersOfEmployer(keep.id).size());
    const int dropWorkers = int(RegisterRepository(m_data->db).workersOfEmployer(drop.id).size());
    QVERIFY(dropWorkers > 0);
    find<QTabWidget>("registerTabs")->setCurrentIndex(1);
    auto *table = find<QTableView>("employersTable");
    auto *model = qobject_cast<RegisterListModel *>(table->model());
    const int keepRow = model->fetchUntil(keep.id, 100000);
    const int dropRow = model->fetchUntil(drop.id, 100000);
    table->selectionModel()->select(model->index(keepRow, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->selectionModel()->select(model->index(dropRow, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    ModalDriver driver(QStringLiteral("mergeDialog"), [&](QDialog *dialog) {
        const bool firstIsKeep = find<QLabel>("mergeFirstSummary", dialog)->text().contains(keep.name);
        find<QRadioButton>(firstIsKeep ? "mergeKeepFirstRadio" : "mergeKeepSecondRadio", dialog)->setChecked(true);
        auto *reason = find<QLineEdit>("mergeReasonEdit", dialog);
        reason->setFocus();
        typeText(reason, QStringLiteral("同一单位重复登记"));
        clickOk(dialog);
    });
    QTest::mouseClick(find<QPushButton>("mergeEmployersButton"), Qt::LeftButton);
    QVERIFY(driver.handled());
    RegisterRepository repo(m_data->db);
    QCOMPARE(repo.employer(drop.id)->mergedInto, keep.id);
    QCOMPARE(int(repo.workersOfEmployer(drop.id).size()), 0);
    QCOMPARE(int(repo.workersOfEmployer(keep.id).size()), keepWorkers + dropWorkers);
    QCOMPARE(model->totalCount(), int(m_data->employerList.size()) - 1);
    // The detail pane lists the kept employer's workers, the moved ones included.
    QVERIFY(find<QTextBrowser>("registerDetail")->toPlainText().contains(QString::number(keepWorkers + dropWorkers)));
}

// A long import shows the progress dialog after a moment; Cancel in it stops the import, nothing
// of the file is kept (workers, audit log, access log), and the report says so (issue 12, item 8).
void tst_RegisterPage::importCancelledKeepsNothing()
{
    makePage(permissionsFor(Role::Mediator));
    const QStringList headers = {QStringLiteral("姓名"), QStringLiteral("身份证号")};
    Table table;
    table.headers = headers;
    // Enough rows to outlast the dialog's delay many times over on any machine.
    for (int i = 0; i < 20000; ++i)
        table.rows.append({QStringLiteral("职工%1").arg(i),
                           udtest::idNumber(QStringLiteral("110105"), QDate(1960, 1, 1).addDays(i / 900), i % 900 + 1)});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.csv"));
    QVERIFY(TabularFile::write(path, table).ok());

    const int before = liveWorkers();
    const auto auditCount = [this] {
        QSqlQuery q(m_data->db.connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next() ? q.value(0).toLongLong() : -1;
    };
    const qint64 auditBefore = auditCount();
    const int importsBefore = AccessLog::count(m_data->db, AccessLog::Event::Import);
    bool barMoved = false;
    ModalDriver cancel(QStringLiteral("longTaskProgress"), [&](QDialog *dialog) {
        barMoved = find<QProgressBar>("longTaskBar", dialog)->maximum() == 20000;
        find<QPushButton>("longTaskCancel", dialog)->click();
    }, 60000);
    QString report;
    ModalDriver reportRun(QStringLiteral("importReportDialog"), [&](QDialog *dialog) {
        report = find<QPlainTextEdit>("importReportText", dialog)->toPlainText();
        dialog->reject();
    }, 120000);
    m_page->importFile(path);
    QVERIFY(cancel.handled());
    QVERIFY(barMoved);
    QVERIFY(reportRun.handled());
    QVERIFY2(report.startsWith(QStringLiteral("The import was cancelled; nothing was saved.")), qPrintable(report.left(300)));
    QCOMPARE(liveWorkers(), before);
    QCOMPARE(auditCount(), auditBefore);
    QCOMPARE(AccessLog::count(m_data->db, AccessLog::Event::Import), importsBefore);
    QVERIFY(!QApplication::activeModalWidget());
}

void tst_RegisterPage::importShowsTheReport()
{
    makePage(permissionsFor(Role::Mediator));
    const QStringList headers = RegisterImporter::templateHeaders(RegisterImporter::Kind::Workers);
    int idColumn = -1;
    for (int i = 0; i < headers.size(); ++i)
        if (headers.at(i).contains(QStringLiteral("身份证")))
            idColumn = i;
    QVERIFY2(idColumn > 0, qPrintable(headers.join(QLatin1Char(','))));
    const auto row = [&](const QString &name, const QString &id) {
        QStringList cells(headers.size());
        cells[0] = name;
        cells[idColumn] = id;
        return cells;
    };
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.csv"));
    const QString idGood = udtest::idNumber(QStringLiteral("110105"), QDate(1970, 1, 2), 881);
    Table table;
    table.headers = headers;
    table.rows = {row(QStringLiteral("欧阳文"), idGood)};
    QVERIFY(TabularFile::write(good, table).ok());
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    table.rows = {row(QStringLiteral("欧阳武"), udtest::badIdNumber(kValidId))};
    QVERIFY(TabularFile::write(bad, table).ok());

    const int before = liveWorkers();
    QString report;
    ModalDriver badRun(QStringLiteral("importReportDialog"), [&](QDialog *dialog) {
        report = find<QPlainTextEdit>("importReportText", dialog)->toPlainText();
        dialog->reject();
    });
    m_page->importFile(bad);
    QVERIFY(badRun.handled());
    QVERIFY2(report.contains(ResidentId::check(udtest::badIdNumber(kValidId), QDate::currentDate()).message), qPrintable(report));
    QCOMPARE(liveWorkers(), before);

    ModalDriver goodRun(QStringLiteral("importReportDialog"), [&](QDialog *dialog) {
        report = find<QPlainTextEdit>("importReportText", dialog)->toPlainText();
        dialog->reject();
    });
    m_page->importFile(good);
    QVERIFY(goodRun.handled());
    QCOMPARE(liveWorkers(), before + 1);
    auto *model = qobject_cast<RegisterListModel *>(find<QTableView>("workersTable")->model());
    QCOMPARE(model->totalCount(), before + 1); // the list was reloaded
    const auto imported = RegisterRepository(m_data->db).workerByIdNumber(idGood);
    QVERIFY(imported);
    QVERIFY(model->fetchUntil(imported->id, 100000) >= 0);
}

void tst_RegisterPage::reviewerCannotEditOrReveal()
{
    const Session session = logIn(Role::Reviewer);
    makePage(permissionsFor(session.role));
    for (const char *name : {"addWorkerButton", "editWorkerButton", "mergeWorkersButton", "addEmployerButton",
                             "editEmployerButton", "mergeEmployersButton", "importButton"}) {
        auto *button = find<QPushButton>(name);
        QVERIFY2(button, name);
        QVERIFY2(!button->isVisible() && !button->isEnabled(), name);
    }
    QVERIFY(find<QPushButton>("exportButton")->isEnabled()); // a masked list may still be exported
    const udtest::WorkerSpec w = m_data->workerList.at(5);
    m_page->selectRecord(QStringLiteral("workers"), w.id);
    auto *detail = find<QTextBrowser>("registerDetail");
    QVERIFY(detail->toPlainText().contains(ResidentId::mask(w.idNumber)));
    QVERIFY(!detail->toPlainText().contains(w.idNumber));
    QVERIFY(!find<QPushButton>("revealIdButton")->isVisible());
    // Double-clicking a row does not open an editor either.
    auto *table = find<QTableView>("workersTable");
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->currentIndex()).center());
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(AccessLog::count(m_data->db, AccessLog::Event::RevealId), 0);
}

void tst_RegisterPage::revealWritesTheAccessLog()
{
    const Session session = logIn(Role::UnionChair);
    makePage(permissionsFor(session.role));
    const udtest::WorkerSpec w = m_data->workerList.at(9);
    m_page->selectRecord(QStringLiteral("workers"), w.id);
    auto *detail = find<QTextBrowser>("registerDetail");
    auto *reveal = find<QPushButton>("revealIdButton");
    QVERIFY(reveal->isVisible());
    QVERIFY(!detail->toPlainText().contains(w.idNumber));
    QCOMPARE(AccessLog::count(m_data->db, AccessLog::Event::RevealId), 0);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY(detail->toPlainText().contains(w.idNumber));
    QVERIFY(!reveal->isVisible());
    QCOMPARE(AccessLog::count(m_data->db, AccessLog::Event::RevealId), 1);
    // Another record is masked again; the list never shows full numbers.
    m_page->selectRecord(QStringLiteral("workers"), m_data->workerList.at(10).id);
    QVERIFY(!detail->toPlainText().contains(m_data->workerList.at(10).idNumber));
    QVERIFY(!detail->toPlainText().contains(w.idNumber));
    auto *model = find<QTableView>("workersTable")->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString shown = model->index(row, 3).data().toString();
        QVERIFY(shown.isEmpty() || shown.contains(QStringLiteral("********")));
    }
}

void tst_RegisterPage::exportWritesMaskedListAndAccessLog()
{
    const Session session = logIn(Role::Mediator);
    makePage(permissionsFor(session.role));
    auto *district = find<QComboBox>("workerDistrictFilter");
    district->setCurrentIndex(district->findData(QStringLiteral("110105")));
    auto *model = qobject_cast<RegisterListModel *>(find<QTableView>("workersTable")->model());
    const int total = model->totalCount();
    QVERIFY(total > 0 && total < 60);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workers.csv"));
    const qint64 exportsBefore = AccessLog::count(m_data->db, AccessLog::Event::Export);
    const Status written = m_page->exportCurrentList(path, false);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QCOMPARE(AccessLog::count(m_data->db, AccessLog::Event::Export), exportsBefore + 1);
    auto table = TabularFile::read(path);
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(int(table.value().rows.size()), total);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    for (const udtest::WorkerSpec &w : m_data->workerList)
        QVERIFY(!text.contains(w.idNumber));
    QVERIFY(text.contains(QStringLiteral("********")));

    // Employers: the whole filtered list, every page.
    find<QTabWidget>("registerTabs")->setCurrentIndex(1);
    auto *size = find<QComboBox>("employerSizeFilter");
    size->setCurrentIndex(2); // 100+
    auto *employers = qobject_cast<RegisterListModel *>(find<QTableView>("employersTable")->model());
    const QString employersPath = dir.filePath(QStringLiteral("employers.xlsx"));
    QVERIFY(m_page->exportCurrentList(employersPath, false).ok());
    auto sheet = TabularFile::read(employersPath);
    QVERIFY2(sheet.ok(), qPrintable(sheet.error()));
    QCOMPARE(int(sheet.value().rows.size()), employers->totalCount());
}

void tst_RegisterPage::modelsPassTesterWhileSortedAndFiltered()
{
    makePage(permissionsFor(Role::Mediator));
    auto *workersTable = find<QTableView>("workersTable");
    auto *employersTable = find<QTableView>("employersTable");
    QAbstractItemModelTester workersTester(workersTable->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester employersTester(employersTable->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *workers = qobject_cast<RegisterListModel *>(workersTable->model());
    auto *employers = qobject_cast<RegisterListModel *>(employersTable->model());

    // Clicking the header sorts through the repository; unsortable columns keep the order.
    QHeaderView *header = workersTable->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(2) + header->sectionSize(2) / 2, header->height() / 2));
    QCOMPARE(workers->sortColumn(), 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(1) + header->sectionSize(1) / 2, header->height() / 2));
    QCOMPARE(workers->sortColumn(), 2);
    QCOMPARE(header->sortIndicatorSection(), 2);

    auto *member = find<QComboBox>("workerUnionMemberFilter");
    member->setCurrentIndex(1);
    int members = 0;
    for (const udtest::WorkerSpec &w : m_data->workerList)
        members += w.unionMember ? 1 : 0;
    QCOMPARE(workers->totalCount(), members);
    auto *status = find<QLabel>("workersStatus");
    QVERIFY2(status->text().contains(QString::number(members)), qPrintable(status->text()));

    find<QTabWidget>("registerTabs")->setCurrentIndex(1);
    auto *industry = find<QComboBox>("employerIndustryFilter");
    industry->setCurrentIndex(industry->findData(QStringLiteral("E")));
    int construction = 0;
    for (const udtest::EmployerSpec &e : m_data->employerList)
        construction += e.industry == QLatin1String("47") || e.industry == QLatin1String("48") ? 1 : 0;
    QCOMPARE(employers->totalCount(), construction);
    auto *district = find<QComboBox>("employerDistrictFilter");
    QCOMPARE(district->count(), 17); // all + Beijing's 16 districts
    district->setCurrentIndex(district->findData(QStringLiteral("110108")));
    for (int row = 0; row < employers->rowCount(); ++row)
        QCOMPARE(employers->index(row, 7).data().toString(), QStringLiteral("海淀区"));
    find<QComboBox>("employerSizeFilter")->setCurrentIndex(1);
    QVERIFY(employers->totalCount() <= construction);
    industry->setCurrentIndex(0);
    district->setCurrentIndex(0);
    find<QComboBox>("employerSizeFilter")->setCurrentIndex(0);
    QCOMPARE(employers->totalCount(), int(m_data->employerList.size()));
}

// Not a check: writes what the page looks like to $UD_REGISTER_SHOT (if set) for a human to see.
void tst_RegisterPage::screenshot()
{
    const QByteArray target = qgetenv("UD_REGISTER_SHOT");
    if (target.isEmpty())
        QSKIP("set UD_REGISTER_SHOT=/path/prefix to save screenshots");
    QVERIFY(m_data->populate(300, 600, 11).ok());
    // UD_REGISTER_SHOT_LANG=zh_CN shows the page as Chinese users see it.
    const QString language = qEnvironmentVariable("UD_REGISTER_SHOT_LANG");
    if (!language.isEmpty())
        installTranslations(language);
    makePage(permissionsFor(Role::UnionChair));
    m_page->selectRecord(QStringLiteral("workers"), m_data->workerList.at(2).id);
    m_page->grab().save(QString::fromLocal8Bit(target) + QStringLiteral("-workers.png"));
    m_page->selectRecord(QStringLiteral("employers"), m_data->employerList.at(4).id);
    auto *search = find<QLineEdit>("registerSearchEdit");
    search->setFocus();
    typeText(search, QStringLiteral("朝阳建筑"));
    QTest::qWait(400); // the search box's delay: the lists show the search's matches
    QTRY_VERIFY(!resultIds().isEmpty());
    m_page->grab().save(QString::fromLocal8Bit(target) + QStringLiteral("-employers.png"));
    search->clear();
    ModalDriver worker(QStringLiteral("workerDialog"), [&](QDialog *dialog) {
        typeText(find<QLineEdit>("workerNameEdit", dialog), QStringLiteral("张建国"));
        QTest::keyClicks(find<QLineEdit>("workerIdNumberEdit", dialog), udtest::badIdNumber(kValidId));
        clickOk(dialog);
        dialog->grab().save(QString::fromLocal8Bit(target) + QStringLiteral("-workerdialog.png"));
    });
    QTest::mouseClick(find<QPushButton>("addWorkerButton"), Qt::LeftButton);
    find<QTabWidget>("registerTabs")->setCurrentIndex(1);
    ModalDriver employer(QStringLiteral("employerDialog"), [&](QDialog *dialog) {
        typeText(find<QLineEdit>("employerNameEdit", dialog), QStringLiteral("北京朝阳建筑0004有限公司"));
        QTest::keyClicks(find<QLineEdit>("employerCreditCodeEdit", dialog), QStringLiteral("91110105MA01ABCD10"));
        clickOk(dialog);
        dialog->grab().save(QString::fromLocal8Bit(target) + QStringLiteral("-employerdialog.png"));
    });
    QTest::mouseClick(find<QPushButton>("addEmployerButton"), Qt::LeftButton);
    if (!language.isEmpty())
        installTranslations(QStringLiteral("en"));
}

QTEST_MAIN(tst_RegisterPage)
#include "tst_registerpage.moc"
