#pragma once

#include "core/Result.h"

#include <QCoreApplication>

namespace ud {

class RecordStore;

// Register operations that touch several records at once, each in one transaction through
// RecordStore (so every step is audited and queued for sync).
class RegisterService
{
    Q_DECLARE_TR_FUNCTIONS(RegisterService)

public:
    explicit RegisterService(RecordStore &store) : m_store(store) {}

    // Two records turned out to be the same person / employer. `keepId` stays; its empty fields
    // are filled from `dropId`; references to `dropId` (workers' employer) move to `keepId`;
    // `dropId` is tombstoned with merged_into = keepId. Both histories stay in the audit log
    // (the merge entries carry `reason`). Not undoable from the edit menu.
    Status mergeWorkers(const QString &keepId, const QString &dropId, const QString &reason);
    Status mergeEmployers(const QString &keepId, const QString &dropId, const QString &reason);

private:
    Status merge(const QString &table, const QString &keepId, const QString &dropId, const QString &reason);

    RecordStore &m_store;
};

} // namespace ud
