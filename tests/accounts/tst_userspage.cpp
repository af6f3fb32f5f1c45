// Tests for ud::UsersPage and its UsersModel: the model passes QAbstractItemModelTester while
// users are added and changed; a user is added through the page's dialog (a mismatched repeat
// is refused inline and nothing typed is lost); role changes, new passwords and disabling ask
// for a reason and are audited with the acting administrator; nobody changes their own role or
// disables themselves; a session that may not manage users changes nothing.

#include "ModalDriver.h"
#include "TypeText.h"

#include "ui/accounts/UsersModel.h"
#include "ui/accounts/UsersPage.h"
#include "core/Clock.h"
#include "storage/Accounts.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ud;

namespace {
const QString kPassword = QStringLiteral("Station#2026");

void setText(QDialog *dialog, const char *name, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->clear();
    typeText(edit, text);
}

void clickOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

QString errorText(QDialog *dialog, const char *name)
{
    auto *label = dialog->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}
} // namespace

class tst_UsersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void modelPassesTheTester();
    void addUserThroughThePage();
    void roleChangeIsAudited();
    void newPasswordAndDisable();
    void ownAccountIsProtected();
    void onlyAdministratorsChangeAnything();

private:
    void selectUser(UsersPage &page, const QString &username);
    QPushButton *button(UsersPage &page, const char *name) { return page.findChild<QPushButton *>(QLatin1String(name)); }

    QTemporaryDir m_shared;
    QString m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<Accounts> m_accounts;
    Session m_admin;
    QString m_mediatorId;
};

void tst_UsersPage::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
    QVERIFY(m_shared.isValid());
    m_template = m_shared.filePath(QStringLiteral("template.db"));
    Database db;
    QVERIFY(db.open(m_template, Database::OpenMode::CreateIfMissing).ok());
    SystemClock clock;
    QVERIFY(NodeIdentity::initialize(db, QStringLiteral("110105015"), Tier::Street, QStringLiteral("八里庄测试站"), clock).ok());
    RecordStore store(db);
    store.setActor(QStringLiteral("setup"));
    Accounts accounts(store);
    QVERIFY(accounts.addUser(QStringLiteral("admin"), QStringLiteral("管理员"), Role::Administrator, kPassword).ok());
    QVERIFY(accounts.addUser(QStringLiteral("wang.fang"), QStringLiteral("王芳"), Role::Mediator, kPassword).ok());
}

void tst_UsersPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("node.db"));
    QVERIFY(QFile::copy(m_template, path));
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(path, Database::OpenMode::ExistingOnly).ok());
    m_store = std::make_unique<RecordStore>(*m_db);
    m_accounts = std::make_unique<Accounts>(*m_store);
    auto session = m_accounts->authenticate(QStringLiteral("admin"), kPassword, QDateTime::currentDateTimeUtc());
    QVERIFY(session.ok());
    m_admin = session.value();
    m_store->setActor(m_admin.username); // what the shell does after the login
    m_mediatorId = m_accounts->findByUsername(QStringLiteral("wang.fang"))->id;
}

void tst_UsersPage::cleanup()
{
    while (QWidget *w = QApplication::activeModalWidget())
        w->close();
    m_accounts.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void tst_UsersPage::selectUser(UsersPage &page, const QString &username)
{
    auto *table = page.findChild<QTableView *>(QStringLiteral("usersTable"));
    QVERIFY(table);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, UsersModel::UsernameColumn).data().toString() == username) {
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                              table->visualRect(table->model()->index(row, UsersModel::NameColumn)).center());
            QCOMPARE(table->selectionModel()->selectedRows().value(0).row(), row);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row for %1").arg(username)));
}

void tst_UsersPage::modelPassesTheTester()
{
    UsersModel model(*m_accounts);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(UsersModel::ColumnCount));
    QCOMPARE(model.headerData(UsersModel::RoleColumn, Qt::Horizontal).toString(), QStringLiteral("Role"));
    QCOMPARE(model.index(0, UsersModel::UsernameColumn).data().toString(), QStringLiteral("admin"));
    QCOMPARE(model.index(1, UsersModel::RoleColumn).data().toString(), QStringLiteral("Mediator"));
    QCOMPARE(model.index(1, UsersModel::StatusColumn).data().toString(), QStringLiteral("Active"));
    QVERIFY2(model.index(1, UsersModel::OrgUnitColumn).data().toString().contains(QStringLiteral("八里庄街道")),
             qPrintable(model.index(1, UsersModel::OrgUnitColumn).data().toString()));
    QCOMPARE(model.index(1, UsersModel::LastLoginColumn).data().toString(), QStringLiteral("never"));
    QVERIFY(model.index(0, UsersModel::LastLoginColumn).data().toString() != QStringLiteral("never"));
    // Dates as everywhere else (2026-12-07 13:05), whatever the locale's short form (2026/12/7).
    const QRegularExpression isoMinute(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$"));
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QString shown = model.index(0, UsersModel::LastLoginColumn).data().toString();
    QLocale::setDefault(before);
    QVERIFY2(isoMinute.match(shown).hasMatch(), qPrintable(shown));
    QCOMPARE(model.index(1, 0).data(UsersModel::IdRole).toString(), m_mediatorId);
    QCOMPARE(model.rowOf(m_mediatorId), 1);
    QVERIFY(!model.userAt(2));

    QVERIFY(m_accounts->setDisabled(m_mediatorId, true, QStringLiteral("test")).ok());
    QVERIFY(m_accounts->addUser(QStringLiteral("li.na"), QString(), Role::Reviewer, kPassword).ok());
    model.reload();
    model.retranslate();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(model.rowOf(m_mediatorId), UsersModel::StatusColumn).data().toString(), QStringLiteral("Disabled"));
}

