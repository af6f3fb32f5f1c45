#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace ud {

// `uniondesk-cli report mediation (--period P | --from DATE --to DATE) --format csv|xlsx|json
//  [--output FILE] [--org-unit PREFIX]`
//   The mediation statistics (MediationStatistics) of a period: --period takes 2026, 2026-H1,
//   2026-Q1 or 2026-03; --from/--to take ISO dates (both days included). Without --output the
//   CSV (no byte-order mark) or JSON goes to stdout; XLSX needs --output FILE.xlsx. A file is
//   written to a temporary name and renamed into place (an existing report is replaced).
//   Exit 0: written; 2: wrong command line (bad or missing dates, unknown format...); 3: the
//   database could not be read or the file could not be written (stderr).
//   4: the login was refused (every role may read the statistics).
class ReportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString help() const override;
    std::optional<CliLogin::Need> need() const override { return CliLogin::Need::AnyAccount; }
    CliExit run(const QStringList &args, CliContext &cli) override;
};

} // namespace ud
