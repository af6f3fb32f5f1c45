#include "sync/HubServiceFactory.h"

#include "core/Clock.h"
#include "sync/HubConfig.h"
#include "sync/HubService.h"
#include "sync/HubSetup.h"
#include "sync/HubStore.h"

#include <QCoreApplication>
#include <QDir>

namespace ud {

namespace {

// The hub's handler with what it owns: its database connection and clock.
class OwningHubHandler : public HubHandler
{
public:
    OwningHubHandler(std::unique_ptr<HubDatabase> db) : m_db(std::move(db)), m_service(*m_db, m_clock) {}
    HubResponse handle(const HubRequest &request) override { return m_service.handle(request); }

private:
    std::unique_ptr<HubDatabase> m_db;
    SystemClock m_clock;
    HubService m_service;
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
    return std::make_unique<OwningHubHandler>(db.take());
}

} // namespace ud
