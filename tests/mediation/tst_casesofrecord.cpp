// Tests for ud::CasesOfRecord, the mediation workspace's section of the register's detail pane:
// a worker's and an employer's dispute cases, each with its number and status, and nothing for
// records without cases or for other tables. The register page itself knows no workspace; the
// shell adds this section (MainWindow::buildWorkspaces).
#include "core/Clock.h"
#include "demo/DemoGenerator.h"
#include "mediation/MediationStateMachine.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "ui/mediation/CasesOfRecord.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ud;

class tst_CasesOfRecord : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void workerWithCases();
    void employerWithCases();
    void recordWithoutCases();
    void otherTablesAndNoRecord();

private:
    QStringList column(const QString &sql) const;

    QTemporaryDir m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
};

QStringList tst_CasesOfRecord::column(const QString &sql) const
{
    QStringList out;
    QSqlQuery q(m_db->connection());
    if (q.exec(sql))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

void tst_CasesOfRecord::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
    QVERIFY(m_dir.isValid());
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 4, 15), QTime(9, 0), Qt::UTC));
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("cases.db")), Database::OpenMode::CreateIfMissing).ok());
    m_store = std::make_unique<RecordStore>(*m_db, m_clock.get());
    m_store->setActor(QStringLiteral("demo"));
    Database::Transaction all(*m_db);
    QVERIFY(DemoGenerator::createNode(*m_db, *m_store, *m_clock).ok());
    DemoOptions options;
    options.size = 200; // 10 cases
    options.today = QDate(2026, 4, 15);
    QVERIFY(DemoGenerator(*m_db, *m_store).fill(options).ok());
    QVERIFY(all.commit().ok());
}

void tst_CasesOfRecord::workerWithCases()
{
    const QStringList workers = column(QStringLiteral("SELECT worker_id FROM mediation_parties WHERE worker_id IS NOT NULL LIMIT 1"));
    QCOMPARE(workers.size(), 1);
    const QStringList cases = column(QStringLiteral(
        "SELECT c.case_no || '|' || c.status FROM mediation_cases c JOIN mediation_parties p ON p.case_id = c.id "
        "WHERE p.worker_id = '%1'").arg(workers.first()));
    QVERIFY(!cases.isEmpty());
    const QString html = CasesOfRecord::html(*m_db, QStringLiteral("workers"), workers.first());
    QVERIFY2(html.contains(QStringLiteral("Dispute cases: %1").arg(cases.size())), qPrintable(html));
    for (const QString &c : cases) {
        QVERIFY2(html.contains(c.section(QLatin1Char('|'), 0, 0)), qPrintable(html));
        const auto status = MediationStateMachine::statusFromKey(c.section(QLatin1Char('|'), 1));
        QVERIFY(status.has_value());
        QVERIFY2(html.contains(MediationStateMachine::statusName(*status).toHtmlEscaped()), qPrintable(html));
    }
}

void tst_CasesOfRecord::employerWithCases()
{
    const QStringList employers = column(QStringLiteral(
        "SELECT employer_id FROM mediation_cases GROUP BY employer_id ORDER BY count(*) DESC LIMIT 1"));
    QCOMPARE(employers.size(), 1);
    const QStringList numbers = column(
        QStringLiteral("SELECT case_no FROM mediation_cases WHERE employer_id = '%1'").arg(employers.first()));
    const QString html = CasesOfRecord::html(*m_db, QStringLiteral("employers"), employers.first());
    QVERIFY2(html.contains(QStringLiteral("Dispute cases: %1").arg(numbers.size())), qPrintable(html));
    for (const QString &n : numbers)
        QVERIFY2(html.contains(n), qPrintable(html));
}

void tst_CasesOfRecord::recordWithoutCases()
{
    const QStringList workers = column(QStringLiteral(
        "SELECT id FROM workers WHERE id NOT IN (SELECT worker_id FROM mediation_parties WHERE worker_id IS NOT NULL) LIMIT 1"));
    QCOMPARE(workers.size(), 1);
    const QString html = CasesOfRecord::html(*m_db, QStringLiteral("workers"), workers.first());
    QVERIFY2(html.contains(QStringLiteral("Dispute cases: 0")), qPrintable(html));
    QVERIFY(!html.contains(QStringLiteral("<p>")));
}

void tst_CasesOfRecord::otherTablesAndNoRecord()
{
    const QStringList workers = column(QStringLiteral("SELECT worker_id FROM mediation_parties WHERE worker_id IS NOT NULL LIMIT 1"));
    QCOMPARE(workers.size(), 1);
    QCOMPARE(CasesOfRecord::html(*m_db, QStringLiteral("org_units"), workers.first()), QString());
    QCOMPARE(CasesOfRecord::html(*m_db, QStringLiteral("workers"), QString()), QString());
}

QTEST_GUILESS_MAIN(tst_CasesOfRecord)
#include "tst_casesofrecord.moc"
