// Tests for MediationStatistics and MediationStatisticsExport on the hand-designed cases of
// MediationStatsFixture.h (see the table there): every figure for several periods, worked out by
// hand below; the groups by dispute type and source; the org-unit prefix; and the CSV, XLSX and
// JSON outputs carrying the very same numbers.

#include "MediationStatsFixture.h"

#include "commands/CommandFacade.h"
#include "core/Money.h"
#include "mediation/MediationCommands.h"
#include "mediation/MediationStatistics.h"
#include "mediation/MediationStatisticsExport.h"
#include "exchange/TabularFile.h"
#include "storage/PolicyRepository.h"
#include "storage/RecordStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using ud::MediationFigures;
using ud::MediationGroupFigures;
using ud::MediationStatistics;
using ud::StatisticsPeriod;
using E = ud::MediationStatisticsExport;

namespace {

StatisticsPeriod period(const QString &key)
{
    return StatisticsPeriod::parse(key).value();
}

// code -> (accepted, succeeded, recovered fen)
struct Group
{
    int accepted;
    int succeeded;
    qint64 fen;
};
using Groups = QList<QPair<QString, Group>>;

void compareGroups(const QList<MediationGroupFigures> &actual, const Groups &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const auto &[code, g] = expected.at(i);
        QCOMPARE(actual.at(i).code, code);
        QVERIFY2(actual.at(i).accepted == g.accepted && actual.at(i).succeeded == g.succeeded
                     && actual.at(i).recoveredFen == g.fen,
                 qPrintable(QStringLiteral("%1: got %2/%3/%4, expected %5/%6/%7")
                                .arg(code)
                                .arg(actual.at(i).accepted)
                                .arg(actual.at(i).succeeded)
                                .arg(actual.at(i).recoveredFen)
                                .arg(g.accepted)
                                .arg(g.succeeded)
                                .arg(g.fen)));
    }
}

// Every figure of the summary block by its (English) label, as the struct says it should read.
QList<QPair<QString, QString>> expectedSummary(const MediationFigures &f)
{
    const auto n = [](qint64 v) { return QString::number(v); };
    const bool agreedBasis = f.recoveredBasis == ud::RecoveredBasis::Agreed;
    return {
        {E::tr("First day"), f.period.from().toString(Qt::ISODate)},
        {E::tr("Last day"), f.period.to().toString(Qt::ISODate)},
        {E::tr("Pending from the previous period"), n(f.pendingAtStart)},
        {E::tr("Accepted"), n(f.accepted)},
        {E::tr("Not accepted"), n(f.notAccepted)},
        {E::tr("Withdrawn before acceptance"), n(f.withdrawnBeforeAcceptance)},
        {E::tr("Closed"), n(f.closed)},
        {E::tr("Succeeded (agreement reached)"), n(f.succeeded)},
        {E::tr("Ended without agreement"), n(f.failed)},
        {E::tr("Withdrawn after acceptance"), n(f.withdrawnAfterAcceptance)},
        {E::tr("Of which withdrawn after the parties settled"), n(f.settledWithdrawn)},
        {E::tr("Success rate (%)"), f.successRateText()},
        {agreedBasis ? E::tr("Economic loss recovered: amount agreed (yuan)")
                     : E::tr("Economic loss recovered: amount paid (yuan)"),
         ud::Money::formatYuan(f.recoveredFen)},
        {E::tr("Economic loss recovered (ten thousand yuan)"), ud::Money::formatWanYuan(f.recoveredFen)},
        {agreedBasis ? E::tr("Amount paid (yuan)") : E::tr("Amount agreed (yuan)"),
         ud::Money::formatYuan(agreedBasis ? f.paidFen : f.agreedFen)},
        {E::tr("Paid in full or in part at signing (cases)"), n(f.atSigningCases)},
        {E::tr("Paid at signing (yuan)"), ud::Money::formatYuan(f.atSigningFen)},
        {E::tr("Workers involved"), n(f.workersInvolved)},
        {E::tr("Collective disputes"), n(f.collectiveCases)},
        {E::tr("Workers in collective disputes"), n(f.collectiveWorkers)},
        {E::tr("Cases involving migrant workers"), n(f.migrantCases)},
        {E::tr("Workers in cases involving migrant workers"), n(f.migrantWorkers)},
        {E::tr("Economic loss recovered for migrant workers (yuan)"), ud::Money::formatYuan(f.migrantFen)},
        {E::tr("Unpaid-wage cases"), n(f.wageArrearsCases)},
        {E::tr("Workers in unpaid-wage cases"), n(f.wageArrearsWorkers)},
        {E::tr("Economic loss recovered in unpaid-wage cases (yuan)"), ud::Money::formatYuan(f.wageArrearsFen)},
        {E::tr("Pending at the end of the period"), n(f.pendingAtEnd)},
    };
}

// The figures read back from a sheet: the summary rows by label, and each block's rows by code.
void compareSheet(const ud::Table &sheet, const MediationFigures &f)
{
    QCOMPARE(sheet.headers, (QStringList{E::tr("Figure"), E::tr("Value")}));
    QHash<QString, QString> summary;
    QHash<QString, QStringList> typeRows, sourceRows, referralRows, receptionRows;
    QHash<QString, QStringList> *block = nullptr;
    for (const QStringList &row : sheet.rows) {
        QHash<QString, QStringList> *next = row.value(0) == E::tr("By dispute type")  ? &typeRows
                                          : row.value(0) == E::tr("By source")        ? &sourceRows
                                          : row.value(0) == E::tr("Referrals by kind") ? &referralRows
                                          : row.value(0) == E::tr("Receptions by kind") ? &receptionRows
                                                                                         : nullptr;
        if (next) {
            block = next;
            continue;
        }
        if (block)
            block->insert(row.value(1), row);
        else
            summary.insert(row.value(0), row.value(1));
    }
    const auto expected = expectedSummary(f);
    QCOMPARE(summary.size(), expected.size() + 3); // and report, period, organisation units
    for (const auto &[label, value] : expected)
        QVERIFY2(summary.value(label) == value,
                 qPrintable(QStringLiteral("%1: sheet has \"%2\", expected \"%3\"").arg(label, summary.value(label), value)));
    const auto check = [](const QHash<QString, QStringList> &rows, const QList<MediationGroupFigures> &groups) {
        QCOMPARE(rows.size(), groups.size());
        for (const MediationGroupFigures &g : groups) {
            const QStringList row = rows.value(g.code);
            QCOMPARE(row, (QStringList{g.name, g.code, QString::number(g.accepted), QString::number(g.succeeded),
                                       ud::Money::formatYuan(g.recoveredFen)}));
        }
    };
    check(typeRows, f.byDisputeType);
    if (QTest::currentTestFailed())
        return;
    check(sourceRows, f.bySource);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(referralRows.size(), f.referrals.size());
    for (const ud::MediationCountFigures &c : f.referrals)
        QCOMPARE(referralRows.value(c.code), (QStringList{c.name, c.code, QString::number(c.fromCases),
                                                          QString::number(c.fromReceptions), QString::number(c.total())}));
    QCOMPARE(receptionRows.size(), f.receptions.size());
    for (const ud::MediationCountFigures &c : f.receptions)
        QCOMPARE(receptionRows.value(c.code), (QStringList{c.name, c.code, QString::number(c.total())}));
}

