// RegisterRepository and RegisterService: duplicates, keyset paging, full-text search, merge.
#include "core/Clock.h"
#include "core/NameSortKey.h"
#include "core/ResidentId.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"
#include "register/RegisterRepository.h"
#include "register/RegisterService.h"
#include "register/RegisterTestData.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>
#include <memory>

using namespace ud;

namespace {
// -1, 0, 1 as SQLite orders two BLOBs (memcmp, then the shorter first).
int blobOrder(const QByteArray &a, const QByteArray &b)
{
    const int c = std::memcmp(a.constData(), b.constData(), static_cast<size_t>(qMin(a.size(), b.size())));
    if (c != 0)
        return c < 0 ? -1 : 1;
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

// -1, 0, 1 for two page keys' sort values: bytes as BLOBs (the name keys), the rest as text.
int sortValueOrder(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::QByteArray || b.typeId() == QMetaType::QByteArray)
        return blobOrder(a.toByteArray(), b.toByteArray());
    const int c = a.toString().compare(b.toString());
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

// A valid ID number for a Chaoyang resident born on `birth` with sequence `seq`.
QString idFor(const QDate &birth, int seq)
{
    const QString first17 = QStringLiteral("110105") + birth.toString(QStringLiteral("yyyyMMdd"))
                            + QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
    return first17 + ResidentId::checkDigit(first17);
}
} // namespace

class tst_RegisterRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exactDuplicates();
    void similarWorkers();
    void similarEmployers();
    void employerNameKey_data();
    void employerNameKey();
    void pagingVisitsEveryRowOnceInOrder_data();
    void pagingVisitsEveryRowOnceInOrder();
    void filters();
    void searchFindsChineseSubstrings_data();
    void searchFindsChineseSubstrings();
    void searchFollowsEditsAndDeletes();
    void mergeWorkersKeepsBothHistories();
    void mergeEmployersMovesTheirWorkers();
    void mergeRefusesDifferentPeople();
    void sortByEmployerMatchesOneJoin_data();
    void sortByEmployerMatchesOneJoin();
    void namePagesInPinyinOrder_data();
    void namePagesInPinyinOrder();
    void employerPagesInPinyinOrder();
    void renamedWorkerMovesToItsPlace();
    void everyWriteSetsTheKey();
    void keysMadeAtOpen();

private:
    QString addEmployer(const QVariantMap &fields);
    QString addWorker(const QVariantMap &fields);
    // A register of 3,000 generated workers (surnames whose code point order is not their
    // pinyin order: 刘 张 李 杨 王 赵 陈 黄 against 陈 黄 李 刘 王 杨 张 赵), made once.
    udtest::RegisterDb &large();
    QList<Worker> allWorkersByName(Qt::SortOrder order, int pageSize);

    std::unique_ptr<udtest::RegisterDb> m_large;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
    QStringList m_employers;
};

QString tst_RegisterRepository::addEmployer(const QVariantMap &fields)
{
    auto rec = m_store->create(QStringLiteral("employers"), fields);
    return rec.ok() ? rec.value().id : QString();
}

QString tst_RegisterRepository::addWorker(const QVariantMap &fields)
{
    auto rec = m_store->create(QStringLiteral("workers"), fields);
    return rec.ok() ? rec.value().id : QString();
}

