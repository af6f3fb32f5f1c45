#include "cli/ExportCommand.h"

#include "cli/CliApp.h"
#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/ImportCommand.h"

#include "register/RegisterExport.h"
#include "register/RegisterRepository.h"
#include "storage/Database.h"
#include "storage/OrgUnitRepository.h"

#include <QDir>
#include <QFileInfo>

namespace ud {

QString ExportCommand::help() const
{
    // Written with the other blocks of --help, hence their translation context.
    return CliApp::tr("  export workers|employers FILE [--district CODE] [--full-id-numbers]\n"
                      "                      write the register's list to FILE (.csv or .xlsx); ID numbers are\n"
                      "                      masked unless --full-id-numbers; worker exports are logged");
}

CliExit ExportCommand::run(const QStringList &arguments, CliContext &cli)
{
    QStringList args = arguments;
    const bool fullIds = args.removeAll(QStringLiteral("--full-id-numbers")) > 0;
    QString area;
    QString error;
    const bool hasArea = CliOptions::take(args, QStringLiteral("--district"), &area, &error);
    if (!error.isEmpty())
        return cli.usage(error);
    if (const QString option = CliOptions::firstUnknown(args); !option.isEmpty())
        return cli.usage(tr("Unknown option %1.").arg(option));
    if (args.size() != 2)
        return cli.usage(tr("export needs what to export (workers or employers) and a file."));
    const auto kind = ImportCommand::kindOf(args.at(0));
    if (!kind)
        return cli.usage(tr("Unknown kind \"%1\"; use workers or employers.").arg(args.at(0)));
    const QString path = args.at(1);
    const QString shown = QDir::toNativeSeparators(path);
    if (TabularFile::formatOf(path) == TabularFile::Format::Unknown)
        return cli.usage(tr("The file name must end in .csv or .xlsx: %1").arg(shown));
    if (fullIds && *kind != RegisterImporter::Kind::Workers)
        return cli.usage(tr("--full-id-numbers applies to workers only."));
    if (QFileInfo::exists(path))
        return cli.fail(tr("%1 already exists; choose a new file name.").arg(shown));

    Database db;
    if (Status s = db.open(cli.dbPath(), Database::OpenMode::ExistingOnly); !s)
        return cli.fail(s.error());
    const auto session = cli.signIn(db, *this);
    if (!session)
        return cli.refuse(session.error());
    if (fullIds && !mayReadFullIdNumbers(session.value().role))
        return cli.refuse(RegisterExport::fullIdNumbersRefused(session.value()));
    QString district;
    QString street;
    if (hasArea) {
        const auto unit = OrgUnitRepository(db).find(area.trimmed());
        if (!unit || (unit->tier != QLatin1String("district") && unit->tier != QLatin1String("street")))
            return cli.usage(tr("--district takes the code of a district or street in the organisation tree, "
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
            return cli.fail(s.error());
        const int count = static_cast<int>(rows.size());
        cli.out() << (fullIds ? tr("Exported %n worker(s) to %1 with full ID numbers.", nullptr, count)
                              : tr("Exported %n worker(s) to %1 (ID numbers masked).", nullptr, count))
                         .arg(shown)
                  << '\n';
        return CliExit::Ok;
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
        return cli.fail(s.error());
    cli.out() << tr("Exported %n employer(s) to %1.", nullptr, static_cast<int>(rows.size())).arg(shown) << '\n';
    return CliExit::Ok;
}

} // namespace ud
