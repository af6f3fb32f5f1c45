#include "storage/PolicyRepository.h"

#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/StorageLog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ud {

namespace {

const QString kTable = QStringLiteral("policy_values");

PolicyValue fromRecord(const Record &rec)
{
    PolicyValue v;
    v.id = rec.id;
    v.version = rec.version;
    v.key = rec.value(QStringLiteral("key")).toString();
    v.value = rec.value(QStringLiteral("value")).toString();
    v.note = rec.value(QStringLiteral("note")).toString();
    v.updatedAt = rec.value(QStringLiteral("updated_at")).toString();
    v.updatedBy = rec.value(QStringLiteral("updated_by")).toString();
    return v;
}

} // namespace

QList<PolicyValue> PolicyRepository::values(const QString &prefix) const
{
    QList<PolicyValue> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // substr() rather than LIKE: keys contain '_', which LIKE would treat as a wildcard.
    q.prepare(QStringLiteral("SELECT id, version, key, value, note, updated_at, updated_by FROM policy_values "
                             "WHERE deleted = 0 AND substr(key, 1, ?) = ? ORDER BY key"));
    q.addBindValue(static_cast<int>(prefix.size()));
    q.addBindValue(prefix.isEmpty() ? QStringLiteral("") : prefix); // a null QString would bind NULL
    if (!q.exec()) {
        qCWarning(lcStorage) << "policy query failed:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(PolicyValue{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                               q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                               q.value(6).toString()});
    return out;
}

std::optional<PolicyValue> PolicyRepository::find(const QString &key) const
{
    for (const PolicyValue &v : values(key))
        if (v.key == key)
            return v;
    return std::nullopt;
}

Result<PolicyValue> PolicyRepository::setValue(const QString &key, const QString &value, qint64 baseVersion,
                                               const QString &reason)
{
    if (key.trimmed().isEmpty())
        return Result<PolicyValue>::failure(tr("The policy key is missing."));
    QString stored = value;
    if (m_rules) {
        auto checked = m_rules(key, value);
        if (!checked)
            return checked.status();
        stored = checked.value();
    }
    if (reason.trimmed().isEmpty())
        return Result<PolicyValue>::failure(tr("Give a reason for changing %1; it is recorded in the change history.")
                                                .arg(key));
    const auto existing = find(key);
    auto rec = existing ? m_store.update(kTable, existing->id, baseVersion, {{QStringLiteral("value"), stored}},
                                         reason.trimmed())
                        : m_store.create(kTable, {{QStringLiteral("key"), key}, {QStringLiteral("value"), stored}},
                                         reason.trimmed());
    if (!rec)
        return rec.status();
    return fromRecord(rec.value());
}

} // namespace ud
