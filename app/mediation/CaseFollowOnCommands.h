#pragma once

#include "commands/WorkspaceCommands.h"
#include "core/Result.h"
#include "mediation/CaseFollowOnService.h"
#include "mediation/MediationCase.h"

#include <QCoreApplication>
#include <QDate>

namespace ud {

// The user edits of what follows the agreement (review outcome, 送达, 回访, steps after a
// breach, referrals, 补充协议): each a CaseFollowOnService call run through the command facade,
// one audited and undoable step.
class CaseFollowOnCommands : public WorkspaceCommands
{
    Q_DECLARE_TR_FUNCTIONS(CaseFollowOnCommands)

public:
    explicit CaseFollowOnCommands(CommandFacade &facade) : WorkspaceCommands(facade) {}

    // The id of the live case with this case number (or id), or "".
    QString caseIdByNumber(const QString &number) const;

    // See CaseFollowOnService for what each checks and writes.
    Status setReviewOutcome(const QString &caseId, qint64 baseVersion, const QString &outcome, const QDate &decidedOn,
                            const QString &documentNo, const QDate &today);
    Result<QString> saveService(const QString &caseId, const CaseService &service, const QDate &today);
    Result<QString> saveFollowUp(const QString &caseId, const CaseFollowUp &followUp, const QDate &today);
    Result<QString> saveBreachStep(const QString &caseId, const CaseBreachStep &step, const QDate &today);
    Result<QString> saveReferral(const QString &caseId, const CaseReferral &referral, const QDate &today);
    Result<QString> saveSupplement(const QString &caseId, const CaseSupplement &supplement, const QDate &today);
    Status remove(CaseFollowOnService::Kind kind, const QString &id, qint64 baseVersion);

private:
    // Runs a save that returns the record's id as one undoable step named `description`.
    template <typename Save>
    Result<QString> saved(const QString &description, Save save);
};

} // namespace ud
