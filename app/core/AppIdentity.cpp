#include "core/AppIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace ud {

void setupApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("uniondesk.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("UnionDesk"));
    QCoreApplication::setApplicationVersion(applicationVersion());
}

QString applicationVersion()
{
    return QStringLiteral(UD_VERSION);
}

QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("node.db"));
}

} // namespace ud
