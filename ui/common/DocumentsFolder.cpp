#include "ui/common/DocumentsFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace ud {

namespace {

const QString &key()
{
    static const QString k = QStringLiteral("documents/folder");
    return k;
}

bool usable(const QString &dir)
{
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        return false;
    // The program's folder is where the files of the program lie, not the user's documents.
    return QDir(dir) != QDir(QCoreApplication::applicationDirPath());
}

} // namespace

QString DocumentsFolder::folder()
{
    const QString remembered = QSettings().value(key()).toString();
    if (usable(remembered))
        return remembered;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty())
        QDir().mkpath(documents); // a new account may have none yet
    if (usable(documents))
        return documents;
    return QDir::homePath();
}

void DocumentsFolder::remember(const QString &savedFile)
{
    if (savedFile.isEmpty())
        return;
    QSettings().setValue(key(), QFileInfo(savedFile).absolutePath());
}

} // namespace ud
