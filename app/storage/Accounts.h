#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ud {

class RecordStore;

enum class Role { Mediator, UnionChair, Reviewer, Administrator };
QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString &key);

// Argon2id password hashing through libsodium's crypto_pwhash_str: the stored string carries
// its own algorithm, salt and cost parameters, so costs can be raised later without breaking
// existing hashes (needsRehash tells when an old hash should be upgraded at next login).
class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)

public:
    static Result<QString> hash(const QString &password);
    static bool verify(const QString &storedHash, const QString &password);
    static bool needsRehash(const QString &storedHash);
    // A readable random password (no 0/O/1/l) for generated accounts.
    static QString generatePassword(int length = 12);
};

// Local user accounts; every change goes through RecordStore, so it is audited.
class Accounts
{
    Q_DECLARE_TR_FUNCTIONS(Accounts)

public:
    explicit Accounts(RecordStore &store) : m_store(store) {}
    Result<QString> addUser(const QString &username, const QString &displayName, Role role, const QString &password,
                            const QString &orgUnit = {});

private:
    RecordStore &m_store;
};

} // namespace ud
