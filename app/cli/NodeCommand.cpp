#include "cli/NodeCommand.h"

#include "cli/CliContext.h"

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"

#include <QDir>
#include <QFileInfo>

namespace ud {

QString NodeCommand::help() const
{
    return tr("  node show           show the node and the body that issues its mediation documents\n"
              "  node set-body NAME  set the issuing body of the mediation documents (e.g. a\n"
              "                      劳动争议调解委员会, 调解室 or 调解中心); \"\" goes back to the name made\n"
              "                      from the node's organisation unit");
}

QString NodeCommand::usageLine() const
{
    return tr("Usage: uniondesk-cli [--db PATH] node show|set-body NAME");
}

CliExit NodeCommand::run(const QStringList &arguments, CliContext &cli)
{
    QStringList args = arguments;
    const QString hint = tr("Run \"uniondesk-cli node --help\" for the node commands.");
    if (args.isEmpty())
        return cli.usage(tr("node needs a command: show or set-body."), hint);
    const QString command = args.takeFirst();
    if (command == QLatin1String("help")) {
        printHelp(cli.out());
        return CliExit::Ok;
    }
    const bool show = command == QLatin1String("show");
    const bool setBody = command == QLatin1String("set-body");
    if (!show && !setBody)
        return cli.usage(tr("Unknown node command \"%1\"; use show or set-body.").arg(command), hint);
    if (show && !args.isEmpty())
        return cli.usage(tr("node show takes no arguments."), hint);
    if (setBody && args.size() != 1)
        return cli.usage(tr("node set-body needs exactly one name (in quotes if it has spaces; \"\" to clear it)."), hint);

    const QString &path = cli.dbPath();
    if (!QFileInfo::exists(path))
        return cli.fail(tr("%1 does not exist; create the node first with \"uniondesk-cli init\".")
                            .arg(QDir::toNativeSeparators(path)));
    Database db;
    if (Status s = db.open(path, Database::OpenMode::ExistingOnly); !s)
        return cli.fail(s.error());
    if (!NodeIdentity::load(db))
        return cli.fail(tr("%1 has not been set up as a node yet.").arg(QDir::toNativeSeparators(path)));
    const auto session = cli.signIn(db, *this);
    if (!session)
        return cli.refuse(session.error());
    if (setBody) {
        SystemClock clock;
        if (Status s = NodeIdentity::setMediationBody(db, args.first(), session.value().username, clock); !s)
            return cli.fail(s.error());
    }
    const std::optional<NodeInfo> node = NodeIdentity::load(db);
    if (!node)
        return cli.fail(tr("%1 has not been set up as a node yet.").arg(QDir::toNativeSeparators(path)));
    cli.out() << tr("Node: %1 (%2), organisation unit %3 %4, tier %5")
                     .arg(node->displayName, node->nodeId, node->orgUnit, node->orgUnitName, tierDisplayName(node->tier))
              << '\n';
    cli.out() << tr("Issuing body of the mediation documents: %1%2")
                     .arg(NodeIdentity::issuingBody(*node),
                          node->mediationBody.isEmpty() ? tr(" (made from the organisation unit; not set)") : QString())
              << '\n';
    return CliExit::Ok;
}

} // namespace ud
