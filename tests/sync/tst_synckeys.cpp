// Tests for ud::SyncKeys, the node's Ed25519 signing key pair (docs/sync.md "Identity and keys"):
// made once and loaded again with the same public key; the file private to the user; a missing,
// short, long or altered file refused with a message; signatures that verify, and fail when a bit
// of the message, the signature or the key flips.

#include "core/PrivateFiles.h"
#include "sync/SyncKeys.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace ud;

namespace {
const QString kNode = QStringLiteral("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
} // namespace

class tst_SyncKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void pathIsInTheUsersKeyFolder();
    void createThenLoadGivesTheSameKey();
    void fileAndFolderArePrivate();
    void loadWithoutFileIsAnError();
    void invalidNodeIdIsRefused();
    void damagedFileIsRefused_data();
    void damagedFileIsRefused();
    void directoryKeyForAHub();
    void createInRefusesToReplace();
    void signAndVerify();
    void flippedBitFails_data();
    void flippedBitFails();
    void wrongSizesFail();
    void fingerprintForm();
    void copiesSignAlike();
};

void tst_SyncKeys::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
    // ud_add_test points XDG_DATA_HOME into the build tree; never write into the user's own keys.
    QVERIFY2(qEnvironmentVariableIsSet("XDG_DATA_HOME"), "run through ctest");
    QVERIFY(SyncKeys::sodiumReady());
}

void tst_SyncKeys::init()
{
    QFile::remove(SyncKeys::path(kNode));
}

void tst_SyncKeys::pathIsInTheUsersKeyFolder()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    QCOMPARE(SyncKeys::path(kNode), QDir(base).filePath(QStringLiteral("UnionDesk/keys/") + kNode + QStringLiteral(".sign")));
    QVERIFY(SyncKeys::path(QStringLiteral("../../etc/passwd")).endsWith(QStringLiteral("/keys/invalid.sign")));
}

void tst_SyncKeys::createThenLoadGivesTheSameKey()
{
    QVERIFY(!QFileInfo::exists(SyncKeys::path(kNode)));
    auto created = SyncKeys::loadOrCreate(kNode);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QCOMPARE(created.value().publicKey().size(), SyncKeys::kPublicKeyBytes);
    QCOMPARE(QFileInfo(SyncKeys::path(kNode)).size(), qint64(SyncKeys::kSecretKeyBytes));

    auto loaded = SyncKeys::load(kNode);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded.value().publicKey(), created.value().publicKey());
    auto again = SyncKeys::loadOrCreate(kNode);
    QVERIFY(again.ok());
    QCOMPARE(again.value().publicKey(), created.value().publicKey());

    // The loaded secret signs what the created public key verifies.
    const QByteArray message("hello hub");
    QVERIFY(SyncKeys::verify(created.value().publicKey(), message, loaded.value().sign(message)));
    QCOMPARE(loaded.value().publicKeyBase64(), QString::fromLatin1(created.value().publicKey().toBase64()));

    // Another node gets another key.
    const QString other = QStringLiteral("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c");
    QFile::remove(SyncKeys::path(other));
    auto second = SyncKeys::loadOrCreate(other);
    QVERIFY(second.ok());
    QVERIFY(second.value().publicKey() != created.value().publicKey());
}

