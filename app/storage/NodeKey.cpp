#include "storage/NodeKey.h"

#include "storage/StorageLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <sodium.h>

namespace ud {

namespace {
bool isSafeName(const QString &nodeId)
{
    // Node ids are UUIDs; anything else must not become a path.
    if (nodeId.isEmpty() || nodeId.size() > 64)
        return false;
    for (const QChar c : nodeId)
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != QLatin1Char('-'))
            return false;
    return true;
}
} // namespace

QString NodeKey::path(const QString &nodeId)
{
    // The user's data folder named after UnionDesk itself, not after the running program, so
    // the desktop, uniondesk-cli and any tool of the same user find the same key
    // (~/.local/share/UnionDesk/keys on Linux).
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("UnionDesk/keys/%1.key").arg(isSafeName(nodeId) ? nodeId : QStringLiteral("invalid")));
}

Result<QByteArray> NodeKey::load(const QString &nodeId)
{
    if (!isSafeName(nodeId))
        return Result<QByteArray>::failure(tr("The node id \"%1\" is not valid.").arg(nodeId));
    QFile f(path(nodeId));
    if (!f.exists())
        return QByteArray();
    if (!f.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            tr("The key file %1 cannot be read: %2").arg(QDir::toNativeSeparators(f.fileName()), f.errorString()));
    const QByteArray key = f.read(kBytes + 1);
    if (key.size() != kBytes)
        return Result<QByteArray>::failure(
            tr("The key file %1 is damaged (it should hold %2 bytes).").arg(QDir::toNativeSeparators(f.fileName())).arg(kBytes));
    return key;
}

Result<QByteArray> NodeKey::loadOrCreate(const QString &nodeId)
{
    auto existing = load(nodeId);
    if (!existing || !existing.value().isEmpty())
        return existing;
    const QString file = path(nodeId);
    const QString dir = QFileInfo(file).absolutePath();
    if (!QDir().mkpath(dir))
        return Result<QByteArray>::failure(tr("Cannot create the folder %1 for the node key.").arg(QDir::toNativeSeparators(dir)));
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QByteArray key(kBytes, '\0');
    randombytes_buf(key.data(), static_cast<size_t>(key.size()));
    QSaveFile out(file);
    // QSaveFile's temporary file is created 0600 by QTemporaryFile; the permissions are set
    // again before the commit in case a umask or platform differs.
    if (!out.open(QIODevice::WriteOnly) || out.write(key) != key.size()
        || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !out.commit())
        return Result<QByteArray>::failure(
            tr("Cannot write the node key to %1: %2").arg(QDir::toNativeSeparators(file), out.errorString()));
    qCInfo(lcStorage) << "created the node key" << file;
    return key;
}

QByteArray NodeKey::mac(const QByteArray &key, const QByteArray &data)
{
    unsigned char digest[32];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char *>(data.constData()),
                       static_cast<unsigned long long>(data.size()),
                       reinterpret_cast<const unsigned char *>(key.constData()), static_cast<size_t>(key.size()));
    return QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex();
}

} // namespace ud