void tst_RegisterRepository::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("r.db")), Database::OpenMode::CreateIfMissing).ok());
    SystemClock clock;
    QVERIFY(NodeIdentity::initialize(*m_db, QStringLiteral("110105015"), Tier::Street, QString(), clock).ok());
    m_store = std::make_unique<RecordStore>(*m_db);

    Database::Transaction tx(*m_db);
    const QStringList names = {QStringLiteral("北京华信建筑工程有限公司"), QStringLiteral("北京朝阳百川餐饮管理有限公司"),
                               QStringLiteral("北京鑫达物流有限公司"), QStringLiteral("北京海淀恒通软件技术有限公司")};
    const QStringList districts = {QStringLiteral("110105"), QStringLiteral("110105"), QStringLiteral("110105"),
                                   QStringLiteral("110108")};
    const QList<int> sizes = {350, 40, 120, 12};
    const QStringList industries = {QStringLiteral("47"), QStringLiteral("62"), QStringLiteral("54"), QStringLiteral("65")};
    for (int i = 0; i < names.size(); ++i) {
        const QString id = addEmployer({{QStringLiteral("name"), names.at(i)},
                                        {QStringLiteral("district"), districts.at(i)},
                                        {QStringLiteral("employee_count"), sizes.at(i)},
                                        {QStringLiteral("industry"), industries.at(i)},
                                        {QStringLiteral("address"), QStringLiteral("北京市朝阳区八里庄路%1号").arg(i + 1)}});
        QVERIFY(!id.isEmpty());
        m_employers << id;
    }
    // 300 workers spread over the employers, some sharing names and birth dates.
    for (int i = 0; i < 300; ++i) {
        const QDate birth = QDate(1970, 1, 1).addDays(i * 37);
        const QString id = addWorker({{QStringLiteral("name"), QStringLiteral("职工%1").arg(i % 97, 3, 10, QLatin1Char('0'))},
                                      {QStringLiteral("birth_date"), birth.toString(Qt::ISODate)},
                                      {QStringLiteral("id_number"), idFor(birth, 100 + i % 400)},
                                      {QStringLiteral("employer_id"), m_employers.at(i % 4)},
                                      {QStringLiteral("post"), i % 3 == 0 ? QStringLiteral("钢筋工") : QStringLiteral("服务员")},
                                      {QStringLiteral("union_member"), i % 2}});
        QVERIFY(!id.isEmpty());
    }
    QVERIFY(tx.commit().ok());
}

void tst_RegisterRepository::exactDuplicates()
{
    const RegisterRepository repo(*m_db);
    const QDate birth = QDate(1970, 1, 1).addDays(5 * 37);
    const auto w = repo.workerByIdNumber(idFor(birth, 105));
    QVERIFY(w.has_value());
    QCOMPARE(w->birthDate, birth);
    QCOMPARE(w->employerName, QStringLiteral("北京朝阳百川餐饮管理有限公司"));
    QVERIFY(!repo.workerByIdNumber(idFor(birth, 106)).has_value());

    const QString code = QStringLiteral("914403001922038216");
    const QString id = addEmployer({{QStringLiteral("name"), QStringLiteral("深圳某公司")}, {QStringLiteral("credit_code"), code}});
    QVERIFY(repo.employerByCreditCode(code).has_value());
    // The database refuses a second live record with the same number, whatever the caller does.
    QVERIFY(!m_store->create(QStringLiteral("employers"), {{QStringLiteral("name"), QStringLiteral("另一家")},
                                                           {QStringLiteral("credit_code"), code}})
                 .ok());
    auto e = m_store->get(QStringLiteral("employers"), id);
    QVERIFY(m_store->remove(QStringLiteral("employers"), id, e.value().version).ok());
    QVERIFY(!repo.employerByCreditCode(code).has_value());
}

void tst_RegisterRepository::similarWorkers()
{
    const RegisterRepository repo(*m_db);
    const QDate birth = QDate(1970, 1, 1).addDays(10 * 37);
    // Same birth date, name one character off.
    auto hits = repo.similarWorkers(QStringLiteral("职工011"), birth, QString());
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().name, QStringLiteral("职工010"));
    QVERIFY(repo.similarWorkers(QStringLiteral("张三丰"), birth, QString()).isEmpty());
    QVERIFY(repo.similarWorkers(QStringLiteral("职工010"), birth, QString(), hits.first().id).isEmpty());
    // No birth date: same name at the same employer.
    hits = repo.similarWorkers(QStringLiteral("职工010"), QDate(), m_employers.at(2));
    QVERIFY(!hits.isEmpty());
    for (const Worker &w : hits)
        QCOMPARE(w.employerId, m_employers.at(2));
}

