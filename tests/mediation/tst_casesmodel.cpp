// Tests for ud::CasesModel: QAbstractItemModelTester (QtTest mode) watches it while pages are
// fetched, sorted, filtered and refreshed; keyset paging returns every case exactly once, in the
// repository's order for each sortable column, whatever the page size; the total agrees with
// the repository's count; the model stays empty until first loaded; refresh() reads the first
// page again; the next-deadline column's text, tooltip, colour and state role for a case due soon,
// due today, overdue and not yet due; the count on its own thread arrives after the first page.

#include "core/Clock.h"
#include "demo/DemoGenerator.h"
#include "mediation/MediationDeadlines.h"
#include "mediation/MediationRepository.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "ui/mediation/CasesModel.h"

#include <QAbstractItemModelTester>
#include <QLoggingCategory>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ud;

class tst_CasesModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyUntilLoaded();
    void pagingReturnsEveryRowOnceInOrder_data();
    void pagingReturnsEveryRowOnceInOrder();
    void filterAndTotal();
    void refreshReadsTheFirstPageAgain();
    void unsortableColumnKeepsOrder();
    void idsAndFetchUntil();
    void nextDeadlineColumn_data();
    void nextDeadlineColumn();
    void countInBackground();
    void allRowsWithProgress();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
    int m_cases = 0;
};

void tst_CasesModel::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 4, 1), QTime(8, 0), Qt::UTC));
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("cases.db")), Database::OpenMode::CreateIfMissing).ok());
    m_store = std::make_unique<RecordStore>(*m_db, m_clock.get());
    m_store->setActor(QStringLiteral("demo"));
    QVERIFY(DemoGenerator::createNode(*m_db, *m_store, *m_clock).ok());
    DemoOptions options;
    options.size = 400;
    options.cases = 60;
    options.today = QDate(2026, 4, 1);
    auto filled = DemoGenerator(*m_db, *m_store, m_clock.get()).fill(options);
    QVERIFY2(filled.ok(), qPrintable(filled.error()));
    m_cases = MediationRepository(*m_db).count({});
    QVERIFY2(m_cases >= 50, qPrintable(QString::number(m_cases)));
}

void tst_CasesModel::emptyUntilLoaded()
{
    CasesModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QCOMPARE(model.totalCount(), 0);
    QCOMPARE(model.sortColumn(), int(CasesModel::ReceivedColumn));
    QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
    QSignalSpy counts(&model, &PagedListModel::countsChanged);
    model.refresh();
    QCOMPARE(counts.count(), 1);
    QCOMPARE(model.rowCount(), qMin(m_cases, int(PagedListModel::kDefaultPageSize)));
    QCOMPARE(model.totalCount(), m_cases);
}

void tst_CasesModel::pagingReturnsEveryRowOnceInOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<int>("pageSize");
    for (const int column : {int(CasesModel::CaseNoColumn), int(CasesModel::StatusColumn), int(CasesModel::ReceivedColumn),
                             int(CasesModel::EmployerColumn)})
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
            for (const int pageSize : {1, 7, 200})
                QTest::addRow("column %d %s page %d", column, order == Qt::AscendingOrder ? "asc" : "desc", pageSize)
                    << column << order << pageSize;
}

void tst_CasesModel::pagingReturnsEveryRowOnceInOrder()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(int, pageSize);
    CasesModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(pageSize);
    QVERIFY(model.isSortable(column));
    model.sort(column, order);
    model.refresh(); // the default order loads nothing by itself
    QCOMPARE(model.rowCount(), qMin(pageSize, m_cases));
    QCOMPARE(model.totalCount(), m_cases);
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), m_cases);

    // The same rows in the same order as one repository read, each once.
    const QList<CaseListRow> all = MediationRepository(*m_db).page({}, *CasesModel::sortForColumn(column), order, {}, 100000);
    QCOMPARE(int(all.size()), m_cases);
    QSet<QString> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.idAt(row), all.at(row).id);
        QVERIFY(!seen.contains(model.idAt(row)));
        seen.insert(model.idAt(row));
    }
    // Export reads the same, and leaves the loaded rows alone.
    const QList<CaseListRow> exported = model.allRows();
    QCOMPARE(int(exported.size()), m_cases);
    for (int row = 0; row < m_cases; ++row)
        QCOMPARE(exported.at(row).id, all.at(row).id);
    QCOMPARE(model.rowCount(), m_cases);
}

