#include "sync/SyncClient.h"

#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "sync/RequestSignature.h"
#include "sync/SyncCodec.h"
#include "sync/SyncLog.h"
#include "sync/SyncMessages.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QUrl>

namespace ud {

namespace {

constexpr qint64 kMaxReplyBytes = 64 * 1024 * 1024;

// Network errors (no answer at all, timeouts included), 408, 429 and 5xx are tried again; a
// certificate that does not match is not (it will not match next time either).
bool retryable(int status, QNetworkReply::NetworkError error)
{
    if (status == 0)
        return error != QNetworkReply::SslHandshakeFailedError;
    return status == 408 || status == 429 || status >= 500;
}

} // namespace

SyncClient::SyncClient(Database &db, const Clock &clock, QNetworkAccessManager &network, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_network(network), m_ledger(db, clock)
{
    qRegisterMetaType<ud::SyncRunResult>();
}

SyncClient::~SyncClient()
{
    if (m_reply)
        m_reply->abort();
}

void SyncClient::setRetryPolicy(int attempts, int firstDelayMs)
{
    m_attempts = std::max(1, attempts);
    m_firstDelayMs = std::max(1, firstDelayMs);
}

Result<SyncKeys> SyncClient::keys()
{
    if (m_keys)
        return *m_keys;
    const auto node = NodeIdentity::load(m_db);
    if (!node)
        return Result<SyncKeys>::failure(tr("This database has no node identity yet; set the node up first."));
    m_nodeId = node->nodeId;
    auto k = SyncKeys::loadOrCreate(m_nodeId);
    if (!k)
        return k;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO sync_identity (singleton, public_key, made_at) VALUES (1, ?, ?) "
                             "ON CONFLICT (singleton) DO UPDATE SET public_key = excluded.public_key"));
    q.addBindValue(k.value().publicKeyBase64());
    q.addBindValue(isoUtc(m_clock.nowUtc()));
    q.exec();
    m_keys = k.value();
    return k;
}

bool SyncClient::configureTls(QNetworkRequest &request) const
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

void SyncClient::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body, bool deflated,
                      const Handler &handler, int attempt)
{
    if (m_cancelled) {
        finish(false, QStringLiteral("cancelled"), tr("Sync was stopped. Nothing is lost: what was not sent goes next time."));
        return;
    }
    QNetworkRequest request(QUrl(m_url + pathAndQuery));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept-Encoding", "deflate");
    if (deflated)
        request.setRawHeader("Content-Encoding", "deflate");
    request.setTransferTimeout(m_timeoutMs);
    if (!configureTls(request)) {
        finish(false, QStringLiteral("certificate"),
               tr("The hub's certificate kept for this computer cannot be read. Enroll with the hub again."));
        return;
    }
    const auto headers = RequestSignature::sign(*m_keys, m_nodeId, method, pathAndQuery, body, m_clock.nowUtc());
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, method, pathAndQuery, body, deflated, handler, attempt]() {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError netError = reply->error();
        const QByteArray raw = reply->readAll();
        const bool inflate = reply->rawHeader("Content-Encoding").trimmed().toLower() == "deflate";
        QJsonObject json;
        if (!raw.isEmpty()) {
            auto decoded = SyncCodec::decodeBody(raw, inflate, kMaxReplyBytes);
            if (decoded)
                json = decoded.value();
        }
        if (retryable(status, netError) && attempt < m_attempts && !m_cancelled) {
            qint64 delay = std::min<qint64>(kMaxDelayMs, qint64(m_firstDelayMs) << std::min(attempt - 1, 16));
            const QByteArray retryAfter = reply->rawHeader("Retry-After");
            if (!retryAfter.isEmpty() && retryAfter.toInt() > 0)
                delay = std::min<qint64>(kMaxDelayMs, retryAfter.toInt() * 1000LL);
            delay += QRandomGenerator::global()->bounded(static_cast<int>(delay / 2 + 1)) - delay / 4; // ±25 %
            qCInfo(lcSync) << method << pathAndQuery << "failed (" << status << reply->errorString() << "), retry"
                           << attempt + 1 << "in" << delay << "ms";
            QTimer::singleShot(std::max<qint64>(1, delay), this, [this, method, pathAndQuery, body, deflated, handler, attempt]() {
                send(method, pathAndQuery, body, deflated, handler, attempt + 1);
            });
            return;
        }
        if (status == 0) {
            const QString why = reply->errorString();
            if (netError == QNetworkReply::SslHandshakeFailedError)
                finish(false, QStringLiteral("certificate"),
                       tr("The hub's certificate is not the one this computer trusts (%1). If the hub got a new "
                          "certificate, enroll with it again.")
                           .arg(why));
            else
                finish(false, QStringLiteral("network"),
                       tr("The hub at %1 cannot be reached (%2). Check the network; the changes are kept and sent "
                          "at the next attempt.")
                           .arg(m_url, why));
            return;
        }
        handler(status, json);
    });
}