void tst_RegisterRepository::similarEmployers()
{
    const RegisterRepository repo(*m_db);
    auto hits = repo.similarEmployers(QStringLiteral("华信建筑工程公司"), QStringLiteral("110105"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().id, m_employers.at(0));
    // The same name in another district is not offered.
    QVERIFY(repo.similarEmployers(QStringLiteral("华信建筑工程公司"), QStringLiteral("110108")).isEmpty());
    // A short key (鑫达, two characters) uses the substring scan and still finds 鑫达物流.
    QCOMPARE(repo.similarEmployers(QStringLiteral("北京鑫达有限公司"), QString()).size(), 1);
    QCOMPARE(repo.similarEmployers(QStringLiteral("鑫达物流"), QString()).size(), 1);
    QCOMPARE(repo.similarEmployers(QStringLiteral("北京远方科技有限公司"), QString()).size(), 0);
}

void tst_RegisterRepository::employerNameKey_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    QTest::newRow("city prefix and suffix") << QStringLiteral("北京市华信建筑工程有限公司") << QStringLiteral("华信建筑工程");
    QTest::newRow("short prefix") << QStringLiteral("北京鑫达物流有限责任公司") << QStringLiteral("鑫达物流");
    QTest::newRow("brackets") << QStringLiteral("百川餐饮（北京）股份有限公司") << QStringLiteral("百川餐饮");
    QTest::newRow("spaces") << QStringLiteral("恒通 软件 公司") << QStringLiteral("恒通软件");
    QTest::newRow("only a suffix stays itself") << QStringLiteral("有限公司") << QStringLiteral("有限公司");
}

void tst_RegisterRepository::employerNameKey()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QCOMPARE(RegisterRepository::employerNameKey(name), key);
}

void tst_RegisterRepository::pagingVisitsEveryRowOnceInOrder_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<int>("order");
    for (int s = 0; s < 4; ++s) {
        QTest::addRow("sort %d ascending", s) << s << int(Qt::AscendingOrder);
        QTest::addRow("sort %d descending", s) << s << int(Qt::DescendingOrder);
    }
}

void tst_RegisterRepository::pagingVisitsEveryRowOnceInOrder()
{
    QFETCH(int, sort);
    QFETCH(int, order);
    const RegisterRepository repo(*m_db);
    const auto s = static_cast<RegisterRepository::WorkerSort>(sort);
    const auto o = static_cast<Qt::SortOrder>(order);
    RegisterRepository::WorkerFilter all;
    const int total = repo.countWorkers(all);
    QCOMPARE(total, 300);
    QStringList ids;
    QVariantList keys;
    RegisterRepository::PageKey after;
    for (int guard = 0; guard < 100; ++guard) {
        const QList<Worker> page = repo.workersPage(all, s, o, after, 37);
        if (page.isEmpty())
            break;
        for (const Worker &w : page) {
            ids << w.id;
            keys << RegisterRepository::workerKey(w, s).sortValue;
        }
        after = RegisterRepository::workerKey(page.last(), s);
    }
    QCOMPARE(ids.size(), total);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), total);
    for (int i = 1; i < keys.size(); ++i) {
        const int c = sortValueOrder(keys.at(i - 1), keys.at(i));
        QVERIFY2(o == Qt::AscendingOrder ? c <= 0 : c >= 0, qPrintable(QStringLiteral("rows %1 and %2").arg(i - 1).arg(i)));
    }
}

