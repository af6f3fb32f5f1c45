#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace ud {

class Database;

// One record changed at two places (docs/sync.md "Conflicts"): the version every tier keeps
// (now in the record here too) and the other one, kept for a person to compare.
struct SyncConflict
{
    QString id;
    QString table;
    QString recordId;
    qint64 localVersion = 0;   // the version this computer had
    qint64 remoteVersion = 0;  // the other version
    QString remoteOrigin;
    QString winner;            // "local" or "remote": which one every tier keeps
    QString detectedAt;
    QJsonObject localValues;
    QJsonObject remoteValues;
    bool localDeleted = false;
    bool remoteDeleted = false;
    QStringList differing;     // the fields whose values differ, sorted
};

// The conflicts waiting on this computer and their resolution field by field: for each field
// that differs, a person keeps this computer's value or the other one; the record is then
// changed once through the one write path (audited, queued), based on the version every tier
// keeps, so the change goes up as an ordinary edit and settles the conflict at every tier.
class SyncConflicts
{
    Q_DECLARE_TR_FUNCTIONS(SyncConflicts)

public:
    SyncConflicts(Database &db, const Clock &clock);

    QList<SyncConflict> open() const;
    Result<SyncConflict> get(const QString &conflictId) const;
    // `choice`: field -> "local" or "remote"; a differing field not named keeps the value the
    // record has now (the kept version's).
    Status resolve(const QString &conflictId, const QHash<QString, QString> &choice, const QString &actor);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace ud
