#include "sync/HubConfig.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>

namespace ud {

namespace {

QString keyName(const char *section, const char *key)
{
    return QStringLiteral("[%1] %2").arg(QLatin1String(section), QLatin1String(key));
}

// A value as written: a QStringList when it held commas (QSettings splits them), joined again.
QString rawValue(const QSettings &ini, const char *section, const char *key)
{
    const QVariant v = ini.value(QStringLiteral("%1/%2").arg(QLatin1String(section), QLatin1String(key)));
    if (v.userType() == QMetaType::QStringList)
        return v.toStringList().join(QLatin1Char(','));
    return v.toString().trimmed();
}

// Reads one file and collects every problem, each naming its key and the file.
class Reader
{
public:
    Reader(const QSettings &ini, const QString &file) : m_ini(ini), m_file(file), m_dir(QFileInfo(file).absoluteDir()) {}

    QString text(const char *section, const char *key, bool required)
    {
        const QString value = rawValue(m_ini, section, key);
        if (value.isEmpty() && required)
            problem(HubConfig::tr("%1 is missing; set it in %2.").arg(keyName(section, key), shownFile()));
        return value;
    }

    quint16 port(const char *section, const char *key, bool required, quint16 fallback)
    {
        const QString value = text(section, key, required);
        if (value.isEmpty())
            return fallback;
        bool ok = false;
        const uint port = value.toUInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            problem(HubConfig::tr("%1 must be a port number from 1 to 65535, not \"%2\" (in %3).")
                        .arg(keyName(section, key), value, shownFile()));
            return fallback;
        }
        return static_cast<quint16>(port);
    }

    // A path relative to the file's folder, made absolute; `mustExist`: an existing file.
    QString path(const char *section, const char *key, bool required, bool mustExist)
    {
        const QString value = text(section, key, required);
        if (value.isEmpty())
            return {};
        const QString absolute = QDir::cleanPath(m_dir.absoluteFilePath(value));
        if (mustExist && !QFileInfo(absolute).isFile())
            problem(HubConfig::tr("%1 names the file %2, which does not exist; correct it in %3.")
                        .arg(keyName(section, key), QDir::toNativeSeparators(absolute), shownFile()));
        return absolute;
    }

    void problem(const QString &message) { m_problems << message; }
    const QStringList &problems() const { return m_problems; }

private:
    QString shownFile() const { return QDir::toNativeSeparators(m_file); }

    const QSettings &m_ini;
    QString m_file;
    QDir m_dir;
    QStringList m_problems;
};

} // namespace

QString HubConfig::driverKey(Driver driver)
{
    return driver == Driver::Postgres ? QStringLiteral("postgres") : QStringLiteral("sqlite");
}

Result<HubConfig> HubConfig::load(const QString &path)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(file);
    if (!QFileInfo(file).isFile())
        return Result<HubConfig>::failure(tr("The configuration file %1 does not exist.").arg(shown));
    QSettings ini(file, QSettings::IniFormat);
    if (ini.status() == QSettings::AccessError)
        return Result<HubConfig>::failure(tr("The configuration file %1 cannot be read.").arg(shown));
    if (ini.status() == QSettings::FormatError)
        return Result<HubConfig>::failure(
            tr("The configuration file %1 is not a valid INI file; compare it with hub.conf.example.").arg(shown));

    Reader r(ini, file);
    HubConfig c;
    c.name = r.text("hub", "name", true);

    const QString address = r.text("listen", "address", true);
    if (!address.isEmpty() && !c.listenAddress.setAddress(address))
        r.problem(tr("%1 must be an IP address such as 0.0.0.0 or 127.0.0.1, not \"%2\" (in %3).")
                      .arg(keyName("listen", "address"), address, shown));
    c.listenPort = r.port("listen", "port", true, 8443);

    c.certificateFile = r.path("tls", "certificate", true, true);
    c.keyFile = r.path("tls", "key", true, true);

    const QString driver = r.text("database", "driver", true).toLower();
    if (driver == driverKey(Driver::Postgres)) {
        c.driver = Driver::Postgres;
        c.databaseHost = r.text("database", "host", true);
        c.databasePort = r.port("database", "port", false, 5432);
        c.databaseName = r.text("database", "name", true);
        c.databaseUser = r.text("database", "user", true);
        c.databasePasswordFile = r.path("database", "password_file", false, true);
    } else if (driver == driverKey(Driver::Sqlite)) {
        c.driver = Driver::Sqlite;
        c.databasePath = r.path("database", "path", true, false);
        if (!c.databasePath.isEmpty() && !QFileInfo(QFileInfo(c.databasePath).absolutePath()).isDir())
            r.problem(tr("%1: the folder of %2 does not exist; create it or correct the path in %3.")
                          .arg(keyName("database", "path"), QDir::toNativeSeparators(c.databasePath), shown));
    } else if (!driver.isEmpty()) {
        r.problem(tr("%1 must be sqlite or postgres, not \"%2\" (in %3).").arg(keyName("database", "driver"), driver, shown));
    }

    c.parentUrl = r.text("parent", "url", false);
    if (!c.parentUrl.isEmpty()) {
        const QUrl url(c.parentUrl, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
            r.problem(tr("%1 must be an https:// address such as https://city.example:8443, or empty for no parent, "
                         "not \"%2\" (in %3).")
                          .arg(keyName("parent", "url"), c.parentUrl, shown));
    }
    c.parentCertificateFile = r.path("parent", "certificate", false, true);
    if (const QString interval = r.text("parent", "interval", false); !interval.isEmpty()) {
        bool ok = false;
        c.parentIntervalSeconds = interval.toInt(&ok);
        if (!ok || c.parentIntervalSeconds < 1 || c.parentIntervalSeconds > 86400)
            r.problem(tr("%1 must be a number of seconds from 1 to 86400, not \"%2\" (in %3).")
                          .arg(keyName("parent", "interval"), interval, shown));
    }
    c.logRules = r.text("log", "rules", false).split(QLatin1Char(','), Qt::SkipEmptyParts).join(QLatin1Char('\n'));

    if (!r.problems().isEmpty())
        return Result<HubConfig>::failure(r.problems().join(QLatin1Char('\n')));
    return c;
}

