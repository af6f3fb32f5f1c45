#include "cli/ReceptionCommand.h"

#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliTable.h"
#include "cli/CliWorkspace.h"
#include "mediation/ReceptionCommands.h"

#include <QDate>

namespace ud {

QString ReceptionCommand::help() const
{
    return tr("  reception add --kind CODE --asked TEXT [--date DATE] [--visitor NAME] [--phone P]\n"
              "           [--employer NAME|CREDIT-CODE] [--workers N] [--migrant] [--dispute CODE]\n"
              "           [--answer TEXT] [--outcome CODE] [--handled-by NAME]\n"
              "                      log a consultation or visit that is not a case (kind: consultation,\n"
              "                      phone, document_drafting, complaint, other; outcome: answered,\n"
              "                      case_opened, referred, document_written, other); the date is today\n"
              "                      unless given, the handler the signed-in user\n"
              "  reception list [--from DATE] [--to DATE]\n"
              "                      the reception log, newest first");
}

QString ReceptionCommand::usageLine() const
{
    return tr("Usage: uniondesk-cli [--db PATH] reception add|list [options]");
}

CliExit ReceptionCommand::usage(CliContext &cli, const QString &message) const
{
    return cli.usage(message, tr("Run \"uniondesk-cli reception --help\" for the reception commands."));
}

CliExit ReceptionCommand::run(const QStringList &arguments, CliContext &cli)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return usage(cli, tr("reception needs a command: add or list."));
    const QString command = args.takeFirst();
    if (command == QLatin1String("help")) {
        printHelp(cli.out());
        return CliExit::Ok;
    }
    if (command == QLatin1String("add"))
        return add(args, cli);
    if (command == QLatin1String("list"))
        return list(args, cli);
    return usage(cli, tr("Unknown reception command \"%1\"; use add or list.").arg(command));
}

CliExit ReceptionCommand::add(QStringList args, CliContext &cli)
{
    Reception r;
    QString date;
    QString employer;
    QString workers;
    QString error;
    CliOptions::take(args, QStringLiteral("--kind"), &r.kind, &error);
    CliOptions::take(args, QStringLiteral("--asked"), &r.summary, &error);
    CliOptions::take(args, QStringLiteral("--date"), &date, &error);
    CliOptions::take(args, QStringLiteral("--visitor"), &r.visitorName, &error);
    CliOptions::take(args, QStringLiteral("--phone"), &r.visitorPhone, &error);
    CliOptions::take(args, QStringLiteral("--employer"), &employer, &error);
    CliOptions::take(args, QStringLiteral("--workers"), &workers, &error);
    CliOptions::take(args, QStringLiteral("--dispute"), &r.disputeType, &error);
    CliOptions::take(args, QStringLiteral("--answer"), &r.answer, &error);
    CliOptions::take(args, QStringLiteral("--outcome"), &r.outcome, &error);
    CliOptions::take(args, QStringLiteral("--handled-by"), &r.handledBy, &error);
    r.migrantWorkers = args.removeAll(QStringLiteral("--migrant")) > 0;
    if (!error.isEmpty())
        return usage(cli, error);
    if (const QString option = CliOptions::firstUnknown(args); !option.isEmpty())
        return usage(cli, tr("Unknown option %1.").arg(option));
    if (!args.isEmpty())
        return usage(cli, tr("reception add takes options only (unexpected \"%1\").").arg(args.first()));
    if (r.kind.isEmpty())
        return usage(cli, tr("reception add needs --kind CODE."));
    r.receivedOn = date.isEmpty() ? QDate::currentDate() : QDate::fromString(date, Qt::ISODate);
    if (!r.receivedOn.isValid())
        return usage(cli, tr("\"%1\" is not a date (YYYY-MM-DD).").arg(date));
    if (!workers.isEmpty()) {
        bool ok = false;
        r.workerCount = workers.toInt(&ok);
        if (!ok)
            return usage(cli, tr("--workers needs a number, not \"%1\".").arg(workers));
    }
    CliWorkspace node;
    if (auto failed = node.open(cli, CliLogin::Need::EditRecords, QStringLiteral("reception add")))
        return *failed;
    if (!employer.isEmpty()) {
        r.employerId = node.employerId(employer);
        if (r.employerId.isEmpty())
            r.employerName = employer; // not on the register: kept in words
    }
    if (r.handledBy.isEmpty())
        r.handledBy = node.session().displayName.isEmpty() ? node.session().username : node.session().displayName;
    ReceptionCommands commands(node.facade());
    auto id = commands.saveReception(r, QDate::currentDate());
    if (!id)
        return cli.fail(id.error());
    cli.out() << tr("Logged the reception of %1.").arg(r.receivedOn.toString(Qt::ISODate)) << '\n';
    return CliExit::Ok;
}

CliExit ReceptionCommand::list(QStringList args, CliContext &cli)
{
    QString fromText;
    QString toText;
    QString error;
    CliOptions::take(args, QStringLiteral("--from"), &fromText, &error);
    CliOptions::take(args, QStringLiteral("--to"), &toText, &error);
    if (!error.isEmpty())
        return usage(cli, error);
    if (const QString option = CliOptions::firstUnknown(args); !option.isEmpty())
        return usage(cli, tr("Unknown option %1.").arg(option));
    if (!args.isEmpty())
        return usage(cli, tr("reception list takes no arguments."));
    const QDate from = QDate::fromString(fromText, Qt::ISODate);
    const QDate to = QDate::fromString(toText, Qt::ISODate);
    if ((!fromText.isEmpty() && !from.isValid()) || (!toText.isEmpty() && !to.isValid()))
        return usage(cli, tr("\"%1\" is not a date (YYYY-MM-DD).").arg(from.isValid() || fromText.isEmpty() ? toText : fromText));
    CliWorkspace node;
    if (auto failed = node.open(cli, CliLogin::Need::AnyAccount, QStringLiteral("reception list")))
        return *failed;
    ReceptionCommands commands(node.facade());
    QList<QStringList> rows;
    rows << QStringList{tr("DATE"), tr("KIND"), tr("VISITOR"), tr("EMPLOYER"), tr("WORKERS"), tr("OUTCOME"),
                        tr("CASE"), tr("HANDLED BY"), tr("ASKED")};
    for (const Reception &r : commands.receptions(from, to)) {
        QString asked = r.summary.simplified();
        if (asked.size() > 30)
            asked = asked.left(29) + QChar(0x2026);
        rows << QStringList{r.receivedOn.toString(Qt::ISODate),
                            node.codeName(QStringLiteral("reception_kind"), r.kind),
                            r.visitorShown(),
                            r.employerShown(),
                            QString::number(r.workerCount),
                            node.codeName(QStringLiteral("reception_outcome"), r.outcome),
                            r.caseNo,
                            r.handledBy,
                            asked};
    }
    CliTable::print(cli.out(), rows);
    return CliExit::Ok;
}

} // namespace ud
