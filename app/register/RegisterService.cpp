#include "register/RegisterService.h"

#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "register/RegisterRepository.h"

#include <QSet>
#include <QSqlQuery>

namespace ud {

namespace {
bool isEmptyValue(const QVariant &v)
{
    return v.isNull() || v.toString().isEmpty();
}

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString text(const QVariantMap &f, const char *key)
{
    return f.value(QLatin1String(key)).toString();
}

Worker workerFrom(const QVariantMap &f, const Worker &base)
{
    Worker w = base;
    w.name = text(f, "name");
    w.sex = text(f, "sex");
    w.ethnicity = text(f, "ethnicity");
    w.birthDate = QDate::fromString(text(f, "birth_date"), Qt::ISODate);
    w.idType = text(f, "id_type");
    w.idNumber = text(f, "id_number");
    w.idNumberOverride = text(f, "id_number_override");
    w.phone = text(f, "phone");
    w.address = text(f, "address");
    w.hukouType = text(f, "hukou_type");
    w.employerId = text(f, "employer_id");
    w.post = text(f, "post");
    w.unionMember = f.value(QStringLiteral("union_member")).toInt() != 0;
    w.notes = text(f, "notes");
    return w;
}

Employer employerFrom(const QVariantMap &f, const Employer &base)
{
    Employer e = base;
    e.name = text(f, "name");
    e.creditCode = text(f, "credit_code");
    e.creditCodeOverride = text(f, "credit_code_override");
    e.employerType = text(f, "employer_type");
    e.industry = text(f, "industry");
    const QVariant count = f.value(QStringLiteral("employee_count"));
    e.employeeCount = count.isNull() ? std::nullopt : std::optional<int>(count.toInt());
    e.unionFounded = f.value(QStringLiteral("union_founded")).toInt() != 0;
    e.unionFoundedOn = QDate::fromString(text(f, "union_founded_on"), Qt::ISODate);
    e.hasWorkersCongress = f.value(QStringLiteral("has_workers_congress")).toInt() != 0;
    e.hasOpenAffairs = f.value(QStringLiteral("has_open_affairs")).toInt() != 0;
    e.hasCollectiveBargaining = f.value(QStringLiteral("has_collective_bargaining")).toInt() != 0;
    e.legalRepresentative = text(f, "legal_representative");
    e.phone = text(f, "phone");
    e.address = text(f, "address");
    e.district = text(f, "district");
    e.street = text(f, "street");
    e.notes = text(f, "notes");
    return e;
}

// The audit reason of an employer write: the override reason of a kept failing credit code
// when the caller gave none.
QString employerReason(const QVariantMap &fields, const QString &reason)
{
    return reason.isEmpty() ? fields.value(QStringLiteral("credit_code_override")).toString() : reason;
}

// The same for a worker: the reason an ID number with an unknown area code was kept.
QString workerReason(const QVariantMap &fields, const QString &reason)
{
    return reason.isEmpty() ? fields.value(QStringLiteral("id_number_override")).toString() : reason;
}
} // namespace

RegisterService::RegisterService(RecordStore &store, const QDate &today) : m_store(store), m_today(today) {}

RegisterService::~RegisterService() = default;

const RegisterValidator &RegisterService::validator() const
{
    if (!m_validator)
        m_validator.emplace(m_store.database(), m_today);
    return *m_validator;
}

QVariantMap RegisterService::fieldsOf(const Worker &w)
{
    return {
        {QStringLiteral("name"), w.name},
        {QStringLiteral("id_type"), w.idType},
        {QStringLiteral("id_number"), w.idNumber},
        {QStringLiteral("id_number_override"), w.idNumberOverride},
        {QStringLiteral("birth_date"), isoDate(w.birthDate)},
        {QStringLiteral("sex"), w.sex},
        {QStringLiteral("ethnicity"), w.ethnicity},
        {QStringLiteral("hukou_type"), w.hukouType},
        {QStringLiteral("phone"), w.phone},
        {QStringLiteral("address"), w.address},
        {QStringLiteral("employer_id"), w.employerId},
        {QStringLiteral("post"), w.post},
        {QStringLiteral("union_member"), w.unionMember},
        {QStringLiteral("notes"), w.notes},
    };
}

QVariantMap RegisterService::fieldsOf(const Employer &e)
{
    return {
        {QStringLiteral("name"), e.name},
        {QStringLiteral("credit_code"), e.creditCode},
        {QStringLiteral("credit_code_override"), e.creditCodeOverride},
        {QStringLiteral("employer_type"), e.employerType},
        {QStringLiteral("industry"), e.industry},
        {QStringLiteral("employee_count"), e.employeeCount ? QString::number(*e.employeeCount) : QString()},
        {QStringLiteral("union_founded"), e.unionFounded},
        {QStringLiteral("union_founded_on"), isoDate(e.unionFoundedOn)},
        {QStringLiteral("has_workers_congress"), e.hasWorkersCongress},
        {QStringLiteral("has_open_affairs"), e.hasOpenAffairs},
        {QStringLiteral("has_collective_bargaining"), e.hasCollectiveBargaining},
        {QStringLiteral("legal_representative"), e.legalRepresentative},
        {QStringLiteral("phone"), e.phone},
        {QStringLiteral("address"), e.address},
        {QStringLiteral("district"), e.district},
        {QStringLiteral("street"), e.street},
        {QStringLiteral("notes"), e.notes},
    };
}

Worker RegisterService::normalized(const Worker &worker, QList<FieldError> *errors) const
{
    const auto checked = validator().checkWorker(fieldsOf(worker));
    if (errors)
        *errors = checked.errors;
    return workerFrom(checked.fields, worker);
}

Employer RegisterService::normalized(const Employer &employer, QList<FieldError> *errors) const
{
    const auto checked = validator().checkEmployer(fieldsOf(employer));
    if (errors)
        *errors = checked.errors;
    return employerFrom(checked.fields, employer);
}

RegisterService::Outcome RegisterService::create(const QString &table, const QVariantMap &fields, const QString &reason)
{
    Outcome out;
    auto created = m_store.create(table, fields, reason);
    if (!created) {
        out.error = created.error();
        return out;
    }
    out.id = created.value().id;
    out.version = created.value().version;
    out.changed = true;
    return out;
}

RegisterService::Outcome RegisterService::save(const QString &table, const QString &id, qint64 baseVersion,
                                               const QVariantMap &fields, const QVariantMap &stored,
                                               const QString &reason)
{
    Outcome out;
    out.id = id;
    out.version = baseVersion;
    // Only what changed, compared after both went through the same normalisation.
    QVariantMap changes;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        if (!stored.contains(it.key()) || stored.value(it.key()) != it.value())
            changes.insert(it.key(), it.value());
    if (changes.isEmpty())
        return out;
    const QString why = table == QLatin1String("employers") ? employerReason(changes, reason) : workerReason(changes, reason);
    auto edited = m_store.update(table, id, baseVersion, changes, why);
    if (!edited) {
        out.error = edited.error();
        return out;
    }
    out.version = edited.value().version;
    out.changed = edited.value().version != baseVersion;
    return out;
}

RegisterService::Checked RegisterService::checkWorkerFields(const QVariantMap &fields) const
{
    Checked row;
    row.m_table = QStringLiteral("workers");
    row.m_result = validator().checkWorker(fields);
    return row;
}

RegisterService::Checked RegisterService::checkEmployerFields(const QVariantMap &fields) const
{
    Checked row;
    row.m_table = QStringLiteral("employers");
    row.m_result = validator().checkEmployer(fields);
    return row;
}

RegisterService::Outcome RegisterService::createChecked(const Checked &row, const QString &reason, const QString &orgUnit)
{
    if (!row.ok()) {
        Outcome refused;
        refused.errors = row.errors();
        if (refused.errors.isEmpty())
            refused.error = tr("The record was not checked, so it was not saved.");
        return refused;
    }
    const QString why = row.m_table == QLatin1String("employers") ? employerReason(row.fields(), reason)
                                                                   : workerReason(row.fields(), reason);
    if (orgUnit.isEmpty())
        return create(row.m_table, row.fields(), why);
    QVariantMap fields = row.fields();
    fields.insert(QStringLiteral("org_unit"), orgUnit);
    return create(row.m_table, fields, why);
}

RegisterService::Outcome RegisterService::createWorker(const Worker &worker, const QString &reason)
{
    const auto checked = validator().checkWorker(fieldsOf(worker));
    if (!checked.ok())
        return Outcome{checked.errors, {}, {}, 0, false};
    return create(QStringLiteral("workers"), checked.fields, workerReason(checked.fields, reason));
}

RegisterService::Outcome RegisterService::createEmployer(const Employer &employer, const QString &reason)
{
    const auto checked = validator().checkEmployer(fieldsOf(employer));
    if (!checked.ok())
        return Outcome{checked.errors, {}, {}, 0, false};
    return create(QStringLiteral("employers"), checked.fields, employerReason(checked.fields, reason));
}

RegisterService::Outcome RegisterService::saveWorker(const Worker &worker, const QString &reason)
{
    const auto checked = validator().checkWorker(fieldsOf(worker));
    if (!checked.ok())
        return Outcome{checked.errors, {}, worker.id, worker.version, false};
    const auto current = RegisterRepository(m_store.database()).worker(worker.id);
    if (!current)
        return Outcome{{}, tr("The worker is no longer in the register."), worker.id, worker.version, false};
    return save(QStringLiteral("workers"), worker.id, worker.version, checked.fields,
                validator().checkWorker(fieldsOf(*current)).fields, reason);
}

RegisterService::Outcome RegisterService::saveEmployer(const Employer &employer, const QString &reason)
{
    const auto checked = validator().checkEmployer(fieldsOf(employer));
    if (!checked.ok())
        return Outcome{checked.errors, {}, employer.id, employer.version, false};
    const auto current = RegisterRepository(m_store.database()).employer(employer.id);
    if (!current)
        return Outcome{{}, tr("The employer is no longer in the register."), employer.id, employer.version, false};
    return save(QStringLiteral("employers"), employer.id, employer.version, checked.fields,
                validator().checkEmployer(fieldsOf(*current)).fields, reason);
}

Status RegisterService::removeWorker(const QString &id, qint64 baseVersion, const QString &reason)
{
    return m_store.remove(QStringLiteral("workers"), id, baseVersion, reason).status();
}

Status RegisterService::undeleteWorker(const QString &id, qint64 baseVersion, const QString &reason)
{
    // A worker comes back only as the validator would accept it now (e.g. its employer still there).
    const auto current = RegisterRepository(m_store.database()).worker(id);
    if (current && !current->employerId.isEmpty()) {
        const auto checked = validator().checkWorker({{QStringLiteral("employer_id"), current->employerId}}, true);
        if (!checked.ok())
            return Status::failure(checked.firstError());
    }
    return m_store.undelete(QStringLiteral("workers"), id, baseVersion, reason).status();
}

Status RegisterService::removeEmployer(const QString &id, qint64 baseVersion, const QString &reason)
{
    return m_store.remove(QStringLiteral("employers"), id, baseVersion, reason).status();
}

Status RegisterService::undeleteEmployer(const QString &id, qint64 baseVersion, const QString &reason)
{
    return m_store.undelete(QStringLiteral("employers"), id, baseVersion, reason).status();
}

QList<RegisterService::Outcome> RegisterService::createWorkers(const QList<Worker> &workers, const QString &reason)
{
    QList<Outcome> out(workers.size());
    // The live employers, read once: the validator then needs no query per worker.
    QSet<QString> employers;
    QSqlQuery q(m_store.database().connection());
    if (q.exec(QStringLiteral("SELECT id FROM employers WHERE deleted = 0")))
        while (q.next())
            employers.insert(q.value(0).toString());
    if (!m_validator)
        m_validator.emplace(m_store.database(), m_today);
    m_validator->setKnownEmployers(employers);
    QList<QVariantMap> valid;
    QList<qsizetype> positions;
    for (qsizetype i = 0; i < workers.size(); ++i) {
        auto checked = m_validator->checkWorker(fieldsOf(workers.at(i)));
        if (!checked.ok()) {
            out[i].errors = checked.errors;
            continue;
        }
        valid << checked.fields;
        positions << i;
    }
    m_validator->clearKnownEmployers();
    const auto written = m_store.createMany(QStringLiteral("workers"), valid, reason);
    for (qsizetype k = 0; k < written.size(); ++k) {
        Outcome &o = out[positions.at(k)];
        if (written.at(k)) {
            o.id = written.at(k).value();
            o.version = 1;
            o.changed = true;
        } else {
            o.error = written.at(k).error();
        }
    }
    return out;
}

QList<RegisterService::Outcome> RegisterService::createEmployers(const QList<Employer> &employers,
                                                                 const QString &reason)
{
    QList<Outcome> out(employers.size());
    QList<QVariantMap> valid;
    QList<qsizetype> positions;
    for (qsizetype i = 0; i < employers.size(); ++i) {
        auto checked = validator().checkEmployer(fieldsOf(employers.at(i)));
        if (!checked.ok()) {
            out[i].errors = checked.errors;
            continue;
        }
        valid << checked.fields;
        positions << i;
    }
    const auto written = m_store.createMany(QStringLiteral("employers"), valid, reason);
    for (qsizetype k = 0; k < written.size(); ++k) {
        Outcome &o = out[positions.at(k)];
        if (written.at(k)) {
            o.id = written.at(k).value();
            o.version = 1;
            o.changed = true;
        } else {
            o.error = written.at(k).error();
        }
    }
    return out;
}

Status RegisterService::mergeWorkers(const QString &keepId, const QString &dropId, const QString &reason)
{
    return merge(QStringLiteral("workers"), keepId, dropId, reason);
}

Status RegisterService::mergeEmployers(const QString &keepId, const QString &dropId, const QString &reason)
{
    return merge(QStringLiteral("employers"), keepId, dropId, reason);
}

Status RegisterService::merge(const QString &table, const QString &keepId, const QString &dropId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("Say why the two records are the same; the reason is kept in the audit log."));
    if (keepId == dropId)
        return Status::failure(tr("Choose two different records to merge."));
    Database &db = m_store.database();
    Database::Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    auto keep = m_store.get(table, keepId);
    auto drop = m_store.get(table, dropId);
    if (!keep)
        return keep.status();
    if (!drop)
        return drop.status();
    if (keep.value().deleted || drop.value().deleted)
        return Status::failure(tr("A deleted or already merged record cannot be merged."));

