#pragma once

#include "register/Register.h"
#include "register/RegisterSearch.h"

#include <QList>
#include <QVariant>

#include <optional>

namespace ud {

class Database;

// Read side of the register: lookups, duplicate candidates, filtered and sorted pages (keyset
// pagination, so the 200,000th row costs what the first does) and full-text search.
class RegisterRepository
{
public:
    explicit RegisterRepository(Database &db) : m_db(db) {}

    std::optional<Worker> worker(const QString &id) const;
    std::optional<Employer> employer(const QString &id) const;
    // Exact duplicates (live records only).
    std::optional<Worker> workerByIdNumber(const QString &normalisedIdNumber) const;
    std::optional<Employer> employerByCreditCode(const QString &normalisedCode) const;
    // "Possibly the same": same birth date and a name equal or one character apart; or, with no
    // birth date, the same name at the same employer. `excludeId` is the record being edited.
    QList<Worker> similarWorkers(const QString &name, const QDate &birthDate, const QString &employerId,
                                 const QString &excludeId = {}) const;
    // Same district (or none given) and names equal once the usual prefixes and suffixes are
    // removed (北京, 北京市, 有限公司, 有限责任公司, 股份有限公司, brackets...), or one containing the other.
    QList<Employer> similarEmployers(const QString &name, const QString &district, const QString &excludeId = {}) const;
    static QString employerNameKey(const QString &name);

    struct WorkerFilter
    {
        QString district;   // org unit code: workers whose employer is in it
        QString street;
        QString employerId;
        std::optional<bool> unionMember;
        QString text;       // name / address / post / employer's name substring
        std::optional<QStringList> ids; // only these workers (the search box's matches, from search())
    };
    struct EmployerFilter
    {
        QString district;
        QString street;
        QString industry;   // 大类 code, or a 门类 letter for all its 大类
        enum class Size { Any, Under100, HundredPlus } size = Size::Any;
        std::optional<bool> unionFounded;
        QString text;
        std::optional<QStringList> ids; // only these employers (the search box's matches)
    };
    enum class WorkerSort { Name, BirthDate, Employer, UpdatedAt };
    enum class EmployerSort { Name, CreditCode, Industry, EmployeeCount, District, UpdatedAt };

    // A page position: the sort value and id of the last row already shown (empty = first page).
    struct PageKey
    {
        QVariant sortValue;
        QString id;
        bool isStart() const { return id.isEmpty(); }
    };

    int countWorkers(const WorkerFilter &filter) const;
    QList<Worker> workersPage(const WorkerFilter &filter, WorkerSort sort, Qt::SortOrder order, const PageKey &after,
                              int limit) const;
    static PageKey workerKey(const Worker &w, WorkerSort sort);

    int countEmployers(const EmployerFilter &filter) const;
    QList<Employer> employersPage(const EmployerFilter &filter, EmployerSort sort, Qt::SortOrder order,
                                  const PageKey &after, int limit) const;
    static PageKey employerKey(const Employer &e, EmployerSort sort);

    using SearchHit = RegisterSearch::Hit;
    // The one search box over the whole register: records whose name contains `text` first,
    // then those whose details do (see RegisterSearch; FTS5 trigram indexes, so Chinese
    // substrings of any length, 朝阳 as well as 八里庄路, match anywhere).
    QList<SearchHit> search(const QString &text, int limit = 50) const;
    // The live workers, then employers, named exactly `name` (by the name indexes), at most
    // `limit` of each: the search box lists them first, and the trigram index cannot find a
    // name of two characters (于阳) beyond its first rows.
    QList<SearchHit> named(const QString &name, int limit) const;

    QList<Worker> workersOfEmployer(const QString &employerId) const;

private:
    QList<Worker> workersByEmployer(const WorkerFilter &filter, Qt::SortOrder order, const PageKey &after, int limit) const;

    Database &m_db;
};

} // namespace ud
