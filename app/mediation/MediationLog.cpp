#include "mediation/MediationLog.h"

Q_LOGGING_CATEGORY(lcMediation, "uniondesk.mediation")