    const QString uniqueColumn = table == QLatin1String("workers") ? QStringLiteral("id_number") : QStringLiteral("credit_code");
    const QVariant keepUnique = keep.value().value(uniqueColumn);
    const QVariant dropUnique = drop.value().value(uniqueColumn);
    if (!isEmptyValue(keepUnique) && !isEmptyValue(dropUnique) && keepUnique.toString() != dropUnique.toString())
        return Status::failure(table == QLatin1String("workers")
                                   ? tr("The two workers have different ID numbers; they are not the same person.")
                                   : tr("The two employers have different credit codes; they are not the same employer."));

    const QString keepName = keep.value().value(QStringLiteral("name")).toString();
    const QString dropName = drop.value().value(QStringLiteral("name")).toString();

    // 1. The dropped record points at the kept one and leaves the register (its history stays).
    auto marked = m_store.update(table, dropId, drop.value().version, {{QStringLiteral("merged_into"), keepId}},
                                 tr("Merged into %1 (%2): %3").arg(keepName, keepId, reason));
    if (!marked)
        return marked.status();
    auto removed = m_store.remove(table, dropId, marked.value().version,
                                  tr("Merged into %1 (%2): %3").arg(keepName, keepId, reason));
    if (!removed)
        return removed.status();

    // 2. The kept record takes what only the dropped one knew.
    // name_key is derived from the kept record's own name (schema 16, NameSortKeys).
    static const QStringList skip = {QStringLiteral("org_unit"), QStringLiteral("merged_into"), QStringLiteral("name_key")};
    QVariantMap fills;
    const QVariantMap &dv = drop.value().values;
    for (auto it = dv.cbegin(); it != dv.cend(); ++it) {
        if (RecordStore::systemColumns().contains(it.key()) || skip.contains(it.key()))
            continue;
        if (isEmptyValue(keep.value().value(it.key())) && !isEmptyValue(it.value()))
            fills.insert(it.key(), it.value());
    }
    // An ID number taken over brings its type and override reason along.
    if (fills.contains(QStringLiteral("id_number"))) {
        for (const char *column : {"id_type", "id_number_override"})
            fills.insert(QLatin1String(column), dv.value(QLatin1String(column)));
    }
    if (!fills.isEmpty()) {
        auto filled = m_store.update(table, keepId, keep.value().version, fills,
                                     tr("Merged from %1 (%2): %3").arg(dropName, dropId, reason));
        if (!filled)
            return filled.status();
    }

    // 3. What referred to the dropped employer now refers to the kept one.
    if (table == QLatin1String("employers")) {
        for (const Worker &w : RegisterRepository(db).workersOfEmployer(dropId)) {
            auto moved = m_store.update(QStringLiteral("workers"), w.id, w.version, {{QStringLiteral("employer_id"), keepId}},
                                        tr("Employer %1 merged into %2: %3").arg(dropName, keepName, reason));
            if (!moved)
                return moved.status();
        }
    }
    return tx.commit();
}

} // namespace ud
