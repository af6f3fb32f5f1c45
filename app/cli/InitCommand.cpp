#include "cli/InitCommand.h"

#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/PendingFile.h"
#include "cli/UserCommand.h"

#include "core/Clock.h"
#include "storage/Accounts.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/OrgUnitRepository.h"
#include "storage/RecordStore.h"

#include <QDir>
#include <QFileInfo>

namespace ud {

QString InitCommand::help() const
{
    return tr("  init --org CODE [--tier TIER] [--name NAME] [--admin USER [--password-stdin]]\n"
              "                      create a node database for an organisation unit; with --admin,\n"
              "                      also an administrator whose generated password is printed once\n"
              "                      (or whose password is read from the first line of standard input)");
}

CliExit InitCommand::run(const QStringList &arguments, CliContext &cli)
{
    QStringList args = arguments;
    QString org;
    QString tierText;
    QString name;
    QString admin;
    QString error;
    const bool hasOrg = CliOptions::take(args, QStringLiteral("--org"), &org, &error);
    if (!error.isEmpty())
        return cli.usage(error);
    CliOptions::take(args, QStringLiteral("--tier"), &tierText, &error);
    CliOptions::take(args, QStringLiteral("--name"), &name, &error);
    CliOptions::take(args, QStringLiteral("--admin"), &admin, &error);
    const bool passwordFromStdin = args.removeAll(QStringLiteral("--password-stdin")) > 0;
    if (!error.isEmpty())
        return cli.usage(error);
    if (passwordFromStdin && admin.isEmpty())
        return cli.usage(tr("--password-stdin sets the password of --admin USER; give --admin too."));
    if (!CliOptions::firstUnknown(args).isEmpty())
        return cli.usage(tr("Unknown option %1.").arg(CliOptions::firstUnknown(args)));
    if (!args.isEmpty())
        return cli.usage(tr("Unexpected argument \"%1\".").arg(args.first()));
    if (!hasOrg)
        return cli.usage(tr("init needs --org CODE (the organisation unit's code, e.g. 110105015)."));
    std::optional<Tier> tier;
    if (!tierText.isEmpty()) {
        tier = tierFromKey(tierText);
        if (!tier)
            return cli.usage(tr("Unknown tier \"%1\"; use city, district, street, enterprise or industry.").arg(tierText));
    }
    const QString &path = cli.dbPath();
    if (QFileInfo::exists(path))
        return cli.fail(tr("%1 already exists; a node database is created only once.").arg(QDir::toNativeSeparators(path)));

    QString adminPassword;
    if (passwordFromStdin) {
        auto read = readPasswordFromStdin();
        if (!read)
            return cli.fail(read.error());
        if (Status s = PasswordHasher::checkPassword(read.value()); !s)
            return cli.fail(s.error());
        adminPassword = read.value();
    }

    SystemClock clock;
    PendingFile pending(path);
    NodeInfo node;
    {
        Database db;
        if (Status s = db.open(pending.temp(), Database::OpenMode::CreateIfMissing); !s)
            return cli.fail(s.error());
        const auto unit = OrgUnitRepository(db).find(org);
        if (!unit)
            return cli.fail(tr("The organisation unit %1 is not in the organisation tree.").arg(org));
        if (!tier)
            tier = tierFromKey(unit->tier);
        auto created = NodeIdentity::initialize(db, org, tier.value_or(Tier::Street), name, clock);
        if (!created)
            return cli.fail(created.error());
        node = created.value();
        if (!admin.isEmpty()) {
            RecordStore store(db, &clock);
            store.setActor(QStringLiteral("setup")); // as the desktop's setup wizard
            if (!passwordFromStdin)
                adminPassword = PasswordHasher::generatePassword();
            auto user = Accounts(store).addUser(admin, tr("Administrator"), Role::Administrator, adminPassword);
            if (!user)
                return cli.fail(user.error());
        }
    }
    if (Status s = pending.commit(); !s)
        return cli.fail(s.error());
    cli.out() << tr("Created node database %1").arg(QDir::toNativeSeparators(path)) << '\n'
              << tr("Node: %1 (%2), organisation unit %3 %4, tier %5")
                     .arg(node.displayName, node.nodeId, node.orgUnit, node.orgUnitName, tierDisplayName(node.tier))
              << '\n';
    if (!admin.isEmpty() && passwordFromStdin)
        cli.out() << tr("Administrator \"%1\" created with the password from standard input.").arg(admin) << '\n';
    else if (!admin.isEmpty())
        cli.out() << tr("Administrator \"%1\", password: %2 (shown once; change it after the first login)")
                         .arg(admin, adminPassword)
                  << '\n';
    return CliExit::Ok;
}

} // namespace ud
