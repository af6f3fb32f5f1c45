#include "sync/HubHttp.h"

#include "sync/HubHandler.h"
#include "sync/SyncLog.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

namespace ud {

namespace {

// How much of a request's start is kept to read its Content-Length before QHttpServer parses it.
constexpr qint64 kMaxHead = 64 * 1024;
// After a 413, what the client still sends is read and dropped until it stops for this long,
// so that it gets to read the answer instead of a reset connection.
constexpr int kDiscardIdleMs = 2000;
// A connection over which nothing comes for this long is closed (Qt 6.4's server never does).
constexpr int kIdleMs = 120000;

// A listening server that shows HubHttp each new connection before QHttpServer connects its own
// readyRead handler to it, so that HubHttp's handler runs first on every read (the order of
// connections is the order of calls).
template <typename Base>
class WatchingServer : public Base
{
public:
    WatchingServer(std::function<void(QTcpSocket *)> watch, QObject *parent) : Base(parent), m_watch(std::move(watch)) {}

    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = Base::nextPendingConnection();
        if (socket)
            m_watch(socket);
        return socket;
    }

private:
    std::function<void(QTcpSocket *)> m_watch;
};

QByteArray errorBody(const char *code, const QString &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("code"), QLatin1String(code)}, {QStringLiteral("message"), message}})
        .toJson(QJsonDocument::Compact);
}

HubResponse errorResponse(int status, const char *code, const QString &message)
{
    HubResponse r;
    r.status = status;
    r.body = errorBody(code, message);
    return r;
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect: return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace: return QByteArrayLiteral("TRACE");
    default: return {};
    }
}

// The Content-Length of a request head (request line and headers), or -1.
qint64 declaredLength(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length") {
            bool ok = false;
            const qint64 length = line.mid(colon + 1).trimmed().toLongLong(&ok);
            return ok ? length : -1;
        }
    }
    return -1;
}

qsizetype headEnd(const QByteArray &head)
{
    const qsizetype crlf = head.indexOf("\r\n\r\n");
    if (crlf >= 0)
        return crlf + 4;
    const qsizetype lf = head.indexOf("\n\n");
    return lf >= 0 ? lf + 2 : -1;
}

} // namespace

// What HubHttp knows of one connection's current request while QHttpServer reads it.
struct HubHttp::Connection
{
    qint64 received = 0;        // bytes of the current request so far (head and body)
    QByteArray head;            // its first bytes, until the end of its headers
    qint64 headSize = -1;       // request line and headers, once complete
    qint64 declared = -1;       // its Content-Length, once the headers are in
    QElapsedTimer clock;        // since its first byte
    qint64 leftover = 0;        // unread bytes already counted (a pipelined request's start)
    bool refused = false;       // answered 413: the rest is dropped, then the connection closed
    QPointer<QTimer> discardTimer;
    QPointer<QTimer> idleTimer;

    void next()
    {
        received = 0;
        head.clear();
        leftover = 0;
        headSize = -1;
        declared = -1;
        clock.invalidate();
    }
};

HubHttp::HubHttp(HubHandler &handler, QObject *parent)
    : QObject(parent), m_handler(handler), m_server(std::make_unique<QHttpServer>())
{
    // No routes: every request reaches the missing-handler, whatever its method and path.
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        serve(request, std::move(responder));
    });
    m_stopTimer.setInterval(50);
    connect(&m_stopTimer, &QTimer::timeout, this, &HubHttp::checkStopped);
}

HubHttp::~HubHttp()
{
    // The sockets die with the server; they must not call back into a half-destroyed object.
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it)
        QObject::disconnect(it.key(), nullptr, this, nullptr);
    m_connections.clear();
    m_server.reset();
}

Status HubHttp::setTls(const QString &certificateFile, const QString &keyFile)
{
    QFile certFile(certificateFile);
    if (!certFile.open(QIODevice::ReadOnly))
        return Status::failure(tr("Cannot read the TLS certificate %1: %2").arg(certificateFile, certFile.errorString()));
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (certificates.isEmpty() || certificates.first().isNull())
        return Status::failure(tr("%1 holds no PEM certificate; make one with \"uniondesk-cli hub cert\".").arg(certificateFile));
    QFile keyIn(keyFile);
    if (!keyIn.open(QIODevice::ReadOnly))
        return Status::failure(tr("Cannot read the TLS key %1: %2").arg(keyFile, keyIn.errorString()));
    const QByteArray pem = keyIn.readAll();
    QSslKey key(pem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        return Status::failure(tr("%1 holds no unencrypted PEM private key (EC or RSA).").arg(keyFile));
    setTls(certificates.first(), key);
    return Status::success();
}

void HubHttp::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
    m_tls = true;
    m_plain = false;
}

void HubHttp::usePlainHttp()
{
    m_plain = true;
    m_tls = false;
}

