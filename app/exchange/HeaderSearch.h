#pragma once

#include "exchange/ImportColumns.h"
#include "exchange/ImportReport.h"
#include "exchange/TabularFile.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace ud {

// The header row of an import sheet, mapped to the importer's columns.
struct HeaderMap
{
    QHash<QString, int> index; // key -> column
    QStringList headers;       // the header row as read
    int mapped = 0;            // columns recognised
    QStringList unknown;       // headers no column accepts (trimmed)
    QStringList doubled;       // headers of a column met already (trimmed)
    QStringList unread;        // headers of columns not read, in sheet order: unknown ones and
                               // row numbers (序号, No.) (trimmed)

    int column(const QString &key) const { return index.value(key, -1); }
    bool has(const QString &key) const { return index.contains(key); }
};

// Finds the header row of a sheet and maps its columns. The header row is the table's own, or,
// when that is a title (职工名册, 调解案件登记台账) with fewer than `minimum` recognised columns,
// the first of the next five rows that has at least `minimum`; the rows under it are the data,
// with their sheet row numbers.
class HeaderSearch
{
public:
    struct Sheet
    {
        Table table; // headers = the header row found; rows and row numbers = the data under it
        HeaderMap map;
    };

    static HeaderMap map(const ImportColumns &columns, const QStringList &headers);
    static Sheet locate(const ImportColumns &columns, const Table &input, int minimum);

    // The problems of the header row, all on its row: unknown columns (the message lists
    // `shownHeaders`), doubled columns, missing required columns, no data rows. The caller
    // reports an empty file (no headers at all) itself. With `unknownIgnored` an unknown column
    // is no problem (the report names it as not read), unless no column at all is known.
    static QList<ImportIssue> problems(const Sheet &sheet, const ImportColumns &columns, const QStringList &shownHeaders,
                                       bool unknownIgnored = false);
};

} // namespace ud
