#include "mediation/MediationStatistics.h"

#include "storage/CodeListRepository.h"
#include "storage/OrgUnitRepository.h"
#include "storage/Database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace ud {

namespace {

// A case the acceptance decision accepted; `cmp` is the test on decided_on.
QString acceptedWhere(const QString &cmp)
{
    return QStringLiteral("c.status NOT IN ('received', 'rejected', 'withdrawn') AND c.decided_on %1").arg(cmp);
}

// The order of MediationStatistics::queries().
enum QueryIndex { CaseQuery, PaidQuery, AgreedQuery, WithdrawalQuery, FlaggedCaseQuery, AtSigningQuery,
                  ReferralQuery, ReceptionQuery, QueryCount };

// 欠薪: the case has a live money line (claim or agreed) of item 'wage'.
const char *const kWageArrears =
    "EXISTS (SELECT 1 FROM mediation_items w WHERE w.case_id = c.id AND w.item = 'wage' AND w.deleted = 0)";

// Close reasons that make a 'failed' case a withdrawal after acceptance.
const char *const kWithdrawalReasons = "('withdrawal', 'settled_withdrawn')";

// Not closed before `day` (exclusive): no agreement before it, and not failed before it.
QString openOn(const QString &op, const QString &day)
{
    return QStringLiteral("ifnull(c.agreed_on %1 %2, 1) AND (c.status <> 'failed' OR ifnull(c.closed_on %1 %2, 1))")
        .arg(op, day);
}

QString orgWhere(const QString &orgUnitPrefix, const QString &alias = QStringLiteral("c"))
{
    return orgUnitPrefix.isEmpty() ? QString() : QStringLiteral(" AND substr(%1.org_unit, 1, ?) = ?").arg(alias);
}

QVariantList orgBinds(const QString &orgUnitPrefix)
{
    if (orgUnitPrefix.isEmpty())
        return {};
    return {orgUnitPrefix.size(), orgUnitPrefix};
}

struct Counts
{
    int accepted = 0;
    int succeeded = 0;
    qint64 paidFen = 0;
    qint64 agreedFen = 0;

    qint64 recovered(RecoveredBasis basis) const { return basis == RecoveredBasis::Agreed ? agreedFen : paidFen; }
};

QString notRecorded(const QString &code)
{
    return code.isEmpty() ? MediationStatistics::tr("(not recorded)") : code;
}

QList<MediationGroupFigures> groups(const QList<CodeItem> &list, QHash<QString, Counts> found, RecoveredBasis basis)
{
    QList<MediationGroupFigures> out;
    for (const CodeItem &item : list) {
        const Counts c = found.take(item.code);
        out.append({item.code, item.nameZh, c.accepted, c.succeeded, c.recovered(basis)});
    }
    QStringList others = found.keys();
    std::sort(others.begin(), others.end());
    for (const QString &code : std::as_const(others)) {
        const Counts c = found.value(code);
        if (c.accepted == 0 && c.succeeded == 0 && c.recovered(basis) == 0)
            continue;
        out.append({code, notRecorded(code), c.accepted, c.succeeded, c.recovered(basis)});
    }
    return out;
}

// Every code of `list` in list order, then the other codes found (sorted), as MediationCountFigures.
QList<MediationCountFigures> counts(const QList<CodeItem> &list, QHash<QString, MediationCountFigures> found)
{
    QList<MediationCountFigures> out;
    for (const CodeItem &item : list) {
        MediationCountFigures c = found.take(item.code);
        c.code = item.code;
        c.name = item.nameZh;
        out.append(c);
    }
    QStringList others = found.keys();
    std::sort(others.begin(), others.end());
    for (const QString &code : std::as_const(others)) {
        MediationCountFigures c = found.value(code);
        c.code = code;
        c.name = notRecorded(code);
        out.append(c);
    }
    return out;
}

} // namespace

int MediationFigures::successRatePermille() const
{
    if (closed <= 0)
        return 0;
    return int((qint64(succeeded) * 2000 + closed) / (qint64(closed) * 2));
}

QString MediationFigures::successRateText() const
{
    const int permille = successRatePermille();
    return QStringLiteral("%1.%2").arg(permille / 10).arg(permille % 10);
}

