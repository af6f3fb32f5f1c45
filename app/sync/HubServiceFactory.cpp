#include "sync/HubServiceFactory.h"

#include "core/Clock.h"
#include "sync/HubConfig.h"
#include "sync/HubService.h"
#include "sync/HubSetup.h"
#include "sync/HubStore.h"
#include "sync/HubUplink.h"
#include "sync/SyncLog.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTimer>

#include <QCoreApplication>
#include <QDir>

namespace ud {

namespace {

// The hub's handler with what it owns: its database connection and clock, and when the hub has
// a parent, the uplink that forwards to it every [parent] interval seconds (and once soon after
// start).
class OwningHubHandler : public HubHandler
{
public:
    explicit OwningHubHandler(std::unique_ptr<HubDatabase> db) : m_db(std::move(db)), m_service(*m_db, m_clock) {}
    HubResponse handle(const HubRequest &request) override { return m_service.handle(request); }

    Status startUplink(const HubConfig &config)
    {
        QString pem;
        if (!config.parentCertificateFile.isEmpty()) {
            QFile f(config.parentCertificateFile);
            if (!f.open(QIODevice::ReadOnly))
                return Status::failure(f.errorString());
            pem = QString::fromLatin1(f.read(1024 * 1024));
        }
        auto keys = HubSetup::keys(config);
        if (!keys)
            return keys.status();
        m_network = std::make_unique<QNetworkAccessManager>();
        m_uplink = std::make_unique<HubUplink>(m_service.store(), m_clock, *m_network);
        if (Status s = m_uplink->configure(config.parentUrl, pem, keys.value()); !s)
            return s;
        m_timer = std::make_unique<QTimer>();
        m_timer->setInterval(config.parentIntervalSeconds * 1000);
        QObject::connect(m_timer.get(), &QTimer::timeout, m_uplink.get(), [this]() {
            if (!m_uplink->isRunning())
                m_uplink->start();
        });
        m_timer->start();
        QTimer::singleShot(1000, m_uplink.get(), [this]() {
            if (!m_uplink->isRunning())
                m_uplink->start();
        });
        qCInfo(lcHub) << "forwarding to" << config.parentUrl << "every" << config.parentIntervalSeconds << "s";
        return Status::success();
    }

private:
    std::unique_ptr<HubDatabase> m_db;
    SystemClock m_clock;
    HubService m_service;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HubUplink> m_uplink;
    std::unique_ptr<QTimer> m_timer;
};

} // namespace

std::unique_ptr<HubHandler> makeHubHandler(const HubConfig &config, QString *error)
{
    auto db = HubSetup::openDatabase(config);
    if (!db) {
        if (error)
            *error = db.error();
        return nullptr;
    }
    SystemClock clock;
    HubStore store(*db.value(), clock);
    if (!store.identity()) {
        if (error)
            *error = QCoreApplication::translate("HubSetup",
                                                 "The hub database %1 has no hub identity yet. Make it with "
                                                 "\"uniondesk-cli hub init --dir DIR --org-unit CODE\".")
                         .arg(db.value()->description());
        return nullptr;
    }
    if (Status s = store.seedOrgUnits(); !s) {
        if (error)
            *error = s.error();
        return nullptr;
    }
    auto handler = std::make_unique<OwningHubHandler>(db.take());
    if (!config.parentUrl.isEmpty()) {
        if (Status s = handler->startUplink(config); !s) {
            if (error)
                *error = QCoreApplication::translate("HubSetup", "Forwarding to the parent hub %1 cannot start: %2")
                             .arg(config.parentUrl, s.error());
            return nullptr;
        }
    }
    return handler;
}

} // namespace ud
