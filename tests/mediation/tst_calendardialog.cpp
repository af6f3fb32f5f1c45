// Tests for ud::CalendarDialog on the offscreen platform, driven like a user (widgets found by
// objectName): 2026 shows the 39 entries migration 0005 seeds; a year with none warns; an
// entry is added, changed and removed and the database (read back through a fresh
// CalendarRepository and the audit log) reflects each change with the reason typed; refused
// input leaves a message and no change; read-only mode hides the editor.
//
// Set UD_SCREENSHOT=/path/to/file.png to save a picture of the dialog showing 2026.

#include "accounts/TypeText.h"
#include "core/Clock.h"
#include "ui/mediation/CalendarDialog.h"
#include "commands/CommandFacade.h"
#include "mediation/MediationCommands.h"
#include "storage/AuditLog.h"
#include "storage/CalendarRepository.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ud;

namespace {

const QString kReason = QStringLiteral("国办发明电〔2026〕7号");

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

} // namespace

class tst_CalendarDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheSeededYear();
    void yearWithoutEntriesWarns();
    void addAnEntry();
    void refusedInputShowsWhy();
    void changeAnEntry();
    void removeAnEntry();
    void readOnly();
    void screenshot();

private:
    template <typename T>
    T *child(const char *name) const
    {
        T *w = m_dialog->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }
    int rowOf(const QDate &day) const;
    void clickRow(const QDate &day);
    void typeInto(const char *name, const QString &text);
    QString cell(int row, int column) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<CommandFacade> m_facade;
    std::unique_ptr<MediationCommands> m_commands;
    std::unique_ptr<CalendarDialog> m_dialog;
    QTableWidget *m_table = nullptr;
};

int tst_CalendarDialog::rowOf(const QDate &day) const
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, CalendarDialog::DateColumn)->text() == day.toString(Qt::ISODate))
            return r;
    return -1;
}

void tst_CalendarDialog::clickRow(const QDate &day)
{
    const int row = rowOf(day);
    QVERIFY2(row >= 0, qPrintable(day.toString(Qt::ISODate)));
    QTableWidgetItem *item = m_table->item(row, CalendarDialog::NameColumn);
    m_table->scrollToItem(item);
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {}, m_table->visualItemRect(item).center());
    QVERIFY(item->isSelected());
}

void tst_CalendarDialog::typeInto(const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(name);
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    typeText(edit, text);
    QCOMPARE(edit->text(), text);
}

QString tst_CalendarDialog::cell(int row, int column) const
{
    QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text() : QString();
}

void tst_CalendarDialog::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
}

void tst_CalendarDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    m_db = std::make_unique<Database>();
    const Status opened = m_db->open(m_dir->filePath(QStringLiteral("node.db")), Database::OpenMode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(NodeIdentity::initialize(*m_db, QStringLiteral("110105015"), Tier::Street, QStringLiteral("八里庄测试站"),
                                     *m_clock)
                .ok());
    m_store = std::make_unique<RecordStore>(*m_db, m_clock.get());
    m_store->setActor(QStringLiteral("admin"));
    m_facade = std::make_unique<CommandFacade>(*m_store);
    m_commands = std::make_unique<MediationCommands>(*m_facade);
    m_dialog = std::make_unique<CalendarDialog>(*m_commands);
    m_dialog->setYear(2026);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_table = child<QTableWidget>("calendarTable");
    QVERIFY(m_table);
}

