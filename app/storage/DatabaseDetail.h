#pragma once

// Helpers shared by the files that implement Database (Database.cpp: opening, migrations and
// transactions; DatabaseCheck.cpp: check; DatabaseCopies.cpp: backups, inspection, restore).
// Not part of the storage layer's interface.

#include <QString>

class QSqlQuery;

namespace ud::detail {

// A unique QtSql connection name for this process.
QString newConnectionName();
QString lastError(const QSqlQuery &q);
// Best effort: make sure a written file (or a folder's entries) reached the disk before it is
// renamed into place.
void syncFile(const QString &path);
void syncDirectory(const QString &dir);

} // namespace ud::detail
