#include "mediation/MediationStatistics.h"

#include "storage/CodeListRepository.h"
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
    return QStringLiteral("c.status NOT IN ('received', 'rejected') AND c.decided_on %1").arg(cmp);
}

// Not closed before `day` (exclusive): no agreement before it, and not failed before it.
QString openOn(const QString &op, const QString &day)
{
    return QStringLiteral("ifnull(c.agreed_on %1 %2, 1) AND (c.status <> 'failed' OR ifnull(c.closed_on %1 %2, 1))")
        .arg(op, day);
}

QString orgWhere(const QString &orgUnitPrefix)
{
    return orgUnitPrefix.isEmpty() ? QString() : QStringLiteral(" AND substr(c.org_unit, 1, ?) = ?");
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
    qint64 recoveredFen = 0;
};

QList<MediationGroupFigures> groups(const QList<CodeItem> &list, QHash<QString, Counts> found)
{
    QList<MediationGroupFigures> out;
    for (const CodeItem &item : list) {
        const Counts c = found.take(item.code);
        out.append({item.code, item.nameZh, c.accepted, c.succeeded, c.recoveredFen});
    }
    QStringList others = found.keys();
    std::sort(others.begin(), others.end());
    for (const QString &code : std::as_const(others)) {
        const Counts c = found.value(code);
        if (c.accepted == 0 && c.succeeded == 0 && c.recoveredFen == 0)
            continue;
        out.append({code, code.isEmpty() ? MediationStatistics::tr("(not recorded)") : code, c.accepted, c.succeeded,
                    c.recoveredFen});
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
    // rows in group order; NULL codes read back as "" like the empty code.
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
                    "FROM p, mediation_cases c WHERE c.deleted = 0%7 GROUP BY c.dispute_type, c.source")
                    .arg(accepted, inPeriod, acceptedWhere(QStringLiteral("< p.f")),
                         openOn(QStringLiteral(">="), QStringLiteral("p.f")), acceptedWhere(QStringLiteral("<= p.t")),
                         openOn(QStringLiteral(">"), QStringLiteral("p.t")), orgWhere(orgUnitPrefix));
    cases.binds = QVariantList{from, to} + orgBinds(orgUnitPrefix);

    // Money actually paid in the period, by the paying case's type and source. Summed per case
    // first (mediation_payments_live_paid covers it), so each case is looked up once and in id
    // order rather than once per payment.
    Query payments;
    payments.sql = QStringLiteral("SELECT c.dispute_type, c.source, sum(m.paid) "
                                  "FROM (SELECT case_id, sum(amount_fen) AS paid FROM mediation_payments "
                                  "      WHERE paid_on BETWEEN ? AND ? AND deleted = 0 GROUP BY case_id) m "
                                  "JOIN mediation_cases c ON c.id = m.case_id WHERE c.deleted = 0%1 "
                                  "GROUP BY c.dispute_type, c.source")
                       .arg(orgWhere(orgUnitPrefix));
    payments.binds = QVariantList{from, to} + orgBinds(orgUnitPrefix);
    return {cases, payments};
}

Result<MediationFigures> MediationStatistics::compute(const StatisticsPeriod &period, const QString &orgUnitPrefix) const
{
    using R = Result<MediationFigures>;
    if (!period.isValid())
        return R::failure(tr("The statistics need a valid period."));
    MediationFigures f;
    f.period = period;
    f.orgUnitPrefix = orgUnitPrefix;

    const QList<Query> qs = queries(period, orgUnitPrefix);
    QHash<QString, Counts> byType;
    QHash<QString, Counts> bySource;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    for (int n = 0; n < qs.size(); ++n) {
        if (!q.prepare(qs.at(n).sql))
            return R::failure(tr("The mediation statistics cannot be read: %1").arg(q.lastError().text()));
        for (int i = 0; i < qs.at(n).binds.size(); ++i)
            q.bindValue(i, qs.at(n).binds.at(i));
        if (!q.exec())
            return R::failure(tr("The mediation statistics cannot be read: %1").arg(q.lastError().text()));
        while (q.next()) {
            Counts &type = byType[q.value(0).toString()];
            Counts &source = bySource[q.value(1).toString()];
            if (n == 1) { // the payments: (type, source, paid)
                const qint64 paid = q.value(2).toLongLong();
                f.recoveredFen += paid;
                type.recoveredFen += paid;
                source.recoveredFen += paid;
                continue;
            }
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
        }
    }
    f.closed = f.succeeded + f.failed;
    const CodeListRepository lists(m_db);
    f.byDisputeType = groups(lists.items(QStringLiteral("dispute_type")), byType);
    f.bySource = groups(lists.items(QStringLiteral("case_source")), bySource);
    return f;
}

} // namespace ud