void compareJsonGroups(const QJsonArray &array, const QList<MediationGroupFigures> &groups)
{
    QCOMPARE(array.size(), groups.size());
    for (int i = 0; i < groups.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        QCOMPARE(o.keys(), (QStringList{QStringLiteral("accepted"), QStringLiteral("code"), QStringLiteral("name"),
                                        QStringLiteral("recovered_fen"), QStringLiteral("succeeded")}));
        QCOMPARE(o.value(QStringLiteral("code")).toString(), groups.at(i).code);
        QCOMPARE(o.value(QStringLiteral("name")).toString(), groups.at(i).name);
        QCOMPARE(o.value(QStringLiteral("accepted")).toInt(), groups.at(i).accepted);
        QCOMPARE(o.value(QStringLiteral("succeeded")).toInt(), groups.at(i).succeeded);
        QCOMPARE(o.value(QStringLiteral("recovered_fen")).toInteger(), groups.at(i).recoveredFen);
    }
}

} // namespace

class tst_MediationStatistics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void figures_data();
    void figures();
    void groupsFirstQuarter();
    void groupsSecondQuarter();
    void emptyPeriodListsEveryCode();
    void orgUnitPrefix();
    void invalidPeriod();
    void successRateRounding();
    void outputsCarryTheSameNumbers_data();
    void outputsCarryTheSameNumbers();
    void jsonKeysAreStable();
    void queriesReadTheCoveringIndexes();
    void issue11Figures_data();
    void issue11Figures();
    void referralsAndReceptions_data();
    void referralsAndReceptions();
    void recoveredBasisSwitchesLabelAndAmount();
    void storedBasisFollowsThePolicy();
    void voidedPaymentLeavesStatisticsRight();
    void progressPerStatementAndCancel();

private:
    MediationFigures compute(const QString &key, const QString &org = {});

    QTemporaryDir m_dir;
    ud::Database m_db;
};

void tst_MediationStatistics::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("stats.db"));
    const ud::Status built = udtest::MediationStatsFixture::build(path);
    QVERIFY2(built.ok(), qPrintable(built.error()));
    const ud::Status opened = m_db.open(path, ud::Database::OpenMode::ExistingOnly);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
}

MediationFigures tst_MediationStatistics::compute(const QString &key, const QString &org)
{
    auto r = MediationStatistics(m_db).compute(period(key), org);
    if (!r) {
        qWarning("compute(%s): %s", qPrintable(key), qPrintable(r.error()));
        return {};
    }
    return r.value();
}

void tst_MediationStatistics::figures_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QList<int>>("counts"); // start, accepted, not accepted, closed, succeeded, failed, end
    QTest::addColumn<QString>("rate");
    QTest::addColumn<qint64>("recoveredFen");
    QTest::addColumn<QList<int>>("workers"); // involved, collective cases, collective workers

    // 2025-Q4: accepted C13 (11-12), C1 (12-22), C2 (12-29) = 3; closed C13 failed 11-25 and C1
    // agreed 12-30 = 2 (1 succeeded, 1 failed), 50.0 %; no payment in 2025; 3 workers; C2 still
    // open at the end; nothing was pending before.
    QTest::newRow("2025-Q4") << QStringLiteral("2025-Q4") << QList<int>{0, 3, 0, 2, 1, 1, 1} << QStringLiteral("50.0")
                             << qint64(0) << QList<int>{3, 0, 0};
    // 2026-Q1: pending at start C2 (accepted 2025-12-29, agreed 2026-01-08) = 1. Accepted C3, C4,
    // C5, C7, C9, C14 (03-31, the last day) = 6 — C10 is deleted, C6 rejected, C8 still received.
    // Not accepted C6 = 1. Succeeded C2 (01-08), C3 (01-15), C4 (02-14) = 3; C1's agreement was in
    // 2025. Failed C5 (02-20) = 1. Closed 4, rate 3/4 = 75.0 %. Recovered: C1 4,000.25 + 5,999.75,
    // C2 3,000.10, C3 20,000.00, C4 30,000.00 = 63,000.10 yuan (C10's 1,000 belongs to a deleted
    // case). Workers 1 + 12 + 1 + 2 + 1 + 1 = 18; collective C4 with 12. Pending at end C7, C9, C14
    // = 3 = 1 + 6 − 4.
    QTest::newRow("2026-Q1") << QStringLiteral("2026-Q1") << QList<int>{1, 6, 1, 4, 3, 1, 3} << QStringLiteral("75.0")
                             << qint64(6300010) << QList<int>{18, 1, 12};
    // 2026-Q2: pending C7, C9, C14 = 3. Accepted C11 = 1 (3 workers). Not accepted C12 = 1.
    // Succeeded C14 (04-01, the first day), C7 (04-02) = 2; C9 (04-08) ended by a withdrawal, which
    // is closed but not "failed" (issue 11): failed 0; closed 3, 2/3 = 66.7 %. Recovered C4
    // 29,999.99 + C7 5,000.00 = 34,999.99. Pending at end C11 = 1.
    QTest::newRow("2026-Q2") << QStringLiteral("2026-Q2") << QList<int>{3, 1, 1, 3, 2, 0, 1} << QStringLiteral("66.7")
                             << qint64(3499999) << QList<int>{3, 0, 0};
    // 2026-H1 = Q1 + Q2: accepted 7, not accepted 2, succeeded 5, failed 1 (C5; C9 withdrew),
    // closed 7, 5/7 = 71.4 %, recovered 98,000.09, workers 21; pending at start C2 = 1, at end C11 = 1.
    QTest::newRow("2026-H1") << QStringLiteral("2026-H1") << QList<int>{1, 7, 2, 7, 5, 1, 1} << QStringLiteral("71.4")
                             << qint64(9800009) << QList<int>{21, 1, 12};
    // 2026-Q3 (the issue-11 cases): pending C11 = 1. Accepted C15, C16, C18, C19 = 4 (C17 withdrew
    // before acceptance); succeeded C15 (07-10), C16 (07-15) = 2; C18 withdrew after settling
    // (07-20): closed 3, failed 0, 2/3 = 66.7 %. Paid C15 2,000.00 + 4,000.00, C16 8,000.00 =
    // 14,000.00. Workers 2 + 1 + 1 + 3 = 7. Pending at end C11, C19 = 2 = 1 + 4 − 3.
    QTest::newRow("2026-Q3") << QStringLiteral("2026-Q3") << QList<int>{1, 4, 0, 3, 2, 0, 2} << QStringLiteral("66.7")
                             << qint64(1400000) << QList<int>{7, 0, 0};
    // The whole of 2026 = H1 + Q3: accepted 11, succeeded 7, failed 1 (C5), closed 7 + 1 + 2
    // withdrawals = 10, 70.0 %, recovered 98,000.09 + 14,000.00, workers 28, pending at end 2.
    QTest::newRow("2026") << QStringLiteral("2026") << QList<int>{1, 11, 2, 10, 7, 1, 2} << QStringLiteral("70.0")
                          << qint64(11200009) << QList<int>{28, 1, 12};
    // March 2026: everything accepted before March was closed by 03-01 (C2 01-08, C3, C4 02-14,
    // C5 02-20) = 0 pending. Accepted C7, C9, C14 = 3 (2 + 1 + 1 workers); not accepted C6.
    // Nothing closed: rate 0.0. Recovered C4's 30,000.00 on 03-01. Pending at end 3.
    QTest::newRow("2026-03") << QStringLiteral("2026-03") << QList<int>{0, 3, 1, 0, 0, 0, 3} << QStringLiteral("0.0")
                             << qint64(3000000) << QList<int>{4, 0, 0};
    // Two days across the quarter boundary: C14 accepted 03-31 and agreed 04-01 (1 of 1 closed,
    // 100.0 %); C7 and C9 were accepted before and are open on both ends; no payment.
    QTest::newRow("2026-03-31..2026-04-01") << QStringLiteral("2026-03-31..2026-04-01") << QList<int>{2, 1, 0, 1, 1, 0, 2}
                                            << QStringLiteral("100.0") << qint64(0) << QList<int>{1, 0, 0};
    // A year without cases.
    QTest::newRow("2024") << QStringLiteral("2024") << QList<int>{0, 0, 0, 0, 0, 0, 0} << QStringLiteral("0.0")
                          << qint64(0) << QList<int>{0, 0, 0};
}

