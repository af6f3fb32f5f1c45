#include "exchange/HeaderSearch.h"

#include "exchange/ImportCells.h"

#include <QCoreApplication>

namespace ud {

HeaderMap HeaderSearch::map(const ImportColumns &columns, const QStringList &headers)
{
    HeaderMap m;
    m.headers = headers;
    for (int c = 0; c < headers.size(); ++c) {
        const QString h = ImportCells::normalHeader(headers.at(c));
        if (h.isEmpty())
            continue;
        if (ImportColumns::isIgnored(h)) {
            m.unread << headers.at(c).trimmed();
            continue;
        }
        const QString key = columns.keyOf(h);
        if (key.isEmpty()) {
            m.unknown << headers.at(c).trimmed();
            m.unread << headers.at(c).trimmed();
        } else if (m.index.contains(key)) {
            m.doubled << headers.at(c).trimmed();
        } else {
            m.index.insert(key, c);
            ++m.mapped;
        }
    }
    return m;
}

HeaderSearch::Sheet HeaderSearch::locate(const ImportColumns &columns, const Table &input, int minimum)
{
    Sheet sheet;
    sheet.table = input;
    sheet.map = map(columns, input.headers);
    for (int i = 0; i < qMin<qsizetype>(5, input.rows.size()) && sheet.map.mapped < minimum; ++i) {
        HeaderMap candidate = map(columns, input.rows.at(i));
        if (candidate.mapped < minimum)
            continue;
        Table &table = sheet.table;
        sheet.map = candidate;
        table.headers = input.rows.at(i);
        table.headerRow = input.rowNumber(i);
        table.rows = input.rows.mid(i + 1);
        table.rowNumbers.clear();
        for (int r = i + 1; r < input.rows.size(); ++r)
            table.rowNumbers << input.rowNumber(r);
    }
    return sheet;
}

// The messages keep the context of the register's importer, where they were first written, so
// the catalogue's translations apply to every importer.
QList<ImportIssue> HeaderSearch::problems(const Sheet &sheet, const ImportColumns &columns, const QStringList &shownHeaders,
                                          bool unknownIgnored)
{
    QList<ImportIssue> issues;
    const int headerRow = sheet.table.headerRow;
    const HeaderMap &map = sheet.map;
    if (unknownIgnored && map.mapped == 0) {
        // Nothing to read: say so once, rather than one "missing" per required column.
        issues.append({headerRow, {}, {},
                       QCoreApplication::translate("RegisterImporter",
                                                   "None of the file's columns is one the program reads, so the header row "
                                                   "was not recognised. Give the columns the template's headers (%1).")
                           .arg(shownHeaders.join(QStringLiteral("、")))});
        return issues;
    }
    if (!map.unknown.isEmpty() && !unknownIgnored)
        issues.append({headerRow, map.unknown.join(QStringLiteral(", ")), {},
                       QCoreApplication::translate("RegisterImporter",
                                                   "Unknown column(s). Rename them to the template's headers (%1) or delete them.")
                           .arg(shownHeaders.join(QStringLiteral("、")))});
    for (const QString &h : std::as_const(map.doubled))
        issues.append({headerRow, h, {},
                       QCoreApplication::translate("RegisterImporter",
                                                   "This column gives the same information as another column; keep one of them.")});
    const auto missing = [&](const QString &key) {
        issues.append({headerRow, {}, {},
                       QCoreApplication::translate("RegisterImporter", "The column %1 is missing; it is required.")
                           .arg(columns.templateHeader(key))});
    };
    for (const ColumnSpec &spec : columns.specs())
        if (spec.required && !map.has(QString::fromLatin1(spec.key)))
            missing(QString::fromLatin1(spec.key));
    for (const QStringList &group : columns.oneOfGroups()) {
        bool any = false;
        for (const QString &key : group)
            any = any || map.has(key);
        if (!any && !group.isEmpty())
            missing(group.first());
    }
    if (sheet.table.rows.isEmpty())
        issues.append({headerRow, {}, {},
                       QCoreApplication::translate("RegisterImporter", "The file has no data rows under the headers.")});
    return issues;
}

} // namespace ud
