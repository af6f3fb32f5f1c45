#include "sync/SyncKeys.h"

#include "core/PrivateFiles.h"
#include "sync/SyncLog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <sodium.h>

#include <cstring>

namespace ud {

namespace {

const QLatin1String kSuffix(".sign");

bool isSafeName(const QString &name)
{
    // Node ids are UUIDs; anything else must not become a path.
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (const QChar c : name)
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != QLatin1Char('-') && c != QLatin1Char('_'))
            return false;
    return true;
}

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

} // namespace

SyncKeys::SyncKeys()
{
    sodium_memzero(m_secret, sizeof m_secret);
    sodium_memzero(m_public, sizeof m_public);
}

SyncKeys::SyncKeys(const SyncKeys &other)
{
    std::memcpy(m_secret, other.m_secret, sizeof m_secret);
    std::memcpy(m_public, other.m_public, sizeof m_public);
}

SyncKeys &SyncKeys::operator=(const SyncKeys &other)
{
    if (this != &other) {
        std::memcpy(m_secret, other.m_secret, sizeof m_secret);
        std::memcpy(m_public, other.m_public, sizeof m_public);
    }
    return *this;
}

SyncKeys::~SyncKeys()
{
    sodium_memzero(m_secret, sizeof m_secret);
}

bool SyncKeys::sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QString SyncKeys::path(const QString &nodeId)
{
    // The same folder as the node key (NodeKey::path): named after UnionDesk, not the program.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("UnionDesk/keys/%1%2")
                                   .arg(isSafeName(nodeId) ? nodeId : QStringLiteral("invalid"), kSuffix));
}

Result<SyncKeys> SyncKeys::load(const QString &nodeId)
{
    if (!isSafeName(nodeId))
        return Result<SyncKeys>::failure(tr("The node id \"%1\" is not valid.").arg(nodeId));
    return readFile(path(nodeId));
}

Result<SyncKeys> SyncKeys::loadOrCreate(const QString &nodeId)
{
    if (!isSafeName(nodeId))
        return Result<SyncKeys>::failure(tr("The node id \"%1\" is not valid.").arg(nodeId));
    const QString file = path(nodeId);
    if (QFileInfo::exists(file))
        return readFile(file);
    return writeNewFile(file, true);
}

Result<SyncKeys> SyncKeys::fromDirectory(const QString &dir, const QString &name)
{
    if (!isSafeName(name))
        return Result<SyncKeys>::failure(tr("The key name \"%1\" is not valid.").arg(name));
    return readFile(QDir(dir).filePath(name + kSuffix));
}

Result<SyncKeys> SyncKeys::createIn(const QString &dir, const QString &name)
{
    if (!isSafeName(name))
        return Result<SyncKeys>::failure(tr("The key name \"%1\" is not valid.").arg(name));
    const QString file = QDir(dir).filePath(name + kSuffix);
    if (QFileInfo::exists(file))
        return Result<SyncKeys>::failure(
            tr("The signing key file %1 already exists. Use it, or move it away first if it is no longer wanted.")
                .arg(QDir::toNativeSeparators(file)));
    return writeNewFile(file, !QFileInfo::exists(dir));
}

SyncKeys SyncKeys::generate()
{
    SyncKeys keys;
    if (!sodiumReady())
        qFatal("libsodium cannot be initialized");
    crypto_sign_keypair(keys.m_public, keys.m_secret);
    return keys;
}

