// Tests for ud::Accounts beyond creating users: authenticate() (right and wrong password, the
// same answer for an unknown user, disabled accounts, lock-out after 5 failures and its release
// after 15 minutes on the injected time, the hash upgrade at login, the access log), the
// administrator changes (password, role, disabled) audited with the acting user, protection of
// the last administrator, list/find, and the role policy functions.

#include "core/Clock.h"
#include "storage/AccessLog.h"
#include "storage/Accounts.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/RecordReplay.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sodium.h>

#include <memory>

using namespace ud;

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
const QString kAdminPassword = QStringLiteral("Admin#2026pw");
const QString kMediatorPassword = QStringLiteral("调解员密码2026");

QString localHhMm(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("HH:mm"));
}

} // namespace

class tst_Authentication : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void rightPassword();
    void usernameIsCaseInsensitive();
    void wrongPasswordAndUnknownUserGetTheSameMessage();
    void disabledUserIsRefused();
    void lockOutAfterFiveFailures();
    void successResetsTheFailureCount();
    void expiredLockStartsAFreshSeries();
    void newPasswordLiftsTheLock();
    void oldHashIsUpgradedAtLogin();
    void loginBookkeepingIsNotVersioned();

    void roleChangeIsAudited();
    void passwordChangeIsAuditedWithoutTheSecret();
    void disableAndEnableAreAudited();
    void shortPasswordIsRefused();
    void unknownUserIdIsRefused();
    void lastAdministratorIsProtected();
    void disabledAdministratorDoesNotCount();

    void listAndFind();
    void policy_data();
    void policy();
    void roleDisplayNames();

private:
    qint64 count(const QString &sql, const QVariantList &binds = {}) const;
    QString scalar(const QString &sql, const QVariantList &binds = {}) const;
    qint64 accessEvents(AccessLog::Event event) const { return AccessLog::count(*m_db, event); }

    std::unique_ptr<QTemporaryDir> m_shared;
    QString m_template;
    QString m_adminId;
    QString m_mediatorId;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<Accounts> m_accounts;
};

void tst_Authentication::initTestCase()
{
    QVERIFY(sodium_init() >= 0);
    m_shared = std::make_unique<QTemporaryDir>();
    QVERIFY(m_shared->isValid());
    m_template = m_shared->filePath(QStringLiteral("template.db"));
    Database db;
    QVERIFY(db.open(m_template, Database::OpenMode::CreateIfMissing).ok());
    ManualClock clock(kStart);
    QVERIFY(NodeIdentity::initialize(db, QStringLiteral("110105015"), Tier::Street, QString(), clock).ok());
    RecordStore store(db, &clock);
    store.setActor(QStringLiteral("setup"));
    Accounts accounts(store);
    auto admin = accounts.addUser(QStringLiteral("admin"), QStringLiteral("系统管理员"), Role::Administrator, kAdminPassword);
    QVERIFY2(admin.ok(), qPrintable(admin.error()));
    auto mediator = accounts.addUser(QStringLiteral("wang.fang"), QStringLiteral("王芳"), Role::Mediator, kMediatorPassword);
    QVERIFY2(mediator.ok(), qPrintable(mediator.error()));
    m_adminId = admin.value();
    m_mediatorId = mediator.value();
}

void tst_Authentication::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("node.db"));
    QVERIFY(QFile::copy(m_template, path));
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_clock = std::make_unique<ManualClock>(kStart.addDays(1));
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(path, Database::OpenMode::ExistingOnly).ok());
    m_store = std::make_unique<RecordStore>(*m_db, m_clock.get());
    m_store->setActor(QStringLiteral("admin"));
    m_accounts = std::make_unique<Accounts>(*m_store);
}

