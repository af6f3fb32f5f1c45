#include "cli/CaseMoveCommand.h"

#include "cli/CliApp.h"
#include "cli/CliContext.h"
#include "cli/CliOptions.h"

#include "commands/CommandFacade.h"
#include "mediation/MediationCommands.h"
#include "mediation/MediationDeadlines.h"
#include "mediation/MediationRepository.h"
#include "mediation/MediationStateMachine.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"


namespace ud {

QString CaseMoveCommand::help() const
{
    // Written with the other blocks of --help, hence their translation context.
    return CliApp::tr("  case move CASE_NO --to STATUS --on DATE [--reason TEXT] [--close-reason CODE]\n"
                      "            [--reason-code CODE] [--override REASON]\n"
                      "                      change a mediation case's status (received, accepted, rejected,\n"
                      "                      withdrawn, in_mediation, agreed, failed, arbitration_review,\n"
                      "                      judicial_confirmation, performing, performed, breached) by the\n"
                      "                      rules of the status dialog; a move with warnings needs --override");
}

CliExit CaseMoveCommand::run(const QStringList &arguments, CliContext &cli)
{
    QStringList args = arguments;
    QString toText, onText, reason, closeReason, reasonCode, overrideReason, error;
    const bool hasTo = CliOptions::take(args, QStringLiteral("--to"), &toText, &error);
    const bool hasOn = CliOptions::take(args, QStringLiteral("--on"), &onText, &error);
    CliOptions::take(args, QStringLiteral("--reason"), &reason, &error);
    CliOptions::take(args, QStringLiteral("--close-reason"), &closeReason, &error);
    CliOptions::take(args, QStringLiteral("--reason-code"), &reasonCode, &error);
    const bool hasOverride = CliOptions::take(args, QStringLiteral("--override"), &overrideReason, &error);
    if (!error.isEmpty())
        return cli.usage(error);
    if (const QString option = CliOptions::firstUnknown(args); !option.isEmpty())
        return cli.usage(tr("Unknown option %1.").arg(option));
    if (args.size() != 1)
        return cli.usage(tr("case move needs one case number."));
    if (!hasTo || !hasOn)
        return cli.usage(tr("case move needs the new status (--to) and its date (--on)."));
    const auto to = MediationStateMachine::statusFromKey(toText.trimmed());
    if (!to)
        return cli.usage(tr("Unknown status \"%1\".").arg(toText));
    const QDate on = QDate::fromString(onText.trimmed(), Qt::ISODate);
    if (!on.isValid())
        return cli.usage(tr("--on \"%1\" is not a date; write yyyy-MM-dd, e.g. 2026-03-02.").arg(onText));
    if (hasOverride && overrideReason.trimmed().isEmpty())
        return cli.usage(tr("--override needs the reason for going ahead despite the warning."));

    Database db;
    if (Status s = db.open(cli.dbPath(), Database::OpenMode::ExistingOnly); !s)
        return cli.fail(s.error());
    const auto session = cli.signIn(db, *this);
    if (!session)
        return cli.refuse(session.error());

    const QString caseId = MediationRepository(db).caseIdByNumber(args.first());
    if (caseId.isEmpty())
        return cli.usage(tr("There is no case numbered %1.").arg(args.first()));
    const auto current = MediationRepository(db).fullCase(caseId);
    if (!current)
        return cli.fail(tr("The cases could not be read."));

    RecordStore store(db);
    store.setActor(session.value().username);
    CommandFacade facade(store);
    MediationCommands commands(facade);
    auto calendar = commands.calendar().load();
    const MediationDeadlines deadlines(calendar ? calendar.take() : WorkCalendar(), commands.deadlinePolicy());

    MediationStateMachine::Request request;
    request.to = *to;
    request.on = on;
    request.reason = reason.trimmed();
    request.closeReason = closeReason.trimmed();
    request.reasonCode = reasonCode.trimmed();
    request.overrideReason = overrideReason.trimmed();
    const QDate today = QDate::currentDate();
    const MediationStateMachine::Limits limits = deadlines.limits(*current);
    const QStringList warnings = MediationStateMachine::assess(*current, request, today, limits).warnings;
    if (const Status s = commands.transition(caseId, current->version, request, today, limits); !s) {
        cli.out() << s.error() << '\n';
        if (!warnings.isEmpty() && request.overrideReason.isEmpty())
            cli.out() << tr("Give the reason with --override REASON to go ahead.") << '\n';
        return CliExit::Negative;
    }
    for (const QString &w : warnings)
        cli.out() << tr("Warning overridden: %1").arg(w) << '\n';
    cli.out() << tr("Case %1 is now \"%2\".").arg(current->caseNo, MediationStateMachine::statusName(*to)) << '\n';
    return CliExit::Ok;
}

} // namespace ud
