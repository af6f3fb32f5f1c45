// Tests for ud::EmployersModel: QAbstractItemModelTester (QtTest mode) while pages are fetched,
// sorted and filtered; keyset paging returns every employer once and in order for each sortable
// column (including the employee count with unknown sizes); the district, industry (大类 and
// 门类) and size filters agree with the data written; the derived 百人以上 column.

#include "ui/register/EmployersModel.h"
#include "ui/register/NameOrder.h"
#include "register/RegisterTestData.h"

#include <QAbstractItemModelTester>
#include <QLoggingCategory>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

using namespace ud;

class tst_EmployersModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void firstPageAndTotal();
    void pagingReturnsEveryRowOnceInOrder_data();
    void pagingReturnsEveryRowOnceInOrder();
    void filters_data();
    void filters();
    void hundredPlusIsDerived();
    void namesForCodes();
    void unsortableColumnKeepsOrder();
    void refreshSeesNewRecord();
    void lookups();
    void loadsWhenFirstNeeded();

private:
    void fetchAll(EmployersModel &model);

    udtest::RegisterDb m_data;
};

void tst_EmployersModel::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
    QString error;
    QVERIFY2(m_data.open(&error), qPrintable(error));
    const Status filled = m_data.populate(700, 0);
    QVERIFY2(filled.ok(), qPrintable(filled.error()));
}

void tst_EmployersModel::fetchAll(EmployersModel &model)
{
    int guard = 0;
    while (model.canFetchMore(QModelIndex()) && ++guard < 10000)
        model.fetchMore(QModelIndex());
}

void tst_EmployersModel::firstPageAndTotal()
{
    EmployersModel model(m_data.db);
    QCOMPARE(model.totalCount(), 700);
    QCOMPARE(model.rowCount(), RegisterListModel::kDefaultPageSize);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(EmployersModel::ColumnCount));
    fetchAll(model);
    QCOMPARE(model.rowCount(), 700);
    QVERIFY(!model.canFetchMore(QModelIndex()));
}

void tst_EmployersModel::pagingReturnsEveryRowOnceInOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int column : {int(EmployersModel::NameColumn), int(EmployersModel::CreditCodeColumn),
                       int(EmployersModel::IndustryColumn), int(EmployersModel::EmployeeCountColumn),
                       int(EmployersModel::HundredPlusColumn), int(EmployersModel::DistrictColumn),
                       int(EmployersModel::UpdatedColumn)}) {
        QTest::newRow((QByteArray::number(column) + " asc").constData()) << column << Qt::AscendingOrder;
        QTest::newRow((QByteArray::number(column) + " desc").constData()) << column << Qt::DescendingOrder;
    }
}

void tst_EmployersModel::pagingReturnsEveryRowOnceInOrder()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);

    EmployersModel model(m_data.db);
    model.setPageSize(64);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(column, order);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 700);

    const auto key = [column](const Employer &e) -> QVariant {
        switch (column) {
        case EmployersModel::EmployeeCountColumn:
        case EmployersModel::HundredPlusColumn: return e.employeeCount ? *e.employeeCount : -1;
        case EmployersModel::CreditCodeColumn: return e.creditCode;
        case EmployersModel::IndustryColumn: return e.industry;
        case EmployersModel::DistrictColumn: return e.street.isEmpty() ? e.district : e.street;
        case EmployersModel::UpdatedColumn: return e.updatedAt;
        default: return e.name;
        }
    };
    const NameOrder names;
    QSet<QString> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Employer *e = model.employerAt(row);
        QVERIFY(!seen.contains(e->id));
        seen.insert(e->id);
        if (row == 0)
            continue;
        const Employer *prev = model.employerAt(row - 1);
        const QVariant a = key(*prev);
        const QVariant b = key(*e);
        // Names in pinyin order (700 employers are put in that order in memory).
        int cmp = a.typeId() == QMetaType::Int ? (a.toInt() < b.toInt() ? -1 : a.toInt() > b.toInt() ? 1 : 0)
                  : column == EmployersModel::NameColumn ? names.compare(a.toString(), b.toString())
                                                         : a.toString().compare(b.toString());
        if (cmp == 0)
            cmp = prev->id.compare(e->id);
        if (order == Qt::DescendingOrder)
            cmp = -cmp;
        QVERIFY2(cmp < 0, qPrintable(QStringLiteral("rows %1/%2: %3 then %4").arg(row - 1).arg(row).arg(a.toString(), b.toString())));
    }
    QCOMPARE(int(seen.size()), int(m_data.employerList.size()));
}

