#pragma once

#include "core/Result.h"
#include "sync/SyncKeys.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>

namespace ud {

// A USB bundle (design §4) for a site with no network: the same batch as a push, in a zip file of
// three entries: manifest.json (the push's envelope, what kind of bundle it is and the SHA-256
// and size of every other entry), records.jsonl (one record per line) or answer.json (the hub's
// acknowledgement), and signature (base64 Ed25519 of the manifest's canonical bytes). libzip
// writes it to a temporary file and renames it, so a bundle is there whole or not at all.
class SyncBundle
{
    Q_DECLARE_TR_FUNCTIONS(SyncBundle)

public:
    static constexpr qint64 kMaxEntryBytes = 32 * 1024 * 1024;
    static constexpr int kFormatVersion = 1;

    struct Contents
    {
        QJsonObject manifest;
        QByteArray manifestBytes;             // as stored (what the signature covers)
        QByteArray signature;                 // raw
        QMap<QString, QByteArray> entries;    // the other entries, checked against the manifest
        QString kind() const { return manifest.value(QStringLiteral("kind")).toString(); }
    };

    // A push bundle of `push` (a push request as sent over HTTP), signed by the node.
    static Status writePush(const QString &path, const QJsonObject &push, const SyncKeys &keys, const QDateTime &nowUtc);
    // The hub's acknowledgement of a push bundle, signed by the hub.
    static Status writeAck(const QString &path, const QString &hubNode, const QString &nodeId, const QString &batchId,
                           const QJsonObject &answer, const SyncKeys &hubKeys, const QDateTime &nowUtc);

    // Reads a bundle and checks it is whole: a zip UnionDesk wrote, the entries the manifest lists
    // with their sizes and hashes, nothing else. The signature is checked by verify().
    static Result<Contents> read(const QString &path);
    static bool verify(const Contents &contents, const QByteArray &publicKey);

    // The push request a push bundle carries (manifest envelope + records).
    static Result<QJsonObject> pushOf(const Contents &contents);
    static Result<QJsonObject> answerOf(const Contents &contents);
};

} // namespace ud