void tst_MediationStatistics::figures()
{
    QFETCH(QString, period);
    QFETCH(QList<int>, counts);
    QFETCH(QString, rate);
    QFETCH(qint64, recoveredFen);
    QFETCH(QList<int>, workers);

    auto r = MediationStatistics(m_db).compute(::period(period));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    const MediationFigures &f = r.value();
    QCOMPARE(f.period.key(), period);
    QCOMPARE(f.pendingAtStart, counts.at(0));
    QCOMPARE(f.accepted, counts.at(1));
    QCOMPARE(f.notAccepted, counts.at(2));
    QCOMPARE(f.closed, counts.at(3));
    QCOMPARE(f.succeeded, counts.at(4));
    QCOMPARE(f.failed, counts.at(5));
    QCOMPARE(f.pendingAtEnd, counts.at(6));
    QCOMPARE(f.successRateText(), rate);
    QCOMPARE(f.recoveredFen, recoveredFen);
    QCOMPARE(f.workersInvolved, workers.at(0));
    QCOMPARE(f.collectiveCases, workers.at(1));
    QCOMPARE(f.collectiveWorkers, workers.at(2));
    // The balance that holds when every case's dates are in lifecycle order.
    QCOMPARE(f.pendingAtEnd, f.pendingAtStart + f.accepted - f.closed);
}

void tst_MediationStatistics::groupsFirstQuarter()
{
    const MediationFigures f = compute(QStringLiteral("2026-Q1"));
    // Dispute types in list order. contract: accepted C7, succeeded C2 (paid 3,000.10).
    // separation: accepted C5, C14. conditions: accepted C9 (C6 was rejected). remuneration:
    // accepted and succeeded C3, C4; paid C1 10,000.00 + C3 20,000.00 + C4 30,000.00.
    compareGroups(f.byDisputeType, {{QStringLiteral("relationship"), {0, 0, 0}},
                                    {QStringLiteral("contract"), {1, 1, 300010}},
                                    {QStringLiteral("separation"), {2, 0, 0}},
                                    {QStringLiteral("conditions"), {1, 0, 0}},
                                    {QStringLiteral("remuneration"), {2, 2, 6000000}},
                                    {QStringLiteral("other"), {0, 0, 0}}});
    // Sources. written: accepted C3, C9, C14, succeeded C3, paid C1 10,000.00 + C3 20,000.00.
    // oral: accepted C5, succeeded C2 (3,000.10). arbitration: C4. court: accepted C7. The
    // hotline case C8 was never decided.
    compareGroups(f.bySource, {{QStringLiteral("written_application"), {3, 1, 3000000}},
                               {QStringLiteral("oral_application"), {1, 1, 300010}},
                               {QStringLiteral("arbitration_referral"), {1, 1, 3000000}},
                               {QStringLiteral("court_referral"), {1, 0, 0}},
                               {QStringLiteral("hotline_12351"), {0, 0, 0}},
                               {QStringLiteral("own_initiative"), {0, 0, 0}},
                               {QStringLiteral("court_delegated"), {0, 0, 0}}}); // schema 10
    QCOMPARE(f.byDisputeType.at(4).name, QStringLiteral("劳动报酬、工伤医疗费、经济补偿或赔偿金"));
    QCOMPARE(f.bySource.at(0).name, QStringLiteral("书面申请"));
}

void tst_MediationStatistics::groupsSecondQuarter()
{
    const MediationFigures f = compute(QStringLiteral("2026-Q2"));
    // contract: C7 agreed 04-02, paid 5,000.00. separation: C14 agreed 04-01. remuneration: C4's
    // second payment 29,999.99 (agreed in Q1). other: C11 accepted.
    compareGroups(f.byDisputeType, {{QStringLiteral("relationship"), {0, 0, 0}},
                                    {QStringLiteral("contract"), {0, 1, 500000}},
                                    {QStringLiteral("separation"), {0, 1, 0}},
                                    {QStringLiteral("conditions"), {0, 0, 0}},
                                    {QStringLiteral("remuneration"), {0, 0, 2999999}},
                                    {QStringLiteral("other"), {1, 0, 0}}});
    compareGroups(f.bySource, {{QStringLiteral("written_application"), {0, 1, 0}},
                               {QStringLiteral("oral_application"), {0, 0, 0}},
                               {QStringLiteral("arbitration_referral"), {0, 0, 2999999}},
                               {QStringLiteral("court_referral"), {0, 1, 500000}},
                               {QStringLiteral("hotline_12351"), {0, 0, 0}},
                               {QStringLiteral("own_initiative"), {1, 0, 0}},
                               {QStringLiteral("court_delegated"), {0, 0, 0}}});
}

