#include "sync/HubBlobs.h"

#include "sync/HubDatabase.h"
#include "sync/SyncLog.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace ud {

namespace {
bool isHash(const QString &s)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(s).hasMatch();
}
} // namespace

HubBlobs::HubBlobs(HubStore &store) : m_store(store) {}

HubOutcome<QJsonObject> HubBlobs::status(const HubNode &, const QJsonObject &request)
{
    using O = HubOutcome<QJsonObject>;
    const QJsonArray hashes = request.value(QStringLiteral("hashes")).toArray();
    if (hashes.size() > 1000)
        return O::refuse(413, QStringLiteral("too_many"), tr("Ask about at most 1,000 files at a time."));
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT size, received, complete FROM hub_blobs WHERE sha256 = ?"));
    QJsonArray out;
    for (const QJsonValue &v : hashes) {
        const QString sha = v.toString();
        if (!isHash(sha))
            return O::refuse(422, QStringLiteral("invalid"), tr("\"%1\" is not a SHA-256 in lowercase hex.").arg(sha.left(80)));
        q.addBindValue(sha);
        QJsonObject blob{{QStringLiteral("sha256"), sha}, {QStringLiteral("size"), 0}, {QStringLiteral("received"), 0},
                         {QStringLiteral("complete"), false}};
        if (q.exec() && q.next()) {
            blob.insert(QStringLiteral("size"), q.value(0).toLongLong());
            blob.insert(QStringLiteral("received"), q.value(1).toLongLong());
            blob.insert(QStringLiteral("complete"), q.value(2).toInt() != 0);
        }
        q.finish();
        out.append(blob);
    }
    return O::of(QJsonObject{{QStringLiteral("blobs"), out}});
}

HubOutcome<QJsonObject> HubBlobs::put(const HubNode &node, const QString &sha256, qint64 offset, qint64 size,
                                      const QByteArray &chunk)
{
    using O = HubOutcome<QJsonObject>;
    if (!isHash(sha256) || offset < 0 || size < 0 || size > kMaxBlobBytes || chunk.size() > kMaxChunkBytes
        || offset + chunk.size() > size || (chunk.isEmpty() && size > 0))
        return O::refuse(422, QStringLiteral("invalid"),
                         tr("A file is sent as its SHA-256, its size (at most %1 MB) and chunks of at most %2 MB at "
                            "increasing offsets.")
                             .arg(kMaxBlobBytes / 1048576)
                             .arg(kMaxChunkBytes / 1048576));
    HubDatabase::Transaction tx(m_store.database());
    if (!tx.isActive())
        return O::refuse(503, QStringLiteral("busy"), tx.error());
    const QString now = isoUtc(m_store.clock().nowUtc());
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("INSERT INTO hub_blobs (sha256, size, from_node, updated_at) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (sha256) DO NOTHING"));
    q.addBindValue(sha256);
    q.addBindValue(size);
    q.addBindValue(node.nodeId);
    q.addBindValue(now);
    if (!q.exec())
        return O::refuse(503, QStringLiteral("busy"), q.lastError().text());
    q.prepare(QStringLiteral("SELECT size, received, complete FROM hub_blobs WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (!q.exec() || !q.next())
        return O::refuse(503, QStringLiteral("busy"), q.lastError().text());
    const qint64 knownSize = q.value(0).toLongLong();
    const qint64 received = q.value(1).toLongLong();
    const bool complete = q.value(2).toInt() != 0;
    q.finish();
    if (complete)
        return O::of(QJsonObject{{QStringLiteral("received"), knownSize}, {QStringLiteral("complete"), true}});
    if (knownSize != size)
        return O::refuse(409, QStringLiteral("size_differs"), tr("This file was announced with another size (%1 bytes).").arg(knownSize),
                         QJsonObject{{QStringLiteral("received"), received}});
    if (offset != received)
        return O::refuse(409, QStringLiteral("offset"), tr("The hub has the first %1 bytes of this file; go on from there.").arg(received),
                         QJsonObject{{QStringLiteral("received"), received}});
    q.prepare(QStringLiteral("INSERT INTO hub_blob_chunks (sha256, offset_bytes, data) VALUES (?, ?, ?)"));
    q.addBindValue(sha256);
    q.addBindValue(offset);
    q.addBindValue(chunk);
    if (!q.exec())
        return O::refuse(503, QStringLiteral("busy"), q.lastError().text());
    const qint64 now_received = received + chunk.size();
    bool done = false;
    if (now_received == size) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        q.prepare(QStringLiteral("SELECT data FROM hub_blob_chunks WHERE sha256 = ? ORDER BY offset_bytes"));
        q.addBindValue(sha256);
        if (!q.exec())
            return O::refuse(503, QStringLiteral("busy"), q.lastError().text());
        while (q.next())
            hash.addData(q.value(0).toByteArray());
        q.finish();
        if (QString::fromLatin1(hash.result().toHex()) != sha256) {
            q.prepare(QStringLiteral("DELETE FROM hub_blob_chunks WHERE sha256 = ?"));
            q.addBindValue(sha256);
            q.exec();
            q.prepare(QStringLiteral("DELETE FROM hub_blobs WHERE sha256 = ?"));
            q.addBindValue(sha256);
            q.exec();
            if (Status s = tx.commit(); !s)
                return O::refuse(503, QStringLiteral("busy"), s.error());
            return O::refuse(422, QStringLiteral("hash_mismatch"),
                             tr("The file's bytes do not match its SHA-256; it was thrown away. Send it again."));
        }
        done = true;
    }
    q.prepare(QStringLiteral("UPDATE hub_blobs SET received = ?, complete = ?, updated_at = ? WHERE sha256 = ?"));
    q.addBindValue(now_received);
    q.addBindValue(done ? 1 : 0);
    q.addBindValue(now);
    q.addBindValue(sha256);
    if (!q.exec())
        return O::refuse(503, QStringLiteral("busy"), q.lastError().text());
    if (Status s = tx.commit(); !s)
        return O::refuse(503, QStringLiteral("busy"), s.error());
    if (done)
        qCInfo(lcHub) << "file" << sha256 << "complete," << size << "bytes from" << node.nodeId;
    return O::of(QJsonObject{{QStringLiteral("received"), now_received}, {QStringLiteral("complete"), done}});
}

QByteArray HubBlobs::read(const QString &sha256)
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT data FROM hub_blob_chunks c JOIN hub_blobs b ON b.sha256 = c.sha256 "
                             "WHERE c.sha256 = ? AND b.complete = 1 ORDER BY c.offset_bytes"));
    q.addBindValue(sha256);
    QByteArray out;
    if (q.exec())
        while (q.next())
            out += q.value(0).toByteArray();
    return out;
}

} // namespace ud
