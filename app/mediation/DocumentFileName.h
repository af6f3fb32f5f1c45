#pragma once

#include "mediation/MediationDocumentData.h"

#include <QString>

namespace ud {

// The file a saved document is given: 案号-文书名.pdf (京朝劳调〔2026〕12号-调解协议书.pdf), so the
// documents of one case lie side by side and never overwrite each other. The names are the
// documents' own titles, in Chinese whatever the language of the desktop, as printed on them.
class DocumentFileName
{
public:
    // The document's short title; each kind has its own (受理通知书（申请人）, 受理通知书（被申请人）…).
    static QString title(MediationDocumentKind kind);
    // "<caseNo>-<title>.pdf" with the characters a file name cannot hold replaced; "<title>.pdf"
    // for a case without a number.
    static QString forCase(MediationDocumentKind kind, const QString &caseNo);
    // `text` with \ / : * ? " < > | and control characters replaced by "_", without the spaces
    // and dots Windows drops at the end.
    static QString safe(const QString &text);
};

} // namespace ud