void tst_EmployersModel::filters_data()
{
    QTest::addColumn<QString>("district");
    QTest::addColumn<QString>("industry");
    QTest::addColumn<int>("size"); // EmployerFilter::Size
    using Size = RegisterRepository::EmployerFilter::Size;
    QTest::newRow("all") << QString() << QString() << int(Size::Any);
    QTest::newRow("朝阳") << QStringLiteral("110105") << QString() << int(Size::Any);
    QTest::newRow("房屋建筑业 47") << QString() << QStringLiteral("47") << int(Size::Any);
    QTest::newRow("建筑业 E (47 and 48)") << QString() << QStringLiteral("E") << int(Size::Any);
    QTest::newRow("100+") << QString() << QString() << int(Size::HundredPlus);
    QTest::newRow("under 100") << QString() << QString() << int(Size::Under100);
    QTest::newRow("海淀, E, 100+") << QStringLiteral("110108") << QStringLiteral("E") << int(Size::HundredPlus);
}

void tst_EmployersModel::filters()
{
    QFETCH(QString, district);
    QFETCH(QString, industry);
    QFETCH(int, size);
    using Size = RegisterRepository::EmployerFilter::Size;

    int expected = 0;
    for (const udtest::EmployerSpec &e : m_data.employerList) {
        if (!district.isEmpty() && e.district != district)
            continue;
        if (industry == QLatin1String("E") && e.industry != QLatin1String("47") && e.industry != QLatin1String("48"))
            continue;
        if (!industry.isEmpty() && industry != QLatin1String("E") && e.industry != industry)
            continue;
        // Unknown sizes are in neither size class.
        if (Size(size) == Size::HundredPlus && !(e.employeeCount >= 100))
            continue;
        if (Size(size) == Size::Under100 && !(e.employeeCount >= 0 && e.employeeCount < 100))
            continue;
        ++expected;
    }
    QVERIFY(expected > 0);

    EmployersModel model(m_data.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RegisterRepository::EmployerFilter filter;
    filter.district = district;
    filter.industry = industry;
    filter.size = Size(size);
    model.setFilter(filter);
    QCOMPARE(model.totalCount(), expected);
    fetchAll(model);
    QCOMPARE(model.rowCount(), expected);
    model.sort(EmployersModel::EmployeeCountColumn, Qt::DescendingOrder);
    QCOMPARE(model.totalCount(), expected);
    fetchAll(model);
    QCOMPARE(model.rowCount(), expected);
}

void tst_EmployersModel::hundredPlusIsDerived()
{
    EmployersModel model(m_data.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    int yes = 0, no = 0, unknown = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Employer *e = model.employerAt(row);
        const QString shown = model.index(row, EmployersModel::HundredPlusColumn).data().toString();
        const QString count = model.index(row, EmployersModel::EmployeeCountColumn).data().toString();
        if (!e->employeeCount) {
            QVERIFY(shown.isEmpty());
            QVERIFY(count.isEmpty());
            ++unknown;
        } else if (*e->employeeCount >= 100) {
            QCOMPARE(shown, QStringLiteral("Yes"));
            ++yes;
        } else {
            QCOMPARE(shown, QStringLiteral("No"));
            ++no;
        }
    }
    QVERIFY(yes > 0 && no > 0 && unknown > 0);
}

void tst_EmployersModel::namesForCodes()
{
    EmployersModel model(m_data.db);
    RegisterRepository::EmployerFilter filter;
    filter.industry = QStringLiteral("47");
    filter.district = QStringLiteral("110105");
    model.setFilter(filter);
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.index(0, EmployersModel::IndustryColumn).data().toString(), QStringLiteral("房屋建筑业"));
    QCOMPARE(model.index(0, EmployersModel::DistrictColumn).data().toString(), QStringLiteral("朝阳区"));
    QVERIFY(model.index(0, EmployersModel::StreetColumn).data().toString().endsWith(QStringLiteral("街道"))
            || model.index(0, EmployersModel::StreetColumn).data().toString().endsWith(QStringLiteral("地区")));
}

void tst_EmployersModel::unsortableColumnKeepsOrder()
{
    EmployersModel model(m_data.db);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(EmployersModel::TypeColumn, Qt::DescendingOrder);
    model.sort(EmployersModel::UnionColumn, Qt::DescendingOrder);
    QCOMPARE(reset.count(), 0);
}

