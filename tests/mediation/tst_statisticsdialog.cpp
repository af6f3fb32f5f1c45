// The statistics of the mediation workspace, driven like a user on the offscreen platform
// (widgets found by object name) over the 14 hand-designed cases of MediationStatsFixture: the
// figures shown for a quarter and for a custom range are the hand-computed ones of
// tst_mediationstatistics; an impossible range gets a message and nothing to export; the file
// exported from the dialog has exactly the bytes `uniondesk-cli report mediation` writes for
// the same period (MediationStatisticsExport over MediationStatistics::compute, which
// tst_reportcommand checks against the CLI process).

#include "MediationStatsFixture.h"

#include "commands/CommandFacade.h"

#include "ui/common/CodeListCache.h"
#include "ui/mediation/CaseDialog.h"
#include "ui/mediation/MediationPage.h"
#include "ui/mediation/MediationStatisticsDialog.h"
#include "mediation/MediationCommands.h"
#include "mediation/MediationStatistics.h"
#include "mediation/MediationStatisticsExport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace ud;

namespace {

template <typename T>
T *child(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no widget %s", name);
    return w;
}

// The value next to `label` in the summary table; "<none>" when the row is missing.
QString summaryValue(QTableWidget *table, const QString &label)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0) && table->item(r, 0)->text() == label)
            return table->item(r, 1) ? table->item(r, 1)->text() : QString();
    return QStringLiteral("<none>");
}

// Column `column` of the group row whose code (column 1) is `code`.
QTableWidgetItem *groupCell(QTableWidget *table, const QString &code, int column)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 1) && table->item(r, 1)->text() == code)
            return table->item(r, column);
    return nullptr;
}

void choose(QComboBox *combo, StatisticsPeriod::Kind kind)
{
    combo->setCurrentIndex(combo->findData(static_cast<int>(kind)));
}

} // namespace

class tst_StatisticsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void quarterShowsTheHandComputedFigures();
    void customRange();
    void exportHasTheReportsBytes();
    void showsEverySheetRow();
    void reachableFromThePage();
    void paidAtSigningFromTheCaseDialog();

private:
    QTemporaryDir m_dir;
    Database m_db;
};

void tst_StatisticsDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("stats.db"));
    const Status built = udtest::MediationStatsFixture::build(path);
    QVERIFY2(built.ok(), qPrintable(built.error()));
    QVERIFY(m_db.open(path, Database::OpenMode::ExistingOnly).ok());
}

