// Tests for the register's search (RegisterSearch, schema 7): for queries of one, two and three or
// more characters, hits and misses, every record found is one whose name or details contain the
// text and every such record is found (checked against a brute-force scan of the records: the
// plain columns read and put together here, not the index's SQL; a failed query on either side
// fails the test, and a query that must find rows is checked to find some), names
// come first, the limit holds, across the first ids (scanned) and the rest (through the index)
// for short queries; the index follows creates, edits, deletes, undeletes, merges and —
// the bug of schema 3 — an employer's rename into its workers' details; FTS5's own integrity
// check passes afterwards.

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"
#include "register/RegisterRepository.h"
#include "register/RegisterSearch.h"
#include "register/RegisterService.h"

#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace ud;

namespace {

// Given names: more than RegisterSearch::kMaxTerms different characters after 张 and after 张伟,
// so both the trigram path and the plentiful-matches scan are exercised.
const QString kGiven = QStringLiteral("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鹏飞辉建国志宏"
                                      "文博浩宇轩然子涵欣怡梓萱诗雨思琪佳嘉晨阳俊航天佑德福贵安康乐源盛");

struct Expected
{
    QString kind;
    QString id;
    QString name;
    QString detail;
};

} // namespace

class tst_RegisterSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void matchesEveryRecordContainingTheText_data();
    void matchesEveryRecordContainingTheText();
    void namesComeFirstAndTheLimitHolds();
    void shortQueriesUseTheIndex();
    void indexFollowsEditsDeletesAndUndeletes();
    void renamedEmployerReachesItsWorkers();
    void mergeMovesWorkersToTheKeptEmployersName();
    void indexIntegrity();

private:
    QString add(const QString &table, const QVariantMap &fields);
    Record get(const QString &table, const QString &id);
    bool everyLiveRecord(QList<Expected> &out) const;
    enum class Hits { Some, None };
    void compareWithBruteForce(const QString &text, Hits hits);
    QString ftsCheck(const QString &table) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
    QStringList m_employers;
    QStringList m_workers;
};

QString tst_RegisterSearch::add(const QString &table, const QVariantMap &fields)
{
    auto rec = m_store->create(table, fields);
    if (!rec)
        qWarning("create %s: %s", qPrintable(table), qPrintable(rec.error()));
    return rec ? rec.value().id : QString();
}

Record tst_RegisterSearch::get(const QString &table, const QString &id)
{
    auto rec = m_store->get(table, id);
    return rec ? rec.value() : Record();
}

void tst_RegisterSearch::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("s.db")), Database::OpenMode::CreateIfMissing).ok());
    SystemClock clock;
    QVERIFY(NodeIdentity::initialize(*m_db, QStringLiteral("110105015"), Tier::Street, QString(), clock).ok());
    m_store = std::make_unique<RecordStore>(*m_db);

    Database::Transaction tx(*m_db);
    // First, more rows than RegisterSearch::kProbeRows, so that short queries find some records
    // in the scanned first ids and the rest through the index.
    for (int i = 0; i < RegisterSearch::kProbeRows + 100; ++i)
        QVERIFY(!add(QStringLiteral("workers"), {{QStringLiteral("name"), QStringLiteral("填充%1").arg(i, 4, 10, QLatin1Char('0'))}})
                     .isEmpty());
    const QStringList employers = {QStringLiteral("北京华信建筑工程有限公司"), QStringLiteral("北京朝阳百川餐饮管理有限公司"),
                                   QStringLiteral("鲸鱼"), QStringLiteral("ACME Widgets (Beijing) Ltd"),
                                   QStringLiteral("北京华信建筑工程有限公司")}; // the same name twice
    for (int i = 0; i < employers.size(); ++i) {
        const QString id = add(QStringLiteral("employers"),
                               {{QStringLiteral("name"), employers.at(i)},
                                {QStringLiteral("credit_code"), QStringLiteral("91110105MA01XQ%1K").arg(i)},
                                {QStringLiteral("address"), QStringLiteral("北京市朝阳区八里庄街道八里庄路%1号").arg(i + 1)},
                                {QStringLiteral("legal_representative"), i == 2 ? QStringLiteral("芳") : QStringLiteral("赵明")}});
        QVERIFY(!id.isEmpty());
        m_employers << id;
    }
    // 张 + each given name (one or two characters), 张伟 + each, some with a one-character name,
    // every seventh without employer, every eleventh deleted afterwards.
    QStringList names;
    for (const QChar c : kGiven) {
        names << QStringLiteral("张") + c;
        names << QStringLiteral("张伟") + c;
    }
    names << QStringLiteral("王芳") << QStringLiteral("李") << QStringLiteral("O'Neil \"Jr\" 100%_sure");
    for (int i = 0; i < names.size(); ++i) {
        QVariantMap fields{{QStringLiteral("name"), names.at(i)},
                           {QStringLiteral("address"), QStringLiteral("北京市朝阳区八里庄街道甘露园%1号").arg(i)},
                           {QStringLiteral("post"), i % 3 == 0 ? QStringLiteral("钢筋工") : QStringLiteral("收银员")},
                           {QStringLiteral("phone"), QStringLiteral("139%1").arg(10000000 + i * 7919)}};
        if (i % 7 != 0)
            fields.insert(QStringLiteral("employer_id"), m_employers.at(i % employers.size()));
        const QString id = add(QStringLiteral("workers"), fields);
        QVERIFY(!id.isEmpty());
        m_workers << id;
    }
    for (int i = 0; i < m_workers.size(); i += 11)
        QVERIFY(m_store->remove(QStringLiteral("workers"), m_workers.at(i), get(QStringLiteral("workers"), m_workers.at(i)).version).ok());
    QVERIFY(tx.commit().ok());
}