void tst_EmployersModel::refreshSeesNewRecord()
{
    EmployersModel model(m_data.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore(QModelIndex());
    const int loaded = model.rowCount();
    auto rec = m_data.store->create(QStringLiteral("employers"), {{QStringLiteral("name"), QStringLiteral("阿阿测试公司")}});
    QVERIFY2(rec.ok(), qPrintable(rec.error()));
    model.refresh();
    QCOMPARE(model.totalCount(), 701);
    QVERIFY(model.rowCount() >= loaded);
    QCOMPARE(model.idAt(0), rec.value().id); // 阿 (ā) sorts before every other name in pinyin
    auto removed = m_data.store->remove(QStringLiteral("employers"), rec.value().id, rec.value().version);
    QVERIFY(removed.ok());
    model.refresh();
    QCOMPARE(model.totalCount(), 700);
    QCOMPARE(model.rowOfId(rec.value().id), -1);
}

// The names and combo contents behind the codes: GB/T 4754 门类 each followed by its 大类.
void tst_EmployersModel::lookups()
{
    const CodeListCache lookups(m_data.db);
    const QList<CodeListCache::Item> &industry = lookups.items(QStringLiteral("industry"));
    QCOMPARE(int(industry.size()), 117); // 20 门类 + 97 大类
    QCOMPARE(industry.first().code, QStringLiteral("A"));
    QString section;
    int sections = 0;
    for (const CodeListCache::Item &item : industry) {
        if (item.code.size() == 1) {
            QVERIFY(item.parentCode.isEmpty());
            QVERIFY(item.code > section);
            section = item.code;
            ++sections;
        } else {
            QCOMPARE(item.parentCode, section);
        }
    }
    QCOMPARE(sections, 20);
    QCOMPARE(lookups.codeName(QStringLiteral("industry"), QStringLiteral("47")), QStringLiteral("房屋建筑业"));
    QCOMPARE(lookups.codeName(QStringLiteral("industry"), QStringLiteral("E")), QStringLiteral("建筑业"));
    QCOMPARE(lookups.codeName(QStringLiteral("ethnicity"), QStringLiteral("01")), QStringLiteral("汉族"));
    QCOMPARE(lookups.items(QStringLiteral("ethnicity")).first().code, QStringLiteral("01"));
    QCOMPARE(int(lookups.items(QStringLiteral("employer_type")).size()), 12);
    QCOMPARE(int(lookups.items(QStringLiteral("hukou_type")).size()), 4);
    QCOMPARE(lookups.codeName(QStringLiteral("industry"), QStringLiteral("zz")), QStringLiteral("zz"));
    QCOMPARE(int(lookups.districts().size()), 16); // Beijing's districts, the node being in 朝阳区
    QCOMPARE(lookups.homeDistrict(), QStringLiteral("110105"));
    QCOMPARE(lookups.homeStreet(), QString::fromLatin1(udtest::RegisterDb::kStation));
    QCOMPARE(lookups.unitName(QStringLiteral("110108")), QStringLiteral("海淀区"));
    QVERIFY(!lookups.streets(QStringLiteral("110105")).isEmpty());
}

// The register page's employers list (a hidden tab at first): shared lookups, empty until its
// first refresh, then exactly what a model loaded at once holds.
void tst_EmployersModel::loadsWhenFirstNeeded()
{
    const CodeListCache lookups(m_data.db);
    EmployersModel later(m_data.db, lookups, false);
    QAbstractItemModelTester tester(&later, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(later.rowCount(), 0);
    QCOMPARE(later.totalCount(), 0);
    QVERIFY(!later.canFetchMore(QModelIndex()));
    QSignalSpy counts(&later, &RegisterListModel::countsChanged);
    QSignalSpy reset(&later, &QAbstractItemModel::modelReset);
    later.refresh();
    QCOMPARE(counts.count(), 1);
    QCOMPARE(reset.count(), 1);
    EmployersModel now(m_data.db);
    QCOMPARE(later.totalCount(), now.totalCount());
    QCOMPARE(later.rowCount(), now.rowCount());
    for (int row = 0; row < now.rowCount(); ++row)
        for (int column = 0; column < now.columnCount(); ++column)
            QCOMPARE(later.index(row, column).data(), now.index(row, column).data());
    // A filter or a sort loads a model that was never loaded, too.
    EmployersModel filtered(m_data.db, lookups, false);
    RegisterRepository::EmployerFilter f;
    f.district = QStringLiteral("110105");
    filtered.setFilter(f);
    QVERIFY(filtered.totalCount() > 0);
    QVERIFY(filtered.rowCount() > 0);
    EmployersModel sorted(m_data.db, lookups, false);
    sorted.sort(EmployersModel::UpdatedColumn, Qt::DescendingOrder);
    QCOMPARE(sorted.totalCount(), 700);
}

QTEST_GUILESS_MAIN(tst_EmployersModel)
#include "tst_employersmodel.moc"
