#pragma once

// The permission bits of a file or folder (0600, 0755, ...), for the tests that check that files
// holding personal data are the user's alone; -1 where it cannot be told (not Unix, or missing).

#include <QFile>
#include <QString>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace udtest {

inline int modeOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 0777);
#else
    Q_UNUSED(path);
    return -1;
#endif
}

} // namespace udtest
