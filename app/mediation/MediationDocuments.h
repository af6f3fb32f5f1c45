#pragma once

#include "mediation/MediationCase.h"
#include "core/Result.h"
#include "mediation/DocumentContext.h"
#include "documents/DocumentPrinter.h"
#include "mediation/MediationDocumentData.h"

#include <QFont>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace ud {

// The printed documents of a mediation case (domain.md §1.3): 受理登记表, 调解笔录, 调解协议书 (three
// copies), 终止调解通知书 and 不予受理通知书, and the further papers of the case file: 受理通知书 and
// 权利义务告知书 (each to the applicant or the respondent), 延期调解确认书, 调解建议书,
// 不履行调解协议通知书, 回访记录 and the file's cover with its index; as A4 pages.
//
// The documents are HTML templates compiled in as resources (:/templates/mediation/<name>.html,
// with document.css and footer.txt beside them; sources in app/mediation/templates/), filled
// by MediationDocumentData and DocumentTemplate, laid out by QTextDocument and painted by
// DocumentPrinter. Everything a user typed is HTML-escaped.
//
// For the desktop's print preview:
//   QPrintPreviewDialog dialog;
//   connect(&dialog, &QPrintPreviewDialog::paintRequested, [&](QPrinter *printer) {
//       MediationDocuments::print(kind, c, context, printer);
//   });
// Needs a QGuiApplication (fonts).
class MediationDocuments
{
public:
    // The filled-in template.
    static Result<QString> html(MediationDocumentKind kind, const MediationCase &c, const DocumentContext &context);

    // The document as printed: the HTML with the stylesheet and the body font. Its
    // toPlainText() is the text on the pages (without the page footers).
    static Result<std::unique_ptr<QTextDocument>> document(MediationDocumentKind kind, const MediationCase &c,
                                                           const DocumentContext &context);

    // Paints the document on a printer or PDF writer: A4, page numbers in the footer.
    static Status print(MediationDocumentKind kind, const MediationCase &c, const DocumentContext &context,
                        QPagedPaintDevice *device);

    // Writes a PDF with the fonts embedded; nothing is left at `path` if it fails.
    static Status writePdf(MediationDocumentKind kind, const MediationCase &c, const DocumentContext &context,
                           const QString &path);

    // The font the body text is set in: the first installed family of context.fontFamilies.
    static QFont bodyFont(const DocumentContext &context);

    // The printer options for a document: A4 layout, footer from footer.txt, title.
    static Result<DocumentPrinter::Options> printOptions(const QTextDocument &document);
};

} // namespace ud
