#pragma once

#include "core/Result.h"
#include "storage/NodeIdentity.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ud {

class SyncFieldReader;
class SyncKeys;

// The messages of sync protocol 1 (docs/sync.md "Messages") as plain structs. Field names are the
// wire's in camelCase (org_unit -> orgUnit). toJson() writes the wire form; fromJson() checks
// every field (present, type, range) and fails with a message naming the first bad field by its
// path, e.g. `The field "records[3].version" should be between 1 and ...`. The messages are for
// a person (logs, the quarantine list) and go through tr().
//
// Numbers on the wire are JSON numbers; sequence numbers and versions are whole numbers in
// [0, kMaxWhole] (exact in a double).

constexpr qint64 kMaxWhole = (qint64(1) << 53) - 1;

enum class RecordStatus { Ok, Duplicate, Conflict, Forbidden, Invalid };
QString recordStatusKey(RecordStatus status); // "ok", "duplicate", ...
std::optional<RecordStatus> recordStatusFromKey(const QString &key);

// Settled: a tombstone every tier holds, announced by the top tier (docs/sync.md "Deletes").
enum class PullKind { Review, Reference, Conflict, Settled };
QString pullKindKey(PullKind kind); // "review", "reference", "conflict", "settled"
std::optional<PullKind> pullKindFromKey(const QString &key);

enum class EnrollmentStatus { Pending, Approved, Revoked };
QString enrollmentStatusKey(EnrollmentStatus status); // "pending", "approved", "revoked"
std::optional<EnrollmentStatus> enrollmentStatusFromKey(const QString &key);

// {seq, hash}: the head of a node's audit chain (hash "" when the chain is empty).
struct AuditHead
{
    qint64 seq = 0;
    QString hash;

    QJsonObject toJson() const;
    static AuditHead read(SyncFieldReader &parent, const QString &key);
    bool operator==(const AuditHead &o) const { return seq == o.seq && hash == o.hash; }
};

// One version of one record as it travels: its system columns and `values`, the user columns.
// Rules: table [a-z0-9_] and id [0-9a-f-], each 1..64 characters; version >= 1;
// 0 <= base_version < version; hlc 1..40 characters; deleted a boolean; values an object whose
// keys are column names ([a-z0-9_], 1..64 characters).
struct SyncRecord
{
    QString table;
    QString id;
    QString orgUnit;
    QString originNode;
    qint64 version = 1;
    qint64 baseVersion = 0;
    QString hlc;
    bool deleted = false;
    QJsonObject values;

    QJsonObject toJson() const;
    static Result<SyncRecord> fromJson(const QJsonObject &json);
    // As above, naming fields under `path` ("records[3]").
    static Result<SyncRecord> fromJson(const QJsonObject &json, const QString &path);
    // Writes the record's wire fields into `out` (PullItem adds its own beside them).
    void writeTo(QJsonObject &out) const;
    static SyncRecord read(SyncFieldReader &reader);
    bool operator==(const SyncRecord &o) const;
};

// POST /sync/v1/hello
struct HelloRequest
{
    int protocolMin = 1;
    int protocolMax = 1;
    int schema = 0;
    QString nodeId;
    QString dbEpoch;
    AuditHead auditHead;

    QJsonObject toJson() const;
    static Result<HelloRequest> fromJson(const QJsonObject &json);
};

// A block of numbers users see, granted at approval ("SERIES:FIRST-LAST").
struct NumberBlockGrant
{
    QString series;
    int first = 1;
    int last = 1;

    bool operator==(const NumberBlockGrant &o) const { return series == o.series && first == o.first && last == o.last; }
};

struct HelloReply
{
    int protocol = 1;
    QString hubNode;
    QDateTime hubTime; // UTC
    EnrollmentStatus enrollmentStatus = EnrollmentStatus::Pending;
    QString enrollmentOrgUnit;          // "" while pending
    QList<NumberBlockGrant> blocks;
    QString checkpointEpoch;            // "" when the hub has no checkpoint for the node
    qint64 ackedToSeq = 0;
    qint64 pullSeq = 0;
    AuditHead auditKnown;

    QJsonObject toJson() const;
    static Result<HelloReply> fromJson(const QJsonObject &json);
};

// A record of a push that could not be read; the hub answers `invalid` with the reason for it.
// `table` and `id` are what could be read of them ("" otherwise).
struct UnreadableRecord
{
    int index = 0;
    QString table;
    QString id;
    QString reason;
};

