#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ud {

// A node's Ed25519 signing key pair (libsodium crypto_sign), which signs its sync requests,
// enrollment requests and USB bundles (docs/sync.md "Identity and keys"). The secret key is kept
// outside the database, like the node key (storage/NodeKey):
//   <GenericDataLocation>/UnionDesk/keys/<node_id>.sign   (file 0600, folder 0700 on Unix)
// or, for a hub, in a folder of its choice beside its configuration file (fromDirectory/createIn).
// The file holds libsodium's 64-byte secret key (seed followed by the public key); a file of
// another size, or whose public half does not belong to its seed, is refused as damaged.
// The public key is what the parent hub registers; fingerprint() is what an administrator reads
// out by phone before approving a node.
class SyncKeys
{
    Q_DECLARE_TR_FUNCTIONS(SyncKeys)

public:
    static constexpr int kPublicKeyBytes = 32;
    static constexpr int kSecretKeyBytes = 64;
    static constexpr int kSignatureBytes = 64;

    SyncKeys(const SyncKeys &other);
    SyncKeys &operator=(const SyncKeys &other);
    ~SyncKeys(); // zeroes the secret key

    // Initializes libsodium once (thread-safe); false when it cannot be used.
    static bool sodiumReady();

    // Where the key of `nodeId` is (or would be) kept in the user's data folder.
    static QString path(const QString &nodeId);
    // The node's key pair; an error when the file is missing, unreadable or damaged.
    static Result<SyncKeys> load(const QString &nodeId);
    // Loads the node's key pair, or makes and saves a new one when there is no key file.
    static Result<SyncKeys> loadOrCreate(const QString &nodeId);

    // The key pair kept in `<dir>/<name>.sign` (a hub's key beside its configuration file).
    static Result<SyncKeys> fromDirectory(const QString &dir, const QString &name);
    // Makes a new key pair and saves it as `<dir>/<name>.sign`; refuses to replace an existing
    // file. A missing `dir` is created private to the user; an existing one is left as it is.
    static Result<SyncKeys> createIn(const QString &dir, const QString &name);

    // A new key pair kept in memory only (tests, one-off signing).
    static SyncKeys generate();

    QByteArray publicKey() const; // 32 raw bytes
    QString publicKeyBase64() const;
    // First 16 hex digits of SHA-256 of the public key, grouped "1a2b-3c4d-5e6f-7a8b".
    QString fingerprint() const;
    static QString fingerprintOf(const QByteArray &publicKey);

    // Detached Ed25519 signature of `message` (64 raw bytes).
    QByteArray sign(const QByteArray &message) const;
    // Whether `signature` is a valid signature of `message` by `publicKey`; false for keys and
    // signatures of the wrong size.
    static bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

private:
    SyncKeys();

    static Result<SyncKeys> readFile(const QString &file);
    static Result<SyncKeys> writeNewFile(const QString &file, bool makeFolderPrivate);

    unsigned char m_secret[kSecretKeyBytes];
    unsigned char m_public[kPublicKeyBytes];
};

} // namespace ud