void tst_MediationStatistics::emptyPeriodListsEveryCode()
{
    const MediationFigures f = compute(QStringLiteral("2024"));
    QCOMPARE(f.byDisputeType.size(), 6);
    QCOMPARE(f.bySource.size(), 7); // with court_delegated (schema 10)
    for (const MediationGroupFigures &g : f.byDisputeType + f.bySource) {
        QVERIFY(!g.name.isEmpty());
        QCOMPARE(g.accepted + g.succeeded, 0);
        QCOMPARE(g.recoveredFen, qint64(0));
    }
}

void tst_MediationStatistics::orgUnitPrefix()
{
    const MediationFigures all = compute(QStringLiteral("2026-Q1"));
    // Every case belongs to the station 110105015: its district's prefix and its own full code
    // select all of them, another district none.
    for (const QString &prefix : {QStringLiteral("110105"), QStringLiteral("110105015")}) {
        const MediationFigures f = compute(QStringLiteral("2026-Q1"), prefix);
        QCOMPARE(f.orgUnitPrefix, prefix);
        QCOMPARE(f.accepted, all.accepted);
        QCOMPARE(f.succeeded, all.succeeded);
        QCOMPARE(f.recoveredFen, all.recoveredFen);
        QCOMPARE(f.pendingAtStart, all.pendingAtStart);
    }
    // The sheet names the unit a prefix stands for (issue 11, item 11), not "codes starting with".
    const auto unitRow = [](const ud::MediationFigures &f) {
        for (const QStringList &row : ud::MediationStatisticsExport::table(f).rows)
            if (row.value(0) == QLatin1String("Organisation units"))
                return row.value(1);
        return QString();
    };
    QVERIFY2(unitRow(compute(QStringLiteral("2026-Q1"), QStringLiteral("110105015"))).contains(QStringLiteral("八里庄")),
             qPrintable(unitRow(compute(QStringLiteral("2026-Q1"), QStringLiteral("110105015")))));
    QVERIFY(unitRow(compute(QStringLiteral("2026-Q1"), QStringLiteral("1101"))).contains(QStringLiteral("1101")));
    const MediationFigures other = compute(QStringLiteral("2026-Q1"), QStringLiteral("110108"));
    QCOMPARE(other.accepted, 0);
    QCOMPARE(other.notAccepted, 0);
    QCOMPARE(other.closed, 0);
    QCOMPARE(other.recoveredFen, qint64(0));
    QCOMPARE(other.pendingAtStart, 0);
    QCOMPARE(compute(QStringLiteral("2026-Q1"), QStringLiteral("1101050151")).accepted, 0); // longer than the code
    // The issue-11 figures follow the prefix too (the agreed amounts bind it twice).
    const MediationFigures year = compute(QStringLiteral("2026"));
    const MediationFigures district = compute(QStringLiteral("2026"), QStringLiteral("110105"));
    QCOMPARE(district.agreedFen, year.agreedFen);
    QCOMPARE(district.wageArrearsCases, year.wageArrearsCases);
    QCOMPARE(district.atSigningFen, year.atSigningFen);
    QCOMPARE(district.withdrawnAfterAcceptance, year.withdrawnAfterAcceptance);
    const MediationFigures elsewhere = compute(QStringLiteral("2026"), QStringLiteral("110108"));
    QCOMPARE(elsewhere.agreedFen, qint64(0));
    QCOMPARE(elsewhere.paidFen, qint64(0));
    QCOMPARE(elsewhere.atSigningCases, 0);
    QCOMPARE(elsewhere.withdrawnBeforeAcceptance + elsewhere.withdrawnAfterAcceptance, 0);
    QCOMPARE(elsewhere.migrantCases + elsewhere.wageArrearsCases, 0);
}

void tst_MediationStatistics::invalidPeriod()
{
    const auto r = MediationStatistics(m_db).compute(StatisticsPeriod::month(2026, 13));
    QVERIFY(!r.ok());
    QVERIFY(!r.error().isEmpty());
}

void tst_MediationStatistics::successRateRounding()
{
    MediationFigures f;
    QCOMPARE(f.successRateText(), QStringLiteral("0.0")); // nothing closed
    f.closed = 7;
    f.succeeded = 5; // 71.428... %
    QCOMPARE(f.successRatePermille(), 714);
    f.closed = 8;
    f.succeeded = 1; // 12.5 % exactly
    QCOMPARE(f.successRateText(), QStringLiteral("12.5"));
    f.closed = 16;
    f.succeeded = 1; // 6.25 % -> half up
    QCOMPARE(f.successRateText(), QStringLiteral("6.3"));
    f.closed = 3;
    f.succeeded = 3;
    QCOMPARE(f.successRateText(), QStringLiteral("100.0"));
    QCOMPARE(E::plainWanYuan(7177000000), QStringLiteral("7177.00")); // 7,177 万元 = 71,770,000 yuan
    QCOMPARE(E::plainWanYuan(6300010), QStringLiteral("6.30"));
    QCOMPARE(E::plainWanYuan(9950000), QStringLiteral("9.95"));
    QCOMPARE(E::plainWanYuan(9945000), QStringLiteral("9.95")); // 99,450 yuan: half up
    QCOMPARE(E::plainWanYuan(9944999), QStringLiteral("9.94"));
}

void tst_MediationStatistics::outputsCarryTheSameNumbers_data()
{
    QTest::addColumn<QString>("period");
    QTest::newRow("2026-Q1") << QStringLiteral("2026-Q1");
    QTest::newRow("2026-H1") << QStringLiteral("2026-H1");
    QTest::newRow("2026-03-31..2026-04-01") << QStringLiteral("2026-03-31..2026-04-01");
    QTest::newRow("2026-Q3") << QStringLiteral("2026-Q3");
    QTest::newRow("2026") << QStringLiteral("2026");
}

