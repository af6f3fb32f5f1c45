#pragma once

#include "core/Result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>

#include <memory>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpServer;
class QTcpSocket;
QT_END_NAMESPACE

namespace ud {

class HubHandler;
struct HubResponse;

// The hub's HTTP front (docs/sync.md): a QHttpServer over TLS that hands every request under
// /sync/v1/ and /review/v1/ to a HubHandler, on this object's thread, one at a time. Anything
// else gets 404 {"code":"not_found"}. Bodies over kMaxBodyBytes get 413 {"code":"too_large"}
// before the handler sees them: a Content-Length over the limit is answered as soon as the
// headers are in, and a body that grows past it (chunked) as soon as it does; the connection is
// then closed. A connection over which nothing comes for two minutes is closed. Each request
// is logged on lcHubHttp (method, path, status, bytes in and out, milliseconds, peer), never its
// body.
//
// Qt 6.4's QHttpServer reads a whole request into memory before it calls anyone, so the size
// limit is kept by watching each connection's socket (see the .cpp).
class HubHttp : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxBodyBytes = 16 * 1024 * 1024;

    // `handler` must outlive this object.
    explicit HubHttp(HubHandler &handler, QObject *parent = nullptr);
    ~HubHttp() override;

    // Serves TLS with this certificate and key (PEM files; an EC or RSA key). Required before
    // listen() unless usePlainHttp() was called.
    Status setTls(const QString &certificateFile, const QString &keyFile);
    void setTls(const QSslCertificate &certificate, const QSslKey &key);
    // Serves plain HTTP: for tests only, chosen explicitly.
    void usePlainHttp();

    // Starts listening; port 0 picks a free port (see port()). The error says which address and
    // port could not be used and why (e.g. already in use).
    Status listen(const QHostAddress &address, quint16 port);
    // The port listened on, 0 when not listening.
    quint16 port() const;
    bool isListening() const;

    // Stops accepting connections and closes idle ones; a request being received or answered
    // gets up to `graceMs` to finish. Emits stopped() once no connection is left (at once when
    // none is open).
    void stop(int graceMs = 10000);

signals:
    void stopped();

private:
    struct Connection;

    void watch(QTcpSocket *socket);
    void onReadyRead(QTcpSocket *socket);
    void refuseTooLarge(QTcpSocket *socket, Connection &connection);
    void serve(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    HubResponse answer(const QHttpServerRequest &request, const QByteArray &method);
    void checkStopped();

    HubHandler &m_handler;
    std::unique_ptr<QHttpServer> m_server;
    QPointer<QTcpServer> m_listener;
    bool m_tls = false;
    bool m_plain = false;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QHash<QTcpSocket *, std::shared_ptr<Connection>> m_connections;
    bool m_stopping = false;
    bool m_stopEmitted = false;
    QTimer m_stopTimer;
    QElapsedTimer m_stopClock;
    int m_graceMs = 0;
};

} // namespace ud