Status HubHttp::listen(const QHostAddress &address, quint16 port)
{
    if (isListening())
        return Status::failure(tr("The hub is already listening on port %1.").arg(this->port()));
    if (!m_tls && !m_plain)
        return Status::failure(tr("The hub has no TLS certificate and key to serve with."));
    const auto watch = [this](QTcpSocket *socket) { this->watch(socket); };
    std::unique_ptr<QTcpServer> listener;
    if (m_tls) {
        auto ssl = std::make_unique<WatchingServer<QSslServer>>(watch, nullptr);
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(m_certificate);
        conf.setPrivateKey(m_key);
        conf.setPeerVerifyMode(QSslSocket::VerifyNone); // nodes prove who they are by signing requests
        ssl->setSslConfiguration(conf);
        listener = std::move(ssl);
    } else {
        listener = std::make_unique<WatchingServer<QTcpServer>>(watch, nullptr);
    }
    if (!listener->listen(address, port))
        return Status::failure(tr("Cannot listen on %1 port %2: %3. Is another hub or program using this port?")
                                   .arg(address.toString())
                                   .arg(port)
                                   .arg(listener->errorString()));
    m_listener = listener.get();
    m_server->bind(listener.release()); // the QHttpServer owns it from now on
    qCInfo(lcHubHttp).noquote() << QStringLiteral("listening on %1 port %2 (%3)")
                                       .arg(address.toString())
                                       .arg(this->port())
                                       .arg(m_tls ? QStringLiteral("TLS") : QStringLiteral("plain HTTP, for tests"));
    return Status::success();
}

quint16 HubHttp::port() const
{
    return m_listener && m_listener->isListening() ? m_listener->serverPort() : 0;
}

bool HubHttp::isListening() const
{
    return m_listener && m_listener->isListening();
}

void HubHttp::watch(QTcpSocket *socket)
{
    auto connection = std::make_shared<Connection>();
    connection->idleTimer = new QTimer(socket);
    connection->idleTimer->setSingleShot(true);
    connection->idleTimer->setInterval(kIdleMs);
    connect(connection->idleTimer, &QTimer::timeout, socket, &QAbstractSocket::disconnectFromHost);
    connection->idleTimer->start();
    m_connections.insert(socket, connection);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] {
        m_connections.remove(socket);
        checkStopped();
    });
    if (m_stopping)
        socket->disconnectFromHost();
}

void HubHttp::onReadyRead(QTcpSocket *socket)
{
    const auto found = m_connections.constFind(socket);
    if (found == m_connections.cend())
        return;
    Connection &c = **found;
    const qint64 available = socket->bytesAvailable();
    if (c.idleTimer)
        c.idleTimer->start();
    if (c.refused) {
        socket->read(available); // dropped
        if (c.discardTimer)
            c.discardTimer->start();
        c.received += available;
        if (c.declared >= 0 && c.headSize >= 0 && c.received >= c.headSize + c.declared)
            socket->disconnectFromHost();
        return;
    }
    // QHttpServer's handler of this signal runs after this one and reads all there is, unless a
    // request ends first (then serve() counts what follows as `leftover`): the bytes after the
    // leftover are new.
    const qint64 fresh = available - c.leftover;
    const qint64 skip = c.leftover;
    c.leftover = 0;
    if (fresh > 0) {
        if (!c.clock.isValid())
            c.clock.start();
        c.received += fresh;
        if (c.headSize < 0 && c.head.size() < kMaxHead) {
            c.head += socket->peek(skip + qMin(fresh, kMaxHead - c.head.size())).mid(skip);
            const qsizetype end = headEnd(c.head);
            if (end >= 0) {
                c.headSize = end;
                c.declared = declaredLength(c.head.left(end));
            }
        }
    }
    if (c.declared > kMaxBodyBytes || c.received > kMaxBodyBytes + kMaxHead)
        refuseTooLarge(socket, c);
}

void HubHttp::refuseTooLarge(QTcpSocket *socket, Connection &c)
{
    c.refused = true;
    // QHttpServer reads no more of this connection; what it buffered of the request is dropped.
    QObject::disconnect(socket, &QTcpSocket::readyRead, m_server.get(), nullptr);
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    socket->readAll();
    const QByteArray body = errorBody(
        "too_large", tr("The request is larger than %1 MiB; send fewer records at a time.").arg(kMaxBodyBytes / (1024 * 1024)));
    socket->write(QByteArrayLiteral("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\nContent-Length: ")
                  + QByteArray::number(body.size()) + QByteArrayLiteral("\r\nConnection: close\r\n\r\n") + body);
    const QString head = QString::fromLatin1(c.head.left(c.head.indexOf('\n')).trimmed());
    qCInfo(lcHubHttp).noquote() << QStringLiteral("%1 413 in %2 B (declared %3), out %4 B, %5 ms, from %6")
                                       .arg(head.section(QLatin1Char(' '), 0, 1))
                                       .arg(c.received)
                                       .arg(c.declared)
                                       .arg(body.size())
                                       .arg(c.clock.isValid() ? c.clock.elapsed() : 0)
                                       .arg(socket->peerAddress().toString());
    if (c.declared >= 0 && c.headSize >= 0 && c.received >= c.headSize + c.declared) {
        socket->disconnectFromHost();
        return;
    }
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    timer->setInterval(kDiscardIdleMs);
    connect(timer, &QTimer::timeout, socket, &QAbstractSocket::disconnectFromHost);
    timer->start();
    c.discardTimer = timer;
}