void tst_MediationStatistics::outputsCarryTheSameNumbers()
{
    QFETCH(QString, period);
    const MediationFigures f = compute(period);
    QVERIFY(f.period.isValid());
    const QString base = m_dir.filePath(QString(period).replace(QStringLiteral(".."), QStringLiteral("_")));

    // CSV and XLSX, read back with the application's own reader.
    for (const auto &[format, suffix] : {std::pair{E::Format::Csv, QStringLiteral(".csv")},
                                         std::pair{E::Format::Xlsx, QStringLiteral(".xlsx")}}) {
        const QString path = base + suffix;
        const ud::Status written = E::write(f, format, path);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        auto read = ud::TabularFile::read(path);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        compareSheet(read.value(), f);
        if (QTest::currentTestFailed())
            return;
        // Every cell as written (the readers skip the blank rows between the blocks).
        QList<QStringList> writtenRows;
        for (const QStringList &row : E::table(f).rows)
            if (!row.isEmpty())
                writtenRows << row;
        QCOMPARE(read.value().rows, writtenRows);
    }

    // JSON.
    const QString jsonPath = base + QStringLiteral(".json");
    QVERIFY(E::write(f, E::Format::Json, jsonPath).ok());
    QFile file(jsonPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QStringLiteral("period")).toString(), period);
    QCOMPARE(o.value(QStringLiteral("from")).toString(), f.period.from().toString(Qt::ISODate));
    QCOMPARE(o.value(QStringLiteral("to")).toString(), f.period.to().toString(Qt::ISODate));
    QCOMPARE(o.value(QStringLiteral("pending_at_start")).toInt(), f.pendingAtStart);
    QCOMPARE(o.value(QStringLiteral("accepted")).toInt(), f.accepted);
    QCOMPARE(o.value(QStringLiteral("not_accepted")).toInt(), f.notAccepted);
    QCOMPARE(o.value(QStringLiteral("closed")).toInt(), f.closed);
    QCOMPARE(o.value(QStringLiteral("succeeded")).toInt(), f.succeeded);
    QCOMPARE(o.value(QStringLiteral("failed")).toInt(), f.failed);
    QCOMPARE(QString::number(o.value(QStringLiteral("success_rate")).toDouble(), 'f', 1), f.successRateText());
    QCOMPARE(o.value(QStringLiteral("recovered_fen")).toInteger(), f.recoveredFen);
    QCOMPARE(ud::Money::parseYuan(o.value(QStringLiteral("recovered_yuan")).toString()).value(), f.recoveredFen);
    QCOMPARE(o.value(QStringLiteral("recovered_wan_yuan")).toString(), E::plainWanYuan(f.recoveredFen));
    QCOMPARE(o.value(QStringLiteral("workers_involved")).toInt(), f.workersInvolved);
    QCOMPARE(o.value(QStringLiteral("collective_cases")).toInt(), f.collectiveCases);
    QCOMPARE(o.value(QStringLiteral("collective_workers")).toInt(), f.collectiveWorkers);
    QCOMPARE(o.value(QStringLiteral("pending_at_end")).toInt(), f.pendingAtEnd);
    compareJsonGroups(o.value(QStringLiteral("by_dispute_type")).toArray(), f.byDisputeType);
    compareJsonGroups(o.value(QStringLiteral("by_source")).toArray(), f.bySource);
    QCOMPARE(o.value(QStringLiteral("recovered_basis")).toString(), QStringLiteral("paid"));
    QCOMPARE(o.value(QStringLiteral("agreed_fen")).toInteger(), f.agreedFen);
    QCOMPARE(o.value(QStringLiteral("paid_fen")).toInteger(), f.paidFen);
    QCOMPARE(o.value(QStringLiteral("at_signing_cases")).toInt(), f.atSigningCases);
    QCOMPARE(o.value(QStringLiteral("at_signing_fen")).toInteger(), f.atSigningFen);
    QCOMPARE(o.value(QStringLiteral("withdrawn_before_acceptance")).toInt(), f.withdrawnBeforeAcceptance);
    QCOMPARE(o.value(QStringLiteral("withdrawn_after_acceptance")).toInt(), f.withdrawnAfterAcceptance);
    QCOMPARE(o.value(QStringLiteral("settled_withdrawn")).toInt(), f.settledWithdrawn);
    QCOMPARE(o.value(QStringLiteral("migrant_cases")).toInt(), f.migrantCases);
    QCOMPARE(o.value(QStringLiteral("migrant_workers")).toInt(), f.migrantWorkers);
    QCOMPARE(o.value(QStringLiteral("migrant_fen")).toInteger(), f.migrantFen);
    QCOMPARE(o.value(QStringLiteral("wage_arrears_cases")).toInt(), f.wageArrearsCases);
    QCOMPARE(o.value(QStringLiteral("wage_arrears_workers")).toInt(), f.wageArrearsWorkers);
    QCOMPARE(o.value(QStringLiteral("wage_arrears_fen")).toInteger(), f.wageArrearsFen);
    const QJsonArray referrals = o.value(QStringLiteral("referrals")).toArray();
    QCOMPARE(referrals.size(), f.referrals.size());
    for (int i = 0; i < referrals.size(); ++i) {
        const QJsonObject r = referrals.at(i).toObject();
        QCOMPARE(r.value(QStringLiteral("code")).toString(), f.referrals.at(i).code);
        QCOMPARE(r.value(QStringLiteral("from_cases")).toInt(), f.referrals.at(i).fromCases);
        QCOMPARE(r.value(QStringLiteral("from_receptions")).toInt(), f.referrals.at(i).fromReceptions);
        QCOMPARE(r.value(QStringLiteral("count")).toInt(), f.referrals.at(i).total());
    }
    const QJsonArray receptions = o.value(QStringLiteral("receptions")).toArray();
    QCOMPARE(receptions.size(), f.receptions.size());
    for (int i = 0; i < receptions.size(); ++i) {
        QCOMPARE(receptions.at(i).toObject().value(QStringLiteral("code")).toString(), f.receptions.at(i).code);
        QCOMPARE(receptions.at(i).toObject().value(QStringLiteral("count")).toInt(), f.receptions.at(i).total());
    }

    // An .xlsx report needs an .xlsx name; nothing is left behind.
    const QString wrong = base + QStringLiteral("-wrong.csv");
    QVERIFY(!E::write(f, E::Format::Xlsx, wrong).ok());
    QVERIFY(!QFile::exists(wrong));
}

void tst_MediationStatistics::jsonKeysAreStable()
{
    const MediationFigures f = compute(QStringLiteral("2026-Q1"));
    const QByteArray a = E::json(f);
    QCOMPARE(E::json(compute(QStringLiteral("2026-Q1"))), a); // same figures, same bytes
    const QJsonObject o = QJsonDocument::fromJson(a).object();
    QCOMPARE(o.keys(), (QStringList{QStringLiteral("accepted"), QStringLiteral("agreed_fen"),
                                    QStringLiteral("at_signing_cases"), QStringLiteral("at_signing_fen"),
                                    QStringLiteral("by_dispute_type"),
                                    QStringLiteral("by_source"), QStringLiteral("closed"),
                                    QStringLiteral("collective_cases"), QStringLiteral("collective_workers"),
                                    QStringLiteral("failed"), QStringLiteral("from"),
                                    QStringLiteral("migrant_cases"), QStringLiteral("migrant_fen"),
                                    QStringLiteral("migrant_workers"), QStringLiteral("not_accepted"),
                                    QStringLiteral("org_unit"), QStringLiteral("paid_fen"), QStringLiteral("pending_at_end"),
                                    QStringLiteral("pending_at_start"), QStringLiteral("period"),
                                    QStringLiteral("receptions"), QStringLiteral("recovered_basis"),
                                    QStringLiteral("recovered_fen"), QStringLiteral("recovered_wan_yuan"),
                                    QStringLiteral("recovered_yuan"), QStringLiteral("referrals"), QStringLiteral("report"),
                                    QStringLiteral("settled_withdrawn"),
                                    QStringLiteral("succeeded"), QStringLiteral("success_rate"), QStringLiteral("to"),
                                    QStringLiteral("wage_arrears_cases"), QStringLiteral("wage_arrears_fen"),
                                    QStringLiteral("wage_arrears_workers"), QStringLiteral("withdrawn_after_acceptance"),
                                    QStringLiteral("withdrawn_before_acceptance"), QStringLiteral("workers_involved")}));
    // Keys appear in the text in that (sorted) order, so diffs of two reports line up.
    int last = -1;
    for (const QString &key : o.keys()) {
        const int at = int(a.indexOf(QByteArray("\n    \"") + key.toUtf8() + QByteArray("\":")));
        QVERIFY2(at > last, qPrintable(key));
        last = at;
    }
}