void tst_Authentication::cleanup()
{
    m_accounts.reset();
    m_store.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

qint64 tst_Authentication::count(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString tst_Authentication::scalar(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return QStringLiteral("<no row>");
    return q.value(0).isNull() ? QStringLiteral("<null>") : q.value(0).toString();
}

void tst_Authentication::rightPassword()
{
    const QDateTime now = m_clock->nowUtc();
    const auto session = m_accounts->authenticate(QStringLiteral("wang.fang"), kMediatorPassword, now);
    QVERIFY2(session.ok(), qPrintable(session.error()));
    QCOMPARE(session.value().userId, m_mediatorId);
    QCOMPARE(session.value().username, QStringLiteral("wang.fang"));
    QCOMPARE(session.value().displayName, QStringLiteral("王芳"));
    QCOMPARE(session.value().role, Role::Mediator);
    QCOMPARE(session.value().orgUnit, QStringLiteral("110105015"));

    QCOMPARE(scalar(QStringLiteral("SELECT last_login_at FROM users WHERE id = ?"), {m_mediatorId}), isoUtc(now));
    QCOMPARE(accessEvents(AccessLog::Event::Login), qint64(1));
    QCOMPARE(accessEvents(AccessLog::Event::LoginFailed), qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT actor || '|' || record_id FROM access_log WHERE event = 'login'")),
             QStringLiteral("wang.fang|") + m_mediatorId);
    const auto info = m_accounts->findById(m_mediatorId);
    QVERIFY(info);
    QCOMPARE(info->lastLoginAt, now);
}

void tst_Authentication::usernameIsCaseInsensitive()
{
    const auto session = m_accounts->authenticate(QStringLiteral(" WANG.Fang "), kMediatorPassword, m_clock->nowUtc());
    QVERIFY2(session.ok(), qPrintable(session.error()));
    QCOMPARE(session.value().username, QStringLiteral("wang.fang"));
}

void tst_Authentication::wrongPasswordAndUnknownUserGetTheSameMessage()
{
    const QDateTime now = m_clock->nowUtc();
    const auto wrong = m_accounts->authenticate(QStringLiteral("wang.fang"), QStringLiteral("not the password"), now);
    QVERIFY(!wrong.ok());
    const auto unknown = m_accounts->authenticate(QStringLiteral("li.lei"), QStringLiteral("not the password"), now);
    QVERIFY(!unknown.ok());
    const auto empty = m_accounts->authenticate(QStringLiteral("wang.fang"), QString(), now);
    QVERIFY(!empty.ok());
    QCOMPARE(unknown.error(), wrong.error());
    QCOMPARE(empty.error(), wrong.error());
    QVERIFY(!wrong.error().isEmpty());
    QVERIFY2(!wrong.error().contains(QLatin1String("wang")), qPrintable(wrong.error()));

    QCOMPARE(accessEvents(AccessLog::Event::LoginFailed), qint64(3));
    QCOMPARE(accessEvents(AccessLog::Event::Login), qint64(0));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM access_log WHERE event = 'login_failed' AND actor = 'li.lei' "
                                  "AND record_id = ''")),
             qint64(1));
    QCOMPARE(count(QStringLiteral("SELECT failed_logins FROM users WHERE id = ?"), {m_mediatorId}), qint64(2));
    QCOMPARE(scalar(QStringLiteral("SELECT last_login_at FROM users WHERE id = ?"), {m_mediatorId}), QStringLiteral("<null>"));
}

void tst_Authentication::disabledUserIsRefused()
{
    QVERIFY(m_accounts->setDisabled(m_mediatorId, true, QStringLiteral("left the station")).ok());
    const QDateTime now = m_clock->nowUtc();
    const auto generic = m_accounts->authenticate(QStringLiteral("nobody"), QStringLiteral("whatever1"), now).error();

    const auto refused = m_accounts->authenticate(QStringLiteral("wang.fang"), kMediatorPassword, now);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("disabled")), qPrintable(refused.error()));
    // A wrong password for a disabled account tells nothing more than for any other.
    const auto wrong = m_accounts->authenticate(QStringLiteral("wang.fang"), QStringLiteral("wrong password"), now);
    QCOMPARE(wrong.error(), generic);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM access_log WHERE event = 'login_failed' AND detail = 'disabled'")),
             qint64(1));
    QCOMPARE(accessEvents(AccessLog::Event::Login), qint64(0));

    QVERIFY(m_accounts->setDisabled(m_mediatorId, false, QStringLiteral("back again")).ok());
    QVERIFY(m_accounts->authenticate(QStringLiteral("wang.fang"), kMediatorPassword, now).ok());
}