void tst_SyncKeys::fileAndFolderArePrivate()
{
    QVERIFY(SyncKeys::loadOrCreate(kNode).ok());
    const QString file = SyncKeys::path(kNode);
    QVERIFY(PrivateFiles::isPrivate(file));
    QVERIFY(PrivateFiles::isPrivate(QFileInfo(file).absolutePath()));
#ifdef Q_OS_UNIX
    QVERIFY(!(QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
    QVERIFY(!(QFileInfo(QFileInfo(file).absolutePath()).permissions()
              & (QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther)));
#endif
}

void tst_SyncKeys::loadWithoutFileIsAnError()
{
    const auto loaded = SyncKeys::load(kNode);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(QStringLiteral("There is no signing key file")), qPrintable(loaded.error()));
    QVERIFY(loaded.error().contains(QDir::toNativeSeparators(SyncKeys::path(kNode))));
    QVERIFY(!QFileInfo::exists(SyncKeys::path(kNode))); // load never creates one
}

void tst_SyncKeys::invalidNodeIdIsRefused()
{
    for (const QString &bad : {QString(), QStringLiteral("../x"), QStringLiteral("a/b"), QString(65, QLatin1Char('a')),
                               QStringLiteral("中文")}) {
        const auto loaded = SyncKeys::load(bad);
        QVERIFY2(!loaded.ok(), qPrintable(bad));
        QVERIFY(loaded.error().contains(QStringLiteral("is not valid")));
        QVERIFY(!SyncKeys::loadOrCreate(bad).ok());
        QVERIFY(!SyncKeys::createIn(QDir::tempPath(), bad).ok());
    }
}

void tst_SyncKeys::damagedFileIsRefused_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("empty") << "empty";
    QTest::newRow("short") << "short";
    QTest::newRow("long") << "long";
    QTest::newRow("seed bit flipped") << "seed";
    QTest::newRow("public half bit flipped") << "public";
}

void tst_SyncKeys::damagedFileIsRefused()
{
    QFETCH(QString, damage);
    QVERIFY(SyncKeys::loadOrCreate(kNode).ok());
    const QString file = SyncKeys::path(kNode);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray data = f.readAll();
    f.close();
    QCOMPARE(data.size(), SyncKeys::kSecretKeyBytes);
    if (damage == QLatin1String("empty"))
        data.clear();
    else if (damage == QLatin1String("short"))
        data.chop(1);
    else if (damage == QLatin1String("long"))
        data.append('\0');
    else if (damage == QLatin1String("seed"))
        data[5] = static_cast<char>(data[5] ^ 0x01);
    else
        data[40] = static_cast<char>(data[40] ^ 0x80);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
    f.close();

    const auto loaded = SyncKeys::load(kNode);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(QStringLiteral("is damaged")), qPrintable(loaded.error()));
    // loadOrCreate never replaces a damaged key with a new one: the hub knows the old public key.
    const auto again = SyncKeys::loadOrCreate(kNode);
    QVERIFY(!again.ok());
    QVERIFY(again.error().contains(QStringLiteral("is damaged")));
    QFile check(file);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), data);
}

void tst_SyncKeys::directoryKeyForAHub()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("hub-config"));
    auto missing = SyncKeys::fromDirectory(dir, QStringLiteral("hub"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().contains(QStringLiteral("There is no signing key file")));

    auto created = SyncKeys::createIn(dir, QStringLiteral("hub"));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const QString file = QDir(dir).filePath(QStringLiteral("hub.sign"));
    QVERIFY(QFileInfo::exists(file));
    QVERIFY(PrivateFiles::isPrivate(file));
    QVERIFY(PrivateFiles::isPrivate(dir)); // the folder was made by createIn

    auto loaded = SyncKeys::fromDirectory(dir, QStringLiteral("hub"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded.value().publicKey(), created.value().publicKey());
    QCOMPARE(loaded.value().fingerprint(), created.value().fingerprint());
}

void tst_SyncKeys::createInRefusesToReplace()
{
    QTemporaryDir tmp;
    auto first = SyncKeys::createIn(tmp.path(), QStringLiteral("hub"));
    QVERIFY(first.ok());
    auto second = SyncKeys::createIn(tmp.path(), QStringLiteral("hub"));
    QVERIFY(!second.ok());
    QVERIFY2(second.error().contains(QStringLiteral("already exists")), qPrintable(second.error()));
    auto loaded = SyncKeys::fromDirectory(tmp.path(), QStringLiteral("hub"));
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().publicKey(), first.value().publicKey());
}

