#pragma once

#include "core/Clock.h"
#include "sync/HubBlobs.h"
#include "sync/HubHandler.h"
#include "sync/HubReviews.h"
#include "sync/HubStore.h"
#include "sync/HubSync.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ud {

class HubDatabase;

// The hub's answer to every request (docs/sync.md): the route, the node's signature, nonce and
// enrollment, the body's encoding and size, then HubSync for hello, push and pull and HubStore
// for enrollment requests. Every refusal is a JSON ErrorReply with a 4xx status and a reason a
// person can act on; nothing a node sends can stop the hub serving the next request.
class HubService : public HubHandler
{
    Q_DECLARE_TR_FUNCTIONS(HubService)

public:
    HubService(HubDatabase &db, const Clock &clock);

    HubResponse handle(const HubRequest &request) override;

    HubStore &store() { return m_store; }
    HubSync &sync() { return m_sync; }

private:
    struct Caller
    {
        std::optional<HubNode> node;
        HubResponse refusal;
    };
    // The signed request's node, or the response refusing it. `allowPending`: hello answers a
    // node whose enrollment waits, so it can say so.
    Caller authenticate(const HubRequest &request, bool allowPending);
    Result<QJsonObject> body(const HubRequest &request, qint64 maxInflated, HubResponse *refusal);

    HubResponse enroll(const HubRequest &request);
    HubResponse hello(const HubRequest &request);
    HubResponse push(const HubRequest &request);
    HubResponse pull(const HubRequest &request);
    HubResponse review(const HubRequest &request);
    HubResponse blobs(const HubRequest &request);

    static HubResponse json(int status, const QJsonObject &body);
    static HubResponse error(int status, const QString &code, const QString &message, const QJsonObject &extra = {});
    static HubResponse refused(const HubRefusal &refusal);

    const Clock &m_clock;
    HubStore m_store;
    HubSync m_sync;
    HubReviews m_reviews;
    HubBlobs m_blobs;
};

} // namespace ud
