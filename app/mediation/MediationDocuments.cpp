#include "mediation/MediationDocuments.h"

#include "documents/DocumentTemplate.h"

#include <QFontDatabase>
#include <QTextDocument>

namespace ud {

namespace {

const QString kTemplateDir = QStringLiteral(":/templates/mediation/");

} // namespace

Result<QString> MediationDocuments::html(MediationDocumentKind kind, const MediationCase &c,
                                         const DocumentContext &context)
{
    Result<QVariantHash> values = MediationDocumentData::values(kind, c, context);
    if (!values)
        return values.status();
    const QString path = kTemplateDir + MediationDocumentData::templateName(kind) + QStringLiteral(".html");
    Result<QString> text = DocumentTemplate::load(path);
    if (!text)
        return text;
    return DocumentTemplate::render(text.value(), values.value(), path);
}

QFont MediationDocuments::bodyFont(const DocumentContext &context)
{
    const QStringList installed = QFontDatabase::families();
    QStringList families;
    for (const QString &family : context.fontFamilies)
        if (installed.contains(family, Qt::CaseInsensitive))
            families.append(family);
    // None installed: ask for them anyway and let the platform substitute.
    if (families.isEmpty())
        families = context.fontFamilies;
    QFont font;
    font.setFamilies(families);
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(12);
    return font;
}

Result<std::unique_ptr<QTextDocument>> MediationDocuments::document(MediationDocumentKind kind, const MediationCase &c,
                                                                   const DocumentContext &context)
{
    Result<QString> body = html(kind, c, context);
    if (!body)
        return body.status();
    Result<QString> css = DocumentTemplate::load(kTemplateDir + QStringLiteral("document.css"));
    if (!css)
        return css.status();
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(bodyFont(context));
    doc->setDefaultStyleSheet(css.value());
    doc->setDocumentMargin(0);
    doc->setHtml(body.value());
    return Result<std::unique_ptr<QTextDocument>>(std::move(doc));
}

Result<DocumentPrinter::Options> MediationDocuments::printOptions(const QTextDocument &document)
{
    Result<QString> footer = DocumentTemplate::load(kTemplateDir + QStringLiteral("footer.txt"));
    if (!footer)
        return footer.status();
    DocumentPrinter::Options options;
    options.footer = footer.value().trimmed();
    options.title = document.metaInformation(QTextDocument::DocumentTitle);
    return options;
}

Status MediationDocuments::print(MediationDocumentKind kind, const MediationCase &c, const DocumentContext &context,
                                 QPagedPaintDevice *device)
{
    Result<std::unique_ptr<QTextDocument>> doc = document(kind, c, context);
    if (!doc)
        return doc.status();
    Result<DocumentPrinter::Options> options = printOptions(*doc.value());
    if (!options)
        return options.status();
    return DocumentPrinter::print(*doc.value(), device, options.value());
}

Status MediationDocuments::writePdf(MediationDocumentKind kind, const MediationCase &c, const DocumentContext &context,
                                    const QString &path)
{
    Result<std::unique_ptr<QTextDocument>> doc = document(kind, c, context);
    if (!doc)
        return doc.status();
    Result<DocumentPrinter::Options> options = printOptions(*doc.value());
    if (!options)
        return options.status();
    return DocumentPrinter::writePdf(*doc.value(), path, options.value());
}

} // namespace ud
