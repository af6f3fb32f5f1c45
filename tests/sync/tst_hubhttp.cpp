// Tests for ud::HubHttp, the hub's HTTP front (docs/sync.md), in process with a fake HubHandler,
// over TLS with a certificate made by the real `uniondesk-cli hub cert` (UD_CLI) and a
// QNetworkAccessManager that trusts only that certificate: what the client sends reaches the
// handler intact (method, path, query, lower-case headers, body, peer) and what the handler
// answers reaches the client (status, content type, extra headers, body); other paths get 404
// without the handler; a body over 16 MiB gets 413 without the handler, whether its
// Content-Length says so or it just keeps coming, and the server answers the next request; a
// malformed request gets a 4xx or a closed connection and the server keeps serving; stop().

#include "sync/HubHandler.h"
#include "sync/HubHttp.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ud;

namespace {

// Records each request and answers with `next`.
class FakeHandler : public HubHandler
{
public:
    HubResponse handle(const HubRequest &request) override
    {
        requests.append(request);
        return next;
    }

    QList<HubRequest> requests;
    HubResponse next;
};

struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray contentType;
    QByteArray body;
    QNetworkReply *reply = nullptr; // for headers; deleted with the manager
};

} // namespace

class tst_HubHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void requestReachesTheHandlerIntact();
    void getAndOtherMethods();
    void unknownPathIs404();
    void handlerStatusIsPassedOn_data();
    void handlerStatusIsPassedOn();
    void bodyOfExactly16MiBIsServed();
    void declaredOversizedBodyIs413();
    void chunkedOversizedBodyIs413();
    void pipelinedRequests();
    void malformedRequestKeepsTheServerServing_data();
    void malformedRequestKeepsTheServerServing();
    void plainHttpOnlyWhenChosen();
    void stopClosesTheListener();
    void stopLetsTheRequestInHandFinish();

private:
    Answer send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                const QList<QPair<QByteArray, QByteArray>> &headers = {});
    QUrl url(const QString &pathAndQuery) const;
    // Sends raw bytes over TLS; returns what came back before the server closed or `ms` passed.
    QByteArray raw(const QByteArray &request, int ms = 5000, bool *closed = nullptr);
    void verifyStillServing();

    QTemporaryDir m_dir;
    QString m_certFile;
    QString m_keyFile;
    QSslCertificate m_cert;
    std::unique_ptr<FakeHandler> m_handler;
    std::unique_ptr<HubHttp> m_http;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void tst_HubHttp::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY(m_dir.isValid());
    const QString cli = qEnvironmentVariable("UD_CLI");
    QVERIFY2(QFileInfo(cli).isExecutable(), "UD_CLI names the uniondesk-cli binary (run through ctest)");
    m_certFile = m_dir.filePath(QStringLiteral("hub.crt"));
    m_keyFile = m_dir.filePath(QStringLiteral("hub.key"));
    QProcess p;
    p.start(cli, {QStringLiteral("hub"), QStringLiteral("cert"), QStringLiteral("--host"), QStringLiteral("hub.test,127.0.0.1"),
                  QStringLiteral("--out-cert"), m_certFile, QStringLiteral("--out-key"), m_keyFile, QStringLiteral("--days"),
                  QStringLiteral("2")});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QFile f(m_certFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_cert = QSslCertificate(f.readAll(), QSsl::Pem);
    QVERIFY(!m_cert.isNull());
    QCOMPARE(QFile::permissions(m_keyFile) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
}

void tst_HubHttp::init()
{
    m_handler = std::make_unique<FakeHandler>();
    m_handler->next.body = QByteArrayLiteral("{\"ok\":true}");
    m_http = std::make_unique<HubHttp>(*m_handler);
    const Status tls = m_http->setTls(m_certFile, m_keyFile);
    QVERIFY2(tls.ok(), qPrintable(tls.error()));
    const Status listening = m_http->listen(QHostAddress::LocalHost, 0);
    QVERIFY2(listening.ok(), qPrintable(listening.error()));
    QVERIFY(m_http->port() != 0);
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void tst_HubHttp::cleanup()
{
    m_nam.reset();
    m_http.reset();
    m_handler.reset();
}

QUrl tst_HubHttp::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("https://localhost:%1%2").arg(m_http->port()).arg(pathAndQuery));
}

Answer tst_HubHttp::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                         const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url(pathAndQuery));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates({m_cert}); // trusts the hub's certificate and nothing else
    request.setSslConfiguration(ssl);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(60000);
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.error = reply->error();
    a.contentType = reply->rawHeader("Content-Type");
    a.body = reply->readAll();
    a.reply = reply;
    return a;
}

