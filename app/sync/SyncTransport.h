#pragma once

#include "sync/SyncKeys.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkRequest;

namespace ud {

class Clock;

// Signed requests to a parent hub over HTTPS (docs/sync.md), shared by a desktop's SyncClient and
// a hub's HubUplink: each request signed with the node's key; bodies compressed both ways; the
// hub's certificate pinned when one is given; network errors, timeouts, 408, 429 and 5xx tried
// again with exponential back-off and ±25 % jitter (Retry-After honoured); anything else handed
// back at once.
class SyncTransport : public QObject
{
    Q_OBJECT

public:
    // `status` 0: no HTTP answer at all (the hub unreachable, a timeout, a certificate refused);
    // `error` then says what in the user's words and `code` is "network" or "certificate".
    struct Answer
    {
        int status = 0;
        QJsonObject body;
        QString code;
        QString error;
    };
    using Handler = std::function<void(const Answer &answer)>;

    SyncTransport(const Clock &clock, QNetworkAccessManager &network, QObject *parent = nullptr);
    ~SyncTransport() override;

    void setHub(const QString &url, const QString &certificatePem);
    const QString &url() const { return m_url; }
    void setIdentity(const QString &nodeId, const SyncKeys &keys);
    void setRetryPolicy(int attempts, int firstDelayMs);
    int attempts() const { return m_attempts; }
    int firstDelayMs() const { return m_firstDelayMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    static constexpr int kMaxDelayMs = 60 * 1000;

    // Sends one request; `handler` is called once, later, from the event loop. `uploaded`, when
    // given, is called as soon as the whole body has gone out (before the answer; again on a
    // retry): the body is fed to Qt's network thread from this thread, so work done here before
    // that holds the upload up.
    void send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body, bool compressed,
              const Handler &handler, const std::function<void()> &uploaded = {});
    void cancel();
    bool cancelled() const { return m_cancelled; }
    void reset() { m_cancelled = false; }

    // The hub's refusal in plain words (its ErrorReply message, or the HTTP status).
    static QString describe(const Answer &answer);
    static QString codeOf(const Answer &answer);

private:
    void attempt(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body, bool compressed,
                 const Handler &handler, int attemptNo);
    bool configureTls(QNetworkRequest &request) const;

    const Clock &m_clock;
    std::function<void()> m_uploaded; // of the request being sent
    QNetworkAccessManager &m_network;
    QString m_url;
    QString m_certificate;
    QString m_nodeId;
    std::optional<SyncKeys> m_keys;
    int m_attempts = 5;
    int m_firstDelayMs = 1000;
    int m_timeoutMs = 60 * 1000;
    bool m_cancelled = false;
    QPointer<QNetworkReply> m_reply;
};

} // namespace ud
