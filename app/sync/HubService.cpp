#include "sync/HubService.h"

#include "sync/RequestSignature.h"
#include "sync/SyncCodec.h"
#include "sync/SyncKeys.h"
#include "sync/SyncLog.h"
#include "sync/SyncMessages.h"

#include <QUrlQuery>

namespace ud {

namespace {
constexpr qint64 kMaxEnrollBytes = 16 * 1024;
constexpr qint64 kMaxSmallBytes = 64 * 1024;
} // namespace

HubService::HubService(HubDatabase &db, const Clock &clock)
    : m_clock(clock), m_store(db, clock), m_sync(m_store), m_reviews(m_store), m_blobs(m_store)
{
}

HubResponse HubService::json(int status, const QJsonObject &body)
{
    HubResponse r;
    r.status = status;
    bool compressed = false;
    r.body = SyncCodec::encodeBody(body, &compressed);
    if (const QByteArray encoding = SyncCodec::contentEncoding(r.body, compressed); !encoding.isEmpty())
        r.headers.append({QByteArrayLiteral("Content-Encoding"), encoding});
    return r;
}

HubResponse HubService::error(int status, const QString &code, const QString &message, const QJsonObject &extra)
{
    ErrorReply e;
    e.code = code;
    e.message = message;
    e.extra = extra;
    qCInfo(lcHub) << "refused:" << status << code << message;
    return json(status, e.toJson());
}

HubResponse HubService::refused(const HubRefusal &r)
{
    return error(r.httpStatus, r.code, r.message, r.extra);
}

HubResponse HubService::handle(const HubRequest &request)
{
    const bool post = request.method == "POST";
    if (request.path == QLatin1String("/sync/v1/enroll") && post)
        return enroll(request);
    if (request.path == QLatin1String("/sync/v1/hello") && post)
        return hello(request);
    if (request.path == QLatin1String("/sync/v1/push") && post)
        return push(request);
    if (request.path == QLatin1String("/sync/v1/pull") && request.method == "GET")
        return pull(request);
    if (request.path == QLatin1String("/sync/v1/blobs/status") || request.path == QLatin1String("/sync/v1/blob"))
        return blobs(request);
    if (request.path.startsWith(QLatin1String("/review/v1/")))
        return review(request);
    if (request.path.startsWith(QLatin1String("/sync/v1/")))
        return error(405, QStringLiteral("method_not_allowed"),
                     tr("%1 %2 is not part of the sync protocol.").arg(QString::fromLatin1(request.method), request.path));
    return error(404, QStringLiteral("not_found"), tr("There is nothing at %1 on this hub.").arg(request.path));
}

Result<QJsonObject> HubService::body(const HubRequest &request, qint64 maxInflated, HubResponse *refusal)
{
    const QByteArray encoding = request.header("content-encoding").trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "deflate" && encoding != "zstd" && encoding != "identity") {
        *refusal = error(415, QStringLiteral("bad_encoding"),
                         tr("The hub reads bodies sent as is or compressed with zstd or deflate, not \"%1\".")
                             .arg(QString::fromLatin1(encoding)));
        return Result<QJsonObject>::failure(QString());
    }
    const bool compressed = encoding == "deflate" || encoding == "zstd";
    if (compressed && SyncCodec::isZstd(request.body) != (encoding == "zstd")) {
        *refusal = error(400, QString::fromLatin1(SyncCodec::kBadEncoding),
                         tr("The body is not compressed the way its Content-Encoding (%1) says. Send it again.")
                             .arg(QString::fromLatin1(encoding)));
        return Result<QJsonObject>::failure(QString());
    }
    QByteArray code;
    auto decoded = SyncCodec::decodeBody(request.body, compressed, maxInflated, &code);
    if (!decoded) {
        *refusal = error(code == SyncCodec::kTooLarge ? 413 : 400, QString::fromLatin1(code), decoded.error());
        return decoded;
    }
    return decoded;
}