void HubHttp::serve(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    QTcpSocket *socket = responder.socket();
    const auto found = m_connections.constFind(socket);
    const std::shared_ptr<Connection> connection = found != m_connections.cend() ? *found : nullptr;
    QElapsedTimer clock;
    clock.start();
    const qint64 startedAgo = connection && connection->clock.isValid() ? connection->clock.elapsed() : 0;

    const QByteArray method = methodName(request.method());
    HubResponse response = answer(request, method);
    int status = response.status;
    if (!QMetaEnum::fromType<QHttpServerResponder::StatusCode>().valueToKey(status)) {
        qCWarning(lcHubHttp) << "the handler answered with the unknown HTTP status" << status << "; sent as 500";
        response = errorResponse(500, "internal", tr("The hub failed to answer this request."));
        status = 500;
    }
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), response.contentType);
    for (const auto &header : response.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size()));
    if (m_stopping)
        responder.writeHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    responder.writeBody(response.body);

    const QString path = request.url().path(QUrl::FullyEncoded);
    qCInfo(lcHubHttp).noquote() << QStringLiteral("%1 %2 %3 in %4 B, out %5 B, %6 ms, from %7")
                                       .arg(method.isEmpty() ? QStringLiteral("?") : QString::fromLatin1(method), path)
                                       .arg(status)
                                       .arg(request.body().size())
                                       .arg(response.body.size())
                                       .arg(startedAgo + clock.elapsed())
                                       .arg(request.remoteAddress().toString());
    if (connection) {
        if (connection->idleTimer)
            connection->idleTimer->start();
        connection->next();
        // A pipelined next request whose start QHttpServer has not read yet: its head is here.
        if (const qint64 pending = socket->bytesAvailable(); pending > 0) {
            connection->clock.start();
            connection->received = pending;
            connection->leftover = pending;
            connection->head = socket->peek(qMin(pending, kMaxHead));
            if (const qsizetype end = headEnd(connection->head); end >= 0) {
                connection->headSize = end;
                connection->declared = declaredLength(connection->head.left(end));
            }
        }
    }
    if (m_stopping && socket)
        socket->disconnectFromHost();
}

HubResponse HubHttp::answer(const QHttpServerRequest &request, const QByteArray &method)
{
    const QUrl url = request.url();
    const QString path = url.path(QUrl::FullyEncoded);
    if (!path.startsWith(QLatin1String("/sync/v1/")) && !path.startsWith(QLatin1String("/review/v1/")))
        return errorResponse(404, "not_found", tr("There is nothing at %1 on this hub.").arg(path));
    if (method.isEmpty())
        return errorResponse(501, "unknown_method", tr("The hub does not know this HTTP method."));
    if (request.body().size() > kMaxBodyBytes)
        return errorResponse(413, "too_large",
                             tr("The request is larger than %1 MiB; send fewer records at a time.").arg(kMaxBodyBytes / (1024 * 1024)));
    HubRequest r;
    r.method = method;
    r.path = path;
    r.query = url.query(QUrl::FullyEncoded);
    const auto headers = request.headers();
    r.headers.reserve(headers.size());
    for (const auto &header : headers)
        r.headers.append({header.first.toLower(), header.second});
    r.body = request.body();
    r.peer = request.remoteAddress();
    return m_handler.handle(r);
}

void HubHttp::stop(int graceMs)
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_graceMs = graceMs;
    m_stopClock.start();
    if (m_listener)
        m_listener->close();
    qCInfo(lcHubHttp) << "stopped listening;" << m_connections.size() << "connections open";
    m_stopTimer.start();
    checkStopped();
}

void HubHttp::checkStopped()
{
    if (!m_stopping || m_stopEmitted)
        return;
    const bool late = m_stopClock.elapsed() > m_graceMs;
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        QTcpSocket *socket = it.key();
        const Connection &c = **it;
        const bool idle = (c.received == 0 || c.refused) && socket->bytesToWrite() == 0;
        if (late)
            socket->abort();
        else if (idle && socket->state() == QAbstractSocket::ConnectedState)
            socket->disconnectFromHost();
    }
    if (!m_connections.isEmpty() && !late)
        return;
    m_stopTimer.stop();
    m_stopEmitted = true;
    emit stopped();
}

} // namespace ud
