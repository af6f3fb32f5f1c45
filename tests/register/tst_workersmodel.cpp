// Tests for ud::WorkersModel: QAbstractItemModelTester (QtTest mode) watches it while pages are
// fetched, sorted and filtered; keyset paging returns every worker exactly once and in order
// for each sortable column, whatever the page size; filters agree with the data written; ID
// numbers never leave the model unmasked.

#include "core/NameSortKey.h"
#include "register/RegisterTestData.h"
#include "ui/register/NameOrder.h"
#include "ui/register/WorkersModel.h"

#include <QAbstractItemModelTester>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

#include <cstring>

using namespace ud;

class tst_WorkersModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void firstPageAndTotal();
    void pagingReturnsEveryRowOnceInOrder_data();
    void pagingReturnsEveryRowOnceInOrder();
    void filters_data();
    void filters();
    void unsortableColumnKeepsOrder();
    void refreshKeepsLoadedRows();
    void fetchUntilFindsDeepRow();
    void idNumbersAreMasked();
    void allRowsMatchesPaging();
    void nameOrder_data();
    void nameOrder();
    void nameOrderAgreesWithSortKey();

private:
    static QString sortValue(const Worker &w, int column);
    void fetchAll(WorkersModel &model);

    udtest::RegisterDb m_data;
};

void tst_WorkersModel::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
    QString error;
    QVERIFY2(m_data.open(&error), qPrintable(error));
    QElapsedTimer timer;
    timer.start();
    const Status filled = m_data.populate(60, 2000);
    QVERIFY2(filled.ok(), qPrintable(filled.error()));
    qInfo("2,000 workers and 60 employers written in %lld ms", timer.elapsed());
}

QString tst_WorkersModel::sortValue(const Worker &w, int column)
{
    switch (column) {
    case WorkersModel::NameColumn: return w.name;
    case WorkersModel::BirthDateColumn: return w.birthDate.toString(Qt::ISODate);
    case WorkersModel::EmployerColumn: return w.employerName;
    case WorkersModel::UpdatedColumn: return w.updatedAt;
    default: return {};
    }
}

void tst_WorkersModel::fetchAll(WorkersModel &model)
{
    int guard = 0;
    while (model.canFetchMore(QModelIndex()) && ++guard < 10000)
        model.fetchMore(QModelIndex());
}

void tst_WorkersModel::firstPageAndTotal()
{
    WorkersModel model(m_data.db);
    QCOMPARE(model.totalCount(), 2000);
    QCOMPARE(model.rowCount(), RegisterListModel::kDefaultPageSize);
    QCOMPARE(model.columnCount(), int(WorkersModel::ColumnCount));
    QVERIFY(model.canFetchMore(QModelIndex()));
    QVERIFY(!model.canFetchMore(model.index(0, 0)));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);

    QSignalSpy counts(&model, &RegisterListModel::countsChanged);
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 2 * RegisterListModel::kDefaultPageSize);
    QCOMPARE(counts.count(), 1);
    // The tester fetches more itself (on creation and after every reset).
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.rowCount() > 2 * RegisterListModel::kDefaultPageSize);
    QCOMPARE(model.rowCount() % RegisterListModel::kDefaultPageSize, 0);
    QCOMPARE(model.headerData(WorkersModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(model.index(0, 0).data(RegisterListModel::IdRole).toString(), model.idAt(0));
    QCOMPARE(model.idAt(-1), QString());
    QCOMPARE(model.idAt(model.rowCount()), QString());
}

void tst_WorkersModel::pagingReturnsEveryRowOnceInOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<int>("pageSize");
    for (int column : {int(WorkersModel::NameColumn), int(WorkersModel::BirthDateColumn), int(WorkersModel::EmployerColumn),
                       int(WorkersModel::UpdatedColumn)}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QByteArray name = QByteArray::number(column) + (order == Qt::AscendingOrder ? " asc" : " desc");
            QTest::newRow((name + " page 137").constData()) << column << order << 137;
            QTest::newRow((name + " page 1000").constData()) << column << order << 1000;
        }
    }
}

void tst_WorkersModel::pagingReturnsEveryRowOnceInOrder()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(int, pageSize);

    WorkersModel model(m_data.db);
    model.setPageSize(pageSize);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(column, order);
    QCOMPARE(reset.count(), column == WorkersModel::NameColumn && order == Qt::AscendingOrder ? 0 : 1);
    QCOMPARE(model.sortColumn(), column);
    QCOMPARE(model.sortOrder(), order);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 2000);
    QVERIFY(!model.canFetchMore(QModelIndex()));

    const NameOrder names;
    QSet<QString> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Worker *w = model.workerAt(row);
        QVERIFY(w);
        QVERIFY2(!seen.contains(w->id), qPrintable(QStringLiteral("row %1 repeats %2").arg(row).arg(w->id)));
        seen.insert(w->id);
        QCOMPARE(model.rowOfId(w->id), row);
        if (row == 0)
            continue;
        const Worker *prev = model.workerAt(row - 1);
        // Names, and employers' names, in pinyin order (paged from the database by their keys).
        int cmp = column == WorkersModel::NameColumn || column == WorkersModel::EmployerColumn
                      ? names.compare(sortValue(*prev, column), sortValue(*w, column))
                      : sortValue(*prev, column).compare(sortValue(*w, column));
        if (cmp == 0)
            cmp = prev->id.compare(w->id);
        if (order == Qt::DescendingOrder)
            cmp = -cmp;
        QVERIFY2(cmp < 0, qPrintable(QStringLiteral("rows %1 and %2 out of order: %3 / %4")
                                          .arg(row - 1)
                                          .arg(row)
                                          .arg(sortValue(*prev, column), sortValue(*w, column))));
    }
    for (const udtest::WorkerSpec &spec : m_data.workerList)
        QVERIFY(seen.contains(spec.id));
}

