#include "cli/CaseImportCommand.h"

#include "cli/CliApp.h"
#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/ImportCommand.h"

#include "exchange/TabularFile.h"
#include "mediation/CaseRegisterImporter.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"

#include <QDir>
#include <QFileInfo>

namespace ud {

QString CaseImportCommand::help() const
{
    // Written with the other blocks of --help, hence their translation context.
    return CliApp::tr("  import cases FILE   import an existing register of mediation cases (.csv, .txt or .xlsx;\n"
                      "                      columns in docs/import-cases.md), all rows or none, like the register");
}

CliExit CaseImportCommand::run(const QStringList &args, CliContext &cli)
{
    if (const QString option = CliOptions::firstUnknown(args); !option.isEmpty())
        return cli.usage(ImportCommand::tr("Unknown option %1.").arg(option));
    if (args.size() != 1)
        return cli.usage(tr("import cases needs one file."));
    const QString path = args.first();

    Database db;
    if (Status s = db.open(cli.dbPath(), Database::OpenMode::ExistingOnly); !s)
        return cli.fail(s.error());
    const auto session = cli.signIn(db, *this);
    if (!session)
        return cli.refuse(session.error());
    RecordStore store(db);
    store.setActor(session.value().username);
    // A file that cannot be read as a table is bad input: exit 1 with the reason.
    const auto table = TabularFile::read(path);
    if (!table) {
        cli.out() << table.error() << '\n';
        return CliExit::Negative;
    }
    auto result = CaseRegisterImporter(db, store).importTable(table.value(), QFileInfo(path).fileName());
    if (!result)
        return cli.fail(result.error());
    const ImportReport &report = result.value();
    if (!report.ok()) {
        cli.out() << report.toText();
        return CliExit::Negative;
    }
    cli.out() << tr("Imported %n mediation case(s) from %1.", nullptr, report.imported).arg(QDir::toNativeSeparators(path))
              << '\n';
    return CliExit::Ok;
}

} // namespace ud