void tst_Authentication::lockOutAfterFiveFailures()
{
    const QDateTime t0 = m_clock->nowUtc();
    const QString generic = m_accounts->authenticate(QStringLiteral("nobody"), QStringLiteral("whatever1"), t0).error();
    for (int i = 1; i < Accounts::kMaxFailedLogins; ++i) {
        const auto r = m_accounts->authenticate(QStringLiteral("wang.fang"), QStringLiteral("guess %1").arg(i),
                                                t0.addSecs(i));
        QCOMPARE(r.error(), generic);
    }
    QCOMPARE(accessEvents(AccessLog::Event::LockedOut), qint64(0));
    const QDateTime fifth = t0.addSecs(Accounts::kMaxFailedLogins);
    const auto locked = m_accounts->authenticate(QStringLiteral("wang.fang"), QStringLiteral("guess 5"), fifth);
    QVERIFY(!locked.ok());
    const QDateTime until = fifth.addSecs(15 * 60);
    QVERIFY2(locked.error().contains(localHhMm(until)), qPrintable(locked.error()));
    QVERIFY(locked.error() != generic);
    QCOMPARE(accessEvents(AccessLog::Event::LockedOut), qint64(1));
    QCOMPARE(scalar(QStringLiteral("SELECT locked_until FROM users WHERE id = ?"), {m_mediatorId}), isoUtc(until));

    // The right password does not help while the lock lasts; the answer says until when.
    const auto stillLocked = m_accounts->authenticate(QStringLiteral("wang.fang"), kMediatorPassword, until.addSecs(-1));
    QVERIFY(!stillLocked.ok());
    QVERIFY2(stillLocked.error().contains(localHhMm(until)), qPrintable(stillLocked.error()));
    const auto info = m_accounts->findByUsername(QStringLiteral("wang.fang"));
    QVERIFY(info);
    QVERIFY(info->isLocked(until.addSecs(-1)));
    QVERIFY(!info->isLocked(until));
    // Other accounts are not affected.
    QVERIFY(m_accounts->authenticate(QStringLiteral("admin"), kAdminPassword, until.addSecs(-1)).ok());

    // 15 minutes after the fifth failure the account opens again.
    const auto released = m_accounts->authenticate(QStringLiteral("wang.fang"), kMediatorPassword, until);
    QVERIFY2(released.ok(), qPrintable(released.error()));
    QCOMPARE(count(QStringLiteral("SELECT failed_logins FROM users WHERE id = ?"), {m_mediatorId}), qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT locked_until FROM users WHERE id = ?"), {m_mediatorId}), QStringLiteral("<null>"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM access_log WHERE event = 'login_failed' AND actor = 'wang.fang'")),
             qint64(6)); // 5 wrong passwords + 1 attempt while locked
    QCOMPARE(accessEvents(AccessLog::Event::Login), qint64(2));
}

void tst_Authentication::successResetsTheFailureCount()
{
    const QDateTime now = m_clock->nowUtc();
    for (int i = 0; i < Accounts::kMaxFailedLogins - 1; ++i)
        QVERIFY(!m_accounts->authenticate(QStringLiteral("wang.fang"), QStringLiteral("wrong password"), now).ok());
    QVERIFY(m_accounts->authenticate(QStringLiteral("wang.fang"), kMediatorPassword, now).ok());
    for (int i = 0; i < Accounts::kMaxFailedLogins - 1; ++i)
        QVERIFY(!m_accounts->authenticate(QStringLiteral("wang.fang"), QStringLiteral("wrong password"), now).ok());
    QCOMPARE(accessEvents(AccessLog::Event::LockedOut), qint64(0));
    QVERIFY(m_accounts->authenticate(QStringLiteral("wang.fang"), kMediatorPassword, now).ok());
}

void tst_Authentication::expiredLockStartsAFreshSeries()
{
    const QDateTime t0 = m_clock->nowUtc();
    for (int i = 0; i < Accounts::kMaxFailedLogins; ++i)
        QVERIFY(!m_accounts->authenticate(QStringLiteral("wang.fang"), QStringLiteral("wrong password"), t0).ok());
    QCOMPARE(accessEvents(AccessLog::Event::LockedOut), qint64(1));
    // After the lock: one more wrong password is the first of a new series, not a new lock.
    const QDateTime later = t0.addSecs(16 * 60);
    const QString generic = m_accounts->authenticate(QStringLiteral("nobody"), QStringLiteral("whatever1"), later).error();
    QCOMPARE(m_accounts->authenticate(QStringLiteral("wang.fang"), QStringLiteral("wrong password"), later).error(), generic);
    QCOMPARE(count(QStringLiteral("SELECT failed_logins FROM users WHERE id = ?"), {m_mediatorId}), qint64(1));
    QCOMPARE(scalar(QStringLiteral("SELECT locked_until FROM users WHERE id = ?"), {m_mediatorId}), QStringLiteral("<null>"));
    QCOMPARE(accessEvents(AccessLog::Event::LockedOut), qint64(1));
    QVERIFY(m_accounts->authenticate(QStringLiteral("wang.fang"), kMediatorPassword, later).ok());
}

