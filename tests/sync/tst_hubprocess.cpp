// Tests for the real uniondesk-hub process (UD_HUB) with a hub folder made by the real
// `uniondesk-cli hub init` (UD_CLI): the certificate it made (names, CA, key file 0600); the hub
// answers hello over TLS to a client that trusts only that certificate; SIGTERM stops it with
// exit code 0 within 10 s and "stopped" in its log; a bad configuration is exit code 2 with a
// message naming the key; a port already in use is exit code 3 naming the port; a database that
// cannot be opened is exit code 4.

#include "sync/HubConfig.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslCertificateExtension>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace ud;

namespace {

QProcessEnvironment childEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("UNIONDESK_LANG"), QStringLiteral("en"));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    return env;
}

// A port nobody listens on right now (another process may take it meanwhile; unlikely).
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

class tst_HubProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void initMakesAUsableCertificate();
    void certCommand_data();
    void certCommand();
    void answersHelloAndStopsOnSigterm();
    void badConfigurationIsExitCode2_data();
    void badConfigurationIsExitCode2();
    void portInUseIsExitCode3();
    void databaseThatCannotBeOpenedIsExitCode4();
    void commandLine();

private:
    // `uniondesk-cli hub init` in a new folder, listening on 127.0.0.1:port; returns hub.conf.
    QString makeHub(quint16 port);
    struct Run
    {
        int code = -1;
        bool finished = false;
        QString err;
    };
    Run runHub(const QStringList &args, int timeoutMs = 10000);
    int hello(quint16 port, QJsonObject *answer);

    QString m_hub;
    QString m_cli;
    std::unique_ptr<QTemporaryDir> m_dir;
    QSslCertificate m_cert;
};

void tst_HubProcess::initTestCase()
{
    m_hub = qEnvironmentVariable("UD_HUB");
    m_cli = qEnvironmentVariable("UD_CLI");
    QVERIFY2(QFileInfo(m_hub).isExecutable(), "UD_HUB names the uniondesk-hub binary (run through ctest)");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), "UD_CLI names the uniondesk-cli binary (run through ctest)");
}

void tst_HubProcess::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_HubProcess::cleanup()
{
    m_dir.reset();
}

QString tst_HubProcess::makeHub(quint16 port)
{
    const QString folder = m_dir->filePath(QStringLiteral("hub"));
    QProcess cli;
    cli.setProcessEnvironment(childEnvironment());
    cli.start(m_cli, {QStringLiteral("hub"), QStringLiteral("init"), QStringLiteral("--dir"), folder, QStringLiteral("--port"),
                      QString::number(port), QStringLiteral("--name"), QStringLiteral("测试区总工会枢纽"),
                      QStringLiteral("--org-unit"), QStringLiteral("110105")});
    if (!cli.waitForFinished(60000) || cli.exitCode() != 0) {
        qWarning() << "hub init failed:" << cli.readAllStandardError();
        return {};
    }
    const QString conf = QDir(folder).filePath(QStringLiteral("hub.conf"));
    {
        QSettings ini(conf, QSettings::IniFormat);
        ini.setValue(QStringLiteral("listen/address"), QStringLiteral("127.0.0.1"));
    }
    QFile f(QDir(folder).filePath(QStringLiteral("hub.crt")));
    if (f.open(QIODevice::ReadOnly))
        m_cert = QSslCertificate(f.readAll(), QSsl::Pem);
    return conf;
}

tst_HubProcess::Run tst_HubProcess::runHub(const QStringList &args, int timeoutMs)
{
    QProcess hub;
    hub.setProcessEnvironment(childEnvironment());
    hub.start(m_hub, args);
    Run r;
    r.finished = hub.waitForFinished(timeoutMs);
    if (!r.finished) {
        hub.kill();
        hub.waitForFinished(5000);
    }
    r.code = hub.exitStatus() == QProcess::NormalExit ? hub.exitCode() : -1;
    r.err = QString::fromUtf8(hub.readAllStandardError());
    return r;
}