Result<SyncKeys> SyncKeys::readFile(const QString &file)
{
    if (!sodiumReady())
        return Result<SyncKeys>::failure(tr("The cryptography library cannot be started."));
    const QString shown = QDir::toNativeSeparators(file);
    QFile f(file);
    if (!f.exists())
        return Result<SyncKeys>::failure(
            tr("There is no signing key file %1. Restore it from a backup, or enroll this node again with a new key.")
                .arg(shown));
    // Unbuffered: no copy of the secret is left in QFile's buffer.
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Result<SyncKeys>::failure(tr("The signing key file %1 cannot be read: %2").arg(shown, f.errorString()));
    QByteArray data = f.read(kSecretKeyBytes + 1);
    f.close();
    SyncKeys keys;
    bool intact = data.size() == kSecretKeyBytes;
    if (intact) {
        // The file's second half is the public key; it must be the one its seed (first half) gives.
        unsigned char derivedSecret[kSecretKeyBytes];
        crypto_sign_seed_keypair(keys.m_public, derivedSecret, bytes(data));
        intact = sodium_memcmp(derivedSecret, data.constData(), kSecretKeyBytes) == 0;
        std::memcpy(keys.m_secret, derivedSecret, sizeof keys.m_secret);
        sodium_memzero(derivedSecret, sizeof derivedSecret);
    }
    sodium_memzero(data.data(), static_cast<size_t>(data.size()));
    if (!intact)
        return Result<SyncKeys>::failure(
            tr("The signing key file %1 is damaged. Restore it from a backup, or enroll this node again with a new key.")
                .arg(shown));
    if (!PrivateFiles::isPrivate(file))
        qCWarning(lcSync) << "the signing key file" << file << "can be read by other users";
    return keys;
}

Result<SyncKeys> SyncKeys::writeNewFile(const QString &file, bool makeFolderPrivate)
{
    if (!sodiumReady())
        return Result<SyncKeys>::failure(tr("The cryptography library cannot be started."));
    const QString dir = QFileInfo(file).absolutePath();
    if (makeFolderPrivate) {
        const Status folder = PrivateFiles::ensurePrivateFolder(dir);
        if (!folder)
            return Result<SyncKeys>(folder);
    } else if (!QFileInfo(dir).isDir()) {
        return Result<SyncKeys>::failure(tr("The folder %1 for the signing key does not exist.")
                                             .arg(QDir::toNativeSeparators(dir)));
    }
    SyncKeys keys = generate();
    QSaveFile out(file);
    // QSaveFile's temporary file is created 0600 by QTemporaryFile; the permissions are set
    // again before the commit in case a umask or platform differs.
    const bool written = out.open(QIODevice::WriteOnly)
        && out.write(reinterpret_cast<const char *>(keys.m_secret), kSecretKeyBytes) == kSecretKeyBytes
        && out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) && out.commit();
    if (!written)
        return Result<SyncKeys>::failure(tr("Cannot write the signing key to %1: %2")
                                             .arg(QDir::toNativeSeparators(file), out.errorString()));
    qCInfo(lcSync) << "created the signing key" << file << "fingerprint" << keys.fingerprint();
    return keys;
}

QByteArray SyncKeys::publicKey() const
{
    return QByteArray(reinterpret_cast<const char *>(m_public), kPublicKeyBytes);
}

QString SyncKeys::publicKeyBase64() const
{
    return QString::fromLatin1(publicKey().toBase64());
}

QString SyncKeys::fingerprint() const
{
    return fingerprintOf(publicKey());
}

QString SyncKeys::fingerprintOf(const QByteArray &publicKey)
{
    const QByteArray hex = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().left(16);
    QString out;
    for (int i = 0; i < hex.size(); i += 4) {
        if (i > 0)
            out += QLatin1Char('-');
        out += QString::fromLatin1(hex.mid(i, 4));
    }
    return out;
}

QByteArray SyncKeys::sign(const QByteArray &message) const
{
    QByteArray signature(kSignatureBytes, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr, bytes(message),
                         static_cast<unsigned long long>(message.size()), m_secret);
    return signature;
}

bool SyncKeys::verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (publicKey.size() != kPublicKeyBytes || signature.size() != kSignatureBytes || !sodiumReady())
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message), static_cast<unsigned long long>(message.size()),
                                       bytes(publicKey))
        == 0;
}

} // namespace ud
