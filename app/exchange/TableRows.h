#pragma once

#include "exchange/TabularFile.h"

namespace ud::TableRows {

// Shared by the CSV and XLSX readers.
inline bool isBlank(const QStringList &row)
{
    for (const QString &cell : row)
        if (!cell.trimmed().isEmpty())
            return false;
    return true;
}

// Moves the first non-blank row into the headers; drops trailing empty header cells.
inline Table finish(const QList<QStringList> &rows, const QList<int> &numbers)
{
    Table t;
    int i = 0;
    while (i < rows.size() && isBlank(rows.at(i)))
        ++i;
    if (i == rows.size())
        return t;
    t.headers = rows.at(i);
    while (!t.headers.isEmpty() && t.headers.constLast().trimmed().isEmpty())
        t.headers.removeLast();
    t.headerRow = numbers.at(i);
    for (++i; i < rows.size(); ++i) {
        if (isBlank(rows.at(i)))
            continue;
        t.rows.append(rows.at(i));
        t.rowNumbers.append(numbers.at(i));
    }
    return t;
}

} // namespace ud::TableRows
