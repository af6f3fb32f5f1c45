#include "register/RegisterRepository.h"

#include "core/NameSortKey.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace ud {

namespace {

const QString kWorkerColumns = QStringLiteral(
    "w.id, w.version, w.name, coalesce(w.sex, ''), coalesce(w.ethnicity, ''), coalesce(w.birth_date, ''), "
    "coalesce(w.id_number, ''), w.phone, w.address, coalesce(w.hukou_type, ''), coalesce(w.employer_id, ''), "
    "coalesce(e.name, ''), w.post, w.union_member, w.notes, w.org_unit, coalesce(w.merged_into, ''), w.deleted, "
    "w.updated_at, w.id_type, w.id_number_override");
const QString kWorkerFrom = QStringLiteral(" FROM workers w LEFT JOIN employers e ON e.id = w.employer_id ");

const QString kEmployerColumns = QStringLiteral(
    "e.id, e.version, e.name, coalesce(e.credit_code, ''), e.credit_code_override, coalesce(e.employer_type, ''), "
    "coalesce(e.industry, ''), e.employee_count, e.union_founded, coalesce(e.union_founded_on, ''), "
    "e.has_workers_congress, e.has_open_affairs, e.has_collective_bargaining, e.legal_representative, e.phone, "
    "e.address, coalesce(e.district, ''), coalesce(e.street, ''), e.notes, e.org_unit, coalesce(e.merged_into, ''), "
    "e.deleted, e.updated_at");
const QString kEmployerFrom = QStringLiteral(" FROM employers e ");

Worker workerFrom(const QSqlQuery &q)
{
    Worker w;
    w.id = q.value(0).toString();
    w.version = q.value(1).toLongLong();
    w.name = q.value(2).toString();
    w.sex = q.value(3).toString();
    w.ethnicity = q.value(4).toString();
    w.birthDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    w.idNumber = q.value(6).toString();
    w.phone = q.value(7).toString();
    w.address = q.value(8).toString();
    w.hukouType = q.value(9).toString();
    w.employerId = q.value(10).toString();
    w.employerName = q.value(11).toString();
    w.post = q.value(12).toString();
    w.unionMember = q.value(13).toInt() != 0;
    w.notes = q.value(14).toString();
    w.orgUnit = q.value(15).toString();
    w.mergedInto = q.value(16).toString();
    w.deleted = q.value(17).toInt() != 0;
    w.updatedAt = q.value(18).toString();
    w.idType = q.value(19).toString();
    w.idNumberOverride = q.value(20).toString();
    return w;
}

Employer employerFrom(const QSqlQuery &q)
{
    Employer e;
    e.id = q.value(0).toString();
    e.version = q.value(1).toLongLong();
    e.name = q.value(2).toString();
    e.creditCode = q.value(3).toString();
    e.creditCodeOverride = q.value(4).toString();
    e.employerType = q.value(5).toString();
    e.industry = q.value(6).toString();
    if (!q.value(7).isNull())
        e.employeeCount = q.value(7).toInt();
    e.unionFounded = q.value(8).toInt() != 0;
    e.unionFoundedOn = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    e.hasWorkersCongress = q.value(10).toInt() != 0;
    e.hasOpenAffairs = q.value(11).toInt() != 0;
    e.hasCollectiveBargaining = q.value(12).toInt() != 0;
    e.legalRepresentative = q.value(13).toString();
    e.phone = q.value(14).toString();
    e.address = q.value(15).toString();
    e.district = q.value(16).toString();
    e.street = q.value(17).toString();
    e.notes = q.value(18).toString();
    e.orgUnit = q.value(19).toString();
    e.mergedInto = q.value(20).toString();
    e.deleted = q.value(21).toInt() != 0;
    e.updatedAt = q.value(22).toString();
    return e;
}

// Names one character apart (a typo or a variant character) count as similar.
bool nearlySameName(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    if (a.size() != b.size())
        return false;
    int diff = 0;
    for (int i = 0; i < a.size(); ++i)
        if (a.at(i) != b.at(i) && ++diff > 1)
            return false;
    return diff == 1;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// Builds "WHERE ... AND (keyset condition)" plus ORDER BY for a page.
struct PageQuery
{
    QStringList where;
    QVariantList binds;
};

// "Only these ids": one bound JSON array, so a search's 2,000 matches are one parameter and the
// rows are read by primary key.
void restrictToIds(PageQuery &pq, const QString &idColumn, const QStringList &ids)
{
    pq.where << QStringLiteral("%1 IN (SELECT value FROM json_each(?))").arg(idColumn);
    pq.binds << QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

void addKeyset(PageQuery &pq, const QString &sortExpr, const QString &idExpr, Qt::SortOrder order,
               const RegisterRepository::PageKey &after)
{
    if (after.isStart())
        return;
    const QString op = order == Qt::AscendingOrder ? QStringLiteral(">") : QStringLiteral("<");
    // (value, id) after the key. Written "v >= ? AND (v > ? OR id > ?)" rather than
    // "v > ? OR (v = ? AND id > ?)": with two separate parameters SQLite cannot see that the
    // second form is a range, and scanned the index from its start, so a page cost more the
    // further down it was (page 10 of workers by name: ~55 ms instead of ~3 ms).
    pq.where << QStringLiteral("%1 %3= ? AND (%1 %3 ? OR %2 %3 ?)").arg(sortExpr, idExpr, op);
    pq.binds << after.sortValue << after.sortValue << after.id;
}

QString whereClause(const PageQuery &pq)
{
    return pq.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + pq.where.join(QStringLiteral(" AND "));
}

bool execWith(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec();
}

QString workerSortExpr(RegisterRepository::WorkerSort sort)
{
    switch (sort) {
    // The pinyin order's key (schema 16, NameSortKeys keeps it equal to NameSortKey::of(name)).
    case RegisterRepository::WorkerSort::Name: return QStringLiteral("w.name_key");
    case RegisterRepository::WorkerSort::BirthDate: return QStringLiteral("coalesce(w.birth_date, '')");
    case RegisterRepository::WorkerSort::Employer: return QStringLiteral("coalesce(e.name, '')");
    case RegisterRepository::WorkerSort::UpdatedAt: return QStringLiteral("w.updated_at");
    }
    return QStringLiteral("w.name_key");
}

QString employerSortExpr(RegisterRepository::EmployerSort sort)
{
    switch (sort) {
    case RegisterRepository::EmployerSort::Name: return QStringLiteral("e.name_key");
    case RegisterRepository::EmployerSort::CreditCode: return QStringLiteral("coalesce(e.credit_code, '')");
    case RegisterRepository::EmployerSort::Industry: return QStringLiteral("coalesce(e.industry, '')");
    case RegisterRepository::EmployerSort::EmployeeCount: return QStringLiteral("coalesce(e.employee_count, -1)");
    case RegisterRepository::EmployerSort::District: return QStringLiteral("coalesce(e.street, coalesce(e.district, ''))");
    case RegisterRepository::EmployerSort::UpdatedAt: return QStringLiteral("e.updated_at");
    }
    return QStringLiteral("e.name_key");
}

PageQuery workerConditions(const RegisterRepository::WorkerFilter &f)
{
    PageQuery pq;
    pq.where << QStringLiteral("w.deleted = 0");
    if (!f.employerId.isEmpty()) {
        pq.where << QStringLiteral("w.employer_id = ?");
        pq.binds << f.employerId;
    }
    if (!f.district.isEmpty()) {
        pq.where << QStringLiteral("e.district = ?");
        pq.binds << f.district;
    }
    if (!f.street.isEmpty()) {
        pq.where << QStringLiteral("e.street = ?");
        pq.binds << f.street;
    }
    if (f.unionMember) {
        pq.where << QStringLiteral("w.union_member = ?");
        pq.binds << (*f.unionMember ? 1 : 0);
    }
    if (!f.text.trimmed().isEmpty()) {
        pq.where << QStringLiteral("(w.name LIKE ? ESCAPE '\\' OR w.address LIKE ? ESCAPE '\\' OR w.post LIKE ? ESCAPE '\\' "
                                  "OR e.name LIKE ? ESCAPE '\\')");
        const QString p = likePattern(f.text.trimmed());
        pq.binds << p << p << p << p;
    }
    if (f.ids)
        restrictToIds(pq, QStringLiteral("w.id"), *f.ids);
    return pq;
}

PageQuery employerConditions(const RegisterRepository::EmployerFilter &f)
{
    PageQuery pq;
    pq.where << QStringLiteral("e.deleted = 0");
    if (!f.district.isEmpty()) {
        pq.where << QStringLiteral("e.district = ?");
        pq.binds << f.district;
    }
    if (!f.street.isEmpty()) {
        pq.where << QStringLiteral("e.street = ?");
        pq.binds << f.street;
    }
    if (!f.industry.isEmpty()) {
        if (f.industry.size() == 1 && f.industry.at(0).isLetter()) {
            pq.where << QStringLiteral("e.industry IN (SELECT code FROM code_items WHERE list = 'industry' AND parent_code = ?)");
        } else {
            pq.where << QStringLiteral("e.industry = ?");
        }
        pq.binds << f.industry;
    }
    if (f.size == RegisterRepository::EmployerFilter::Size::HundredPlus)
        pq.where << QStringLiteral("e.employee_count >= 100");
    else if (f.size == RegisterRepository::EmployerFilter::Size::Under100)
        pq.where << QStringLiteral("e.employee_count < 100");
    if (f.unionFounded) {
        pq.where << QStringLiteral("e.union_founded = ?");
        pq.binds << (*f.unionFounded ? 1 : 0);
    }
    if (!f.text.trimmed().isEmpty()) {
        pq.where << QStringLiteral("(e.name LIKE ? ESCAPE '\\' OR e.address LIKE ? ESCAPE '\\' OR e.credit_code LIKE ? ESCAPE '\\')");
        const QString p = likePattern(f.text.trimmed());
        pq.binds << p << p << p;
    }
    if (f.ids)
        restrictToIds(pq, QStringLiteral("e.id"), *f.ids);
    return pq;
}

} // namespace

std::optional<Worker> RegisterRepository::worker(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    if (execWith(q, QStringLiteral("SELECT ") + kWorkerColumns + kWorkerFrom + QStringLiteral("WHERE w.id = ?"), {id}) && q.next())
        return workerFrom(q);
    return std::nullopt;
}

std::optional<Employer> RegisterRepository::employer(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    if (execWith(q, QStringLiteral("SELECT ") + kEmployerColumns + kEmployerFrom + QStringLiteral("WHERE e.id = ?"), {id})
        && q.next())
        return employerFrom(q);
    return std::nullopt;
}

std::optional<Worker> RegisterRepository::workerByIdNumber(const QString &idNumber) const
{
    QSqlQuery q(m_db.connection());
    if (execWith(q, QStringLiteral("SELECT ") + kWorkerColumns + kWorkerFrom + QStringLiteral("WHERE w.id_number = ? AND w.deleted = 0"),
                 {idNumber})
        && q.next())
        return workerFrom(q);
    return std::nullopt;
}

std::optional<Employer> RegisterRepository::employerByCreditCode(const QString &code) const
{
    QSqlQuery q(m_db.connection());
    if (execWith(q, QStringLiteral("SELECT ") + kEmployerColumns + kEmployerFrom
                        + QStringLiteral("WHERE e.credit_code = ? AND e.deleted = 0"),
                 {code})
        && q.next())
        return employerFrom(q);
    return std::nullopt;
}

QList<Worker> RegisterRepository::similarWorkers(const QString &name, const QDate &birthDate, const QString &employerId,
                                                 const QString &excludeIdOrNull) const
{
    const QString excludeId = excludeIdOrNull.isNull() ? QStringLiteral("") : excludeIdOrNull; // NULL <> x is never true
    QList<Worker> out;
    const QString n = name.trimmed();
    if (n.isEmpty())
        return out;
    QSqlQuery q(m_db.connection());
    bool ok = false;
    if (birthDate.isValid())
        ok = execWith(q, QStringLiteral("SELECT ") + kWorkerColumns + kWorkerFrom
                             + QStringLiteral("WHERE w.birth_date = ? AND w.deleted = 0 AND w.id <> ? LIMIT 500"),
                      {birthDate.toString(Qt::ISODate), excludeId});
    else if (!employerId.isEmpty())
        ok = execWith(q, QStringLiteral("SELECT ") + kWorkerColumns + kWorkerFrom
                             + QStringLiteral("WHERE w.employer_id = ? AND w.name = ? AND w.deleted = 0 AND w.id <> ?"),
                      {employerId, n, excludeId});
    if (!ok)
        return out;
    while (q.next() && out.size() < 20) {
        Worker w = workerFrom(q);
        if (nearlySameName(w.name, n))
            out << w;
    }
    return out;
}

QString RegisterRepository::employerNameKey(const QString &name)
{
    QString key = name;
    key.remove(QRegularExpression(QStringLiteral("[（(][^）)]*[）)]")));
    key.remove(QRegularExpression(QStringLiteral("\\s")));
    for (const QString &prefix : {QStringLiteral("北京市"), QStringLiteral("北京")})
        if (key.startsWith(prefix)) {
            key = key.mid(prefix.size());
            break;
        }
    for (const QString &suffix : {QStringLiteral("股份有限公司"), QStringLiteral("有限责任公司"), QStringLiteral("有限公司"),
                                  QStringLiteral("集团公司"), QStringLiteral("公司"), QStringLiteral("厂")})
        if (key.endsWith(suffix)) {
            key.chop(suffix.size());
            break;
        }
    return key.isEmpty() ? name.trimmed() : key;
}

QList<Employer> RegisterRepository::similarEmployers(const QString &name, const QString &districtOrNull,
                                                     const QString &excludeIdOrNull) const
{
    const QString excludeId = excludeIdOrNull.isNull() ? QStringLiteral("") : excludeIdOrNull;
    const QString district = districtOrNull.isNull() ? QStringLiteral("") : districtOrNull;
    QList<Employer> out;
    const QString key = employerNameKey(name);
    if (key.isEmpty())
        return out;
    QSqlQuery q(m_db.connection());
    // Candidates whose name contains the key (trigram index for 3+ characters), then the exact rule.
    const bool key3 = RegisterSearch::characterCount(key) >= 3;
    const QString sql = QStringLiteral("SELECT ") + kEmployerColumns + kEmployerFrom
                        + QStringLiteral("WHERE e.deleted = 0 AND e.id <> ? AND (? = '' OR coalesce(e.district, '') IN ('', ?)) AND ")
                        + (key3 ? QStringLiteral("e.id IN (SELECT s.record_id FROM register_names f CROSS JOIN register_search s "
                                                  "ON s.id = f.rowid WHERE register_names MATCH ? AND s.kind = 'employer')")
                               : QStringLiteral("e.name LIKE ? ESCAPE '\\'"))
                        + QStringLiteral(" LIMIT 200");
    const QString pattern = key3 ? QStringLiteral("\"%1\"").arg(QString(key).replace(QLatin1Char('"'), QStringLiteral("\"\"")))
                                 : likePattern(key);
    if (!execWith(q, sql, {excludeId, district, district, pattern}))
        return out;
    while (q.next() && out.size() < 20) {
        Employer e = employerFrom(q);
        const QString other = employerNameKey(e.name);
        if (other == key || other.contains(key) || key.contains(other))
            out << e;
    }
    return out;
}

int RegisterRepository::countWorkers(const WorkerFilter &filter) const
{
    const PageQuery pq = workerConditions(filter);
    // Only district, street and text filters need the employer; without them, no join (a count
    // of 200,000 workers then reads one index instead of joining every row).
    const bool needsEmployer = !filter.district.isEmpty() || !filter.street.isEmpty() || !filter.text.trimmed().isEmpty();
    const QString from = needsEmployer ? kWorkerFrom : QStringLiteral(" FROM workers w ");
    QSqlQuery q(m_db.connection());
    if (execWith(q, QStringLiteral("SELECT count(*)") + from + whereClause(pq), pq.binds) && q.next())
        return q.value(0).toInt();
    return 0;
}

QList<Worker> RegisterRepository::workersPage(const WorkerFilter &filter, WorkerSort sort, Qt::SortOrder order,
                                              const PageKey &after, int limit) const
{
    if (sort == WorkerSort::Employer)
        return workersByEmployer(filter, order, after, limit);
    PageQuery pq = workerConditions(filter);
    const QString expr = workerSortExpr(sort);
    addKeyset(pq, expr, QStringLiteral("w.id"), order, after);
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    pq.binds << limit;
    QList<Worker> out;
    QSqlQuery q(m_db.connection());
    if (!execWith(q, QStringLiteral("SELECT ") + kWorkerColumns + kWorkerFrom + whereClause(pq)
                         + QStringLiteral(" ORDER BY %1 %2, w.id %2 LIMIT ?").arg(expr, dir),
                  pq.binds))
        return out;
    while (q.next())
        out << workerFrom(q);
    return out;
}

// Sorted by the employer's name in pinyin order (its name_key), then id; workers without an
// employer sort first when ascending. One join ordered by the employer's key would read and sort
// every worker (about 1 s a page at 200,000). Instead employers are walked in name order
// (employers_name_key) with each one's live
// workers (CROSS JOIN keeps that loop order; only workers of equally named employers are sorted
// among themselves), and workers without an employer come in id order from workers_live_employer.
// A page thus reads about as many rows as it returns.
QList<Worker> RegisterRepository::workersByEmployer(const WorkerFilter &filter, Qt::SortOrder order, const PageKey &after,
                                                    int limit) const
{
    const bool ascending = order == Qt::AscendingOrder;
    const QString dir = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString op = ascending ? QStringLiteral(">") : QStringLiteral("<");
    const bool keyed = !after.isStart();
    const bool afterNoEmployer = keyed && after.sortValue.toByteArray().isEmpty();
    // Filters on the employer leave no room for workers without one.
    const bool byEmployer = !filter.district.isEmpty() || !filter.street.isEmpty() || !filter.employerId.isEmpty();
    QList<Worker> out;

    const auto withoutEmployer = [&](int n) {
        if (byEmployer || n <= 0)
            return;
        PageQuery pq = workerConditions(filter);
        pq.where << QStringLiteral("w.employer_id IS NULL");
        if (afterNoEmployer) {
            pq.where << QStringLiteral("w.id %1 ?").arg(op);
            pq.binds << after.id;
        }
        pq.binds << n;
        QSqlQuery q(m_db.connection());
        if (!execWith(q, QStringLiteral("SELECT ") + kWorkerColumns + kWorkerFrom + whereClause(pq)
                             + QStringLiteral(" ORDER BY w.id %1 LIMIT ?").arg(dir),
                      pq.binds))
            return;
        while (q.next())
            out << workerFrom(q);
    };
    const auto withEmployer = [&](int n) {
        if (n <= 0)
            return;
        PageQuery pq = workerConditions(filter);
        if (!filter.employerId.isEmpty()) {
            pq.where << QStringLiteral("e.id = ?");
            pq.binds << filter.employerId;
        }
        if (keyed && !afterNoEmployer) {
            // (key, id) after the key, written so that the key bound is a range on the index.
            pq.where << QStringLiteral("e.name_key %1= ? AND (e.name_key %1 ? OR w.id %1 ?)").arg(op);
            pq.binds << after.sortValue << after.sortValue << after.id;
        }
        pq.binds << n;
        QSqlQuery q(m_db.connection());
        if (!execWith(q, QStringLiteral("SELECT ") + kWorkerColumns
                             + QStringLiteral(" FROM employers e CROSS JOIN workers w ON w.employer_id = e.id")
                             + whereClause(pq) + QStringLiteral(" ORDER BY e.name_key %1, w.id %1 LIMIT ?").arg(dir),
                      pq.binds))
            return;
        while (q.next())
            out << workerFrom(q);
    };

    if (ascending) {
        if (!keyed || afterNoEmployer)
            withoutEmployer(limit);
        withEmployer(limit - int(out.size()));
    } else {
        if (!keyed || !afterNoEmployer)
            withEmployer(limit);
        withoutEmployer(limit - int(out.size()));
    }
    return out;
}

RegisterRepository::PageKey RegisterRepository::workerKey(const Worker &w, WorkerSort sort)
{
    switch (sort) {
    case WorkerSort::Name: return {NameSortKey::of(w.name), w.id};
    case WorkerSort::BirthDate: return {w.birthDate.isValid() ? w.birthDate.toString(Qt::ISODate) : QString::fromLatin1(""), w.id};
    // No employer: an empty key (those workers are paged by id alone).
    case WorkerSort::Employer: return {w.employerId.isEmpty() ? QByteArray() : NameSortKey::of(w.employerName), w.id};
    case WorkerSort::UpdatedAt: return {w.updatedAt, w.id};
    }
    return {NameSortKey::of(w.name), w.id};
}

int RegisterRepository::countEmployers(const EmployerFilter &filter) const
{
    const PageQuery pq = employerConditions(filter);
    QSqlQuery q(m_db.connection());
    if (execWith(q, QStringLiteral("SELECT count(*)") + kEmployerFrom + whereClause(pq), pq.binds) && q.next())
        return q.value(0).toInt();
    return 0;
}

QList<Employer> RegisterRepository::employersPage(const EmployerFilter &filter, EmployerSort sort, Qt::SortOrder order,
                                                  const PageKey &after, int limit) const
{
    PageQuery pq = employerConditions(filter);
    const QString expr = employerSortExpr(sort);
    addKeyset(pq, expr, QStringLiteral("e.id"), order, after);
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    pq.binds << limit;
    QList<Employer> out;
    QSqlQuery q(m_db.connection());
    if (!execWith(q, QStringLiteral("SELECT ") + kEmployerColumns + kEmployerFrom + whereClause(pq)
                         + QStringLiteral(" ORDER BY %1 %2, e.id %2 LIMIT ?").arg(expr, dir),
                  pq.binds))
        return out;
    while (q.next())
        out << employerFrom(q);
    return out;
}

RegisterRepository::PageKey RegisterRepository::employerKey(const Employer &e, EmployerSort sort)
{
    switch (sort) {
    case EmployerSort::Name: return {NameSortKey::of(e.name), e.id};
    case EmployerSort::CreditCode: return {e.creditCode, e.id};
    case EmployerSort::Industry: return {e.industry, e.id};
    case EmployerSort::EmployeeCount: return {e.employeeCount ? *e.employeeCount : -1, e.id};
    case EmployerSort::District: return {e.street.isEmpty() ? e.district : e.street, e.id};
    case EmployerSort::UpdatedAt: return {e.updatedAt, e.id};
    }
    return {NameSortKey::of(e.name), e.id};
}

QList<RegisterRepository::SearchHit> RegisterRepository::named(const QString &name, int limit) const
{
    QList<SearchHit> out;
    for (const char *kind : {"worker", "employer"}) {
        const bool worker = QLatin1String(kind) == QLatin1String("worker");
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!execWith(q, worker ? QStringLiteral("SELECT id, name FROM workers WHERE name = ? AND deleted = 0 LIMIT ?")
                                : QStringLiteral("SELECT id, name FROM employers WHERE name = ? AND deleted = 0 LIMIT ?"),
                      {name.trimmed(), limit}))
            continue;
        while (q.next())
            out.append({QString::fromLatin1(kind), q.value(0).toString(), q.value(1).toString(), QString()});
    }
    return out;
}

QList<RegisterRepository::SearchHit> RegisterRepository::search(const QString &text, int limit) const
{
    return RegisterSearch(m_db).find(text, limit);
}

QList<Worker> RegisterRepository::workersOfEmployer(const QString &employerId) const
{
    QList<Worker> out;
    QSqlQuery q(m_db.connection());
    if (!execWith(q, QStringLiteral("SELECT ") + kWorkerColumns + kWorkerFrom
                         + QStringLiteral("WHERE w.employer_id = ? AND w.deleted = 0 ORDER BY w.name_key, w.id"),
                  {employerId}))
        return out;
    while (q.next())
        out << workerFrom(q);
    return out;
}

} // namespace ud
