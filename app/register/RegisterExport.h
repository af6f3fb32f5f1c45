#pragma once

#include "core/Result.h"
#include "exchange/TabularFile.h"
#include "storage/Accounts.h"
#include "register/Register.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace ud {

class Database;

// The register's lists as tables, with the importer's template headers, so an exported file
// can be imported again: codes are written as their names (民族 汉族, 户口性质 城镇, 所在区 朝阳区,
// 所在街道 八里庄街道; 行业 as "47 房屋建筑业" so the code stays exact), booleans as 是/否, dates as
// yyyy-MM-dd, and each worker's employer by name and by credit code. ID numbers are masked
// (110105********002X) unless asked for and the viewer's role may read them
// (mayReadFullIdNumbers): a reviewer's request for full numbers is refused, whoever calls.
class RegisterExport
{
    Q_DECLARE_TR_FUNCTIONS(RegisterExport)

public:
    // Display names for the codes records carry; a code with no name is written as it is.
    struct Names
    {
        QHash<QString, QString> ethnicity;
        QHash<QString, QString> hukouType;
        QHash<QString, QString> employerType;
        QHash<QString, QString> industry;      // code -> "47 房屋建筑业"
        QHash<QString, QString> orgUnits;      // district/street code -> short name
        QHash<QString, QString> employerCodes; // employer id -> credit code
    };
    static Names names(Database &db);

    static Table workers(const QList<Worker> &rows, bool fullIdNumbers, const Names &names = {});
    static Table employers(const QList<Employer> &rows, const Names &names = {});

    // Writes the file (.csv or .xlsx) and, in the same breath, an AccessLog "export" entry under
    // the viewer's user name: workers are personal data (design §5). No file, no entry; no entry,
    // no file. Full ID numbers only for a viewer whose role may read them; otherwise refused
    // (fullIdNumbersRefused) and nothing is written.
    static Status exportWorkers(Database &db, const Session &viewer, const QList<Worker> &rows, const QString &path,
                                bool fullIdNumbers);
    // The same for an actor known by name (the desktop's RecordStore actor): when `actor` is an
    // account, its role in the users table decides (accountRole); a name that is no account
    // (tests, tools) is not restricted.
    static Status exportWorkers(Database &db, const QString &actor, const QList<Worker> &rows, const QString &path,
                                bool fullIdNumbers);
    // The message of a refused request for full ID numbers.
    static QString fullIdNumbersRefused(const Session &viewer);
    static Status exportEmployers(Database &db, const QList<Employer> &rows, const QString &path);
};

} // namespace ud
