#pragma once

#include "core/Result.h"
#include "sync/HubConfig.h"
#include "sync/HubDatabase.h"
#include "sync/SyncKeys.h"

#include <QCoreApplication>

#include <memory>

namespace ud {

// A hub's files as its configuration names them: its database (opened and migrated; a
// PostgreSQL password read from its file), its signing key (hub.sign beside the certificate) and
// its identity in the database, made once by `uniondesk-cli hub init`.
class HubSetup
{
    Q_DECLARE_TR_FUNCTIONS(HubSetup)

public:
    static Result<std::unique_ptr<HubDatabase>> openDatabase(const HubConfig &config);
    static QString keyFolder(const HubConfig &config);
    static Result<SyncKeys> keys(const HubConfig &config);
    // Makes the hub's key and identity for `orgUnit` (a unit of the org tree: the district or
    // city this hub serves) in a new hub's database. Refuses a database that belongs to another hub.
    static Status initialize(const HubConfig &config, const QString &orgUnit, const QString &displayName);
};

} // namespace ud
