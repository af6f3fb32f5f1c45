#include "mediation/ReceptionCommands.h"

#include "mediation/ReceptionLog.h"
#include "mediation/ReceptionRepository.h"

namespace ud {

namespace {

template <typename Write>
Result<QString> runForId(CommandFacade &facade, const QString &description, Write write)
{
    Result<QString> id = Result<QString>::failure(QString());
    const Status s = facade.run(description, [&](RecordStore &store) {
        id = write(store);
        return id.status();
    });
    if (!s && id)
        return Result<QString>::failure(s.error());
    return id;
}

} // namespace

QList<Reception> ReceptionCommands::receptions(const QDate &from, const QDate &to, const QString &text) const
{
    return ReceptionRepository(database()).list(from, to, text);
}

std::optional<Reception> ReceptionCommands::reception(const QString &id) const
{
    return ReceptionRepository(database()).get(id);
}

QString ReceptionCommands::caseIdByNumber(const QString &caseNo) const
{
    return ReceptionRepository(database()).caseIdByNumber(caseNo);
}

Result<QString> ReceptionCommands::saveReception(const Reception &r, const QDate &today,
                                                 const std::optional<ReceptionReferral> &referral)
{
    return runForId(facade(), r.id.isEmpty() ? tr("Log reception") : tr("Edit reception"), [&](RecordStore &store) {
        ReceptionLog log(store);
        auto id = log.saveReception(r, today);
        if (!id || !referral)
            return id;
        auto referred = log.addReferral(id.value(), *referral, today);
        if (!referred)
            return Result<QString>::failure(referred.error());
        return id;
    });
}

Status ReceptionCommands::removeReception(const QString &receptionId, qint64 baseVersion)
{
    return facade().run(tr("Remove reception"), [&](RecordStore &store) {
        return ReceptionLog(store).removeReception(receptionId, baseVersion);
    });
}

Status ReceptionCommands::linkCase(const QString &receptionId, qint64 baseVersion, const QString &caseId)
{
    return facade().run(tr("Link reception to its case"), [&](RecordStore &store) {
        return ReceptionLog(store).linkCase(receptionId, baseVersion, caseId);
    });
}

Result<QString> ReceptionCommands::addReferral(const QString &receptionId, const ReceptionReferral &referral,
                                               const QDate &today)
{
    return runForId(facade(), tr("Refer visitor"), [&](RecordStore &store) {
        return ReceptionLog(store).addReferral(receptionId, referral, today);
    });
}

} // namespace ud