// POST /sync/v1/hello to 127.0.0.1:port over TLS trusting m_cert only; the HTTP status or 0.
int tst_HubProcess::hello(quint16 port, QJsonObject *answer)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1/sync/v1/hello").arg(port)));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates({m_cert});
    request.setSslConfiguration(ssl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(3000);
    std::unique_ptr<QNetworkReply> reply(nam.post(request, QByteArrayLiteral("{\"protocol_min\":1,\"protocol_max\":1}")));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(5000))
        return 0;
    if (reply->error() != QNetworkReply::NoError && reply->error() < QNetworkReply::ContentAccessDenied)
        return 0;
    *answer = QJsonDocument::fromJson(reply->readAll()).object();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void tst_HubProcess::initMakesAUsableCertificate()
{
    const QString conf = makeHub(freePort());
    QVERIFY(!conf.isEmpty());
    QVERIFY(!m_cert.isNull());
    QStringList dns = m_cert.subjectAlternativeNames().values(QSsl::DnsEntry);
    QStringList ips = m_cert.subjectAlternativeNames().values(QSsl::IpAddressEntry);
    QVERIFY2(dns.contains(QStringLiteral("localhost")), qPrintable(dns.join(QLatin1Char(','))));
    QVERIFY2(ips.contains(QStringLiteral("127.0.0.1")), qPrintable(ips.join(QLatin1Char(','))));
    bool ca = false;
    for (const QSslCertificateExtension &e : m_cert.extensions())
        if (e.name() == QLatin1String("basicConstraints"))
            ca = e.value().toMap().value(QStringLiteral("ca")).toBool() && e.isCritical();
    QVERIFY2(ca, "basicConstraints is not a critical CA:TRUE");
    QCOMPARE(m_cert.issuerDisplayName(), m_cert.subjectDisplayName());
    QVERIFY(m_cert.expiryDate() > QDateTime::currentDateTimeUtc().addYears(5));
    const QString key = QFileInfo(conf).dir().filePath(QStringLiteral("hub.key"));
    QCOMPARE(QFile::permissions(key) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // The configuration it wrote loads, with the name given.
    const auto loaded = HubConfig::load(conf);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded.value().name, QStringLiteral("测试区总工会枢纽"));
    QCOMPARE(loaded.value().keyFile, key);

    // A second init in the same folder is refused and changes nothing.
    QFile before(key);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray keyBytes = before.readAll();
    QProcess again;
    again.setProcessEnvironment(childEnvironment());
    again.start(m_cli, {QStringLiteral("hub"), QStringLiteral("init"), QStringLiteral("--dir"), QFileInfo(conf).absolutePath(),
                        QStringLiteral("--org-unit"), QStringLiteral("110105")});
    QVERIFY(again.waitForFinished(60000));
    QCOMPARE(again.exitCode(), 3);
    QFile after(key);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), keyBytes);
}

void tst_HubProcess::certCommand_data()
{
    QTest::addColumn<QStringList>("args"); // after "hub cert --out-cert C --out-key K"
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message"); // in stderr
    QTest::newRow("names and addresses") << QStringList{QStringLiteral("--host"), QStringLiteral("hub.example, 192.0.2.10,::1")}
                                         << 0 << QString();
    QTest::newRow("days") << QStringList{QStringLiteral("--host"), QStringLiteral("hub.example"), QStringLiteral("--days"),
                                         QStringLiteral("30")}
                          << 0 << QString();
    QTest::newRow("no host") << QStringList{} << 2 << QStringLiteral("--host");
    QTest::newRow("empty host") << QStringList{QStringLiteral("--host"), QStringLiteral(",")} << 2 << QStringLiteral("--host");
    QTest::newRow("not a host name") << QStringList{QStringLiteral("--host"), QStringLiteral("hub example!")} << 2
                                     << QStringLiteral("hub example!");
    QTest::newRow("0 days") << QStringList{QStringLiteral("--host"), QStringLiteral("h"), QStringLiteral("--days"), QStringLiteral("0")}
                            << 2 << QStringLiteral("--days");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--host"), QStringLiteral("h"), QStringLiteral("--rsa")} << 2
                                    << QStringLiteral("--rsa");
}

