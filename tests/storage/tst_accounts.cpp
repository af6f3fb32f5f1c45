// Tests for ud::PasswordHasher (Argon2id through libsodium) and ud::Accounts (local users,
// written through RecordStore so every change is audited).

#include "core/Clock.h"
#include "storage/Accounts.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
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

#include <cstring>
#include <memory>

using ud::Accounts;
using ud::Database;
using ud::PasswordHasher;
using ud::Role;

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);

qint64 count(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class tst_Accounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void hashIsArgon2id();
    void verifyRightAndWrongPassword();
    void needsRehash();
    void shortPasswordIsRefused_data();
    void shortPasswordIsRefused();
    void generatedPasswords();
    void roleKeysRoundTrip();

    void addUserIsAudited();
    void duplicateUsernameIsRefused_data();
    void duplicateUsernameIsRefused();
    void invalidUsernameIsRefused_data();
    void invalidUsernameIsRefused();
    void validUsernameEdges_data();
    void validUsernameEdges();
    void clearPasswordIsStoredNowhere();

private:
    std::unique_ptr<QTemporaryDir> m_shared;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_template;
    std::unique_ptr<ud::ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ud::RecordStore> m_store;
    QString m_path;
};

void tst_Accounts::initTestCase()
{
    QVERIFY(sodium_init() >= 0);
    m_shared = std::make_unique<QTemporaryDir>();
    QVERIFY(m_shared->isValid());
    m_template = m_shared->filePath(QStringLiteral("template.db"));
    Database db;
    QVERIFY(db.open(m_template, Database::OpenMode::CreateIfMissing).ok());
    ud::ManualClock clock(kStart);
    QVERIFY(ud::NodeIdentity::initialize(db, QStringLiteral("110105015"), ud::Tier::Street, QString(), clock).ok());
}

void tst_Accounts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("node.db"));
    QVERIFY(QFile::copy(m_template, m_path));
    QFile(m_path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_clock = std::make_unique<ud::ManualClock>(kStart);
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_path, Database::OpenMode::ExistingOnly).ok());
    m_store = std::make_unique<ud::RecordStore>(*m_db, m_clock.get());
    m_store->setActor(QStringLiteral("admin"));
}

void tst_Accounts::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

void tst_Accounts::hashIsArgon2id()
{
    const auto h = PasswordHasher::hash(QStringLiteral("调解员密码2026!"));
    QVERIFY2(h.ok(), qPrintable(h.error()));
    QVERIFY2(h.value().startsWith(QLatin1String("$argon2id$v=19$")), qPrintable(h.value()));
    QVERIFY(!h.value().contains(QStringLiteral("调解员密码2026!")));
    // A fresh salt every time.
    const auto again = PasswordHasher::hash(QStringLiteral("调解员密码2026!"));
    QVERIFY(again.ok());
    QVERIFY(h.value() != again.value());
    // libsodium agrees it is a valid Argon2id string for that password.
    const QByteArray stored = h.value().toLatin1();
    const QByteArray password = QStringLiteral("调解员密码2026!").toUtf8();
    QCOMPARE(crypto_pwhash_str_verify(stored.constData(), password.constData(),
                                      static_cast<unsigned long long>(password.size())),
             0);
}

void tst_Accounts::verifyRightAndWrongPassword()
{
    const QString password = QStringLiteral("correct horse battery");
    const auto h = PasswordHasher::hash(password);
    QVERIFY(h.ok());
    QVERIFY(PasswordHasher::verify(h.value(), password));
    QVERIFY(!PasswordHasher::verify(h.value(), QStringLiteral("correct horse battery ")));
    QVERIFY(!PasswordHasher::verify(h.value(), QStringLiteral("Correct horse battery")));
    QVERIFY(!PasswordHasher::verify(h.value(), QString()));
    QVERIFY(!PasswordHasher::verify(QString(), password));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("$argon2id$garbage"), password));
}

void tst_Accounts::needsRehash()
{
    const auto fresh = PasswordHasher::hash(QStringLiteral("a fresh password"));
    QVERIFY(fresh.ok());
    QVERIFY(!PasswordHasher::needsRehash(fresh.value()));

    // A hash made with weaker (older) costs still verifies but should be upgraded.
    const QByteArray password = QByteArrayLiteral("an old password");
    char weak[crypto_pwhash_STRBYTES];
    QCOMPARE(crypto_pwhash_str_alg(weak, password.constData(), static_cast<unsigned long long>(password.size()),
                                   crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN, crypto_pwhash_ALG_ARGON2ID13),
             0);
    const QString old = QString::fromLatin1(weak);
    QVERIFY(PasswordHasher::verify(old, QStringLiteral("an old password")));
    QVERIFY(PasswordHasher::needsRehash(old));
    QVERIFY(PasswordHasher::needsRehash(QStringLiteral("not a hash")));
}

