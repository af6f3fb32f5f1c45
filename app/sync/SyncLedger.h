#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "storage/RecordStore.h"
#include "sync/SyncMessages.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>
#include <QSet>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace ud {

class Database;

// A record: its table and id.
using RecordKey = QPair<QString, QString>;

// The batch in flight: frozen (id, outbox range, body as sent) before it is first sent, so every
// retry sends the very same bytes and gets the hub's stored answer (docs/sync.md).
struct OutgoingBatch
{
    QString batchId;
    QString epoch;
    qint64 fromSeq = 0;
    qint64 toSeq = 0;
    int records = 0;
    QByteArray body;
    bool compressed = false;
    int attempts = 0;
    // The attachments the batch names (mediation_attachments' sha256), known to the ledger that
    // froze it; a batch frozen by an earlier run has to be decoded to find them.
    QStringList blobHashes;
    bool blobHashesKnown = false;
    // The records it holds, likewise known only to the ledger that froze it.
    QList<RecordKey> keys;
    QList<qint64> versions; // the version of each record sent
    bool keysKnown = false;
};

// A record's sync state as a list shows it.
enum class RecordSyncState { None, Pending, Sent, Synced, Returned, Error, Conflict, Local };

// How sync stands on this node, for the sync panel and `uniondesk-cli sync status`.
struct SyncOverview
{
    QString hubUrl;
    QString enrollment;       // none, requested, approved, revoked
    QString enrolledOrgUnit;
    QString lastSuccessAt;
    QString lastAttemptAt;
    QString lastErrorCode;
    QString lastError;        // in the user's words
    QString nextAttemptAt;
    int failures = 0;
    qint64 pendingRecords = 0;   // records with a change waiting to be sent up
    qint64 inFlightRecords = 0;  // records of the batch sent but not answered
    qint64 quarantined = 0;      // records the hub refused, waiting for an edit
    qint64 openConflicts = 0;
    qint64 clockSkewMs = 0;
};

// A record the hub refused, or a received item this node could not apply.
struct QuarantinedRecord
{
    QString table;
    QString recordId;
    QString direction; // up: refused by the hub; down: received, could not be applied here
    qint64 version = 0;
    QString status;    // forbidden, invalid, unapplied
    QString reason;    // in plain words
    QString at;
};

// The desktop's side of sync in its own database (schema 18): which changes go up next, what
// the hub answered, what came down. No network here: SyncClient moves the bytes. Every method is
// one transaction.
class SyncLedger
{
    Q_DECLARE_TR_FUNCTIONS(SyncLedger)

public:
    // The bytes to send for a message's canonical JSON text (SyncCodec::encodeCanonical).
    using Encoder = std::function<QByteArray(const QByteArray &canonicalJson, bool *compressed)>;

    SyncLedger(Database &db, const Clock &clock);
    ~SyncLedger();

    // The batch in flight, or a new one frozen from the outbox (at most `maxRecords` records and
    // about `maxBytes` of records); std::nullopt when nothing waits to go up. Changes of
    // reference data made here are marked 'local' on the way (they flow down only).
    Result<std::optional<OutgoingBatch>> nextBatch(const Encoder &encode, int maxRecords = 500,
                                                   qint64 maxBytes = 4 * 1024 * 1024);
    // While `sent` (just frozen by nextBatch) is at the hub: the batch after it, frozen now so
    // that it is ready when the hub answers (the station's work overlaps the hub's). It ends before
    // any later change of a record `sent` holds. std::nullopt when nothing more waits, when a batch is already
    // frozen ahead, or when `sent` was frozen by another ledger (its records are not known).
    Result<std::optional<OutgoingBatch>> freezeAhead(const OutgoingBatch &sent, const Encoder &encode,
                                                     int maxRecords = 500, qint64 maxBytes = 4 * 1024 * 1024);
    Status markAttempt(const QString &batchId);
    // The audit entry the hub recorded last as this node's head (hello's audit_known): the next
    // batch frozen carries this node's entry at that seq, so the hub can tell a rewritten history.
    void setAuditKnown(qint64 seq) { m_auditKnown = seq; }
    // The batch in flight, if there is one (nothing is frozen).
    std::optional<OutgoingBatch> inFlight() const;
    // The batch frozen after the one ending at `toSeq` (frozen ahead), if there is one.
    std::optional<OutgoingBatch> frozenAfter(qint64 toSeq) const;

    // The hub's answer to the batch in flight (a push reply: acked_to_seq and one result per
    // record): acknowledged outbox rows go, each record's state is set, refused records are
    // quarantined with the hub's reason; the batch is done.
    Status acknowledge(const OutgoingBatch &batch, const PushReply &reply);

    // A page of what came down (a pull reply's items), applied through RecordStore::applyRemote
    // with the pull checkpoint. An item that cannot be applied is quarantined ('down') and the
    // rest go on. Returns the number applied.
    Result<int> applyPulled(const PullReply &reply);

    // The wire form of a stored record (docs/sync.md): system fields at the top, the other
    // columns under "values". `baseVersion` is the version the hub last accepted.
    static SyncRecord wireRecord(const Record &record, qint64 baseVersion);
    // The columns to write for a received record.
    static QVariantMap rowOf(const SyncRecord &record);

    // Bookkeeping of the parent hub.
    Status setPeer(const QString &url, const QString &certificatePem);
    Status setHubKey(const QString &hubNodeId, const QString &publicKeyBase64);
    QString hubPublicKey() const;
    Status setEnrollment(const QString &status, const QString &orgUnit, const QString &hubNodeId);
    Status recordFailure(const QString &code, const QString &message, const QString &nextAttemptAt);
    Status recordSuccess(qint64 clockSkewMs);
    qint64 pulledSeq() const;

    // The reference data of `tables` made or changed on this node (what a union publishes to the
    // nodes below with `hub publish`): rows not shipped, or shipped and changed since.
    Result<QList<SyncRecord>> localReference(const QStringList &tables);

    SyncOverview overview() const;
    // The changes waiting to go up, frozen batches' included, counted as outbox rows (a record
    // changed twice counts twice): a cheap upper bound of pending + in-flight records, for progress.
    qint64 queuedChanges() const;
    QList<QuarantinedRecord> quarantined(int limit = 200) const;
    // The state of each of `ids` of `table`, for a list's sync column.
    QHash<QString, RecordSyncState> states(const QString &table, const QStringList &ids) const;
    static QString stateText(RecordSyncState state); // translated, for lists

private:
    std::optional<OutgoingBatch> readFrozen(qint64 afterSeq) const;
    Result<std::optional<OutgoingBatch>> freeze(const Encoder &encode, int maxRecords, qint64 maxBytes, qint64 afterSeq,
                                                const QHash<RecordKey, qint64> &busy);
    Status ensurePeerRow();

    Database &m_db;
    const Clock &m_clock;
    // What the batches this ledger froze hold (by batch id), so that a batch read back from
    // sync_outgoing need not be decoded to find its attachments.
    struct Frozen
    {
        QStringList blobHashes;
        QList<RecordKey> keys;
        QList<qint64> versions;
    };
    QHash<QString, Frozen> m_frozen;
    std::unique_ptr<RecordStore> m_store;
    qint64 m_auditKnown = 0;
};

} // namespace ud
