#include "exchange/ImportReport.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace ud {

// The messages keep the context of the register's importer, where they were first written, so
// the catalogue's translations apply to every importer.

QString ImportReport::summary() const
{
    if (cancelled)
        return QCoreApplication::translate("RegisterImporter", "The import was cancelled; nothing was saved.");
    if (ok())
        return QCoreApplication::translate("RegisterImporter", "%n row(s) read, all imported.", nullptr, rowsRead);
    QSet<int> rows;
    for (const ImportIssue &i : issues)
        rows.insert(i.row);
    const int problems = static_cast<int>(issues.size());
    return QCoreApplication::translate("RegisterImporter",
                                       "Nothing was imported: %n problem(s) in %1 row(s) of the file (%2 data rows read). "
                                       "Correct the file and import it again.",
                                       nullptr, problems)
        .arg(rows.size())
        .arg(rowsRead);
}

QString ImportReport::toText() const
{
    QList<ImportIssue> sorted = issues;
    std::stable_sort(sorted.begin(), sorted.end(), [](const ImportIssue &a, const ImportIssue &b) { return a.row < b.row; });
    QString out = summary() + QLatin1Char('\n');
    if (!unreadColumns.isEmpty())
        out += QCoreApplication::translate("RegisterImporter", "Columns not read (the program does not use them): %1")
                   .arg(unreadColumns.join(QStringLiteral("、")))
            + QLatin1Char('\n');
    for (const ImportIssue &i : std::as_const(sorted)) {
        QString where = i.column.isEmpty() ? QCoreApplication::translate("RegisterImporter", "Row %1").arg(i.row)
                                           : QCoreApplication::translate("RegisterImporter", "Row %1, column %2").arg(i.row).arg(i.column);
        // A cell is quoted up to 60 characters: an over-long one would bury the report.
        if (!i.value.isEmpty())
            where += QStringLiteral(" (\"%1\")").arg(i.value.size() > 60 ? i.value.left(57) + QStringLiteral("...") : i.value);
        out += QCoreApplication::translate("RegisterImporter", "%1: %2").arg(where, i.message);
        out += QLatin1Char('\n');
    }
    return out;
}

void ImportReport::sortIssues(const QStringList &headers)
{
    std::stable_sort(issues.begin(), issues.end(), [&headers](const ImportIssue &x, const ImportIssue &y) {
        if (x.row != y.row)
            return x.row < y.row;
        return headers.indexOf(x.column) < headers.indexOf(y.column);
    });
}

} // namespace ud