void tst_MediationStatistics::queriesReadTheCoveringIndexes()
{
    // Schema 6 gives the statistics covering indexes (bench/README.md: ~550 ms -> ~150 ms a year at
    // 100,000 cases); a query that stops using them is a regression even when its figures are right.
    // The queries added for issue 11 come after these two (they read other tables and indexes).
    const auto queries = MediationStatistics::queries(period(QStringLiteral("2026-Q1")), QStringLiteral("110105"));
    QCOMPARE(queries.size(), 8);
    const QStringList expected = {QStringLiteral("USING COVERING INDEX mediation_cases_live_stats"),
                                  QStringLiteral("USING COVERING INDEX mediation_payments_live_paid")};
    for (int i = 0; i < expected.size(); ++i) {
        QSqlQuery q(m_db.connection());
        QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + queries.at(i).sql));
        for (int b = 0; b < queries.at(i).binds.size(); ++b)
            q.bindValue(b, queries.at(i).binds.at(b));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        QVERIFY2(plan.join(QLatin1Char('\n')).contains(expected.at(i)), qPrintable(plan.join(QLatin1Char('\n'))));
    }
}

void tst_MediationStatistics::issue11Figures_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QList<qint64>>("amounts");     // agreed, paid
    QTest::addColumn<QList<qint64>>("atSigning");   // cases, fen
    QTest::addColumn<QList<int>>("withdrawals");    // before acceptance, after, of which settled
    QTest::addColumn<QList<qint64>>("migrant");     // cases, workers, fen paid, fen agreed
    QTest::addColumn<QList<qint64>>("wageArrears"); // cases, workers, fen paid, fen agreed

    // See the table in MediationStatsFixture.h. 2026-Q3: agreed C15 7,000.00 (07-10) + C16
    // 10,000.00 (07-15) − 1,000.00 (补充协议 08-01) = 16,000.00; paid 2,000.00 + 4,000.00 + 8,000.00.
    // 当场履行: C15's 2,000.00. Withdrawn: C17 before, C18 after (和解后撤回). 农民工 accepted: C15 (2),
    // C16 (1), C19 (3); their money: C15 and C16. 欠薪 accepted: C15 (wage claim and line), C18
    // (wage claim) with 3 workers; money: C15 only (C19 claims overtime, not 欠薪).
    QTest::newRow("2026-Q3") << QStringLiteral("2026-Q3") << QList<qint64>{1600000, 1400000} << QList<qint64>{1, 200000}
                             << QList<int>{1, 1, 1} << QList<qint64>{3, 6, 1400000, 1600000}
                             << QList<qint64>{2, 3, 600000, 700000};
    // July: both agreements (17,000.00), the payment at signing only; the same cases.
    QTest::newRow("2026-07") << QStringLiteral("2026-07") << QList<qint64>{1700000, 200000} << QList<qint64>{1, 200000}
                             << QList<int>{1, 1, 1} << QList<qint64>{3, 6, 200000, 1700000}
                             << QList<qint64>{2, 3, 200000, 700000};
    // August: only the 补充协议 (−1,000.00) is agreed; 12,000.00 paid (C15 4,000.00, C16 8,000.00),
    // none at signing; no case accepted, so no 农民工 or 欠薪 case — but their money still counts.
    QTest::newRow("2026-08") << QStringLiteral("2026-08") << QList<qint64>{-100000, 1200000} << QList<qint64>{0, 0}
                             << QList<int>{0, 0, 0} << QList<qint64>{0, 0, 1200000, -100000}
                             << QList<qint64>{0, 0, 400000, 0};
    // 2026-Q2: agreed C14 2,000.00 + C7 5,000.00; C9 withdrew after acceptance (reason 'withdrawal').
    // Every agreed line of C1..C14 is 'wage', so their payments are 欠薪 money: C4 29,999.99 + C7 5,000.00.
    QTest::newRow("2026-Q2") << QStringLiteral("2026-Q2") << QList<qint64>{700000, 3499999} << QList<qint64>{0, 0}
                             << QList<int>{0, 1, 0} << QList<qint64>{0, 0, 0, 0}
                             << QList<qint64>{0, 0, 3499999, 700000};
    // 2026: agreed C2 8,000 + C3 20,000 + C4 60,000 + C7 5,000 + C14 2,000 + C15 7,000 + C16 10,000
    // − 1,000 = 111,000.00 (C1 agreed in 2025, C10 is deleted). 欠薪 accepted in 2026: C3, C4 (12),
    // C7 (2), C14, C15 (2), C18 = 6 cases, 19 workers; their money: everything but C16's.
    QTest::newRow("2026") << QStringLiteral("2026") << QList<qint64>{11100000, 11200009} << QList<qint64>{1, 200000}
                          << QList<int>{1, 2, 1} << QList<qint64>{3, 6, 1400000, 1600000}
                          << QList<qint64>{6, 19, 10400009, 10200000};
    QTest::newRow("2024") << QStringLiteral("2024") << QList<qint64>{0, 0} << QList<qint64>{0, 0} << QList<int>{0, 0, 0}
                          << QList<qint64>{0, 0, 0, 0} << QList<qint64>{0, 0, 0, 0};
}

