// Tests for ud::SetupWizard, the first-run wizard: driven through all pages by objectName;
// wrong input (existing file, no unit picked, short or mismatched passwords) blocks Next with
// an inline message and keeps what was typed; the org-unit search keeps the picked unit and
// proposes its tier; Finish creates the database atomically with node and administrator, and
// the administrator can log in.

#include "ModalDriver.h"
#include "TypeText.h"

#include "ui/accounts/SetupWizard.h"
#include "core/Clock.h"
#include "storage/Accounts.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QtTest>

using namespace ud;

namespace {
const QString kAdminPassword = QStringLiteral("管理员密码#2026");
} // namespace

class tst_SetupWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void driveThroughAllPages();
    void existingFileIsRefused();
    void unitMustBePicked();
    void tierFollowsThePickedUnit();
    void administratorPageValidation_data();
    void administratorPageValidation();
    void throughExec();

private:
    template <typename T>
    T *child(SetupWizard &wizard, const char *name)
    {
        T *w = wizard.findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no %s", name);
        return w;
    }
    static void clickNext(SetupWizard &wizard) { QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton); }
    static bool pickUnit(SetupWizard &wizard, const QString &search, const QString &code);
    static void fillAdministrator(SetupWizard &wizard, const QString &user, const QString &password, const QString &repeat);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void tst_SetupWizard::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
}

void tst_SetupWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("data/UnionDesk/node.db")); // folders do not exist yet
}

void tst_SetupWizard::cleanup()
{
    while (QWidget *w = QApplication::activeModalWidget())
        w->close();
    m_dir.reset();
}

bool tst_SetupWizard::pickUnit(SetupWizard &wizard, const QString &search, const QString &code)
{
    auto *edit = wizard.findChild<QLineEdit *>(QStringLiteral("setupOrgSearchEdit"));
    auto *list = wizard.findChild<QListWidget *>(QStringLiteral("setupOrgResults"));
    if (!edit || !list)
        return false;
    edit->clear();
    typeText(edit, search);
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == code) {
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(i)).center());
            return list->currentRow() == i;
        }
    }
    return false;
}

void tst_SetupWizard::fillAdministrator(SetupWizard &wizard, const QString &user, const QString &password,
                                        const QString &repeat)
{
    auto set = [&wizard](const char *name, const QString &text) {
        auto *edit = wizard.findChild<QLineEdit *>(QLatin1String(name));
        QVERIFY(edit);
        edit->clear();
        typeText(edit, text);
    };
    set("setupAdminUsernameEdit", user);
    set("setupAdminPasswordEdit", password);
    set("setupAdminPasswordRepeatEdit", repeat);
}