void tst_WorkersModel::filters_data()
{
    QTest::addColumn<QString>("district");
    QTest::addColumn<int>("unionMember"); // -1 any, 0 no, 1 yes
    QTest::newRow("all") << QString() << -1;
    QTest::newRow("朝阳") << QStringLiteral("110105") << -1;
    QTest::newRow("海淀") << QStringLiteral("110108") << -1;
    QTest::newRow("members") << QString() << 1;
    QTest::newRow("non-members in 海淀") << QStringLiteral("110108") << 0;
    QTest::newRow("district with no employers") << QStringLiteral("110101") << -1;
}

void tst_WorkersModel::filters()
{
    QFETCH(QString, district);
    QFETCH(int, unionMember);

    int expected = 0;
    for (const udtest::WorkerSpec &w : m_data.workerList) {
        const udtest::EmployerSpec *e = m_data.employerSpec(w.employerId);
        if (!district.isEmpty() && (!e || e->district != district))
            continue;
        if (unionMember >= 0 && w.unionMember != (unionMember == 1))
            continue;
        ++expected;
    }

    WorkersModel model(m_data.db);
    model.setPageSize(300);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model); // filtering a fully loaded model starts from the first page again
    RegisterRepository::WorkerFilter filter;
    filter.district = district;
    if (unionMember >= 0)
        filter.unionMember = unionMember == 1;
    QSignalSpy counts(&model, &RegisterListModel::countsChanged);
    model.setFilter(filter);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(model.totalCount(), expected);
    QVERIFY(model.rowCount() <= expected);
    fetchAll(model);
    QCOMPARE(model.rowCount(), expected);
    for (int row = 0; row < model.rowCount(); ++row) {
        const Worker *w = model.workerAt(row);
        if (unionMember >= 0)
            QCOMPARE(w->unionMember, unionMember == 1);
        if (!district.isEmpty())
            QCOMPARE(m_data.employerSpec(w->employerId)->district, district);
    }
    model.setFilter({});
    QCOMPARE(model.totalCount(), 2000);
}

