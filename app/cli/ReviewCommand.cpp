#include "cli/ReviewCommand.h"

#include "cli/CliContext.h"
#include "cli/CliOptions.h"

#include "core/Clock.h"
#include "storage/Accounts.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "sync/ReviewClient.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace ud {

QString ReviewCommand::help() const
{
    return tr("  review list [--table T] [--unit CODE] [--state pending|new|changed|returned|all]\n"
              "                      the hub's queue of records from below (reviewers' desktops)\n"
              "  review show TABLE ID  one record as it reached the hub, with its reviews\n"
              "  review decide TABLE ID VERSION approve|return|lock|unlock [--reason TEXT]\n"
              "                      a decision; it reaches the station on its next sync\n"
              "  review duplicates [--all]  people or employers registered by two units with the same\n"
              "                      ID number or credit code\n"
              "  review pair TABLE ID ID same|different  what the two records of a pair are");
}

QString ReviewCommand::usageLine() const
{
    return tr("Usage: uniondesk-cli [--db PATH] review list|show|decide ...");
}

CliExit ReviewCommand::run(const QStringList &arguments, CliContext &cli)
{
    QStringList args = arguments;
    const QString hint = tr("Run \"uniondesk-cli review --help\" for the review commands.");
    if (args.isEmpty())
        return cli.usage(tr("review needs a command: list, show or decide."), hint);
    const QString command = args.takeFirst();
    if (command == QLatin1String("help")) {
        printHelp(cli.out());
        return CliExit::Ok;
    }
    QString table, unit, state, reason, error;
    if (command == QLatin1String("list")) {
        for (const auto &[option, value] : {std::pair{QStringLiteral("--table"), &table}, std::pair{QStringLiteral("--unit"), &unit},
                                            std::pair{QStringLiteral("--state"), &state}})
            if (!CliOptions::take(args, option, value, &error) && !error.isEmpty())
                return cli.usage(error, hint);
        if (!args.isEmpty())
            return cli.usage(tr("Unexpected argument \"%1\".").arg(args.first()), hint);
    } else if (command == QLatin1String("show")) {
        if (args.size() != 2)
            return cli.usage(tr("review show needs TABLE and ID."), hint);
    } else if (command == QLatin1String("duplicates")) {
        const bool all = args.removeAll(QStringLiteral("--all")) > 0;
        state = all ? QStringLiteral("all") : QStringLiteral("open");
        if (!args.isEmpty())
            return cli.usage(tr("Unexpected argument \"%1\".").arg(args.first()), hint);
    } else if (command == QLatin1String("pair")) {
        if (args.size() != 4)
            return cli.usage(tr("review pair needs TABLE, the two ids and same or different."), hint);
    } else if (command == QLatin1String("decide")) {
        if (!CliOptions::take(args, QStringLiteral("--reason"), &reason, &error) && !error.isEmpty())
            return cli.usage(error, hint);
        if (args.size() != 4)
            return cli.usage(tr("review decide needs TABLE, ID, VERSION and the decision."), hint);
    } else {
        return cli.usage(tr("Unknown review command \"%1\"; use list, show, decide, duplicates or pair.").arg(command), hint);
    }

    const QString &path = cli.dbPath();
    if (!QFileInfo::exists(path))
        return cli.fail(tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
    Database db;
    if (Status s = db.open(path, Database::OpenMode::ExistingOnly); !s)
        return cli.fail(s.error());
    const auto session = cli.signIn(db, *this);
    if (!session)
        return cli.refuse(session.error());
    if (session.value().role != Role::Reviewer && session.value().role != Role::Administrator)
        return cli.refuse(tr("Only a reviewer or an administrator may review records."));
    SystemClock clock;
    QNetworkAccessManager network;
    ReviewClient reviews(db, clock, network);
    if (command == QLatin1String("list")) {
        auto items = reviews.queue(table, unit, state, 500);
        if (!items)
            return cli.fail(items.error());
        if (items.value().isEmpty())
            cli.out() << tr("Nothing to review.") << '\n';
        for (const QJsonValue &v : items.value()) {
            const QJsonObject o = v.toObject();
            cli.out() << QStringLiteral("%1  %2  v%3  %4  %5 %6  %7")
                             .arg(o.value(QStringLiteral("state")).toString(), o.value(QStringLiteral("table")).toString())
                             .arg(o.value(QStringLiteral("version")).toInteger())
                             .arg(o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("org_unit")).toString(),
                                  o.value(QStringLiteral("unit_name")).toString(), o.value(QStringLiteral("summary")).toString())
                      << '\n';
        }
        return CliExit::Ok;
    }
    if (command == QLatin1String("show")) {
        auto rec = reviews.record(args.at(0), args.at(1));
        if (!rec)
            return cli.fail(rec.error());
        const QJsonObject values = rec.value().value(QStringLiteral("values")).toObject();
        cli.out() << tr("%1 %2, version %3, unit %4").arg(args.at(0), args.at(1))
                         .arg(rec.value().value(QStringLiteral("version")).toInteger())
                         .arg(rec.value().value(QStringLiteral("org_unit")).toString())
                  << '\n';
        for (auto it = values.begin(); it != values.end(); ++it)
            cli.out() << QStringLiteral("  %1: %2").arg(it.key(), it.value().toVariant().toString()) << '\n';
        for (const QJsonValue &v : rec.value().value(QStringLiteral("reviews")).toArray()) {
            const QJsonObject r = v.toObject();
            cli.out() << tr("  review of version %1: %2 by %3 on %4 %5")
                             .arg(r.value(QStringLiteral("record_version")).toInteger())
                             .arg(r.value(QStringLiteral("decision")).toString(), r.value(QStringLiteral("reviewer")).toString(),
                                  r.value(QStringLiteral("decided_at")).toString().left(10), r.value(QStringLiteral("reason")).toString())
                      << '\n';
        }
        return CliExit::Ok;
    }
    if (command == QLatin1String("duplicates")) {
        auto pairs = reviews.duplicates(state);
        if (!pairs)
            return cli.fail(pairs.error());
        if (pairs.value().isEmpty())
            cli.out() << tr("No possible duplicates.") << '\n';
        for (const QJsonValue &v : pairs.value()) {
            const QJsonObject p = v.toObject();
            const QJsonObject a = p.value(QStringLiteral("a")).toObject(), b = p.value(QStringLiteral("b")).toObject();
            cli.out() << QStringLiteral("%1  %2 %3 (%4 %5)  |  %6 %7 (%8 %9)  %10")
                             .arg(p.value(QStringLiteral("table")).toString(), a.value(QStringLiteral("id")).toString(),
                                  a.value(QStringLiteral("summary")).toString(), a.value(QStringLiteral("unit_name")).toString(),
                                  a.value(QStringLiteral("key")).toString(), b.value(QStringLiteral("id")).toString(),
                                  b.value(QStringLiteral("summary")).toString(), b.value(QStringLiteral("unit_name")).toString(),
                                  b.value(QStringLiteral("key")).toString())
                             .arg(p.value(QStringLiteral("outcome")).toString())
                      << '\n';
        }
        return CliExit::Ok;
    }
    if (command == QLatin1String("pair")) {
        auto judged = reviews.judgeDuplicate(args.at(0), args.at(1), args.at(2), args.at(3));
        if (!judged)
            return cli.fail(judged.error());
        cli.out() << tr("Recorded: %1.").arg(args.at(3)) << '\n';
        return CliExit::Ok;
    }
    bool ok = false;
    const qint64 version = args.at(2).toLongLong(&ok);
    if (!ok || version < 1)
        return cli.usage(tr("VERSION is the version you reviewed, a number such as 3."), hint);
    auto decided = reviews.decide(args.at(0), args.at(1), version, args.at(3), reason);
    if (!decided)
        return cli.fail(decided.error());
    cli.out() << tr("Decision recorded (%1); it reaches the station on its next sync.").arg(args.at(3)) << '\n';
    return CliExit::Ok;
}

} // namespace ud
