#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ud {

struct ImportIssue
{
    int row = 0;     // row as the user sees it in the sheet: the header is row 1 (or where it was found)
    QString column;  // the file's own header text; empty for the whole row or file
    QString value;   // the cell as read
    QString message; // translated
};

// What an import found: the data rows read, the rows imported (all or none) and the problems.
struct ImportReport
{
    int rowsRead = 0;
    int imported = 0;
    QList<ImportIssue> issues;
    QStringList unreadColumns; // the file's columns the importer does not use, named in the report
    bool cancelled = false;    // the user stopped the run: nothing was imported


    bool ok() const { return issues.isEmpty() && !cancelled; }
    QString summary() const; // one translated line
    QString toText() const;  // the summary, the columns not read, then one translated line per issue, in row order

    // Orders the issues row by row, and inside a row in the order of the sheet's columns
    // (`headers`; issues of the whole row first).
    void sortIssues(const QStringList &headers);
};

} // namespace ud
