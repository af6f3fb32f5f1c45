#include "storage/BackupManager.h"

#include "storage/Database.h"
#include "storage/StorageLog.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace ud {

namespace {
const QRegularExpression &backupName()
{
    static const QRegularExpression re(QStringLiteral("^uniondesk-(\\d{8}-\\d{6})(-\\d+)?\\.db$"));
    return re;
}
} // namespace

BackupManager::BackupManager(QString folder, int keep) : m_folder(std::move(folder)), m_keep(qMax(1, keep)) {}

QString BackupManager::defaultFolderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QFileInfoList BackupManager::backups() const
{
    QFileInfoList out;
    const QDir dir(m_folder);
    for (const QFileInfo &fi : dir.entryInfoList({QStringLiteral("uniondesk-*.db")}, QDir::Files, QDir::Name | QDir::Reversed))
        if (backupName().match(fi.fileName()).hasMatch())
            out << fi;
    return out;
}

Result<QString> BackupManager::backupNow(const Database &db, const QDateTime &nowUtc) const
{
    const QString stamp = nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QDir dir(m_folder);
    QString path = dir.filePath(QStringLiteral("uniondesk-%1.db").arg(stamp));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("uniondesk-%1-%2.db").arg(stamp).arg(n));
    if (Status s = db.backupTo(path); !s)
        return s;
    qCInfo(lcStorage) << "backup written" << path;
    rotate();
    return path;
}

Result<QString> BackupManager::ensureDaily(const Database &db, const QDateTime &nowUtc) const
{
    const QFileInfoList existing = backups();
    if (!existing.isEmpty()) {
        const auto m = backupName().match(existing.first().fileName());
        const QDateTime last = QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
        QDateTime lastUtc = last;
        lastUtc.setTimeSpec(Qt::UTC);
        if (lastUtc.isValid() && lastUtc.secsTo(nowUtc.toUTC()) < 24 * 3600)
            return QString();
    }
    return backupNow(db, nowUtc);
}

int BackupManager::rotate() const
{
    const QFileInfoList all = backups();
    int removed = 0;
    for (int i = m_keep; i < all.size(); ++i)
        if (QFile::remove(all.at(i).absoluteFilePath()))
            ++removed;
    return removed;
}

} // namespace ud
