#pragma once

#include "core/Result.h"
#include "core/StatisticsPeriod.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantList>

namespace ud {

class Database;

// The figures of one dispute type or one source (来源) in a period.
struct MediationGroupFigures
{
    QString code;          // code of list 'dispute_type' or 'case_source'; "" = not recorded
    QString name;          // the list's Chinese name; the code itself when the list lacks it
    int accepted = 0;      // 受理
    int succeeded = 0;     // 调解成功
    qint64 recoveredFen = 0; // 挽回经济损失
};

// The mediation figures unions report upward (domain.md §1.5 and §7) for one period. See
// MediationStatistics for what each figure counts.
struct MediationFigures
{
    StatisticsPeriod period;
    QString orgUnitPrefix;      // "" = every case in the database

    int pendingAtStart = 0;     // 上期未结
    int accepted = 0;           // 受理
    int notAccepted = 0;        // 不予受理
    int closed = 0;             // 结案 = succeeded + failed
    int succeeded = 0;          // 调解成功
    int failed = 0;             // 调解不成 (closed without agreement)
    int pendingAtEnd = 0;       // 期末未结
    qint64 recoveredFen = 0;    // 挽回经济损失: money actually paid in the period
    int workersInvolved = 0;    // 涉及职工人数 (of the accepted cases)
    int collectiveCases = 0;    // 集体劳动争议 (accepted)
    int collectiveWorkers = 0;  // workers of those
    QList<MediationGroupFigures> byDisputeType; // every code of the list, in list order, then others
    QList<MediationGroupFigures> bySource;

    // 成功率 = succeeded / closed in tenths of a percent, rounded half up; 0 when nothing closed.
    int successRatePermille() const;
    // "75.0" (percent, one decimal).
    QString successRateText() const;
};

// 调解统计: the figures of MediationFigures for any period, over live cases (deleted = 0) and
// optionally only the cases whose org_unit code starts with a prefix (e.g. "110105" for one
// district's stations; enterprise unions' codes do not nest under their street, so this is a
// code prefix, not the org tree).
//
// Definitions, for a period [from, to] with both days included (dates are the case's own):
//   受理 accepted      decided_on in the period and status not 'received' or 'rejected' (the
//                      acceptance decision was to accept);
//   不予受理 not acc.  status 'rejected' with decided_on in the period;
//   调解成功 succeeded agreed_on (the agreement took effect) in the period, whatever happened to
//                      the agreement afterwards (review, performance, breach);
//   调解不成 failed    status 'failed' with closed_on in the period;
//   结案 closed        succeeded + failed: an outcome was reached in the period;
//   成功率             succeeded / closed, 0 when nothing was closed; one decimal of a percent;
//   挽回经济损失       sum of mediation_payments.amount_fen with paid_on in the period (money
//                      actually paid, live payments of live cases), in fen;
//   涉及职工人数       sum of worker_count over the accepted cases;
//   集体劳动争议       accepted cases with collective = 1, and the sum of their worker_count;
//   上期未结           accepted before `from` (decided_on < from, status not 'received' or
//                      'rejected') and not closed before `from` (no agreed_on < from, and not
//                      'failed' with closed_on < from);
//   期末未结           the same at the end: accepted on or before `to` and not closed by `to`;
//                      with consistent dates, 期末未结 = 上期未结 + 受理 − 结案;
//   by dispute type (the main type) and by source: accepted, succeeded and recovered as
//                      above, grouped by the case's code.
// A case whose decided_on is missing is not counted as accepted.
class MediationStatistics
{
    Q_DECLARE_TR_FUNCTIONS(MediationStatistics)

public:
    explicit MediationStatistics(Database &db) : m_db(db) {}

    Result<MediationFigures> compute(const StatisticsPeriod &period, const QString &orgUnitPrefix = {}) const;

    // The statements compute() runs, in order, with their bound values: the case figures and the
    // payments, each grouped by (dispute type, source). The code-list names are read with
    // CodeListRepository. Public so the benchmark can run the same SQL in the sqlite3 shell.
    struct Query
    {
        QString sql;
        QVariantList binds;
    };
    static QList<Query> queries(const StatisticsPeriod &period, const QString &orgUnitPrefix);

private:
    Database &m_db;
};

} // namespace ud
