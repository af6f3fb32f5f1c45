#include "shell/AppSettings.h"

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
    QSettings().setValue(QStringLiteral("database/last"), path);
}

} // namespace ud
