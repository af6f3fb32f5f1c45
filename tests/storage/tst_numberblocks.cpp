// Tests for ud::NumberBlocks, the node's blocks of the numbers users see (design §3), on a real
// node database: one block per series and year, made on first use; values handed out in order,
// skipping those already used; given values moving the block past them; a used-up block; and
// nothing kept when the caller's transaction is rolled back.

#include "storage/Database.h"
#include "storage/NumberBlocks.h"

#include <QLoggingCategory>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ud;

namespace {
const QString kCases = QStringLiteral("mediation_case");
const QString kContracts = QStringLiteral("contract_filing");
} // namespace

class tst_NumberBlocks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firstUseMakesTheDefaultBlock();
    void seriesAndYearsAreIndependent();
    void skipsUsedValues();
    void reserveMovesTheBlockPast();
    void reserveOutsideTheBlockMovesNothing();
    void usedUpBlock();
    void usedUpBlockBecauseTheRestIsUsed();
    void rolledBackTransactionKeepsNothing();

private:
    std::optional<int> take(const QString &series, int year, const std::function<bool(int)> &isUsed = {});
    qint64 blockCount();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<NumberBlocks> m_blocks;
};

void tst_NumberBlocks::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
}

void tst_NumberBlocks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    const Status opened = m_db->open(m_dir->filePath(QStringLiteral("node.db")), Database::OpenMode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_blocks = std::make_unique<NumberBlocks>(*m_db);
}

void tst_NumberBlocks::cleanup()
{
    m_blocks.reset();
    m_db.reset();
    m_dir.reset();
}

// One value inside its own transaction, as a caller writing a record would take it.
std::optional<int> tst_NumberBlocks::take(const QString &series, int year, const std::function<bool(int)> &isUsed)
{
    Database::Transaction tx(*m_db);
    if (!tx.isActive())
        return std::nullopt;
    const auto taken = m_blocks->take(series, year, isUsed);
    if (!taken || !tx.commit().ok())
        return std::nullopt;
    return taken.value();
}

qint64 tst_NumberBlocks::blockCount()
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM number_blocks")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void tst_NumberBlocks::firstUseMakesTheDefaultBlock()
{
    QCOMPARE(m_blocks->next(kCases, 2026), std::optional<int>());
    QCOMPARE(take(kCases, 2026), std::optional<int>(1));
    QCOMPARE(take(kCases, 2026), std::optional<int>(2));
    QCOMPARE(take(kCases, 2026), std::optional<int>(3));
    QCOMPARE(m_blocks->next(kCases, 2026), std::optional<int>(4));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT first_value, last_value FROM number_blocks WHERE kind = 'mediation_case' "
                                  "AND year = 2026")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), NumberBlocks::kDefaultFirst);
    QCOMPARE(q.value(1).toInt(), NumberBlocks::kDefaultLast);
    QCOMPARE(NumberBlocks::kDefaultLast, 9999);
}

void tst_NumberBlocks::seriesAndYearsAreIndependent()
{
    QCOMPARE(take(kCases, 2026), std::optional<int>(1));
    QCOMPARE(take(kCases, 2026), std::optional<int>(2));
    QCOMPARE(take(kContracts, 2026), std::optional<int>(1));
    QCOMPARE(take(kCases, 2027), std::optional<int>(1));
    QCOMPARE(take(kCases, 2026), std::optional<int>(3));
    QCOMPARE(take(kContracts, 2026), std::optional<int>(2));
    QCOMPARE(blockCount(), qint64(3));
}

void tst_NumberBlocks::skipsUsedValues()
{
    const QSet<int> used{1, 2, 4};
    const auto isUsed = [&used](int value) { return used.contains(value); };
    QCOMPARE(take(kCases, 2026, isUsed), std::optional<int>(3));
    QCOMPARE(take(kCases, 2026, isUsed), std::optional<int>(5));
    QCOMPARE(m_blocks->next(kCases, 2026), std::optional<int>(6));
}

void tst_NumberBlocks::reserveMovesTheBlockPast()
{
    {
        Database::Transaction tx(*m_db);
        QVERIFY(tx.isActive());
        QVERIFY(m_blocks->reserve(kCases, 2025, 12).ok()); // makes the block, then moves it
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(m_blocks->next(kCases, 2025), std::optional<int>(13));
    QCOMPARE(take(kCases, 2025), std::optional<int>(13));
    // A value before the block's next one moves nothing back.
    {
        Database::Transaction tx(*m_db);
        QVERIFY(m_blocks->reserve(kCases, 2025, 5).ok());
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(take(kCases, 2025), std::optional<int>(14));
    QCOMPARE(m_blocks->next(kContracts, 2025), std::optional<int>());
}

void tst_NumberBlocks::reserveOutsideTheBlockMovesNothing()
{
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO number_blocks (kind, year, first_value, last_value, next_value) "
                                      "VALUES ('mediation_case', 2026, 5001, 6000, 5001)")).ok());
    Database::Transaction tx(*m_db);
    QVERIFY(m_blocks->reserve(kCases, 2026, 12).ok());    // another node's block
    QVERIFY(m_blocks->reserve(kCases, 2026, 99999).ok()); // past every block
    QVERIFY(tx.commit().ok());
    QCOMPARE(m_blocks->next(kCases, 2026), std::optional<int>(5001));
    QCOMPARE(take(kCases, 2026), std::optional<int>(5001));
}

void tst_NumberBlocks::usedUpBlock()
{
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO number_blocks (kind, year, first_value, last_value, next_value) "
                                      "VALUES ('mediation_case', 2026, 1, 2, 1)")).ok());
    QCOMPARE(take(kCases, 2026), std::optional<int>(1));
    QCOMPARE(take(kCases, 2026), std::optional<int>(2));
    Database::Transaction tx(*m_db);
    const auto taken = m_blocks->take(kCases, 2026);
    QVERIFY2(taken.ok(), qPrintable(taken.error()));
    QCOMPARE(taken.value(), std::optional<int>()); // used up: no value, no error
    QCOMPARE(m_blocks->next(kCases, 2026), std::optional<int>(3));
}

void tst_NumberBlocks::usedUpBlockBecauseTheRestIsUsed()
{
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO number_blocks (kind, year, first_value, last_value, next_value) "
                                      "VALUES ('mediation_case', 2026, 1, 3, 1)")).ok());
    Database::Transaction tx(*m_db);
    const auto taken = m_blocks->take(kCases, 2026, [](int) { return true; });
    QVERIFY(taken.ok());
    QCOMPARE(taken.value(), std::optional<int>());
    QCOMPARE(m_blocks->next(kCases, 2026), std::optional<int>(1)); // nothing handed out, nothing moved
}

void tst_NumberBlocks::rolledBackTransactionKeepsNothing()
{
    QCOMPARE(take(kCases, 2026), std::optional<int>(1));
    {
        Database::Transaction tx(*m_db);
        QVERIFY(tx.isActive());
        const auto taken = m_blocks->take(kCases, 2026);
        QVERIFY(taken.ok());
        QCOMPARE(taken.value(), std::optional<int>(2));
        const auto other = m_blocks->take(kCases, 2024);
        QVERIFY(other.ok());
        // not committed
    }
    QCOMPARE(m_blocks->next(kCases, 2026), std::optional<int>(2));
    QCOMPARE(m_blocks->next(kCases, 2024), std::optional<int>());
    QCOMPARE(take(kCases, 2026), std::optional<int>(2));
}

QTEST_GUILESS_MAIN(tst_NumberBlocks)
#include "tst_numberblocks.moc"
