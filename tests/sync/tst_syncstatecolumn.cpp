// The lists' sync column (SyncStateColumn::placeIn) in the workers, employers and cases lists as
// the window shows them at 1366×768: right after the record's name or case number and narrow, so
// its whole width is inside the list's viewport without scrolling; hidden while the node has no
// hub and shown once it has one. Driven by object name. With UD_SCREENSHOT_DIR set, the lists are
// also saved there as PNG files at 1366 and 1920 wide, to look at.

#include "commands/CommandFacade.h"
#include "core/Clock.h"
#include "sync/SyncLedger.h"
#include "tests/register/RegisterTestData.h"
#include "ui/mediation/CasesModel.h"
#include "ui/mediation/MediationPage.h"
#include "ui/register/EmployersModel.h"
#include "ui/register/RegisterPage.h"
#include "ui/register/WorkersModel.h"
#include "ui/sync/SyncEvents.h"

#include <QDir>
#include <QHeaderView>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace ud;

class tst_SyncStateColumn : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void inSightAt1366();
    void hiddenWithoutHub();

private:
    bool setHub();
    // Fails the test unless the column is shown, narrow, and wholly inside the viewport.
    static void checkInSight(QTableView *view, int column, const QString &what);
    static void shoot(QWidget *w, const QString &name);

    std::unique_ptr<udtest::RegisterDb> m_data;
    std::unique_ptr<CommandFacade> m_commands;
};

void tst_SyncStateColumn::init()
{
    m_data = std::make_unique<udtest::RegisterDb>();
    QString error;
    QVERIFY2(m_data->open(&error), qPrintable(error));
    QVERIFY(m_data->populate(8, 40));
    // A case in the list, with the case number's full length.
    auto employer = QSqlQuery(m_data->db.connection());
    QVERIFY(employer.exec(QStringLiteral("SELECT id FROM employers ORDER BY name LIMIT 1")) && employer.next());
    QVERIFY(m_data->store
                ->create(QStringLiteral("mediation_cases"),
                         {{QStringLiteral("case_no"), QStringLiteral("朝阳区八里庄街道调字〔2026〕第0012号")},
                          {QStringLiteral("case_year"), 2026},
                          {QStringLiteral("case_seq"), 12},
                          {QStringLiteral("received_on"), QDate::currentDate().toString(Qt::ISODate)},
                          {QStringLiteral("dispute_type"), QStringLiteral("remuneration")},
                          {QStringLiteral("employer_id"), employer.value(0).toString()}})
                .ok());
    m_commands = std::make_unique<CommandFacade>(*m_data->store);
}

void tst_SyncStateColumn::cleanup()
{
    m_commands.reset();
    m_data.reset();
}

bool tst_SyncStateColumn::setHub()
{
    // What an enrollment records first; the lists only ask whether there is a hub.
    QSqlQuery q(m_data->db.connection());
    return q.exec(QStringLiteral("INSERT INTO sync_peer (singleton, url, enrollment) VALUES (1, 'https://127.0.0.1:9', 'approved')"));
}

void tst_SyncStateColumn::checkInSight(QTableView *view, int column, const QString &what)
{
    QVERIFY2(view, qPrintable(what));
    QVERIFY2(!view->isColumnHidden(column), qPrintable(what + QStringLiteral(": the sync column is hidden")));
    QHeaderView *header = view->horizontalHeader();
    const int left = header->sectionViewportPosition(column);
    const int right = left + header->sectionSize(column);
    QVERIFY2(left >= 0 && right <= view->viewport()->width(),
             qPrintable(QStringLiteral("%1: the sync column spans %2..%3, the viewport is %4 wide")
                            .arg(what)
                            .arg(left)
                            .arg(right)
                            .arg(view->viewport()->width())));
    // Narrow: its longest state and a margin, not a share of the spare width.
    const int longest = view->fontMetrics().horizontalAdvance(SyncLedger::stateText(RecordSyncState::Synced));
    QVERIFY2(header->sectionSize(column) <= longest + 4 * view->fontMetrics().horizontalAdvance(QLatin1Char('M')),
             qPrintable(QStringLiteral("%1: the sync column is %2 wide").arg(what).arg(header->sectionSize(column))));
    // The first row's state is there, in sight.
    QVERIFY2(view->model()->rowCount() > 0, qPrintable(what + QStringLiteral(": no rows")));
    const QModelIndex first = view->model()->index(0, column);
    QCOMPARE(first.data().toString(), SyncLedger::stateText(RecordSyncState::Pending));
    QVERIFY(view->viewport()->rect().contains(view->visualRect(first)));
}

void tst_SyncStateColumn::shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("UD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void tst_SyncStateColumn::inSightAt1366()
{
    QVERIFY(setHub());
    RegisterPermissions permissions;
    permissions.canEdit = true;
    Session session;
    session.username = QStringLiteral("mediator1");
    session.role = Role::Mediator;
    // The pages fill the window's tab area: 1366 less the window's frame and the tab's margins.
    for (const int width : {1366, 1920}) {
        const QSize size(width - 24, width == 1366 ? 640 : 900);
        RegisterPage page(m_data->db, *m_commands, permissions);
        page.resize(size);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        checkInSight(page.findChild<QTableView *>(QStringLiteral("workersTable")), WorkersModel::SyncColumn,
                     QStringLiteral("workers at %1").arg(width));
        shoot(&page, QStringLiteral("workers-%1").arg(width));
        page.findChild<QTabWidget *>(QStringLiteral("registerTabs"))->setCurrentIndex(1);
        QTest::qWait(50);
        checkInSight(page.findChild<QTableView *>(QStringLiteral("employersTable")), EmployersModel::SyncColumn,
                     QStringLiteral("employers at %1").arg(width));
        shoot(&page, QStringLiteral("employers-%1").arg(width));

        MediationPage cases(m_data->db, *m_commands, session);
        cases.resize(size);
        cases.show();
        QVERIFY(QTest::qWaitForWindowExposed(&cases));
        auto *view = cases.findChild<QTableView *>(QStringLiteral("mediationCases"));
        QTRY_VERIFY(view && view->model()->rowCount() > 0);
        checkInSight(view, CasesModel::SyncColumn, QStringLiteral("cases at %1").arg(width));
        // The model's own order is unchanged: exports and code that count columns see the same.
        QCOMPARE(view->model()->headerData(CasesModel::SyncColumn, Qt::Horizontal).toString(), QStringLiteral("Sync"));
        QCOMPARE(view->horizontalHeader()->visualIndex(CasesModel::SyncColumn), CasesModel::CaseNoColumn + 1);
        shoot(&cases, QStringLiteral("cases-%1").arg(width));
    }
}

void tst_SyncStateColumn::hiddenWithoutHub()
{
    RegisterPermissions permissions;
    RegisterPage page(m_data->db, *m_commands, permissions);
    page.resize(1342, 640);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *workers = page.findChild<QTableView *>(QStringLiteral("workersTable"));
    QVERIFY(workers->isColumnHidden(WorkersModel::SyncColumn)); // it would say nothing
    // Enrolled: the column appears when the lists hear of it.
    QVERIFY(setHub());
    SyncEvents::instance().announceStatesChanged();
    checkInSight(workers, WorkersModel::SyncColumn, QStringLiteral("workers after enrolling"));
}

QTEST_MAIN(tst_SyncStateColumn)
#include "tst_syncstatecolumn.moc"
