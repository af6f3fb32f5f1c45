// Tests for ud::OrgUnitsPage and its OrgTreeModel: the model passes QAbstractItemModelTester
// while the tree is expanded and refreshed, units are added through the dialog (malformed
// credit codes refused inline, a failing check character kept only with a recorded reason),
// search, undo through the command facade, and the change history.

#include "commands/CommandFacade.h"
#include "core/Clock.h"
#include "core/CreditCode.h"
#include "ui/orgunits/OrgTreeModel.h"
#include "ui/orgunits/OrgUnitsPage.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/OrgUnitRepository.h"
#include "storage/RecordStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

#include <functional>
#include <memory>

using namespace ud;

namespace {

const QString kStation = QStringLiteral("110105015");
const QString kOrgUnits = QStringLiteral("org_units");

// Waits, from inside the event loop a dialog's exec() runs, for the modal dialog named `name`
// and hands it to `handle`. Polls with QTimer::singleShot so it does not matter whether exec()
// has started yet. If no such dialog shows up in time, whatever modal is up is rejected so the
// test cannot hang, and missed() tells.
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
            if (dialog->isVisible())
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

    QObject m_context;
    QString m_name;
    std::function<void(QDialog *)> m_handle;
    QDeadlineTimer m_deadline;
    bool m_handled = false;
    bool m_missed = false;
};

// Types into a line edit: Latin text key by key, Chinese as an input method commits it (QTest's
// key events carry Latin-1 characters only).
void typeText(QWidget *widget, const QString &text)
{
    bool latin1 = true;
    for (const QChar c : text)
        latin1 = latin1 && c.unicode() < 0x80;
    if (latin1) {
        QTest::keyClicks(widget, text);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(widget, &commit);
}

// A union's code in Chaoyang with the right check character.
QString validCode(const QString &org9)
{
    const QString first17 = QStringLiteral("81110105") + org9;
    const QChar check = CreditCode::checkCharacter(first17);
    return first17 + (check.isNull() ? QLatin1Char('?') : check); // '?': org9 outside the alphabet
}

// The same code with a check character that is wrong.
QString wrongCheckCode(const QString &org9)
{
    const QString first17 = QStringLiteral("81110105") + org9;
    const QChar right = CreditCode::checkCharacter(first17);
    return first17 + (right == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0'));
}

// What the dialog showed at each press of OK.
struct DialogRun
{
    QString tier;
    QStringList errors;       // error label after each press that kept the dialog open
    QList<bool> reasonShown;  // override reason field visible after each such press
    bool accepted = false;
};

} // namespace

class tst_OrgUnitsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void modelPassesTester();
    void selectCode();
    void addThroughDialog_data();
    void addThroughDialog();
    void failingCheckCharacterNeedsAReason();
    void search();
    void undoRemovesTheNewUnit();
    void history();
    void everyBeijingStreetAndTownship_data();
    void everyBeijingStreetAndTownship();

private:
    QModelIndex childWithCode(const QModelIndex &parent, const QString &code) const;
    QModelIndex indexOfCode(const QString &code) const;
    void expandAll(const QModelIndex &parent, int depth);
    // Clicks "add", then in the dialog: fills the name, then for each code types it and presses OK.
    DialogRun addThroughDialog(const QString &name, const QStringList &codes, const QString &reason = {});
    QString lastAuditReason(const QString &code);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<CommandFacade> m_facade;
    std::unique_ptr<OrgUnitsPage> m_page;
    QTreeView *m_tree = nullptr;
};

void tst_OrgUnitsPage::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
}

