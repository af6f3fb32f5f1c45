#pragma once

#include "core/Result.h"
#include "mediation/MediationStatistics.h"
#include "exchange/TabularFile.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace ud {

// MediationFigures as a sheet (CSV or XLSX) or as JSON.
//
// The sheet has two columns, figure and value, in the order unions quote them, then a block per
// dispute type and per source (name, code, accepted, succeeded, recovered in yuan), a block of
// referrals by kind (name, code, from cases, from receptions, total) and one of receptions by
// kind (name, code, count). The row of 挽回经济损失 names its basis (amount paid or agreed); the
// other amount follows under its own name. Labels are
// translated (English source strings; the zh_CN catalogue gives the Chinese report headings);
// amounts are yuan with two decimals and thousands separators as everywhere in the program
// ("63,000.10"), 万元 rounded half up ("6.30", "1,234.57"), the success rate in percent with one
// decimal ("75.0"); the groups are named in words (书面申请), their codes follow in the next
// column for matching periods (the desktop does not show them).
//
// The JSON has stable English keys, whatever the language: period, from, to, org_unit,
// pending_at_start, accepted, not_accepted, closed, succeeded, failed, success_rate (percent,
// one decimal), recovered_fen (integer), recovered_yuan and recovered_wan_yuan (text),
// workers_involved, collective_cases, collective_workers, pending_at_end, by_dispute_type and
// by_source (arrays of {code, name, accepted, succeeded, recovered_fen}); amounts in JSON are
// plain (recovered_yuan "63000.10", recovered_wan_yuan "6.30"); recovered_basis
// ("paid" | "agreed"), agreed_fen, paid_fen, at_signing_cases, at_signing_fen,
// withdrawn_before_acceptance, withdrawn_after_acceptance, settled_withdrawn, migrant_cases,
// migrant_workers, migrant_fen, wage_arrears_cases, wage_arrears_workers, wage_arrears_fen,
// referrals (array of {code, name, count, from_cases, from_receptions}) and receptions (array
// of {code, name, count}); keys are sorted.
class MediationStatisticsExport
{
    Q_DECLARE_TR_FUNCTIONS(MediationStatisticsExport)

public:
    enum class Format { Csv, Xlsx, Json };
    // "csv", "xlsx", "json" (any case); std::nullopt otherwise.
    static std::optional<Format> formatFromName(const QString &name);

    static Table table(const MediationFigures &figures);
    static QByteArray json(const MediationFigures &figures);
    // Bytes of the file or stream for Csv (UTF-8 with BOM, as TabularFile writes it) and Json.
    static QByteArray bytes(const MediationFigures &figures, Format format);

    // Writes `path` through a temporary file renamed into place, so a failed write leaves no
    // partial report (and an older report of that name untouched). XLSX needs a .xlsx name.
    static Status write(const MediationFigures &figures, Format format, const QString &path);

    // The label of the 挽回经济损失 row for a basis, and of the row with the other amount.
    static QString recoveredLabel(RecoveredBasis basis);
    static QString otherAmountLabel(RecoveredBasis basis);

    // 万元 with two decimals, rounded half up, without grouping: "7177.00" (for the JSON).
    static QString plainWanYuan(qint64 fen);
};

} // namespace ud
