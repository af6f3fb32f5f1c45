#include "sync/ReviewClient.h"

#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "sync/SyncCodec.h"
#include "sync/SyncKeys.h"

#include <QEventLoop>
#include <QSqlQuery>
#include <QUrlQuery>

namespace ud {

ReviewClient::ReviewClient(Database &db, const Clock &clock, QNetworkAccessManager &network)
    : m_db(db), m_clock(clock), m_transport(clock, network)
{
    m_transport.setRetryPolicy(3, 1000);
}

Status ReviewClient::prepare()
{
    if (m_ready)
        return Status::success();
    const auto node = NodeIdentity::load(m_db);
    if (!node)
        return Status::failure(tr("This database has no node identity yet; set the node up first."));
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT url, certificate FROM sync_peer")) || !q.next() || q.value(0).toString().isEmpty())
        return Status::failure(tr("This computer is not enrolled with a hub. Enroll it as a reviewer first."));
    m_transport.setHub(q.value(0).toString(), q.value(1).toString());
    auto keys = SyncKeys::load(node->nodeId);
    if (!keys)
        return keys.status();
    m_transport.setIdentity(node->nodeId, keys.value());
    m_ready = true;
    return Status::success();
}

Result<QJsonObject> ReviewClient::call(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body)
{
    if (Status s = prepare(); !s)
        return Result<QJsonObject>::failure(s.error());
    bool compressed = false;
    const QByteArray bytes = body.isEmpty() ? QByteArray() : SyncCodec::encodeBody(body, &compressed);
    QEventLoop loop;
    Result<QJsonObject> out = Result<QJsonObject>::failure(QString());
    m_transport.reset();
    m_transport.send(method, pathAndQuery, bytes, compressed, [&](const SyncTransport::Answer &a) {
        out = a.status == 200 ? Result<QJsonObject>(a.body) : Result<QJsonObject>::failure(SyncTransport::describe(a));
        loop.quit();
    });
    loop.exec();
    return out;
}

Result<QJsonArray> ReviewClient::queue(const QString &table, const QString &orgUnit, const QString &state, int limit, int offset)
{
    QUrlQuery query;
    if (!table.isEmpty())
        query.addQueryItem(QStringLiteral("table"), table);
    if (!orgUnit.isEmpty())
        query.addQueryItem(QStringLiteral("org_unit"), orgUnit);
    if (!state.isEmpty())
        query.addQueryItem(QStringLiteral("state"), state);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    auto r = call("GET", QStringLiteral("/review/v1/queue?") + query.toString(QUrl::FullyEncoded));
    if (!r)
        return Result<QJsonArray>::failure(r.error());
    return r.value().value(QStringLiteral("items")).toArray();
}

Result<QJsonObject> ReviewClient::record(const QString &table, const QString &id)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("table"), table);
    query.addQueryItem(QStringLiteral("id"), id);
    return call("GET", QStringLiteral("/review/v1/record?") + query.toString(QUrl::FullyEncoded));
}

Result<QJsonObject> ReviewClient::decide(const QString &table, const QString &id, qint64 version, const QString &decision,
                                         const QString &reason)
{
    return call("POST", QStringLiteral("/review/v1/decide"),
                QJsonObject{{QStringLiteral("table"), table},
                            {QStringLiteral("id"), id},
                            {QStringLiteral("version"), version},
                            {QStringLiteral("decision"), decision},
                            {QStringLiteral("reason"), reason}});
}

Result<QJsonArray> ReviewClient::duplicates(const QString &state)
{
    auto r = call("GET", QStringLiteral("/review/v1/duplicates?state=%1").arg(state.isEmpty() ? QStringLiteral("open") : state));
    if (!r)
        return Result<QJsonArray>::failure(r.error());
    return r.value().value(QStringLiteral("pairs")).toArray();
}

Result<QJsonObject> ReviewClient::judgeDuplicate(const QString &table, const QString &a, const QString &b, const QString &outcome)
{
    return call("POST", QStringLiteral("/review/v1/duplicate"),
                QJsonObject{{QStringLiteral("table"), table}, {QStringLiteral("a"), a}, {QStringLiteral("b"), b},
                            {QStringLiteral("outcome"), outcome}});
}

} // namespace ud