void tst_SetupWizard::driveThroughAllPages()
{
    SetupWizard wizard(m_path);
    QCOMPARE(wizard.objectName(), QStringLiteral("setupWizard"));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    // Page 1: the proposed path.
    QCOMPARE(wizard.currentId(), int(SetupWizard::LocationPage));
    QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>(wizard, "setupPathEdit")->text()), m_path);
    clickNext(wizard);

    // Page 2: search, pick, name.
    QCOMPARE(wizard.currentId(), int(SetupWizard::OrgUnitPage));
    QVERIFY(pickUnit(wizard, QStringLiteral("八里庄"), QStringLiteral("110105015")));
    QCOMPARE(child<QComboBox>(wizard, "setupTierCombo")->currentData().toString(), QStringLiteral("street"));
    QVERIFY(child<QLabel>(wizard, "setupOrgSelectedLabel")->text().contains(QLatin1String("110105015")));
    // Searching again does not lose the unit picked before.
    typeText(child<QLineEdit>(wizard, "setupOrgSearchEdit"), QStringLiteral("xyz-nothing"));
    QCOMPARE(wizard.orgUnitCode(), QStringLiteral("110105015"));
    typeText(child<QLineEdit>(wizard, "setupNodeNameEdit"), QStringLiteral("八里庄街道职工服务站"));
    clickNext(wizard);

    // Page 3: a mismatched repeat blocks Next with an inline message, keeping what was typed.
    QCOMPARE(wizard.currentId(), int(SetupWizard::AdministratorPage));
    fillAdministrator(wizard, QStringLiteral("admin.wang"), kAdminPassword, kAdminPassword + QStringLiteral("x"));
    typeText(child<QLineEdit>(wizard, "setupAdminDisplayNameEdit"), QStringLiteral("王芳"));
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(SetupWizard::AdministratorPage));
    auto *error = child<QLabel>(wizard, "setupAdminError");
    QVERIFY2(error->text().contains(QLatin1String("not the same")), qPrintable(error->text()));
    QCOMPARE(child<QLineEdit>(wizard, "setupAdminUsernameEdit")->text(), QStringLiteral("admin.wang"));
    QCOMPARE(child<QLineEdit>(wizard, "setupAdminDisplayNameEdit")->text(), QStringLiteral("王芳"));
    QCOMPARE(child<QLineEdit>(wizard, "setupAdminPasswordEdit")->text(), kAdminPassword);
    QCOMPARE(wizard.focusWidget(), child<QLineEdit>(wizard, "setupAdminPasswordRepeatEdit"));
    QVERIFY(!QFile::exists(m_path));
    // The repeat is selected, so typing it again replaces it; typing clears the message.
    auto *repeat = child<QLineEdit>(wizard, "setupAdminPasswordRepeatEdit");
    QCOMPARE(repeat->selectedText().size(), repeat->text().size());
    QTest::keyClick(repeat, Qt::Key_Backspace);
    QVERIFY(error->text().isEmpty());
    typeText(repeat, kAdminPassword);
    clickNext(wizard);

    // Page 4: the summary, then Finish.
    QCOMPARE(wizard.currentId(), int(SetupWizard::SummaryPage));
    const QString summary = child<QLabel>(wizard, "setupSummaryLabel")->text();
    QVERIFY2(summary.contains(QLatin1String("110105015")) && summary.contains(QStringLiteral("八里庄街道职工服务站"))
                 && summary.contains(QLatin1String("admin.wang")),
             qPrintable(summary));
    QVERIFY(!QFile::exists(m_path));
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QVERIFY(!wizard.isVisible());

    // The database is complete under its final name; no temporary file is left.
    QCOMPARE(wizard.databasePath(), m_path);
    QVERIFY(QFile::exists(m_path));
    QVERIFY(!QFile::exists(m_path + QStringLiteral(".creating")));
    Database db;
    QVERIFY(db.open(m_path, Database::OpenMode::ExistingOnly).ok());
    const auto node = NodeIdentity::load(db);
    QVERIFY(node);
    QCOMPARE(node->orgUnit, QStringLiteral("110105015"));
    QCOMPARE(node->tier, Tier::Street);
    QCOMPARE(node->displayName, QStringLiteral("八里庄街道职工服务站"));
    RecordStore store(db);
    Accounts accounts(store);
    const auto session = accounts.authenticate(QStringLiteral("admin.wang"), kAdminPassword, QDateTime::currentDateTimeUtc());
    QVERIFY2(session.ok(), qPrintable(session.error()));
    QCOMPARE(session.value().role, Role::Administrator);
    QCOMPARE(session.value().displayName, QStringLiteral("王芳"));
    QCOMPARE(session.value().orgUnit, QStringLiteral("110105015"));
    const auto entries = AuditLog::forRecord(db.connection(), QStringLiteral("users"), session.value().userId);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().actor, QStringLiteral("setup"));
    QVERIFY(db.check().ok());
}

void tst_SetupWizard::existingFileIsRefused()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    QFile existing(m_path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("someone's data");
    existing.close();

    SetupWizard wizard(m_path);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(SetupWizard::LocationPage));
    QVERIFY2(child<QLabel>(wizard, "setupPathError")->text().contains(QLatin1String("already exists")),
             qPrintable(child<QLabel>(wizard, "setupPathError")->text()));

    auto *path = child<QLineEdit>(wizard, "setupPathEdit");
    path->clear();
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(SetupWizard::LocationPage));
    QVERIFY(!child<QLabel>(wizard, "setupPathError")->text().isEmpty());

    typeText(path, m_dir->filePath(QStringLiteral("other.db")));
    QVERIFY(child<QLabel>(wizard, "setupPathError")->text().isEmpty());
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(SetupWizard::OrgUnitPage));
    QCOMPARE(wizard.databasePath(), m_dir->filePath(QStringLiteral("other.db")));
    QCOMPARE(QFile(m_path).size(), qint64(14)); // untouched
}

