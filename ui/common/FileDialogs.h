#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace ud {

// Every file dialog of the desktop goes through these instead of QFileDialog's static functions.
//
// Why: on Linux and macOS a process loses all its locks on a file when it closes any descriptor
// of that file. The native dialogs, and Qt's own dialog with its default icon provider, open the
// files of the folder shown to guess their type, so merely showing the database's folder dropped
// SQLite's locks and let another program (uniondesk-cli) corrupt the database. These dialogs are
// Qt's own with an icon provider that judges files by name only and never opens them; on Windows,
// where locks belong to the handle that took them, the native dialog is kept.
//
// What the user picks is checked too: the open database (or its -wal/-shm) can be neither read
// as an import or evidence nor overwritten by an export, and the caller gets "" after a message.
class FileDialogs
{
    Q_DECLARE_TR_FUNCTIONS(FileDialogs)

public:
    // For a file UnionDesk will read (import, evidence): the open database is refused.
    static QString openFileToRead(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    // For a database file to open or restore from: SQLite itself reads it, so the open database
    // may be chosen (the caller decides what to do with it).
    static QString openDatabaseFile(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    // For a file UnionDesk will write (export, PDF, new database): the open database is refused.
    static QString saveFile(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
                            QString *selectedFilter = nullptr);
    static QString existingFolder(QWidget *parent, const QString &caption, const QString &dir);
};

} // namespace ud
