// Tests for ud::PolicyRepository on a real node database (migration 0005 seeds policy_values):
// the seeded numbers read into the default DeadlinePolicy, an administrator's change is one
// audited RecordStore update with its reason, bad values and stale edits are refused, and a
// bad value that arrived anyway (e.g. synced down) falls back to the default with a message; the
// numbers the law fixes ([P]: the 15-day window, 30 days for judicial confirmation, the one-year
// limitation) cannot be set, and a value that arrived for them anyway is ignored.

#include "core/Clock.h"
#include "mediation/DeadlinePolicy.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/PolicyRepository.h"
#include "storage/RecordStore.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ud;

namespace {
const QString kTable = QStringLiteral("policy_values");
const QString kWindow = QStringLiteral("mediation.window_days");           // [P], fixed
const QString kReview = QStringLiteral("mediation.arbitration_review_days"); // [S], configurable
} // namespace

class tst_PolicyRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void seededValuesAreTheDefaults();
    void prefixIsLiteral();
    void changeIsAudited();
    void refusals();
    void newKeyIsCreated();
    void badStoredValueFallsBack();
    void fixedNumbersCannotBeSet_data();
    void fixedNumbersCannotBeSet();

private:
    qint64 auditCount();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<PolicyRepository> m_repo;
};

qint64 tst_PolicyRepository::auditCount()
{
    QSqlQuery q(m_db->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next() ? q.value(0).toLongLong() : -1;
}

void tst_PolicyRepository::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false\nuniondesk.storage.warning=false"));
}

void tst_PolicyRepository::init()
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
    m_repo = std::make_unique<PolicyRepository>(*m_db, *m_store, DeadlinePolicy::rules());
}

void tst_PolicyRepository::cleanup()
{
    m_repo.reset();
    m_store.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

void tst_PolicyRepository::seededValuesAreTheDefaults()
{
    QStringList problems;
    QVERIFY(DeadlinePolicy::load(*m_repo, &problems) == DeadlinePolicy());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    const QList<PolicyValue> mediation = m_repo->values(QStringLiteral("mediation."));
    QCOMPARE(mediation.size(), 12); // 0005: 10, 0010: delegated_days and recovered_basis
    for (const QString &key : DeadlinePolicy::keys()) {
        const auto v = m_repo->find(key);
        QVERIFY2(v.has_value(), qPrintable(key));
        QVERIFY(!v->note.isEmpty()); // where the number comes from
        QCOMPARE(v->version, 1);
    }
    QVERIFY(m_repo->values().size() > mediation.size());
    QCOMPARE(m_repo->find(kWindow)->value, QStringLiteral("15"));
    QVERIFY(!m_repo->find(QStringLiteral("mediation.nonexistent")).has_value());
}

void tst_PolicyRepository::prefixIsLiteral()
{
    // '_' and '%' would be wildcards in LIKE; the prefix must match literally.
    QVERIFY(m_repo->values(QStringLiteral("mediation_")).isEmpty());
    QVERIFY(m_repo->values(QStringLiteral("%")).isEmpty());
    QCOMPARE(m_repo->values(QStringLiteral("mediation.window")).size(), 1);
}

void tst_PolicyRepository::changeIsAudited()
{
    const PolicyValue before = *m_repo->find(kReview);
    auto changed = m_repo->setValue(kReview, QStringLiteral(" 20 "), before.version, QStringLiteral("local rule, 2026"));
    QVERIFY2(changed.ok(), qPrintable(changed.error()));
    QCOMPARE(changed.value().value, QStringLiteral("20"));
    QCOMPARE(changed.value().version, 2);
    QCOMPARE(DeadlinePolicy::load(*m_repo).arbitrationReviewDays, 20);

    const QList<AuditEntry> audit = AuditLog::forRecord(m_db->connection(), kTable, before.id);
    QCOMPARE(audit.size(), 1); // the seed rows were inserted by the migration, not audited
    QCOMPARE(audit.at(0).action, QStringLiteral("update"));
    QCOMPARE(audit.at(0).actor, QStringLiteral("admin"));
    QCOMPARE(audit.at(0).reason, QStringLiteral("local rule, 2026"));
    const QJsonArray value = audit.at(0).changes.value(QStringLiteral("value")).toArray();
    QCOMPARE(value.at(0).toString(), QStringLiteral("15"));
    QCOMPARE(value.at(1).toString(), QStringLiteral("20"));
    QVERIFY(m_db->check().ok());
}

void tst_PolicyRepository::refusals()
{
    const PolicyValue v = *m_repo->find(kReview);
    const qint64 audit = auditCount();
    QVERIFY(!m_repo->setValue(kReview, QStringLiteral("0"), v.version, QStringLiteral("r")).ok());
    QVERIFY(!m_repo->setValue(kReview, QStringLiteral("15 days"), v.version, QStringLiteral("r")).ok());
    QVERIFY(!m_repo->setValue(kReview, QStringLiteral("20"), v.version, QStringLiteral(" ")).ok());
    QVERIFY(!m_repo->setValue(QString(), QStringLiteral("20"), v.version, QStringLiteral("r")).ok());
    QVERIFY(!m_repo->setValue(kReview, QStringLiteral("20"), v.version + 1, QStringLiteral("r")).ok()); // stale
    QCOMPARE(auditCount(), audit);
    QCOMPARE(m_repo->find(kReview)->value, QStringLiteral("15"));
}

void tst_PolicyRepository::fixedNumbersCannotBeSet_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("window 20") << kWindow << QStringLiteral("20");
    QTest::newRow("window, its own value") << kWindow << QStringLiteral("15");
    QTest::newRow("judicial confirmation 60") << QStringLiteral("mediation.judicial_confirmation_days")
                                              << QStringLiteral("60");
    QTest::newRow("limitation 24") << QStringLiteral("mediation.limitation_months") << QStringLiteral("24");
}

