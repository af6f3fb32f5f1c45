#include "cli/CaseCommand.h"

#include "cli/CliApp.h"
#include "cli/CliContext.h"
#include "cli/CliOptions.h"

#include "commands/CommandFacade.h"
#include "mediation/CaseFollowOnCommands.h"
#include "mediation/MediationRepository.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"

namespace ud {

namespace {

// The options of a sub-command, taken out of `args` one by one; the first problem stops it.
class Options
{
public:
    Options(QStringList &args, QString *error) : m_args(args), m_error(error) {}

    QString text(const QString &name, bool required = false)
    {
        QString value;
        if (!m_error->isEmpty())
            return {};
        if (!CliOptions::take(m_args, name, &value, m_error) && m_error->isEmpty() && required)
            *m_error = CaseCommand::tr("The option %1 is required.").arg(name);
        return value;
    }
    // A date (yyyy-mm-dd); today when the option is absent and `todayIfAbsent`.
    QDate date(const QString &name, bool todayIfAbsent)
    {
        const QString value = text(name);
        if (!m_error->isEmpty())
            return {};
        if (value.isEmpty())
            return todayIfAbsent ? QDate::currentDate() : QDate();
        const QDate d = QDate::fromString(value, Qt::ISODate);
        if (!d.isValid())
            *m_error = CaseCommand::tr("%1 \"%2\" is not a date (yyyy-mm-dd).").arg(name, value);
        return d;
    }

private:
    QStringList &m_args;
    QString *m_error;
};

} // namespace

QString CaseCommand::help() const
{
    // Written with the other blocks of --help, hence their translation context.
    return CliApp::tr(
        "  case referral CASE --kind KIND [--reason REASON] [--on DATE] [--body NAME] [--detail TEXT]\n"
        "                      record a referral out of case CASE (its number); KIND: labour_inspection\n"
        "                      (REASON wage_arrears, social_insurance, no_contract or child_labour),\n"
        "                      legal_aid, arbitration, court, other; DATE yyyy-mm-dd, today if left out\n"
        "  case referral-outcome CASE --outcome TEXT [--on DATE] [--kind KIND]\n"
        "                      record the outcome of the case's latest referral (of KIND) without one\n"
        "  case follow-up CASE --content TEXT [--on DATE] [--method METHOD] [--contact NAME]\n"
        "                      [--satisfied yes|no] [--by NAME]\n"
        "                      record a follow-up visit (回访) on a closed case; METHOD: phone, visit,\n"
        "                      at_station, message\n"
        "  case service CASE --document DOC --method METHOD --to NAME [--side worker|employer|other]\n"
        "                      [--on DATE] [--note TEXT]\n"
        "                      record that a document (DOC e.g. acceptance_notice, agreement) was served\n"
        "                      (METHOD in_person, left_at_address, post, electronic, entrusted, other)\n"
        "  case breach-step CASE --kind urge|nonperformance_notice|payment_order [--on DATE]\n"
        "                      [--body COURT] [--detail TEXT] [--next-due DATE]\n"
        "                      record a step after a breach; a payment order's next deadline is computed,\n"
        "                      --next-due is the time to perform an urging letter or a notice sets\n"
        "  case review-outcome CASE --outcome OUTCOME [--on DATE] [--document-no TEXT]\n"
        "                      record the outcome of the arbitration review (mediation_statement,\n"
        "                      not_confirmed) or judicial confirmation (confirmed_valid, dismissed)");
}

CliExit CaseCommand::run(const QStringList &argsIn, CliContext &cli)
{
    QStringList args = argsIn;
    if (args.size() < 2 || args.at(0).startsWith(QLatin1String("--")) || args.at(1).startsWith(QLatin1String("--")))
        return cli.usage(tr("case needs what to record (referral, referral-outcome, follow-up, service, breach-step, "
                            "review-outcome) and a case number."));
    const QString what = args.takeFirst();
    const QString number = args.takeFirst();
    static const QStringList verbs = {QStringLiteral("referral"), QStringLiteral("referral-outcome"),
                                      QStringLiteral("follow-up"),   QStringLiteral("service"),
                                      QStringLiteral("breach-step"), QStringLiteral("review-outcome")};
    if (!verbs.contains(what))
        return cli.usage(tr("case cannot record \"%1\"; it records a referral, referral-outcome, follow-up, service, "
                            "breach-step or review-outcome.")
                             .arg(what));

    Database db;
    if (Status s = db.open(cli.dbPath(), Database::OpenMode::ExistingOnly); !s)
        return cli.fail(s.error());
    const auto session = cli.signIn(db, *this);
    if (!session)
        return cli.refuse(session.error());
    RecordStore store(db);
    store.setActor(session.value().username);
    CommandFacade facade(store);
    CaseFollowOnCommands commands(facade);
    const QString caseId = commands.caseIdByNumber(number);
    if (caseId.isEmpty()) {
        cli.out() << tr("There is no case %1.").arg(number) << '\n';
        return CliExit::Negative;
    }
    const auto found = MediationRepository(db).fullCase(caseId);
    if (!found)
        return cli.fail(tr("The case %1 could not be read.").arg(number));

    QString usageError;
    Result<QString> done = Result<QString>::failure(QString());
    if (what == QLatin1String("referral"))
        done = referral(commands, *found, args, &usageError);
    else if (what == QLatin1String("referral-outcome"))
        done = referralOutcome(commands, *found, args, &usageError);
    else if (what == QLatin1String("follow-up"))
        done = followUp(commands, *found, args, &usageError);
    else if (what == QLatin1String("service"))
        done = service(commands, *found, args, &usageError);
    else if (what == QLatin1String("breach-step"))
        done = breachStep(commands, *found, args, &usageError);
    else
        done = reviewOutcome(commands, *found, args, &usageError);
    if (!usageError.isEmpty())
        return cli.usage(usageError);
    if (!done) {
        cli.out() << done.error() << '\n';
        return CliExit::Negative;
    }
    cli.out() << tr("Recorded on case %1 (record %2).").arg(found->caseNo, done.value()) << '\n';
    return CliExit::Ok;
}

Result<QString> CaseCommand::referral(CaseFollowOnCommands &commands, const MediationCase &c, QStringList &args,
                                      QString *usageError) const
{
    Options o(args, usageError);
    CaseReferral r;
    r.kind = o.text(QStringLiteral("--kind"), true);
    r.reason = o.text(QStringLiteral("--reason"));
    r.referredOn = o.date(QStringLiteral("--on"), true);
    r.receivingBody = o.text(QStringLiteral("--body"));
    r.detail = o.text(QStringLiteral("--detail"));
    if (usageError->isEmpty() && !CliOptions::firstUnknown(args).isEmpty())
        *usageError = tr("Unknown option %1.").arg(CliOptions::firstUnknown(args));
    if (usageError->isEmpty() && !args.isEmpty())
        *usageError = tr("Unexpected \"%1\".").arg(args.first());
    if (!usageError->isEmpty())
        return Result<QString>::failure(*usageError);
    return commands.saveReferral(c.id, r, QDate::currentDate());
}

Result<QString> CaseCommand::referralOutcome(CaseFollowOnCommands &commands, const MediationCase &c, QStringList &args,
                                             QString *usageError) const
{
    Options o(args, usageError);
    const QString outcome = o.text(QStringLiteral("--outcome"), true);
    const QDate on = o.date(QStringLiteral("--on"), true);
    const QString kind = o.text(QStringLiteral("--kind"));
    if (usageError->isEmpty() && !CliOptions::firstUnknown(args).isEmpty())
        *usageError = tr("Unknown option %1.").arg(CliOptions::firstUnknown(args));
    if (usageError->isEmpty() && !args.isEmpty())
        *usageError = tr("Unexpected \"%1\".").arg(args.first());
    if (!usageError->isEmpty())
        return Result<QString>::failure(*usageError);
    // The latest referral (of that kind) still waiting for its outcome.
    for (qsizetype i = c.referrals.size() - 1; i >= 0; --i) {
        CaseReferral r = c.referrals.at(i);
        if (!r.outcome.isEmpty() || (!kind.isEmpty() && r.kind != kind))
            continue;
        r.outcome = outcome;
        r.outcomeOn = on;
        return commands.saveReferral(c.id, r, QDate::currentDate());
    }
    return Result<QString>::failure(kind.isEmpty()
                                        ? tr("The case has no referral waiting for its outcome.")
                                        : tr("The case has no referral of kind %1 waiting for its outcome.").arg(kind));
}

Result<QString> CaseCommand::followUp(CaseFollowOnCommands &commands, const MediationCase &c, QStringList &args,
                                      QString *usageError) const
{
    Options o(args, usageError);
    CaseFollowUp f;
    f.content = o.text(QStringLiteral("--content"), true);
    f.doneOn = o.date(QStringLiteral("--on"), true);
    f.method = o.text(QStringLiteral("--method"));
    f.contact = o.text(QStringLiteral("--contact"));
    const QString satisfied = o.text(QStringLiteral("--satisfied"));
    f.byName = o.text(QStringLiteral("--by"));
    if (usageError->isEmpty() && !satisfied.isEmpty()) {
        if (satisfied == QLatin1String("yes") || satisfied == QLatin1String("no"))
            f.satisfied = satisfied == QLatin1String("yes");
        else
            *usageError = tr("--satisfied is yes or no.");
    }
    if (usageError->isEmpty() && !CliOptions::firstUnknown(args).isEmpty())
        *usageError = tr("Unknown option %1.").arg(CliOptions::firstUnknown(args));
    if (usageError->isEmpty() && !args.isEmpty())
        *usageError = tr("Unexpected \"%1\".").arg(args.first());
    if (!usageError->isEmpty())
        return Result<QString>::failure(*usageError);
    return commands.saveFollowUp(c.id, f, QDate::currentDate());
}

Result<QString> CaseCommand::service(CaseFollowOnCommands &commands, const MediationCase &c, QStringList &args,
                                     QString *usageError) const
{
    Options o(args, usageError);
    CaseService s;
    s.document = o.text(QStringLiteral("--document"), true);
    s.method = o.text(QStringLiteral("--method"), true);
    s.recipient = o.text(QStringLiteral("--to"), true);
    const QString side = o.text(QStringLiteral("--side"));
    if (!side.isEmpty())
        s.side = side;
    s.servedOn = o.date(QStringLiteral("--on"), true);
    s.note = o.text(QStringLiteral("--note"));
    if (usageError->isEmpty() && !CliOptions::firstUnknown(args).isEmpty())
        *usageError = tr("Unknown option %1.").arg(CliOptions::firstUnknown(args));
    if (usageError->isEmpty() && !args.isEmpty())
        *usageError = tr("Unexpected \"%1\".").arg(args.first());
    if (!usageError->isEmpty())
        return Result<QString>::failure(*usageError);
    return commands.saveService(c.id, s, QDate::currentDate());
}

Result<QString> CaseCommand::breachStep(CaseFollowOnCommands &commands, const MediationCase &c, QStringList &args,
                                        QString *usageError) const
{
    Options o(args, usageError);
    CaseBreachStep b;
    b.kind = o.text(QStringLiteral("--kind"), true);
    b.doneOn = o.date(QStringLiteral("--on"), true);
    b.body = o.text(QStringLiteral("--body"));
    b.detail = o.text(QStringLiteral("--detail"));
    b.nextDueOn = o.date(QStringLiteral("--next-due"), false);
    if (usageError->isEmpty() && !CliOptions::firstUnknown(args).isEmpty())
        *usageError = tr("Unknown option %1.").arg(CliOptions::firstUnknown(args));
    if (usageError->isEmpty() && !args.isEmpty())
        *usageError = tr("Unexpected \"%1\".").arg(args.first());
    if (!usageError->isEmpty())
        return Result<QString>::failure(*usageError);
    return commands.saveBreachStep(c.id, b, QDate::currentDate());
}

Result<QString> CaseCommand::reviewOutcome(CaseFollowOnCommands &commands, const MediationCase &c, QStringList &args,
                                           QString *usageError) const
{
    Options o(args, usageError);
    const QString outcome = o.text(QStringLiteral("--outcome"), true);
    const QDate on = o.date(QStringLiteral("--on"), true);
    const QString documentNo = o.text(QStringLiteral("--document-no"));
    if (usageError->isEmpty() && !CliOptions::firstUnknown(args).isEmpty())
        *usageError = tr("Unknown option %1.").arg(CliOptions::firstUnknown(args));
    if (usageError->isEmpty() && !args.isEmpty())
        *usageError = tr("Unexpected \"%1\".").arg(args.first());
    if (!usageError->isEmpty())
        return Result<QString>::failure(*usageError);
    const Status s = commands.setReviewOutcome(c.id, c.version, outcome, on, documentNo, QDate::currentDate());
    if (!s)
        return s;
    return c.id;
}

} // namespace ud