void tst_RegisterSearch::init()
{
    // RegisterSearch reports a failed statement as a warning and returns what it has: any
    // warning fails the test, so a search that fails cannot pass as one that found nothing.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

// Every live record with its name and details, read column by column and put together here the
// way the search is documented to index them (worker: address, post, phone, employer's name;
// employer: credit code, address, legal representative), not with the index's own SQL. False
// (with a warning) when a query fails.
bool tst_RegisterSearch::everyLiveRecord(QList<Expected> &out) const
{
    out.clear();
    const QString space = QStringLiteral(" ");
    QHash<QString, QString> employerName; // deleted ones too: a worker keeps a merged employer's id until moved
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT id, name, credit_code, address, legal_representative, deleted FROM employers"))) {
        qWarning("oracle: %s", qPrintable(q.lastError().text()));
        return false;
    }
    while (q.next()) {
        employerName.insert(q.value(0).toString(), q.value(1).toString());
        if (q.value(5).toInt() == 0)
            out << Expected{QStringLiteral("employer"), q.value(0).toString(), q.value(1).toString(),
                            QStringList{q.value(2).toString(), q.value(3).toString(), q.value(4).toString()}.join(space)};
    }
    if (!q.exec(QStringLiteral("SELECT id, name, address, post, phone, employer_id FROM workers WHERE deleted = 0"))) {
        qWarning("oracle: %s", qPrintable(q.lastError().text()));
        return false;
    }
    while (q.next())
        out << Expected{QStringLiteral("worker"), q.value(0).toString(), q.value(1).toString(),
                        QStringList{q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                                    employerName.value(q.value(5).toString())}
                            .join(space)};
    return !out.isEmpty();
}

void tst_RegisterSearch::compareWithBruteForce(const QString &text, Hits hits)
{
    const QString t = text.trimmed();
    QSet<QString> byName, byDetail;
    QList<Expected> records;
    QVERIFY2(everyLiveRecord(records), "the brute-force scan failed");
    for (const Expected &e : records) {
        if (e.name.contains(t, Qt::CaseInsensitive))
            byName.insert(e.kind + QLatin1Char('/') + e.id);
        else if (e.detail.contains(t, Qt::CaseInsensitive))
            byDetail.insert(e.kind + QLatin1Char('/') + e.id);
    }
    // The fixture has records for every text that must find some, and none for the misses.
    if (hits == Hits::Some)
        QVERIFY2(!byName.isEmpty() || !byDetail.isEmpty(), qPrintable(QStringLiteral("no record contains %1").arg(t)));
    else
        QVERIFY2(byName.isEmpty() && byDetail.isEmpty(), qPrintable(QStringLiteral("some record contains %1").arg(t)));
    const auto results = RegisterRepository(*m_db).search(text, 100000);
    QSet<QString> found;
    bool inDetails = false;
    for (const auto &hit : results) {
        const QString key = hit.kind + QLatin1Char('/') + hit.id;
        QVERIFY2(!found.contains(key), qPrintable(QStringLiteral("%1 found twice").arg(key)));
        found.insert(key);
        QVERIFY2(byName.contains(key) || byDetail.contains(key),
                 qPrintable(QStringLiteral("%1 (%2 | %3) does not contain %4").arg(key, hit.name, hit.detail, t)));
        // Names first: once a hit is by details only, no name hit follows.
        if (byDetail.contains(key))
            inDetails = true;
        else
            QVERIFY2(!inDetails, qPrintable(QStringLiteral("name hit %1 after a detail hit").arg(hit.name)));
        QVERIFY(!hit.name.endsWith(QLatin1Char(' ')));
    }
    QCOMPARE(found.size(), byName.size() + byDetail.size());
}

