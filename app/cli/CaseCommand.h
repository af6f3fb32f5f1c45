#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace ud {

class CaseFollowOnCommands;
struct MediationCase;

// `uniondesk-cli case referral|referral-outcome|follow-up|service|breach-step|review-outcome CASE [options]`
//   Records what a station writes down after (or beside) mediation from a script: a referral out
//   of a case (劳动监察, 法律援助, arbitration, court), the outcome of a referral later, a 回访 on a
//   closed case, the 送达 of a document, a step after a breach and the outcome of the review. CASE is the case number (or the case's id). Each
//   write is one audited step through the command facade (CaseFollowOnCommands), with the rules
//   of the GUI. Exit 0: recorded (one line on stdout); 1: refused by a rule (the reason on
//   stdout); 2: wrong command line; 3: the database could not be read or written; 4: the login
//   was refused or the role may not edit.
class CaseCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CaseCommand)

public:
    QString name() const override { return QStringLiteral("case"); }
    QString help() const override;
    std::optional<CliLogin::Need> need() const override { return CliLogin::Need::EditRecords; }
    CliExit run(const QStringList &args, CliContext &cli) override;

private:
    // Each sub-command on the case as read; `args` holds the options left.
    Result<QString> referral(CaseFollowOnCommands &commands, const MediationCase &c, QStringList &args,
                             QString *usageError) const;
    Result<QString> referralOutcome(CaseFollowOnCommands &commands, const MediationCase &c, QStringList &args,
                                    QString *usageError) const;
    Result<QString> followUp(CaseFollowOnCommands &commands, const MediationCase &c, QStringList &args,
                             QString *usageError) const;
    Result<QString> service(CaseFollowOnCommands &commands, const MediationCase &c, QStringList &args,
                            QString *usageError) const;
    Result<QString> breachStep(CaseFollowOnCommands &commands, const MediationCase &c, QStringList &args,
                               QString *usageError) const;
    Result<QString> reviewOutcome(CaseFollowOnCommands &commands, const MediationCase &c, QStringList &args,
                                  QString *usageError) const;
};

} // namespace ud
