#pragma once

#include <QString>

namespace ud {

// The desktop's per-user preferences (QSettings), in one place.
class AppSettings
{
public:
    static QString language();              // "" = follow the system
    static void setLanguage(const QString &language);
    static QString backupFolder();          // "" = beside the database
    static void setBackupFolder(const QString &folder);
    static int backupsToKeep();             // default 14
    static void setBackupsToKeep(int keep);
    static QString lastDatabase();
    static void setLastDatabase(const QString &path);
};

} // namespace ud