QByteArray tst_HubHttp::raw(const QByteArray &request, int ms, bool *closed)
{
    QSslSocket socket;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates({m_cert});
    socket.setSslConfiguration(ssl);
    QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
    socket.connectToHostEncrypted(QStringLiteral("localhost"), m_http->port());
    if (!encrypted.wait(10000))
        return QByteArrayLiteral("(no TLS connection)");
    socket.write(request);
    QByteArray got;
    QElapsedTimer clock;
    clock.start();
    while (socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < ms) {
        QSignalSpy readOrGone(&socket, &QSslSocket::readyRead);
        QSignalSpy gone(&socket, &QSslSocket::disconnected);
        if (socket.bytesAvailable() == 0)
            static_cast<void>(QTest::qWaitFor([&] { return readOrGone.count() > 0 || gone.count() > 0; }, 200));
        got += socket.readAll();
    }
    got += socket.readAll();
    if (closed)
        *closed = socket.state() != QAbstractSocket::ConnectedState;
    return got;
}

void tst_HubHttp::verifyStillServing()
{
    const qsizetype before = m_handler->requests.size();
    const Answer a = send("POST", QStringLiteral("/sync/v1/hello"), QByteArrayLiteral("{}"));
    QCOMPARE(a.error, QNetworkReply::NoError);
    QCOMPARE(a.status, 200);
    QCOMPARE(m_handler->requests.size(), before + 1);
}

void tst_HubHttp::requestReachesTheHandlerIntact()
{
    m_handler->next.status = 202;
    m_handler->next.contentType = "application/x-ud-test";
    m_handler->next.body = QByteArray("answer\0with a zero", 18);
    m_handler->next.headers = {{"Retry-After", "7"}, {"X-UD-Hub", "hub-1"}};
    QByteArray body("{\"records\":[]}\0\xff binary", 24);
    const Answer a = send("POST", QStringLiteral("/sync/v1/push?since=12&limit=500"), body,
                          {{"X-UD-Node", "node-A"}, {"X-UD-Signature", "c2lnbmF0dXJl"}, {"Content-Type", "application/json"},
                           {"Content-Encoding", "deflate"}});
    QCOMPARE(a.error, QNetworkReply::NoError);
    QCOMPARE(m_handler->requests.size(), 1);
    const HubRequest &r = m_handler->requests.first();
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QStringLiteral("/sync/v1/push"));
    QCOMPARE(r.query, QStringLiteral("since=12&limit=500"));
    QCOMPARE(r.body, body);
    QCOMPARE(r.header("x-ud-node"), QByteArray("node-A"));
    QCOMPARE(r.header("x-ud-signature"), QByteArray("c2lnbmF0dXJl"));
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    QCOMPARE(r.header("content-encoding"), QByteArray("deflate"));
    QCOMPARE(r.header("content-length"), QByteArray::number(body.size()));
    for (const auto &h : r.headers)
        QVERIFY2(h.first == h.first.toLower(), h.first.constData());
    QVERIFY2(r.peer.isLoopback(), qPrintable(r.peer.toString()));

    QCOMPARE(a.status, 202);
    QCOMPARE(a.contentType, QByteArray("application/x-ud-test"));
    QCOMPARE(a.body, QByteArray("answer\0with a zero", 18));
    QCOMPARE(a.reply->rawHeader("Retry-After"), QByteArray("7"));
    QCOMPARE(a.reply->rawHeader("X-UD-Hub"), QByteArray("hub-1"));
}

void tst_HubHttp::getAndOtherMethods()
{
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("PUT"), QByteArray("DELETE"), QByteArray("PATCH")}) {
        const Answer a = send(method, QStringLiteral("/review/v1/items?status=pending"));
        QCOMPARE(a.status, 200);
        QCOMPARE(m_handler->requests.last().method, method);
        QCOMPARE(m_handler->requests.last().path, QStringLiteral("/review/v1/items"));
        QCOMPARE(m_handler->requests.last().query, QStringLiteral("status=pending"));
        QCOMPARE(a.body, QByteArray("{\"ok\":true}"));
    }
    QCOMPARE(m_handler->requests.size(), 4);
}

void tst_HubHttp::unknownPathIs404()
{
    for (const QString &path : {QStringLiteral("/"), QStringLiteral("/sync/v2/push"), QStringLiteral("/sync/v1"),
                                QStringLiteral("/review/hello"), QStringLiteral("/favicon.ico")}) {
        const Answer a = send("GET", path);
        QCOMPARE(a.status, 404);
        QCOMPARE(a.contentType, QByteArray("application/json"));
        QCOMPARE(QJsonDocument::fromJson(a.body).object().value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));
    }
    QCOMPARE(m_handler->requests.size(), 0);
}