void tst_SyncKeys::signAndVerify()
{
    const SyncKeys keys = SyncKeys::generate();
    const QByteArray message = QByteArrayLiteral("UD1\nPOST\n/sync/v1/push\n...");
    const QByteArray signature = keys.sign(message);
    QCOMPARE(signature.size(), SyncKeys::kSignatureBytes);
    QVERIFY(SyncKeys::verify(keys.publicKey(), message, signature));
    QVERIFY(SyncKeys::verify(keys.publicKey(), QByteArray(), keys.sign(QByteArray())));
    // Ed25519 is deterministic: the same message, the same signature.
    QCOMPARE(keys.sign(message), signature);
    QVERIFY(!SyncKeys::verify(SyncKeys::generate().publicKey(), message, signature));
}

void tst_SyncKeys::flippedBitFails_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("byte");
    for (int byte : {0, 7, 31})
        QTest::addRow("message byte %d", byte) << "message" << byte;
    for (int byte : {0, 31, 32, 63})
        QTest::addRow("signature byte %d", byte) << "signature" << byte;
    for (int byte : {0, 16, 31})
        QTest::addRow("public key byte %d", byte) << "key" << byte;
}

void tst_SyncKeys::flippedBitFails()
{
    QFETCH(QString, what);
    QFETCH(int, byte);
    const SyncKeys keys = SyncKeys::generate();
    QByteArray message = QByteArrayLiteral("0123456789abcdef0123456789abcdef");
    QByteArray signature = keys.sign(message);
    QByteArray publicKey = keys.publicKey();
    QVERIFY(SyncKeys::verify(publicKey, message, signature));
    QByteArray &target = what == QLatin1String("message") ? message : what == QLatin1String("signature") ? signature : publicKey;
    target[byte] = static_cast<char>(target[byte] ^ 0x04);
    QVERIFY(!SyncKeys::verify(publicKey, message, signature));
}

void tst_SyncKeys::wrongSizesFail()
{
    const SyncKeys keys = SyncKeys::generate();
    const QByteArray message("m");
    const QByteArray signature = keys.sign(message);
    QVERIFY(!SyncKeys::verify(keys.publicKey().left(31), message, signature));
    QVERIFY(!SyncKeys::verify(keys.publicKey() + 'x', message, signature));
    QVERIFY(!SyncKeys::verify(keys.publicKey(), message, signature.left(63)));
    QVERIFY(!SyncKeys::verify(keys.publicKey(), message, signature + 'x'));
    QVERIFY(!SyncKeys::verify(QByteArray(), message, QByteArray()));
}

void tst_SyncKeys::fingerprintForm()
{
    const SyncKeys keys = SyncKeys::generate();
    const QString fp = keys.fingerprint();
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$")).match(fp).hasMatch(),
             qPrintable(fp));
    const QByteArray digest = QCryptographicHash::hash(keys.publicKey(), QCryptographicHash::Sha256).toHex();
    QCOMPARE(QString(fp).remove(QLatin1Char('-')), QString::fromLatin1(digest.left(16)));
    // A known vector: SHA-256 of 32 zero bytes is 66687aadf862bd77...
    QCOMPARE(SyncKeys::fingerprintOf(QByteArray(32, '\0')), QStringLiteral("6668-7aad-f862-bd77"));
    QVERIFY(SyncKeys::generate().fingerprint() != fp);
}

void tst_SyncKeys::copiesSignAlike()
{
    const SyncKeys keys = SyncKeys::generate();
    SyncKeys copy = keys;
    QCOMPARE(copy.publicKey(), keys.publicKey());
    QCOMPARE(copy.sign("x"), keys.sign("x"));
    copy = SyncKeys::generate();
    QVERIFY(copy.publicKey() != keys.publicKey());
    QVERIFY(SyncKeys::verify(copy.publicKey(), "x", copy.sign("x")));
}

QTEST_GUILESS_MAIN(tst_SyncKeys)
#include "tst_synckeys.moc"
