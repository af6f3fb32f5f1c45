// Tests for ud::HubConfig, uniondesk-hub's configuration file (docs/sync.md): a file as a person
// writes it (comments, relative paths, Chinese name, postgres settings) is read into the right
// values; each missing or invalid value is refused with a message that names its key and the
// file; save() and load() give back the same values; defaults() names the hub's own files.

#include "sync/HubConfig.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QtTest>

using namespace ud;

namespace {

// section/key -> value; a file is written from it in a fixed order.
using Settings = QMap<QString, QString>;

Settings goodSqlite()
{
    return {
        {QStringLiteral("hub/name"), QStringLiteral("朝阳区总工会枢纽")},
        {QStringLiteral("listen/address"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("listen/port"), QStringLiteral("8443")},
        {QStringLiteral("tls/certificate"), QStringLiteral("hub.crt")},
        {QStringLiteral("tls/key"), QStringLiteral("keys/hub.key")},
        {QStringLiteral("database/driver"), QStringLiteral("sqlite")},
        {QStringLiteral("database/path"), QStringLiteral("hub.db")},
        {QStringLiteral("parent/url"), QStringLiteral("https://city.example:8443")},
        {QStringLiteral("parent/certificate"), QStringLiteral("city.crt")},
        {QStringLiteral("log/rules"), QStringLiteral("uniondesk.hub.debug=false,uniondesk.hub.http.info=true")},
    };
}

Settings goodPostgres()
{
    Settings s = goodSqlite();
    s.remove(QStringLiteral("database/path"));
    s.insert(QStringLiteral("database/driver"), QStringLiteral("postgres"));
    s.insert(QStringLiteral("database/host"), QStringLiteral("db.example"));
    s.insert(QStringLiteral("database/port"), QStringLiteral("5433"));
    s.insert(QStringLiteral("database/name"), QStringLiteral("uniondesk_hub"));
    s.insert(QStringLiteral("database/user"), QStringLiteral("hub"));
    s.insert(QStringLiteral("database/password_file"), QStringLiteral("db.password"));
    return s;
}

// "section/key=value" changes; an empty value removes the key.
Settings changed(Settings s, const QStringList &changes)
{
    for (const QString &change : changes) {
        const qsizetype eq = change.indexOf(QLatin1Char('='));
        const QString key = change.left(eq);
        const QString value = change.mid(eq + 1);
        if (value.isEmpty())
            s.remove(key);
        else
            s.insert(key, value);
    }
    return s;
}

} // namespace

class tst_HubConfig : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void readsAGoodFile();
    void readsPostgresSettings();
    void badValue_data();
    void badValue();
    void reportsEveryProblemAtOnce();
    void missingFile();
    void saveAndLoadRoundTrip();
    void defaultsNameTheHubsFiles();

private:
    QString write(const Settings &settings, const QString &comment = {});
    void touch(const QString &relativePath);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_HubConfig::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    for (const char *file : {"hub.crt", "keys/hub.key", "city.crt", "db.password"})
        touch(QString::fromLatin1(file));
}

void tst_HubConfig::cleanup()
{
    m_dir.reset();
}

void tst_HubConfig::touch(const QString &relativePath)
{
    const QString path = m_dir->filePath(relativePath);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("x");
}