void tst_HubHttp::handlerStatusIsPassedOn_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("expected");
    QTest::newRow("200") << 200 << 200;
    QTest::newRow("400") << 400 << 400;
    QTest::newRow("401") << 401 << 401;
    QTest::newRow("403") << 403 << 403;
    QTest::newRow("409") << 409 << 409;
    QTest::newRow("429") << 429 << 429;
    QTest::newRow("503") << 503 << 503;
    QTest::newRow("not a status") << 799 << 500;
}

void tst_HubHttp::handlerStatusIsPassedOn()
{
    QFETCH(int, status);
    QFETCH(int, expected);
    m_handler->next.status = status;
    const Answer a = send("POST", QStringLiteral("/sync/v1/hello"), QByteArrayLiteral("{}"));
    QCOMPARE(a.status, expected);
    QCOMPARE(m_handler->requests.size(), 1);
}

void tst_HubHttp::bodyOfExactly16MiBIsServed()
{
    const QByteArray body(HubHttp::kMaxBodyBytes, 'x');
    const Answer a = send("POST", QStringLiteral("/sync/v1/push"), body);
    QCOMPARE(a.status, 200);
    QCOMPARE(m_handler->requests.size(), 1);
    QCOMPARE(m_handler->requests.first().body.size(), HubHttp::kMaxBodyBytes);
}

void tst_HubHttp::declaredOversizedBodyIs413()
{
    const QByteArray body(HubHttp::kMaxBodyBytes + 1, 'x');
    const Answer a = send("POST", QStringLiteral("/sync/v1/push"), body);
    QCOMPARE(a.status, 413);
    QCOMPARE(QJsonDocument::fromJson(a.body).object().value(QStringLiteral("code")).toString(), QStringLiteral("too_large"));
    QCOMPARE(m_handler->requests.size(), 0);

    // Only the headers: the answer comes before any of the body is sent.
    bool closed = false;
    const QByteArray got = raw("POST /sync/v1/push HTTP/1.1\r\nHost: localhost\r\nContent-Length: 999999999\r\n\r\n", 5000, &closed);
    QVERIFY2(got.startsWith("HTTP/1.1 413"), got.constData());
    QCOMPARE(m_handler->requests.size(), 0);
    verifyStillServing();
}

void tst_HubHttp::chunkedOversizedBodyIs413()
{
    // No Content-Length: the body is refused once more than 16 MiB of it has come.
    QSslSocket socket;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates({m_cert});
    socket.setSslConfiguration(ssl);
    QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
    socket.connectToHostEncrypted(QStringLiteral("localhost"), m_http->port());
    QVERIFY(encrypted.wait(10000)); // not waitForEncrypted(): the server runs on this thread
    socket.write("POST /sync/v1/push HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n");
    const QByteArray chunk(1024 * 1024, 'y');
    QByteArray got;
    for (int i = 0; i < 40 && !got.contains("\r\n\r\n"); ++i) {
        socket.write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
        static_cast<void>(QTest::qWaitFor([&] { return socket.bytesToWrite() == 0 || socket.state() != QAbstractSocket::ConnectedState; }, 5000));
        QTest::qWait(5);
        got += socket.readAll();
        if (socket.state() != QAbstractSocket::ConnectedState)
            break;
    }
    static_cast<void>(QTest::qWaitFor([&] { return socket.bytesAvailable() > 0 || got.contains("\r\n\r\n"); }, 3000));
    got += socket.readAll();
    QVERIFY2(got.startsWith("HTTP/1.1 413"), got.left(200).constData());
    QCOMPARE(m_handler->requests.size(), 0);
    verifyStillServing();
}

void tst_HubHttp::pipelinedRequests()
{
    // Two requests in one write on one connection: both reach the handler and are answered, and
    // the second one's Content-Length is still watched.
    const QByteArray one = "POST /sync/v1/hello HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\n\r\n{}";
    const QByteArray two = "POST /sync/v1/push HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\n\r\n[1]";
    const QByteArray got = raw(one + two, 3000);
    QCOMPARE(got.count("HTTP/1.1 200"), 2);
    QCOMPARE(m_handler->requests.size(), 2);
    QCOMPARE(m_handler->requests.at(1).body, QByteArray("[1]"));

    const QByteArray tooLarge = "POST /sync/v1/push HTTP/1.1\r\nHost: localhost\r\nContent-Length: 999999999\r\n\r\n";
    const QByteArray refused = raw(one + tooLarge, 3000);
    QVERIFY2(refused.contains("HTTP/1.1 200") && refused.contains("HTTP/1.1 413"), refused.constData());
    QCOMPARE(m_handler->requests.size(), 3);
}