void tst_WorkersModel::unsortableColumnKeepsOrder()
{
    WorkersModel model(m_data.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString first = model.idAt(0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    for (int column : {int(WorkersModel::SexColumn), int(WorkersModel::IdNumberColumn), int(WorkersModel::PhoneColumn)}) {
        QVERIFY(!model.isSortable(column));
        model.sort(column, Qt::DescendingOrder);
    }
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.sortColumn(), int(WorkersModel::NameColumn));
    QCOMPARE(model.idAt(0), first);
}

void tst_WorkersModel::refreshKeepsLoadedRows()
{
    WorkersModel model(m_data.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore(QModelIndex());
    model.fetchMore(QModelIndex());
    const int loaded = model.rowCount();
    QVERIFY(loaded >= 3 * RegisterListModel::kDefaultPageSize);
    const QString at500 = model.idAt(500);
    model.refresh();
    QVERIFY(model.rowCount() >= loaded);
    QCOMPARE(model.idAt(500), at500);
    QCOMPARE(model.totalCount(), 2000);
}

void tst_WorkersModel::fetchUntilFindsDeepRow()
{
    WorkersModel model(m_data.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    WorkersModel all(m_data.db);
    fetchAll(all);
    const QString deep = all.idAt(1750);
    QCOMPARE(model.rowOfId(deep), -1);
    QCOMPARE(model.fetchUntil(deep, 1000), -1); // not within the first 1,000 rows
    QVERIFY(model.rowCount() >= 1000 && model.rowCount() < 1750);
    QCOMPARE(model.fetchUntil(deep, 5000), 1750);
    QCOMPARE(model.fetchUntil(QStringLiteral("no-such-id"), 5000), -1);
    QCOMPARE(model.rowCount(), 2000);
}

void tst_WorkersModel::idNumbersAreMasked()
{
    WorkersModel model(m_data.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    QSet<QString> fullNumbers;
    for (const udtest::WorkerSpec &w : m_data.workerList)
        fullNumbers.insert(w.idNumber);
    static const QRegularExpression masked(QStringLiteral("^\\d{6}\\*{8}\\d{3}[\\dX]$"));
    const QList<int> roles = {Qt::DisplayRole, Qt::ToolTipRole, Qt::EditRole, Qt::StatusTipRole, Qt::WhatsThisRole,
                              Qt::AccessibleTextRole, Qt::UserRole, RegisterListModel::IdRole};
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString shown = model.index(row, WorkersModel::IdNumberColumn).data().toString();
        QVERIFY2(masked.match(shown).hasMatch(), qPrintable(shown));
        QCOMPARE(shown, ResidentId::mask(model.workerAt(row)->idNumber));
        for (int column = 0; column < model.columnCount(); ++column)
            for (int role : roles)
                QVERIFY(!fullNumbers.contains(model.index(row, column).data(role).toString()));
    }
    QCOMPARE(ResidentId::mask(QStringLiteral("11010519491231002X")), QStringLiteral("110105********002X"));
}

void tst_WorkersModel::allRowsMatchesPaging()
{
    WorkersModel model(m_data.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RegisterRepository::WorkerFilter filter;
    filter.district = QStringLiteral("110105");
    model.setFilter(filter);
    model.sort(WorkersModel::BirthDateColumn, Qt::DescendingOrder);
    const int before = model.rowCount();
    const QList<Worker> all = model.allRows();
    QCOMPARE(model.rowCount(), before); // the model itself is left alone
    QCOMPARE(int(all.size()), model.totalCount());
    fetchAll(model);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(all.at(row).id, model.idAt(row));
}

// Names as a Chinese reader looks for them: pinyin, not code point (丁 于 付 任); a search's
// exact name first (于阳 before 于阳倩 and before 丁于阳); descending reverses all but that.
void tst_WorkersModel::nameOrder_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("exact");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QStringList>("expected");
    const auto l = [](const char *space) { return QString::fromUtf8(space).split(QLatin1Char(' ')); };
    QTest::newRow("surnames") << l("丁 于 付 任") << QString() << false << l("丁 付 任 于");
    QTest::newRow("surnames descending") << l("丁 于 付 任") << QString() << true << l("于 任 付 丁");
    QTest::newRow("given names") << l("张伟 张三 王芳 李娜 赵敏") << QString() << false << l("李娜 王芳 张三 张伟 赵敏");
    QTest::newRow("prefix first") << l("于阳倩 于阳") << QString() << false << l("于阳 于阳倩");
    QTest::newRow("exact first") << l("丁于阳 于阳倩 于阳") << QString::fromUtf8("于阳") << false << l("于阳 丁于阳 于阳倩");
    QTest::newRow("exact first, descending") << l("丁于阳 于阳 于阳倩") << QString::fromUtf8("于阳") << true
                                             << l("于阳 于阳倩 丁于阳");
    QTest::newRow("no exact match") << l("于阳倩 丁于阳") << QString::fromUtf8("于阳") << false << l("丁于阳 于阳倩");
}

void tst_WorkersModel::nameOrder()
{
    QFETCH(QStringList, names);
    QFETCH(QString, exact);
    QFETCH(bool, descending);
    QFETCH(QStringList, expected);
    NameOrder().sort(names, [](const QString &n) { return n; }, exact, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    QCOMPARE(names, expected);
}

// The search's matches are sorted in memory by NameOrder, every other list by the keys stored in
// the database (NameSortKey): both must give one order. Every pair of the test register's names
// and of some harder ones (prefixes, Latin, case, rare characters) compares the same way.
void tst_WorkersModel::nameOrderAgreesWithSortKey()
{
    QStringList names = QString::fromUtf8("丁 于 付 任 于阳 于阳倩 丁于阳 阿宝 左宝 Li Lei li lei Adams 王五 张三 䶮 𠀀 刘䶮 "
                                          "北京朝阳建筑有限公司 北京海淀软件有限公司 (北京)分公司 123")
                            .split(QLatin1Char(' '));
    for (const udtest::WorkerSpec &w : m_data.workerList)
        names << w.name;
    for (const udtest::EmployerSpec &e : m_data.employerList)
        names << e.name;
    names.removeDuplicates();
    QVERIFY(names.size() > 500);
    const NameOrder order;
    QList<QByteArray> keys;
    for (const QString &n : std::as_const(names))
        keys << NameSortKey::of(n);
    const auto sign = [](int v) { return v < 0 ? -1 : (v > 0 ? 1 : 0); };
    for (int i = 0; i < names.size(); ++i) {
        for (int j = i + 1; j < names.size(); ++j) {
            const QByteArray &a = keys.at(i);
            const QByteArray &b = keys.at(j);
            int byKey = std::memcmp(a.constData(), b.constData(), static_cast<size_t>(qMin(a.size(), b.size())));
            if (byKey == 0)
                byKey = a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
            const int byOrder = order.compare(names.at(i), names.at(j));
            if (sign(byKey) != sign(byOrder))
                QFAIL(qPrintable(QStringLiteral("%1 / %2: key %3, NameOrder %4")
                                     .arg(names.at(i), names.at(j))
                                     .arg(sign(byKey))
                                     .arg(sign(byOrder))));
        }
    }
}

QTEST_GUILESS_MAIN(tst_WorkersModel)
#include "tst_workersmodel.moc"