void tst_HubProcess::certCommand()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const QString cert = m_dir->filePath(QStringLiteral("c.crt"));
    const QString key = m_dir->filePath(QStringLiteral("c.key"));
    QProcess cli;
    cli.setProcessEnvironment(childEnvironment());
    cli.start(m_cli, QStringList{QStringLiteral("hub"), QStringLiteral("cert"), QStringLiteral("--out-cert"), cert,
                                 QStringLiteral("--out-key"), key}
                         + args);
    QVERIFY(cli.waitForFinished(60000));
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QCOMPARE(cli.exitCode(), code);
    QVERIFY2(err.contains(message), qPrintable(err));
    if (code != 0) {
        QVERIFY(!QFileInfo::exists(cert));
        QVERIFY(!QFileInfo::exists(key));
        return;
    }
    QFile f(cert);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QSslCertificate c(f.readAll(), QSsl::Pem);
    QVERIFY(!c.isNull());
    const QStringList dns = c.subjectAlternativeNames().values(QSsl::DnsEntry);
    const QStringList ips = c.subjectAlternativeNames().values(QSsl::IpAddressEntry);
    QVERIFY2(dns.contains(QStringLiteral("hub.example")) && dns.contains(QStringLiteral("localhost")), qPrintable(dns.join(QLatin1Char(','))));
    QVERIFY2(ips.contains(QStringLiteral("127.0.0.1")), qPrintable(ips.join(QLatin1Char(','))));
    QCOMPARE(c.subjectInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("hub.example")});
    if (args.contains(QStringLiteral("30"))) {
        QVERIFY(c.expiryDate() < QDateTime::currentDateTimeUtc().addDays(31));
        QVERIFY(c.expiryDate() > QDateTime::currentDateTimeUtc().addDays(29));
    } else {
        QVERIFY2(ips.contains(QStringLiteral("192.0.2.10")) && ips.contains(QStringLiteral("::1")), qPrintable(ips.join(QLatin1Char(','))));
    }
    QCOMPARE(QFile::permissions(key) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                        | QFileDevice::WriteOther),
             QFileDevice::Permissions());

    // The same files again: refused, nothing replaced.
    QProcess again;
    again.setProcessEnvironment(childEnvironment());
    again.start(m_cli, QStringList{QStringLiteral("hub"), QStringLiteral("cert"), QStringLiteral("--out-cert"), cert,
                                   QStringLiteral("--out-key"), key, QStringLiteral("--host"), QStringLiteral("other")});
    QVERIFY(again.waitForFinished(60000));
    QCOMPARE(again.exitCode(), 3);
    QFile same(cert);
    QVERIFY(same.open(QIODevice::ReadOnly));
    QCOMPARE(QSslCertificate(same.readAll(), QSsl::Pem), c);
}

void tst_HubProcess::answersHelloAndStopsOnSigterm()
{
    const quint16 port = freePort();
    const QString conf = makeHub(port);
    QVERIFY(!conf.isEmpty());
    QProcess hub;
    hub.setProcessEnvironment(childEnvironment());
    hub.start(m_hub, {QStringLiteral("--config"), conf});
    QVERIFY(hub.waitForStarted(10000));

    QJsonObject answer;
    int status = 0;
    QElapsedTimer clock;
    clock.start();
    // An unsigned hello: the hub answers, refusing it with the reason (a real one is signed).
    while (status != 401 && clock.elapsed() < 15000 && hub.state() == QProcess::Running) {
        status = hello(port, &answer);
        if (status != 401)
            QTest::qWait(100);
    }
    if (status != 401)
        QFAIL(hub.readAllStandardError().constData());
    QCOMPARE(answer.value(QStringLiteral("code")).toString(), QStringLiteral("missing_headers"));
    QVERIFY(!answer.value(QStringLiteral("message")).toString().isEmpty());

    hub.terminate(); // SIGTERM
    QVERIFY2(hub.waitForFinished(10000), "the hub did not stop within 10 s of SIGTERM");
    QCOMPARE(hub.exitStatus(), QProcess::NormalExit);
    QCOMPARE(hub.exitCode(), 0);
    const QString log = QString::fromUtf8(hub.readAllStandardError());
    QVERIFY2(log.contains(QStringLiteral("POST /sync/v1/hello 401")), qPrintable(log));
    QVERIFY2(log.trimmed().endsWith(QStringLiteral("stopped")), qPrintable(log));
    QVERIFY2(!log.contains(QStringLiteral("protocol_min")), "a request body reached the log");

    // The port is free again.
    QTcpServer again;
    QVERIFY(again.listen(QHostAddress::LocalHost, port));
}

