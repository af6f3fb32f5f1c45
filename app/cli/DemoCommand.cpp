#include "cli/DemoCommand.h"

#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/PendingFile.h"

#include "core/Clock.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"

#include <QDir>
#include <QFileInfo>

namespace ud {

QString DemoCommand::help() const
{
    return tr("  demo [--size N] [--seed S]\n"
              "                      add deterministic demo data (N workers, N/4 employers); on a PATH\n"
              "                      that does not exist, first create a complete demo node and print\n"
              "                      its administrator password")
           + QLatin1Char('\n')
           + tr("                      and N/20 mediation cases across every status of the lifecycle,\n"
                "                      received over the 18 months before today");
}

CliExit DemoCommand::run(const QStringList &arguments, CliContext &cli)
{
    QStringList args = arguments;
    QString sizeText = QStringLiteral("200");
    QString seedText = QStringLiteral("1");
    QString error;
    CliOptions::take(args, QStringLiteral("--size"), &sizeText, &error);
    CliOptions::take(args, QStringLiteral("--seed"), &seedText, &error);
    if (!error.isEmpty())
        return cli.usage(error);
    if (!CliOptions::firstUnknown(args).isEmpty())
        return cli.usage(tr("Unknown option %1.").arg(CliOptions::firstUnknown(args)));
    if (!args.isEmpty())
        return cli.usage(tr("Unexpected argument \"%1\".").arg(args.first()));
    bool okSize = false;
    bool okSeed = false;
    DemoOptions options;
    options.size = sizeText.toInt(&okSize);
    options.seed = seedText.toULongLong(&okSeed);
    if (!okSize || options.size < 0 || options.size > 1000000)
        return cli.usage(tr("--size takes a whole number from 0 to 1000000."));
    if (!okSeed)
        return cli.usage(tr("--seed takes a whole number."));

    SystemClock clock;
    const QString &path = cli.dbPath();
    const bool fresh = !QFileInfo::exists(path);
    std::optional<PendingFile> pending;
    if (fresh)
        pending.emplace(path);
    DemoNode node;
    DemoSummary summary;
    {
        Database db;
        if (Status s = fresh ? db.open(pending->temp(), Database::OpenMode::CreateIfMissing)
                             : db.open(path, Database::OpenMode::ExistingOnly);
            !s)
            return cli.fail(s.error());
        if (!fresh) {
            // Adding invented people to a working database is an administrator's decision.
            const auto session = cli.signIn(db, *this);
            if (!session)
                return cli.refuse(session.error());
        }
        RecordStore store(db, &clock);
        store.setActor(QStringLiteral("demo"));
        Database::Transaction all(db); // all or nothing
        if (!all.isActive())
            return cli.fail(all.error());
        if (fresh) {
            auto created = DemoGenerator::createNode(db, store, clock);
            if (!created)
                return cli.fail(created.error());
            node = created.value();
        }
        auto filled = DemoGenerator(db, store, &clock).fill(options);
        if (!filled)
            return cli.fail(filled.error());
        if (Status s = all.commit(); !s)
            return cli.fail(s.error());
        summary = filled.value();
    }
    if (fresh) {
        if (Status s = pending->commit(); !s)
            return cli.fail(s.error());
    }
    if (fresh)
        cli.out() << tr("Created demo node %1 for %2").arg(QDir::toNativeSeparators(path), node.node.orgUnitName) << '\n'
                  << tr("Administrator \"%1\", password: %2").arg(node.adminUser, node.adminPassword) << '\n';
    cli.out() << tr("Demo data (seed %1): %2 employers and %3 workers added (%4 and %5 already present), "
                    "%6 enterprise unions, %7 user accounts")
                     .arg(options.seed)
                     .arg(summary.employersCreated)
                     .arg(summary.workersCreated)
                     .arg(summary.employersAlreadyThere)
                     .arg(summary.workersAlreadyThere)
                     .arg(summary.orgUnitsCreated)
                     .arg(summary.usersCreated)
              << '\n'
              << tr("Mediation cases: %1 added (%2 already present)").arg(summary.casesCreated).arg(summary.casesAlreadyThere)
              << '\n';
    return CliExit::Ok;
}

} // namespace ud
