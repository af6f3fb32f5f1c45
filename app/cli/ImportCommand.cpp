#include "cli/ImportCommand.h"

#include "cli/CliApp.h"
#include "cli/CliContext.h"
#include "cli/CliOptions.h"

#include "storage/Database.h"
#include "storage/RecordStore.h"

#include <QDir>
#include <QFileInfo>

namespace ud {

std::optional<RegisterImporter::Kind> ImportCommand::kindOf(const QString &word)
{
    if (word == QLatin1String("workers"))
        return RegisterImporter::Kind::Workers;
    if (word == QLatin1String("employers"))
        return RegisterImporter::Kind::Employers;
    return std::nullopt;
}

QString ImportCommand::help() const
{
    // Written with the other blocks of --help, hence their translation context.
    return CliApp::tr("  import workers|employers FILE\n"
                      "                      check every row of FILE (.csv, .txt or .xlsx) and import all rows,\n"
                      "                      or none and list the problems row by row (exit 1)");
}

CliExit ImportCommand::run(const QStringList &args, CliContext &cli)
{
    if (const QString option = CliOptions::firstUnknown(args); !option.isEmpty())
        return cli.usage(tr("Unknown option %1.").arg(option));
    if (args.size() != 2)
        return cli.usage(tr("import needs what to import (workers or employers) and a file."));
    const auto kind = kindOf(args.at(0));
    if (!kind)
        return cli.usage(tr("Unknown kind \"%1\"; use workers or employers.").arg(args.at(0)));
    const QString path = args.at(1);

    Database db;
    if (Status s = db.open(cli.dbPath(), Database::OpenMode::ExistingOnly); !s)
        return cli.fail(s.error());
    const auto session = cli.signIn(db, *this);
    if (!session)
        return cli.refuse(session.error());
    RecordStore store(db);
    store.setActor(session.value().username);
    // A file that cannot be read as a table (missing, not a spreadsheet, past the import limits)
    // is bad input like a bad row: exit 1 with the reason, never a crash.
    const auto table = TabularFile::read(path);
    if (!table) {
        cli.out() << table.error() << '\n';
        return CliExit::Negative;
    }
    RegisterImporter importer(db, store);
    auto result = importer.importTable(*kind, table.value(), QFileInfo(path).fileName());
    if (!result)
        return cli.fail(result.error());
    const ImportReport &report = result.value();
    if (!report.ok()) {
        cli.out() << report.toText();
        return CliExit::Negative;
    }
    const QString shown = QDir::toNativeSeparators(path);
    if (*kind == RegisterImporter::Kind::Workers)
        cli.out() << tr("Imported %n worker(s) from %1.", nullptr, report.imported).arg(shown) << '\n';
    else
        cli.out() << tr("Imported %n employer(s) from %1.", nullptr, report.imported).arg(shown) << '\n';
    return CliExit::Ok;
}

} // namespace ud
