#include "exchange/ImportRun.h"

#include "exchange/HeaderSearch.h"

#include <QCoreApplication>

namespace ud {

// The messages keep the context of the register's importer, where they were first written, so
// the catalogue's translations apply to every importer.
Result<ImportReport> ImportRun::run(const ImportColumns &columns, const Options &options, const Table &input, Target &target)
{
    ImportReport report;
    QList<ImportIssue> &issues = report.issues;
    const HeaderSearch::Sheet sheet = HeaderSearch::locate(columns, input, options.headerMinimum);
    const Table &table = sheet.table;
    report.rowsRead = static_cast<int>(table.rows.size());
    if (table.headers.isEmpty()) {
        issues.append({table.headerRow, {}, {}, QCoreApplication::translate("RegisterImporter", "The file is empty.")});
        return report;
    }
    issues << HeaderSearch::problems(sheet, columns,
                                     options.shownHeaders.isEmpty() ? columns.templateHeaders() : options.shownHeaders,
                                     options.unknownColumnsIgnored);
    if (options.unknownColumnsIgnored && sheet.map.mapped > 0)
        report.unreadColumns = sheet.map.unread;
    const bool readRows = options.rowsDespiteHeaderProblems || issues.isEmpty();

    if (Status s = target.begin(table.rows.size()); !s)
        return Result<ImportReport>::failure(s.error());
    for (int r = 0; readRows && r < table.rows.size(); ++r) {
        if (options.progress && !options.progress(r, table.rows.size())) {
            // The importer's transaction rolls back when the target goes: nothing is kept.
            report.cancelled = true;
            return report;
        }
        target.progress(r);
        const QStringList &cells = table.rows.at(r);
        ImportRow row(columns, sheet.map, cells, table.rowNumber(r), issues);
        for (qsizetype c = table.headers.size(); c < cells.size(); ++c)
            if (!cells.at(c).trimmed().isEmpty()) {
                row.reportRow(QCoreApplication::translate("RegisterImporter", "A value stands in a column without a header."),
                              cells.at(c).trimmed());
                break;
            }
        if (!target.read(row) || !issues.isEmpty())
            continue;
        if (Status written = target.write(row); !written)
            row.reportRow(QCoreApplication::translate("RegisterImporter", "Could not be saved: %1").arg(written.error()));
    }
    if (!issues.isEmpty()) {
        report.sortIssues(table.headers);
        return report;
    }
    if (Status s = target.finish(report); !s)
        return Result<ImportReport>::failure(s.error());
    report.imported = report.rowsRead;
    return report;
}

} // namespace ud
