#pragma once

#include "sync/HubStore.h"
#include "sync/HubSync.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ud {

// Attachment contents at the hub, by content hash (design §4): a node asks which of its blobs the
// hub lacks (or has in part) and sends them in chunks from where the hub stopped, so each is sent
// once and an interrupted upload goes on from its last chunk. A blob is complete when its bytes'
// SHA-256 is its name; a blob that does not hash to its name is thrown away.
class HubBlobs
{
    Q_DECLARE_TR_FUNCTIONS(HubBlobs)

public:
    static constexpr qint64 kMaxBlobBytes = 64 * 1024 * 1024;
    static constexpr qint64 kMaxChunkBytes = 2 * 1024 * 1024;

    explicit HubBlobs(HubStore &store);

    // POST /sync/v1/blobs/status {hashes: [...]} -> {blobs: [{sha256, size, received, complete}]}
    HubOutcome<QJsonObject> status(const HubNode &node, const QJsonObject &request);
    // PUT /sync/v1/blob?sha256=&offset=&size= with the chunk as the body.
    HubOutcome<QJsonObject> put(const HubNode &node, const QString &sha256, qint64 offset, qint64 size, const QByteArray &chunk);
    // The whole blob when complete (for forwarding), or an empty array.
    QByteArray read(const QString &sha256);

private:
    HubStore &m_store;
};

} // namespace ud