void tst_CalendarDialog::cleanup()
{
    m_table = nullptr;
    m_dialog.reset();
    m_commands.reset();
    m_facade.reset();
    m_store.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

void tst_CalendarDialog::showsTheSeededYear()
{
    for (const char *name : {"calendarYear", "calendarSummary", "calendarWarning", "calendarTable", "calendarDate",
                             "calendarKind", "calendarName", "calendarReason", "calendarAdd", "calendarChange",
                             "calendarRemove", "calendarError", "calendarButtons"})
        QVERIFY2(m_dialog->findChild<QWidget *>(QLatin1String(name)), name);
    QCOMPARE(child<QSpinBox>("calendarYear")->value(), 2026);
    QCOMPARE(m_table->rowCount(), 39);
    QCOMPARE(cell(0, CalendarDialog::DateColumn), QStringLiteral("2026-01-01"));
    QCOMPARE(cell(0, CalendarDialog::NameColumn), QStringLiteral("元旦"));
    const int springSaturday = rowOf(d(2026, 2, 14));
    QVERIFY(springSaturday >= 0);
    QCOMPARE(cell(springSaturday, CalendarDialog::NameColumn), QStringLiteral("春节调休上班"));
    QCOMPARE(cell(springSaturday, CalendarDialog::KindColumn), QStringLiteral("Working day"));
    QCOMPARE(cell(rowOf(d(2026, 2, 17)), CalendarDialog::KindColumn), QStringLiteral("Holiday"));
    QVERIFY(!cell(springSaturday, CalendarDialog::WeekdayColumn).isEmpty());
    const QString summary = child<QLabel>("calendarSummary")->text();
    QVERIFY2(summary.contains(QStringLiteral("33")) && summary.contains(QStringLiteral("6")), qPrintable(summary));
    QVERIFY(child<QLabel>("calendarWarning")->isHidden());
    QVERIFY(child<QPushButton>("calendarAdd")->isEnabled());
    QVERIFY(!child<QPushButton>("calendarChange")->isEnabled()); // nothing selected yet
    QVERIFY(!child<QPushButton>("calendarRemove")->isEnabled());
}

void tst_CalendarDialog::yearWithoutEntriesWarns()
{
    auto *year = child<QSpinBox>("calendarYear");
    year->selectAll();
    QTest::keyClicks(year, QStringLiteral("2027"));
    QCOMPARE(m_dialog->year(), 2027);
    QCOMPARE(m_table->rowCount(), 0);
    auto *warning = child<QLabel>("calendarWarning");
    QVERIFY(!warning->isHidden());
    QVERIFY2(warning->text().contains(QStringLiteral("2027")), qPrintable(warning->text()));
    QCOMPARE(child<QDateEdit>("calendarDate")->date(), d(2027, 1, 1)); // the form follows the year
    // Back to a year that has them.
    m_dialog->setYear(2025);
    QCOMPARE(m_table->rowCount(), 33);
    QVERIFY(warning->isHidden());
}

void tst_CalendarDialog::addAnEntry()
{
    QSignalSpy changed(m_dialog.get(), &CalendarDialog::calendarChanged);
    m_dialog->setYear(2027);
    child<QDateEdit>("calendarDate")->setDate(d(2027, 1, 1));
    auto *kind = child<QComboBox>("calendarKind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("holiday")));
    typeInto("calendarName", QStringLiteral("元旦"));
    typeInto("calendarReason", kReason);
    QTest::mouseClick(child<QPushButton>("calendarAdd"), Qt::LeftButton);

    QVERIFY2(child<QLabel>("calendarError")->text().isEmpty(), qPrintable(child<QLabel>("calendarError")->text()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_table->rowCount(), 1);
    QCOMPARE(cell(0, CalendarDialog::NameColumn), QStringLiteral("元旦"));
    QVERIFY(m_table->item(0, CalendarDialog::DateColumn)->isSelected()); // the new entry is selected
    QVERIFY(child<QLabel>("calendarWarning")->isHidden());

    // The database has it, with the reason in the audit log.
    CalendarRepository repo(*m_db, *m_store);
    const auto stored = repo.find(d(2027, 1, 1));
    QVERIFY(stored.has_value());
    QCOMPARE(stored->kind, WorkCalendar::Kind::Holiday);
    QCOMPARE(stored->name, QStringLiteral("元旦"));
    QVERIFY(repo.hasYear(2027));
    const QList<AuditEntry> audit = AuditLog::forRecord(m_db->connection(), QStringLiteral("calendar_days"), stored->id);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.at(0).action, QStringLiteral("create"));
    QCOMPARE(audit.at(0).reason, kReason);
    QCOMPARE(audit.at(0).actor, QStringLiteral("admin"));

    // An entry for another year switches the dialog to that year.
    child<QDateEdit>("calendarDate")->setDate(d(2028, 1, 1));
    QTest::mouseClick(child<QPushButton>("calendarAdd"), Qt::LeftButton);
    QCOMPARE(m_dialog->year(), 2028);
    QCOMPARE(m_table->rowCount(), 1);
    QCOMPARE(changed.count(), 2);
}

void tst_CalendarDialog::refusedInputShowsWhy()
{
    QSignalSpy changed(m_dialog.get(), &CalendarDialog::calendarChanged);
    auto *error = child<QLabel>("calendarError");
    auto *add = child<QPushButton>("calendarAdd");
    auto *kind = child<QComboBox>("calendarKind");

    // No reason.
    child<QDateEdit>("calendarDate")->setDate(d(2026, 12, 31));
    typeInto("calendarName", QStringLiteral("test"));
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY2(error->text().contains(QStringLiteral("reason")), qPrintable(error->text()));

    // A day that already has an entry.
    typeInto("calendarReason", kReason);
    child<QDateEdit>("calendarDate")->setDate(d(2026, 2, 16));
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY2(error->text().contains(QStringLiteral("2026-02-16")), qPrintable(error->text()));

    // An adjusted working day on a weekday.
    child<QDateEdit>("calendarDate")->setDate(d(2026, 12, 30));
    kind->setCurrentIndex(kind->findData(QStringLiteral("workday")));
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY2(error->text().contains(QStringLiteral("weekday")), qPrintable(error->text()));

    // Changing the date of a selected entry.
    clickRow(d(2026, 2, 14));
    child<QDateEdit>("calendarDate")->setDate(d(2026, 2, 7));
    QTest::mouseClick(child<QPushButton>("calendarChange"), Qt::LeftButton);
    QVERIFY2(error->text().contains(QStringLiteral("Remove it")), qPrintable(error->text()));

    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_table->rowCount(), 39);
    QCOMPARE(CalendarRepository(*m_db, *m_store).overrides(2026).value().size(), 39);

    // The next good action clears the message.
    child<QDateEdit>("calendarDate")->setDate(d(2026, 12, 31));
    kind->setCurrentIndex(kind->findData(QStringLiteral("holiday")));
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(error->text().isEmpty());
    QCOMPARE(m_table->rowCount(), 40);
}

void tst_CalendarDialog::changeAnEntry()
{
    QSignalSpy changed(m_dialog.get(), &CalendarDialog::calendarChanged);
    clickRow(d(2026, 10, 10));
    // Selecting fills the form.
    QCOMPARE(child<QDateEdit>("calendarDate")->date(), d(2026, 10, 10));
    QCOMPARE(child<QComboBox>("calendarKind")->currentData().toString(), QStringLiteral("workday"));
    QCOMPARE(child<QLineEdit>("calendarName")->text(), QStringLiteral("国庆节调休上班"));
    QVERIFY(child<QPushButton>("calendarChange")->isEnabled());

    typeInto("calendarName", QStringLiteral("国庆节、中秋节调休上班"));
    typeInto("calendarReason", QStringLiteral("name as in the notice"));
    QTest::mouseClick(child<QPushButton>("calendarChange"), Qt::LeftButton);
    QVERIFY2(child<QLabel>("calendarError")->text().isEmpty(), qPrintable(child<QLabel>("calendarError")->text()));
    QCOMPARE(changed.count(), 1);
    const int row = rowOf(d(2026, 10, 10));
    QCOMPARE(cell(row, CalendarDialog::NameColumn), QStringLiteral("国庆节、中秋节调休上班"));
    QVERIFY(m_table->item(row, CalendarDialog::DateColumn)->isSelected());

    const auto stored = CalendarRepository(*m_db, *m_store).find(d(2026, 10, 10));
    QVERIFY(stored.has_value());
    QCOMPARE(stored->name, QStringLiteral("国庆节、中秋节调休上班"));
    QCOMPARE(stored->version, 2);
    const QList<AuditEntry> audit = AuditLog::forRecord(m_db->connection(), QStringLiteral("calendar_days"), stored->id);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.at(0).action, QStringLiteral("update"));
    QCOMPARE(audit.at(0).reason, QStringLiteral("name as in the notice"));
}