void tst_UsersPage::addUserThroughThePage()
{
    UsersPage page(*m_accounts, m_admin);
    QCOMPARE(page.objectName(), QStringLiteral("usersPage"));
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy changed(&page, &UsersPage::usersChanged);

    ModalDriver driver(QStringLiteral("addUserDialog"), [](QDialog *dialog) {
        setText(dialog, "addUserUsernameEdit", QStringLiteral("zhao.lei"));
        setText(dialog, "addUserDisplayNameEdit", QStringLiteral("赵磊"));
        auto *role = dialog->findChild<QComboBox *>(QStringLiteral("addUserRoleCombo"));
        QVERIFY(role);
        role->setCurrentIndex(role->findData(QStringLiteral("union_chair")));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("addUserOrgEdit"))->text(), QStringLiteral("110105015"));
        setText(dialog, "addUserPasswordEdit", QStringLiteral("Chair#2026pw"));
        setText(dialog, "addUserPasswordRepeatEdit", QStringLiteral("Chair#2026px"));
        setText(dialog, "addUserReasonEdit", QStringLiteral("新任工会主席"));
        clickOk(dialog);
        // Refused inline; the dialog stays with everything typed.
        QVERIFY(dialog->isVisible());
        QVERIFY2(errorText(dialog, "addUserError").contains(QLatin1String("not the same")),
                 qPrintable(errorText(dialog, "addUserError")));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("addUserUsernameEdit"))->text(), QStringLiteral("zhao.lei"));
        QCOMPARE(role->currentData().toString(), QStringLiteral("union_chair"));
        setText(dialog, "addUserPasswordRepeatEdit", QStringLiteral("Chair#2026pw"));
        clickOk(dialog);
        QVERIFY(!dialog->isVisible());
    });
    QTest::mouseClick(button(page, "addUserButton"), Qt::LeftButton);
    QVERIFY(driver.handled());
    QVERIFY(!driver.missed());

    QCOMPARE(page.model()->rowCount(), 3);
    const auto added = m_accounts->findByUsername(QStringLiteral("zhao.lei"));
    QVERIFY(added);
    QCOMPARE(added->role, Role::UnionChair);
    QCOMPARE(added->displayName, QStringLiteral("赵磊"));
    QCOMPARE(changed.count(), 1);
    const auto entries = AuditLog::forRecord(m_db->connection(), QStringLiteral("users"), added->id);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().actor, QStringLiteral("admin"));
    QCOMPARE(entries.first().reason, QStringLiteral("新任工会主席"));
    // The new user is selected.
    auto *table = page.findChild<QTableView *>(QStringLiteral("usersTable"));
    QCOMPARE(table->selectionModel()->selectedRows().value(0).data(UsersModel::IdRole).toString(), added->id);
    QVERIFY(m_accounts->authenticate(QStringLiteral("zhao.lei"), QStringLiteral("Chair#2026pw"),
                                     QDateTime::currentDateTimeUtc())
                .ok());
}

void tst_UsersPage::roleChangeIsAudited()
{
    UsersPage page(*m_accounts, m_admin);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!button(page, "changeRoleButton")->isEnabled()); // nothing selected yet
    selectUser(page, QStringLiteral("wang.fang"));
    QVERIFY(button(page, "changeRoleButton")->isEnabled());

    ModalDriver driver(QStringLiteral("changeRoleDialog"), [](QDialog *dialog) {
        auto *role = dialog->findChild<QComboBox *>(QStringLiteral("userChangeRoleCombo"));
        QVERIFY(role);
        QCOMPARE(role->currentData().toString(), QStringLiteral("mediator"));
        role->setCurrentIndex(role->findData(QStringLiteral("union_chair")));
        clickOk(dialog); // no reason yet
        QVERIFY(dialog->isVisible());
        QVERIFY2(errorText(dialog, "userChangeError").contains(QLatin1String("reason")),
                 qPrintable(errorText(dialog, "userChangeError")));
        QCOMPARE(role->currentData().toString(), QStringLiteral("union_chair"));
        setText(dialog, "userChangeReasonEdit", QStringLiteral("当选工会主席"));
        clickOk(dialog);
        QVERIFY(!dialog->isVisible());
    });
    QTest::mouseClick(button(page, "changeRoleButton"), Qt::LeftButton);
    QVERIFY(driver.handled());

    const auto entries = AuditLog::forRecord(m_db->connection(), QStringLiteral("users"), m_mediatorId);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.last().actor, QStringLiteral("admin"));
    QCOMPARE(entries.last().reason, QStringLiteral("当选工会主席"));
    QCOMPARE(entries.last().changes.value(QStringLiteral("role")).toArray(),
             QJsonArray({QStringLiteral("mediator"), QStringLiteral("union_chair")}));
    const int row = page.model()->rowOf(m_mediatorId);
    QCOMPARE(page.model()->index(row, UsersModel::RoleColumn).data().toString(), QStringLiteral("Union chair"));
    // The selection survives the reload.
    auto *table = page.findChild<QTableView *>(QStringLiteral("usersTable"));
    QCOMPARE(table->selectionModel()->selectedRows().value(0).row(), row);
}

