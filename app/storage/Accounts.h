#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ud {

class Database;
class RecordStore;

enum class Role { Mediator, UnionChair, Reviewer, Administrator };
QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString &key);
QString roleDisplayName(Role role); // translated

// What a role may do (design §5). The register and the shell ask these, never compare roles.
enum class IdVisibility {
    Masked,           // lists and detail panes show 110105********002X only
    MaskedWithReveal, // lists masked; a detail pane may reveal one number (AccessLog::Event::RevealId)
};
IdVisibility idVisibility(Role role);
// The one rule for full ID numbers, asked by every screen, document, export and command: a role
// whose idVisibility() is Masked never gets a full number anywhere (design §5).
bool mayReadFullIdNumbers(Role role);
bool mayManageUsers(Role role);  // administrators only
bool mayEditRegister(Role role); // everyone but reviewers
// The role of the live, enabled account `username` (the actor a RecordStore or access log
// names), or nullopt when there is no such account. Lets code below the UI apply the policy to
// whoever is acting, without trusting a flag handed down by its caller.
std::optional<Role> accountRole(Database &db, const QString &username);

// The signed-in user of the desktop, returned by Accounts::authenticate.
struct Session
{
    QString userId;
    QString username;
    QString displayName;
    Role role = Role::Mediator;
    QString orgUnit;
};

// One account as the administrator sees it.
struct UserInfo
{
    QString id;
    QString username;
    QString displayName;
    Role role = Role::Mediator;
    QString orgUnit;
    bool disabled = false;
    QDateTime lockedUntil; // UTC; invalid when not locked
    QDateTime lastLoginAt; // UTC; invalid when never logged in
    qint64 version = 0;

    bool isLocked(const QDateTime &nowUtc) const { return lockedUntil.isValid() && nowUtc < lockedUntil; }
};

// Argon2id password hashing through libsodium's crypto_pwhash_str: the stored string carries
// its own algorithm, salt and cost parameters, so costs can be raised later without breaking
// existing hashes (needsRehash tells when an old hash should be upgraded at next login).
class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)

public:
    // The one password rule (at least 8 characters), for inline checks before hashing.
    static Status checkPassword(const QString &password);
    static Result<QString> hash(const QString &password);
    static bool verify(const QString &storedHash, const QString &password);
    static bool needsRehash(const QString &storedHash);
    // A readable random password (no 0/O/1/l) for generated accounts.
    static QString generatePassword(int length = 12);
};

// Local user accounts. Every change of an account (create, password, role, disabled) goes
// through RecordStore, so it is versioned and audited with the acting user
// (RecordStore::actor()). Login bookkeeping (failed attempts, lock-out, last login) is not a
// change of the account: it is recorded in access_log instead.
class Accounts
{
    Q_DECLARE_TR_FUNCTIONS(Accounts)

public:
    static constexpr int kMaxFailedLogins = 5;   // consecutive failures before a lock-out
    static constexpr int kLockoutMinutes = 15;

    explicit Accounts(RecordStore &store) : m_store(store) {}
    RecordStore &store() { return m_store; }

    // The user-name rule (2 to 32 of A-Z a-z 0-9 . - _), for inline checks before addUser.
    static Status checkUsername(const QString &username);

    Result<QString> addUser(const QString &username, const QString &displayName, Role role, const QString &password,
                            const QString &orgUnit = {}, const QString &reason = {});

    // Checks a login. An unknown user name and a wrong password get the same message (no user
    // enumeration); a disabled account is refused; after kMaxFailedLogins consecutive failures
    // the account is locked for kLockoutMinutes, even for the right password. Every outcome is
    // written to access_log. A success upgrades a hash made with older cost parameters.
    Result<Session> authenticate(const QString &username, const QString &password, const QDateTime &nowUtc);

    // Administrator changes; each asks for the reason that goes into the audit log. Setting a
    // password or enabling an account also lifts a lock-out.
    Status setPassword(const QString &userId, const QString &newPassword, const QString &reason);
    Status setRole(const QString &userId, Role role, const QString &reason);
    Status setDisabled(const QString &userId, bool disabled, const QString &reason);

    QList<UserInfo> list() const;
    std::optional<UserInfo> findByUsername(const QString &username) const; // case-insensitive
    std::optional<UserInfo> findById(const QString &userId) const;

private:
    Result<UserInfo> current(const QString &userId) const;
    Status guardLastAdministrator(const UserInfo &user) const;
    Status clearLockout(const QString &userId);
    Status recordFailure(const UserInfo &user, int failedBefore, const QDateTime &nowUtc, bool *lockedNow);
    Status recordSuccess(const QString &userId, const QString &username, const QDateTime &nowUtc);
    void upgradeHash(const UserInfo &user, const QString &password);

    RecordStore &m_store;
};

} // namespace ud