QList<MediationStatistics::Query> MediationStatistics::queries(const StatisticsPeriod &period,
                                                               const QString &orgUnitPrefix)
{
    const QString from = period.from().toString(Qt::ISODate);
    const QString to = period.to().toString(Qt::ISODate);
    const QString inPeriod = QStringLiteral("BETWEEN p.f AND p.t");
    const QString accepted = acceptedWhere(inPeriod);

    // One pass over the cases: every figure that counts cases, per (dispute type, source). Grouped
    // by the bare columns so the covering index mediation_cases_live_stats (schema 6) delivers the
    // rows in group order; NULL codes read back as "" like the empty code. The last condition
    // leaves out, before the figures are evaluated, the cases no figure counts: those decided,
    // agreed and closed before the period (the open ones at its start or end are neither agreed
    // nor closed before it). Most of a database's cases are such history, and the ten figures per
    // case were most of the statement's time (81 → 45 ms for a year at 100,000 cases).
    Query cases;
    cases.sql = QStringLiteral(
                    "WITH p(f, t) AS (SELECT ?, ?) "
                    "SELECT c.dispute_type, c.source, "
                    "count(*) FILTER (WHERE %1), "
                    "count(*) FILTER (WHERE c.status = 'rejected' AND c.decided_on %2), "
                    "count(*) FILTER (WHERE c.agreed_on %2), "
                    "count(*) FILTER (WHERE c.status = 'failed' AND c.closed_on %2), "
                    "coalesce(sum(c.worker_count) FILTER (WHERE %1), 0), "
                    "count(*) FILTER (WHERE %1 AND c.collective = 1), "
                    "coalesce(sum(c.worker_count) FILTER (WHERE %1 AND c.collective = 1), 0), "
                    "count(*) FILTER (WHERE %3 AND %4), "
                    "count(*) FILTER (WHERE %5 AND %6) "
                    "FROM p, mediation_cases c WHERE c.deleted = 0%7 "
                    "AND (c.decided_on >= p.f OR c.agreed_on >= p.f OR c.closed_on >= p.f "
                    "OR (c.agreed_on IS NULL AND c.status NOT IN ('received', 'rejected', 'withdrawn') "
                    "AND (c.status <> 'failed' OR c.closed_on IS NULL))) "
                    "GROUP BY c.dispute_type, c.source")
                    .arg(accepted, inPeriod, acceptedWhere(QStringLiteral("< p.f")),
                         openOn(QStringLiteral(">="), QStringLiteral("p.f")), acceptedWhere(QStringLiteral("<= p.t")),
                         openOn(QStringLiteral(">"), QStringLiteral("p.t")), orgWhere(orgUnitPrefix));
    cases.binds = QVariantList{from, to} + orgBinds(orgUnitPrefix);

    // Money actually paid in the period, by the paying case's type, source and flags (农民工, 欠薪).
    // Summed per case first (mediation_payments_live_paid covers it), so each case is looked up
    // once and in id order rather than once per payment.
    Query payments;
    payments.sql = QStringLiteral("SELECT c.dispute_type, c.source, c.migrant_workers, %2, sum(m.paid) "
                                  "FROM (SELECT case_id, sum(amount_fen) AS paid FROM mediation_payments "
                                  "      WHERE paid_on BETWEEN ? AND ? AND deleted = 0 AND voided = 0 GROUP BY case_id) m "
                                  "JOIN mediation_cases c ON c.id = m.case_id WHERE c.deleted = 0%1 "
                                  "GROUP BY c.dispute_type, c.source, 3, 4")
                       .arg(orgWhere(orgUnitPrefix), QLatin1String(kWageArrears));
    payments.binds = QVariantList{from, to} + orgBinds(orgUnitPrefix);

    // 协议金额: the agreed lines of the cases agreed in the period, and the changes made by the
    // 补充协议 signed in the period, with the same columns as the payments. Each agreed case is
    // read once, from the scan that finds it (joining the cases again to the amounts scanned all
    // of them: 1.0 s of CPU instead of 0.25 s for a year at 100,000 cases).
    const QString wageOfA = QString::fromLatin1(kWageArrears).replace(QStringLiteral("c.id"), QStringLiteral("a.id"));
    Query agreed;
    agreed.sql = QStringLiteral(
                     "WITH p(f, t) AS (SELECT ?, ?) "
                     "SELECT x.t, x.s, x.mig, x.wage, sum(x.fen) FROM ("
                     "  SELECT a.dispute_type AS t, a.source AS s, a.migrant_workers AS mig, %3 AS wage, "
                     "  (SELECT coalesce(sum(i.amount_fen), 0) FROM mediation_items i "
                     "   WHERE i.case_id = a.id AND i.kind = 'agreed' AND i.deleted = 0) AS fen "
                     "  FROM p, mediation_cases a WHERE a.agreed_on BETWEEN p.f AND p.t AND a.deleted = 0%1 "
                     "  UNION ALL "
                     "  SELECT c.dispute_type, c.source, c.migrant_workers, %4, s.amount_change_fen "
                     "  FROM p, mediation_supplements s CROSS JOIN mediation_cases c ON c.id = s.case_id "
                     "  WHERE s.signed_on BETWEEN p.f AND p.t AND s.deleted = 0 AND c.deleted = 0%2) x "
                     "GROUP BY x.t, x.s, x.mig, x.wage")
                     .arg(orgWhere(orgUnitPrefix, QStringLiteral("a")), orgWhere(orgUnitPrefix), wageOfA,
                          QLatin1String(kWageArrears));
    agreed.binds = QVariantList{from, to} + orgBinds(orgUnitPrefix) + orgBinds(orgUnitPrefix);

    // Withdrawals, before acceptance (status 'withdrawn') and after (failed, withdrawn). The index
    // of schema 14 (status, date closed) finds just the cases closed in the period without reading
    // a row; the stats index read every live case, and by status alone every failed case of every
    // year was read.
    Query withdrawals;
    withdrawals.sql = QStringLiteral(
                          "SELECT count(*) FILTER (WHERE c.status = 'withdrawn'), "
                          "count(*) FILTER (WHERE c.status = 'failed' AND c.close_reason IN %2), "
                          "count(*) FILTER (WHERE c.status = 'failed' AND c.close_reason = 'settled_withdrawn') "
                          "FROM mediation_cases c INDEXED BY mediation_cases_live_closed "
                          "WHERE c.deleted = 0 AND c.status IN ('withdrawn', 'failed') "
                          "AND c.closed_on BETWEEN ? AND ?%1")
                          .arg(orgWhere(orgUnitPrefix), QLatin1String(kWithdrawalReasons));
    withdrawals.binds = QVariantList{from, to} + orgBinds(orgUnitPrefix);

    // 农民工 and 欠薪 among the cases accepted in the period.
    Query flagged;
    flagged.sql = QStringLiteral(
                      "WITH p(f, t) AS (SELECT ?, ?) "
                      "SELECT count(*) FILTER (WHERE x.migrant = 1), coalesce(sum(x.n) FILTER (WHERE x.migrant = 1), 0), "
                      "count(*) FILTER (WHERE x.wage), coalesce(sum(x.n) FILTER (WHERE x.wage), 0) "
                      "FROM (SELECT c.worker_count AS n, c.migrant_workers AS migrant, %3 AS wage "
                      "      FROM p, mediation_cases c WHERE c.deleted = 0 AND %1%2) x")
                      .arg(accepted, orgWhere(orgUnitPrefix), QLatin1String(kWageArrears));
    flagged.binds = QVariantList{from, to} + orgBinds(orgUnitPrefix);

    // 当场履行: payments marked as made when the agreement was signed.
    Query atSigning;
    atSigning.sql = QStringLiteral("SELECT count(DISTINCT m.case_id), coalesce(sum(m.amount_fen), 0) "
                                   "FROM mediation_payments m JOIN mediation_cases c ON c.id = m.case_id "
                                   "WHERE m.at_signing = 1 AND m.deleted = 0 AND m.voided = 0 AND m.paid_on BETWEEN ? AND ? "
                                   "AND c.deleted = 0%1")
                        .arg(orgWhere(orgUnitPrefix));
    atSigning.binds = QVariantList{from, to} + orgBinds(orgUnitPrefix);

    // Referrals by kind: out of a live case, or out of a live reception that names no case.
    Query referrals;
    referrals.sql = QStringLiteral("SELECT r.kind, r.case_id IS NOT NULL, count(*) FROM mediation_referrals r "
                                   "LEFT JOIN mediation_cases c ON c.id = r.case_id "
                                   "LEFT JOIN mediation_receptions e ON e.id = r.reception_id "
                                   "WHERE r.deleted = 0 AND r.referred_on BETWEEN ? AND ? "
                                   "AND (c.deleted = 0 OR (r.case_id IS NULL AND e.deleted = 0))%1 "
                                   "GROUP BY r.kind, 2")
                        .arg(orgWhere(orgUnitPrefix, QStringLiteral("r")));
    referrals.binds = QVariantList{from, to} + orgBinds(orgUnitPrefix);

    // Receptions (咨询, 代写文书 …) by kind.
    Query receptions;
    receptions.sql = QStringLiteral("SELECT e.kind, count(*) FROM mediation_receptions e "
                                    "WHERE e.deleted = 0 AND e.received_on BETWEEN ? AND ?%1 GROUP BY e.kind")
                         .arg(orgWhere(orgUnitPrefix, QStringLiteral("e")));
    receptions.binds = QVariantList{from, to} + orgBinds(orgUnitPrefix);

    return {cases, payments, agreed, withdrawals, flagged, atSigning, referrals, receptions};
}