void tst_CasesModel::filterAndTotal()
{
    CasesModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(5);
    MediationRepository::Filter filter;
    filter.statuses = {QStringLiteral("received"), QStringLiteral("in_mediation")};
    const int expected = MediationRepository(*m_db).count(filter);
    QVERIFY(expected > 0);
    QVERIFY(expected < m_cases);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setFilter(filter);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.totalCount(), expected);
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), expected);
    for (int row = 0; row < model.rowCount(); ++row) {
        const CaseStatus status = model.rowAt(row)->status;
        QVERIFY(status == CaseStatus::Received || status == CaseStatus::InMediation);
    }
    // A filter nothing matches: an empty, counted list.
    filter.statuses = {QStringLiteral("no such status")};
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
    QVERIFY(!model.canFetchMore(QModelIndex()));
}

void tst_CasesModel::refreshReadsTheFirstPageAgain()
{
    CasesModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(10);
    model.refresh();
    model.fetchMore(QModelIndex());
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 30);
    const QString first = model.idAt(0);
    model.refresh();
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.idAt(0), first);
    QCOMPARE(model.totalCount(), m_cases);
}

void tst_CasesModel::unsortableColumnKeepsOrder()
{
    CasesModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.refresh();
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    for (const int column : {int(CasesModel::ApplicantsColumn), int(CasesModel::DisputeTypeColumn),
                             int(CasesModel::MediatorsColumn), int(CasesModel::ClaimedColumn), int(CasesModel::PaidColumn)}) {
        QVERIFY(!model.isSortable(column));
        model.sort(column, Qt::AscendingOrder);
    }
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.sortColumn(), int(CasesModel::ReceivedColumn));
    // The same order again reads nothing.
    model.sort(CasesModel::ReceivedColumn, Qt::DescendingOrder);
    QCOMPARE(reset.count(), 0);
    model.sort(CasesModel::ReceivedColumn, Qt::AscendingOrder);
    QCOMPARE(reset.count(), 1);
}

void tst_CasesModel::idsAndFetchUntil()
{
    const QList<CaseListRow> all =
        MediationRepository(*m_db).page({}, MediationRepository::Sort::ReceivedOn, Qt::DescendingOrder, {}, 100000);
    CasesModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(4);
    model.refresh();
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, 0).data(Qt::UserRole).toString(), model.idAt(row));
        QCOMPARE(model.index(row, 0).data(PagedListModel::IdRole).toString(), model.idAt(row));
        QCOMPARE(model.rowAt(row)->id, model.idAt(row));
        QCOMPARE(model.rowOfId(model.idAt(row)), row);
    }
    const QString deep = all.at(all.size() - 2).id;
    QCOMPARE(model.rowOfId(deep), -1);
    QCOMPARE(model.fetchUntil(deep, 8), -1); // not within the first eight rows
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.fetchUntil(deep, 100000), int(all.size()) - 2);
    QVERIFY(!model.rowAt(-1));
    QVERIFY(!model.rowAt(model.rowCount()));
}

namespace {

// `n` working days after `from` on a calendar of weekends only, counted here by hand.
QDate workingDaysAfter(QDate from, int n)
{
    while (n > 0) {
        from = from.addDays(1);
        if (from.dayOfWeek() <= 5)
            --n;
    }
    return from;
}

} // namespace

void tst_CasesModel::nextDeadlineColumn_data()
{
    QTest::addColumn<int>("daysAfterDue"); // today = the acceptance deadline + this
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("tipLine");
    QTest::addColumn<bool>("highlighted");
    QTest::newRow("open") << -5 << QString() << QStringLiteral("open") << QString() << false;
    QTest::newRow("due soon") << -2 << QStringLiteral(" due soon") << QStringLiteral("due_soon")
                              << QStringLiteral("Due in 2 day(s).") << true;
    QTest::newRow("due today") << 0 << QStringLiteral(" due soon") << QStringLiteral("due_soon")
                               << QStringLiteral("Due today.") << true;
    QTest::newRow("overdue") << 3 << QStringLiteral(" overdue") << QStringLiteral("overdue")
                             << QStringLiteral("Overdue by 3 day(s).") << true;
}