void tst_Accounts::shortPasswordIsRefused_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("7 characters") << QStringLiteral("1234567") << false;
    QTest::newRow("8 characters") << QStringLiteral("12345678") << true;
    QTest::newRow("4 Chinese characters") << QStringLiteral("工会调解") << false;
    QTest::newRow("8 Chinese characters") << QStringLiteral("工会调解委员会员") << true;
}

void tst_Accounts::shortPasswordIsRefused()
{
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    const auto h = PasswordHasher::hash(password);
    QCOMPARE(h.ok(), accepted);
    if (!accepted)
        QVERIFY2(h.error().contains(QLatin1Char('8')), qPrintable(h.error()));
}

void tst_Accounts::generatedPasswords()
{
    QSet<QString> seen;
    for (int i = 0; i < 50; ++i) {
        const QString p = PasswordHasher::generatePassword();
        QCOMPARE(p.size(), 12);
        for (const QChar c : p) {
            QVERIFY2(c.isLetterOrNumber() && c.unicode() < 128, qPrintable(p));
            QVERIFY2(!QStringLiteral("0O1lI").contains(c), qPrintable(p)); // no look-alikes
        }
        seen.insert(p);
    }
    QCOMPARE(seen.size(), 50);
    QCOMPARE(PasswordHasher::generatePassword(20).size(), 20);
}

void tst_Accounts::roleKeysRoundTrip()
{
    for (Role r : {Role::Mediator, Role::UnionChair, Role::Reviewer, Role::Administrator})
        QCOMPARE(ud::roleFromKey(ud::roleKey(r)), std::optional<Role>(r));
    QCOMPARE(ud::roleKey(Role::UnionChair), QStringLiteral("union_chair"));
    QVERIFY(!ud::roleFromKey(QStringLiteral("root")).has_value());
}

void tst_Accounts::addUserIsAudited()
{
    const qint64 auditBefore = count(*m_db, QStringLiteral("SELECT count(*) FROM audit_log"));
    const qint64 outboxBefore = count(*m_db, QStringLiteral("SELECT count(*) FROM outbox"));
    Accounts accounts(*m_store);
    const auto id = accounts.addUser(QStringLiteral("wang.fang"), QStringLiteral("  王芳 "), Role::Mediator,
                                     QStringLiteral("Station#mediator"));
    QVERIFY2(id.ok(), qPrintable(id.error()));

    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT username, display_name, role, password_hash, disabled, org_unit, created_by "
                             "FROM users WHERE id = ?"));
    q.addBindValue(id.value());
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wang.fang"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("王芳")); // trimmed
    QCOMPARE(q.value(2).toString(), QStringLiteral("mediator"));
    QVERIFY(PasswordHasher::verify(q.value(3).toString(), QStringLiteral("Station#mediator")));
    QCOMPARE(q.value(4).toInt(), 0);
    QCOMPARE(q.value(5).toString(), QStringLiteral("110105015"));
    QCOMPARE(q.value(6).toString(), QStringLiteral("admin"));
    q.finish();

    const auto entries = ud::AuditLog::forRecord(m_db->connection(), QStringLiteral("users"), id.value());
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().action, QStringLiteral("create"));
    QCOMPARE(entries.first().actor, QStringLiteral("admin"));
    QCOMPARE(entries.first().changes.value(QStringLiteral("username")).toArray().at(1).toString(),
             QStringLiteral("wang.fang"));
    QCOMPARE(entries.first().changes.value(QStringLiteral("role")).toArray().at(1).toString(),
             QStringLiteral("mediator"));
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore + 1);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore); // accounts stay local

    // A display name left empty falls back to the user name.
    const auto second = accounts.addUser(QStringLiteral("li.min"), QStringLiteral("  "), Role::Reviewer,
                                         QStringLiteral("another password"), QStringLiteral("110105"));
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM users WHERE display_name = 'li.min' AND org_unit = '110105'")),
             qint64(1));
    QVERIFY(m_db->check().ok());
}

void tst_Accounts::duplicateUsernameIsRefused_data()
{
    QTest::addColumn<QString>("second");
    QTest::newRow("same") << QStringLiteral("mediator1");
    QTest::newRow("upper case") << QStringLiteral("MEDIATOR1");
    QTest::newRow("mixed case") << QStringLiteral("Mediator1");
}

