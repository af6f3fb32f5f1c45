#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ud {

// Files UnionDesk writes hold personal data (databases, backups, exports, printed documents): only
// the user who runs UnionDesk may read them (design §5). On Unix that is mode 0600 for files and
// 0700 for the folders UnionDesk creates; on Windows a protected ACL that grants the current user
// alone full control.
class PrivateFiles
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFiles)

public:
    // Every file and folder this process creates from now on is private to the user (umask 077
    // on Unix). Called first thing by each executable's main(); the write paths below still make
    // their own files private, so a library used elsewhere keeps the rule.
    static void restrictNewFiles();
    // Makes an existing file private to the user.
    static Status makePrivate(const QString &filePath);
    // Creates the folder (and missing parents, each private) or, when it exists, makes it
    // private: only for folders that belong to UnionDesk (data folder, backups), never a folder
    // the user picked for an export.
    static Status ensurePrivateFolder(const QString &folderPath);
    // True when only the owner may read or write the file (always true where this cannot be told).
    static bool isPrivate(const QString &path);
};

} // namespace ud
