// Tests for the read side of the reference data, ud::CodeListRepository and
// ud::OrgUnitRepository, on a real node database created by the app (the bundled reference data
// of migration 0002 plus items and units written through RecordStore): a code list's items in
// its sort order, inactive items only when asked, deleted ones never; units of given tiers;
// finding a deleted unit when asked; the city at the root and a unit's name without it.

#include "core/Clock.h"
#include "storage/CodeListRepository.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/OrgUnitRepository.h"
#include "storage/RecordStore.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ud;

namespace {
const QString kStation = QStringLiteral("110105015");
const QString kList = QStringLiteral("test_list");

QStringList codesOf(const QList<CodeItem> &items)
{
    QStringList out;
    for (const CodeItem &i : items)
        out << i.code;
    return out;
}

QStringList codesOf(const QList<OrgUnit> &units)
{
    QStringList out;
    for (const OrgUnit &u : units)
        out << u.code;
    return out;
}
} // namespace

class tst_ReferenceRepositories : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void itemsInSortOrder();
    void itemsActiveOrAlsoInactive();
    void itemsOfAnUnknownList();
    void itemsOfABundledList();
    void ofTiers_data();
    void ofTiers();
    void ofTiersLeavesDeletedUnitsOut();
    void findLiveOrAlsoDeleted();
    void cityAndNameWithoutIt();

private:
    QString addItem(const QString &code, const QString &parent, int sortOrder, bool active);
    QString addUnit(const QString &code, const QString &name, const QString &parent, const QString &tier);
    QStringList sqlCodes(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
};

void tst_ReferenceRepositories::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
}

void tst_ReferenceRepositories::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    m_db = std::make_unique<Database>();
    const Status opened = m_db->open(m_dir->filePath(QStringLiteral("node.db")), Database::OpenMode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(NodeIdentity::initialize(*m_db, kStation, Tier::Street, QStringLiteral("八里庄测试站"), *m_clock).ok());
    m_store = std::make_unique<RecordStore>(*m_db, m_clock.get());
    m_store->setActor(QStringLiteral("admin"));
}

void tst_ReferenceRepositories::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

QString tst_ReferenceRepositories::addItem(const QString &code, const QString &parent, int sortOrder, bool active)
{
    QVariantMap fields{{QStringLiteral("list"), kList},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("name_zh"), QStringLiteral("名称") + code},
                       {QStringLiteral("name_en"), QStringLiteral("Name ") + code},
                       {QStringLiteral("sort_order"), sortOrder},
                       {QStringLiteral("active"), active ? 1 : 0}};
    if (!parent.isEmpty())
        fields.insert(QStringLiteral("parent_code"), parent);
    const auto rec = m_store->create(QStringLiteral("code_items"), fields);
    if (!rec)
        qWarning("%s", qPrintable(rec.error()));
    return rec ? rec.value().id : QString();
}

QString tst_ReferenceRepositories::addUnit(const QString &code, const QString &name, const QString &parent,
                                           const QString &tier)
{
    const auto rec = m_store->create(QStringLiteral("org_units"), {{QStringLiteral("code"), code},
                                                                   {QStringLiteral("name"), name},
                                                                   {QStringLiteral("short_name"), name.right(4)},
                                                                   {QStringLiteral("parent_code"), parent},
                                                                   {QStringLiteral("tier"), tier}});
    if (!rec)
        qWarning("%s", qPrintable(rec.error()));
    return rec ? rec.value().id : QString();
}