void tst_Authentication::newPasswordLiftsTheLock()
{
    const QDateTime t0 = m_clock->nowUtc();
    for (int i = 0; i < Accounts::kMaxFailedLogins; ++i)
        QVERIFY(!m_accounts->authenticate(QStringLiteral("wang.fang"), QStringLiteral("wrong password"), t0).ok());
    QVERIFY(m_accounts->findById(m_mediatorId)->isLocked(t0));
    QVERIFY(m_accounts->setPassword(m_mediatorId, QStringLiteral("a new password"), QStringLiteral("forgot it")).ok());
    QVERIFY(!m_accounts->findById(m_mediatorId)->isLocked(t0));
    QVERIFY(m_accounts->authenticate(QStringLiteral("wang.fang"), QStringLiteral("a new password"), t0).ok());
    QVERIFY(!m_accounts->authenticate(QStringLiteral("wang.fang"), kMediatorPassword, t0).ok());
}

void tst_Authentication::oldHashIsUpgradedAtLogin()
{
    // A hash made with weaker (older) costs, as a future cost increase would leave behind.
    const QByteArray password = kMediatorPassword.toUtf8();
    char weak[crypto_pwhash_STRBYTES];
    QCOMPARE(crypto_pwhash_str_alg(weak, password.constData(), static_cast<unsigned long long>(password.size()),
                                   crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN, crypto_pwhash_ALG_ARGON2ID13),
             0);
    QVERIFY(m_db->exec(QStringLiteral("UPDATE users SET password_hash = '%1' WHERE id = '%2'")
                           .arg(QString::fromLatin1(weak), m_mediatorId))
                .ok());
    const qint64 version = count(QStringLiteral("SELECT version FROM users WHERE id = ?"), {m_mediatorId});

    QVERIFY(m_accounts->authenticate(QStringLiteral("wang.fang"), kMediatorPassword, m_clock->nowUtc()).ok());
    const QString upgraded = scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {m_mediatorId});
    QVERIFY(upgraded != QString::fromLatin1(weak));
    QVERIFY(!PasswordHasher::needsRehash(upgraded));
    QVERIFY(PasswordHasher::verify(upgraded, kMediatorPassword));
    // The upgrade is a change of the account: versioned and audited, made by the user logging in.
    QCOMPARE(count(QStringLiteral("SELECT version FROM users WHERE id = ?"), {m_mediatorId}), version + 1);
    const auto entries = AuditLog::forRecord(m_db->connection(), QStringLiteral("users"), m_mediatorId);
    QCOMPARE(entries.last().actor, QStringLiteral("wang.fang"));
    QVERIFY(entries.last().changes.contains(QStringLiteral("password_hash")));
    QVERIFY2(entries.last().reason.contains(QLatin1String("upgraded")), qPrintable(entries.last().reason));
    QCOMPARE(m_store->actor(), QStringLiteral("admin")); // restored

    // A current hash is left alone.
    QVERIFY(m_accounts->authenticate(QStringLiteral("wang.fang"), kMediatorPassword, m_clock->nowUtc()).ok());
    QCOMPARE(count(QStringLiteral("SELECT version FROM users WHERE id = ?"), {m_mediatorId}), version + 1);
}

void tst_Authentication::loginBookkeepingIsNotVersioned()
{
    const qint64 audit = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    const qint64 version = count(QStringLiteral("SELECT version FROM users WHERE id = ?"), {m_mediatorId});
    const QDateTime now = m_clock->nowUtc();
    for (int i = 0; i < Accounts::kMaxFailedLogins; ++i)
        m_accounts->authenticate(QStringLiteral("wang.fang"), QStringLiteral("wrong password"), now);
    QVERIFY(m_accounts->authenticate(QStringLiteral("wang.fang"), kMediatorPassword, now.addSecs(15 * 60)).ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), audit);
    QCOMPARE(count(QStringLiteral("SELECT version FROM users WHERE id = ?"), {m_mediatorId}), version);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = 'users'")), qint64(0));
    QVERIFY(m_db->check().ok());
}