QString MediationStatistics::recoveredBasisKey()
{
    return QStringLiteral("mediation.recovered_basis");
}

QString MediationStatistics::basisKey(RecoveredBasis basis)
{
    return basis == RecoveredBasis::Agreed ? QStringLiteral("agreed") : QStringLiteral("paid");
}

std::optional<RecoveredBasis> MediationStatistics::basisFromKey(const QString &key)
{
    const QString k = key.trimmed();
    if (k == QLatin1String("paid"))
        return RecoveredBasis::Paid;
    if (k == QLatin1String("agreed"))
        return RecoveredBasis::Agreed;
    return std::nullopt;
}

Result<QString> MediationStatistics::checkBasis(const QString &value)
{
    const auto basis = basisFromKey(value);
    if (!basis)
        return Result<QString>::failure(
            tr("%1 is \"paid\" (the amount actually paid) or \"agreed\" (the amount agreed); \"%2\" is neither.")
                .arg(recoveredBasisKey(), value));
    return basisKey(*basis);
}

RecoveredBasis MediationStatistics::storedBasis() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM policy_values WHERE key = ? AND deleted = 0"));
    q.addBindValue(recoveredBasisKey());
    if (q.exec() && q.next())
        return basisFromKey(q.value(0).toString()).value_or(RecoveredBasis::Paid);
    return RecoveredBasis::Paid;
}

