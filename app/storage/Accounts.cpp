#include "storage/Accounts.h"

#include "core/Clock.h"
#include "storage/AccessLog.h"
#include "storage/Database.h"
#include "storage/OrgUnitRepository.h"
#include "storage/RecordStore.h"
#include "storage/StorageLog.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

namespace ud {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Mediator: return QStringLiteral("mediator");
    case Role::UnionChair: return QStringLiteral("union_chair");
    case Role::Reviewer: return QStringLiteral("reviewer");
    case Role::Administrator: return QStringLiteral("administrator");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (Role r : {Role::Mediator, Role::UnionChair, Role::Reviewer, Role::Administrator})
        if (roleKey(r) == key)
            return r;
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Mediator: return Accounts::tr("Mediator");
    case Role::UnionChair: return Accounts::tr("Union chair");
    case Role::Reviewer: return Accounts::tr("Reviewer");
    case Role::Administrator: return Accounts::tr("Administrator");
    }
    return {};
}

IdVisibility idVisibility(Role role)
{
    // Reviewers of upper tiers check statistics and files; they never need a full ID number.
    return role == Role::Reviewer ? IdVisibility::Masked : IdVisibility::MaskedWithReveal;
}

bool mayReadFullIdNumbers(Role role)
{
    return idVisibility(role) != IdVisibility::Masked;
}

std::optional<Role> accountRole(Database &db, const QString &username)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT role FROM users WHERE username = ? AND deleted = 0 AND disabled = 0"));
    q.addBindValue(username.trimmed());
    if (!q.exec() || !q.next())
        return std::nullopt;
    // The schema allows only the four keys; an unreadable one gets the least privilege.
    return roleFromKey(q.value(0).toString()).value_or(Role::Reviewer);
}

bool mayManageUsers(Role role)
{
    return role == Role::Administrator;
}

bool mayEditRegister(Role role)
{
    return role != Role::Reviewer;
}

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
// Interactive limits: about 64 MiB and a fraction of a second per login on an office PC.
constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
} // namespace

Status PasswordHasher::checkPassword(const QString &password)
{
    if (password.size() < 8)
        return Status::failure(tr("A password needs at least 8 characters."));
    return Status::success();
}

Result<QString> PasswordHasher::hash(const QString &password)
{
    if (!sodiumReady())
        return Result<QString>::failure(tr("The cryptography library could not start."));
    if (Status s = checkPassword(password); !s)
        return s;
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), kOpsLimit,
                              kMemLimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Result<QString>::failure(tr("Not enough memory to protect the password."));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password)
{
    if (!sodiumReady())
        return false;
    const QByteArray h = storedHash.toLatin1();
    const QByteArray p = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), p.constData(), static_cast<unsigned long long>(p.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString &storedHash)
{
    if (!sodiumReady())
        return false;
    return crypto_pwhash_str_needs_rehash(storedHash.toLatin1().constData(), kOpsLimit, kMemLimit) != 0;
}

QString PasswordHasher::generatePassword(int length)
{
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    sodiumReady();
    QString out;
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[randombytes_uniform(sizeof(alphabet) - 1)]));
    return out;
}

