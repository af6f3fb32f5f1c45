#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

namespace ud {

// The configuration file of uniondesk-hub (docs/sync.md), an INI file (QSettings::IniFormat):
//
//   [hub]       name=朝阳区总工会枢纽
//   [listen]    address=127.0.0.1   port=8443
//   [tls]       certificate=hub.crt   key=hub.key
//   [database]  driver=sqlite (path=hub.db) | postgres (host= port= name= user= password_file=)
//   [parent]    url=https://city.example:8443 (empty: no parent)   certificate=city.crt (optional)
//   [log]       rules=uniondesk.hub.debug=false, uniondesk.hub.http.info=true
//
// Relative paths are relative to the folder of the configuration file; load() makes them
// absolute and save() writes them relative again when they lie in that folder. Log rules are
// separated by commas (';' starts a comment in an INI file). Plain values, no behaviour.
struct HubConfig
{
    Q_DECLARE_TR_FUNCTIONS(HubConfig)

public:
    enum class Driver { Sqlite, Postgres };

    QString name;                          // [hub] name: shown to administrators and in the log
    QHostAddress listenAddress;            // [listen] address
    quint16 listenPort = 8443;             // [listen] port, 1-65535
    QString certificateFile;               // [tls] certificate (PEM), absolute
    QString keyFile;                       // [tls] key (PEM), absolute
    Driver driver = Driver::Sqlite;        // [database] driver: sqlite or postgres
    QString databasePath;                  // [database] path (sqlite), absolute
    QString databaseHost;                  // [database] host (postgres)
    quint16 databasePort = 5432;           // [database] port (postgres)
    QString databaseName;                  // [database] name (postgres)
    QString databaseUser;                  // [database] user (postgres)
    QString databasePasswordFile;          // [database] password_file (postgres, optional), absolute
    QString parentUrl;                     // [parent] url, empty when the hub has no parent
    QString parentCertificateFile;         // [parent] certificate (optional), absolute
    int parentIntervalSeconds = 60;        // [parent] interval: seconds between forwards to the parent
    QString logRules;                      // [log] rules, one QLoggingCategory rule per line

    // Reads and checks `path`. Every missing or invalid value is an error that names the key and
    // the file; certificate, key, password and parent certificate files must exist.
    static Result<HubConfig> load(const QString &path);
    // Writes the configuration to `path` (replacing the file).
    Status save(const QString &path) const;
    // A configuration for a hub kept in `dir`: SQLite database hub.db, hub.crt/hub.key, port
    // 8443 on every address, no parent.
    static HubConfig defaults(const QString &dir);

    static QString driverKey(Driver driver); // "sqlite", "postgres"
};

} // namespace ud
