#include "core/DatabaseFiles.h"

#include <QLoggingCategory>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace ud {

namespace {

Q_LOGGING_CATEGORY(lcFiles, "uniondesk.files")

struct OpenFile
{
    const void *owner;
    QString path; // absolute, for platforms without file identities
    quint64 device;
    quint64 inode;
};

QMutex &registryMutex()
{
    static QMutex mutex;
    return mutex;
}

std::vector<OpenFile> &registry()
{
    static std::vector<OpenFile> files;
    return files;
}

} // namespace

DatabaseFiles::~DatabaseFiles()
{
    untrack();
}

bool DatabaseFiles::identify(const QString &path, Identity *out)
{
    out->path = QFileInfo(path).absoluteFilePath();
#ifdef Q_OS_UNIX
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    out->device = static_cast<quint64>(st.st_dev);
    out->inode = static_cast<quint64>(st.st_ino);
    return true;
#else
    // Windows: SQLite's locks belong to the handle that took them, so other handles cannot drop
    // them; the path alone tells the files apart.
    return QFileInfo::exists(path);
#endif
}

void DatabaseFiles::track(const QString &databasePath)
{
    untrack();
    m_displaced = false;
    for (const char *suffix : {"", "-wal", "-shm"}) {
        Identity id;
        if (identify(databasePath + QLatin1String(suffix), &id))
            m_files.push_back(id);
    }
    QMutexLocker lock(&registryMutex());
    for (const Identity &id : m_files)
        registry().push_back({this, id.path, id.device, id.inode});
}

void DatabaseFiles::untrack()
{
    m_files.clear();
    QMutexLocker lock(&registryMutex());
    auto &files = registry();
    files.erase(std::remove_if(files.begin(), files.end(), [this](const OpenFile &f) { return f.owner == this; }),
                files.end());
}

Status DatabaseFiles::verifyInPlace() const
{
    if (!m_displaced) {
        for (const Identity &tracked : m_files) {
            Identity now;
            if (!identify(tracked.path, &now) || now.device != tracked.device || now.inode != tracked.inode) {
                m_displaced = true;
                qCWarning(lcFiles) << "database file deleted or replaced under the open connection:" << tracked.path;
                break;
            }
        }
    }
    if (m_displaced)
        return Status::failure(
            tr("Another program deleted or replaced the files of the open database (%1). To protect your data, "
               "UnionDesk writes nothing more to it. Close UnionDesk, then ask your administrator to check the "
               "database; what you have not saved yet is still on the screen, copy it before closing.")
                .arg(QDir::toNativeSeparators(m_files.empty() ? QString() : m_files.front().path)));
    return Status::success();
}

bool DatabaseFiles::isOpenDatabaseFile(const QString &path)
{
    QStringList candidates{path};
    // A journal or WAL that does not exist yet still belongs to the database.
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        if (path.endsWith(QLatin1String(suffix)))
            candidates << path.chopped(static_cast<int>(qstrlen(suffix)));
    QMutexLocker lock(&registryMutex());
    for (const QString &candidate : candidates) {
        Identity id;
        const bool exists = identify(candidate, &id);
        for (const OpenFile &f : registry()) {
#ifdef Q_OS_UNIX
            if (exists && f.device == id.device && f.inode == id.inode)
                return true;
#else
            Q_UNUSED(exists);
#endif
            if (f.path == id.path)
                return true;
        }
    }
    return false;
}

Status DatabaseFiles::refuseOpenDatabaseFile(const QString &path)
{
    if (isOpenDatabaseFile(path))
        return Status::failure(tr("%1 is the database UnionDesk has open (or one of its working files). Choose "
                                  "another file: reading or writing it here could damage the database.")
                                   .arg(QDir::toNativeSeparators(path)));
    return Status::success();
}

} // namespace ud
