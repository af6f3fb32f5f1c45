#include "cli/RegisterCommands.h"

#include "cli/CaseImportCommand.h"
#include "cli/CliLogin.h"
#include "cli/CliOptions.h"

#include "register/RegisterExport.h"
#include "register/RegisterImporter.h"
#include "storage/Database.h"
#include "storage/OrgUnitRepository.h"
#include "storage/RecordStore.h"
#include "register/RegisterRepository.h"

#include <QDir>
#include <QFileInfo>

#include <optional>

namespace ud {

namespace {

enum Exit { Ok = 0, Negative = 1, Usage = 2, Failed = 3 };

int usage(QTextStream &err, const QString &message)
{
    err << RegisterCommands::tr("Error: %1").arg(message) << '\n'
        << RegisterCommands::tr("Run \"uniondesk-cli --help\" for the commands.") << '\n';
    return Usage;
}

int fail(QTextStream &err, const QString &message)
{
    err << RegisterCommands::tr("Error: %1").arg(message) << '\n';
    return Failed;
}

std::optional<RegisterImporter::Kind> kindOf(const QString &word)
{
    if (word == QLatin1String("workers"))
        return RegisterImporter::Kind::Workers;
    if (word == QLatin1String("employers"))
        return RegisterImporter::Kind::Employers;
    return std::nullopt;
}

} // namespace

int runImportCommand(const QStringList &args, const QString &dbPath, CliLogin &login, QTextStream &out, QTextStream &err)
{
    if (!args.isEmpty() && args.first() == QLatin1String("cases"))
        return runCaseImportCommand(args.mid(1), dbPath, login, out, err);
    if (const QString option = CliOptions::firstUnknown(args); !option.isEmpty())
        return usage(err, RegisterCommands::tr("Unknown option %1.").arg(option));
    if (args.size() != 2)
        return usage(err, RegisterCommands::tr("import needs what to import (workers or employers) and a file."));
    const auto kind = kindOf(args.at(0));
    if (!kind)
        return usage(err, RegisterCommands::tr("Unknown kind \"%1\"; use workers or employers.").arg(args.at(0)));
    const QString path = args.at(1);

    Database db;
    if (Status s = db.open(dbPath, Database::OpenMode::ExistingOnly); !s)
        return fail(err, s.error());
    const auto session = login.signIn(db, CliLogin::Need::EditRecords, QStringLiteral("import"));
    if (!session)
        return CliLogin::refuse(err, session.error());
    RecordStore store(db);
    store.setActor(session.value().username);
    // A file that cannot be read as a table (missing, not a spreadsheet, past the import limits)
    // is bad input like a bad row: exit 1 with the reason, never a crash.
    const auto table = TabularFile::read(path);
    if (!table) {
        out << table.error() << '\n';
        return Negative;
    }
    RegisterImporter importer(db, store);
    auto result = importer.importTable(*kind, table.value(), QFileInfo(path).fileName());
    if (!result)
        return fail(err, result.error());
    const ImportReport &report = result.value();
    if (!report.ok()) {
        out << report.toText();
        return Negative;
    }
    const QString shown = QDir::toNativeSeparators(path);
    if (*kind == RegisterImporter::Kind::Workers)
        out << RegisterCommands::tr("Imported %n worker(s) from %1.", nullptr, report.imported).arg(shown) << '\n';
    else
        out << RegisterCommands::tr("Imported %n employer(s) from %1.", nullptr, report.imported).arg(shown) << '\n';
    return Ok;
}

int runExportCommand(const QStringList &arguments, const QString &dbPath, CliLogin &login, QTextStream &out, QTextStream &err)
{
    QStringList args = arguments;
    const bool fullIds = args.removeAll(QStringLiteral("--full-id-numbers")) > 0;
    QString area;
    QString error;
    const bool hasArea = CliOptions::take(args, QStringLiteral("--district"), &area, &error);
    if (!error.isEmpty())
        return usage(err, error);
    if (const QString option = CliOptions::firstUnknown(args); !option.isEmpty())
        return usage(err, RegisterCommands::tr("Unknown option %1.").arg(option));
    if (args.size() != 2)
        return usage(err, RegisterCommands::tr("export needs what to export (workers or employers) and a file."));
    const auto kind = kindOf(args.at(0));
    if (!kind)
        return usage(err, RegisterCommands::tr("Unknown kind \"%1\"; use workers or employers.").arg(args.at(0)));
    const QString path = args.at(1);
    const QString shown = QDir::toNativeSeparators(path);
    if (TabularFile::formatOf(path) == TabularFile::Format::Unknown)
        return usage(err, RegisterCommands::tr("The file name must end in .csv or .xlsx: %1").arg(shown));
    if (fullIds && *kind != RegisterImporter::Kind::Workers)
        return usage(err, RegisterCommands::tr("--full-id-numbers applies to workers only."));
    if (QFileInfo::exists(path))
        return fail(err, RegisterCommands::tr("%1 already exists; choose a new file name.").arg(shown));

    Database db;
    if (Status s = db.open(dbPath, Database::OpenMode::ExistingOnly); !s)
        return fail(err, s.error());
    const auto session = login.signIn(db, CliLogin::Need::AnyAccount, QStringLiteral("export"));
    if (!session)
        return CliLogin::refuse(err, session.error());
    if (fullIds && !mayReadFullIdNumbers(session.value().role))
        return CliLogin::refuse(err, RegisterExport::fullIdNumbersRefused(session.value()));
    QString district;
    QString street;
    if (hasArea) {
        const auto unit = OrgUnitRepository(db).find(area.trimmed());
        if (!unit || (unit->tier != QLatin1String("district") && unit->tier != QLatin1String("street")))
            return usage(err, RegisterCommands::tr("--district takes the code of a district or street in the organisation tree, "
                                    "e.g. 110105; \"%1\" is not one.")
                                  .arg(area));
        (unit->tier == QLatin1String("district") ? district : street) = unit->code;
    }

    const RegisterRepository repo(db);
    constexpr int kPage = 5000;
    if (*kind == RegisterImporter::Kind::Workers) {
        RegisterRepository::WorkerFilter filter;
        filter.district = district;
        filter.street = street;
        QList<Worker> rows;
        RegisterRepository::PageKey key;
        for (;;) {
            const QList<Worker> page = repo.workersPage(filter, RegisterRepository::WorkerSort::Name, Qt::AscendingOrder, key, kPage);
            rows += page;
            if (page.size() < kPage)
                break;
            key = RegisterRepository::workerKey(page.last(), RegisterRepository::WorkerSort::Name);
        }
        if (Status s = RegisterExport::exportWorkers(db, session.value(), rows, path, fullIds); !s)
            return fail(err, s.error());
        out << (fullIds ? RegisterCommands::tr("Exported %n worker(s) to %1 with full ID numbers.", nullptr, static_cast<int>(rows.size()))
                        : RegisterCommands::tr("Exported %n worker(s) to %1 (ID numbers masked).", nullptr, static_cast<int>(rows.size())))
                   .arg(shown)
            << '\n';
        return Ok;
    }
    RegisterRepository::EmployerFilter filter;
    filter.district = district;
    filter.street = street;
    QList<Employer> rows;
    RegisterRepository::PageKey key;
    for (;;) {
        const QList<Employer> page =
            repo.employersPage(filter, RegisterRepository::EmployerSort::Name, Qt::AscendingOrder, key, kPage);
        rows += page;
        if (page.size() < kPage)
            break;
        key = RegisterRepository::employerKey(page.last(), RegisterRepository::EmployerSort::Name);
    }
    if (Status s = RegisterExport::exportEmployers(db, rows, path); !s)
        return fail(err, s.error());
    out << RegisterCommands::tr("Exported %n employer(s) to %1.", nullptr, static_cast<int>(rows.size())).arg(shown) << '\n';
    return Ok;
}

} // namespace ud
