#pragma once

#include "mediation/MediationCase.h"
#include "core/Result.h"
#include "mediation/DocumentContext.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVariantHash>

namespace ud {

// The mediation documents (domain.md §1.3).
enum class MediationDocumentKind {
    Intake,        // 劳动争议调解受理登记表
    SessionRecord, // 调解笔录, one per session
    Agreement,     // 调解协议书, three copies
    Termination,   // 终止调解通知书 (调解意见书) when mediation fails
    NonAcceptance, // 不予受理通知书
    // The further papers of the case file (一案一卷, issue 11).
    AcceptanceToApplicant,  // 受理通知书 to the applicant(s)
    AcceptanceToRespondent, // 受理通知书 to the respondent (the employer)
    RightsToApplicant,      // 权利义务告知书 to the applicant(s)
    RightsToRespondent,     // 权利义务告知书 to the respondent
    Extension,              // 延期调解确认书, signed by both parties
    Suggestion,             // 调解建议书 (the mediator's proposal)
    NonPerformance,         // 不履行调解协议通知书 (人社部令第17号 art. 30)
    FollowUp,               // 回访记录
    FileCover,              // 案卷封面 and 卷内目录
};

// Turns a case into the values its document template shows (see DocumentTemplate for the
// template language and resources/templates/mediation/ for the names each template uses). Every
// value is plain text: codes become names through the context's lookup, dates read
// 2026年3月2日, amounts 12,345.67 with the capital form 壹万贰仟叁佰肆拾伍元陆角柒分 beside them.
// The wording itself stays in the templates.
class MediationDocumentData
{
    Q_DECLARE_TR_FUNCTIONS(MediationDocumentData)

public:
    // The values for one document, or why the case cannot have it yet (e.g. a termination notice
    // for a case that has not failed).
    static Result<QVariantHash> values(MediationDocumentKind kind, const MediationCase &c, const DocumentContext &context);

    // "intake", "session", "agreement", "termination", "non_acceptance", "acceptance", "rights",
    // "extension", "suggestion", "nonperformance", "follow_up", "cover": the template file's base
    // name (the two addressees of a notice share one template).
    static QString templateName(MediationDocumentKind kind);

    // 2026年3月2日; "" for an invalid date.
    static QString chineseDate(const QDate &date);
    // Whole years from birth to `on`; -1 if either date is invalid or birth is after `on`.
    static int age(const QDate &birth, const QDate &on);
    // Claim items an agreement can back with a 支付令 (劳动争议调解仲裁法 art. 16): unpaid wages
    // (劳动报酬, overtime pay included), work-injury medical costs, economic compensation, damages.
    static bool isPaymentOrderItem(const QString &itemCode);
};

} // namespace ud
