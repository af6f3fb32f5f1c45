#include "cli/SyncCommand.h"

#include "cli/CliContext.h"

#include "core/Clock.h"
#include "core/DisplayFormat.h"
#include "storage/Accounts.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "sync/BundleExchange.h"
#include "sync/SyncClient.h"
#include "sync/SyncConflicts.h"
#include "sync/SyncLedger.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>

namespace ud {

QString SyncCommand::help() const
{
    return tr("  sync enroll --hub URL [--certificate FILE]\n"
              "                      ask the hub of the union above to enroll this node (administrators);\n"
              "                      prints the fingerprint to read out to the hub's administrator. FILE:\n"
              "                      the hub's certificate when it is self-signed\n"
              "  sync now            send what changed here to the hub and take what came down\n"
              "  sync status         when sync last worked, what waits, what the hub refused\n"
              "  sync conflicts      records changed at two places, with the fields that differ\n"
              "  sync resolve ID --keep FIELD=local|remote [--keep ...]\n"
              "                      settle a conflict field by field: keep this computer's value\n"
              "                      (local) or the other version's (remote)\n"
              "  sync bundle export FILE  the changes waiting to go up, as a signed bundle for a USB stick\n"
              "  sync bundle ack FILE     take in the hub's acknowledgement bundle");
}

QString SyncCommand::usageLine() const
{
    return tr("Usage: uniondesk-cli [--db PATH] sync enroll --hub URL [--certificate FILE] | now | status | conflicts | "
              "resolve ID --keep FIELD=local|remote");
}

CliExit SyncCommand::run(const QStringList &arguments, CliContext &cli)
{
    QStringList args = arguments;
    const QString hint = tr("Run \"uniondesk-cli sync --help\" for the sync commands.");
    if (args.isEmpty())
        return cli.usage(tr("sync needs a command: enroll, now or status."), hint);
    const QString command = args.takeFirst();
    if (command == QLatin1String("help")) {
        printHelp(cli.out());
        return CliExit::Ok;
    }
    QString hub, certificateFile;
    if (command == QLatin1String("enroll")) {
        while (!args.isEmpty()) {
            const QString option = args.takeFirst();
            if ((option == QLatin1String("--hub") || option == QLatin1String("--certificate")) && !args.isEmpty())
                (option == QLatin1String("--hub") ? hub : certificateFile) = args.takeFirst();
            else
                return cli.usage(tr("Unknown or incomplete option for sync enroll: %1").arg(option), hint);
        }
        if (hub.isEmpty())
            return cli.usage(tr("sync enroll needs the hub's address: --hub https://HOST:PORT"), hint);
    } else if (command == QLatin1String("bundle")) {
        if (args.size() != 2 || (args.at(0) != QLatin1String("export") && args.at(0) != QLatin1String("ack")))
            return cli.usage(tr("sync bundle takes export FILE or ack FILE."), hint);
    } else if (command == QLatin1String("resolve")) {
        if (args.isEmpty())
            return cli.usage(tr("sync resolve needs the conflict's id (see \"uniondesk-cli sync conflicts\")."), hint);
    } else if (command == QLatin1String("now") || command == QLatin1String("status") || command == QLatin1String("conflicts")) {
        if (!args.isEmpty())
            return cli.usage(tr("sync %1 takes no arguments.").arg(command), hint);
    } else {
        return cli.usage(tr("Unknown sync command \"%1\"; use enroll, now, status, conflicts or resolve.").arg(command), hint);
    }

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
    SystemClock clock;
    QNetworkAccessManager network;
    SyncClient client(db, clock, network);

    if (command == QLatin1String("enroll")) {
        if (session.value().role != Role::Administrator)
            return cli.refuse(tr("Only an administrator may enroll this node with a hub."));
        QString pem;
        if (!certificateFile.isEmpty()) {
            QFile f(certificateFile);
            if (!f.open(QIODevice::ReadOnly))
                return cli.fail(tr("The certificate %1 cannot be read: %2").arg(QDir::toNativeSeparators(certificateFile),
                                                                              f.errorString()));
            pem = QString::fromLatin1(f.read(1024 * 1024));
        }
        auto status = client.enroll(hub, pem);
        if (!status)
            return cli.fail(status.error());
        auto keys = client.keys();
        cli.out() << tr("Enrollment of node %1 requested at %2 (status: %3).")
                         .arg(NodeIdentity::load(db)->nodeId, hub, status.value())
                  << '\n';
        if (keys)
            cli.out() << tr("Key fingerprint of this node: %1 — read it out to the hub's administrator, who compares it "
                            "before approving.")
                             .arg(keys.value().fingerprint())
                      << '\n';
        return CliExit::Ok;
    }
    if (command == QLatin1String("now")) {
        const SyncRunResult r = client.runAndWait();
        if (!r.ok) {
            cli.err() << r.message << '\n';
            return r.code == QLatin1String("not_approved") ? CliExit::Negative : CliExit::Failed;
        }
        cli.out() << tr("Sync done: %1 record(s) sent in %2 batch(es), %3 refused, %4 conflict(s); %5 item(s) received.")
                         .arg(DisplayFormat::count(r.pushedRecords))
                         .arg(DisplayFormat::count(r.pushedBatches))
                         .arg(DisplayFormat::count(r.refused))
                         .arg(DisplayFormat::count(r.conflicts))
                         .arg(DisplayFormat::count(r.pulledItems))
                  << '\n';
        return r.refused > 0 || r.conflicts > 0 ? CliExit::Negative : CliExit::Ok;
    }
    if (command == QLatin1String("bundle")) {
        if (args.at(0) == QLatin1String("export")) {
            auto exported = BundleExchange::exportPending(db, clock, args.at(1));
            if (!exported)
                return cli.fail(exported.error());
            if (!exported.value()) {
                cli.out() << tr("Nothing waits to be sent.") << '\n';
                return CliExit::Ok;
            }
            cli.out() << tr("Bundle %1 written: batch %2 with %3 record(s). Take it to the hub; bring back its "
                            "acknowledgement.")
                             .arg(QDir::toNativeSeparators(args.at(1)), exported.value()->batchId)
                             .arg(exported.value()->records)
                      << '\n';
            return CliExit::Ok;
        }
        auto reply = BundleExchange::importAck(db, clock, args.at(1));
        if (!reply)
            return cli.fail(reply.error());
        cli.out() << tr("Acknowledgement taken in: %1 record(s) answered by the hub.").arg(reply.value().results.size()) << '\n';
        return CliExit::Ok;
    }
    if (command == QLatin1String("conflicts")) {
        SyncConflicts conflicts(db, clock);
        const QList<SyncConflict> open = conflicts.open();
        if (open.isEmpty())
            cli.out() << tr("No open conflicts.") << '\n';
        for (const SyncConflict &c : open) {
            cli.out() << tr("%1  %2 %3: this computer's version %4, the other version %5 (kept by every tier: %6)")
                             .arg(c.id, c.table, c.recordId)
                             .arg(c.localVersion)
                             .arg(c.remoteVersion)
                             .arg(c.winner == QLatin1String("local") ? tr("this computer's") : tr("the other"))
                      << '\n';
            for (const QString &f : c.differing)
                cli.out() << QStringLiteral("    %1: local \"%2\" | remote \"%3\"")
                                 .arg(f, c.localValues.value(f).toVariant().toString(), c.remoteValues.value(f).toVariant().toString())
                          << '\n';
        }
        return CliExit::Ok;
    }
    if (command == QLatin1String("resolve")) {
        const QString id = args.takeFirst();
        QHash<QString, QString> choice;
        while (!args.isEmpty()) {
            const QString option = args.takeFirst();
            if (option != QLatin1String("--keep") || args.isEmpty())
                return cli.usage(tr("Unknown or incomplete option for sync resolve: %1").arg(option), hint);
            const QStringList pair = args.takeFirst().split(QLatin1Char('='));
            if (pair.size() != 2)
                return cli.usage(tr("--keep takes FIELD=local or FIELD=remote."), hint);
            choice.insert(pair.at(0), pair.at(1));
        }
        SyncConflicts conflicts(db, clock);
        if (Status s = conflicts.resolve(id, choice, session.value().username); !s)
            return cli.fail(s.error());
        cli.out() << tr("Conflict %1 settled; the record goes up with the next sync.").arg(id) << '\n';
        return CliExit::Ok;
    }
    // status
    SyncLedger ledger(db, clock);
    const SyncOverview o = ledger.overview();
    cli.out() << tr("Hub: %1").arg(o.hubUrl.isEmpty() ? tr("(none: enroll first)") : o.hubUrl) << '\n';
    cli.out() << tr("Enrollment: %1%2").arg(o.enrollment, o.enrolledOrgUnit.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(o.enrolledOrgUnit))
              << '\n';
    cli.out() << tr("Last success: %1").arg(o.lastSuccessAt.isEmpty() ? tr("never") : DisplayFormat::dateTime(QDateTime::fromString(o.lastSuccessAt, Qt::ISODateWithMs)))
              << '\n';
    if (!o.lastError.isEmpty())
        cli.out() << tr("Last error: %1").arg(o.lastError) << '\n';
    cli.out() << tr("Waiting to send: %1 record(s); sent, not yet answered: %2; refused by the hub: %3; open conflicts: %4")
                     .arg(DisplayFormat::count(o.pendingRecords))
                     .arg(DisplayFormat::count(o.inFlightRecords))
                     .arg(DisplayFormat::count(o.quarantined))
                     .arg(DisplayFormat::count(o.openConflicts))
              << '\n';
    for (const QuarantinedRecord &r : ledger.quarantined(50))
        cli.out() << (r.direction == QLatin1String("up") ? tr("  refused by the hub: %1 %2 (version %3): %4")
                                                         : tr("  received but not applied: %1 %2 (version %3): %4"))
                         .arg(r.table, r.recordId)
                         .arg(r.version)
                         .arg(r.reason)
                  << '\n';
    return CliExit::Ok;
}

} // namespace ud