// POST /sync/v1/push. fromJson fails on a bad envelope (any field but the records, or more than
// kMaxRecords records); a record that is not valid does not fail the push (one bad record never
// blocks the rest): it goes to `unreadable`, in order, and `records` holds the others.
struct PushRequest
{
    int protocol = 1;
    int schema = 0;
    QString nodeId;
    QString dbEpoch;
    QString batchId;  // a UUID
    qint64 fromSeq = 0;
    qint64 toSeq = 0; // fromSeq <= toSeq
    AuditHead auditHead;
    // The node's audit entry at the seq the hub last recorded as its head (hello's audit_known),
    // as the node's log has it now: the hub compares, so a history rewritten since shows.
    std::optional<AuditHead> auditCheck;
    QList<SyncRecord> records;
    QList<UnreadableRecord> unreadable; // filled by fromJson only; toJson ignores it

    QJsonObject toJson() const;
    static Result<PushRequest> fromJson(const QJsonObject &json);
};

struct RecordWinner
{
    qint64 version = 1;
    QString hlc;
    QString originNode;

    bool operator==(const RecordWinner &o) const { return version == o.version && hlc == o.hlc && originNode == o.originNode; }
};

// One record's answer in a push reply. `id` may be "" only for an `invalid` record whose id
// could not be read; `reason` is plain words for a person.
struct RecordResult
{
    QString id;
    QString table;
    RecordStatus status = RecordStatus::Ok;
    QString reason;
    std::optional<RecordWinner> winner;

    QJsonObject toJson() const;
    static Result<RecordResult> fromJson(const QJsonObject &json);
    static RecordResult read(SyncFieldReader &reader);
    bool operator==(const RecordResult &o) const;
};

struct PushReply
{
    QString batchId;
    qint64 ackedToSeq = 0;
    QList<RecordResult> results; // at most kMaxRecords

    QJsonObject toJson() const;
    static Result<PushReply> fromJson(const QJsonObject &json);
};

// One item of a pull: its hub sequence number, its kind and the record, whose fields are written
// beside `seq` and `kind`.
struct PullItem
{
    qint64 seq = 1;
    PullKind kind = PullKind::Reference;
    SyncRecord record;
    // A conflict's other version (kind conflict only): `record` is the one every tier keeps.
    std::optional<SyncRecord> loser;

    QJsonObject toJson() const;
    static Result<PullItem> fromJson(const QJsonObject &json);
    static PullItem read(SyncFieldReader &reader);
    bool operator==(const PullItem &o) const
    {
        return seq == o.seq && kind == o.kind && record == o.record && loser == o.loser;
    }
};

// GET /sync/v1/pull?since=N&limit=M (at most kMaxRecords items).
struct PullReply
{
    QList<PullItem> items;
    qint64 next = 0;
    bool more = false;

    QJsonObject toJson() const;
    static Result<PullReply> fromJson(const QJsonObject &json);
};

// {kind: "enroll", node_id, org_unit, tier, display_name, public_key, made_at, signature}:
// signed with the node's key over signedBytes(). fromJson checks the fields only; the hub then
// calls verifySignature().
struct EnrollRequest
{
    QString nodeId;
    QString orgUnit;
    Tier tier = Tier::Street;
    QString displayName;
    QByteArray publicKey;   // 32 raw bytes (base64 on the wire)
    QDateTime madeAt;       // UTC
    QByteArray signature;   // 64 raw bytes (base64 on the wire)

    QJsonObject toJson() const;
    static Result<EnrollRequest> fromJson(const QJsonObject &json);
    // Canonical JSON of the request without "signature": the bytes signed.
    QByteArray signedBytes() const;
    // Sets publicKey to `keys`' public key and signs.
    void sign(const SyncKeys &keys);
    // Whether `signature` is the signature of signedBytes() by the included public key.
    bool verifySignature() const;
};

// {code, message, ...}: a refused request. `code` is a fixed ASCII reason ([a-z0-9_]), `message`
// plain words; `extra` holds any other fields (protocol_min/protocol_max for
// unsupported_protocol, hub_time and skew_seconds for clock_skew).
struct ErrorReply
{
    QString code;
    QString message;
    QJsonObject extra;

    QJsonObject toJson() const;
    static Result<ErrorReply> fromJson(const QJsonObject &json);
};

} // namespace ud
