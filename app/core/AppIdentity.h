#pragma once

#include <QString>

namespace ud {

// Application name, version and where a node's database lives by default.
// Call setupApplicationIdentity() right after constructing the Q*Application.
void setupApplicationIdentity();
QString applicationVersion();
// <user data dir>/node.db, e.g. ~/.local/share/UnionDesk/node.db on Linux.
QString defaultDatabasePath();

} // namespace ud