void tst_RegisterSearch::matchesEveryRecordContainingTheText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("hits");
    QTest::newRow("1 char, many trigrams (scan)") << QStringLiteral("张") << true;
    QTest::newRow("1 char, a whole name") << QStringLiteral("李") << true;
    QTest::newRow("1 char at the end of a detail") << QStringLiteral("芳") << true;
    QTest::newRow("1 char, digit") << QStringLiteral("9") << true;
    QTest::newRow("1 char, no hit") << QStringLiteral("鲨") << false;
    QTest::newRow("2 chars, many trigrams (scan)") << QStringLiteral("张伟") << true;
    QTest::newRow("2 chars, a whole name") << QStringLiteral("王芳") << true;
    QTest::newRow("2 chars, a whole employer name") << QStringLiteral("鲸鱼") << true;
    QTest::newRow("2 chars, end of a name") << QStringLiteral("伟杰") << true;
    QTest::newRow("2 chars, in names and details") << QStringLiteral("朝阳") << true;
    QTest::newRow("2 chars, details") << QStringLiteral("建筑") << true;
    QTest::newRow("2 chars, no hit") << QStringLiteral("鲨鱼") << false;
    QTest::newRow("2 chars, Latin, other case") << QStringLiteral("xq") << true;
    QTest::newRow("1 char before a separator") << QStringLiteral("号 ") << true;
    QTest::newRow("3 chars, everywhere") << QStringLiteral("八里庄") << true;
    QTest::newRow("3 chars, no hit") << QStringLiteral("鲨鱼馆") << false;
    QTest::newRow("4 chars") << QStringLiteral("华信建筑") << true;
    QTest::newRow("4 chars, no hit (two words that are only apart)") << QStringLiteral("朝阳建筑") << false;
    QTest::newRow("phrase across parts") << QStringLiteral("号 钢筋") << true;
    QTest::newRow("Latin, other case") << QStringLiteral("acme widgets") << true;
    QTest::newRow("credit code") << QStringLiteral("MA01XQ3K") << true;
    QTest::newRow("quotes") << QStringLiteral("\"Jr\"") << true;
    QTest::newRow("LIKE wildcards are literal") << QStringLiteral("0%_") << true;
    QTest::newRow("1 char wildcard") << QStringLiteral("%") << true;
    QTest::newRow("apostrophe") << QStringLiteral("O'") << true;
    QTest::newRow("surrounding spaces") << QStringLiteral("  王芳 ") << true;
    QTest::newRow("2 chars, in the first ids and after them") << QStringLiteral("填充") << true;
    QTest::newRow("1 char, in the first ids and after them") << QStringLiteral("充") << true;
}

void tst_RegisterSearch::matchesEveryRecordContainingTheText()
{
    QFETCH(QString, text);
    QFETCH(bool, hits);
    compareWithBruteForce(text, hits ? Hits::Some : Hits::None);
}

void tst_RegisterSearch::namesComeFirstAndTheLimitHolds()
{
    const RegisterRepository repo(*m_db);
    const auto all = repo.search(QStringLiteral("张伟"), 100000);
    QVERIFY(all.size() > 20);
    for (int limit : {1, 5, 20}) {
        const auto some = repo.search(QStringLiteral("张伟"), limit);
        QCOMPARE(some.size(), limit);
        for (int i = 0; i < limit; ++i)
            QCOMPARE(some.at(i).id, all.at(i).id); // the first page of the same order
    }
    QVERIFY(repo.search(QStringLiteral("张伟"), 0).isEmpty());
    // Across the scanned first ids and the index: the same order, whatever the limit.
    const auto fillers = repo.search(QStringLiteral("填充"), 100000);
    QCOMPARE(fillers.size(), RegisterSearch::kProbeRows + 100);
    for (int limit : {50, RegisterSearch::kProbeRows, RegisterSearch::kProbeRows + 7}) {
        const auto some = repo.search(QStringLiteral("填充"), limit);
        QCOMPARE(some.size(), limit);
        for (int i = 0; i < limit; ++i)
            QCOMPARE(some.at(i).id, fillers.at(i).id);
    }
    for (int i = 1; i < fillers.size(); ++i)
        QVERIFY(fillers.at(i - 1).name < fillers.at(i).name); // created in name order: id order is name order
    QVERIFY(repo.search(QStringLiteral("   "), 10).isEmpty());
    // 华信建筑 is an employer's name and in its workers' details: the employers come first.
    const auto hits = repo.search(QStringLiteral("华信建筑"), 100);
    QVERIFY(hits.size() > 2);
    QCOMPARE(hits.at(0).kind, QStringLiteral("employer"));
    QCOMPARE(hits.at(1).kind, QStringLiteral("employer"));
    QCOMPARE(hits.at(2).kind, QStringLiteral("worker"));
    QCOMPARE(hits.at(0).name, QStringLiteral("北京华信建筑工程有限公司"));
    QVERIFY2(hits.at(2).detail.endsWith(QStringLiteral("北京华信建筑工程有限公司")), qPrintable(hits.at(2).detail));
}