void tst_PolicyRepository::fixedNumbersCannotBeSet()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    const PolicyValue v = *m_repo->find(key);
    const qint64 audit = auditCount();
    auto set = m_repo->setValue(key, value, v.version, QStringLiteral("local rule"));
    QVERIFY(!set.ok());
    QVERIFY2(set.error().contains(key) && set.error().contains(QStringLiteral("fixed by law")), qPrintable(set.error()));
    QCOMPARE(auditCount(), audit);
    QCOMPARE(m_repo->find(key)->value, v.value);

    // A value that arrived anyway (synced down, written around the rules) is ignored.
    QVERIFY(m_store->update(kTable, v.id, v.version, {{QStringLiteral("value"), QStringLiteral("45")}}).ok());
    QStringList problems;
    QVERIFY(DeadlinePolicy::load(*m_repo, &problems) == DeadlinePolicy());
    QVERIFY(problems.isEmpty());
}

void tst_PolicyRepository::newKeyIsCreated()
{
    auto created = m_repo->setValue(QStringLiteral("mediation.payment_reminder_days"), QStringLiteral("5"), 0,
                                    QStringLiteral("trial"));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QCOMPARE(created.value().version, 1);
    QCOMPARE(m_repo->find(QStringLiteral("mediation.payment_reminder_days"))->value, QStringLiteral("5"));
    const QList<AuditEntry> audit = AuditLog::forRecord(m_db->connection(), kTable, created.value().id);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.at(0).action, QStringLiteral("create"));
}

void tst_PolicyRepository::badStoredValueFallsBack()
{
    // A value that bypassed the check (written straight through RecordStore, as a sync would).
    const PolicyValue v = *m_repo->find(QStringLiteral("mediation.due_soon_days"));
    QVERIFY(m_store->update(kTable, v.id, v.version, {{QStringLiteral("value"), QStringLiteral("soon")}}).ok());
    QStringList problems;
    const DeadlinePolicy p = DeadlinePolicy::load(*m_repo, &problems);
    QCOMPARE(p.dueSoonDays, 3);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.at(0).contains(QStringLiteral("mediation.due_soon_days")), qPrintable(problems.at(0)));
}

QTEST_GUILESS_MAIN(tst_PolicyRepository)
#include "tst_policyrepository.moc"