QString SyncClient::describe(int status, const QJsonObject &body) const
{
    auto e = ErrorReply::fromJson(body);
    if (e && !e.value().message.isEmpty())
        return e.value().message;
    return tr("The hub answered with an error (HTTP %1). Try again later; if it persists, tell the hub's administrator.")
        .arg(status);
}

Result<QString> SyncClient::enroll(const QString &url, const QString &certificatePem)
{
    auto k = keys();
    if (!k)
        return Result<QString>::failure(k.error());
    const auto node = NodeIdentity::load(m_db);
    if (!node)
        return Result<QString>::failure(tr("This database has no node identity yet; set the node up first."));
    const QUrl parsed(url);
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http"))
        || parsed.host().isEmpty())
        return Result<QString>::failure(tr("\"%1\" is not a hub address; it looks like https://hub.example:8443.").arg(url));
    m_url = url.endsWith(QLatin1Char('/')) ? url.chopped(1) : url;
    m_certificate = certificatePem;
    EnrollRequest req;
    req.nodeId = node->nodeId;
    req.orgUnit = node->orgUnit;
    req.tier = node->tier;
    req.displayName = node->displayName;
    req.madeAt = m_clock.nowUtc();
    req.sign(k.value());
    bool deflated = false;
    const QByteArray body = SyncCodec::encodeBody(req.toJson(), &deflated);
    QEventLoop loop;
    Result<QString> outcome = Result<QString>::failure(QString());
    m_running = true;
    const auto saveAttempts = m_attempts;
    m_attempts = 1;
    send("POST", QStringLiteral("/sync/v1/enroll"), body, deflated, [&](int status, const QJsonObject &json) {
        if (status == 200) {
            const QString st = json.value(QStringLiteral("status")).toString();
            m_ledger.setPeer(m_url, m_certificate);
            m_ledger.setEnrollment(st == QLatin1String("pending") ? QStringLiteral("requested") : st, QString(),
                                   json.value(QStringLiteral("hub_node")).toString());
            outcome = st;
        } else {
            outcome = Result<QString>::failure(describe(status, json));
        }
        m_running = false;
        loop.quit();
    });
    QMetaObject::Connection c = connect(this, &SyncClient::finished, &loop, [&](const SyncRunResult &r) {
        outcome = Result<QString>::failure(r.message);
        loop.quit();
    });
    if (m_running)
        loop.exec();
    disconnect(c);
    m_attempts = saveAttempts;
    m_running = false;
    return outcome;
}

bool SyncClient::start()
{
    if (m_running)
        return false;
    m_running = true;
    m_cancelled = false;
    m_result = SyncRunResult();
    m_batch.reset();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT url, certificate FROM sync_peer")) || !q.next() || q.value(0).toString().isEmpty()) {
        QTimer::singleShot(0, this, [this]() {
            finish(false, QStringLiteral("no_hub"),
                   tr("This computer has no hub to sync with yet. Enroll it with the union above first."));
        });
        return true;
    }
    m_url = q.value(0).toString();
    m_certificate = q.value(1).toString();
    auto k = keys();
    if (!k) {
        const QString why = k.error();
        QTimer::singleShot(0, this, [this, why]() { finish(false, QStringLiteral("key"), why); });
        return true;
    }
    const auto node = NodeIdentity::load(m_db);
    HelloRequest hello;
    hello.nodeId = m_nodeId;
    hello.dbEpoch = node ? node->dbEpoch : QString();
    QSqlQuery s(m_db.connection());
    if (s.exec(QStringLiteral("PRAGMA user_version")) && s.next())
        hello.schema = s.value(0).toInt();
    s.finish();
    if (s.exec(QStringLiteral("SELECT seq, hash FROM log_heads WHERE log = 'audit'")) && s.next()) {
        hello.auditHead.seq = s.value(0).toLongLong();
        hello.auditHead.hash = s.value(1).toString();
    }
    bool deflated = false;
    const QByteArray body = SyncCodec::encodeBody(hello.toJson(), &deflated);
    send("POST", QStringLiteral("/sync/v1/hello"), body, deflated,
         [this](int status, const QJsonObject &json) { onHello(status, json); });
    return true;
}

void SyncClient::cancel()
{
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
}