void tst_RegisterRepository::filters()
{
    const RegisterRepository repo(*m_db);
    RegisterRepository::EmployerFilter f;
    QCOMPARE(repo.countEmployers(f), 4);
    f.size = RegisterRepository::EmployerFilter::Size::HundredPlus;
    QCOMPARE(repo.countEmployers(f), 2);
    f.district = QStringLiteral("110108");
    QCOMPARE(repo.countEmployers(f), 0);
    f = {};
    f.industry = QStringLiteral("E"); // 建筑业: 大类 47–50
    QCOMPARE(repo.countEmployers(f), 1);
    f = {};
    f.text = QStringLiteral("物流");
    QCOMPARE(repo.countEmployers(f), 1);

    RegisterRepository::WorkerFilter w;
    w.district = QStringLiteral("110108");
    QCOMPARE(repo.countWorkers(w), 75);
    w = {};
    w.unionMember = true;
    QCOMPARE(repo.countWorkers(w), 150);
    w = {};
    w.employerId = m_employers.at(0);
    w.text = QStringLiteral("钢筋");
    QCOMPARE(repo.countWorkers(w), 25);
    // The search box finds workers by their employer's name too (count and page agree).
    w = {};
    w.employerId = m_employers.at(0);
    const int ofEmployer = repo.countWorkers(w);
    QVERIFY(ofEmployer > 0);
    w = {};
    w.text = repo.employer(m_employers.at(0))->name;
    QCOMPARE(repo.countWorkers(w), ofEmployer);
    QCOMPARE(int(repo.workersPage(w, RegisterRepository::WorkerSort::Name, Qt::AscendingOrder, {}, 10000).size()), ofEmployer);

    // Only the ids a search found (with the other filters still applied); none at all is nothing.
    w = {};
    w.employerId = m_employers.at(0);
    QStringList some;
    for (const Worker &x : repo.workersPage(w, RegisterRepository::WorkerSort::Name, Qt::AscendingOrder, {}, 3))
        some << x.id;
    QCOMPARE(some.size(), 3);
    w = {};
    w.ids = some;
    QCOMPARE(repo.countWorkers(w), 3);
    QCOMPARE(repo.workersPage(w, RegisterRepository::WorkerSort::UpdatedAt, Qt::DescendingOrder, {}, 100).size(), qsizetype(3));
    w.unionMember = true;
    QVERIFY(repo.countWorkers(w) <= 3);
    w = {};
    w.ids = QStringList{};
    QCOMPARE(repo.countWorkers(w), 0);
    RegisterRepository::EmployerFilter byIds;
    byIds.ids = QStringList{m_employers.at(0), m_employers.at(1)};
    QCOMPARE(repo.countEmployers(byIds), 2);
    QCOMPARE(repo.employersPage(byIds, RegisterRepository::EmployerSort::Name, Qt::AscendingOrder, {}, 100).size(), qsizetype(2));

    // Exact names, for the search box to list first.
    const QString employerName = repo.employer(m_employers.at(0))->name;
    const QList<RegisterRepository::SearchHit> named = repo.named(employerName, 10);
    QVERIFY(!named.isEmpty());
    QCOMPARE(named.first().kind, QStringLiteral("employer"));
    QCOMPARE(named.first().id, m_employers.at(0));
    QVERIFY(repo.named(employerName.left(employerName.size() - 1), 10).isEmpty());
}

void tst_RegisterRepository::searchFindsChineseSubstrings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectName");
    QTest::newRow("3+ characters use the trigram index") << QStringLiteral("建筑工程") << QStringLiteral("北京华信建筑工程有限公司");
    QTest::newRow("2 characters fall back to a scan") << QStringLiteral("建筑") << QStringLiteral("北京华信建筑工程有限公司");
    QTest::newRow("朝阳 in a name") << QStringLiteral("朝阳") << QStringLiteral("北京朝阳百川餐饮管理有限公司");
    QTest::newRow("address detail") << QStringLiteral("八里庄路3号") << QStringLiteral("北京鑫达物流有限公司");
    QTest::newRow("worker by name") << QStringLiteral("职工042") << QStringLiteral("职工042");
}

void tst_RegisterRepository::searchFindsChineseSubstrings()
{
    QFETCH(QString, text);
    QFETCH(QString, expectName);
    const auto hits = RegisterRepository(*m_db).search(text, 200);
    QStringList names;
    for (const auto &h : hits)
        names << h.name;
    QVERIFY2(names.contains(expectName), qPrintable(names.join(QLatin1Char(','))));
}

void tst_RegisterRepository::searchFollowsEditsAndDeletes()
{
    const RegisterRepository repo(*m_db);
    const QString id = addWorker({{QStringLiteral("name"), QStringLiteral("欧阳明月")}});
    QCOMPARE(repo.search(QStringLiteral("欧阳明"), 10).size(), 1);
    auto rec = m_store->get(QStringLiteral("workers"), id);
    rec = m_store->update(QStringLiteral("workers"), id, rec.value().version, {{QStringLiteral("name"), QStringLiteral("欧阳晓月")}});
    QVERIFY(rec.ok());
    QCOMPARE(repo.search(QStringLiteral("欧阳明"), 10).size(), 0);
    QCOMPARE(repo.search(QStringLiteral("欧阳晓"), 10).size(), 1);
    QVERIFY(m_store->remove(QStringLiteral("workers"), id, rec.value().version).ok());
    QCOMPARE(repo.search(QStringLiteral("欧阳晓"), 10).size(), 0);
}

