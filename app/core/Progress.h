#pragma once

#include <QtGlobal>

#include <functional>

namespace ud {

// How long work tells how far it got: called now and then with the units done so far and the
// units in all (0 when not known); the work stops as soon as it returns false (the user
// cancelled) and leaves nothing half-written behind. An empty function = nobody is asking.
using Progress = std::function<bool(qint64 done, qint64 total)>;

} // namespace ud
