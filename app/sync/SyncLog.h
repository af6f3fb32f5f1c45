#pragma once

#include <QLoggingCategory>

// The sync module's logging categories (design §6): enable with QT_LOGGING_RULES or the hub
// configuration's [log] rules, e.g. "uniondesk.sync.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcSync)     // uniondesk.sync: the desktop's client
Q_DECLARE_LOGGING_CATEGORY(lcHub)      // uniondesk.hub: the hub's request handling
Q_DECLARE_LOGGING_CATEGORY(lcHubHttp)  // uniondesk.hub.http: the HTTP server
