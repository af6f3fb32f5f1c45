#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace ud {

// The files of one open database: the main file and SQLite's -wal and -shm beside it.
//
// Two dangers come from outside SQLite (design §5, "How To Corrupt An SQLite Database File"):
// - On POSIX systems a process's locks on a file go away when ANY descriptor of that file is
//   closed in the process. A file dialog that sniffs x.db to show its type, a reader that opens
//   it as a spreadsheet or evidence, drops SQLite's locks; another program then believes it is
//   alone, deletes the WAL under us, and our next checkpoint writes stale pages over its work.
//   isOpenDatabaseFile() lets every code path that opens a file the user chose refuse ours.
// - If the files were deleted or replaced anyway, writing on would go to a deleted WAL and the
//   checkpoint on close would overwrite the file. verifyInPlace() tells, so the database stops
//   writing with a message instead.
class DatabaseFiles
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseFiles)

public:
    DatabaseFiles() = default;
    ~DatabaseFiles();
    DatabaseFiles(const DatabaseFiles &) = delete;
    DatabaseFiles &operator=(const DatabaseFiles &) = delete;

    // Remembers which files `databasePath`, its -wal and its -shm are now (those that exist) and
    // registers them as open in this process. Call once the connection is open in WAL mode.
    void track(const QString &databasePath);
    void untrack();
    bool isTracking() const { return !m_files.empty(); }

    // Fails with a message when a tracked file was deleted or replaced by another file since
    // track(). Cheap (one stat per file); once it has failed, it keeps failing.
    Status verifyInPlace() const;
    bool displaced() const { return m_displaced; }

    // True when `path` is, or is the -wal/-shm/-journal of, a database open in this process
    // (compared by file identity, so other names of the same file count too).
    static bool isOpenDatabaseFile(const QString &path);
    // The same as a Status with the message the user sees.
    static Status refuseOpenDatabaseFile(const QString &path);

private:
    struct Identity
    {
        QString path;
        quint64 device = 0;
        quint64 inode = 0;
    };
    static bool identify(const QString &path, Identity *out);

    std::vector<Identity> m_files;
    mutable bool m_displaced = false;
};

} // namespace ud
