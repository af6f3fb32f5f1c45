#pragma once

#include "core/DeadlinePolicy.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ud {

class Database;
class RecordStore;

// One row of policy_values.
struct PolicyValue
{
    QString id;
    qint64 version = 0;
    QString key;
    QString value;
    QString note;      // where the number comes from ("[P] art. 14 …")
    QString updatedAt;
    QString updatedBy;
};

// The policy numbers of table policy_values (migration 0005): reference defaults bundled with
// the app, changed by an administrator or synced down from the upper tier. Reads them into a
// DeadlinePolicy; a change is one audited RecordStore update. Checking that the user is an
// administrator is the caller's job (the command layer / UI), as for other reference data.
class PolicyRepository
{
    Q_DECLARE_TR_FUNCTIONS(PolicyRepository)

public:
    PolicyRepository(Database &db, RecordStore &store) : m_db(db), m_store(store) {}

    // Live values whose key starts with `prefix` ("" = all), ordered by key.
    QList<PolicyValue> values(const QString &prefix = {}) const;
    std::optional<PolicyValue> find(const QString &key) const;
    // The mediation deadline numbers; bad stored values fall back to the defaults and are
    // reported in `problems`.
    DeadlinePolicy deadlinePolicy(QStringList *problems = nullptr) const;

    // Sets `key` to `value` (checked with DeadlinePolicy::checkValue). An existing key is
    // updated from `baseVersion`; a key with no live row is created (baseVersion ignored).
    Result<PolicyValue> setValue(const QString &key, const QString &value, qint64 baseVersion, const QString &reason);

private:
    Database &m_db;
    RecordStore &m_store;
};

} // namespace ud
