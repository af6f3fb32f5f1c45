#include "ui/sync/SyncEvents.h"

namespace ud {

SyncEvents &SyncEvents::instance()
{
    static SyncEvents events;
    return events;
}

} // namespace ud