// Writes hub.conf as a person would: sections, a comment line and a comment after each value.
QString tst_HubConfig::write(const Settings &settings, const QString &comment)
{
    QString text = QStringLiteral("; UnionDesk hub %1\n").arg(comment);
    QString section;
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        const QString s = it.key().section(QLatin1Char('/'), 0, 0);
        if (s != section) {
            text += QStringLiteral("\n[%1]\n").arg(s);
            section = s;
        }
        text += QStringLiteral("%1=%2      ; a comment\n").arg(it.key().section(QLatin1Char('/'), 1), it.value());
    }
    const QString path = m_dir->filePath(QStringLiteral("hub.conf"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(text.toUtf8());
    return path;
}

void tst_HubConfig::readsAGoodFile()
{
    const auto loaded = HubConfig::load(write(goodSqlite()));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    const HubConfig &c = loaded.value();
    const QDir dir(m_dir->path());
    QCOMPARE(c.name, QStringLiteral("朝阳区总工会枢纽"));
    QCOMPARE(c.listenAddress, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(c.listenPort, quint16(8443));
    QCOMPARE(c.certificateFile, dir.absoluteFilePath(QStringLiteral("hub.crt")));
    QCOMPARE(c.keyFile, dir.absoluteFilePath(QStringLiteral("keys/hub.key")));
    QCOMPARE(c.driver, HubConfig::Driver::Sqlite);
    QCOMPARE(c.databasePath, dir.absoluteFilePath(QStringLiteral("hub.db")));
    QCOMPARE(c.parentUrl, QStringLiteral("https://city.example:8443"));
    QCOMPARE(c.parentCertificateFile, dir.absoluteFilePath(QStringLiteral("city.crt")));
    QCOMPARE(c.logRules, QStringLiteral("uniondesk.hub.debug=false\nuniondesk.hub.http.info=true"));
    QVERIFY(c.databaseHost.isEmpty());
}

void tst_HubConfig::readsPostgresSettings()
{
    const auto loaded = HubConfig::load(write(goodPostgres()));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    const HubConfig &c = loaded.value();
    QCOMPARE(c.driver, HubConfig::Driver::Postgres);
    QCOMPARE(c.databaseHost, QStringLiteral("db.example"));
    QCOMPARE(c.databasePort, quint16(5433));
    QCOMPARE(c.databaseName, QStringLiteral("uniondesk_hub"));
    QCOMPARE(c.databaseUser, QStringLiteral("hub"));
    QCOMPARE(c.databasePasswordFile, QDir(m_dir->path()).absoluteFilePath(QStringLiteral("db.password")));
    QVERIFY(c.databasePath.isEmpty());

    // The port is optional, the password file too; no parent is fine.
    const auto minimal = HubConfig::load(write(changed(goodPostgres(), {QStringLiteral("database/port="),
                                                                         QStringLiteral("database/password_file="),
                                                                         QStringLiteral("parent/url="),
                                                                         QStringLiteral("parent/certificate=")})));
    QVERIFY2(minimal.ok(), qPrintable(minimal.error()));
    QCOMPARE(minimal.value().databasePort, quint16(5432));
    QVERIFY(minimal.value().parentUrl.isEmpty());
}

void tst_HubConfig::badValue_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QStringList>("changes");
    QTest::addColumn<QString>("key"); // what the message must name

    const auto row = [](const char *name, bool postgres, const QStringList &changes, const char *key) {
        QTest::newRow(name) << postgres << changes << QString::fromLatin1(key);
    };
    row("no name", false, {QStringLiteral("hub/name=")}, "[hub] name");
    row("no address", false, {QStringLiteral("listen/address=")}, "[listen] address");
    row("address not an IP", false, {QStringLiteral("listen/address=hub.example")}, "[listen] address");
    row("no port", false, {QStringLiteral("listen/port=")}, "[listen] port");
    row("port not a number", false, {QStringLiteral("listen/port=https")}, "[listen] port");
    row("port 0", false, {QStringLiteral("listen/port=0")}, "[listen] port");
    row("port too high", false, {QStringLiteral("listen/port=65536")}, "[listen] port");
    row("negative port", false, {QStringLiteral("listen/port=-1")}, "[listen] port");
    row("no certificate", false, {QStringLiteral("tls/certificate=")}, "[tls] certificate");
    row("certificate file missing", false, {QStringLiteral("tls/certificate=nowhere.crt")}, "[tls] certificate");
    row("key file missing", false, {QStringLiteral("tls/key=nowhere.key")}, "[tls] key");
    row("no driver", false, {QStringLiteral("database/driver=")}, "[database] driver");
    row("unknown driver", false, {QStringLiteral("database/driver=mysql")}, "[database] driver");
    row("sqlite without path", false, {QStringLiteral("database/path=")}, "[database] path");
    row("sqlite folder missing", false, {QStringLiteral("database/path=no/such/folder/hub.db")}, "[database] path");
    row("postgres without host", true, {QStringLiteral("database/host=")}, "[database] host");
    row("postgres without name", true, {QStringLiteral("database/name=")}, "[database] name");
    row("postgres without user", true, {QStringLiteral("database/user=")}, "[database] user");
    row("postgres port not a number", true, {QStringLiteral("database/port=pg")}, "[database] port");
    row("password file missing", true, {QStringLiteral("database/password_file=nowhere")}, "[database] password_file");
    row("parent not https", false, {QStringLiteral("parent/url=http://city.example")}, "[parent] url");
    row("parent not a URL", false, {QStringLiteral("parent/url=city hub")}, "[parent] url");
    row("parent certificate missing", false, {QStringLiteral("parent/certificate=nowhere.crt")}, "[parent] certificate");
}

void tst_HubConfig::badValue()
{
    QFETCH(bool, postgres);
    QFETCH(QStringList, changes);
    QFETCH(QString, key);
    const QString path = write(changed(postgres ? goodPostgres() : goodSqlite(), changes));
    const auto loaded = HubConfig::load(path);
    QVERIFY2(!loaded.ok(), "the file was accepted");
    QVERIFY2(loaded.error().contains(key), qPrintable(loaded.error()));
    QVERIFY2(loaded.error().contains(QDir::toNativeSeparators(path)), qPrintable(loaded.error()));
    // Only that value is wrong: the message is one line.
    QVERIFY2(!loaded.error().contains(QLatin1Char('\n')), qPrintable(loaded.error()));
}

void tst_HubConfig::reportsEveryProblemAtOnce()
{
    const auto loaded = HubConfig::load(
        write(changed(goodSqlite(), {QStringLiteral("listen/port=99999"), QStringLiteral("database/driver=oracle")})));
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(QStringLiteral("[listen] port")), qPrintable(loaded.error()));
    QVERIFY2(loaded.error().contains(QStringLiteral("[database] driver")), qPrintable(loaded.error()));
}

