#include "core/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/types.h>
#endif
#ifdef Q_OS_WIN
#include <aclapi.h>
#include <windows.h>
#endif

namespace ud {

namespace {

#ifdef Q_OS_WIN
// A protected DACL (no inherited entries) with one entry: the current user, full control.
bool restrictToCurrentUser(const QString &path, bool folder)
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return false;
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    QByteArray buffer(static_cast<int>(size), Qt::Uninitialized);
    auto *user = reinterpret_cast<TOKEN_USER *>(buffer.data());
    const bool gotUser = GetTokenInformation(token, TokenUser, user, size, &size);
    CloseHandle(token);
    if (!gotUser)
        return false;
    EXPLICIT_ACCESSW access = {};
    access.grfAccessPermissions = GENERIC_ALL;
    access.grfAccessMode = SET_ACCESS;
    access.grfInheritance = folder ? SUB_CONTAINERS_AND_OBJECTS_INHERIT : NO_INHERITANCE;
    access.Trustee.TrusteeForm = TRUSTEE_IS_SID;
    access.Trustee.TrusteeType = TRUSTEE_IS_USER;
    access.Trustee.ptstrName = static_cast<LPWSTR>(user->User.Sid);
    PACL acl = nullptr;
    if (SetEntriesInAclW(1, &access, nullptr, &acl) != ERROR_SUCCESS)
        return false;
    std::wstring native = QDir::toNativeSeparators(path).toStdWString();
    const DWORD result = SetNamedSecurityInfoW(native.data(), SE_FILE_OBJECT,
                                               DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
                                               nullptr, nullptr, acl, nullptr);
    LocalFree(acl);
    return result == ERROR_SUCCESS;
}
#endif

} // namespace

void PrivateFiles::restrictNewFiles()
{
#ifdef Q_OS_UNIX
    ::umask(077);
#endif
}

Status PrivateFiles::makePrivate(const QString &filePath)
{
#ifdef Q_OS_UNIX
    if (::chmod(QFile::encodeName(filePath).constData(), S_IRUSR | S_IWUSR) != 0)
        return Status::failure(tr("Cannot make %1 private to you.").arg(QDir::toNativeSeparators(filePath)));
#elif defined(Q_OS_WIN)
    if (!restrictToCurrentUser(filePath, false))
        return Status::failure(tr("Cannot make %1 private to you.").arg(QDir::toNativeSeparators(filePath)));
#else
    Q_UNUSED(filePath);
#endif
    return Status::success();
}

Status PrivateFiles::ensurePrivateFolder(const QString &folderPath)
{
    const QString absolute = QFileInfo(folderPath).absoluteFilePath();
    // Create missing parents one by one so each new one is private too, whatever the umask.
    QStringList missing;
    for (QString dir = absolute; !dir.isEmpty() && !QFileInfo::exists(dir); dir = QFileInfo(dir).path()) {
        missing.prepend(dir);
        if (QFileInfo(dir).path() == dir)
            break;
    }
    for (const QString &dir : missing) {
        if (!QDir().mkdir(dir) && !QFileInfo(dir).isDir())
            return Status::failure(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir)));
    }
    if (!QFileInfo(absolute).isDir())
        return Status::failure(tr("%1 is not a folder.").arg(QDir::toNativeSeparators(absolute)));
    QStringList toRestrict = missing;
    if (!toRestrict.contains(absolute))
        toRestrict << absolute;
    for (const QString &dir : toRestrict) {
#ifdef Q_OS_UNIX
        if (::chmod(QFile::encodeName(dir).constData(), S_IRWXU) != 0)
            return Status::failure(tr("Cannot make the folder %1 private to you.").arg(QDir::toNativeSeparators(dir)));
#elif defined(Q_OS_WIN)
        if (!restrictToCurrentUser(dir, true))
            return Status::failure(tr("Cannot make the folder %1 private to you.").arg(QDir::toNativeSeparators(dir)));
#endif
    }
    return Status::success();
}

bool PrivateFiles::isPrivate(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    return (st.st_mode & (S_IRWXG | S_IRWXO)) == 0;
#else
    Q_UNUSED(path);
    return true;
#endif
}

} // namespace ud
