#include "sync/SyncLog.h"

Q_LOGGING_CATEGORY(lcSync, "uniondesk.sync")
Q_LOGGING_CATEGORY(lcHub, "uniondesk.hub")
Q_LOGGING_CATEGORY(lcHubHttp, "uniondesk.hub.http")