void tst_Accounts::duplicateUsernameIsRefused()
{
    QFETCH(QString, second);
    Accounts accounts(*m_store);
    QVERIFY(accounts.addUser(QStringLiteral("mediator1"), QStringLiteral("张伟"), Role::Mediator,
                             QStringLiteral("first password")).ok());
    const qint64 users = count(*m_db, QStringLiteral("SELECT count(*) FROM users"));
    const qint64 audit = count(*m_db, QStringLiteral("SELECT count(*) FROM audit_log"));
    const auto dup = accounts.addUser(second, QStringLiteral("另一个人"), Role::Administrator,
                                      QStringLiteral("second password"));
    QVERIFY(!dup.ok());
    QCOMPARE(dup.error(), QStringLiteral("Another record already has the same user name."));
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM users")), users);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM audit_log")), audit);
}

void tst_Accounts::invalidUsernameIsRefused_data()
{
    QTest::addColumn<QString>("username");
    QTest::newRow("empty") << QString();
    QTest::newRow("one character") << QStringLiteral("a");
    QTest::newRow("33 characters") << QString(33, QLatin1Char('a'));
    QTest::newRow("space inside") << QStringLiteral("wang fang");
    QTest::newRow("leading space") << QStringLiteral(" wangfang");
    QTest::newRow("Chinese") << QStringLiteral("王芳");
    QTest::newRow("at sign") << QStringLiteral("wang@union");
    QTest::newRow("quote") << QStringLiteral("o'brien");
    QTest::newRow("semicolon") << QStringLiteral("x;DROP");
    QTest::newRow("newline") << QStringLiteral("wang\nfang");
    QTest::newRow("full-width letters") << QStringLiteral("ｗａｎｇ");
}

void tst_Accounts::invalidUsernameIsRefused()
{
    QFETCH(QString, username);
    Accounts accounts(*m_store);
    const qint64 users = count(*m_db, QStringLiteral("SELECT count(*) FROM users"));
    const qint64 audit = count(*m_db, QStringLiteral("SELECT count(*) FROM audit_log"));
    const auto r = accounts.addUser(username, QStringLiteral("某人"), Role::Mediator, QStringLiteral("long enough"));
    QVERIFY(!r.ok());
    QVERIFY(!r.error().isEmpty());
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM users")), users);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM audit_log")), audit);
}

void tst_Accounts::validUsernameEdges_data()
{
    QTest::addColumn<QString>("username");
    QTest::newRow("two characters") << QStringLiteral("ab");
    QTest::newRow("32 characters") << QString(32, QLatin1Char('z'));
    QTest::newRow("dots, dashes, underscores, digits") << QStringLiteral("wang.fang-2_b");
}

void tst_Accounts::validUsernameEdges()
{
    QFETCH(QString, username);
    const auto r = Accounts(*m_store).addUser(username, QString(), Role::Reviewer, QStringLiteral("long enough"));
    QVERIFY2(r.ok(), qPrintable(r.error()));
}

void tst_Accounts::clearPasswordIsStoredNowhere()
{
    const QString password = QStringLiteral("Pl41n-T3xt-Canary");
    const auto id = Accounts(*m_store).addUser(QStringLiteral("canary"), QString(), Role::Mediator, password);
    QVERIFY(id.ok());

    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT changes FROM audit_log WHERE table_name = 'users' AND record_id = ?"));
    q.addBindValue(id.value());
    QVERIFY(q.exec() && q.next());
    const QString changes = q.value(0).toString();
    q.finish();
    QVERIFY(!changes.contains(password));
    // The audit entry says the password was set, but holds neither it nor its Argon2id hash
    // (the hash is what an offline guessing attack needs).
    // Since schema 9 it holds a MAC of the hash keyed with the node key, so `check` can tell a
    // swapped hash, while the entry still says nothing about the password.
    QVERIFY2(changes.contains(QLatin1String("\"password_hash\":[null,\"sealed:")), qPrintable(changes));
    QVERIFY2(!changes.contains(QLatin1String("$argon2id$")), qPrintable(changes));

    // Neither the database file nor its write-ahead log holds the password in clear text.
    m_store.reset();
    m_db->close();
    for (const QString &file : {m_path, m_path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains(password.toUtf8()), qPrintable(file));
    }
}

QTEST_GUILESS_MAIN(tst_Accounts)
#include "tst_accounts.moc"
