#include "sync/SyncTransport.h"

#include "core/Clock.h"
#include "sync/RequestSignature.h"
#include "sync/SyncCodec.h"
#include "sync/SyncLog.h"
#include "sync/SyncMessages.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

namespace ud {

namespace {

constexpr qint64 kMaxReplyBytes = 64 * 1024 * 1024;

// No answer at all (timeouts included), 408, 429 and 5xx are tried again; a certificate that does
// not match is not (it will not match next time either), nor a cancelled request.
bool retryable(int status, QNetworkReply::NetworkError error)
{
    if (status == 0)
        return error != QNetworkReply::SslHandshakeFailedError && error != QNetworkReply::OperationCanceledError;
    return status == 408 || status == 429 || status >= 500;
}

} // namespace

SyncTransport::SyncTransport(const Clock &clock, QNetworkAccessManager &network, QObject *parent)
    : QObject(parent), m_clock(clock), m_network(network)
{
}

SyncTransport::~SyncTransport()
{
    if (m_reply)
        m_reply->abort();
}

void SyncTransport::setHub(const QString &url, const QString &certificatePem)
{
    m_url = url.endsWith(QLatin1Char('/')) ? url.chopped(1) : url;
    m_certificate = certificatePem;
}

void SyncTransport::setIdentity(const QString &nodeId, const SyncKeys &keys)
{
    m_nodeId = nodeId;
    m_keys = keys;
}

void SyncTransport::setRetryPolicy(int attempts, int firstDelayMs)
{
    m_attempts = std::max(1, attempts);
    m_firstDelayMs = std::max(1, firstDelayMs);
}

void SyncTransport::cancel()
{
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
}

bool SyncTransport::configureTls(QNetworkRequest &request) const
{
    if (m_certificate.isEmpty())
        return true;
    const QList<QSslCertificate> certs = QSslCertificate::fromData(m_certificate.toUtf8(), QSsl::Pem);
    if (certs.isEmpty())
        return false;
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setCaCertificates(certs);
    request.setSslConfiguration(conf);
    return true;
}

QString SyncTransport::codeOf(const Answer &answer)
{
    if (answer.status == 0)
        return answer.code;
    const auto e = ErrorReply::fromJson(answer.body);
    return e ? e.value().code : QStringLiteral("http_%1").arg(answer.status);
}

QString SyncTransport::describe(const Answer &answer)
{
    if (answer.status == 0)
        return answer.error;
    const auto e = ErrorReply::fromJson(answer.body);
    if (e && !e.value().message.isEmpty())
        return e.value().message;
    return tr("The hub answered with an error (HTTP %1). Try again later; if it persists, tell the hub's administrator.")
        .arg(answer.status);
}

void SyncTransport::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body, bool compressed,
                         const Handler &handler, const std::function<void()> &uploaded)
{
    m_uploaded = uploaded;
    attempt(method, pathAndQuery, body, compressed, handler, 1);
}

void SyncTransport::attempt(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body, bool compressed,
                            const Handler &handler, int attemptNo)
{
    const auto fail = [this, handler](const QString &code, const QString &message) {
        Answer a;
        a.code = code;
        a.error = message;
        QTimer::singleShot(0, this, [handler, a]() { handler(a); });
    };
    if (m_cancelled)
        return fail(QStringLiteral("cancelled"), tr("Sync was stopped. Nothing is lost: what was not sent goes next time."));
    QNetworkRequest request(QUrl(m_url + pathAndQuery));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept-Encoding", "zstd, deflate");
    if (const QByteArray encoding = SyncCodec::contentEncoding(body, compressed); !encoding.isEmpty())
        request.setRawHeader("Content-Encoding", encoding);
    request.setTransferTimeout(m_timeoutMs);
    if (!configureTls(request))
        return fail(QStringLiteral("certificate"),
                    tr("The hub's certificate kept for this computer cannot be read. Enroll with the hub again."));
    if (m_keys) {
        for (const auto &h : RequestSignature::sign(*m_keys, m_nodeId, method, pathAndQuery, body, m_clock.nowUtc()))
            request.setRawHeader(h.first, h.second);
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    m_reply = reply;
    if (m_uploaded && !body.isEmpty()) {
        connect(reply, &QNetworkReply::uploadProgress, this, [this, reply](qint64 sent, qint64 total) {
            if (total > 0 && sent == total && m_reply == reply && m_uploaded)
                m_uploaded();
        });
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, method, pathAndQuery, body, compressed, handler, attemptNo]() {
        reply->deleteLater();
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError netError = reply->error();
        const QByteArray raw = reply->readAll();
        const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
        if (!raw.isEmpty()) {
            auto decoded = SyncCodec::decodeBody(raw, encoding == "deflate" || encoding == "zstd", kMaxReplyBytes);
            if (decoded)
                a.body = decoded.value();
        }
        if (retryable(a.status, netError) && attemptNo < m_attempts && !m_cancelled) {
            qint64 delay = std::min<qint64>(kMaxDelayMs, qint64(m_firstDelayMs) << std::min(attemptNo - 1, 16));
            const QByteArray retryAfter = reply->rawHeader("Retry-After");
            if (!retryAfter.isEmpty() && retryAfter.toInt() > 0)
                delay = std::min<qint64>(kMaxDelayMs, retryAfter.toInt() * 1000LL);
            delay += QRandomGenerator::global()->bounded(static_cast<int>(delay / 2 + 1)) - delay / 4; // ±25 %
            qCInfo(lcSync) << method << pathAndQuery << "failed (" << a.status << reply->errorString() << "), retry"
                           << attemptNo + 1 << "in" << delay << "ms";
            QTimer::singleShot(std::max<qint64>(1, delay), this, [this, method, pathAndQuery, body, compressed, handler, attemptNo]() {
                attempt(method, pathAndQuery, body, compressed, handler, attemptNo + 1);
            });
            return;
        }
        if (a.status == 0) {
            const QString why = reply->errorString();
            if (m_cancelled || netError == QNetworkReply::OperationCanceledError) {
                a.code = QStringLiteral("cancelled");
                a.error = tr("Sync was stopped. Nothing is lost: what was not sent goes next time.");
            } else if (netError == QNetworkReply::SslHandshakeFailedError) {
                a.code = QStringLiteral("certificate");
                a.error = tr("The hub's certificate is not the one this computer trusts (%1). If the hub got a new "
                             "certificate, enroll with it again.")
                              .arg(why);
            } else {
                a.code = QStringLiteral("network");
                a.error = tr("The hub at %1 cannot be reached (%2). Check the network; the changes are kept and sent "
                             "at the next attempt.")
                              .arg(m_url, why);
            }
        }
        handler(a);
    });
}

} // namespace ud
