#include "documents/DocumentPrinter.h"

#include "core/PrivateFiles.h"
#include "core/DatabaseFiles.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <system_error>

namespace ud {

namespace {

// First page (0-based) of every part: page 0 and each page that a forced page break starts.
QList<int> partStarts(QTextDocument &doc, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    QList<int> starts{0};
    const auto add = [&](qreal top) {
        const int page = int(top / pageHeight);
        if (!starts.contains(page))
            starts.append(page);
    };
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
        if (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            add(layout->blockBoundingRect(block).top());
    const QList<QTextFrame *> frames = doc.rootFrame()->childFrames();
    for (QTextFrame *frame : frames)
        if (frame->frameFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            add(layout->frameBoundingRect(frame).top());
    std::sort(starts.begin(), starts.end());
    return starts;
}

} // namespace

QPageLayout DocumentPrinter::a4Layout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(28, 30, 26, 25),
                       QPageLayout::Millimeter);
}

Status DocumentPrinter::print(const QTextDocument &document, QPagedPaintDevice *device, const Options &options)
{
    if (!device)
        return Status::failure(tr("There is nothing to print the document on."));
    // A printer that cannot take A4 keeps its own page; the document is laid out on whatever it has.
    device->setPageLayout(options.pageLayout);

    std::unique_ptr<QTextDocument> doc(document.clone());
    QPainter painter;
    if (!painter.begin(device))
        return Status::failure(tr("Cannot start printing the document."));

    // Laid out with the device's own metrics, so what is measured is what is painted.
    doc->documentLayout()->setPaintDevice(device);
    QFont footerFont = doc->defaultFont();
    footerFont.setPointSizeF(9);
    const QFontMetricsF footerMetrics(footerFont, device);
    const qreal footerHeight = options.footer.isEmpty() ? 0 : footerMetrics.height() * 2.5;
    const QSizeF page(device->width(), device->height() - footerHeight);
    if (page.width() <= 0 || page.height() <= 0)
        return Status::failure(tr("The page is too small to print the document on."));
    doc->setPageSize(page);

    const int pages = doc->pageCount();
    const QList<int> starts = partStarts(*doc, page.height());
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device->newPage())
            return Status::failure(tr("Cannot start page %1 of the document.").arg(i + 1));
        painter.save();
        painter.setClipRect(QRectF(QPointF(0, 0), page));
        painter.translate(0, -i * page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        // The first line of the next page starts exactly at this page's end: keep the layout from
        // drawing it here at all (clipped, it still leaves a sliver at low resolutions).
        context.clip = QRectF(0, i * page.height(), page.width(), page.height() - 1);
        context.palette.setColor(QPalette::Text, Qt::black);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();

        if (!options.footer.isEmpty()) {
            const auto part = std::upper_bound(starts.cbegin(), starts.cend(), i) - 1;
            const int partStart = *part;
            const int partEnd = (part + 1 == starts.cend()) ? pages : *(part + 1);
            QString text = options.footer;
            text.replace(QLatin1String("{{page}}"), QString::number(i - partStart + 1));
            text.replace(QLatin1String("{{pages}}"), QString::number(partEnd - partStart));
            painter.setFont(footerFont);
            painter.setPen(Qt::black);
            painter.drawText(QRectF(0, device->height() - footerHeight, device->width(), footerHeight),
                             Qt::AlignHCenter | Qt::AlignBottom, text);
        }
    }
    if (!painter.end())
        return Status::failure(tr("Cannot finish printing the document."));
    return Status::success();
}

Status DocumentPrinter::writePdf(const QTextDocument &document, const QString &path, const Options &options)
{
    // A printed document carries names and ID numbers: it is the user's alone (design §5). And it
    // must never land on the open database (see DatabaseFiles).
    if (Status s = DatabaseFiles::refuseOpenDatabaseFile(path); !s)
        return s;
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Status::failure(tr("Cannot write %1: %2").arg(partial, file.errorString()));
    if (Status s = PrivateFiles::makePrivate(partial); !s) {
        file.close();
        file.remove();
        return s;
    }

    Status printed = Status::success();
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("UnionDesk"));
        writer.setTitle(options.title);
        writer.setResolution(600);
        printed = print(document, &writer, options);
    }
    if (printed && (!file.flush() || file.error() != QFileDevice::NoError))
        printed = Status::failure(tr("Cannot write %1: %2").arg(partial, file.errorString()));
    file.close();
    if (!printed) {
        file.remove();
        return printed;
    }

    std::error_code error;
    std::filesystem::rename(std::filesystem::path(partial.toStdU16String()),
                            std::filesystem::path(path.toStdU16String()), error);
    if (error) {
        QFile::remove(partial);
        return Status::failure(tr("Cannot save %1: %2").arg(path, QString::fromStdString(error.message())));
    }
    return Status::success();
}

} // namespace ud
