#include "storage/BackupManager.h"

#include "core/PrivateFiles.h"
#include "storage/Database.h"
#include "storage/StorageLog.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

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
    // Newest first by (time stamp, same-second suffix): "-2" and "-10" do not sort as text.
    struct Entry
    {
        QString stamp;
        int n;
        QFileInfo file;
    };
    QList<Entry> entries;
    const QDir dir(m_folder);
    for (const QFileInfo &fi : dir.entryInfoList({QStringLiteral("uniondesk-*.db")}, QDir::Files)) {
        const auto m = backupName().match(fi.fileName());
        if (m.hasMatch())
            entries.append({m.captured(1), m.captured(2).isEmpty() ? 1 : m.captured(2).mid(1).toInt(), fi});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.stamp != b.stamp ? a.stamp > b.stamp : a.n > b.n;
    });
    QFileInfoList out;
    for (const Entry &e : entries)
        out << e.file;
    return out;
}

Result<QString> BackupManager::backupNow(const Database &db, const QDateTime &nowUtc, const Progress &progress) const
{
    // Backups hold the whole register: the folder is the user's alone, even one made before.
    if (Status s = PrivateFiles::ensurePrivateFolder(m_folder); !s)
        return s;
    const QString stamp = nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QDir dir(m_folder);
    QString path = dir.filePath(QStringLiteral("uniondesk-%1.db").arg(stamp));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("uniondesk-%1-%2.db").arg(stamp).arg(n));
    if (Status s = db.backupTo(path, progress); !s)
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
