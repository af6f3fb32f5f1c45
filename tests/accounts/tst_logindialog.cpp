// Tests for ud::LoginDialog: a wrong password shows the inline "loginError", keeps the dialog
// open with the user name kept and the password cleared and focused; the right password
// accepts and session() carries the role; empty fields are asked for inline; a lock-out is
// shown with its end time; the user name can be fixed for unlocking after the idle lock.

#include "ModalDriver.h"
#include "TypeText.h"

#include "ui/accounts/LoginDialog.h"
#include "core/Clock.h"
#include "storage/AccessLog.h"
#include "storage/Accounts.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ud;

namespace {
const QString kPassword = QStringLiteral("Mediator#2026");
const QDateTime kNow = QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
} // namespace

class tst_LoginDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void showsTheNode();
    void wrongPasswordKeepsTheDialogOpen();
    void rightPasswordLogsIn();
    void loginThroughExec();
    void emptyFieldsAreAskedFor();
    void lockOutIsShownWithItsEnd();
    void lockOutMessageFits();
    void fixedUsernameForUnlocking();

private:
    QLineEdit *edit(LoginDialog &dialog, const char *name) { return dialog.findChild<QLineEdit *>(QLatin1String(name)); }
    QLabel *error(LoginDialog &dialog) { return dialog.findChild<QLabel *>(QStringLiteral("loginError")); }
    void clickOk(LoginDialog &dialog);

    QTemporaryDir m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<Accounts> m_accounts;
};

void tst_LoginDialog::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
    QVERIFY(m_dir.isValid());
    m_clock = std::make_unique<ManualClock>(kNow);
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("node.db")), Database::OpenMode::CreateIfMissing).ok());
    QVERIFY(NodeIdentity::initialize(*m_db, QStringLiteral("110105015"), Tier::Street, QStringLiteral("八里庄测试站"), *m_clock).ok());
    m_store = std::make_unique<RecordStore>(*m_db, m_clock.get());
    m_store->setActor(QStringLiteral("setup"));
    m_accounts = std::make_unique<Accounts>(*m_store);
    QVERIFY(m_accounts->addUser(QStringLiteral("wang.fang"), QStringLiteral("王芳"), Role::Mediator, kPassword).ok());
    QVERIFY(m_accounts->addUser(QStringLiteral("li.na"), QStringLiteral("李娜"), Role::Reviewer, kPassword).ok());
}

void tst_LoginDialog::cleanup()
{
    while (QWidget *w = QApplication::activeModalWidget())
        w->close();
}

void tst_LoginDialog::clickOk(LoginDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(ok);
    QTest::mouseClick(ok, Qt::LeftButton);
}

void tst_LoginDialog::showsTheNode()
{
    LoginDialog dialog(*m_accounts, nullptr, m_clock.get());
    QCOMPARE(dialog.objectName(), QStringLiteral("loginDialog"));
    auto *node = dialog.findChild<QLabel *>(QStringLiteral("loginNodeLabel"));
    QVERIFY(node);
    QVERIFY2(node->text().contains(QStringLiteral("八里庄测试站")), qPrintable(node->text()));
    QCOMPARE(edit(dialog, "loginPasswordEdit")->echoMode(), QLineEdit::Password);
    QVERIFY(edit(dialog, "loginUsernameEdit"));
    QVERIFY(error(dialog));
}