void tst_StatisticsDialog::quarterShowsTheHandComputedFigures()
{
    MediationStatisticsDialog dialog(m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *kind = child<QComboBox>(&dialog, "statsPeriodKind");
    auto *year = child<QSpinBox>(&dialog, "statsYear");
    auto *part = child<QComboBox>(&dialog, "statsPart");
    auto *summary = child<QTableWidget>(&dialog, "statsSummary");
    auto *byType = child<QTableWidget>(&dialog, "statsByDisputeType");
    auto *bySource = child<QTableWidget>(&dialog, "statsBySource");
    QVERIFY(kind && year && part && summary && byType && bySource);
    QCOMPARE(dialog.period().kind(), StatisticsPeriod::Kind::Year); // opens on this year

    choose(kind, StatisticsPeriod::Kind::Quarter);
    year->setValue(2026);
    part->setCurrentIndex(0);
    QCOMPARE(dialog.period().key(), QStringLiteral("2026-Q1"));
    QVERIFY(part->isVisible());
    QVERIFY(!child<QDateEdit>(&dialog, "statsFrom")->isVisible());
    QVERIFY2(child<QLabel>(&dialog, "statsPeriodLabel")->text().contains(QStringLiteral("2026-01-01 to 2026-03-31")),
             qPrintable(child<QLabel>(&dialog, "statsPeriodLabel")->text()));
    // tst_mediationstatistics, row 2026-Q1, worked out by hand from the fixture's table.
    QCOMPARE(summaryValue(summary, QStringLiteral("Pending from the previous period")), QStringLiteral("1"));
    QCOMPARE(summaryValue(summary, QStringLiteral("Accepted")), QStringLiteral("6"));
    QCOMPARE(summaryValue(summary, QStringLiteral("Not accepted")), QStringLiteral("1"));
    QCOMPARE(summaryValue(summary, QStringLiteral("Closed")), QStringLiteral("4"));
    QCOMPARE(summaryValue(summary, QStringLiteral("Succeeded (agreement reached)")), QStringLiteral("3"));
    QCOMPARE(summaryValue(summary, QStringLiteral("Ended without agreement")), QStringLiteral("1"));
    QCOMPARE(summaryValue(summary, QStringLiteral("Success rate (%)")), QStringLiteral("75.0"));
    QCOMPARE(summaryValue(summary, QStringLiteral("Economic loss recovered: amount paid (yuan)")), QStringLiteral("63,000.10"));
    QCOMPARE(summaryValue(summary, QStringLiteral("Workers involved")), QStringLiteral("18"));
    QCOMPARE(summaryValue(summary, QStringLiteral("Collective disputes")), QStringLiteral("1"));
    QCOMPARE(summaryValue(summary, QStringLiteral("Workers in collective disputes")), QStringLiteral("12"));
    QCOMPARE(summaryValue(summary, QStringLiteral("Pending at the end of the period")), QStringLiteral("3"));
    // Accepted in Q1 by type: C3, C4 remuneration; C5, C14 separation; C7 contract; C9 conditions.
    QTableWidgetItem *remuneration = groupCell(byType, QStringLiteral("remuneration"), 2);
    QVERIFY(remuneration);
    QCOMPARE(remuneration->text(), QStringLiteral("2"));
    QCOMPARE(remuneration->data(Qt::UserRole).toDouble(), 1.0); // the longest bar
    QCOMPARE(groupCell(byType, QStringLiteral("contract"), 2)->text(), QStringLiteral("1"));
    QCOMPARE(groupCell(byType, QStringLiteral("contract"), 2)->data(Qt::UserRole).toDouble(), 0.5);
    QCOMPARE(groupCell(byType, QStringLiteral("separation"), 2)->text(), QStringLiteral("2"));
    // By source: C3, C9, C14 written applications; C5 oral; C4 arbitration referral; C7 court.
    QCOMPARE(groupCell(bySource, QStringLiteral("arbitration_referral"), 2)->text(), QStringLiteral("1"));
    QCOMPARE(groupCell(bySource, QStringLiteral("court_referral"), 2)->text(), QStringLiteral("1"));
    QCOMPARE(groupCell(bySource, QStringLiteral("written_application"), 2)->text(), QStringLiteral("3"));
    QCOMPARE(groupCell(bySource, QStringLiteral("oral_application"), 2)->text(), QStringLiteral("1"));
    // People read the names (书面申请), not the codes, and amounts with separators get their bars.
    QVERIFY(bySource->isColumnHidden(1));
    QVERIFY(!bySource->isColumnHidden(0));
    QCOMPARE(groupCell(bySource, QStringLiteral("written_application"), 0)->text(), QStringLiteral("书面申请"));
    double longestBar = 0;
    bool grouped = false;
    for (int r = 0; r < bySource->rowCount(); ++r) {
        longestBar = std::max(longestBar, bySource->item(r, 4)->data(Qt::UserRole).toDouble());
        grouped = grouped || bySource->item(r, 4)->text().contains(QLatin1Char(','));
    }
    QVERIFY(grouped);
    QCOMPARE(longestBar, 1.0);

    // The next quarter (row 2026-Q2 of the same table).
    part->setCurrentIndex(1);
    QCOMPARE(dialog.period().key(), QStringLiteral("2026-Q2"));
    QCOMPARE(summaryValue(summary, QStringLiteral("Accepted")), QStringLiteral("1"));
    QCOMPARE(summaryValue(summary, QStringLiteral("Success rate (%)")), QStringLiteral("66.7"));
    QCOMPARE(summaryValue(summary, QStringLiteral("Economic loss recovered: amount paid (yuan)")), QStringLiteral("34,999.99"));
    QCOMPARE(summaryValue(summary, QStringLiteral("Pending from the previous period")), QStringLiteral("3"));
}

void tst_StatisticsDialog::customRange()
{
    MediationStatisticsDialog dialog(m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    choose(child<QComboBox>(&dialog, "statsPeriodKind"), StatisticsPeriod::Kind::Custom);
    auto *from = child<QDateEdit>(&dialog, "statsFrom");
    auto *to = child<QDateEdit>(&dialog, "statsTo");
    auto *error = child<QLabel>(&dialog, "statsError");
    auto *exportButton = child<QPushButton>(&dialog, "statsExport");
    QVERIFY(from->isVisible() && to->isVisible());
    QVERIFY(!child<QComboBox>(&dialog, "statsPart")->isVisible());

    // The last day before the first: refused with a message, nothing to export.
    to->setDate(QDate(2026, 3, 31));
    from->setDate(QDate(2026, 4, 1));
    QVERIFY(error->isVisible());
    QVERIFY2(!error->text().isEmpty(), "no message for an impossible range");
    QVERIFY(!exportButton->isEnabled());
    QCOMPARE(child<QTableWidget>(&dialog, "statsSummary")->rowCount(), 0);
    QVERIFY(!dialog.exportTo(m_dir.filePath(QStringLiteral("none.csv"))).ok());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.csv"))));

    // Row 2026-03-31..2026-04-01: pending 2, accepted 1 (C14), closed 1 (C14 agreed 04-01).
    from->setDate(QDate(2026, 3, 31));
    to->setDate(QDate(2026, 4, 1));
    QVERIFY(!error->isVisible());
    QVERIFY(exportButton->isEnabled());
    QCOMPARE(dialog.period().key(), QStringLiteral("2026-03-31..2026-04-01"));
    auto *summary = child<QTableWidget>(&dialog, "statsSummary");
    QCOMPARE(summaryValue(summary, QStringLiteral("Pending from the previous period")), QStringLiteral("2"));
    QCOMPARE(summaryValue(summary, QStringLiteral("Accepted")), QStringLiteral("1"));
    QCOMPARE(summaryValue(summary, QStringLiteral("Succeeded (agreement reached)")), QStringLiteral("1"));
    QCOMPARE(summaryValue(summary, QStringLiteral("Pending at the end of the period")), QStringLiteral("2"));
}

void tst_StatisticsDialog::exportHasTheReportsBytes()
{
    MediationStatisticsDialog dialog(m_db);
    choose(child<QComboBox>(&dialog, "statsPeriodKind"), StatisticsPeriod::Kind::HalfYear);
    child<QSpinBox>(&dialog, "statsYear")->setValue(2026);
    child<QComboBox>(&dialog, "statsPart")->setCurrentIndex(0);
    QCOMPARE(dialog.period().key(), QStringLiteral("2026-H1"));
    auto computed = MediationStatistics(m_db).compute(StatisticsPeriod::halfYear(2026, 1));
    QVERIFY(computed.ok());

    const QString csv = m_dir.filePath(QStringLiteral("h1.csv"));
    QVERIFY(dialog.exportTo(csv).ok());
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QCOMPARE(csvFile.readAll(), MediationStatisticsExport::bytes(computed.value(), MediationStatisticsExport::Format::Csv));

    const QString json = m_dir.filePath(QStringLiteral("h1.json"));
    QVERIFY(dialog.exportTo(json).ok());
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(jsonFile.readAll()).object();
    QCOMPARE(o.value(QStringLiteral("accepted")).toInt(), 7); // hand-computed, row 2026-H1
    QCOMPARE(o.value(QStringLiteral("succeeded")).toInt(), 5);
    QCOMPARE(o.value(QStringLiteral("recovered_fen")).toInteger(), qint64(9800009));

    const QString xlsx = m_dir.filePath(QStringLiteral("h1.xlsx"));
    QVERIFY(dialog.exportTo(xlsx).ok());
    QVERIFY(QFileInfo(xlsx).size() > 1000);

    const Status wrong = dialog.exportTo(m_dir.filePath(QStringLiteral("h1.txt")));
    QVERIFY(!wrong.ok());
    QVERIFY2(wrong.error().contains(QStringLiteral(".xlsx")), qPrintable(wrong.error()));
}

void tst_StatisticsDialog::showsEverySheetRow()
{
    // The issue-11 quarter (协议金额, 当场履行, withdrawals, 农民工, 欠薪, referrals, receptions): the
    // dialog's tables hold, cell for cell, the rows of the sheet the CLI and the exports write.
    MediationStatisticsDialog dialog(m_db);
    choose(child<QComboBox>(&dialog, "statsPeriodKind"), StatisticsPeriod::Kind::Quarter);
    child<QSpinBox>(&dialog, "statsYear")->setValue(2026);
    child<QComboBox>(&dialog, "statsPart")->setCurrentIndex(2);
    QCOMPARE(dialog.period().key(), QStringLiteral("2026-Q3"));
    auto computed = MediationStatistics(m_db).compute(StatisticsPeriod::quarter(2026, 3));
    QVERIFY(computed.ok());
    const Table sheet = MediationStatisticsExport::table(computed.value());
    const char *names[] = {"statsSummary", "statsByDisputeType", "statsBySource", "statsReferrals", "statsReceptions"};
    QList<QStringList> shown;
    for (const char *name : names) {
        QTableWidget *t = child<QTableWidget>(&dialog, name);
        QVERIFY(t);
        if (t != child<QTableWidget>(&dialog, "statsSummary")) { // a block's heading is the table's header
            QStringList heading;
            for (int c = 0; c < t->columnCount(); ++c)
                heading << t->horizontalHeaderItem(c)->text();
            shown << heading;
        }
        for (int r = 0; r < t->rowCount(); ++r) {
            QStringList row;
            for (int c = 0; c < t->columnCount(); ++c)
                row << (t->item(r, c) ? t->item(r, c)->text() : QString());
            shown << row;
        }
    }
    QList<QStringList> expected;
    for (qsizetype i = 1; i < sheet.rows.size(); ++i) // the report's title row is the window's title
        if (!sheet.rows.at(i).isEmpty())
            expected << sheet.rows.at(i);
    QCOMPARE(shown, expected);
    auto *summary = child<QTableWidget>(&dialog, "statsSummary");
    QCOMPARE(summaryValue(summary, QStringLiteral("Withdrawn before acceptance")), QStringLiteral("1"));
    QCOMPARE(summaryValue(summary, QStringLiteral("Of which withdrawn after the parties settled")), QStringLiteral("1"));
    QCOMPARE(summaryValue(summary, QStringLiteral("Amount agreed (yuan)")), QStringLiteral("16,000.00"));
    QCOMPARE(summaryValue(summary, QStringLiteral("Paid at signing (yuan)")), QStringLiteral("2,000.00"));
    QCOMPARE(summaryValue(summary, QStringLiteral("Cases involving migrant workers")), QStringLiteral("3"));
    QCOMPARE(summaryValue(summary, QStringLiteral("Unpaid-wage cases")), QStringLiteral("2"));
    QCOMPARE(groupCell(child<QTableWidget>(&dialog, "statsReferrals"), QStringLiteral("labour_inspection"), 4)->text(),
             QStringLiteral("2"));
    QCOMPARE(groupCell(child<QTableWidget>(&dialog, "statsReceptions"), QStringLiteral("document_drafting"), 2)->text(),
             QStringLiteral("2"));
}

void tst_StatisticsDialog::reachableFromThePage()
{
    // The workspace's button opens the dialog (modal: closed from a timer once it shows).
    auto store = std::make_unique<RecordStore>(m_db);
    CommandFacade commands(*store);
    Session session;
    session.username = QStringLiteral("reviewer");
    session.role = Role::Reviewer;
    MediationPage page(m_db, commands, session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *button = child<QPushButton>(&page, "mediationStatistics");
    QVERIFY(button && button->isVisible());
    bool opened = false;
    QTimer::singleShot(0, this, [&opened] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *d = qobject_cast<MediationStatisticsDialog *>(w); d && d->isVisible()) {
                opened = child<QTableWidget>(d, "statsSummary")->rowCount() > 10;
                d->reject();
            }
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(opened);
}

void tst_StatisticsDialog::paidAtSigningFromTheCaseDialog()
{
    // 当场履行 entered as a mediator does: C16 (agreed 2026-07-15, 8,000.00 of 10,000.00 paid) gets
    // 1,000.00 paid at signing. Last in this class: it adds a payment to the shared database.
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM mediation_cases WHERE agreed_on = '2026-07-15' AND deleted = 0")));
    QVERIFY(q.next());
    const QString caseId = q.value(0).toString();
    auto store = std::make_unique<RecordStore>(m_db);
    store->setActor(QStringLiteral("mediator"));
    CommandFacade facade(*store);
    MediationCommands commands(facade);
    CodeListCache lookups(m_db);
    CaseDialog dialog(m_db, commands, lookups, caseId, true,
                      [](const MediationCase &) { return MediationStateMachine::Limits{}; },
                      [](const MediationCase &) { return QString(); });
    auto *atSigning = child<QCheckBox>(&dialog, "casePayAtSigning");
    auto *date = child<QDateEdit>(&dialog, "casePayDate");
    auto *amount = child<QLineEdit>(&dialog, "casePayAmount");
    auto *record = child<QPushButton>(&dialog, "caseRecordPayment");
    QVERIFY(atSigning && date && amount && record);
    QVERIFY(atSigning->isEnabled());
    QVERIFY(!atSigning->isChecked());

    // Ticking it dates the payment on the agreement's day; another day is refused.
    atSigning->click();
    QCOMPARE(date->date(), QDate(2026, 7, 15));
    date->setDate(QDate(2026, 7, 16));
    amount->setText(QStringLiteral("1000"));
    const qsizetype before = dialog.currentCase().payments.size();
    const Status wrong = dialog.recordPaymentFromForm();
    QVERIFY(!wrong.ok());
    QVERIFY2(wrong.error().contains(QStringLiteral("2026-07-15")), qPrintable(wrong.error()));
    QCOMPARE(dialog.currentCase().payments.size(), before);

    date->setDate(QDate(2026, 7, 15));
    record->click();
    QCOMPARE(dialog.currentCase().payments.size(), before + 1);
    bool found = false;
    for (const CasePayment &p : dialog.currentCase().payments)
        found = found || (p.atSigning && p.amountFen == 100000 && p.paidOn == QDate(2026, 7, 15));
    QVERIFY(found);
    QVERIFY(!atSigning->isChecked()); // ready for the next payment

    // The statistics count it: July now has two cases paid at signing, 3,000.00 in all.
    const auto july = MediationStatistics(m_db).compute(StatisticsPeriod::month(2026, 7));
    QVERIFY(july.ok());
    QCOMPARE(july.value().atSigningCases, 2);
    QCOMPARE(july.value().atSigningFen, qint64(300000));
}

QTEST_MAIN(tst_StatisticsDialog)
#include "tst_statisticsdialog.moc"
