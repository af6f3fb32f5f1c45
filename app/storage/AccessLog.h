#pragma once

#include "core/Result.h"

#include <QString>

namespace ud {

class Database;

// Who looked at or took out personal data, and who logged in (design §5): an append-only
// table, separate from the audit log of changes. Written in the caller's transaction if any.
class AccessLog
{
public:
    enum class Event { Login, LoginFailed, LockedOut, RevealId, Export, Import };

    static QString eventKey(Event event);
    static Status append(Database &db, const QString &actor, Event event, const QString &table = {},
                         const QString &recordId = {}, const QString &detail = {});
    static qint64 count(Database &db, Event event);
};

} // namespace ud