void tst_MediationStatistics::issue11Figures()
{
    QFETCH(QString, period);
    QFETCH(QList<qint64>, amounts);
    QFETCH(QList<qint64>, atSigning);
    QFETCH(QList<int>, withdrawals);
    QFETCH(QList<qint64>, migrant);
    QFETCH(QList<qint64>, wageArrears);
    for (const ud::RecoveredBasis basis : {ud::RecoveredBasis::Paid, ud::RecoveredBasis::Agreed}) {
        const bool agreed = basis == ud::RecoveredBasis::Agreed;
        auto r = MediationStatistics(m_db).compute(::period(period), {}, basis);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        const MediationFigures &f = r.value();
        QCOMPARE(f.recoveredBasis, basis);
        QCOMPARE(f.agreedFen, amounts.at(0));
        QCOMPARE(f.paidFen, amounts.at(1));
        QCOMPARE(f.recoveredFen, agreed ? amounts.at(0) : amounts.at(1));
        QCOMPARE(qint64(f.atSigningCases), atSigning.at(0));
        QCOMPARE(f.atSigningFen, atSigning.at(1));
        QCOMPARE(f.withdrawnBeforeAcceptance, withdrawals.at(0));
        QCOMPARE(f.withdrawnAfterAcceptance, withdrawals.at(1));
        QCOMPARE(f.settledWithdrawn, withdrawals.at(2));
        QCOMPARE(qint64(f.migrantCases), migrant.at(0));
        QCOMPARE(qint64(f.migrantWorkers), migrant.at(1));
        QCOMPARE(f.migrantFen, agreed ? migrant.at(3) : migrant.at(2));
        QCOMPARE(qint64(f.wageArrearsCases), wageArrears.at(0));
        QCOMPARE(qint64(f.wageArrearsWorkers), wageArrears.at(1));
        QCOMPARE(f.wageArrearsFen, agreed ? wageArrears.at(3) : wageArrears.at(2));
        // The groups carry the same basis: their amounts add up to the total.
        qint64 byType = 0, bySource = 0;
        for (const MediationGroupFigures &g : f.byDisputeType)
            byType += g.recoveredFen;
        for (const MediationGroupFigures &g : f.bySource)
            bySource += g.recoveredFen;
        QCOMPARE(byType, f.recoveredFen);
        QCOMPARE(bySource, f.recoveredFen);
        // Withdrawals are closed, not failed: the balance of pending cases still holds.
        QCOMPARE(f.closed, f.succeeded + f.failed + f.withdrawnAfterAcceptance);
        QCOMPARE(f.pendingAtEnd, f.pendingAtStart + f.accepted - f.closed);
    }
}

void tst_MediationStatistics::referralsAndReceptions_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QStringList>("referrals");  // "code cases receptions" per kind, list order
    QTest::addColumn<QStringList>("receptions"); // "code count" per kind, list order

    // Q3: C18 → 劳动监察 (07-20) and reception R1 → 劳动监察 (07-22); C15 → 法律援助 (07-05). The
    // referral of the deleted reception R6 and C19's of 10-01 do not count; nor does C11's of 06-30.
    // Receptions: R1, R5 consultations; R2, R4 代写文书; R3 phone; R6 is deleted, R7 in October.
    QTest::newRow("2026-Q3") << QStringLiteral("2026-Q3")
                             << QStringList{QStringLiteral("labour_inspection 1 1"), QStringLiteral("legal_aid 1 0"),
                                            QStringLiteral("arbitration 0 0"), QStringLiteral("court 0 0"),
                                            QStringLiteral("other 0 0")}
                             << QStringList{QStringLiteral("consultation 2"), QStringLiteral("phone 1"),
                                            QStringLiteral("document_drafting 2"), QStringLiteral("complaint 0"),
                                            QStringLiteral("other 0")};
    QTest::newRow("2026-Q2") << QStringLiteral("2026-Q2")
                             << QStringList{QStringLiteral("labour_inspection 0 0"), QStringLiteral("legal_aid 0 0"),
                                            QStringLiteral("arbitration 1 0"), QStringLiteral("court 0 0"),
                                            QStringLiteral("other 0 0")}
                             << QStringList{QStringLiteral("consultation 0"), QStringLiteral("phone 0"),
                                            QStringLiteral("document_drafting 0"), QStringLiteral("complaint 0"),
                                            QStringLiteral("other 0")};
    QTest::newRow("2026") << QStringLiteral("2026")
                          << QStringList{QStringLiteral("labour_inspection 1 1"), QStringLiteral("legal_aid 1 0"),
                                         QStringLiteral("arbitration 1 0"), QStringLiteral("court 1 0"),
                                         QStringLiteral("other 0 0")}
                          << QStringList{QStringLiteral("consultation 2"), QStringLiteral("phone 1"),
                                         QStringLiteral("document_drafting 2"), QStringLiteral("complaint 1"),
                                         QStringLiteral("other 0")};
}

void tst_MediationStatistics::referralsAndReceptions()
{
    QFETCH(QString, period);
    QFETCH(QStringList, referrals);
    QFETCH(QStringList, receptions);
    const MediationFigures f = compute(period);
    QStringList gotReferrals, gotReceptions;
    for (const ud::MediationCountFigures &c : f.referrals)
        gotReferrals << QStringLiteral("%1 %2 %3").arg(c.code).arg(c.fromCases).arg(c.fromReceptions);
    for (const ud::MediationCountFigures &c : f.receptions)
        gotReceptions << QStringLiteral("%1 %2").arg(c.code).arg(c.total());
    QCOMPARE(gotReferrals, referrals);
    QCOMPARE(gotReceptions, receptions);
    QCOMPARE(f.referrals.at(0).name, QStringLiteral("劳动保障监察"));
    QCOMPARE(f.receptions.at(2).name, QStringLiteral("代写文书"));
    // Another district's prefix sees none of them.
    const MediationFigures other = compute(period, QStringLiteral("110108"));
    for (const ud::MediationCountFigures &c : other.referrals + other.receptions)
        QCOMPARE(c.total(), 0);
}

void tst_MediationStatistics::recoveredBasisSwitchesLabelAndAmount()
{
    const StatisticsPeriod q3 = period(QStringLiteral("2026-Q3"));
    const MediationFigures paid = MediationStatistics(m_db).compute(q3, {}, ud::RecoveredBasis::Paid).value();
    const MediationFigures agreed = MediationStatistics(m_db).compute(q3, {}, ud::RecoveredBasis::Agreed).value();
    const auto value = [](const ud::Table &t, const QString &label) {
        for (const QStringList &row : t.rows)
            if (row.value(0) == label)
                return row.value(1);
        return QStringLiteral("(no row)");
    };
    const ud::Table paidSheet = E::table(paid);
    const ud::Table agreedSheet = E::table(agreed);
    // 'paid': 挽回经济损失 is the 14,000.00 paid; the 16,000.00 agreed is shown as 协议金额.
    QCOMPARE(value(paidSheet, E::tr("Economic loss recovered: amount paid (yuan)")), QStringLiteral("14,000.00"));
    QCOMPARE(value(paidSheet, E::tr("Amount agreed (yuan)")), QStringLiteral("16,000.00"));
    QCOMPARE(value(paidSheet, E::tr("Economic loss recovered (ten thousand yuan)")), QStringLiteral("1.40"));
    QCOMPARE(value(paidSheet, E::tr("Economic loss recovered: amount agreed (yuan)")), QStringLiteral("(no row)"));
    // 'agreed': the other way round.
    QCOMPARE(value(agreedSheet, E::tr("Economic loss recovered: amount agreed (yuan)")), QStringLiteral("16,000.00"));
    QCOMPARE(value(agreedSheet, E::tr("Amount paid (yuan)")), QStringLiteral("14,000.00"));
    QCOMPARE(value(agreedSheet, E::tr("Economic loss recovered (ten thousand yuan)")), QStringLiteral("1.60"));
    QCOMPARE(value(agreedSheet, E::tr("Economic loss recovered: amount paid (yuan)")), QStringLiteral("(no row)"));
    QCOMPARE(paidSheet.rows.size(), agreedSheet.rows.size());
    // By dispute type: contract is C16 (paid 8,000.00; agreed 10,000.00 − 1,000.00).
    const auto contract = [](const MediationFigures &f) {
        for (const MediationGroupFigures &g : f.byDisputeType)
            if (g.code == QLatin1String("contract"))
                return g.recoveredFen;
        return qint64(-1);
    };
    QCOMPARE(contract(paid), qint64(800000));
    QCOMPARE(contract(agreed), qint64(900000));
    QCOMPARE(QJsonDocument::fromJson(E::json(agreed)).object().value(QStringLiteral("recovered_basis")).toString(),
             QStringLiteral("agreed"));
}

