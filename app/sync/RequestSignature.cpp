#include "sync/RequestSignature.h"

#include "sync/HubHandler.h"
#include "sync/SyncCodec.h"
#include "sync/SyncFieldReader.h"
#include "sync/SyncKeys.h"

#include <QCryptographicHash>

#include <sodium.h>

#include <cmath>

namespace ud {

namespace {

bool isNonce(const QByteArray &nonce)
{
    if (nonce.size() != 2 * RequestSignature::kNonceBytes)
        return false;
    for (const char c : nonce)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

RequestSignature::Verdict refused(const char *reason, const QString &message)
{
    RequestSignature::Verdict v;
    v.reason = reason;
    v.message = message;
    return v;
}

} // namespace

QByteArray RequestSignature::signedText(const QByteArray &method, const QString &pathAndQuery, const QByteArray &time,
                                        const QByteArray &nonce, const QByteArray &body)
{
    QByteArray text;
    text.reserve(160 + pathAndQuery.size() * 3);
    text += "UD1\n";
    text += method;
    text += '\n';
    text += pathAndQuery.toUtf8();
    text += '\n';
    text += time;
    text += '\n';
    text += nonce;
    text += '\n';
    text += QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    return text;
}

QList<QPair<QByteArray, QByteArray>> RequestSignature::sign(const SyncKeys &keys, const QString &nodeId,
                                                            const QByteArray &method, const QString &pathAndQuery,
                                                            const QByteArray &body, const QDateTime &nowUtc)
{
    QByteArray random(kNonceBytes, '\0');
    if (SyncKeys::sodiumReady())
        randombytes_buf(random.data(), static_cast<size_t>(random.size()));
    const QByteArray nonce = random.toHex();
    const QByteArray time = SyncCodec::formatTime(nowUtc).toLatin1();
    const QByteArray signature = keys.sign(signedText(method, pathAndQuery, time, nonce, body)).toBase64();
    return {{QByteArray(kNodeHeader), nodeId.toUtf8()},
            {QByteArray(kTimeHeader), time},
            {QByteArray(kNonceHeader), nonce},
            {QByteArray(kSignatureHeader), signature}};
}

RequestSignature::Verdict RequestSignature::verify(const QByteArray &node, const QByteArray &time, const QByteArray &nonce,
                                                   const QByteArray &signature, const QByteArray &method,
                                                   const QString &pathAndQuery, const QByteArray &body,
                                                   const QByteArray &publicKey, const QDateTime &hubNowUtc,
                                                   int maxSkewSeconds)
{
    const QList<QPair<const char *, const QByteArray *>> headers = {
        {kNodeHeader, &node}, {kTimeHeader, &time}, {kNonceHeader, &nonce}, {kSignatureHeader, &signature}};
    for (const auto &h : headers)
        if (h.second->isEmpty())
            return refused(kMissingHeaders,
                           tr("The request has no %1 header, so it is not signed. Update UnionDesk on the sending "
                              "computer and try again.")
                               .arg(QLatin1String(h.first)));

    const auto malformed = [](const char *header) {
        return refused(kMalformed, tr("The request's %1 header is not valid. Update UnionDesk on the sending computer "
                                      "and try again.")
                                       .arg(QLatin1String(header)));
    };
    const QString nodeId = QString::fromUtf8(node);
    if (nodeId.size() > 64 || !SyncFieldReader::isValid(SyncFieldReader::Text::NodeId, nodeId))
        return malformed(kNodeHeader);
    const auto parsedTime = SyncCodec::parseTime(QString::fromLatin1(time));
    if (!parsedTime)
        return malformed(kTimeHeader);
    if (!isNonce(nonce))
        return malformed(kNonceHeader);
    const auto decoded = QByteArray::fromBase64Encoding(signature, QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok || decoded.decoded.size() != SyncKeys::kSignatureBytes)
        return malformed(kSignatureHeader);

    Verdict v;
    v.nodeId = nodeId;
    v.time = *parsedTime;
    v.nonce = nonce;
    if (!SyncKeys::verify(publicKey, signedText(method, pathAndQuery, time, nonce, body), decoded.decoded)) {
        v.reason = kBadSignature;
        v.message = tr("The request's signature does not match the key registered for node %1. If this node's key "
                       "was replaced, enroll it again.")
                        .arg(nodeId);
        return v;
    }

    const qint64 skewMs = hubNowUtc.msecsTo(*parsedTime);
    v.skewSeconds = skewMs / 1000;
    if (std::llabs(skewMs) > qint64(maxSkewSeconds) * 1000) {
        v.reason = kClockSkew;
        const int minutes = static_cast<int>(std::llround(std::fabs(static_cast<double>(skewMs)) / 60000.0));
        v.message = skewMs > 0 ? tr("The sending computer's clock is %n minute(s) ahead of the hub's. Set its date, "
                                    "time and time zone right and try again.", "", minutes)
                               : tr("The sending computer's clock is %n minute(s) behind the hub's. Set its date, "
                                    "time and time zone right and try again.", "", minutes);
        return v;
    }
    v.ok = true;
    return v;
}

RequestSignature::Verdict RequestSignature::verify(const HubRequest &request, const QByteArray &publicKey,
                                                   const QDateTime &hubNowUtc, int maxSkewSeconds)
{
    const QString target = request.query.isEmpty() ? request.path : request.path + QLatin1Char('?') + request.query;
    return verify(request.header(QByteArray(kNodeHeader).toLower()), request.header(QByteArray(kTimeHeader).toLower()),
                  request.header(QByteArray(kNonceHeader).toLower()),
                  request.header(QByteArray(kSignatureHeader).toLower()), request.method, target, request.body,
                  publicKey, hubNowUtc, maxSkewSeconds);
}

} // namespace ud
