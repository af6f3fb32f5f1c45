#pragma once

#include <QCoreApplication>
#include <QString>

namespace ud {

class Database;

// The mediation workspace's section of the register's detail pane: the dispute cases of a
// worker (as a party) or of an employer, newest first (RegisterDetailPane::Section).
class CasesOfRecord
{
    Q_DECLARE_TR_FUNCTIONS(CasesOfRecord)

public:
    // HTML for the record `id` of `table` ("workers" / "employers"); "" for any other table.
    static QString html(Database &db, const QString &table, const QString &id);
};

} // namespace ud
