#pragma once

#include "core/Progress.h"
#include "core/Result.h"
#include "exchange/ImportColumns.h"
#include "exchange/ImportReport.h"
#include "exchange/ImportRow.h"
#include "exchange/TabularFile.h"

#include <QStringList>

namespace ud {

// The course of an all-or-nothing import, the same for every importer:
//  1. find the header row (HeaderSearch) and report its problems;
//  2. Target::begin: the importer opens its write transaction (and whatever goes with it: a
//     WriteNotice, prepared lookups) — this module knows no database, so that is the importer's;
//  3. every data row is read and checked (Target::read); while the whole file is clean so far,
//     the row is written at once (Target::write), inside that transaction; at the first problem
//     writing stops, but reading goes on for a complete report;
//  4. with any problem the report is returned, sorted by row and column, and the importer's
//     transaction rolls back: nothing of the file is kept. Otherwise Target::finish logs and
//     commits, and every row counts as imported.
//  5. `Options::progress` is asked before every row (rows done, rows in all); when it returns
//     false the run stops there and returns a report marked `cancelled`, without finish(): the
//     importer's transaction rolls back and nothing of the file is kept, as with a problem.
// Writing while reading keeps memory flat on a file of 100,000 rows, and lets a row be checked
// against the rows written before it (e.g. a case number given out to an earlier row).
class ImportRun
{
public:
    class Target
    {
    public:
        virtual ~Target() = default;
        // Before the first row; a failure ends the run with it (a Result failure).
        virtual Status begin(qsizetype rows) = 0;
        // Before the row of index `index` (0-based) is read.
        virtual void progress(qsizetype index) { Q_UNUSED(index); }
        // Reads and checks one row, reporting its problems on `row`; true when the row is to be
        // written (if the file is still clean).
        virtual bool read(ImportRow &row) = 0;
        // Writes the row read last. A failure is reported on the row ("Could not be saved").
        virtual Status write(ImportRow &row) = 0;
        // After the last row, only when no row had a problem: log and commit. A failure ends the
        // run with it (a Result failure).
        virtual Status finish(const ImportReport &report) = 0;
    };

    struct Options
    {
        int headerMinimum = 2;     // recognised columns that make a row the header row
        QStringList shownHeaders;  // listed when a column is unknown (default: the template headers)
        bool rowsDespiteHeaderProblems = true; // read the rows even when the header row has problems
        // A column no spec accepts (入职日期 in a list of workers) is not read and the report
        // names it (ImportReport::unreadColumns), instead of refusing the file.
        bool unknownColumnsIgnored = false;
        Progress progress; // before every row; false = cancelled (see 5. above)
    };

    static Result<ImportReport> run(const ImportColumns &columns, const Options &options, const Table &input, Target &target);
};

} // namespace ud
