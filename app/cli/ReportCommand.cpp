#include "cli/ReportCommand.h"

#include "cli/CliContext.h"
#include "cli/CliOptions.h"

#include "core/StatisticsPeriod.h"
#include "mediation/MediationStatistics.h"
#include "mediation/MediationStatisticsExport.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>

#include <optional>

namespace ud {

namespace {

using Format = MediationStatisticsExport::Format;

std::optional<Format> formatOfFile(const QString &path)
{
    return MediationStatisticsExport::formatFromName(QFileInfo(path).suffix());
}

} // namespace

QString ReportCommand::help() const
{
    return tr("  report mediation (--period P | --from DATE --to DATE) --format csv|xlsx|json\n"
              "           [--output FILE] [--org-unit PREFIX]\n"
              "                      mediation statistics of a period (accepted, closed, succeeded,\n"
              "                      success rate, money recovered, workers, by dispute type and source);\n"
              "                      P is 2026, 2026-H1, 2026-Q1 or 2026-03, DATE is yyyy-MM-dd (both days\n"
              "                      included); CSV and JSON go to standard output without --output,\n"
              "                      XLSX needs --output FILE.xlsx; --org-unit counts only the cases of\n"
              "                      organisation units whose code starts with PREFIX");
}

CliExit ReportCommand::run(const QStringList &arguments, CliContext &cli)
{
    QStringList args = arguments;
    QString periodText, fromText, toText, formatText, output, orgUnit, error;
    const bool hasPeriod = CliOptions::take(args, QStringLiteral("--period"), &periodText, &error);
    const bool hasFrom = CliOptions::take(args, QStringLiteral("--from"), &fromText, &error);
    const bool hasTo = CliOptions::take(args, QStringLiteral("--to"), &toText, &error);
    const bool hasFormat = CliOptions::take(args, QStringLiteral("--format"), &formatText, &error);
    const bool hasOutput = CliOptions::take(args, QStringLiteral("--output"), &output, &error);
    CliOptions::take(args, QStringLiteral("--org-unit"), &orgUnit, &error);
    if (!error.isEmpty())
        return cli.usage(error);
    if (const QString option = CliOptions::firstUnknown(args); !option.isEmpty())
        return cli.usage(ReportCommand::tr("Unknown option %1.").arg(option));
    if (args.isEmpty())
        return cli.usage(ReportCommand::tr("report needs what to report: mediation."));
    if (args.first() != QLatin1String("mediation"))
        return cli.usage(ReportCommand::tr("Unknown report \"%1\"; the reports are: mediation.").arg(args.first()));
    if (args.size() > 1)
        return cli.usage(ReportCommand::tr("Unexpected argument \"%1\".").arg(args.at(1)));

    // The period.
    StatisticsPeriod period;
    if (hasPeriod && (hasFrom || hasTo))
        return cli.usage(ReportCommand::tr("Give either --period or --from and --to, not both."));
    if (hasPeriod) {
        auto parsed = StatisticsPeriod::parse(periodText);
        if (!parsed)
            return cli.usage(parsed.error());
        period = parsed.value();
    } else if (hasFrom && hasTo) {
        const QDate from = StatisticsPeriod::parseIsoDate(fromText);
        const QDate to = StatisticsPeriod::parseIsoDate(toText);
        if (!from.isValid())
            return cli.usage(ReportCommand::tr("--from \"%1\" is not a date; write yyyy-MM-dd, e.g. 2026-01-01.").arg(fromText));
        if (!to.isValid())
            return cli.usage(ReportCommand::tr("--to \"%1\" is not a date; write yyyy-MM-dd, e.g. 2026-03-31.").arg(toText));
        if (from > to)
            return cli.usage(ReportCommand::tr("--from %1 is after --to %2.").arg(fromText, toText));
        auto range = StatisticsPeriod::range(from, to);
        if (!range)
            return cli.usage(range.error());
        period = range.value();
    } else if (hasFrom || hasTo) {
        return cli.usage(ReportCommand::tr("--from and --to go together: give both days of the period."));
    } else {
        return cli.usage(ReportCommand::tr("report mediation needs a period: --period 2026-Q1, or --from DATE --to DATE."));
    }

    // The format, and where it goes.
    std::optional<Format> format;
    if (hasFormat) {
        format = MediationStatisticsExport::formatFromName(formatText);
        if (!format)
            return cli.usage(ReportCommand::tr("Unknown format \"%1\"; use csv, xlsx or json.").arg(formatText));
    } else if (hasOutput) {
        format = formatOfFile(output);
    }
    if (!format)
        return cli.usage(ReportCommand::tr("report mediation needs --format csv, xlsx or json."));
    if (*format == Format::Xlsx && !hasOutput)
        return cli.usage(ReportCommand::tr("An Excel report is a file: give --output FILE.xlsx."));
    if (*format == Format::Xlsx && formatOfFile(output) != Format::Xlsx)
        return cli.usage(ReportCommand::tr("An Excel report needs a file name ending in .xlsx: %1").arg(QDir::toNativeSeparators(output)));
    if (hasOutput && QFileInfo(output).isDir())
        return cli.usage(ReportCommand::tr("%1 is a folder; give a file name.").arg(QDir::toNativeSeparators(output)));

    Database db;
    if (Status s = db.open(cli.dbPath(), Database::OpenMode::ExistingOnly); !s)
        return cli.fail(s.error());
    if (const auto session = cli.signIn(db, *this); !session)
        return cli.refuse(session.error());
    auto figures = MediationStatistics(db).compute(period, orgUnit.trimmed());
    if (!figures)
        return cli.fail(figures.error());

    if (!hasOutput) {
        QByteArray bytes = MediationStatisticsExport::bytes(figures.value(), *format);
        if (bytes.startsWith("\xEF\xBB\xBF")) // a byte-order mark only helps Excel open a file
            bytes.remove(0, 3);
        cli.out() << QString::fromUtf8(bytes);
        return CliExit::Ok;
    }
    if (Status s = MediationStatisticsExport::write(figures.value(), *format, output); !s)
        return cli.fail(s.error());
    cli.out() << ReportCommand::tr("Mediation statistics for %1 (%2 to %3) written to %4.")
               .arg(period.label(), period.from().toString(Qt::ISODate), period.to().toString(Qt::ISODate),
                    QDir::toNativeSeparators(output))
        << '\n';
    return CliExit::Ok;
}

} // namespace ud