QStringList tst_ReferenceRepositories::sqlCodes(const QString &sql)
{
    QStringList out;
    QSqlQuery q(m_db->connection());
    if (q.exec(sql))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

void tst_ReferenceRepositories::itemsInSortOrder()
{
    // Written out of order; equal sort orders fall back to the code.
    QVERIFY(!addItem(QStringLiteral("c"), {}, 2, true).isEmpty());
    QVERIFY(!addItem(QStringLiteral("a"), {}, 3, true).isEmpty());
    QVERIFY(!addItem(QStringLiteral("b2"), QStringLiteral("c"), 1, true).isEmpty());
    QVERIFY(!addItem(QStringLiteral("b1"), QStringLiteral("c"), 1, true).isEmpty());
    const QList<CodeItem> items = CodeListRepository(*m_db).items(kList);
    QCOMPARE(codesOf(items), (QStringList{QStringLiteral("b1"), QStringLiteral("b2"), QStringLiteral("c"),
                                          QStringLiteral("a")}));
    QCOMPARE(items.at(0).parentCode, QStringLiteral("c"));
    QCOMPARE(items.at(0).nameZh, QStringLiteral("名称b1"));
    QCOMPARE(items.at(0).nameEn, QStringLiteral("Name b1"));
    QCOMPARE(items.at(2).parentCode, QString());
}

void tst_ReferenceRepositories::itemsActiveOrAlsoInactive()
{
    QVERIFY(!addItem(QStringLiteral("live"), {}, 1, true).isEmpty());
    QVERIFY(!addItem(QStringLiteral("retired"), {}, 2, false).isEmpty());
    const QString gone = addItem(QStringLiteral("gone"), {}, 3, true);
    QVERIFY(!gone.isEmpty());
    QVERIFY(m_store->remove(QStringLiteral("code_items"), gone, 1).ok());
    const QString goneInactive = addItem(QStringLiteral("gone2"), {}, 4, false);
    QVERIFY(m_store->remove(QStringLiteral("code_items"), goneInactive, 1).ok());

    const CodeListRepository repo(*m_db);
    QCOMPARE(codesOf(repo.items(kList)), QStringList{QStringLiteral("live")});
    QCOMPARE(codesOf(repo.items(kList, CodeListRepository::Include::Active)), QStringList{QStringLiteral("live")});
    QCOMPARE(codesOf(repo.items(kList, CodeListRepository::Include::AlsoInactive)),
             (QStringList{QStringLiteral("live"), QStringLiteral("retired")}));
}

void tst_ReferenceRepositories::itemsOfAnUnknownList()
{
    QVERIFY(CodeListRepository(*m_db).items(QStringLiteral("no_such_list")).isEmpty());
    QVERIFY(CodeListRepository(*m_db).items(QStringLiteral("no_such_list"), CodeListRepository::Include::AlsoInactive)
                .isEmpty());
}

void tst_ReferenceRepositories::itemsOfABundledList()
{
    // The bundled tiers, in their sort order, equal what the table says.
    const QStringList expected = sqlCodes(QStringLiteral(
        "SELECT code FROM code_items WHERE list = 'tier' AND active = 1 AND deleted = 0 ORDER BY sort_order, code"));
    QVERIFY(expected.size() >= 5);
    QCOMPARE(expected.first(), QStringLiteral("city"));
    QCOMPARE(codesOf(CodeListRepository(*m_db).items(QStringLiteral("tier"))), expected);
}

void tst_ReferenceRepositories::ofTiers_data()
{
    QTest::addColumn<QStringList>("tiers");
    QTest::newRow("city") << QStringList{QStringLiteral("city")};
    QTest::newRow("district") << QStringList{QStringLiteral("district")};
    QTest::newRow("district and street") << QStringList{QStringLiteral("district"), QStringLiteral("street")};
    QTest::newRow("street and district") << QStringList{QStringLiteral("street"), QStringLiteral("district")};
    QTest::newRow("unknown tier") << QStringList{QStringLiteral("planet")};
}

void tst_ReferenceRepositories::ofTiers()
{
    QFETCH(QStringList, tiers);
    QStringList quoted;
    for (const QString &t : tiers)
        quoted << QLatin1Char('\'') + t + QLatin1Char('\'');
    const QStringList expected = sqlCodes(
        QStringLiteral("SELECT code FROM org_units WHERE deleted = 0 AND tier IN (%1) ORDER BY code").arg(quoted.join(u',')));
    const QList<OrgUnit> units = OrgUnitRepository(*m_db).ofTiers(tiers);
    QCOMPARE(codesOf(units), expected);
    for (const OrgUnit &u : units)
        QVERIFY2(tiers.contains(u.tier), qPrintable(u.code));
    if (tiers == QStringList{QStringLiteral("city")}) {
        QCOMPARE(units.size(), 1);
        QCOMPARE(units.first().name, QStringLiteral("北京市"));
        QCOMPARE(units.first().parentCode, QString());
    }
    if (tiers.contains(QStringLiteral("street")))
        QVERIFY(units.size() > 10);
}

void tst_ReferenceRepositories::ofTiersLeavesDeletedUnitsOut()
{
    const OrgUnitRepository repo(*m_db);
    QVERIFY(repo.ofTiers({}).isEmpty());
    const int before = int(repo.ofTiers({QStringLiteral("enterprise")}).size());
    const QString kept = addUnit(QStringLiteral("91110105000000001X"), QStringLiteral("北京测试甲有限公司"), kStation,
                                 QStringLiteral("enterprise"));
    const QString gone = addUnit(QStringLiteral("91110105000000002X"), QStringLiteral("北京测试乙有限公司"), kStation,
                                 QStringLiteral("enterprise"));
    QVERIFY(!kept.isEmpty() && !gone.isEmpty());
    QVERIFY(m_store->remove(QStringLiteral("org_units"), gone, 1).ok());
    const QStringList codes = codesOf(repo.ofTiers({QStringLiteral("enterprise")}));
    QCOMPARE(codes.size(), before + 1);
    QVERIFY(codes.contains(QStringLiteral("91110105000000001X")));
    QVERIFY(!codes.contains(QStringLiteral("91110105000000002X")));
}

void tst_ReferenceRepositories::findLiveOrAlsoDeleted()
{
    const QString gone = addUnit(QStringLiteral("91110105000000003X"), QStringLiteral("北京测试丙有限公司"), kStation,
                                 QStringLiteral("enterprise"));
    QVERIFY(!gone.isEmpty());
    const OrgUnitRepository repo(*m_db);
    QVERIFY(repo.find(QStringLiteral("91110105000000003X")).has_value());
    QVERIFY(m_store->remove(QStringLiteral("org_units"), gone, 1).ok());
    QVERIFY(!repo.find(QStringLiteral("91110105000000003X")).has_value());
    QVERIFY(!repo.find(QStringLiteral("91110105000000003X"), OrgUnitRepository::Include::Live).has_value());
    const auto found = repo.find(QStringLiteral("91110105000000003X"), OrgUnitRepository::Include::AlsoDeleted);
    QVERIFY(found.has_value());
    QCOMPARE(found->id, gone);
    QCOMPARE(found->name, QStringLiteral("北京测试丙有限公司"));
    QCOMPARE(found->version, qint64(2));
    QVERIFY(!repo.find(QStringLiteral("nothing"), OrgUnitRepository::Include::AlsoDeleted).has_value());
}

void tst_ReferenceRepositories::cityAndNameWithoutIt()
{
    const OrgUnitRepository repo(*m_db);
    const auto city = repo.city();
    QVERIFY(city.has_value());
    QCOMPARE(city->code, QStringLiteral("110000"));
    QCOMPARE(city->name, QStringLiteral("北京市"));
    const auto station = repo.find(kStation);
    QVERIFY(station.has_value());
    QCOMPARE(station->name, QStringLiteral("北京市朝阳区八里庄街道"));
    QCOMPARE(repo.nameWithoutCity(*station), QStringLiteral("朝阳区八里庄街道"));
    // A name that does not start with the city's, and the city itself, stay whole.
    OrgUnit other = *station;
    other.name = QStringLiteral("朝阳区八里庄街道");
    QCOMPARE(repo.nameWithoutCity(other), QStringLiteral("朝阳区八里庄街道"));
    QCOMPARE(repo.nameWithoutCity(*city), QStringLiteral("北京市"));
    // The node's identity names its unit through the repository.
    const auto node = NodeIdentity::load(*m_db);
    QVERIFY(node.has_value());
    QCOMPARE(node->orgUnitName, QStringLiteral("北京市朝阳区八里庄街道"));
}

QTEST_GUILESS_MAIN(tst_ReferenceRepositories)
#include "tst_referencerepositories.moc"