void tst_OrgUnitsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 5, 6), QTime(10, 0), Qt::UTC));
    m_db = std::make_unique<Database>();
    const Status opened = m_db->open(m_dir->filePath(QStringLiteral("node.db")), Database::OpenMode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(NodeIdentity::initialize(*m_db, kStation, Tier::Street, QStringLiteral("八里庄测试站"), *m_clock).ok());
    m_store = std::make_unique<RecordStore>(*m_db, m_clock.get());
    m_store->setActor(QStringLiteral("tester"));
    m_facade = std::make_unique<CommandFacade>(*m_store);
    m_page = std::make_unique<OrgUnitsPage>(*m_db, *m_facade);
    m_page->resize(1000, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_tree = m_page->findChild<QTreeView *>(QStringLiteral("orgTree"));
    QVERIFY(m_tree);
    QVERIFY(m_tree->model());
}

void tst_OrgUnitsPage::cleanup()
{
    while (QWidget *w = QApplication::activeModalWidget())
        w->close();
    m_tree = nullptr;
    m_page.reset();
    m_facade.reset();
    m_store.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

QModelIndex tst_OrgUnitsPage::childWithCode(const QModelIndex &parent, const QString &code) const
{
    QAbstractItemModel *model = m_tree->model();
    if (model->canFetchMore(parent))
        model->fetchMore(parent);
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex idx = model->index(row, 0, parent);
        if (idx.data(OrgTreeModel::CodeRole).toString() == code)
            return idx;
    }
    return {};
}

// Walks the model (not the repository) from the root down the unit's path.
QModelIndex tst_OrgUnitsPage::indexOfCode(const QString &code) const
{
    QModelIndex current;
    for (const OrgUnit &step : OrgUnitRepository(*m_db).path(code)) {
        current = childWithCode(current, step.code);
        if (!current.isValid())
            return {};
    }
    return current;
}

void tst_OrgUnitsPage::expandAll(const QModelIndex &parent, int depth)
{
    QAbstractItemModel *model = m_tree->model();
    if (parent.isValid())
        m_tree->expand(parent);
    if (depth == 0)
        return;
    for (int row = 0; row < model->rowCount(parent); ++row)
        expandAll(model->index(row, 0, parent), depth - 1);
}

DialogRun tst_OrgUnitsPage::addThroughDialog(const QString &name, const QStringList &codes, const QString &reason)
{
    DialogRun run;
    ModalDriver driver(QStringLiteral("orgUnitDialog"), [&](QDialog *dialog) {
        auto *codeEdit = dialog->findChild<QLineEdit *>(QStringLiteral("orgUnitCodeEdit"));
        auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("orgUnitNameEdit"));
        auto *reasonEdit = dialog->findChild<QLineEdit *>(QStringLiteral("orgUnitOverrideReasonEdit"));
        auto *tier = dialog->findChild<QComboBox *>(QStringLiteral("orgUnitTierCombo"));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("orgUnitError"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        if (!codeEdit || !nameEdit || !reasonEdit || !tier || !error || !buttons) {
            qWarning("orgUnitDialog is missing a named child");
            return;
        }
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        run.tier = tier->currentData().toString();
        typeText(nameEdit, name);
        for (const QString &code : codes) {
            codeEdit->clear();
            typeText(codeEdit, code);
            QTest::mouseClick(ok, Qt::LeftButton);
            if (!dialog->isVisible()) {
                run.accepted = dialog->result() == QDialog::Accepted;
                return;
            }
            run.errors << error->text();
            run.reasonShown << reasonEdit->isVisible();
            if (!reason.isEmpty() && reasonEdit->isVisible()) {
                // Once without a reason (still refused), then with one.
                QTest::mouseClick(ok, Qt::LeftButton);
                if (!dialog->isVisible())
                    return; // accepted without a reason: run.accepted stays false
                run.errors << error->text();
                run.reasonShown << reasonEdit->isVisible();
                typeText(reasonEdit, reason);
                QTest::mouseClick(ok, Qt::LeftButton);
                if (!dialog->isVisible()) {
                    run.accepted = dialog->result() == QDialog::Accepted;
                    return;
                }
            }
        }
        dialog->reject();
    });
    auto *add = m_page->findChild<QPushButton *>(QStringLiteral("addOrgUnitButton"));
    if (!add || !add->isEnabled()) {
        qWarning("addOrgUnitButton missing or disabled");
        return run;
    }
    QTest::mouseClick(add, Qt::LeftButton);
    if (!driver.handled())
        qWarning("orgUnitDialog did not appear");
    return run;
}

QString tst_OrgUnitsPage::lastAuditReason(const QString &code)
{
    const auto unit = OrgUnitRepository(*m_db).find(code);
    if (!unit)
        return QStringLiteral("<no unit>");
    const QList<AuditEntry> entries = AuditLog::forRecord(m_db->connection(), kOrgUnits, unit->id);
    return entries.isEmpty() ? QStringLiteral("<no audit entry>") : entries.last().reason;
}

void tst_OrgUnitsPage::modelPassesTester()
{
    QAbstractItemModel *model = m_tree->model();
    auto *orgModel = qobject_cast<OrgTreeModel *>(model);
    QVERIFY(orgModel);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The tree loads one level at a time: let the view's expanding (and the calls below) fetch,
    // not the tester's own walk, which would fetch from inside the model's rowsInserted and
    // report its own nested insertion.
    tester.setUseFetchMore(false);
    QCOMPARE(model->columnCount(), int(OrgTreeModel::ColumnCount));
    QCOMPARE(model->rowCount(), 1); // 北京市
    QCOMPARE(model->index(0, OrgTreeModel::CodeColumn).data().toString(), QStringLiteral("110000"));

    expandAll(QModelIndex(), 3);
    if (QTest::currentTestFailed())
        return;
    const QModelIndex chaoyang = indexOfCode(QStringLiteral("110105"));
    QVERIFY(chaoyang.isValid());
    QVERIFY(model->rowCount(chaoyang) > 10);
    const QModelIndex station = indexOfCode(kStation);
    QVERIFY(station.isValid());
    QCOMPARE(model->rowCount(station), 0);
    QVERIFY(!model->hasChildren(station));

    // Adding a unit refreshes its parent's children; the model stays consistent throughout.
    auto created = m_facade->createRecord(kOrgUnits,
                                          {{QStringLiteral("code"), validCode(QStringLiteral("0000MDL01"))},
                                           {QStringLiteral("name"), QStringLiteral("北京模型公司工会委员会")},
                                           {QStringLiteral("short_name"), QStringLiteral("模型公司")},
                                           {QStringLiteral("parent_code"), kStation},
                                           {QStringLiteral("tier"), QStringLiteral("enterprise")}},
                                          QStringLiteral("add"));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    if (QTest::currentTestFailed())
        return;
    const QModelIndex stationAfter = indexOfCode(kStation);
    QVERIFY(stationAfter.isValid());
    QVERIFY(model->hasChildren(stationAfter));
    QVERIFY(childWithCode(stationAfter, validCode(QStringLiteral("0000MDL01"))).isValid());
    expandAll(QModelIndex(), 4);

    orgModel->refreshChildren(QStringLiteral("110105"));
    orgModel->refreshChildren(kStation);
    orgModel->refreshChildren(QString());
    if (QTest::currentTestFailed())
        return;
    expandAll(QModelIndex(), 4);
    QVERIFY(indexOfCode(validCode(QStringLiteral("0000MDL01"))).isValid());

    // Undo removes it again (a tombstone), redo brings it back.
    m_facade->undoStack()->undo();
    QVERIFY(!indexOfCode(kStation).isValid() || !childWithCode(indexOfCode(kStation), validCode(QStringLiteral("0000MDL01"))).isValid());
    QVERIFY(!model->hasChildren(indexOfCode(kStation)));
    m_facade->undoStack()->redo();
    QVERIFY(indexOfCode(validCode(QStringLiteral("0000MDL01"))).isValid());

    orgModel->reload();
    expandAll(QModelIndex(), 2);
    QVERIFY(indexOfCode(kStation).isValid());
}

void tst_OrgUnitsPage::selectCode()
{
    m_page->selectCode(kStation);
    QCOMPARE(m_page->selectedCode(), kStation);
    QCOMPARE(m_tree->currentIndex().data(OrgTreeModel::CodeRole).toString(), kStation);
    auto *add = m_page->findChild<QPushButton *>(QStringLiteral("addOrgUnitButton"));
    QVERIFY(add && add->isEnabled());
    auto *details = m_page->findChild<QLabel *>(QStringLiteral("orgDetails"));
    QVERIFY(details);
    QVERIFY2(details->text().contains(QStringLiteral("八里庄")), qPrintable(details->text()));

    // An unknown code changes nothing.
    m_page->selectCode(QStringLiteral("999999999"));
    QCOMPARE(m_page->selectedCode(), kStation);
}

void tst_OrgUnitsPage::addThroughDialog_data()
{
    QTest::addColumn<QString>("malformed");
    QTest::newRow("too short") << QStringLiteral("81110105000012");
    QTest::newRow("too long") << validCode(QStringLiteral("0000DLG01")) + QLatin1Char('0');
    QTest::newRow("letter I") << QStringLiteral("81110105I0001234") + QStringLiteral("56");
    QTest::newRow("letter O") << QStringLiteral("8111010500O012345P");
    QTest::newRow("punctuation") << QStringLiteral("81110105-00012345P");
}

void tst_OrgUnitsPage::addThroughDialog()
{
    QFETCH(QString, malformed);
    const auto check = CreditCode::check(malformed);
    QVERIFY2(!check.ok() && !check.overridable(), "the test code must be malformed, not just a bad checksum");
    const QString good = validCode(QStringLiteral("0000DLG01"));
    const QString name = QStringLiteral("北京对话框科技有限公司工会委员会");

    m_page->selectCode(kStation);
    const qint64 auditsBefore = AuditLog::verifyChain(m_db->connection()).entries;
    const DialogRun run = addThroughDialog(name, {malformed, good});

    QCOMPARE(run.tier, QStringLiteral("enterprise"));
    QCOMPARE(run.errors.size(), 1);
    QCOMPARE(run.errors.first(), check.message);
    QCOMPARE(run.reasonShown.first(), false);
    QVERIFY(run.accepted);

    // In the database, under the selected unit, audited with no override reason.
    const auto unit = OrgUnitRepository(*m_db).find(good);
    QVERIFY(unit.has_value());
    QCOMPARE(unit->name, name);
    QCOMPARE(unit->shortName, name); // no short name typed: the full name
    QCOMPARE(unit->parentCode, kStation);
    QCOMPARE(unit->tier, QStringLiteral("enterprise"));
    QCOMPARE(AuditLog::verifyChain(m_db->connection()).entries, auditsBefore + 1);
    QCOMPARE(lastAuditReason(good), QString());
    QVERIFY(!OrgUnitRepository(*m_db).find(malformed).has_value());

    // In the tree, and selected.
    QVERIFY(childWithCode(indexOfCode(kStation), good).isValid());
    QCOMPARE(m_page->selectedCode(), good);
    QCOMPARE(m_tree->currentIndex().data(OrgTreeModel::CodeRole).toString(), good);
    QVERIFY(m_facade->undoStack()->canUndo());
}

void tst_OrgUnitsPage::failingCheckCharacterNeedsAReason()
{
    const QString code = wrongCheckCode(QStringLiteral("0000QRR01"));
    const auto check = CreditCode::check(code);
    QVERIFY(check.overridable());
    const QString reason = QStringLiteral("营业执照上的代码就是这样");

    m_page->selectCode(kStation);
    const DialogRun run = addThroughDialog(QStringLiteral("北京老执照公司工会委员会"), {code}, reason);
    // First OK: the reason field appears; OK with it empty: still refused; with a reason: saved.
    QCOMPARE(run.reasonShown.size(), 2);
    QCOMPARE(run.reasonShown.at(0), true);
    QCOMPARE(run.reasonShown.at(1), true);
    QVERIFY2(run.errors.at(0).contains(check.message), qPrintable(run.errors.at(0)));
    QVERIFY(!run.errors.at(1).isEmpty());
    QVERIFY(run.accepted);

    QVERIFY(OrgUnitRepository(*m_db).find(code).has_value());
    QCOMPARE(lastAuditReason(code), reason);
}

void tst_OrgUnitsPage::search()
{
    auto *edit = m_page->findChild<QLineEdit *>(QStringLiteral("orgSearchEdit"));
    auto *results = m_page->findChild<QListWidget *>(QStringLiteral("orgSearchResults"));
    QVERIFY(edit && results);
    QVERIFY(!results->isVisible());

    edit->setFocus();
    typeText(edit, QStringLiteral("八里庄"));
    QCOMPARE(edit->text(), QStringLiteral("八里庄"));
    QTRY_VERIFY(results->isVisible());
    QVERIFY(!m_tree->isVisible());
    QStringList codes;
    for (int i = 0; i < results->count(); ++i)
        codes << results->item(i)->data(Qt::UserRole).toString();
    codes.sort();
    QCOMPARE(codes, (QStringList{QStringLiteral("110105015"), QStringLiteral("110108005")}));
    for (int i = 0; i < results->count(); ++i)
        QVERIFY(results->item(i)->text().contains(QStringLiteral("八里庄")));

    // Activating a result selects that unit in the tree and ends the search.
    for (int i = 0; i < results->count(); ++i)
        if (results->item(i)->data(Qt::UserRole).toString() == QLatin1String("110108005"))
            results->setCurrentRow(i);
    results->setFocus();
    QTest::keyClick(results, Qt::Key_Return);
    QTRY_VERIFY(m_tree->isVisible());
    QVERIFY(!results->isVisible());
    QVERIFY(edit->text().isEmpty());
    QCOMPARE(m_page->selectedCode(), QStringLiteral("110108005"));

    // By code prefix; nothing for nonsense.
    typeText(edit, QStringLiteral("1101050"));
    QTRY_VERIFY(results->isVisible());
    QVERIFY(results->count() > 10);
    edit->clear();
    typeText(edit, QStringLiteral("不存在的街道"));
    QCOMPARE(results->count(), 1); // the message, not a unit
    QVERIFY(results->item(0)->text().contains(QStringLiteral("不存在的街道")));
    QCOMPARE(results->item(0)->flags(), Qt::NoItemFlags);
    QVERIFY(results->item(0)->data(Qt::UserRole).toString().isEmpty());
    edit->clear();
    QTRY_VERIFY(m_tree->isVisible());

    // 望京 (issue 12): the street with the units above it, selected, its details shown.
    typeText(edit, QStringLiteral("望京"));
    QTRY_VERIFY(results->isVisible());
    QCOMPARE(results->count(), 1);
    QCOMPARE(results->item(0)->data(Qt::UserRole).toString(), QStringLiteral("110105026"));
    QVERIFY2(results->item(0)->text().contains(QStringLiteral("朝阳区 › 北京市朝阳区望京街道")), qPrintable(results->item(0)->text()));
    QCOMPARE(results->currentRow(), 0);
    QCOMPARE(m_page->selectedCode(), QStringLiteral("110105026"));
    auto *details = m_page->findChild<QLabel *>(QStringLiteral("orgDetails"));
    QVERIFY(details && details->text().contains(QStringLiteral("望京街道")));
    edit->clear();
}

void tst_OrgUnitsPage::undoRemovesTheNewUnit()
{
    const QString code = validCode(QStringLiteral("0000UND01"));
    m_page->selectCode(kStation);
    const DialogRun run = addThroughDialog(QStringLiteral("北京撤销公司工会委员会"), {code});
    QVERIFY(run.accepted);
    QVERIFY(childWithCode(indexOfCode(kStation), code).isValid());
    const auto unit = OrgUnitRepository(*m_db).find(code);
    QVERIFY(unit.has_value());

    m_facade->undoStack()->undo();
    QVERIFY(!childWithCode(indexOfCode(kStation), code).isValid());
    QVERIFY(!OrgUnitRepository(*m_db).find(code).has_value());
    const auto tombstone = OrgUnitRepository(*m_db).findById(unit->id);
    QVERIFY(tombstone.has_value()); // still there as a tombstone
    QCOMPARE(m_page->selectedCode(), kStation);

    m_facade->undoStack()->redo();
    QVERIFY(childWithCode(indexOfCode(kStation), code).isValid());
    QVERIFY(OrgUnitRepository(*m_db).find(code).has_value());
}

void tst_OrgUnitsPage::history()
{
    auto *list = m_page->findChild<QListWidget *>(QStringLiteral("orgHistory"));
    QVERIFY(list);
    m_page->selectCode(kStation);
    QVERIFY(list->count() <= 1); // reference data: at most a "no changes recorded" line

    const auto station = OrgUnitRepository(*m_db).find(kStation);
    QVERIFY(station.has_value());
    auto edited = m_facade->editRecord(kOrgUnits, station->id, station->version,
                                       {{QStringLiteral("short_name"), QStringLiteral("八里庄街道总工会")}},
                                       QStringLiteral("rename"), QStringLiteral("新牌子"));
    QVERIFY2(edited.ok(), qPrintable(edited.error()));
    QCOMPARE(m_page->selectedCode(), kStation);
    // One entry per change, each with who, the new value and the reason (the wording of the
    // action itself is the page's business).
    QTRY_COMPARE(list->count(), 1);
    const QString entry = list->item(0)->text();
    QVERIFY2(entry.contains(QStringLiteral("tester")), qPrintable(entry));
    QVERIFY2(entry.contains(QStringLiteral("八里庄街道总工会")), qPrintable(entry));
    QVERIFY2(entry.contains(QStringLiteral("新牌子")), qPrintable(entry));

    m_facade->undoStack()->undo();
    QTRY_COMPARE(list->count(), 2);
    QVERIFY2(list->item(1)->text().contains(QStringLiteral("Undo")), qPrintable(list->item(1)->text()));
    QVERIFY2(list->item(1)->text().contains(station->shortName), qPrintable(list->item(1)->text()));

    // A unit added here: its creation is the one entry.
    const QString code = validCode(QStringLiteral("0000HHH01"));
    const QString name = QStringLiteral("北京历史公司工会委员会");
    const DialogRun run = addThroughDialog(name, {code});
    QVERIFY(run.accepted);
    QCOMPARE(m_page->selectedCode(), code);
    QCOMPARE(list->count(), 1);
    QVERIFY2(list->item(0)->text().contains(QStringLiteral("tester")), qPrintable(list->item(0)->text()));
    QVERIFY2(list->item(0)->text().contains(name), qPrintable(list->item(0)->text()));
    QVERIFY2(list->item(0)->text().contains(code), qPrintable(list->item(0)->text()));
}

// Schema 12: every street and township of Beijing's 16 districts (NBS 2023, 348 units: 55
// shipped in schema 2, 293 added; 110106008 keeps the name it shipped with), each under its
// district, and reachable in the tree.
void tst_OrgUnitsPage::everyBeijingStreetAndTownship_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("parent");

    QTest::newRow("八里庄街道 (schema 2)") << QStringLiteral("110105015") << QStringLiteral("北京市朝阳区八里庄街道") << QStringLiteral("110105");
    QTest::newRow("卢沟桥街道 kept as shipped") << QStringLiteral("110106008") << QStringLiteral("北京市丰台区卢沟桥街道")
                                           << QStringLiteral("110106");
    QTest::newRow("前门街道") << QStringLiteral("110101011") << QStringLiteral("北京市东城区前门街道") << QStringLiteral("110101");
    QTest::newRow("首都机场街道") << QStringLiteral("110105020") << QStringLiteral("北京市朝阳区首都机场街道") << QStringLiteral("110105");
    QTest::newRow("金盏地区") << QStringLiteral("110105036") << QStringLiteral("北京市朝阳区金盏地区") << QStringLiteral("110105");
    QTest::newRow("十三陵镇") << QStringLiteral("110114119") << QStringLiteral("北京市昌平区十三陵镇") << QStringLiteral("110114");
    QTest::newRow("古北口镇") << QStringLiteral("110118111") << QStringLiteral("北京市密云区古北口镇") << QStringLiteral("110118");
    QTest::newRow("八达岭镇") << QStringLiteral("110119102") << QStringLiteral("北京市延庆区八达岭镇") << QStringLiteral("110119");
}

void tst_OrgUnitsPage::everyBeijingStreetAndTownship()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QString, parent);

    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM org_units s JOIN org_units d ON d.code = s.parent_code "
                                  "WHERE s.tier = 'street' AND s.deleted = 0 AND d.tier = 'district' AND d.parent_code = '110000'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 348);
    // Every district has its streets and townships (延庆区 18, 石景山区 9 ...).
    QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT parent_code) FROM org_units WHERE tier = 'street' AND code LIKE '11%'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 16);

    const auto unit = OrgUnitRepository(*m_db).find(code);
    QVERIFY(unit);
    QCOMPARE(unit->name, name);
    QCOMPARE(unit->parentCode, parent);
    QCOMPARE(unit->tier, QStringLiteral("street"));
    QVERIFY(indexOfCode(code).isValid());
}

QTEST_MAIN(tst_OrgUnitsPage)
#include "tst_orgunitspage.moc"
