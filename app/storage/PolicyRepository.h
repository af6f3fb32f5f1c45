#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

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
// the app, changed by an administrator or synced down from the upper tier. A workspace reads its
// numbers from here (mediation: DeadlinePolicy::load) and passes its Rules, which check a value
// and give the text to store; a change is one audited RecordStore update. Checking that the user is an
// administrator is the caller's job (the command layer / UI), as for other reference data.
class PolicyRepository
{
    Q_DECLARE_TR_FUNCTIONS(PolicyRepository)

public:
    // Checks `value` for `key`: the text to store, or why it is refused.
    using Rules = std::function<Result<QString>(const QString &key, const QString &value)>;

    PolicyRepository(Database &db, RecordStore &store, Rules rules = {})
        : m_db(db), m_store(store), m_rules(std::move(rules))
    {
    }

    // Live values whose key starts with `prefix` ("" = all), ordered by key.
    QList<PolicyValue> values(const QString &prefix = {}) const;
    std::optional<PolicyValue> find(const QString &key) const;
    // Sets `key` to `value` (checked with the Rules given, if any). An existing key is
    // updated from `baseVersion`; a key with no live row is created (baseVersion ignored).
    Result<PolicyValue> setValue(const QString &key, const QString &value, qint64 baseVersion, const QString &reason);

private:
    Database &m_db;
    RecordStore &m_store;
    Rules m_rules;
};

} // namespace ud
