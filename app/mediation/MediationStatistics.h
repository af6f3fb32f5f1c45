#pragma once

#include "core/Progress.h"
#include "core/Result.h"
#include "core/StatisticsPeriod.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace ud {

class Database;

// The figures of one dispute type or one source (来源) in a period.
struct MediationGroupFigures
{
    QString code;          // code of list 'dispute_type' or 'case_source'; "" = not recorded
    QString name;          // the list's Chinese name; the code itself when the list lacks it
    int accepted = 0;      // 受理
    int succeeded = 0;     // 调解成功
    qint64 recoveredFen = 0; // 挽回经济损失, by the report's basis (MediationFigures::recoveredBasis)
};

// A count per code of a list (referral kinds, reception kinds) in a period.
struct MediationCountFigures
{
    QString code;
    QString name;
    int fromCases = 0;      // referrals: out of a case; receptions: every visit or call
    int fromReceptions = 0; // referrals: out of a reception that is not (linked to) a case
    int total() const { return fromCases + fromReceptions; }
};

// Which amount the report labels 挽回经济损失 (policy mediation.recovered_basis, [U]).
enum class RecoveredBasis {
    Paid,   // 'paid': 实际履行金额, money paid in the period (the default)
    Agreed, // 'agreed': 协议金额, money agreed in the period
};

// The mediation figures unions report upward (domain.md §1.5 and §7) for one period. See
// MediationStatistics for what each figure counts.
struct MediationFigures
{
    StatisticsPeriod period;
    QString orgUnitPrefix;      // "" = every case in the database
    QString orgUnitName;        // the unit whose code the prefix is ("" if it is no unit's code)

    int pendingAtStart = 0;     // 上期未结
    int accepted = 0;           // 受理
    int notAccepted = 0;        // 不予受理
    int closed = 0;             // 结案 = succeeded + failed
    int succeeded = 0;          // 调解成功
    int failed = 0;             // 调解不成 (closed without agreement, withdrawals not included)
    int pendingAtEnd = 0;       // 期末未结
    qint64 recoveredFen = 0;    // 挽回经济损失: paidFen or agreedFen, as recoveredBasis says
    int workersInvolved = 0;    // 涉及职工人数 (of the accepted cases)
    int collectiveCases = 0;    // 集体劳动争议 (accepted)
    int collectiveWorkers = 0;  // workers of those
    QList<MediationGroupFigures> byDisputeType; // every code of the list, in list order, then others
    QList<MediationGroupFigures> bySource;

    // Added for issue 11 (see MediationStatistics for the definitions).
    RecoveredBasis recoveredBasis = RecoveredBasis::Paid;
    qint64 agreedFen = 0;              // 协议金额
    qint64 paidFen = 0;                // 实际履行金额
    int atSigningCases = 0;            // 当场履行: cases
    qint64 atSigningFen = 0;           // 当场履行: amount
    int withdrawnBeforeAcceptance = 0; // 受理前撤回
    int withdrawnAfterAcceptance = 0;  // 受理后撤回 (in 结案), incl. settledWithdrawn
    int settledWithdrawn = 0;          // of which 和解后撤回
    int migrantCases = 0;              // 涉及农民工 (accepted)
    int migrantWorkers = 0;
    qint64 migrantFen = 0;             // 挽回经济损失 of those cases
    int wageArrearsCases = 0;          // 欠薪 (accepted)
    int wageArrearsWorkers = 0;
    qint64 wageArrearsFen = 0;         // 挽回经济损失 of those cases
    QList<MediationCountFigures> referrals;  // 转介 by referral kind, in list order, then others
    QList<MediationCountFigures> receptions; // 接待 (咨询, 代写文书 …) by reception kind

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
//   调解不成 failed    status 'failed' with closed_on in the period, except withdrawals;
//   受理后撤回         status 'failed' with close_reason 'withdrawal' or 'settled_withdrawn'
//                      (和解后撤回, also shown on its own) and closed_on in the period;
//   受理前撤回         status 'withdrawn' with closed_on in the period (never accepted: not in
//                      受理, 结案 or 成功率);
//   结案 closed        succeeded + failed + withdrawn after acceptance: the case ended in the
//                      period (withdrawals count as closed, not successful [U]);
//   成功率             succeeded / closed, 0 when nothing was closed; one decimal of a percent;
//   实际履行金额       sum of mediation_payments.amount_fen with paid_on in the period (money
//                      actually paid, live payments of live cases), in fen;
//   协议金额           sum of the live agreed lines (mediation_items kind 'agreed') of cases with
//                      agreed_on in the period, plus the amount_change_fen of live 补充协议 with
//                      signed_on in the period;
//   挽回经济损失       one of the two, chosen by policy mediation.recovered_basis ('paid' | 'agreed');
//   当场履行           cases with a live payment marked at_signing paid in the period, and the sum
//                      of those payments;
//   涉及农民工         accepted cases with migrant_workers = 1, their worker_count, and the
//                      挽回经济损失 (by the basis) of such cases in the period;
//   欠薪               the same for accepted cases with a live money line (claim or agreed) of
//                      item 'wage' (拖欠工资（劳动报酬）);
//   转介               live mediation_referrals with referred_on in the period by kind: out of a
//                      (live) case, or out of a reception only;
//   接待               live mediation_receptions with received_on in the period by kind;
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

    // The basis comes from policy mediation.recovered_basis (default 'paid'). `progress` is asked
    // before each statement (statements run, statements in all); when it returns false the
    // computation stops and fails with a message saying it was cancelled.
    Result<MediationFigures> compute(const StatisticsPeriod &period, const QString &orgUnitPrefix = {},
                                     const Progress &progress = {}) const;
    Result<MediationFigures> compute(const StatisticsPeriod &period, const QString &orgUnitPrefix,
                                     RecoveredBasis basis, const Progress &progress = {}) const;

    // Policy mediation.recovered_basis: its key, its values ("paid", "agreed"), and the basis
    // stored in the database (the default when the row is missing or not one of the values).
    static QString recoveredBasisKey();
    static QString basisKey(RecoveredBasis basis);
    static std::optional<RecoveredBasis> basisFromKey(const QString &key);
    RecoveredBasis storedBasis() const;
    // The value to store for mediation.recovered_basis, or why `value` is refused.
    static Result<QString> checkBasis(const QString &value);

    // The statements compute() runs, in order, with their bound values: the case figures and the
    // payments, each grouped by (dispute type, source), then the agreed amounts by (type, source),
    // the withdrawals, the 农民工 and 欠薪 cases, their amounts, 当场履行, the referrals and the
    // receptions (the order of the enum QueryIndex in the .cpp). The code-list names are read with
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
