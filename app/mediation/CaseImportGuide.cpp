// CaseRegisterImporter::columnGuide: what each column of an earlier case register holds, in
// short (docs/import-cases.md says it at length); the columns themselves are the importer's.
#include "mediation/CaseRegisterImporter.h"

namespace ud {

namespace {

QString caseMeaning(const QString &key)
{
    if (key == QLatin1String("case_no"))
        return CaseRegisterImporter::tr("The register's case number, kept as it is (unique); empty: the next number of this station.");
    if (key == QLatin1String("received_on"))
        return CaseRegisterImporter::tr("The day the application was received, e.g. 2024-03-31.");
    if (key == QLatin1String("applicant"))
        return CaseRegisterImporter::tr("The applicant's name; several names separated by 、 or commas.");
    if (key == QLatin1String("applicant_id"))
        return CaseRegisterImporter::tr("One ID number per applicant, in the same order. Format the column as text in Excel.");
    if (key == QLatin1String("employer"))
        return CaseRegisterImporter::tr("The respondent by its exact name in the register of employers.");
    if (key == QLatin1String("credit_code"))
        return CaseRegisterImporter::tr("The respondent by its unified social credit code (goes before the name).");
    if (key == QLatin1String("dispute_type"))
        return CaseRegisterImporter::tr("The type of dispute, e.g. 劳动报酬 or 解除劳动合同; several separated by 、, the first is the main one.");
    if (key == QLatin1String("source"))
        return CaseRegisterImporter::tr("How the case came: 书面申请, 口头申请, 12351热线, 仲裁委转来, 法院委派, 工会主动介入.");
    if (key == QLatin1String("claimed"))
        return CaseRegisterImporter::tr("The amount claimed, in yuan.");
    if (key == QLatin1String("status"))
        return CaseRegisterImporter::tr("Where the case stands: 已收到, 已受理, 不予受理, 调解中, 调解成功, 调解不成, 已履行, 未履行 …");
    if (key == QLatin1String("decided_on"))
        return CaseRegisterImporter::tr("The day of acceptance (or of non-acceptance); needed for every status after 已收到.");
    if (key == QLatin1String("closed_on"))
        return CaseRegisterImporter::tr("The day the case was closed; empty for open cases.");
    if (key == QLatin1String("agreed"))
        return CaseRegisterImporter::tr("The agreed amount in yuan (0 for an agreement without money); needed for cases with an agreement.");
    if (key == QLatin1String("paid"))
        return CaseRegisterImporter::tr("What has been paid under the agreement, in yuan.");
    if (key == QLatin1String("mediators"))
        return CaseRegisterImporter::tr("The mediators' names, separated by 、 or commas.");
    if (key == QLatin1String("facts"))
        return CaseRegisterImporter::tr("The facts and reasons of the dispute.");
    if (key == QLatin1String("requests"))
        return CaseRegisterImporter::tr("What the applicants ask for, in words.");
    if (key == QLatin1String("collective"))
        return CaseRegisterImporter::tr("Collective dispute: 是 or 否.");
    if (key == QLatin1String("worker_count"))
        return CaseRegisterImporter::tr("The number of workers concerned.");
    if (key == QLatin1String("agreed_on"))
        return CaseRegisterImporter::tr("The day the agreement took effect.");
    if (key == QLatin1String("review_on"))
        return CaseRegisterImporter::tr("For 仲裁审查确认 or 司法确认: the day it was applied for.");
    if (key == QLatin1String("performed_on"))
        return CaseRegisterImporter::tr("The day of the last payment.");
    if (key == QLatin1String("close_reason"))
        return CaseRegisterImporter::tr("Why the case ended without agreement or was not accepted, in the register's words.");
    if (key == QLatin1String("notes"))
        return CaseRegisterImporter::tr("Notes.");
    return {};
}

} // namespace

QList<ImportColumnGuide> CaseRegisterImporter::columnGuide()
{
    return ImportColumnGuides::from(importColumns(), templateHeaders(), caseMeaning);
}

} // namespace ud
