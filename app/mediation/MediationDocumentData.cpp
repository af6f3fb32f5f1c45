#include "mediation/MediationDocumentData.h"

#include "mediation/CaseCorrections.h"
#include "mediation/CaseFilePaperValues.h"
#include "mediation/DocumentValueBuilder.h"

namespace ud {

Result<QVariantHash> MediationDocumentData::values(MediationDocumentKind kind, const MediationCase &c,
                                                   const DocumentContext &context)
{
    // Voided payments and session records are kept in the case file but left out of its papers.
    const MediationCase live = CaseCorrections::withoutVoided(c);
    const DocumentValueBuilder builder(live, context);
    const CaseFilePaperValues papers(builder);
    switch (kind) {
    case MediationDocumentKind::Intake:
        return builder.intake();
    case MediationDocumentKind::SessionRecord:
        return builder.sessions();
    case MediationDocumentKind::Agreement:
        return builder.agreement();
    case MediationDocumentKind::Termination:
        return builder.termination();
    case MediationDocumentKind::NonAcceptance:
        return builder.nonAcceptance();
    case MediationDocumentKind::AcceptanceToApplicant:
        return papers.acceptance(true);
    case MediationDocumentKind::AcceptanceToRespondent:
        return papers.acceptance(false);
    case MediationDocumentKind::RightsToApplicant:
        return papers.rights(true);
    case MediationDocumentKind::RightsToRespondent:
        return papers.rights(false);
    case MediationDocumentKind::Extension:
        return papers.extension();
    case MediationDocumentKind::Suggestion:
        return papers.suggestion();
    case MediationDocumentKind::NonPerformance:
        return papers.nonPerformance();
    case MediationDocumentKind::FollowUp:
        return papers.followUp();
    case MediationDocumentKind::FileCover:
        return papers.cover();
    }
    return Result<QVariantHash>::failure(tr("Unknown document kind."));
}

QString MediationDocumentData::templateName(MediationDocumentKind kind)
{
    switch (kind) {
    case MediationDocumentKind::Intake:
        return QStringLiteral("intake");
    case MediationDocumentKind::SessionRecord:
        return QStringLiteral("session");
    case MediationDocumentKind::Agreement:
        return QStringLiteral("agreement");
    case MediationDocumentKind::Termination:
        return QStringLiteral("termination");
    case MediationDocumentKind::NonAcceptance:
        return QStringLiteral("non_acceptance");
    case MediationDocumentKind::AcceptanceToApplicant:
    case MediationDocumentKind::AcceptanceToRespondent:
        return QStringLiteral("acceptance");
    case MediationDocumentKind::RightsToApplicant:
    case MediationDocumentKind::RightsToRespondent:
        return QStringLiteral("rights");
    case MediationDocumentKind::Extension:
        return QStringLiteral("extension");
    case MediationDocumentKind::Suggestion:
        return QStringLiteral("suggestion");
    case MediationDocumentKind::NonPerformance:
        return QStringLiteral("nonperformance");
    case MediationDocumentKind::FollowUp:
        return QStringLiteral("follow_up");
    case MediationDocumentKind::FileCover:
        return QStringLiteral("cover");
    }
    return QString();
}

QString MediationDocumentData::chineseDate(const QDate &date)
{
    return date.isValid() ? QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day()) : QString();
}

int MediationDocumentData::age(const QDate &birth, const QDate &on)
{
    if (!birth.isValid() || !on.isValid() || birth > on)
        return -1;
    int years = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --years;
    return years;
}

bool MediationDocumentData::isPaymentOrderItem(const QString &itemCode)
{
    // Overtime pay is 劳动报酬 (wages for work done), so it is among them.
    return itemCode == QLatin1String("wage") || itemCode == QLatin1String("overtime") || itemCode == QLatin1String("injury_medical")
        || itemCode == QLatin1String("compensation") || itemCode == QLatin1String("damages");
}

} // namespace ud