void tst_HubConfig::missingFile()
{
    const QString path = m_dir->filePath(QStringLiteral("absent.conf"));
    const auto loaded = HubConfig::load(path);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(QDir::toNativeSeparators(path)), qPrintable(loaded.error()));
}

void tst_HubConfig::saveAndLoadRoundTrip()
{
    for (const Settings &settings : {goodSqlite(), goodPostgres()}) {
        const auto first = HubConfig::load(write(settings));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        const QString copy = m_dir->filePath(QStringLiteral("copy.conf"));
        QVERIFY2(first.value().save(copy).ok(), "save failed");
        // Files inside the folder are written relative to it.
        QFile text(copy);
        QVERIFY(text.open(QIODevice::ReadOnly));
        const QByteArray written = text.readAll();
        QVERIFY2(written.contains("certificate=hub.crt"), written.constData());
        const auto second = HubConfig::load(copy);
        QVERIFY2(second.ok(), qPrintable(second.error()));
        const HubConfig &a = first.value();
        const HubConfig &b = second.value();
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.listenAddress, a.listenAddress);
        QCOMPARE(b.listenPort, a.listenPort);
        QCOMPARE(b.certificateFile, a.certificateFile);
        QCOMPARE(b.keyFile, a.keyFile);
        QCOMPARE(b.driver, a.driver);
        QCOMPARE(b.databasePath, a.databasePath);
        QCOMPARE(b.databaseHost, a.databaseHost);
        QCOMPARE(b.databasePort, a.databasePort);
        QCOMPARE(b.databaseName, a.databaseName);
        QCOMPARE(b.databaseUser, a.databaseUser);
        QCOMPARE(b.databasePasswordFile, a.databasePasswordFile);
        QCOMPARE(b.parentUrl, a.parentUrl);
        QCOMPARE(b.parentCertificateFile, a.parentCertificateFile);
        QCOMPARE(b.logRules, a.logRules);
    }
}

void tst_HubConfig::defaultsNameTheHubsFiles()
{
    const HubConfig c = HubConfig::defaults(m_dir->path());
    const QDir dir(m_dir->path());
    QCOMPARE(c.certificateFile, dir.absoluteFilePath(QStringLiteral("hub.crt")));
    QCOMPARE(c.keyFile, dir.absoluteFilePath(QStringLiteral("hub.key")));
    QCOMPARE(c.databasePath, dir.absoluteFilePath(QStringLiteral("hub.db")));
    QCOMPARE(c.driver, HubConfig::Driver::Sqlite);
    QCOMPARE(c.listenPort, quint16(8443));
    QVERIFY(!c.name.isEmpty());
    QVERIFY(c.parentUrl.isEmpty());
    // Saved beside its certificate and key, it loads.
    touch(QStringLiteral("hub.key"));
    const QString path = dir.filePath(QStringLiteral("defaults.conf"));
    QVERIFY(c.save(path).ok());
    const auto loaded = HubConfig::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded.value().keyFile, c.keyFile);
}

QTEST_GUILESS_MAIN(tst_HubConfig)
#include "tst_hubconfig.moc"
