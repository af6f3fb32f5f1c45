#pragma once

#include "core/Result.h"
#include "mediation/DocumentValueBuilder.h"

#include <QVariantHash>

namespace ud {

// The values of the case file's further papers (issue 11): 受理通知书 and 权利义务告知书 for the
// applicant or the respondent, 延期调解确认书, 调解建议书, 不履行调解协议通知书, 回访记录 and the
// file's cover with its index (一案一卷). Each refuses a case that cannot have the paper yet, with
// the reason. Uses the shared values of DocumentValueBuilder.
class CaseFilePaperValues
{
public:
    explicit CaseFilePaperValues(const DocumentValueBuilder &builder) : m_builder(builder) {}

    Result<QVariantHash> acceptance(bool toApplicant) const;
    Result<QVariantHash> rights(bool toApplicant) const;
    Result<QVariantHash> extension() const;
    Result<QVariantHash> suggestion() const;
    Result<QVariantHash> nonPerformance() const;
    Result<QVariantHash> followUp() const;
    QVariantHash cover() const;

    // The case has been accepted (any state from accepted on, not rejected or withdrawn).
    static bool isAccepted(const MediationCase &c);
    // The proposal a 调解建议书 states: the last session's proposals, else the case's opinion.
    static QString proposal(const MediationCase &c);

private:
    // The index of the case file in the order of domain.md §1.3: no, title, date, note.
    QVariantList index() const;

    const DocumentValueBuilder &m_builder;
};

} // namespace ud
