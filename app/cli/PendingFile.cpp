#include "cli/PendingFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <unistd.h>
#endif

namespace ud {

PendingFile::PendingFile(QString finalPath)
    : m_final(std::move(finalPath)),
      m_temp(QStringLiteral("%1.creating-%2-%3")
                 .arg(m_final)
                 .arg(QCoreApplication::applicationPid())
                 .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')))
{
}

PendingFile::~PendingFile()
{
    if (!m_done)
        for (const char *s : {"", "-wal", "-shm", "-journal"})
            QFile::remove(m_temp + QLatin1String(s));
}

Status PendingFile::commit()
{
    for (const char *s : {"-wal", "-shm", "-journal"})
        QFile::remove(m_temp + QLatin1String(s));
    const Status moved = moveWithoutReplacing();
    m_done = moved.ok();
    return moved;
}

Status PendingFile::moveWithoutReplacing()
{
    const QString shown = QDir::toNativeSeparators(m_final);
    const auto appeared = [&shown] {
        return Status::failure(tr("%1 was created by another program while this one was building it; "
                                  "that file is left as it is and nothing was created.")
                                   .arg(shown));
    };
#ifdef Q_OS_UNIX
    // link() fails with EEXIST instead of replacing, atomically; then the temporary name goes.
    const QByteArray from = QFile::encodeName(m_temp);
    const QByteArray to = QFile::encodeName(m_final);
    if (::link(from.constData(), to.constData()) == 0) {
        ::unlink(from.constData());
        return Status::success();
    }
    if (errno == EEXIST)
        return appeared();
    // A file system without hard links: QFile::rename, which does not replace an existing file.
#endif
    if (QFileInfo::exists(m_final))
        return appeared();
    if (!QFile::rename(m_temp, m_final))
        return QFileInfo::exists(m_final) ? appeared() : Status::failure(tr("Cannot create %1.").arg(shown));
    return Status::success();
}

} // namespace ud