void tst_HubProcess::badConfigurationIsExitCode2_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("named");
    QTest::newRow("port not a number") << QStringLiteral("listen/port") << QStringLiteral("eighty") << QStringLiteral("[listen] port");
    QTest::newRow("port out of range") << QStringLiteral("listen/port") << QStringLiteral("70000") << QStringLiteral("[listen] port");
    QTest::newRow("certificate missing") << QStringLiteral("tls/certificate") << QStringLiteral("absent.crt") << QStringLiteral("[tls] certificate");
    QTest::newRow("unknown driver") << QStringLiteral("database/driver") << QStringLiteral("mysql") << QStringLiteral("[database] driver");
    QTest::newRow("no name") << QStringLiteral("hub/name") << QStringLiteral("") << QStringLiteral("[hub] name");
}

void tst_HubProcess::badConfigurationIsExitCode2()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, named);
    const QString conf = makeHub(freePort());
    QVERIFY(!conf.isEmpty());
    {
        QSettings ini(conf, QSettings::IniFormat);
        ini.setValue(key, value);
    }
    const Run r = runHub({QStringLiteral("--config"), conf});
    QVERIFY(r.finished);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(named), qPrintable(r.err));
    QVERIFY2(r.err.contains(conf), qPrintable(r.err));
}

void tst_HubProcess::portInUseIsExitCode3()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    const QString conf = makeHub(taken.serverPort());
    QVERIFY(!conf.isEmpty());
    const Run r = runHub({QStringLiteral("--config"), conf});
    QVERIFY(r.finished);
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QString::number(taken.serverPort())), qPrintable(r.err));
}

void tst_HubProcess::databaseThatCannotBeOpenedIsExitCode4()
{
    const QString conf = makeHub(freePort());
    QVERIFY(!conf.isEmpty());
    const QString folder = QFileInfo(conf).dir().filePath(QStringLiteral("a-folder.db"));
    QVERIFY(QDir().mkpath(folder));
    {
        QSettings ini(conf, QSettings::IniFormat);
        ini.setValue(QStringLiteral("database/path"), QStringLiteral("a-folder.db"));
    }
    const Run r = runHub({QStringLiteral("--config"), conf});
    QVERIFY(r.finished);
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(QStringLiteral("a-folder.db")), qPrintable(r.err));
}

void tst_HubProcess::commandLine()
{
    Run r = runHub({});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--config")), qPrintable(r.err));
    r = runHub({QStringLiteral("--config"), m_dir->filePath(QStringLiteral("absent.conf"))});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("absent.conf")), qPrintable(r.err));
    r = runHub({QStringLiteral("--bogus")});
    QCOMPARE(r.code, 2);
    QProcess help;
    help.start(m_hub, {QStringLiteral("--help")});
    QVERIFY(help.waitForFinished(10000));
    QCOMPARE(help.exitCode(), 0);
    QVERIFY(help.readAllStandardOutput().contains("--config FILE"));
    QProcess version;
    version.start(m_hub, {QStringLiteral("--version")});
    QVERIFY(version.waitForFinished(10000));
    QCOMPARE(version.exitCode(), 0);
    QVERIFY(version.readAllStandardOutput().startsWith("uniondesk-hub "));
}

QTEST_GUILESS_MAIN(tst_HubProcess)
#include "tst_hubprocess.moc"
