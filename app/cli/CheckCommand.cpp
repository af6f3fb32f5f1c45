#include "cli/CheckCommand.h"

#include "cli/CliContext.h"

#include "storage/Database.h"

#include <QDir>

namespace ud {

QString CheckCommand::help() const
{
    return tr("  check               check integrity, references and the audit chain");
}

CliExit CheckCommand::run(const QStringList &args, CliContext &cli)
{
    if (!args.isEmpty())
        return cli.usage(tr("check takes no arguments."));
    Database db;
    if (Status s = db.open(cli.dbPath(), Database::OpenMode::ExistingOnly); !s)
        return cli.fail(s.error());
    if (const auto session = cli.signIn(db, *this); !session)
        return cli.refuse(session.error());
    const CheckReport report = db.check();
    cli.out() << tr("Database: %1").arg(QDir::toNativeSeparators(db.path())) << '\n'
              << tr("Schema version: %1").arg(report.schemaVersion) << '\n'
              << tr("Audit entries: %1, changes waiting to sync: %2").arg(report.auditEntries).arg(report.outboxPending)
              << '\n';
    if (report.ok()) {
        cli.out() << tr("Check passed: no problems found.") << '\n';
        return CliExit::Ok;
    }
    cli.out() << tr("Check found %n problem(s):", nullptr, static_cast<int>(report.problems.size())) << '\n';
    for (const QString &p : report.problems)
        cli.out() << "  " << p << '\n';
    return CliExit::Negative;
}

} // namespace ud
