#include "cli/MediatorCommand.h"

#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliTable.h"
#include "cli/CliWorkspace.h"
#include "mediation/MediatorCommands.h"

#include <QDate>

namespace ud {

QString MediatorCommand::help() const
{
    return tr("  mediator add NAME --qualification CODE [--sex male|female] [--phone P]\n"
              "           [--employer NAME|CREDIT-CODE] [--workplace TEXT] [--note TEXT]\n"
              "           [--appointed-on DATE] [--appointed-until DATE] [--appointed-by TEXT]\n"
              "                      put a mediator on the register (qualification: union_staff, lawyer,\n"
              "                      legal_worker, hr_professional, volunteer, other; --employer names the\n"
              "                      employer of the register she works for, for the conflict check)\n"
              "  mediator list [--all]\n"
              "                      the register of mediators (active ones; --all: also inactive)");
}

QString MediatorCommand::usageLine() const
{
    return tr("Usage: uniondesk-cli [--db PATH] mediator add|list [options]");
}

CliExit MediatorCommand::usage(CliContext &cli, const QString &message) const
{
    return cli.usage(message, tr("Run \"uniondesk-cli mediator --help\" for the mediator commands."));
}

CliExit MediatorCommand::run(const QStringList &arguments, CliContext &cli)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return usage(cli, tr("mediator needs a command: add or list."));
    const QString command = args.takeFirst();
    if (command == QLatin1String("help")) {
        printHelp(cli.out());
        return CliExit::Ok;
    }
    if (command == QLatin1String("add"))
        return add(args, cli);
    if (command == QLatin1String("list"))
        return list(args, cli);
    return usage(cli, tr("Unknown mediator command \"%1\"; use add or list.").arg(command));
}

CliExit MediatorCommand::add(QStringList args, CliContext &cli)
{
    Mediator m;
    QString employer;
    QString on;
    QString until;
    QString error;
    CliOptions::take(args, QStringLiteral("--qualification"), &m.qualification, &error);
    CliOptions::take(args, QStringLiteral("--sex"), &m.sex, &error);
    CliOptions::take(args, QStringLiteral("--phone"), &m.phone, &error);
    CliOptions::take(args, QStringLiteral("--employer"), &employer, &error);
    CliOptions::take(args, QStringLiteral("--workplace"), &m.workplace, &error);
    CliOptions::take(args, QStringLiteral("--note"), &m.qualificationNote, &error);
    CliOptions::take(args, QStringLiteral("--appointed-on"), &on, &error);
    CliOptions::take(args, QStringLiteral("--appointed-until"), &until, &error);
    CliOptions::take(args, QStringLiteral("--appointed-by"), &m.appointedBy, &error);
    if (!error.isEmpty())
        return usage(cli, error);
    if (const QString option = CliOptions::firstUnknown(args); !option.isEmpty())
        return usage(cli, tr("Unknown option %1.").arg(option));
    if (args.size() != 1)
        return usage(cli, tr("mediator add needs exactly one name (in quotes if it has spaces)."));
    m.name = args.first();
    for (const auto &[text, date] : {std::pair<const QString &, QDate &>(on, m.appointedOn),
                                     std::pair<const QString &, QDate &>(until, m.appointedUntil)}) {
        if (text.isEmpty())
            continue;
        date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return usage(cli, tr("\"%1\" is not a date (YYYY-MM-DD).").arg(text));
    }
    CliWorkspace node;
    if (auto failed = node.open(cli, CliLogin::Need::EditRecords, QStringLiteral("mediator add")))
        return *failed;
    if (!employer.isEmpty()) {
        m.employerId = node.employerId(employer);
        if (m.employerId.isEmpty())
            return cli.fail(tr("No employer named \"%1\" (or with that credit code) on the register; give the "
                               "workplace in words with --workplace.")
                                .arg(employer));
    }
    MediatorCommands commands(node.facade());
    auto id = commands.saveMediator(m, QDate::currentDate());
    if (!id)
        return cli.fail(id.error());
    cli.out() << tr("Added mediator %1 to the register.").arg(m.name.trimmed()) << '\n';
    return CliExit::Ok;
}

CliExit MediatorCommand::list(QStringList args, CliContext &cli)
{
    const bool all = args.removeAll(QStringLiteral("--all")) > 0;
    if (const QString option = CliOptions::firstUnknown(args); !option.isEmpty())
        return usage(cli, tr("Unknown option %1.").arg(option));
    if (!args.isEmpty())
        return usage(cli, tr("mediator list takes no arguments."));
    CliWorkspace node;
    if (auto failed = node.open(cli, CliLogin::Need::AnyAccount, QStringLiteral("mediator list")))
        return *failed;
    MediatorCommands commands(node.facade());
    const QDate today = QDate::currentDate();
    QList<QStringList> rows;
    rows << QStringList{tr("NAME"), tr("QUALIFICATION"), tr("WORKS FOR"), tr("APPOINTED"), tr("UNTIL"),
                        tr("TRAINING HOURS"), tr("STATUS")};
    for (const Mediator &listed : commands.mediators(!all)) {
        const Mediator m = commands.mediator(listed.id).value_or(listed); // with her trainings
        QString status = tr("active");
        if (!m.active)
            status = tr("inactive");
        else if (!m.availableOn(today))
            status = m.appointedUntil.isValid() && m.appointedUntil < today ? tr("appointment ended")
                                                                             : tr("not yet appointed");
        rows << QStringList{m.name,
                            node.codeName(QStringLiteral("mediator_qualification"), m.qualification),
                            m.employerName.isEmpty() ? m.workplace : m.employerName,
                            m.appointedOn.toString(Qt::ISODate),
                            m.appointedUntil.toString(Qt::ISODate),
                            QString::number(m.trainingHours()),
                            status};
    }
    CliTable::print(cli.out(), rows);
    return CliExit::Ok;
}

} // namespace ud
