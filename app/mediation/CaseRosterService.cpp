#include "mediation/CaseRosterService.h"

#include "core/Money.h"
#include "mediation/MediationRepository.h"
#include "mediation/MediationStateMachine.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"

#include <QHash>
#include <QVariantMap>

namespace ud {

Status CaseRosterService::save(const QString &caseId, const QList<Line> &lines)
{
    Database::Transaction tx(m_store.database());
    if (!tx.isActive())
        return Status::failure(tx.error());
    const std::optional<MediationCase> c = MediationRepository(m_store.database()).fullCase(caseId);
    if (!c || c->deleted)
        return Status::failure(tr("The case no longer exists."));
    if (MediationStateMachine::isFinal(c->status))
        return Status::failure(tr("The case is closed; its roster cannot change any more."));
    if (!c->collective)
        return Status::failure(tr("Only a collective case has a roster of workers."));
    QHash<QString, CaseParty> applicants;
    for (const CaseParty &p : c->applicants())
        applicants.insert(p.id, p);
    for (const Line &line : lines) {
        const auto found = applicants.constFind(line.partyId);
        if (found == applicants.constEnd())
            return Status::failure(tr("The worker is no longer an applicant of the case; reload it and try again."));
        const CaseParty &old = found.value();
        if (line.amountFen && (*line.amountFen < 0 || *line.amountFen > Money::kMaxFen))
            return Status::failure(tr("The amount for %1 must be between 0 and %2 yuan.")
                                       .arg(old.name, Money::formatYuan(Money::kMaxFen)));
        QVariantMap changes;
        if (line.amountFen != old.amountFen)
            changes.insert(QStringLiteral("amount_fen"), line.amountFen ? QVariant(*line.amountFen) : QVariant());
        if (line.authorised != old.authorised)
            changes.insert(QStringLiteral("authorised"), line.authorised ? 1 : 0);
        if (changes.isEmpty())
            continue;
        auto updated = m_store.update(QStringLiteral("mediation_parties"), old.id, old.version, changes, tr("Roster changed"));
        if (!updated)
            return updated.status();
    }
    return tx.commit();
}

} // namespace ud