void SyncClient::onHello(int status, const QJsonObject &body)
{
    if (status != 200) {
        const auto e = ErrorReply::fromJson(body);
        finish(false, e ? e.value().code : QStringLiteral("http_%1").arg(status), describe(status, body));
        return;
    }
    auto reply = HelloReply::fromJson(body);
    if (!reply) {
        finish(false, QStringLiteral("bad_reply"), tr("The hub's answer could not be read: %1").arg(reply.error()));
        return;
    }
    const HelloReply &h = reply.value();
    m_result.clockSkewMs = h.hubTime.isValid() ? m_clock.nowUtc().msecsTo(h.hubTime) : 0;
    m_result.enrollment = enrollmentStatusKey(h.enrollmentStatus);
    m_ledger.setEnrollment(h.enrollmentStatus == EnrollmentStatus::Pending ? QStringLiteral("requested")
                                                                            : enrollmentStatusKey(h.enrollmentStatus),
                           h.enrollmentOrgUnit, h.hubNode);
    if (h.enrollmentStatus == EnrollmentStatus::Pending) {
        finish(false, QStringLiteral("not_approved"),
               tr("The hub has not approved this computer yet. Its changes are kept and sent once the hub's "
                  "administrator approves it."));
        return;
    }
    if (h.enrollmentStatus == EnrollmentStatus::Revoked) {
        finish(false, QStringLiteral("revoked"), tr("The hub's administrator has revoked this computer's enrollment."));
        return;
    }
    pushNext();
}

void SyncClient::pushNext()
{
    auto next = m_ledger.nextBatch([](const QJsonObject &m, bool *deflated) { return SyncCodec::encodeBody(m, deflated); },
                                   SyncCodec::kMaxRecords, SyncCodec::kMaxBatchBytes - 64 * 1024);
    if (!next) {
        finish(false, QStringLiteral("local"), tr("The changes to send could not be read: %1").arg(next.error()));
        return;
    }
    if (!next.value()) {
        pullNext();
        return;
    }
    m_batch = *next.value();
    m_ledger.markAttempt(m_batch->batchId);
    send("POST", QStringLiteral("/sync/v1/push"), m_batch->body, m_batch->deflated, [this](int status, const QJsonObject &json) {
        if (status != 200) {
            const auto e = ErrorReply::fromJson(json);
            finish(false, e ? e.value().code : QStringLiteral("http_%1").arg(status), describe(status, json));
            return;
        }
        auto reply = PushReply::fromJson(json);
        if (!reply) {
            finish(false, QStringLiteral("bad_reply"), tr("The hub's answer could not be read: %1").arg(reply.error()));
            return;
        }
        if (Status s = m_ledger.acknowledge(*m_batch, reply.value()); !s) {
            finish(false, QStringLiteral("local"), tr("The hub's answer could not be recorded: %1").arg(s.error()));
            return;
        }
        ++m_result.pushedBatches;
        for (const RecordResult &r : reply.value().results) {
            ++m_result.pushedRecords;
            if (r.status == RecordStatus::Forbidden || r.status == RecordStatus::Invalid)
                ++m_result.refused;
            else if (r.status == RecordStatus::Conflict)
                ++m_result.conflicts;
        }
        m_batch.reset();
        emit progress(m_result.pushedRecords, static_cast<int>(m_ledger.overview().pendingRecords), m_result.pulledItems);
        pushNext();
    });
}

void SyncClient::pullNext()
{
    const qint64 since = m_ledger.pulledSeq();
    send("GET", QStringLiteral("/sync/v1/pull?since=%1&limit=%2").arg(since).arg(SyncCodec::kMaxRecords), QByteArray(), false,
         [this](int status, const QJsonObject &json) {
             if (status != 200) {
                 const auto e = ErrorReply::fromJson(json);
                 finish(false, e ? e.value().code : QStringLiteral("http_%1").arg(status), describe(status, json));
                 return;
             }
             auto reply = PullReply::fromJson(json);
             if (!reply) {
                 finish(false, QStringLiteral("bad_reply"), tr("The hub's answer could not be read: %1").arg(reply.error()));
                 return;
             }
             auto applied = m_ledger.applyPulled(reply.value());
             if (!applied) {
                 finish(false, QStringLiteral("local"), tr("What came from the hub could not be saved: %1").arg(applied.error()));
                 return;
             }
             m_result.pulledItems += static_cast<int>(reply.value().items.size());
             emit progress(m_result.pushedRecords, 0, m_result.pulledItems);
             if (reply.value().more)
                 pullNext();
             else
                 finish(true);
         });
}

void SyncClient::finish(bool ok, const QString &code, const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    m_result.ok = ok;
    m_result.code = code;
    m_result.message = message;
    if (ok) {
        m_ledger.recordSuccess(m_result.clockSkewMs);
    } else {
        const QString next = isoUtc(m_clock.nowUtc().addSecs(60));
        m_ledger.recordFailure(code, message, next);
    }
    qCInfo(lcSync) << "sync run" << (ok ? "ok" : "failed") << code << message << "pushed" << m_result.pushedRecords
                   << "pulled" << m_result.pulledItems;
    emit finished(m_result);
}

SyncRunResult SyncClient::runAndWait()
{
    QEventLoop loop;
    SyncRunResult result;
    QMetaObject::Connection c = connect(this, &SyncClient::finished, &loop, [&](const SyncRunResult &r) {
        result = r;
        loop.quit();
    });
    if (start())
        loop.exec();
    disconnect(c);
    return result;
}

} // namespace ud