// One and two characters are served by the trigram index: the trigrams starting with them.
void tst_RegisterSearch::shortQueriesUseTheIndex()
{
    QSqlQuery q(m_db->connection());
    const auto terms = [&](const QString &table, const QString &prefix) {
        QStringList out;
        q.prepare(QStringLiteral("SELECT term FROM %1 WHERE term >= ? AND term < ?").arg(table));
        q.addBindValue(prefix);
        q.addBindValue(prefix + QChar(QChar::highSurrogate(0x10FFFF)) + QChar(QChar::lowSurrogate(0x10FFFF)));
        if (!q.exec())
            qWarning("%s", qPrintable(q.lastError().text()));
        while (q.next())
            out << q.value(0).toString();
        return out;
    };
    // A two-character name has a trigram thanks to the terminator; so has a one-character one.
    QCOMPARE(terms(QStringLiteral("register_name_terms"), QStringLiteral("王芳")), QStringList{QStringLiteral("王芳 ")});
    QCOMPARE(terms(QStringLiteral("register_name_terms"), QStringLiteral("李")), QStringList{QStringLiteral("李  ")});
    QVERIFY(terms(QStringLiteral("register_detail_terms"), QStringLiteral("鲨")).isEmpty());
    // Folded like the tokenizer folds.
    QVERIFY(terms(QStringLiteral("register_detail_terms"), QStringLiteral("xq")).contains(QStringLiteral("xq0")));
    QVERIFY(terms(QStringLiteral("register_name_terms"), QStringLiteral("张")).size() > RegisterSearch::kMaxTerms);
    QCOMPARE(RegisterSearch::characterCount(QStringLiteral("张伟")), 2);
    QCOMPARE(RegisterSearch::characterCount(QString::fromUcs4(U"\U00020000a")), 2); // one character outside the BMP
}

void tst_RegisterSearch::indexFollowsEditsDeletesAndUndeletes()
{
    const RegisterRepository repo(*m_db);
    const QString id = add(QStringLiteral("workers"), {{QStringLiteral("name"), QStringLiteral("欧阳明月")},
                                                       {QStringLiteral("post"), QStringLiteral("焊工")}});
    QVERIFY(!id.isEmpty());
    QCOMPARE(repo.search(QStringLiteral("欧阳明"), 10).size(), 1);
    QCOMPARE(repo.search(QStringLiteral("焊工"), 10).size(), 1);
    Record rec = get(QStringLiteral("workers"), id);
    auto changed = m_store->update(QStringLiteral("workers"), id, rec.version,
                                   {{QStringLiteral("name"), QStringLiteral("欧阳晓月")}, {QStringLiteral("post"), QStringLiteral("电工")}});
    QVERIFY2(changed.ok(), qPrintable(changed.error()));
    QCOMPARE(repo.search(QStringLiteral("欧阳明"), 10).size(), 0);
    QCOMPARE(repo.search(QStringLiteral("欧阳晓"), 10).size(), 1);
    QCOMPARE(repo.search(QStringLiteral("焊工"), 10).size(), 0);
    // A change to a column the search does not index leaves its entry alone.
    changed = m_store->update(QStringLiteral("workers"), id, changed.value().version, {{QStringLiteral("union_member"), 1}});
    QVERIFY(changed.ok());
    QCOMPARE(repo.search(QStringLiteral("欧阳晓"), 10).size(), 1);
    // Given an employer, the employer's name is in the details.
    changed = m_store->update(QStringLiteral("workers"), id, changed.value().version,
                              {{QStringLiteral("employer_id"), m_employers.at(2)}});
    QVERIFY(changed.ok());
    const auto byEmployer = repo.search(QStringLiteral("鲸鱼"), 1000);
    QVERIFY(std::any_of(byEmployer.cbegin(), byEmployer.cend(), [&](const auto &h) { return h.id == id; }));
    auto removed = m_store->remove(QStringLiteral("workers"), id, changed.value().version);
    QVERIFY(removed.ok());
    QCOMPARE(repo.search(QStringLiteral("欧阳晓"), 10).size(), 0);
    auto back = m_store->undelete(QStringLiteral("workers"), id, removed.value().version);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(repo.search(QStringLiteral("欧阳晓"), 10).size(), 1);
    compareWithBruteForce(QStringLiteral("欧阳"), Hits::Some);
}

