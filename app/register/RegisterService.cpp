#include "register/RegisterService.h"

#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "register/RegisterRepository.h"

namespace ud {

namespace {
bool isEmptyValue(const QVariant &v)
{
    return v.isNull() || v.toString().isEmpty();
}
} // namespace

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
    static const QStringList skip = {QStringLiteral("org_unit"), QStringLiteral("merged_into")};
    QVariantMap fills;
    const QVariantMap &dv = drop.value().values;
    for (auto it = dv.cbegin(); it != dv.cend(); ++it) {
        if (RecordStore::systemColumns().contains(it.key()) || skip.contains(it.key()))
            continue;
        if (isEmptyValue(keep.value().value(it.key())) && !isEmptyValue(it.value()))
            fills.insert(it.key(), it.value());
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