void tst_RegisterRepository::mergeWorkersKeepsBothHistories()
{
    const QString keep = addWorker({{QStringLiteral("name"), QStringLiteral("赵建国")}, {QStringLiteral("phone"), QStringLiteral("13800138000")}});
    const QDate birth(1980, 5, 6);
    const QString drop = addWorker({{QStringLiteral("name"), QStringLiteral("赵建国")},
                                    {QStringLiteral("id_number"), idFor(birth, 11)},
                                    {QStringLiteral("birth_date"), birth.toString(Qt::ISODate)}});
    QVERIFY(!keep.isEmpty() && !drop.isEmpty());
    RegisterService service(*m_store);
    QVERIFY(!service.mergeWorkers(keep, drop, QString()).ok()); // a reason is required
    const Status s = service.mergeWorkers(keep, drop, QStringLiteral("同一人，重复登记"));
    QVERIFY2(s.ok(), qPrintable(s.error()));

    const RegisterRepository repo(*m_db);
    const auto kept = repo.worker(keep);
    QCOMPARE(kept->idNumber, idFor(birth, 11)); // taken over from the dropped record
    QCOMPARE(kept->phone, QStringLiteral("13800138000"));
    const auto dropped = repo.worker(drop);
    QVERIFY(dropped->deleted);
    QCOMPARE(dropped->mergedInto, keep);
    QCOMPARE(repo.workerByIdNumber(idFor(birth, 11))->id, keep);
    // Both histories stay: the dropped record's creation and its merge, the kept one's fill.
    const auto dropHistory = AuditLog::forRecord(m_db->connection(), QStringLiteral("workers"), drop);
    QVERIFY(dropHistory.size() >= 3);
    QCOMPARE(dropHistory.first().action, QStringLiteral("create"));
    QVERIFY(dropHistory.last().reason.contains(QStringLiteral("同一人")));
    const auto keepHistory = AuditLog::forRecord(m_db->connection(), QStringLiteral("workers"), keep);
    QCOMPARE(keepHistory.size(), 2);
    QVERIFY(keepHistory.last().changes.contains(QStringLiteral("id_number")));
    QVERIFY(AuditLog::verifyChain(m_db->connection()).ok);
}

void tst_RegisterRepository::mergeEmployersMovesTheirWorkers()
{
    const QString keep = m_employers.at(2);
    const QString drop = addEmployer({{QStringLiteral("name"), QStringLiteral("鑫达物流公司")}, {QStringLiteral("district"), QStringLiteral("110105")}});
    const QString worker = addWorker({{QStringLiteral("name"), QStringLiteral("钱多多")}, {QStringLiteral("employer_id"), drop}});
    const qint64 outboxBefore = [&] {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT count(*) FROM outbox"));
        q.next();
        return q.value(0).toLongLong();
    }();
    const Status s = RegisterService(*m_store).mergeEmployers(keep, drop, QStringLiteral("同一单位"));
    QVERIFY2(s.ok(), qPrintable(s.error()));
    const RegisterRepository repo(*m_db);
    QCOMPARE(repo.worker(worker)->employerId, keep);
    QVERIFY(repo.employer(drop)->deleted);
    QVERIFY(repo.workersOfEmployer(drop).isEmpty());
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT count(*) FROM outbox"));
    q.next();
    QVERIFY(q.value(0).toLongLong() >= outboxBefore + 3); // drop marked + tombstoned + worker moved
}

void tst_RegisterRepository::mergeRefusesDifferentPeople()
{
    const QString a = addWorker({{QStringLiteral("name"), QStringLiteral("孙丽")}, {QStringLiteral("id_number"), idFor(QDate(1990, 1, 2), 22)}});
    const QString b = addWorker({{QStringLiteral("name"), QStringLiteral("孙丽")}, {QStringLiteral("id_number"), idFor(QDate(1991, 1, 2), 22)}});
    const Status s = RegisterService(*m_store).mergeWorkers(a, b, QStringLiteral("重复"));
    QVERIFY(!s.ok());
    QVERIFY(!RegisterRepository(*m_db).worker(b)->deleted);
    QVERIFY(!RegisterService(*m_store).mergeWorkers(a, a, QStringLiteral("x")).ok());
}