void tst_MediationStatistics::storedBasisFollowsThePolicy()
{
    // Schema 10 seeds 'paid'; an administrator's 'agreed' switches the report; the rules refuse
    // anything else. Set back afterwards: the other tests read the default.
    QCOMPARE(MediationStatistics(m_db).storedBasis(), ud::RecoveredBasis::Paid);
    QCOMPARE(compute(QStringLiteral("2026-Q3")).recoveredFen, qint64(1400000));
    QVERIFY(!MediationStatistics::checkBasis(QStringLiteral("both")).ok());
    QCOMPARE(MediationStatistics::checkBasis(QStringLiteral(" agreed ")).value(), QStringLiteral("agreed"));
    ud::RecordStore store(m_db);
    store.setActor(QStringLiteral("admin"));
    ud::PolicyRepository policies(m_db, store, [](const QString &, const QString &v) { return MediationStatistics::checkBasis(v); });
    const QString key = MediationStatistics::recoveredBasisKey();
    const auto before = policies.find(key);
    QVERIFY(before);
    QVERIFY(!policies.setValue(key, QStringLiteral("both"), before->version, QStringLiteral("test")).ok());
    const auto set = policies.setValue(key, QStringLiteral("agreed"), before->version, QStringLiteral("test"));
    QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error()));
    QCOMPARE(MediationStatistics(m_db).storedBasis(), ud::RecoveredBasis::Agreed);
    const MediationFigures f = compute(QStringLiteral("2026-Q3"));
    QCOMPARE(f.recoveredBasis, ud::RecoveredBasis::Agreed);
    QCOMPARE(f.recoveredFen, qint64(1600000));
    QVERIFY(policies.setValue(key, QStringLiteral("paid"), set.value().version, QStringLiteral("test")).ok());
    QCOMPARE(MediationStatistics(m_db).storedBasis(), ud::RecoveredBasis::Paid);
}

// Issue 12: a payment entered by mistake is voided, or corrected, through the command facade. A
// voided payment counts in neither 实际履行金额 nor 当场履行; a corrected amount counts as
// corrected. Undone afterwards (by the facade), so the other tests read the fixture as built.
void tst_MediationStatistics::voidedPaymentLeavesStatisticsRight()
{
    const auto paymentOn = [this](const char *paidOn) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT p.id, p.version, p.case_id FROM mediation_payments p WHERE p.paid_on = ? "
                                 "AND p.deleted = 0"));
        q.addBindValue(QString::fromLatin1(paidOn));
        return q.exec() && q.next() ? QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()}
                                    : QStringList();
    };
    const QStringList atSigning = paymentOn("2026-07-10"); // C15's 2,000.00 at signing
    const QStringList c16 = paymentOn("2026-08-05");       // C16's 8,000.00
    QCOMPARE(atSigning.size(), 3);
    QCOMPARE(c16.size(), 3);
    MediationFigures f = compute(QStringLiteral("2026-Q3"));
    QCOMPARE(f.paidFen, qint64(1400000));
    QCOMPARE(f.atSigningCases, 1);
    QCOMPARE(f.atSigningFen, qint64(200000));

    ud::RecordStore store(m_db);
    store.setActor(QStringLiteral("mediator"));
    ud::CommandFacade facade(store);
    ud::MediationCommands commands(facade);
    const QDate today = udtest::MediationStatsFixture::today();
    const ud::Status voided = commands.voidPayment(atSigning.at(2), atSigning.at(0), atSigning.at(1).toLongLong(),
                                                   QStringLiteral("录入了两次"), today);
    QVERIFY2(voided.ok(), qPrintable(voided.error()));
    f = compute(QStringLiteral("2026-Q3"));
    QCOMPARE(f.paidFen, qint64(1200000));
    QCOMPARE(f.atSigningCases, 0);
    QCOMPARE(f.atSigningFen, qint64(0));
    QCOMPARE(compute(QStringLiteral("2026-07")).paidFen, qint64(0));

    ud::MediationCase c = ud::MediationRepository(m_db).fullCase(c16.at(2)).value_or(ud::MediationCase());
    QCOMPARE(c.payments.size(), 1);
    ud::CasePayment corrected = c.payments.at(0);
    corrected.amountFen = 700000;
    const ud::Status changed = commands.correctPayment(c16.at(2), corrected, QStringLiteral("收据为七千元"), today);
    QVERIFY2(changed.ok(), qPrintable(changed.error()));
    f = compute(QStringLiteral("2026-Q3"));
    QCOMPARE(f.paidFen, qint64(1100000));
    QCOMPARE(compute(QStringLiteral("2026-08")).paidFen, qint64(1100000));

    facade.undoStack()->undo();
    facade.undoStack()->undo();
    f = compute(QStringLiteral("2026-Q3"));
    QCOMPARE(f.paidFen, qint64(1400000));
    QCOMPARE(f.atSigningFen, qint64(200000));
}

// Progress is told before each statement; a cancel stops the computation with a message, and
// figures computed with progress are those computed without (issue 12, item 8).
void tst_MediationStatistics::progressPerStatementAndCancel()
{
    const StatisticsPeriod p = period(QStringLiteral("2026"));
    const qint64 statements = MediationStatistics::queries(p, {}).size();
    QList<qint64> seen;
    auto whole = MediationStatistics(m_db).compute(p, {}, [&](qint64 done, qint64 total) {
        seen << done;
        return total == statements;
    });
    QVERIFY2(whole.ok(), qPrintable(whole.error()));
    QList<qint64> expected;
    for (qint64 i = 0; i < statements; ++i)
        expected << i;
    QCOMPARE(seen, expected);
    QCOMPARE(E::table(whole.value()).rows, E::table(compute(QStringLiteral("2026"))).rows);

    int calls = 0;
    auto cancelled = MediationStatistics(m_db).compute(p, {}, [&calls](qint64, qint64) { return ++calls < 3; });
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error(), QStringLiteral("The statistics were cancelled."));
    QCOMPARE(calls, 3);
}

QTEST_GUILESS_MAIN(tst_MediationStatistics)
#include "tst_mediationstatistics.moc"
