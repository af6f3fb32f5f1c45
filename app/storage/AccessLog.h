#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace ud {

class Database;

// Who looked at or took out personal data, and who logged in (design §5): an append-only
// table, separate from the audit log of changes. Written in the caller's transaction if any.
// From schema 9 on, each entry is chained to the one before (prev_hash, hash) and sealed with
// the node key (NodeKey), and log_heads records the newest entry.
class AccessLog
{
    Q_DECLARE_TR_FUNCTIONS(AccessLog)

public:
    enum class Event { Login, LoginFailed, LockedOut, RevealId, Export, Import };

    static QString eventKey(Event event);
    static Status append(Database &db, const QString &actor, Event event, const QString &table = {},
                         const QString &recordId = {}, const QString &detail = {});
    static qint64 count(Database &db, Event event);

    struct ChainCheck
    {
        bool ok = true;
        qint64 entries = 0;       // chained entries (schema 9 on)
        qint64 firstBadSeq = 0;
        bool keyMissing = false;  // the links were checked, the seals could not be
        bool headMissing = false;
    };
    // The chained part of the log: every link, every seal (with the node key when this computer
    // has it), and that nothing after the recorded head is missing.
    static ChainCheck verifyChain(const QSqlDatabase &db);

private:
    static QByteArray entryText(const QString &prevHash, const QString &at, const QString &actor,
                                const QString &nodeId, const QString &event, const QString &table,
                                const QString &recordId, const QString &detail);
};

} // namespace ud
