#include "mediation/MediatorCommands.h"

#include "mediation/MediationRepository.h"
#include "mediation/MediatorRegister.h"
#include "mediation/MediatorRepository.h"

namespace ud {

namespace {

// Runs a write that answers an id through the facade; the facade's refusal wins.
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

QList<Mediator> MediatorCommands::mediators(bool activeOnly) const
{
    return MediatorRepository(database()).list(activeOnly);
}

std::optional<Mediator> MediatorCommands::mediator(const QString &id) const
{
    return MediatorRepository(database()).get(id);
}

std::optional<MediationCase> MediatorCommands::caseFile(const QString &caseId) const
{
    auto c = MediationRepository(database()).fullCase(caseId);
    if (!c || c->deleted)
        return std::nullopt;
    return c;
}

QString MediatorCommands::conflictWarning(const QString &caseId, const QString &mediatorId) const
{
    const auto c = MediationRepository(database()).fullCase(caseId);
    const auto m = MediatorRepository(database()).get(mediatorId);
    if (!c || !m)
        return {};
    return MediatorRegister::conflictWarning(*m, *c);
}

Result<QString> MediatorCommands::saveMediator(const Mediator &m, const QDate &today)
{
    return runForId(facade(), m.id.isEmpty() ? tr("Add mediator %1").arg(m.name) : tr("Edit mediator %1").arg(m.name),
                    [&](RecordStore &store) { return MediatorRegister(store).saveMediator(m, today); });
}

Status MediatorCommands::removeMediator(const QString &mediatorId, qint64 baseVersion)
{
    return facade().run(tr("Remove mediator"), [&](RecordStore &store) {
        return MediatorRegister(store).removeMediator(mediatorId, baseVersion);
    });
}

Result<QString> MediatorCommands::linkMediator(const QString &caseId, const QString &mediatorId, const QString &role,
                                               const QString &conflictNote, const QDate &today)
{
    return runForId(facade(), tr("Put mediator on the case"), [&](RecordStore &store) {
        return MediatorRegister(store).linkMediator(caseId, mediatorId, role, conflictNote, today);
    });
}

Status MediatorCommands::unlinkMediator(const QString &linkId, qint64 baseVersion)
{
    return facade().run(tr("Take mediator off the case"), [&](RecordStore &store) {
        return MediatorRegister(store).unlinkMediator(linkId, baseVersion);
    });
}

} // namespace ud