void tst_RegisterRepository::sortByEmployerMatchesOneJoin_data()
{
    QTest::addColumn<int>("filter"); // 0 none, 1 union members, 2 district 110105, 3 one employer
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("pageSize");
    for (int filter = 0; filter < 4; ++filter)
        for (int order : {int(Qt::AscendingOrder), int(Qt::DescendingOrder)})
            for (int pageSize : {1, 7, 37, 1000})
                QTest::addRow("filter %d order %d page %d", filter, order, pageSize) << filter << order << pageSize;
}

// Paging by employer (a walk of employers in pinyin name order, and the workers without one)
// gives exactly the order of the one join sorted by (coalesce(employer's name key, x''), id),
// with workers without an employer and two employers of the same name.
void tst_RegisterRepository::sortByEmployerMatchesOneJoin()
{
    QFETCH(int, filter);
    QFETCH(int, order);
    QFETCH(int, pageSize);
    static QStringList twins;
    if (twins.isEmpty()) {
        Database::Transaction tx(*m_db);
        for (int i = 0; i < 2; ++i)
            twins << addEmployer({{QStringLiteral("name"), QStringLiteral("北京同名商贸有限公司")},
                                  {QStringLiteral("district"), QStringLiteral("110105")}});
        for (int i = 0; i < 40; ++i) {
            QVariantMap fields{{QStringLiteral("name"), QStringLiteral("排序%1").arg(i)}, {QStringLiteral("union_member"), i % 3 == 0}};
            if (i % 2 == 0)
                fields.insert(QStringLiteral("employer_id"), twins.at(i % 4 / 2));
            QVERIFY(!addWorker(fields).isEmpty());
        }
        QVERIFY(tx.commit().ok());
    }

    RegisterRepository::WorkerFilter f;
    QString where = QStringLiteral("w.deleted = 0");
    if (filter == 1) {
        f.unionMember = true;
        where += QStringLiteral(" AND w.union_member = 1");
    } else if (filter == 2) {
        f.district = QStringLiteral("110105");
        where += QStringLiteral(" AND e.district = '110105'");
    } else if (filter == 3) {
        f.employerId = twins.at(1);
        where += QStringLiteral(" AND w.employer_id = '%1'").arg(twins.at(1));
    }
    const auto o = static_cast<Qt::SortOrder>(order);
    const QString dir = o == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QStringList expected;
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT w.id FROM workers w LEFT JOIN employers e ON e.id = w.employer_id WHERE %1 "
                                  "ORDER BY coalesce(e.name_key, x'') %2, w.id %2")
                       .arg(where, dir)));
    while (q.next())
        expected << q.value(0).toString();
    QVERIFY(expected.size() >= 10);

    const RegisterRepository repo(*m_db);
    QCOMPARE(repo.countWorkers(f), int(expected.size()));
    QStringList ids;
    RegisterRepository::PageKey after;
    for (int guard = 0; guard < 2000; ++guard) {
        const QList<Worker> page = repo.workersPage(f, RegisterRepository::WorkerSort::Employer, o, after, pageSize);
        for (const Worker &w : page)
            ids << w.id;
        if (page.size() < pageSize)
            break;
        after = RegisterRepository::workerKey(page.last(), RegisterRepository::WorkerSort::Employer);
    }
    QCOMPARE(ids, expected);
}

udtest::RegisterDb &tst_RegisterRepository::large()
{
    if (!m_large) {
        m_large = std::make_unique<udtest::RegisterDb>();
        QString error;
        if (!m_large->open(&error))
            qFatal("%s", qPrintable(error));
        const Status filled = m_large->populate(30, 3000);
        if (!filled)
            qFatal("%s", qPrintable(filled.error()));
    }
    return *m_large;
}