namespace {

const QLatin1String kUsers("users");

// The account row with the login bookkeeping columns, which UserInfo does not expose.
struct UserRow
{
    UserInfo info;
    QString passwordHash;
    int failedLogins = 0;
};

const QString &selectColumns()
{
    static const QString cols = QStringLiteral(
        "SELECT id, username, display_name, role, org_unit, disabled, locked_until, last_login_at, version, "
        "password_hash, failed_logins FROM users");
    return cols;
}

QDateTime utcFrom(const QVariant &v)
{
    if (v.isNull() || v.toString().isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

UserRow rowFrom(const QSqlQuery &q)
{
    UserRow row;
    row.info.id = q.value(0).toString();
    row.info.username = q.value(1).toString();
    row.info.displayName = q.value(2).toString();
    // The schema allows only the four keys; an unreadable one gets the least privilege.
    row.info.role = roleFromKey(q.value(3).toString()).value_or(Role::Reviewer);
    row.info.orgUnit = q.value(4).toString();
    row.info.disabled = q.value(5).toInt() != 0;
    row.info.lockedUntil = utcFrom(q.value(6));
    row.info.lastLoginAt = utcFrom(q.value(7));
    row.info.version = q.value(8).toLongLong();
    row.passwordHash = q.value(9).toString();
    row.failedLogins = q.value(10).toInt();
    return row;
}

std::optional<UserRow> loadRow(Database &db, const QString &where, const QString &value)
{
    QSqlQuery q(db.connection());
    q.prepare(selectColumns() + QStringLiteral(" WHERE deleted = 0 AND ") + where);
    q.addBindValue(value);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return rowFrom(q);
}

// Compared against when the user name is unknown, so that answer takes as long as a wrong
// password and timing does not tell which user names exist.
const QString &dummyHash()
{
    static const QString hash = [] {
        const auto h = PasswordHasher::hash(QStringLiteral("uniondesk timing equaliser"));
        return h.ok() ? h.value() : QString();
    }();
    return hash;
}

QString lockedMessage(const QDateTime &untilUtc)
{
    return Accounts::tr("Too many failed logins: this account is locked until %1. Try again then, or ask an "
                        "administrator to reset the password.")
        .arg(untilUtc.toLocalTime().toString(QStringLiteral("HH:mm")));
}

} // namespace

Status Accounts::checkUsername(const QString &username)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_.-]{2,32}$"));
    if (!valid.match(username).hasMatch())
        return Status::failure(tr("A user name has 2 to 32 letters, digits, '.', '-' or '_'."));
    return Status::success();
}

Result<QString> Accounts::addUser(const QString &username, const QString &displayName, Role role,
                                  const QString &password, const QString &orgUnit, const QString &reason)
{
    if (Status s = checkUsername(username); !s)
        return s;
    if (!orgUnit.isEmpty() && !OrgUnitRepository(m_store.database()).find(orgUnit))
        return Result<QString>::failure(tr("The organisation unit %1 is not in the organisation tree.").arg(orgUnit));
    auto hashed = PasswordHasher::hash(password);
    if (!hashed)
        return hashed;
    QVariantMap fields{
        {QStringLiteral("username"), username},
        {QStringLiteral("display_name"), displayName.trimmed().isEmpty() ? username : displayName.trimmed()},
        {QStringLiteral("role"), roleKey(role)},
        {QStringLiteral("password_hash"), hashed.value()},
    };
    if (!orgUnit.isEmpty())
        fields.insert(QStringLiteral("org_unit"), orgUnit);
    auto rec = m_store.create(kUsers, fields, reason);
    if (!rec)
        return rec.status();
    return rec.value().id;
}

