#include "cli/PolicyCommand.h"

#include "cli/CliContext.h"
#include "cli/CliOptions.h"

#include "mediation/DeadlinePolicy.h"
#include "mediation/MediationStatistics.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/RecordStore.h"

namespace ud {

namespace {

// The rules of every module that reads policy values, by key.
PolicyRepository::Rules rules()
{
    return [deadlines = DeadlinePolicy::rules()](const QString &key, const QString &value) -> Result<QString> {
        if (key == MediationStatistics::recoveredBasisKey())
            return MediationStatistics::checkBasis(value);
        return deadlines(key, value);
    };
}

// domain.md tags the numbers the law fixes [P]: they are not policy an administrator may change.
bool fixedByLaw(const PolicyValue &v)
{
    return v.note.trimmed().startsWith(QLatin1String("[P]"));
}

} // namespace

QString PolicyCommand::help() const
{
    return tr("  policy list [PREFIX]\n"
              "                      the policy values (key, value, where the number comes from)\n"
              "  policy set KEY VALUE [--reason R]\n"
              "                      change a policy value, e.g. mediation.recovered_basis agreed (the\n"
              "                      amount the statistics label as economic loss recovered: paid or\n"
              "                      agreed); values fixed by law ([P]) cannot be changed");
}

QString PolicyCommand::usageLine() const
{
    return tr("Usage: uniondesk-cli [--db PATH] policy list|set ...");
}

CliExit PolicyCommand::run(const QStringList &arguments, CliContext &cli)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return cli.usage(tr("policy needs a command: list or set."));
    const QString command = args.takeFirst();
    if (command == QLatin1String("list"))
        return list(args, cli);
    if (command == QLatin1String("set"))
        return set(args, cli);
    return cli.usage(tr("Unknown policy command \"%1\"; use list or set.").arg(command));
}

CliExit PolicyCommand::list(QStringList args, CliContext &cli)
{
    if (const QString option = CliOptions::firstUnknown(args); !option.isEmpty())
        return cli.usage(tr("Unknown option %1.").arg(option));
    if (args.size() > 1)
        return cli.usage(tr("Unexpected argument \"%1\".").arg(args.at(1)));
    Database db;
    if (Status s = db.open(cli.dbPath(), Database::OpenMode::ExistingOnly); !s)
        return cli.fail(s.error());
    if (const auto session = cli.signIn(db, *this); !session)
        return cli.refuse(session.error());
    RecordStore store(db);
    for (const PolicyValue &v : PolicyRepository(db, store).values(args.value(0)))
        cli.out() << v.key << '\t' << v.value << '\t' << v.note << '\n';
    return CliExit::Ok;
}

CliExit PolicyCommand::set(QStringList args, CliContext &cli)
{
    QString reason, error;
    CliOptions::take(args, QStringLiteral("--reason"), &reason, &error);
    if (!error.isEmpty())
        return cli.usage(error);
    if (const QString option = CliOptions::firstUnknown(args); !option.isEmpty())
        return cli.usage(tr("Unknown option %1.").arg(option));
    if (args.size() != 2)
        return cli.usage(tr("policy set needs a key and a value, e.g. policy set mediation.recovered_basis agreed."));
    const QString key = args.at(0).trimmed();
    const QString value = args.at(1);

    Database db;
    if (Status s = db.open(cli.dbPath(), Database::OpenMode::ExistingOnly); !s)
        return cli.fail(s.error());
    const auto session = cli.signIn(db, *this);
    if (!session)
        return cli.refuse(session.error());
    RecordStore store(db);
    store.setActor(session.value().username);
    PolicyRepository policies(db, store, rules());
    const auto existing = policies.find(key);
    if (!existing)
        return cli.usage(tr("Unknown policy key \"%1\"; \"uniondesk-cli policy list\" shows the keys.").arg(key));
    if (fixedByLaw(*existing))
        return cli.usage(tr("%1 is fixed by law (%2) and cannot be changed.").arg(key, existing->note));
    // A value the rules refuse is a wrong command line; checked before anything is written.
    if (const auto checked = rules()(key, value); !checked)
        return cli.usage(checked.error());
    if (reason.trimmed().isEmpty())
        reason = tr("Set with uniondesk-cli policy set");
    const auto changed = policies.setValue(key, value, existing->version, reason);
    if (!changed)
        return cli.fail(changed.error());
    cli.out() << tr("%1 is now %2 (was %3).").arg(key, changed.value().value, existing->value) << '\n';
    return CliExit::Ok;
}

} // namespace ud