void tst_Authentication::roleChangeIsAudited()
{
    QVERIFY(m_accounts->setRole(m_mediatorId, Role::UnionChair, QStringLiteral("elected chair")).ok());
    const auto entries = AuditLog::forRecord(m_db->connection(), QStringLiteral("users"), m_mediatorId);
    QCOMPARE(entries.size(), 2);
    const AuditEntry &e = entries.last();
    QCOMPARE(e.action, QStringLiteral("update"));
    QCOMPARE(e.actor, QStringLiteral("admin"));
    QCOMPARE(e.reason, QStringLiteral("elected chair"));
    QCOMPARE(e.version, qint64(2));
    QCOMPARE(e.changes.value(QStringLiteral("role")).toArray(),
             QJsonArray({QStringLiteral("mediator"), QStringLiteral("union_chair")}));
    QCOMPARE(m_accounts->findById(m_mediatorId)->role, Role::UnionChair);
    // The session of the next login carries the new role.
    QCOMPARE(m_accounts->authenticate(QStringLiteral("wang.fang"), kMediatorPassword, m_clock->nowUtc()).value().role,
             Role::UnionChair);
    // The same role again is no change: no version, no entry.
    QVERIFY(m_accounts->setRole(m_mediatorId, Role::UnionChair, QStringLiteral("again")).ok());
    QCOMPARE(AuditLog::forRecord(m_db->connection(), QStringLiteral("users"), m_mediatorId).size(), 2);
    QVERIFY(AuditLog::verifyChain(m_db->connection()).ok);
}

void tst_Authentication::passwordChangeIsAuditedWithoutTheSecret()
{
    m_store->setActor(QStringLiteral("cli:root"));
    QVERIFY(m_accounts->setPassword(m_mediatorId, QStringLiteral("Secret-Canary-42"), QStringLiteral("reset")).ok());
    const auto entries = AuditLog::forRecord(m_db->connection(), QStringLiteral("users"), m_mediatorId);
    const AuditEntry &e = entries.last();
    QCOMPARE(e.actor, QStringLiteral("cli:root"));
    QCOMPARE(e.reason, QStringLiteral("reset"));
    // The audit entry holds keyed seals of the old and new hash (so `check` can tell a swapped
    // hash), never the hash itself.
    const QJsonArray sealed = e.changes.value(QStringLiteral("password_hash")).toArray();
    QCOMPARE(sealed.size(), 2);
    const auto key = m_db->sealKey();
    QVERIFY2(key, qPrintable(key.error()));
    QSqlQuery hash(m_db->connection());
    QVERIFY(hash.exec(QStringLiteral("SELECT password_hash FROM users WHERE id = '%1'").arg(m_mediatorId)) && hash.next());
    QCOMPARE(sealed.at(1).toString(), RecordReplay::sealedSecret(key.value(), hash.value(0).toString()));
    QVERIFY(sealed.at(0).toString() != sealed.at(1).toString());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE changes LIKE '%Canary%' OR changes LIKE '%argon2%'")),
             qint64(0));
    QVERIFY(m_accounts->authenticate(QStringLiteral("wang.fang"), QStringLiteral("Secret-Canary-42"), m_clock->nowUtc()).ok());
}

void tst_Authentication::disableAndEnableAreAudited()
{
    QVERIFY(m_accounts->setDisabled(m_mediatorId, true, QStringLiteral("on leave")).ok());
    QVERIFY(m_accounts->findById(m_mediatorId)->disabled);
    QVERIFY(m_accounts->setDisabled(m_mediatorId, false, QStringLiteral("back")).ok());
    const auto entries = AuditLog::forRecord(m_db->connection(), QStringLiteral("users"), m_mediatorId);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(1).changes.value(QStringLiteral("disabled")).toArray(), QJsonArray({0, 1}));
    QCOMPARE(entries.at(1).reason, QStringLiteral("on leave"));
    QCOMPARE(entries.at(2).changes.value(QStringLiteral("disabled")).toArray(), QJsonArray({1, 0}));
    for (const AuditEntry &e : entries.mid(1))
        QCOMPARE(e.actor, QStringLiteral("admin"));
}

void tst_Authentication::shortPasswordIsRefused()
{
    const qint64 audit = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    const Status s = m_accounts->setPassword(m_mediatorId, QStringLiteral("short"), QStringLiteral("reset"));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QLatin1Char('8')), qPrintable(s.error()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), audit);
}

void tst_Authentication::unknownUserIdIsRefused()
{
    QVERIFY(!m_accounts->setRole(QStringLiteral("no-such-id"), Role::Reviewer, QStringLiteral("x")).ok());
    QVERIFY(!m_accounts->setDisabled(QStringLiteral("no-such-id"), true, QStringLiteral("x")).ok());
    QVERIFY(!m_accounts->setPassword(QStringLiteral("no-such-id"), QStringLiteral("long enough"), QStringLiteral("x")).ok());
    QVERIFY(!m_accounts->findByUsername(QStringLiteral("nobody")));
}

