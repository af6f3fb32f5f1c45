#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "sync/SyncLedger.h"

#include <QCoreApplication>
#include <QString>

namespace ud {

class Database;
class HubStore;
class SyncKeys;

// Sync by USB stick (design §4, docs/sync.md): the station writes its batch in flight (or the next
// one) to a signed bundle; the hub imports it through the same apply path as a push and writes a
// signed acknowledgement; the station imports that to settle the batch. A bundle that was changed,
// cut short, imported before, or signed by another node than it names is refused with the reason.
class BundleExchange
{
    Q_DECLARE_TR_FUNCTIONS(BundleExchange)

public:
    struct Exported
    {
        QString batchId;
        int records = 0;
    };
    // std::nullopt: nothing waits to be sent.
    static Result<std::optional<Exported>> exportPending(Database &db, const Clock &clock, const QString &path);
    static Result<PushReply> importAck(Database &db, const Clock &clock, const QString &path);

    struct Imported
    {
        QString nodeId;
        QString batchId;
        PushReply reply;
        bool again = false; // imported before: the acknowledgement was written again
    };
    static Result<Imported> importAtHub(HubStore &store, const SyncKeys &hubKeys, const QString &bundlePath,
                                        const QString &ackPath);
};

} // namespace ud
