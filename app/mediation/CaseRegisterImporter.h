#pragma once

#include "core/Progress.h"
#include "core/Result.h"
#include "exchange/ImportColumnGuide.h"
#include "register/RegisterImporter.h"
#include "exchange/TabularFile.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace ud {

class Database;
class RecordStore;

// Imports an existing case register (调解案件登记台账) kept in a spreadsheet, all or nothing, in the
// design of RegisterImporter: every row is read and checked (dates, code lists, amounts, ID
// numbers, the employer, MediationService::validateHistory, and the lifecycle path from
// "received" to the row's status with the register's dates, CaseImportPath) and every clean row
// is written through MediationService, each in a savepoint of one transaction. The transaction is
// committed, with an AccessLog "import" entry, only if no row had a problem, in the check or in
// the write; otherwise nothing is kept and the report says, row by row, what is wrong — every row
// the write refused among them. Cases of any age are history: the intake's "more than five years
// ago" does not apply to them.
//
// The columns are documented in docs/import-cases.md: Chinese headers as an office's register has
// them, or English field names. Case numbers in the file are kept (they must be unique); rows
// without one get the next number of this node's block. An applicant found by ID number (or by
// an unambiguous name) is linked to the register; one with a name and a valid ID number who is
// not in the register yet is added to it, employed by the respondent.
class CaseRegisterImporter
{
    Q_DECLARE_TR_FUNCTIONS(CaseRegisterImporter)

public:
    CaseRegisterImporter(Database &db, RecordStore &store, const QDate &today = QDate::currentDate());

    // Result failure = the file itself could not be read (or the database failed); otherwise the
    // report, ok or not. `progress` is asked before every row (ImportRun); when it returns false
    // the import stops, its transaction rolls back and the report is marked cancelled.
    Result<ImportReport> importFile(const QString &path, const Progress &progress = {});
    // `sourceName`: the file the table was read from, for the access log ("" when none).
    Result<ImportReport> importTable(const Table &table, const QString &sourceName = {}, const Progress &progress = {});

    // The Chinese column headers of a template, in the documented order.
    static QStringList templateHeaders();
    // The columns read, and what each holds (CaseImportGuide.cpp), for the import dialog.
    static const ImportColumns &importColumns();
    static QList<ImportColumnGuide> columnGuide();

private:
    Result<ImportReport> run(const Table &table, const QString &sourceName, const Progress &progress);

    Database &m_db;
    RecordStore &m_store;
    QDate m_today;
};

} // namespace ud