void tst_LoginDialog::wrongPasswordKeepsTheDialogOpen()
{
    const qint64 failures = AccessLog::count(*m_db, AccessLog::Event::LoginFailed);
    LoginDialog dialog(*m_accounts, nullptr, m_clock.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLineEdit *user = edit(dialog, "loginUsernameEdit");
    QLineEdit *password = edit(dialog, "loginPasswordEdit");
    typeText(user, QStringLiteral("wang.fang"));
    typeText(password, QStringLiteral("not my password"));
    clickOk(dialog);

    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(error(dialog)->isVisible());
    QCOMPARE(error(dialog)->text(), QStringLiteral("The user name or the password is wrong."));
    QCOMPARE(user->text(), QStringLiteral("wang.fang"));
    QVERIFY(password->text().isEmpty());
    QCOMPARE(dialog.focusWidget(), password);
    QCOMPARE(AccessLog::count(*m_db, AccessLog::Event::LoginFailed), failures + 1);

    // An unknown user gets exactly the same answer.
    user->clear();
    typeText(user, QStringLiteral("zhang.san"));
    typeText(password, QStringLiteral("not my password"));
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(error(dialog)->text(), QStringLiteral("The user name or the password is wrong."));

    // Then the right one, after the mistakes, still works.
    user->clear();
    typeText(user, QStringLiteral("wang.fang"));
    typeText(password, kPassword);
    QTest::keyClick(password, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
}

void tst_LoginDialog::rightPasswordLogsIn()
{
    const qint64 logins = AccessLog::count(*m_db, AccessLog::Event::Login);
    LoginDialog dialog(*m_accounts, nullptr, m_clock.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeText(edit(dialog, "loginUsernameEdit"), QStringLiteral("li.na"));
    typeText(edit(dialog, "loginPasswordEdit"), kPassword);
    clickOk(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Session s = dialog.session();
    QCOMPARE(s.username, QStringLiteral("li.na"));
    QCOMPARE(s.displayName, QStringLiteral("李娜"));
    QCOMPARE(s.role, Role::Reviewer);
    QCOMPARE(s.orgUnit, QStringLiteral("110105015"));
    QVERIFY(edit(dialog, "loginPasswordEdit")->text().isEmpty()); // not kept in the widget
    QCOMPARE(AccessLog::count(*m_db, AccessLog::Event::Login), logins + 1);
    QCOMPARE(m_store->actor(), QStringLiteral("setup")); // the caller decides the actor
}

void tst_LoginDialog::loginThroughExec()
{
    LoginDialog dialog(*m_accounts, nullptr, m_clock.get());
    ModalDriver driver(QStringLiteral("loginDialog"), [](QDialog *d) {
        typeText(d->findChild<QLineEdit *>(QStringLiteral("loginUsernameEdit")), QStringLiteral("WANG.FANG"));
        auto *password = d->findChild<QLineEdit *>(QStringLiteral("loginPasswordEdit"));
        typeText(password, kPassword);
        QTest::keyClick(password, Qt::Key_Return);
    });
    QCOMPARE(dialog.exec(), int(QDialog::Accepted));
    QVERIFY(driver.handled());
    QCOMPARE(dialog.session().username, QStringLiteral("wang.fang"));
    QCOMPARE(dialog.session().role, Role::Mediator);
}

void tst_LoginDialog::emptyFieldsAreAskedFor()
{
    const qint64 failures = AccessLog::count(*m_db, AccessLog::Event::LoginFailed);
    LoginDialog dialog(*m_accounts, nullptr, m_clock.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    clickOk(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(error(dialog)->text().contains(QLatin1String("user name")));
    QCOMPARE(dialog.focusWidget(), edit(dialog, "loginUsernameEdit"));
    typeText(edit(dialog, "loginUsernameEdit"), QStringLiteral("wang.fang"));
    clickOk(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(error(dialog)->text().contains(QLatin1String("password")));
    QCOMPARE(edit(dialog, "loginUsernameEdit")->text(), QStringLiteral("wang.fang"));
    // Nothing was tried, so nothing was logged.
    QCOMPARE(AccessLog::count(*m_db, AccessLog::Event::LoginFailed), failures);
}

void tst_LoginDialog::lockOutIsShownWithItsEnd()
{
    QVERIFY(m_accounts->addUser(QStringLiteral("zhao.lei"), QString(), Role::UnionChair, kPassword).ok());
    LoginDialog dialog(*m_accounts, nullptr, m_clock.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeText(edit(dialog, "loginUsernameEdit"), QStringLiteral("zhao.lei"));
    for (int i = 0; i < Accounts::kMaxFailedLogins; ++i) {
        typeText(edit(dialog, "loginPasswordEdit"), QStringLiteral("guess number %1").arg(i));
        clickOk(dialog);
    }
    const QString until = kNow.addSecs(15 * 60).toLocalTime().toString(QStringLiteral("HH:mm"));
    QVERIFY2(error(dialog)->text().contains(until), qPrintable(error(dialog)->text()));
    // Even the right password is refused while locked, with the same explanation.
    typeText(edit(dialog, "loginPasswordEdit"), kPassword);
    clickOk(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY2(error(dialog)->text().contains(until), qPrintable(error(dialog)->text()));
}

// The lock-out message is long: it wraps, and the dialog grows to show all of it (it was clipped
// to the one line the dialog had room for). UD_SCREENSHOT=DIR keeps a picture to look at.
void tst_LoginDialog::lockOutMessageFits()
{
    QVERIFY(m_accounts->addUser(QStringLiteral("sun.li"), QString(), Role::Mediator, kPassword).ok());
    LoginDialog dialog(*m_accounts, nullptr, m_clock.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QSize before = dialog.size();
    typeText(edit(dialog, "loginUsernameEdit"), QStringLiteral("sun.li"));
    for (int i = 0; i < Accounts::kMaxFailedLogins; ++i) {
        typeText(edit(dialog, "loginPasswordEdit"), QStringLiteral("guess number %1").arg(i));
        clickOk(dialog);
    }
    QLabel *label = error(dialog);
    QVERIFY(label->text().contains(QStringLiteral("locked")));
    QApplication::processEvents();
    QVERIFY(label->wordWrap());
    QVERIFY(label->isVisible());
    // The whole text fits the label as laid out, and the label fits inside the dialog.
    const int needed = label->heightForWidth(label->width());
    QVERIFY2(needed > label->fontMetrics().height(), "the message should take more than one line at this width");
    QVERIFY2(label->height() >= needed, qPrintable(QStringLiteral("label %1 px high, its text needs %2 px")
                                                       .arg(label->height())
                                                       .arg(needed)));
    const QRect inDialog(label->mapTo(&dialog, QPoint(0, 0)), label->size());
    QVERIFY2(dialog.rect().contains(inDialog), "the message runs off the dialog");
    QVERIFY(label->width() <= dialog.width());
    QVERIFY(dialog.height() > before.height()); // it grew to make room
    // The buttons are still below the message, not covered by it.
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons->mapTo(&dialog, QPoint(0, 0)).y() >= inDialog.bottom());
    if (const QString dir = qEnvironmentVariable("UD_SCREENSHOT"); !dir.isEmpty())
        dialog.grab().save(QDir(dir).filePath(QStringLiteral("login-lockout.png")));
}

void tst_LoginDialog::fixedUsernameForUnlocking()
{
    LoginDialog dialog(*m_accounts, nullptr, m_clock.get());
    dialog.setUsername(QStringLiteral("wang.fang"), true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(edit(dialog, "loginUsernameEdit")->isReadOnly());
    QCOMPARE(dialog.focusWidget(), edit(dialog, "loginPasswordEdit"));
    typeText(edit(dialog, "loginUsernameEdit"), QStringLiteral("x"));
    QCOMPARE(dialog.username(), QStringLiteral("wang.fang"));
    typeText(edit(dialog, "loginPasswordEdit"), kPassword);
    clickOk(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.session().username, QStringLiteral("wang.fang"));
}

QTEST_MAIN(tst_LoginDialog)
#include "tst_logindialog.moc"