void tst_HubHttp::malformedRequestKeepsTheServerServing_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("garbage") << QByteArray("GARBAGE\r\n\r\n");
    QTest::newRow("no protocol") << QByteArray("GET /sync/v1/hello\r\n\r\n");
    QTest::newRow("bad protocol") << QByteArray("GET /sync/v1/hello FTP/9.9\r\n\r\n");
    QTest::newRow("binary") << QByteArray("\x16\x03\x01\x00\xff\r\n\r\n\r\n", 11);
}

void tst_HubHttp::malformedRequestKeepsTheServerServing()
{
    QFETCH(QByteArray, request);
    bool closed = false;
    const QByteArray got = raw(request, 3000, &closed);
    // Either a 4xx answer or a closed connection; never the handler, never a 2xx.
    QVERIFY2(got.startsWith("HTTP/1.1 4") || (got.isEmpty() && closed), got.constData());
    QCOMPARE(m_handler->requests.size(), 0);
    verifyStillServing();
}

void tst_HubHttp::plainHttpOnlyWhenChosen()
{
    FakeHandler handler;
    HubHttp none(handler);
    // Neither TLS nor plain HTTP chosen: no listening.
    QVERIFY(!none.listen(QHostAddress::LocalHost, 0).ok());
    QVERIFY(!none.isListening());

    HubHttp plain(handler);
    plain.usePlainHttp();
    QVERIFY(plain.listen(QHostAddress::LocalHost, 0).ok());
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/sync/v1/hello").arg(plain.port())));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_nam->post(request, QByteArrayLiteral("{}"));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(handler.requests.size(), 1);

    // The TLS server does not speak plain HTTP.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_http->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /sync/v1/hello HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\n\r\n{}");
    // Waits in the event loop (the server runs on this thread) for an answer or the close.
    QVERIFY(QTest::qWaitFor([&] { return socket.state() != QAbstractSocket::ConnectedState; }, 5000));
    QVERIFY(!socket.readAll().contains("200 OK"));
    QCOMPARE(m_handler->requests.size(), 0);

    // Port in use: the message says which.
    HubHttp second(handler);
    second.usePlainHttp();
    const Status inUse = second.listen(QHostAddress::LocalHost, plain.port());
    QVERIFY(!inUse.ok());
    QVERIFY2(inUse.error().contains(QString::number(plain.port())), qPrintable(inUse.error()));
}

void tst_HubHttp::stopClosesTheListener()
{
    verifyStillServing();
    const quint16 port = m_http->port();
    QSignalSpy stopped(m_http.get(), &HubHttp::stopped);
    m_http->stop(2000);
    QVERIFY(stopped.count() == 1 || stopped.wait(5000));
    QVERIFY(!m_http->isListening());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!socket.waitForConnected(2000));
}

void tst_HubHttp::stopLetsTheRequestInHandFinish()
{
    // Half a request is in when the hub is told to stop: the rest still comes in and is answered
    // (with Connection: close), and only then is the hub stopped.
    QSslSocket socket;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates({m_cert});
    socket.setSslConfiguration(ssl);
    QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
    socket.connectToHostEncrypted(QStringLiteral("localhost"), m_http->port());
    QVERIFY(encrypted.wait(10000));
    socket.write("POST /sync/v1/push HTTP/1.1\r\nHost: localhost\r\nContent-Length: 10\r\n\r\n12345");
    QVERIFY(QTest::qWaitFor([&] { return socket.bytesToWrite() == 0; }, 5000));
    QTest::qWait(200);

    QSignalSpy stopped(m_http.get(), &HubHttp::stopped);
    m_http->stop(5000);
    QTest::qWait(300);
    QCOMPARE(stopped.count(), 0);
    QVERIFY(!m_http->isListening());
    socket.write("67890");
    QByteArray got;
    QVERIFY(QTest::qWaitFor([&] {
        got += socket.readAll();
        return got.contains("\r\n\r\n{\"ok\":true}");
    }, 5000));
    QVERIFY2(got.startsWith("HTTP/1.1 200"), got.constData());
    QVERIFY2(got.contains("Connection: close"), got.constData());
    QCOMPARE(m_handler->requests.size(), 1);
    QCOMPARE(m_handler->requests.first().body, QByteArray("1234567890"));
    QVERIFY(stopped.count() == 1 || stopped.wait(5000));
}

QTEST_GUILESS_MAIN(tst_HubHttp)
#include "tst_hubhttp.moc"
