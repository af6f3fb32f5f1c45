#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "sync/SyncTransport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

class QNetworkAccessManager;

namespace ud {

class Database;

// A reviewer's desktop talking to its hub's review API (docs/sync.md "Review"): the queue of
// records that came from below, one record with its reviews, and a decision. The desktop must be
// enrolled at the hub as a reviewer (`uniondesk-cli sync enroll`, then `hub approve ... --as
// reviewer`). Each call waits for its answer (it runs its own event loop, so the GUI keeps
// painting); errors come back in the user's words.
class ReviewClient
{
    Q_DECLARE_TR_FUNCTIONS(ReviewClient)

public:
    ReviewClient(Database &db, const Clock &clock, QNetworkAccessManager &network);

    // state: pending (default), new, changed, returned, all.
    Result<QJsonArray> queue(const QString &table = {}, const QString &orgUnit = {}, const QString &state = {},
                             int limit = 100, int offset = 0);
    Result<QJsonObject> record(const QString &table, const QString &id);
    // decision: approve, return (with a reason), lock, unlock. `version`: the version reviewed.
    Result<QJsonObject> decide(const QString &table, const QString &id, qint64 version, const QString &decision,
                               const QString &reason = {});

    // Workers or employers of two units with the same ID number or credit code (state: open, all).
    Result<QJsonArray> duplicates(const QString &state = {});
    Result<QJsonObject> judgeDuplicate(const QString &table, const QString &a, const QString &b, const QString &outcome);

private:
    Status prepare();
    Result<QJsonObject> call(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body = {});

    Database &m_db;
    const Clock &m_clock;
    SyncTransport m_transport;
    bool m_ready = false;
};

} // namespace ud