Result<Session> Accounts::authenticate(const QString &username, const QString &password, const QDateTime &nowUtc)
{
    const QString wrong = tr("The user name or the password is wrong.");
    Database &db = m_store.database();
    const auto row = loadRow(db, QStringLiteral("username = ?"), username.trimmed());
    if (!row) {
        PasswordHasher::verify(dummyHash(), password);
        if (Status s = AccessLog::append(db, username.trimmed().left(64), AccessLog::Event::LoginFailed, kUsers,
                                         QString(), QStringLiteral("unknown user"));
            !s)
            qCWarning(lcStorage) << "cannot write the access log:" << s.error();
        return Result<Session>::failure(wrong);
    }
    const UserInfo &user = row->info;
    if (user.isLocked(nowUtc)) {
        AccessLog::append(db, user.username, AccessLog::Event::LoginFailed, kUsers, user.id,
                          QStringLiteral("locked until %1").arg(isoUtc(user.lockedUntil)));
        return Result<Session>::failure(lockedMessage(user.lockedUntil));
    }
    // A lock that has run out starts a fresh series of attempts.
    const int failedBefore = user.lockedUntil.isValid() ? 0 : row->failedLogins;
    if (!PasswordHasher::verify(row->passwordHash, password)) {
        bool lockedNow = false;
        if (Status s = recordFailure(user, failedBefore, nowUtc, &lockedNow); !s)
            qCWarning(lcStorage) << "login bookkeeping failed:" << s.error();
        return Result<Session>::failure(lockedNow ? lockedMessage(nowUtc.addSecs(kLockoutMinutes * 60)) : wrong);
    }
    if (user.disabled) {
        AccessLog::append(db, user.username, AccessLog::Event::LoginFailed, kUsers, user.id, QStringLiteral("disabled"));
        return Result<Session>::failure(tr("This account is disabled. Ask an administrator to enable it."));
    }
    if (PasswordHasher::needsRehash(row->passwordHash))
        upgradeHash(user, password);
    if (Status s = recordSuccess(user.id, user.username, nowUtc); !s)
        return Result<Session>::failure(tr("The login could not be recorded: %1").arg(s.error()));
    Session session;
    session.userId = user.id;
    session.username = user.username;
    session.displayName = user.displayName;
    session.role = user.role;
    session.orgUnit = user.orgUnit;
    return session;
}

// failed_logins, locked_until and last_login_at are operational columns, written with plain
// SQL: a login attempt is not a change of the account, so it makes no record version and no
// audit_log entry. Its trace is the access_log row written in the same transaction.
Status Accounts::recordFailure(const UserInfo &user, int failedBefore, const QDateTime &nowUtc, bool *lockedNow)
{
    Database &db = m_store.database();
    const int failed = failedBefore + 1;
    *lockedNow = failed >= kMaxFailedLogins;
    const QDateTime until = nowUtc.addSecs(kLockoutMinutes * 60);
    Database::Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?"));
    q.addBindValue(failed);
    q.addBindValue(*lockedNow ? QVariant(isoUtc(until)) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(user.id);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    if (Status s = AccessLog::append(db, user.username, AccessLog::Event::LoginFailed, kUsers, user.id,
                                     QStringLiteral("wrong password (%1 of %2)").arg(failed).arg(kMaxFailedLogins));
        !s)
        return s;
    if (*lockedNow) {
        if (Status s = AccessLog::append(db, user.username, AccessLog::Event::LockedOut, kUsers, user.id,
                                         QStringLiteral("locked until %1").arg(isoUtc(until)));
            !s)
            return s;
    }
    return tx.commit();
}

Status Accounts::recordSuccess(const QString &userId, const QString &username, const QDateTime &nowUtc)
{
    // Plain SQL on purpose: see recordFailure.
    Database &db = m_store.database();
    Database::Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = ? WHERE id = ?"));
    q.addBindValue(isoUtc(nowUtc));
    q.addBindValue(userId);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    if (Status s = AccessLog::append(db, username, AccessLog::Event::Login, kUsers, userId); !s)
        return s;
    return tx.commit();
}

Status Accounts::clearLockout(const QString &userId)
{
    // Plain SQL on purpose: see recordFailure. The administrator's change that lifts the lock
    // (new password, enabling) is the audited part.
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?"));
    q.addBindValue(userId);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return Status::success();
}

void Accounts::upgradeHash(const UserInfo &user, const QString &password)
{
    auto hashed = PasswordHasher::hash(password);
    if (!hashed)
        return; // the old hash keeps working; try again at the next login
    // The user whose password it is makes this change, by logging in.
    const QString actor = m_store.actor();
    m_store.setActor(user.username);
    auto updated = m_store.update(kUsers, user.id, user.version, {{QStringLiteral("password_hash"), hashed.value()}},
                                  QStringLiteral("password hash upgraded to the current cost parameters"));
    m_store.setActor(actor);
    if (!updated)
        qCWarning(lcStorage) << "could not upgrade the password hash of" << user.username << ':' << updated.error();
}

Result<UserInfo> Accounts::current(const QString &userId) const
{
    const auto row = loadRow(m_store.database(), QStringLiteral("id = ?"), userId);
    if (!row)
        return Result<UserInfo>::failure(tr("This user account does not exist."));
    return row->info;
}

Status Accounts::guardLastAdministrator(const UserInfo &user) const
{
    if (user.role != Role::Administrator || user.disabled)
        return Status::success();
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM users WHERE role = 'administrator' AND disabled = 0 AND deleted = 0 "
                             "AND id <> ?"));
    q.addBindValue(user.id);
    if (!q.exec() || !q.next())
        return Status::failure(q.lastError().text());
    if (q.value(0).toLongLong() == 0)
        return Status::failure(tr("\"%1\" is the last enabled administrator; make another user an administrator "
                                  "first, so that someone can still manage the accounts.")
                                   .arg(user.username));
    return Status::success();
}

