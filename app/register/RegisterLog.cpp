#include "register/RegisterLog.h"

Q_LOGGING_CATEGORY(lcRegister, "uniondesk.register")
