#include "mediation/CaseFollowOnCommands.h"

#include "mediation/MediationRepository.h"

#include "storage/Database.h"
#include "storage/RecordStore.h"

#include <QSqlQuery>

namespace ud {

template <typename Save>
Result<QString> CaseFollowOnCommands::saved(const QString &description, Save save)
{
    Result<QString> id = Result<QString>::failure(QString());
    const Status s = facade().run(description, [&](RecordStore &store) {
        CaseFollowOnService service(store);
        id = save(service);
        return id.status();
    });
    if (!s && id)
        return Result<QString>::failure(s.error());
    return id;
}

QString CaseFollowOnCommands::caseIdByNumber(const QString &number) const
{
    const MediationRepository repository(database());
    const QString byNumber = repository.caseIdByNumber(number);
    if (!byNumber.isEmpty() || !repository.fullCase(number))
        return byNumber;
    return number; // a case id given instead of its number
}

Status CaseFollowOnCommands::setReviewOutcome(const QString &caseId, qint64 baseVersion, const QString &outcome,
                                              const QDate &decidedOn, const QString &documentNo, const QDate &today)
{
    return facade().run(tr("Record review outcome"), [&](RecordStore &store) {
        return CaseFollowOnService(store).setReviewOutcome(caseId, baseVersion, outcome, decidedOn, documentNo, today);
    });
}

Result<QString> CaseFollowOnCommands::saveService(const QString &caseId, const CaseService &service, const QDate &today)
{
    return saved(service.id.isEmpty() ? tr("Add service record") : tr("Edit service record"),
                 [&](CaseFollowOnService &s) { return s.saveService(caseId, service, today); });
}

Result<QString> CaseFollowOnCommands::saveFollowUp(const QString &caseId, const CaseFollowUp &followUp, const QDate &today)
{
    return saved(followUp.id.isEmpty() ? tr("Add follow-up") : tr("Edit follow-up"),
                 [&](CaseFollowOnService &s) { return s.saveFollowUp(caseId, followUp, today); });
}

Result<QString> CaseFollowOnCommands::saveBreachStep(const QString &caseId, const CaseBreachStep &step, const QDate &today)
{
    return saved(step.id.isEmpty() ? tr("Add step after breach") : tr("Edit step after breach"),
                 [&](CaseFollowOnService &s) { return s.saveBreachStep(caseId, step, today); });
}

Result<QString> CaseFollowOnCommands::saveReferral(const QString &caseId, const CaseReferral &referral, const QDate &today)
{
    return saved(referral.id.isEmpty() ? tr("Add referral") : tr("Edit referral"),
                 [&](CaseFollowOnService &s) { return s.saveReferral(caseId, referral, today); });
}

Result<QString> CaseFollowOnCommands::saveSupplement(const QString &caseId, const CaseSupplement &supplement,
                                                     const QDate &today)
{
    return saved(supplement.id.isEmpty() ? tr("Add supplementary agreement") : tr("Edit supplementary agreement"),
                 [&](CaseFollowOnService &s) { return s.saveSupplement(caseId, supplement, today); });
}

Status CaseFollowOnCommands::remove(CaseFollowOnService::Kind kind, const QString &id, qint64 baseVersion)
{
    return facade().run(tr("Remove record from case"), [&](RecordStore &store) {
        return CaseFollowOnService(store).remove(kind, id, baseVersion);
    });
}

} // namespace ud
