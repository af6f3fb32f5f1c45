#include "cli/CaseImportCommand.h"

#include "cli/CliLogin.h"
#include "cli/CliOptions.h"
#include "cli/RegisterCommands.h"
#include "mediation/CaseRegisterImporter.h"
#include "exchange/TabularFile.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"

#include <QDir>
#include <QFileInfo>

namespace ud {

int runCaseImportCommand(const QStringList &args, const QString &dbPath, CliLogin &login, QTextStream &out,
                         QTextStream &err)
{
    enum Exit { Ok = 0, Negative = 1, Usage = 2, Failed = 3 };
    const auto usage = [&err](const QString &message) {
        err << RegisterCommands::tr("Error: %1").arg(message) << '\n'
            << RegisterCommands::tr("Run \"uniondesk-cli --help\" for the commands.") << '\n';
        return Usage;
    };
    if (const QString option = CliOptions::firstUnknown(args); !option.isEmpty())
        return usage(RegisterCommands::tr("Unknown option %1.").arg(option));
    if (args.size() != 1)
        return usage(CaseImportCommand::tr("import cases needs one file."));
    const QString path = args.first();

    Database db;
    if (Status s = db.open(dbPath, Database::OpenMode::ExistingOnly); !s) {
        err << RegisterCommands::tr("Error: %1").arg(s.error()) << '\n';
        return Failed;
    }
    const auto session = login.signIn(db, CliLogin::Need::EditRecords, QStringLiteral("import cases"));
    if (!session)
        return CliLogin::refuse(err, session.error());
    RecordStore store(db);
    store.setActor(session.value().username);
    // A file that cannot be read as a table is bad input: exit 1 with the reason.
    const auto table = TabularFile::read(path);
    if (!table) {
        out << table.error() << '\n';
        return Negative;
    }
    auto result = CaseRegisterImporter(db, store).importTable(table.value(), QFileInfo(path).fileName());
    if (!result) {
        err << RegisterCommands::tr("Error: %1").arg(result.error()) << '\n';
        return Failed;
    }
    const ImportReport &report = result.value();
    if (!report.ok()) {
        out << report.toText();
        return Negative;
    }
    out << CaseImportCommand::tr("Imported %n mediation case(s) from %1.", nullptr, report.imported).arg(QDir::toNativeSeparators(path))
        << '\n';
    return Ok;
}

} // namespace ud