HubService::Caller HubService::authenticate(const HubRequest &request, bool allowPending)
{
    Caller c;
    const QString nodeId = QString::fromLatin1(request.header("x-ud-node"));
    if (nodeId.isEmpty()) {
        c.refusal = error(401, QStringLiteral("missing_headers"),
                          tr("The request is not signed. Update UnionDesk on the sending computer and try again."));
        return c;
    }
    const auto node = m_store.node(nodeId);
    if (!node) {
        c.refusal = error(401, QStringLiteral("unknown_node"),
                          tr("This computer (node %1) is not enrolled at this hub. Ask to enroll it first.").arg(nodeId));
        return c;
    }
    const QDateTime now = m_clock.nowUtc();
    const RequestSignature::Verdict v =
        RequestSignature::verify(request, QByteArray::fromBase64(node->publicKey.toLatin1()), now);
    if (!v.ok) {
        QJsonObject extra;
        if (v.reason == RequestSignature::kClockSkew)
            extra = QJsonObject{{QStringLiteral("hub_time"), SyncCodec::formatTime(now)},
                                {QStringLiteral("skew_seconds"), v.skewSeconds}};
        c.refusal = error(401, QString::fromLatin1(v.reason), v.message, extra);
        return c;
    }
    if (node->status == QLatin1String("revoked")) {
        c.refusal = error(403, QStringLiteral("revoked"),
                          tr("The hub's administrator has revoked this computer's enrollment. Ask them why; its changes "
                             "are kept here and can be sent once it is enrolled again."));
        return c;
    }
    if (node->status != QLatin1String("approved") && !allowPending) {
        c.refusal = error(403, QStringLiteral("not_approved"),
                          tr("This computer's enrollment has not been approved yet. Its changes are kept and sent once "
                             "the hub's administrator approves it."));
        return c;
    }
    auto fresh = m_store.useNonce(nodeId, QString::fromLatin1(v.nonce));
    if (!fresh) {
        c.refusal = error(503, QStringLiteral("busy"), fresh.error());
        return c;
    }
    if (!fresh.value()) {
        c.refusal = error(401, QStringLiteral("replayed"),
                          tr("This request was received before (the same nonce); it is not taken twice."));
        return c;
    }
    c.node = node;
    return c;
}

HubResponse HubService::enroll(const HubRequest &request)
{
    HubResponse refusal;
    auto json = body(request, kMaxEnrollBytes, &refusal);
    if (!json)
        return refusal;
    auto req = EnrollRequest::fromJson(json.value());
    if (!req)
        return error(422, QStringLiteral("invalid"), req.error());
    if (!req.value().verifySignature())
        return error(401, QStringLiteral("bad_signature"),
                     tr("The enrollment request is not signed by the key it carries."));
    if (!m_store.hasOrgUnit(req.value().orgUnit))
        return error(422, QStringLiteral("unknown_unit"),
                     tr("The unit %1 is not in this hub's org tree. Check the unit the computer was set up for.")
                         .arg(req.value().orgUnit));
    auto stored = m_store.requestEnrollment(json.value(), QString::fromLatin1(req.value().publicKey.toBase64()));
    if (!stored)
        return error(409, QStringLiteral("enrollment_refused"), stored.error());
    const auto self = m_store.identity();
    return HubService::json(200, QJsonObject{
                                     {QStringLiteral("status"), stored.value().status},
                                     {QStringLiteral("node_id"), stored.value().nodeId},
                                     {QStringLiteral("fingerprint"), SyncKeys::fingerprintOf(req.value().publicKey)},
                                     {QStringLiteral("hub_node"), self ? self->nodeId : QString()},
                                     {QStringLiteral("hub_public_key"), self ? self->publicKey : QString()},
                                 });
}

HubResponse HubService::hello(const HubRequest &request)
{
    Caller c = authenticate(request, true);
    if (!c.node)
        return c.refusal;
    HubResponse refusal;
    auto json = body(request, kMaxSmallBytes, &refusal);
    if (!json)
        return refusal;
    auto req = HelloRequest::fromJson(json.value());
    if (!req)
        return error(422, QStringLiteral("invalid"), req.error());
    if (req.value().nodeId != c.node->nodeId)
        return error(403, QStringLiteral("wrong_node"), tr("The message names another node than the one that signed it."));
    auto reply = m_sync.hello(*c.node, req.value());
    return reply.ok() ? HubService::json(200, reply.value->toJson()) : refused(reply.refusal);
}

HubResponse HubService::push(const HubRequest &request)
{
    Caller c = authenticate(request, false);
    if (!c.node)
        return c.refusal;
    HubResponse refusal;
    // The records may be at most kMaxBatchBytes; the envelope around them adds little.
    auto json = body(request, SyncCodec::kMaxBatchBytes + kMaxSmallBytes, &refusal);
    if (!json)
        return refusal;
    if (json.value().value(QStringLiteral("records")).toArray().size() > SyncCodec::kMaxRecords)
        return error(413, QStringLiteral("too_many_records"),
                     tr("A batch holds at most %1 records. Update UnionDesk on the sending computer.")
                         .arg(SyncCodec::kMaxRecords));
    auto req = PushRequest::fromJson(json.value());
    if (!req)
        return error(422, QStringLiteral("invalid"), req.error());
    auto reply = m_sync.push(*c.node, req.value());
    return reply.ok() ? HubService::json(200, reply.value->toJson()) : refused(reply.refusal);
}