void tst_CalendarDialog::removeAnEntry()
{
    QSignalSpy changed(m_dialog.get(), &CalendarDialog::calendarChanged);
    clickRow(d(2026, 2, 28));
    const QString id = m_table->item(rowOf(d(2026, 2, 28)), CalendarDialog::DateColumn)->data(Qt::UserRole).toString();
    QVERIFY(!id.isEmpty());
    auto *remove = child<QPushButton>("calendarRemove");
    QVERIFY(remove->isEnabled());

    // Without a reason nothing happens but a message.
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(!child<QLabel>("calendarError")->text().isEmpty());
    QCOMPARE(m_table->rowCount(), 39);

    typeInto("calendarReason", QStringLiteral("local arrangement"));
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(child<QLabel>("calendarError")->text().isEmpty());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_table->rowCount(), 38);
    QCOMPARE(rowOf(d(2026, 2, 28)), -1);
    QVERIFY(!remove->isEnabled()); // nothing selected after a removal

    CalendarRepository repo(*m_db, *m_store);
    QVERIFY(!repo.find(d(2026, 2, 28)).has_value());
    QVERIFY(!repo.load().value().isWorkingDay(d(2026, 2, 28)));
    const QList<AuditEntry> audit = AuditLog::forRecord(m_db->connection(), QStringLiteral("calendar_days"), id);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.at(0).action, QStringLiteral("delete"));
    QCOMPARE(audit.at(0).reason, QStringLiteral("local arrangement"));
}

void tst_CalendarDialog::readOnly()
{
    m_dialog->setReadOnly(true);
    QVERIFY(m_dialog->isReadOnly());
    QVERIFY(!child<QPushButton>("calendarAdd")->isVisible());
    QVERIFY(!child<QPushButton>("calendarAdd")->isEnabled());
    clickRow(d(2026, 2, 14));
    QVERIFY(!child<QPushButton>("calendarRemove")->isEnabled());
    QCOMPARE(m_table->rowCount(), 39); // still shows the year
    m_dialog->setReadOnly(false);
    QVERIFY(child<QPushButton>("calendarRemove")->isEnabled());
}

void tst_CalendarDialog::screenshot()
{
    const QString path = qEnvironmentVariable("UD_SCREENSHOT");
    if (path.isEmpty())
        QSKIP("UD_SCREENSHOT not set");
    clickRow(d(2026, 2, 14));
    typeInto("calendarReason", kReason);
    QVERIFY(m_dialog->grab().save(path));
}

QTEST_MAIN(tst_CalendarDialog)
#include "tst_calendardialog.moc"
