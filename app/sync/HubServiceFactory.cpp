// PLACEHOLDER (issue 13, H2): a stand-in for the hub's real handler so that uniondesk-hub can be
// built, started and tested before the hub's database and logic exist. It opens no database and
// answers only POST /sync/v1/hello with {"protocol":1,"hub_time":"<now, ISO 8601 UTC>"};
// everything else gets 501 {"code":"not_implemented"}. It refuses (exit code 4) an SQLite path
// that cannot be a database file. The lead replaces this whole file.

#include "sync/HubServiceFactory.h"

#include "sync/HubConfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace ud {

namespace {

class PlaceholderHubHandler : public HubHandler
{
    Q_DECLARE_TR_FUNCTIONS(PlaceholderHubHandler)

public:
    HubResponse handle(const HubRequest &request) override
    {
        HubResponse r;
        if (request.method == "POST" && request.path == QLatin1String("/sync/v1/hello")) {
            r.body = QJsonDocument(QJsonObject{{QStringLiteral("protocol"), 1},
                                               {QStringLiteral("hub_time"),
                                                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}})
                         .toJson(QJsonDocument::Compact);
            return r;
        }
        r.status = 501;
        r.body = QJsonDocument(QJsonObject{{QStringLiteral("code"), QStringLiteral("not_implemented")},
                                           {QStringLiteral("message"), tr("This hub does not answer this request yet.")}})
                     .toJson(QJsonDocument::Compact);
        return r;
    }
};

} // namespace

std::unique_ptr<HubHandler> makeHubHandler(const HubConfig &config, QString *error)
{
    // Only what any real database would refuse too: an SQLite path that is a folder, or a folder
    // the hub may not write in.
    if (config.driver == HubConfig::Driver::Sqlite) {
        const QFileInfo file(config.databasePath);
        if (file.isDir() || !QFileInfo(file.absolutePath()).isWritable()) {
            if (error)
                *error = PlaceholderHubHandler::tr("The hub's database %1 cannot be opened: it is a folder, or its folder "
                                                   "may not be written to.")
                             .arg(QDir::toNativeSeparators(config.databasePath));
            return nullptr;
        }
    }
    return std::make_unique<PlaceholderHubHandler>();
}

} // namespace ud
