#include "sync/BlobUploader.h"

#include "sync/SyncCodec.h"

#include <QJsonArray>

namespace ud {

BlobUploader::BlobUploader(SyncTransport &transport, Reader read, QObject *parent)
    : QObject(parent), m_transport(transport), m_read(std::move(read))
{
}

QStringList BlobUploader::hashesOf(const QJsonObject &push)
{
    QStringList hashes;
    for (const QJsonValue &v : push.value(QStringLiteral("records")).toArray()) {
        const QJsonObject r = v.toObject();
        const QString sha = r.value(QStringLiteral("values")).toObject().value(QStringLiteral("sha256")).toString();
        if (r.value(QStringLiteral("table")).toString() == QLatin1String("mediation_attachments")
            && !r.value(QStringLiteral("deleted")).toBool() && !sha.isEmpty() && !hashes.contains(sha))
            hashes << sha;
    }
    return hashes;
}

void BlobUploader::run(const QStringList &hashes, const Done &done)
{
    m_done = done;
    m_chunks = 0;
    m_todo.clear();
    if (hashes.isEmpty())
        return m_done(true, {}, 0);
    bool compressed = false;
    const QByteArray ask = SyncCodec::encodeBody(QJsonObject{{QStringLiteral("hashes"), QJsonArray::fromStringList(hashes)}}, &compressed);
    m_transport.send("POST", QStringLiteral("/sync/v1/blobs/status"), ask, compressed, [this](const SyncTransport::Answer &a) {
        if (a.status != 200)
            return m_done(false, a, m_chunks);
        for (const QJsonValue &v : a.body.value(QStringLiteral("blobs")).toArray()) {
            const QJsonObject b = v.toObject();
            if (!b.value(QStringLiteral("complete")).toBool())
                m_todo << b.value(QStringLiteral("sha256")).toString() + QLatin1Char(':')
                              + QString::number(b.value(QStringLiteral("received")).toInteger());
        }
        next();
    });
}

void BlobUploader::next()
{
    while (!m_todo.isEmpty()) {
        const QStringList item = m_todo.takeFirst().split(QLatin1Char(':'));
        const QByteArray data = m_read(item.value(0));
        if (data.isEmpty())
            continue; // not here: the hub gets it from where it is
        return chunk(item.value(0), data, item.value(1).toLongLong());
    }
    m_done(true, {}, m_chunks);
}

void BlobUploader::chunk(const QString &sha256, const QByteArray &data, qint64 offset)
{
    constexpr qint64 kChunk = 1024 * 1024;
    if (offset >= data.size())
        return next();
    const QByteArray part = data.mid(offset, kChunk);
    const QString path = QStringLiteral("/sync/v1/blob?sha256=%1&offset=%2&size=%3").arg(sha256).arg(offset).arg(data.size());
    m_transport.send("PUT", path, part, false, [this, sha256, data, offset, size = part.size()](const SyncTransport::Answer &a) {
        if (a.status == 409 && SyncTransport::codeOf(a) == QLatin1String("offset")) // go on from where the hub is
            return chunk(sha256, data, a.body.value(QStringLiteral("received")).toInteger());
        if (a.status != 200)
            return m_done(false, a, m_chunks);
        ++m_chunks;
        chunk(sha256, data, offset + size);
    });
}

} // namespace ud
