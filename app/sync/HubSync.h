#pragma once

#include "core/Result.h"
#include "sync/HubStore.h"
#include "sync/SyncMessages.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace ud {

// A refusal of a whole request, with the HTTP status it maps to and a reason code.
struct HubRefusal
{
    int httpStatus = 400;
    QString code;     // "unsupported_protocol", "forbidden", "bad_request", ...
    QString message;  // for a person
    QJsonObject extra;
};

template <typename T>
struct HubOutcome
{
    std::optional<T> value;
    HubRefusal refusal;
    bool ok() const { return value.has_value(); }
    static HubOutcome refuse(int status, const QString &code, const QString &message, const QJsonObject &extra = {})
    {
        HubOutcome o;
        o.refusal = HubRefusal{status, code, message, extra};
        return o;
    }
    static HubOutcome of(T v)
    {
        HubOutcome o;
        o.value = std::move(v);
        return o;
    }
};

// The hub's part of protocol 1 (docs/sync.md) on its database, for one authenticated node:
// hello, push (records applied one by one with a status each, the batch's answer and the node's
// checkpoint in one transaction, a repeated batch answered from the store) and pull (what flows
// down to the node's subtree, in hub order). No HTTP or signatures here (HubService).
class HubSync
{
    Q_DECLARE_TR_FUNCTIONS(HubSync)

public:
    static constexpr int kProtocol = 1;
    static constexpr int kMaxPull = 500;

    explicit HubSync(HubStore &store);

    HubOutcome<HelloReply> hello(const HubNode &node, const HelloRequest &request);
    HubOutcome<PushReply> push(const HubNode &node, const PushRequest &request);
    HubOutcome<PullReply> pull(const HubNode &node, qint64 since, int limit);

    // Writes an item that flows down (a review, reference data, a conflict) for the units under
    // its record's unit, inside the caller's transaction; returns its seq.
    Result<qint64> addDown(const PullItem &item);
    // Reference data made at this tier (policy values such as the local 低保 standard, the holiday
    // calendar, code lists, org units) for every node below: one transaction; org units also go
    // into the hub's own org tree. Returns how many were published.
    Result<int> publishReference(const QList<SyncRecord> &records);
    // Takes `count` numbers of the hub's counter (serializing writers); returns the first.
    Result<qint64> takeSeq(int count);

    // What the hub holds of a record (not its body), as push() looks it up for a whole batch.
    struct StoredHead
    {
        bool exists = false;
        qint64 version = 0;
        qint64 baseVersion = 0;
        QString hlc, originNode, orgUnit;
        bool deleted = false;
    };
    // The push status of one record, decided and written (inside the caller's transaction).
    // `known`: what the hub holds of it, when the caller looked it up; else it is looked up here.
    RecordResult applyRecord(const HubNode &from, const QSet<QString> &subtree, const SyncRecord &record, qint64 seq,
                             const StoredHead *known = nullptr);

private:
    // Keeps the record's ID-number or credit-code key and notes a record of another unit with the
    // same key as a possible duplicate ("" when done, else the database's error).
    QString noteKeys(const SyncRecord &record);

    // Statements prepared once per HubSync (a push applies hundreds of records).
    QSqlQuery &cached(const QString &sql);

    // What the hub holds of each record of a push, keyed by table and id, in one query per table
    // and 250 ids (a statement per record cost more than its insert).
    Result<QHash<QPair<QString, QString>, StoredHead>> lookUp(const QList<SyncRecord> &records);
    // The time stamp of what is written now (once per push, not per record).
    QString now() const;

    HubStore &m_store;
    QHash<QString, QSqlQuery> m_queries;
    QString m_now; // set while a push is applied
};

} // namespace ud
