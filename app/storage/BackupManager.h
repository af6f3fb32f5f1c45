#pragma once

#include "core/Progress.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfoList>
#include <QString>

namespace ud {

class Database;

// Timestamped backups in one folder, an automatic one per day, oldest removed past `keep`.
// Files are named uniondesk-YYYYMMDD-HHMMSS.db so their names sort by time.
class BackupManager
{
    Q_DECLARE_TR_FUNCTIONS(BackupManager)

public:
    BackupManager(QString folder, int keep);

    // Where backups of `databasePath` go when no folder is configured: "<folder of db>/backups".
    static QString defaultFolderFor(const QString &databasePath);

    const QString &folder() const { return m_folder; }
    int keep() const { return m_keep; }

    // `progress`: see Database::backupTo (cancelled = a failure, no file left in the folder).
    Result<QString> backupNow(const Database &db, const QDateTime &nowUtc, const Progress &progress = {}) const;
    // Backs up when the newest backup is a day old or there is none; returns the new file or "".
    Result<QString> ensureDaily(const Database &db, const QDateTime &nowUtc) const;
    QFileInfoList backups() const; // newest first
    // Removes the oldest backups beyond `keep`; returns how many were removed.
    int rotate() const;

private:
    QString m_folder;
    int m_keep;
};

} // namespace ud