void tst_SetupWizard::unitMustBePicked()
{
    SetupWizard wizard(m_path);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(SetupWizard::OrgUnitPage));
    QVERIFY(child<QListWidget>(wizard, "setupOrgResults")->count() > 0); // districts before any search
    typeText(child<QLineEdit>(wizard, "setupOrgSearchEdit"), QStringLiteral("八里庄"));
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(SetupWizard::OrgUnitPage));
    QVERIFY(!child<QLabel>(wizard, "setupOrgError")->text().isEmpty());
    QCOMPARE(child<QLineEdit>(wizard, "setupOrgSearchEdit")->text(), QStringLiteral("八里庄"));
    // Search by code works too.
    QVERIFY(pickUnit(wizard, QStringLiteral("110105015"), QStringLiteral("110105015")));
    QVERIFY(child<QLabel>(wizard, "setupOrgError")->text().isEmpty());
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(SetupWizard::AdministratorPage));
    // Back keeps everything.
    wizard.back();
    QCOMPARE(wizard.orgUnitCode(), QStringLiteral("110105015"));
}

void tst_SetupWizard::tierFollowsThePickedUnit()
{
    SetupWizard wizard(m_path);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    clickNext(wizard);
    auto *tier = child<QComboBox>(wizard, "setupTierCombo");
    QVERIFY(pickUnit(wizard, QStringLiteral("110105"), QStringLiteral("110105")));
    QCOMPARE(tier->currentData().toString(), QStringLiteral("district"));
    QVERIFY(pickUnit(wizard, QStringLiteral("八里庄"), QStringLiteral("110105015")));
    QCOMPARE(tier->currentData().toString(), QStringLiteral("street"));
    // The user may still choose another tier.
    tier->setCurrentIndex(tier->findData(QStringLiteral("industry")));
    QCOMPARE(tier->currentData().toString(), QStringLiteral("industry"));
}

void tst_SetupWizard::administratorPageValidation_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("repeat");
    QTest::addColumn<QString>("says");
    QTest::addColumn<QString>("focus");
    QTest::newRow("bad user name") << QStringLiteral("王芳") << kAdminPassword << kAdminPassword
                                   << QStringLiteral("2 to 32") << QStringLiteral("setupAdminUsernameEdit");
    QTest::newRow("empty user name") << QString() << kAdminPassword << kAdminPassword << QStringLiteral("2 to 32")
                                     << QStringLiteral("setupAdminUsernameEdit");
    QTest::newRow("short password") << QStringLiteral("admin") << QStringLiteral("1234567") << QStringLiteral("1234567")
                                    << QStringLiteral("8 characters") << QStringLiteral("setupAdminPasswordEdit");
    QTest::newRow("repeat empty") << QStringLiteral("admin") << kAdminPassword << QString()
                                  << QStringLiteral("not the same") << QStringLiteral("setupAdminPasswordRepeatEdit");
}

void tst_SetupWizard::administratorPageValidation()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, repeat);
    QFETCH(QString, says);
    QFETCH(QString, focus);
    SetupWizard wizard(m_path);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    clickNext(wizard);
    QVERIFY(pickUnit(wizard, QStringLiteral("八里庄"), QStringLiteral("110105015")));
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(SetupWizard::AdministratorPage));
    fillAdministrator(wizard, user, password, repeat);
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(SetupWizard::AdministratorPage));
    const QString error = child<QLabel>(wizard, "setupAdminError")->text();
    QVERIFY2(error.contains(says), qPrintable(error));
    QCOMPARE(wizard.focusWidget()->objectName(), focus);
    QCOMPARE(child<QLineEdit>(wizard, "setupAdminUsernameEdit")->text(), user);
    QCOMPARE(child<QLineEdit>(wizard, "setupAdminPasswordEdit")->text(), password);
    QCOMPARE(child<QLineEdit>(wizard, "setupAdminPasswordRepeatEdit")->text(), repeat);
}

void tst_SetupWizard::throughExec()
{
    SetupWizard wizard(m_path);
    ModalDriver driver(QStringLiteral("setupWizard"), [this](QDialog *dialog) {
        auto &w = *static_cast<SetupWizard *>(dialog);
        w.next();
        QVERIFY(pickUnit(w, QStringLiteral("朝阳区"), QStringLiteral("110105")));
        w.next();
        fillAdministrator(w, QStringLiteral("admin"), kAdminPassword, kAdminPassword);
        w.next();
        QCOMPARE(w.currentId(), int(SetupWizard::SummaryPage));
        w.accept();
    });
    QCOMPARE(wizard.exec(), int(QDialog::Accepted));
    QVERIFY(driver.handled());
    Database db;
    QVERIFY(db.open(wizard.databasePath(), Database::OpenMode::ExistingOnly).ok());
    QCOMPARE(NodeIdentity::load(db)->tier, Tier::District);
    // The node name defaults to the unit's name.
    QCOMPARE(NodeIdentity::load(db)->displayName, NodeIdentity::load(db)->orgUnitName);
}

QTEST_MAIN(tst_SetupWizard)
#include "tst_setupwizard.moc"
