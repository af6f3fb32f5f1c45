#include "mediation/DocumentFileName.h"

namespace ud {

QString DocumentFileName::title(MediationDocumentKind kind)
{
    switch (kind) {
    case MediationDocumentKind::Intake:
        return QStringLiteral("受理登记表");
    case MediationDocumentKind::SessionRecord:
        return QStringLiteral("调解笔录");
    case MediationDocumentKind::Agreement:
        return QStringLiteral("调解协议书");
    case MediationDocumentKind::Termination:
        return QStringLiteral("终止调解通知书");
    case MediationDocumentKind::NonAcceptance:
        return QStringLiteral("不予受理通知书");
    case MediationDocumentKind::AcceptanceToApplicant:
        return QStringLiteral("受理通知书（申请人）");
    case MediationDocumentKind::AcceptanceToRespondent:
        return QStringLiteral("受理通知书（被申请人）");
    case MediationDocumentKind::RightsToApplicant:
        return QStringLiteral("权利义务告知书（申请人）");
    case MediationDocumentKind::RightsToRespondent:
        return QStringLiteral("权利义务告知书（被申请人）");
    case MediationDocumentKind::Extension:
        return QStringLiteral("延期调解确认书");
    case MediationDocumentKind::Suggestion:
        return QStringLiteral("调解建议书");
    case MediationDocumentKind::NonPerformance:
        return QStringLiteral("不履行调解协议通知书");
    case MediationDocumentKind::FollowUp:
        return QStringLiteral("回访记录");
    case MediationDocumentKind::FileCover:
        return QStringLiteral("案卷封面及卷内目录");
    }
    return QStringLiteral("文书");
}

QString DocumentFileName::safe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const bool forbidden = ch.unicode() < 0x20 || ch.unicode() == 0x7f || QStringLiteral("\\/:*?\"<>|").contains(ch);
        out.append(forbidden ? QLatin1Char('_') : ch);
    }
    out = out.trimmed();
    while (out.endsWith(QLatin1Char('.')) || out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

QString DocumentFileName::forCase(MediationDocumentKind kind, const QString &caseNo)
{
    const QString number = safe(caseNo);
    const QString name = number.isEmpty() ? title(kind) : number + QLatin1Char('-') + title(kind);
    return name + QStringLiteral(".pdf");
}

} // namespace ud
