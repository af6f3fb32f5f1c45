#include "sync/SyncLog.h"

// Debug messages (every batch frozen, answered from the store, forwarded) are off unless a rule
// turns them on; information and above are on.
Q_LOGGING_CATEGORY(lcSync, "uniondesk.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHub, "uniondesk.hub", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHubHttp, "uniondesk.hub.http", QtInfoMsg)