void tst_Authentication::lastAdministratorIsProtected()
{
    const qint64 audit = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    const Status demote = m_accounts->setRole(m_adminId, Role::Mediator, QStringLiteral("oops"));
    QVERIFY(!demote.ok());
    QVERIFY2(demote.error().contains(QLatin1String("last")), qPrintable(demote.error()));
    const Status disable = m_accounts->setDisabled(m_adminId, true, QStringLiteral("oops"));
    QVERIFY(!disable.ok());
    QVERIFY2(disable.error().contains(QLatin1String("last")), qPrintable(disable.error()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), audit);
    QCOMPARE(m_accounts->findById(m_adminId)->role, Role::Administrator);
    QVERIFY(!m_accounts->findById(m_adminId)->disabled);

    // With a second administrator, the first may step down.
    QVERIFY(m_accounts->setRole(m_mediatorId, Role::Administrator, QStringLiteral("deputy")).ok());
    QVERIFY(m_accounts->setRole(m_adminId, Role::Reviewer, QStringLiteral("hand-over")).ok());
    // ... and now the deputy is the last one.
    QVERIFY(!m_accounts->setDisabled(m_mediatorId, true, QStringLiteral("oops")).ok());
}

void tst_Authentication::disabledAdministratorDoesNotCount()
{
    QVERIFY(m_accounts->setRole(m_mediatorId, Role::Administrator, QStringLiteral("deputy")).ok());
    QVERIFY(m_accounts->setDisabled(m_mediatorId, true, QStringLiteral("on leave")).ok());
    QVERIFY(!m_accounts->setRole(m_adminId, Role::Mediator, QStringLiteral("oops")).ok());
    // Demoting the disabled administrator is fine: it was not managing anything.
    QVERIFY(m_accounts->setRole(m_mediatorId, Role::Mediator, QStringLiteral("back to mediation")).ok());
}

void tst_Authentication::listAndFind()
{
    const QList<UserInfo> users = m_accounts->list();
    QCOMPARE(users.size(), 2);
    QCOMPARE(users.at(0).username, QStringLiteral("admin"));
    QCOMPARE(users.at(1).username, QStringLiteral("wang.fang"));
    QCOMPARE(users.at(1).displayName, QStringLiteral("王芳"));
    QCOMPARE(users.at(1).role, Role::Mediator);
    QCOMPARE(users.at(1).orgUnit, QStringLiteral("110105015"));
    QCOMPARE(users.at(1).version, qint64(1));
    QVERIFY(!users.at(1).disabled);
    QVERIFY(!users.at(1).lockedUntil.isValid());
    QVERIFY(!users.at(1).lastLoginAt.isValid());

    const auto found = m_accounts->findByUsername(QStringLiteral("Wang.Fang"));
    QVERIFY(found);
    QCOMPARE(found->id, m_mediatorId);
    QVERIFY(!m_accounts->findByUsername(QStringLiteral("wang")));
    QCOMPARE(m_accounts->findById(m_adminId)->username, QStringLiteral("admin"));
}

void tst_Authentication::policy_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("reveal");
    QTest::addColumn<bool>("manageUsers");
    QTest::addColumn<bool>("editRegister");
    QTest::newRow("mediator") << Role::Mediator << true << false << true;
    QTest::newRow("union chair") << Role::UnionChair << true << false << true;
    QTest::newRow("reviewer") << Role::Reviewer << false << false << false;
    QTest::newRow("administrator") << Role::Administrator << true << true << true;
}

void tst_Authentication::policy()
{
    QFETCH(Role, role);
    QFETCH(bool, reveal);
    QFETCH(bool, manageUsers);
    QFETCH(bool, editRegister);
    QCOMPARE(idVisibility(role), reveal ? IdVisibility::MaskedWithReveal : IdVisibility::Masked);
    QCOMPARE(mayManageUsers(role), manageUsers);
    QCOMPARE(mayEditRegister(role), editRegister);
}

void tst_Authentication::roleDisplayNames()
{
    QSet<QString> names;
    for (Role r : {Role::Mediator, Role::UnionChair, Role::Reviewer, Role::Administrator}) {
        QVERIFY(!roleDisplayName(r).isEmpty());
        names.insert(roleDisplayName(r));
    }
    QCOMPARE(names.size(), 4);
    QCOMPARE(roleDisplayName(Role::UnionChair), QStringLiteral("Union chair"));
}

QTEST_GUILESS_MAIN(tst_Authentication)
#include "tst_authentication.moc"