void tst_CasesModel::nextDeadlineColumn()
{
    QFETCH(int, daysAfterDue);
    QFETCH(QString, suffix);
    QFETCH(QString, state);
    QFETCH(QString, tipLine);
    QFETCH(bool, highlighted);
    // A case waiting for the acceptance decision: its next deadline is 3 working days after receipt.
    MediationRepository::Filter received;
    received.statuses = {QStringLiteral("received")};
    const QList<CaseListRow> rows =
        MediationRepository(*m_db).page(received, MediationRepository::Sort::ReceivedOn, Qt::DescendingOrder, {}, 1);
    QVERIFY(!rows.isEmpty());
    const QDate receivedOn = rows.first().receivedOn;
    const QDate due = workingDaysAfter(receivedOn, 3);
    const QString dueText = due.toString(Qt::ISODate);

    const MediationDeadlines deadlines{WorkCalendar(), DeadlinePolicy()};
    CasesModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model.isSortable(CasesModel::NextDeadlineColumn));
    model.setDeadlines(&deadlines);
    model.setToday(due.addDays(daysAfterDue));
    model.setFilter(received);
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.idAt(0), rows.first().id);
    const QModelIndex cell = model.index(0, CasesModel::NextDeadlineColumn);
    QCOMPARE(model.headerData(CasesModel::NextDeadlineColumn, Qt::Horizontal).toString(), QStringLiteral("Next deadline"));
    QCOMPARE(cell.data().toString(), dueText + suffix);
    QCOMPARE(cell.data(CasesModel::DeadlineStateRole).toString(), state);
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(QStringLiteral("Decide on acceptance %1: 3 working days after the application was received on %2.")
                                .arg(dueText, receivedOn.toString(Qt::ISODate))),
             qPrintable(tip));
    if (!tipLine.isEmpty())
        QVERIFY2(tip.contains(QLatin1Char('\n') + tipLine), qPrintable(tip));
    QCOMPARE(cell.data(Qt::BackgroundRole).isValid(), highlighted);
    QCOMPARE(cell.data(Qt::ForegroundRole).isValid(), highlighted);

    // Without deadlines (or for a case with nothing pending) the cell is empty.
    CasesModel plain(*m_db);
    plain.setFilter(received);
    QVERIFY(plain.index(0, CasesModel::NextDeadlineColumn).data().isNull());
}

void tst_CasesModel::countInBackground()
{
    CasesModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackgroundCount(true);
    model.setPageSize(5);
    QSignalSpy counts(&model, &PagedListModel::countsChanged);
    model.refresh();
    // The first page at once, the number when the counting thread has it.
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.totalCount(), -1);
    QTRY_COMPARE(model.totalCount(), m_cases);
    QCOMPARE(counts.count(), 2);

    // Only the newest filter's count is taken, however the answers arrive.
    MediationRepository::Filter received;
    received.statuses = {QStringLiteral("received"), QStringLiteral("in_mediation"), QStringLiteral("agreed")};
    const int expected = MediationRepository(*m_db).count(received);
    QVERIFY(expected > 5);
    model.setFilter({});
    model.setFilter(received);
    QTRY_VERIFY(model.totalCount() >= 0);
    QCOMPARE(model.totalCount(), expected);
    QTest::qWait(50);
    QCOMPARE(model.totalCount(), expected);

    // A list that ends on its first page is counted there.
    MediationRepository::Filter none;
    none.statuses = {QStringLiteral("no such status")};
    model.setFilter(none);
    QCOMPARE(model.totalCount(), 0);
}

void tst_CasesModel::allRowsWithProgress()
{
    CasesModel model(*m_db);
    QList<int> reported;
    const auto all = model.allRows([&reported](int done) {
        reported << done;
        return true;
    });
    QVERIFY(all.has_value());
    QCOMPARE(int(all->size()), m_cases);
    QCOMPARE(reported, QList<int>{m_cases}); // one page of 1000
    QCOMPARE(model.allRows([](int) { return false; }), std::nullopt);
    QCOMPARE(model.rowCount(), 0); // the list's own rows are not touched
}

QTEST_MAIN(tst_CasesModel)
#include "tst_casesmodel.moc"