Result<MediationFigures> MediationStatistics::compute(const StatisticsPeriod &period, const QString &orgUnitPrefix,
                                                      const Progress &progress) const
{
    return compute(period, orgUnitPrefix, storedBasis(), progress);
}

Result<MediationFigures> MediationStatistics::compute(const StatisticsPeriod &period, const QString &orgUnitPrefix,
                                                      RecoveredBasis basis, const Progress &progress) const
{
    using R = Result<MediationFigures>;
    if (!period.isValid())
        return R::failure(tr("The statistics need a valid period."));
    MediationFigures f;
    f.period = period;
    f.orgUnitPrefix = orgUnitPrefix;
    if (!orgUnitPrefix.isEmpty())
        if (const auto unit = OrgUnitRepository(m_db).find(orgUnitPrefix, OrgUnitRepository::Include::AlsoDeleted))
            f.orgUnitName = unit->name;
    f.recoveredBasis = basis;

    const QList<Query> qs = queries(period, orgUnitPrefix);
    Q_ASSERT(qs.size() == QueryCount);
    QHash<QString, Counts> byType;
    QHash<QString, Counts> bySource;
    QHash<QString, MediationCountFigures> referrals;
    QHash<QString, MediationCountFigures> receptions;
    qint64 migrantPaid = 0, migrantAgreed = 0, wagePaid = 0, wageAgreed = 0;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    for (int n = 0; n < qs.size(); ++n) {
        if (progress && !progress(n, qs.size()))
            return R::failure(tr("The statistics were cancelled."));
        if (!q.prepare(qs.at(n).sql))
            return R::failure(tr("The mediation statistics cannot be read: %1").arg(q.lastError().text()));
        for (int i = 0; i < qs.at(n).binds.size(); ++i)
            q.bindValue(i, qs.at(n).binds.at(i));
        if (!q.exec())
            return R::failure(tr("The mediation statistics cannot be read: %1").arg(q.lastError().text()));
        while (q.next()) {
            switch (n) {
            case CaseQuery: {
                Counts &type = byType[q.value(0).toString()];
                Counts &source = bySource[q.value(1).toString()];
                const int accepted = q.value(2).toInt();
                const int succeeded = q.value(4).toInt();
                f.accepted += accepted;
                f.notAccepted += q.value(3).toInt();
                f.succeeded += succeeded;
                f.failed += q.value(5).toInt();
                f.workersInvolved += q.value(6).toInt();
                f.collectiveCases += q.value(7).toInt();
                f.collectiveWorkers += q.value(8).toInt();
                f.pendingAtStart += q.value(9).toInt();
                f.pendingAtEnd += q.value(10).toInt();
                type.accepted += accepted;
                type.succeeded += succeeded;
                source.accepted += accepted;
                source.succeeded += succeeded;
                break;
            }
            case PaidQuery:
            case AgreedQuery: { // (type, source, migrant, wage, fen)
                const bool paid = n == PaidQuery;
                const qint64 fen = q.value(4).toLongLong();
                qint64 Counts::*member = paid ? &Counts::paidFen : &Counts::agreedFen;
                byType[q.value(0).toString()].*member += fen;
                bySource[q.value(1).toString()].*member += fen;
                (paid ? f.paidFen : f.agreedFen) += fen;
                if (q.value(2).toInt() == 1)
                    (paid ? migrantPaid : migrantAgreed) += fen;
                if (q.value(3).toInt() == 1)
                    (paid ? wagePaid : wageAgreed) += fen;
                break;
            }
            case WithdrawalQuery:
                f.withdrawnBeforeAcceptance = q.value(0).toInt();
                f.withdrawnAfterAcceptance = q.value(1).toInt();
                f.settledWithdrawn = q.value(2).toInt();
                break;
            case FlaggedCaseQuery:
                f.migrantCases = q.value(0).toInt();
                f.migrantWorkers = q.value(1).toInt();
                f.wageArrearsCases = q.value(2).toInt();
                f.wageArrearsWorkers = q.value(3).toInt();
                break;
            case AtSigningQuery:
                f.atSigningCases = q.value(0).toInt();
                f.atSigningFen = q.value(1).toLongLong();
                break;
            case ReferralQuery: {
                MediationCountFigures &c = referrals[q.value(0).toString()];
                (q.value(1).toInt() == 1 ? c.fromCases : c.fromReceptions) += q.value(2).toInt();
                break;
            }
            case ReceptionQuery:
                receptions[q.value(0).toString()].fromCases += q.value(1).toInt();
                break;
            default:
                break;
            }
        }
    }
    // The first query counts every 'failed' case; withdrawals after acceptance have a row of their own.
    f.failed -= f.withdrawnAfterAcceptance;
    f.closed = f.succeeded + f.failed + f.withdrawnAfterAcceptance;
    const bool agreedBasis = basis == RecoveredBasis::Agreed;
    f.recoveredFen = agreedBasis ? f.agreedFen : f.paidFen;
    f.migrantFen = agreedBasis ? migrantAgreed : migrantPaid;
    f.wageArrearsFen = agreedBasis ? wageAgreed : wagePaid;
    const CodeListRepository lists(m_db);
    f.byDisputeType = groups(lists.items(QStringLiteral("dispute_type")), byType, basis);
    f.bySource = groups(lists.items(QStringLiteral("case_source")), bySource, basis);
    f.referrals = counts(lists.items(QStringLiteral("referral_kind")), referrals);
    f.receptions = counts(lists.items(QStringLiteral("reception_kind")), receptions);
    return f;
}

} // namespace ud
