#pragma once

#include "sync/HubStore.h"
#include "sync/HubSync.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ud {

// Review at a hub (docs/sync.md "Review"): the queue of records that arrived from below, per
// workspace and unit, new or changed since their last review, and the decisions of the hub's
// reviewers (approve, return with a reason, lock, unlock). A decision is a record_reviews record
// made by this hub: kept in hub_reviews for the queue and sent down (hub_down) to the node that
// owns the record, in one transaction. Only the roots a person reviews are queued: workers,
// employers and cases (a case's parts go with it).
class HubReviews
{
    Q_DECLARE_TR_FUNCTIONS(HubReviews)

public:
    explicit HubReviews(HubStore &store);

    static const QStringList &reviewedTables();

    // GET /review/v1/queue?table=&org_unit=&state=&limit=&offset=
    // state: new (never reviewed here or above), changed (a newer version since the last
    // review), returned, pending (new or changed: the default), all.
    HubOutcome<QJsonObject> queue(const HubNode &reviewer, const QString &table, const QString &orgUnit,
                                  const QString &state, int limit, int offset);
    // GET /review/v1/record?table=&id=: the record as it reached the hub, with its reviews.
    HubOutcome<QJsonObject> record(const HubNode &reviewer, const QString &table, const QString &id);
    // POST /review/v1/decide {table, id, version, decision, reason}
    HubOutcome<QJsonObject> decide(const HubNode &reviewer, const QJsonObject &request);

    // GET /review/v1/duplicates?state=open|all: workers or employers registered by two units of
    // the reviewer's subtree with the same ID number or credit code (domain §0).
    HubOutcome<QJsonObject> duplicates(const HubNode &reviewer, const QString &state);
    // POST /review/v1/duplicate {table, a, b, outcome: same|different}
    HubOutcome<QJsonObject> judgeDuplicate(const HubNode &reviewer, const QJsonObject &request);

private:
    HubStore &m_store;
    HubSync m_sync;
};

} // namespace ud
