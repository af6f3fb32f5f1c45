#pragma once

#include "core/Progress.h"
#include "core/Result.h"
#include "exchange/ImportColumnGuide.h"
#include "exchange/ImportReport.h"
#include "exchange/TabularFile.h"

#include <QCoreApplication>
#include <QString>

namespace ud {

class Database;
class RecordStore;

// Imports a sheet of workers or employers into the register, all or nothing: every row is read
// and checked (RegisterValidator, plus the importer's own checks: names of code-list items,
// districts, streets and employers; duplicates within the file and against the register), and
// only if no row has a problem are all rows written through RecordStore in one transaction,
// with an AccessLog "import" entry. Otherwise nothing is written and the report says, row by
// row, what is wrong and why.
//
// Columns are found by their headers: the Chinese headers of union forms or the English field
// names (see templateHeaders() and the synonyms in the .cpp); a title row above the headers is
// skipped. A column the importer does not use (序号, 入职日期, 籍贯...) is not read and the report
// names it; only a file with no known column at all is refused for its headers. The course of
// the run is ImportRun's (app/exchange).
class RegisterImporter
{
    Q_DECLARE_TR_FUNCTIONS(RegisterImporter)

public:
    enum class Kind { Workers, Employers };

    RegisterImporter(Database &db, RecordStore &store);

    // Result failure = the file itself could not be read (or the database failed); otherwise
    // the report, ok or not. `progress` is asked before every row (ImportRun); when it returns
    // false the import stops, nothing is kept and the report is marked cancelled.
    Result<ImportReport> importFile(Kind kind, const QString &path, const Progress &progress = {});
    // `sourceName`: the file the table was read from, for the access log ("" when none).
    Result<ImportReport> importTable(Kind kind, const Table &table, const QString &sourceName = {},
                                     const Progress &progress = {});

    // The column headers of a template file (Chinese), in order; exports use the same.
    static QStringList templateHeaders(Kind kind);
    // "workers" / "employers"
    static QString tableName(Kind kind);
    // The columns read, and what each holds (RegisterImportGuide.cpp), for the import dialog.
    static const ImportColumns &importColumns(Kind kind);
    static QList<ImportColumnGuide> columnGuide(Kind kind);

private:
    Result<ImportReport> run(Kind kind, const Table &table, const QString &sourceName, const Progress &progress);

    Database &m_db;
    RecordStore &m_store;
};

} // namespace ud