// Schema 3 left the old employer name in its workers' details (issue 3, known issue).
void tst_RegisterSearch::renamedEmployerReachesItsWorkers()
{
    const RegisterRepository repo(*m_db);
    const QString employer = m_employers.at(1);
    const int workers = int(repo.workersOfEmployer(employer).size());
    QVERIFY(workers > 3);
    const auto hitsFor = [&](const QString &text) {
        int n = 0;
        for (const auto &h : repo.search(text, 100000))
            n += h.kind == QLatin1String("worker") ? 1 : 0;
        return n;
    };
    QCOMPARE(hitsFor(QStringLiteral("朝阳百川餐饮")), workers);
    Record rec = get(QStringLiteral("employers"), employer);
    auto renamed = m_store->update(QStringLiteral("employers"), employer, rec.version,
                                   {{QStringLiteral("name"), QStringLiteral("北京金鼎百味餐饮有限公司")}});
    QVERIFY2(renamed.ok(), qPrintable(renamed.error()));
    QCOMPARE(hitsFor(QStringLiteral("朝阳百川餐饮")), 0);
    QCOMPARE(hitsFor(QStringLiteral("金鼎百味")), workers);
    QCOMPARE(hitsFor(QStringLiteral("金鼎")), workers);
    const auto employerHits = repo.search(QStringLiteral("金鼎百味"), 10);
    QCOMPARE(employerHits.first().kind, QStringLiteral("employer"));
    QCOMPARE(employerHits.first().name, QStringLiteral("北京金鼎百味餐饮有限公司"));
    compareWithBruteForce(QStringLiteral("百川"), Hits::None); // renamed away
    compareWithBruteForce(QStringLiteral("金鼎百味"), Hits::Some);
}

void tst_RegisterSearch::mergeMovesWorkersToTheKeptEmployersName()
{
    const RegisterRepository repo(*m_db);
    const QString keep = m_employers.at(0);
    const QString drop = m_employers.at(4); // the second 北京华信建筑工程有限公司
    Record rec = get(QStringLiteral("employers"), drop);
    // Renamed, and without its (different) credit code, which would keep the two apart.
    QVERIFY(m_store->update(QStringLiteral("employers"), drop, rec.version,
                            {{QStringLiteral("name"), QStringLiteral("华信建筑（旧）")}, {QStringLiteral("credit_code"), QVariant()}})
                .ok());
    const int moved = int(repo.workersOfEmployer(drop).size());
    QVERIFY(moved > 0);
    const Status merged = RegisterService(*m_store).mergeEmployers(keep, drop, QStringLiteral("同一单位"));
    QVERIFY2(merged.ok(), qPrintable(merged.error()));
    QCOMPARE(int(repo.workersOfEmployer(drop).size()), 0);
    for (const auto &h : repo.search(QStringLiteral("华信建筑（旧）"), 1000))
        QFAIL(qPrintable(QStringLiteral("%1 %2 still found by the merged employer's name").arg(h.kind, h.name)));
    compareWithBruteForce(QStringLiteral("华信建筑"), Hits::Some);
    compareWithBruteForce(QStringLiteral("华信"), Hits::Some);
}

QString tst_RegisterSearch::ftsCheck(const QString &table) const
{
    QSqlQuery q(m_db->connection());
    return q.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')").arg(table)) ? QString()
                                                                                              : q.lastError().text();
}

void tst_RegisterSearch::indexIntegrity()
{
    // After every edit above, each index agrees with register_search, and register_search with the records.
    QCOMPARE(ftsCheck(QStringLiteral("register_names")), QString());
    QCOMPARE(ftsCheck(QStringLiteral("register_details")), QString());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM register_search")));
    QVERIFY(q.next());
    QList<Expected> records;
    QVERIFY(everyLiveRecord(records));
    QCOMPARE(q.value(0).toInt(), int(records.size()));
    QVERIFY(m_db->check().ok());
}

QTEST_GUILESS_MAIN(tst_RegisterSearch)
#include "tst_registersearch.moc"