QList<Worker> tst_RegisterRepository::allWorkersByName(Qt::SortOrder order, int pageSize)
{
    const RegisterRepository repo(large().db);
    QList<Worker> all;
    RegisterRepository::PageKey after;
    for (int guard = 0; guard < 10000; ++guard) {
        const QList<Worker> page = repo.workersPage({}, RegisterRepository::WorkerSort::Name, order, after, pageSize);
        all += page;
        if (page.size() < pageSize)
            break;
        after = RegisterRepository::workerKey(page.last(), RegisterRepository::WorkerSort::Name);
    }
    return all;
}

void tst_RegisterRepository::namePagesInPinyinOrder_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("pageSize");
    for (int order : {int(Qt::AscendingOrder), int(Qt::DescendingOrder)})
        for (int pageSize : {37, 2001}) // 2,001: what the register's list asks for first
            QTest::addRow("%s page %d", order == Qt::AscendingOrder ? "ascending" : "descending", pageSize)
                << order << pageSize;
}

// The whole register, paged from the database by (name_key, id), is in pinyin order: 陈 (chén)
// first and 赵 (zhào) last, where the code point order began with 刘 and ended with 黄.
void tst_RegisterRepository::namePagesInPinyinOrder()
{
    QFETCH(int, order);
    QFETCH(int, pageSize);
    const auto o = static_cast<Qt::SortOrder>(order);
    const QList<Worker> all = allWorkersByName(o, pageSize);
    QCOMPARE(all.size(), 3000);
    QSet<QString> ids;
    for (const Worker &w : all)
        ids.insert(w.id);
    QCOMPARE(ids.size(), 3000);
    const QString first = o == Qt::AscendingOrder ? QStringLiteral("陈") : QStringLiteral("赵");
    const QString last = o == Qt::AscendingOrder ? QStringLiteral("赵") : QStringLiteral("陈");
    QVERIFY2(all.first().name.startsWith(first), qPrintable(all.first().name));
    QVERIFY2(all.last().name.startsWith(last), qPrintable(all.last().name));
    // Each name's key is NameSortKey::of(name), and the rows are in the key's order, then id's.
    for (int i = 1; i < all.size(); ++i) {
        const Worker &a = all.at(i - 1);
        const Worker &b = all.at(i);
        int c = blobOrder(NameSortKey::of(a.name), NameSortKey::of(b.name));
        if (c == 0)
            c = a.id < b.id ? -1 : 1;
        QVERIFY2(o == Qt::AscendingOrder ? c < 0 : c > 0,
                 qPrintable(QStringLiteral("rows %1 and %2 out of order: %3 / %4").arg(i - 1).arg(i).arg(a.name, b.name)));
    }
    // The surnames come in pinyin order.
    QStringList surnames;
    for (const Worker &w : all)
        if (surnames.isEmpty() || surnames.last() != w.name.left(1))
            surnames << w.name.left(1);
    QStringList expected = QStringLiteral("陈 黄 李 刘 王 杨 张 赵").split(QLatin1Char(' '));
    if (o == Qt::DescendingOrder)
        std::reverse(expected.begin(), expected.end());
    QCOMPARE(surnames, expected);
}

// Employers too: 北京朝阳… (cháo) before 北京海淀… (hǎi), where code points put 海 before 朝.
void tst_RegisterRepository::employerPagesInPinyinOrder()
{
    const RegisterRepository repo(large().db);
    for (Qt::SortOrder o : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        QList<Employer> all;
        RegisterRepository::PageKey after;
        for (int guard = 0; guard < 100; ++guard) {
            const QList<Employer> page = repo.employersPage({}, RegisterRepository::EmployerSort::Name, o, after, 7);
            all += page;
            if (page.size() < 7)
                break;
            after = RegisterRepository::employerKey(page.last(), RegisterRepository::EmployerSort::Name);
        }
        QCOMPARE(all.size(), 30);
        QVERIFY2(all.first().name.startsWith(o == Qt::AscendingOrder ? QStringLiteral("北京朝阳") : QStringLiteral("北京海淀")),
                 qPrintable(all.first().name));
        for (int i = 1; i < all.size(); ++i) {
            const int c = blobOrder(NameSortKey::of(all.at(i - 1).name), NameSortKey::of(all.at(i).name));
            QVERIFY2(o == Qt::AscendingOrder ? c < 0 : c > 0, qPrintable(all.at(i - 1).name + QStringLiteral(" / ") + all.at(i).name));
        }
    }
}

