#include "storage/Accounts.h"

#include "storage/RecordStore.h"

#include <QRegularExpression>

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

Result<QString> PasswordHasher::hash(const QString &password)
{
    if (!sodiumReady())
        return Result<QString>::failure(tr("The cryptography library could not start."));
    if (password.size() < 8)
        return Result<QString>::failure(tr("A password needs at least 8 characters."));
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

Result<QString> Accounts::addUser(const QString &username, const QString &displayName, Role role,
                                  const QString &password, const QString &orgUnit)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_.-]{2,32}$"));
    if (!valid.match(username).hasMatch())
        return Result<QString>::failure(tr("A user name has 2 to 32 letters, digits, '.', '-' or '_'."));
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
    auto rec = m_store.create(QStringLiteral("users"), fields);
    if (!rec)
        return rec.status();
    return rec.value().id;
}

} // namespace ud