Status HubConfig::save(const QString &path) const
{
    const QString file = QFileInfo(path).absoluteFilePath();
    const QDir dir = QFileInfo(file).absoluteDir();
    // Inside the configuration's folder: relative, so the folder can be moved as a whole.
    const auto relative = [&dir](const QString &p) -> QString {
        if (p.isEmpty())
            return {};
        const QString r = dir.relativeFilePath(p);
        return r.startsWith(QLatin1String("..")) ? p : r;
    };
    if (QFileInfo::exists(file) && !QFile::remove(file))
        return Status::failure(tr("Cannot replace the configuration file %1.").arg(QDir::toNativeSeparators(file)));
    QSettings ini(file, QSettings::IniFormat);
    ini.setValue(QStringLiteral("hub/name"), name);
    ini.setValue(QStringLiteral("listen/address"), listenAddress.toString());
    ini.setValue(QStringLiteral("listen/port"), listenPort);
    ini.setValue(QStringLiteral("tls/certificate"), relative(certificateFile));
    ini.setValue(QStringLiteral("tls/key"), relative(keyFile));
    ini.setValue(QStringLiteral("database/driver"), driverKey(driver));
    if (driver == Driver::Sqlite) {
        ini.setValue(QStringLiteral("database/path"), relative(databasePath));
    } else {
        ini.setValue(QStringLiteral("database/host"), databaseHost);
        ini.setValue(QStringLiteral("database/port"), databasePort);
        ini.setValue(QStringLiteral("database/name"), databaseName);
        ini.setValue(QStringLiteral("database/user"), databaseUser);
        ini.setValue(QStringLiteral("database/password_file"), relative(databasePasswordFile));
    }
    ini.setValue(QStringLiteral("parent/url"), parentUrl);
    ini.setValue(QStringLiteral("parent/certificate"), relative(parentCertificateFile));
    ini.setValue(QStringLiteral("parent/interval"), parentIntervalSeconds);
    const QStringList rules = logRules.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (rules.size() > 1)
        ini.setValue(QStringLiteral("log/rules"), rules);
    else
        ini.setValue(QStringLiteral("log/rules"), rules.value(0));
    ini.sync();
    if (ini.status() != QSettings::NoError)
        return Status::failure(tr("Cannot write the configuration file %1.").arg(QDir::toNativeSeparators(file)));
    return Status::success();
}

HubConfig HubConfig::defaults(const QString &dir)
{
    const QDir d(dir);
    HubConfig c;
    c.name = QStringLiteral("UnionDesk hub");
    c.listenAddress = QHostAddress(QHostAddress::AnyIPv4);
    c.listenPort = 8443;
    c.certificateFile = d.absoluteFilePath(QStringLiteral("hub.crt"));
    c.keyFile = d.absoluteFilePath(QStringLiteral("hub.key"));
    c.driver = Driver::Sqlite;
    c.databasePath = d.absoluteFilePath(QStringLiteral("hub.db"));
    c.logRules = QStringLiteral("uniondesk.hub.debug=false");
    return c;
}

} // namespace ud