// A worker renamed (as an edit does it, through RecordStore) moves to its new name's place: the
// key is set when the name is written, whatever the write path.
void tst_RegisterRepository::renamedWorkerMovesToItsPlace()
{
    udtest::RegisterDb &data = large();
    auto created = data.store->create(QStringLiteral("workers"), {{QStringLiteral("name"), QStringLiteral("阿宝")}});
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const QString id = created.value().id;
    QList<Worker> all = allWorkersByName(Qt::AscendingOrder, 2001);
    QCOMPARE(all.first().id, id); // ā: before every 陈

    auto renamed = data.store->update(QStringLiteral("workers"), id, created.value().version,
                                      {{QStringLiteral("name"), QStringLiteral("左宝")}});
    QVERIFY2(renamed.ok(), qPrintable(renamed.error()));
    all = allWorkersByName(Qt::AscendingOrder, 2001);
    QCOMPARE(all.size(), 3001);
    QCOMPARE(all.last().id, id); // zuǒ: after every 赵 (zhào)
    QSqlQuery q(data.db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT name_key FROM workers WHERE id = '%1'").arg(id)) && q.next());
    QCOMPARE(q.value(0).toByteArray(), NameSortKey::of(QStringLiteral("左宝")));
    q.finish();
    QVERIFY(data.store->remove(QStringLiteral("workers"), id, renamed.value().version).ok());
}

// Every row written so far in this database (create, createMany as imports and the demo write,
// update, remove, the merges) has its name's key, without a reopen.
void tst_RegisterRepository::everyWriteSetsTheKey()
{
    QList<QVariantMap> batch;
    for (const char *name : {"付一", "Li Lei", "䶮二"})
        batch << QVariantMap{{QStringLiteral("name"), QString::fromUtf8(name)}};
    for (const Result<QString> &r : m_store->createMany(QStringLiteral("workers"), batch))
        QVERIFY2(r.ok(), qPrintable(r.error()));
    QVERIFY(m_store->createMany(QStringLiteral("employers"), {{{QStringLiteral("name"), QStringLiteral("于氏商贸")}}}).first().ok());
    QSqlQuery q(m_db->connection());
    for (const char *table : {"workers", "employers"}) {
        QVERIFY(q.exec(QStringLiteral("SELECT name, name_key FROM %1").arg(QLatin1String(table))));
        int rows = 0;
        while (q.next()) {
            QVERIFY2(q.value(1).toByteArray() == NameSortKey::of(q.value(0).toString()), qPrintable(q.value(0).toString()));
            ++rows;
        }
        QVERIFY(rows >= 4);
    }
}

// Keys missing (rows of schema 15, another program's writes) are filled at open, and all keys
// are made anew when the collator's version recorded with them differs. The database check
// does not count the derived key as a change outside UnionDesk.
void tst_RegisterRepository::keysMadeAtOpen()
{
    const QString path = m_db->path();
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE workers SET name_key = NULL WHERE rowid % 2 = 0")));
        QVERIFY(q.exec(QStringLiteral("UPDATE employers SET name_key = x'00'")));
        QVERIFY(q.exec(QStringLiteral("UPDATE name_sort_collation SET version = 'icu 1.0; zh'")));
    }
    m_store.reset();
    m_db->close();
    QVERIFY(m_db->open(path, Database::OpenMode::ExistingOnly).ok());
    m_store = std::make_unique<RecordStore>(*m_db);
    QSqlQuery q(m_db->connection());
    for (const char *table : {"workers", "employers"}) {
        QVERIFY(q.exec(QStringLiteral("SELECT name, name_key FROM %1").arg(QLatin1String(table))));
        int rows = 0;
        while (q.next()) {
            QCOMPARE(q.value(1).toByteArray(), NameSortKey::of(q.value(0).toString()));
            ++rows;
        }
        QVERIFY(rows > 0);
    }
    QVERIFY(q.exec(QStringLiteral("SELECT version FROM name_sort_collation")) && q.next());
    QCOMPARE(q.value(0).toString(), NameSortKey::version());
    q.finish();
    const CheckReport report = m_db->check();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_RegisterRepository)
#include "tst_registerrepository.moc"
