#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace ud {

// Prints a QTextDocument on paged devices (PDF files, printers, print preview) with a page
// footer. A block (or table) with "page-break-before: always" starts a new part whose page
// numbers start again at 1 — the copies of an agreement or the sessions of a record are each
// numbered on their own ("第 1 页 共 2 页").
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)

public:
    struct Options
    {
        QPageLayout pageLayout = a4Layout();
        // Footer text; {{page}} and {{pages}} are replaced by the page number in the part and the
        // part's page count. Empty: no footer.
        QString footer;
        // PDF metadata title.
        QString title;
    };

    // A4 portrait, margins 30 mm top, 26 mm right, 25 mm bottom, 28 mm left (the binding edge),
    // close to the 公文 layout of GB/T 9704.
    static QPageLayout a4Layout();

    // Lays a copy of `document` out for `device` (its page layout is set from the options first,
    // where the device accepts it) and paints every page.
    static Status print(const QTextDocument &document, QPagedPaintDevice *device, const Options &options);

    // Writes the PDF to `path` + ".partial" and renames it to `path` only when it is complete, so a
    // failure never leaves a half-written file at `path` (an older file there stays untouched).
    static Status writePdf(const QTextDocument &document, const QString &path, const Options &options);
};

} // namespace ud