HubResponse HubService::pull(const HubRequest &request)
{
    Caller c = authenticate(request, false);
    if (!c.node)
        return c.refusal;
    const QUrlQuery query(request.query);
    bool okSince = false, okLimit = true;
    const qint64 since = query.queryItemValue(QStringLiteral("since")).toLongLong(&okSince);
    int limit = HubSync::kMaxPull;
    if (query.hasQueryItem(QStringLiteral("limit")))
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&okLimit);
    if (!okSince || since < 0 || !okLimit || limit < 1)
        return error(400, QStringLiteral("bad_request"), tr("A pull names where to start (since=N, N ≥ 0) and at most how many items (limit)."));
    auto reply = m_sync.pull(*c.node, since, limit);
    return reply.ok() ? HubService::json(200, reply.value->toJson()) : refused(reply.refusal);
}

HubResponse HubService::review(const HubRequest &request)
{
    Caller c = authenticate(request, false);
    if (!c.node)
        return c.refusal;
    if (c.node->kind != QLatin1String("reviewer"))
        return error(403, QStringLiteral("not_a_reviewer"),
                     tr("This computer is enrolled to send records, not to review them. Ask the hub's administrator to "
                        "enroll a reviewer's computer as a reviewer."));
    const QUrlQuery query(request.query);
    const auto item = [&query](const char *key) { return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
    HubOutcome<QJsonObject> out;
    if (request.path == QLatin1String("/review/v1/queue") && request.method == "GET") {
        out = m_reviews.queue(*c.node, item("table"), item("org_unit"), item("state"),
                              query.hasQueryItem(QStringLiteral("limit")) ? item("limit").toInt() : 100, item("offset").toInt());
    } else if (request.path == QLatin1String("/review/v1/record") && request.method == "GET") {
        out = m_reviews.record(*c.node, item("table"), item("id"));
    } else if (request.path == QLatin1String("/review/v1/duplicates") && request.method == "GET") {
        out = m_reviews.duplicates(*c.node, item("state"));
    } else if (request.path == QLatin1String("/review/v1/duplicate") && request.method == "POST") {
        HubResponse refusal;
        auto json = body(request, kMaxSmallBytes, &refusal);
        if (!json)
            return refusal;
        out = m_reviews.judgeDuplicate(*c.node, json.value());
    } else if (request.path == QLatin1String("/review/v1/decide") && request.method == "POST") {
        HubResponse refusal;
        auto json = body(request, kMaxSmallBytes, &refusal);
        if (!json)
            return refusal;
        out = m_reviews.decide(*c.node, json.value());
    } else {
        return error(404, QStringLiteral("not_found"), tr("There is nothing at %1 on this hub.").arg(request.path));
    }
    return out.ok() ? HubService::json(200, *out.value) : refused(out.refusal);
}

HubResponse HubService::blobs(const HubRequest &request)
{
    Caller c = authenticate(request, false);
    if (!c.node)
        return c.refusal;
    HubOutcome<QJsonObject> out;
    if (request.path == QLatin1String("/sync/v1/blobs/status") && request.method == "POST") {
        HubResponse refusal;
        auto json = body(request, kMaxSmallBytes * 2, &refusal);
        if (!json)
            return refusal;
        out = m_blobs.status(*c.node, json.value());
    } else if (request.path == QLatin1String("/sync/v1/blob") && request.method == "PUT") {
        const QUrlQuery query(request.query);
        bool okOffset = false, okSize = false;
        const qint64 offset = query.queryItemValue(QStringLiteral("offset")).toLongLong(&okOffset);
        const qint64 size = query.queryItemValue(QStringLiteral("size")).toLongLong(&okSize);
        if (!okOffset || !okSize)
            return error(400, QStringLiteral("bad_request"), tr("A file chunk names its offset and the file's size."));
        out = m_blobs.put(*c.node, query.queryItemValue(QStringLiteral("sha256")), offset, size, request.body);
    } else {
        return error(405, QStringLiteral("method_not_allowed"),
                     tr("%1 %2 is not part of the sync protocol.").arg(QString::fromLatin1(request.method), request.path));
    }
    return out.ok() ? HubService::json(200, *out.value) : refused(out.refusal);
}

} // namespace ud