void tst_UsersPage::newPasswordAndDisable()
{
    UsersPage page(*m_accounts, m_admin);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    selectUser(page, QStringLiteral("wang.fang"));

    ModalDriver password(QStringLiteral("resetPasswordDialog"), [](QDialog *dialog) {
        setText(dialog, "userChangePasswordEdit", QStringLiteral("short"));
        setText(dialog, "userChangePasswordRepeatEdit", QStringLiteral("short"));
        setText(dialog, "userChangeReasonEdit", QStringLiteral("forgotten"));
        clickOk(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(errorText(dialog, "userChangeError").contains(QLatin1Char('8')));
        setText(dialog, "userChangePasswordEdit", QStringLiteral("Fresh#2026pw"));
        setText(dialog, "userChangePasswordRepeatEdit", QStringLiteral("Fresh#2026pw"));
        clickOk(dialog);
    });
    QTest::mouseClick(button(page, "resetPasswordButton"), Qt::LeftButton);
    QVERIFY(password.handled());
    QVERIFY(m_accounts->authenticate(QStringLiteral("wang.fang"), QStringLiteral("Fresh#2026pw"),
                                     QDateTime::currentDateTimeUtc())
                .ok());
    QCOMPARE(AuditLog::forRecord(m_db->connection(), QStringLiteral("users"), m_mediatorId).last().reason,
             QStringLiteral("forgotten"));

    QCOMPARE(button(page, "toggleDisabledButton")->text(), QStringLiteral("&Disable…"));
    ModalDriver disable(QStringLiteral("toggleDisabledDialog"), [](QDialog *dialog) {
        setText(dialog, "userChangeReasonEdit", QStringLiteral("调离本站"));
        clickOk(dialog);
    });
    QTest::mouseClick(button(page, "toggleDisabledButton"), Qt::LeftButton);
    QVERIFY(disable.handled());
    QVERIFY(m_accounts->findById(m_mediatorId)->disabled);
    QCOMPARE(page.model()->index(page.model()->rowOf(m_mediatorId), UsersModel::StatusColumn).data().toString(),
             QStringLiteral("Disabled"));
    QCOMPARE(button(page, "toggleDisabledButton")->text(), QStringLiteral("&Enable…"));
    const auto last = AuditLog::forRecord(m_db->connection(), QStringLiteral("users"), m_mediatorId).last();
    QCOMPARE(last.actor, QStringLiteral("admin"));
    QCOMPARE(last.reason, QStringLiteral("调离本站"));
}

void tst_UsersPage::ownAccountIsProtected()
{
    UsersPage page(*m_accounts, m_admin);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    selectUser(page, QStringLiteral("admin"));
    QVERIFY(button(page, "resetPasswordButton")->isEnabled()); // one's own password, yes
    QVERIFY(!button(page, "changeRoleButton")->isEnabled());
    QVERIFY(!button(page, "toggleDisabledButton")->isEnabled());
    QVERIFY(!button(page, "toggleDisabledButton")->toolTip().isEmpty());
    selectUser(page, QStringLiteral("wang.fang"));
    QVERIFY(button(page, "changeRoleButton")->isEnabled());
    QVERIFY(button(page, "toggleDisabledButton")->isEnabled());
}

void tst_UsersPage::onlyAdministratorsChangeAnything()
{
    Session mediator;
    mediator.userId = m_mediatorId;
    mediator.username = QStringLiteral("wang.fang");
    mediator.role = Role::Mediator;
    UsersPage page(*m_accounts, mediator);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    selectUser(page, QStringLiteral("admin"));
    for (const char *name : {"addUserButton", "resetPasswordButton", "changeRoleButton", "toggleDisabledButton"})
        QVERIFY2(!button(page, name)->isEnabled(), name);
}

QTEST_MAIN(tst_UsersPage)
#include "tst_userspage.moc"
