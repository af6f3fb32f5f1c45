#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

namespace ud {

// One HTTP request as the hub's logic sees it, independent of the HTTP server that received it
// (HubHttp over QHttpServer in uniondesk-hub, or a test calling the logic directly).
struct HubRequest
{
    QByteArray method;          // "GET", "POST"
    QString path;               // "/sync/v1/push"
    QString query;              // "since=12&limit=500", without '?'
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;            // as sent (still compressed when Content-Encoding says so)
    QHostAddress peer;

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        for (const auto &h : headers)
            if (h.first == lowerCaseName)
                return h.second;
        return {};
    }
};

struct HubResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers (Content-Encoding, Retry-After)
};

// What answers the hub's requests. HubHttp calls it once per request, on the thread that owns the
// server; it must not block on anything but its database.
class HubHandler
{
public:
    virtual ~HubHandler() = default;
    virtual HubResponse handle(const HubRequest &request) = 0;
};

} // namespace ud