Status Accounts::setPassword(const QString &userId, const QString &newPassword, const QString &reason)
{
    auto hashed = PasswordHasher::hash(newPassword);
    if (!hashed)
        return hashed.status();
    Database::Transaction tx(m_store.database());
    if (!tx.isActive())
        return Status::failure(tx.error());
    auto user = current(userId);
    if (!user)
        return user.status();
    auto updated = m_store.update(kUsers, userId, user.value().version,
                                  {{QStringLiteral("password_hash"), hashed.value()}}, reason);
    if (!updated)
        return updated.status();
    if (Status s = clearLockout(userId); !s)
        return s;
    return tx.commit();
}

Status Accounts::setRole(const QString &userId, Role role, const QString &reason)
{
    Database::Transaction tx(m_store.database());
    if (!tx.isActive())
        return Status::failure(tx.error());
    auto user = current(userId);
    if (!user)
        return user.status();
    if (user.value().role == role)
        return Status::success();
    if (role != Role::Administrator) {
        if (Status s = guardLastAdministrator(user.value()); !s)
            return s;
    }
    auto updated = m_store.update(kUsers, userId, user.value().version, {{QStringLiteral("role"), roleKey(role)}},
                                  reason);
    if (!updated)
        return updated.status();
    return tx.commit();
}

Status Accounts::setDisabled(const QString &userId, bool disabled, const QString &reason)
{
    Database::Transaction tx(m_store.database());
    if (!tx.isActive())
        return Status::failure(tx.error());
    auto user = current(userId);
    if (!user)
        return user.status();
    if (user.value().disabled == disabled)
        return Status::success();
    if (disabled) {
        if (Status s = guardLastAdministrator(user.value()); !s)
            return s;
    }
    auto updated = m_store.update(kUsers, userId, user.value().version,
                                  {{QStringLiteral("disabled"), disabled ? 1 : 0}}, reason);
    if (!updated)
        return updated.status();
    if (!disabled) {
        if (Status s = clearLockout(userId); !s)
            return s;
    }
    return tx.commit();
}

QList<UserInfo> Accounts::list() const
{
    QList<UserInfo> out;
    QSqlQuery q(m_store.database().connection());
    if (!q.exec(selectColumns() + QStringLiteral(" WHERE deleted = 0 ORDER BY username COLLATE NOCASE"))) {
        qCWarning(lcStorage) << "cannot list users:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out << rowFrom(q).info;
    return out;
}

std::optional<UserInfo> Accounts::findByUsername(const QString &username) const
{
    const auto row = loadRow(m_store.database(), QStringLiteral("username = ?"), username.trimmed());
    return row ? std::optional<UserInfo>(row->info) : std::nullopt;
}

std::optional<UserInfo> Accounts::findById(const QString &userId) const
{
    const auto row = loadRow(m_store.database(), QStringLiteral("id = ?"), userId);
    return row ? std::optional<UserInfo>(row->info) : std::nullopt;
}

} // namespace ud
