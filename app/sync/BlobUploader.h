#pragma once

#include "sync/SyncTransport.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace ud {

// Sends attachment contents to a hub by content hash (design §4), for a desktop and for a hub
// forwarding to its parent: asks which of `hashes` the hub lacks or has in part, then sends each
// in 1 MB chunks from where the hub stopped. A file this side does not have (`read` returns
// nothing) is left for whoever has it.
class BlobUploader : public QObject
{
    Q_OBJECT

public:
    using Reader = std::function<QByteArray(const QString &sha256)>;
    // ok, or the hub's refusal; chunks sent.
    using Done = std::function<void(bool ok, const SyncTransport::Answer &refusal, int chunks)>;

    BlobUploader(SyncTransport &transport, Reader read, QObject *parent = nullptr);
    void run(const QStringList &hashes, const Done &done);

    // The attachment hashes named by the records of a push (its JSON).
    static QStringList hashesOf(const QJsonObject &push);

private:
    void next();
    void chunk(const QString &sha256, const QByteArray &data, qint64 offset);

    SyncTransport &m_transport;
    Reader m_read;
    Done m_done;
    QStringList m_todo; // "sha256:received"
    int m_chunks = 0;
};

} // namespace ud
