#pragma once

#include "sync/HubHandler.h"

#include <QString>

#include <memory>

namespace ud {

struct HubConfig;

// Makes what answers the hub's requests (the hub's database and logic) for `config`: the one
// place uniondesk-hub gets its handler from. On failure (the database cannot be opened or
// migrated) returns nullptr and sets *error to a message for the administrator.
std::unique_ptr<HubHandler> makeHubHandler(const HubConfig &config, QString *error);

} // namespace ud
