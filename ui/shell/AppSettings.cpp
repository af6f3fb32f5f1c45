#include "ui/shell/AppSettings.h"

#include <QSettings>

namespace ud {

QString AppSettings::language()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

QString AppSettings::backupFolder()
{
    return QSettings().value(QStringLiteral("backup/folder")).toString();
}

void AppSettings::setBackupFolder(const QString &folder)
{
    QSettings().setValue(QStringLiteral("backup/folder"), folder);
}

int AppSettings::backupsToKeep()
{
    return qBound(1, QSettings().value(QStringLiteral("backup/keep"), 14).toInt(), 365);
}

void AppSettings::setBackupsToKeep(int keep)
{
    QSettings().setValue(QStringLiteral("backup/keep"), qBound(1, keep, 365));
}

QString AppSettings::lastDatabase()
{
    return QSettings().value(QStringLiteral("database/last")).toString();
}

void AppSettings::setLastDatabase(const QString &path)
{
    // Every open calls this, mostly with the same file: writing the settings file (a lock file,
    // a temporary file, two fdatasync calls) costs ~20 ms on a busy disk, so only on a change.
    QSettings settings;
    if (settings.value(QStringLiteral("database/last")).toString() != path)
        settings.setValue(QStringLiteral("database/last"), path);
}

} // namespace ud
