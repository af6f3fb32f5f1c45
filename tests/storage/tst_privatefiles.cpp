// Issue 9, item 3: every file UnionDesk writes that holds personal data is the user's alone —
// 0600 files in 0700 folders on Unix — whatever the umask of the process that runs it: backups
// (and their folder, even one made earlier with 0755), printed documents, and everything created
// after PrivateFiles::restrictNewFiles(), which each executable calls first.

#include "common/FileMode.h"
#include "core/Clock.h"
#include "core/PrivateFiles.h"
#include "documents/DocumentPrinter.h"
#include "exchange/TabularFile.h"
#include "storage/BackupManager.h"
#include "storage/Database.h"
#include "core/DatabaseFiles.h"
#include "storage/NodeIdentity.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace ud;

using udtest::modeOf;

class tst_PrivateFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void foldersArePrivate();
    void backupsArePrivate();
    void documentsArePrivate();
    void exportsArePrivate();
    void newFilesArePrivateAfterRestrict();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_PrivateFiles::initTestCase()
{
#ifndef Q_OS_UNIX
    QSKIP("file modes are a Unix matter; Windows uses ACLs");
#endif
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
}

void tst_PrivateFiles::init()
{
#ifdef Q_OS_UNIX
    ::umask(022); // the usual umask: files 0644, folders 0755 unless UnionDesk says otherwise
#endif
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_PrivateFiles::foldersArePrivate()
{
    const QString nested = m_dir->filePath(QStringLiteral("a/b/c"));
    QVERIFY(PrivateFiles::ensurePrivateFolder(nested));
    QCOMPARE(modeOf(nested), 0700);
    QCOMPARE(modeOf(m_dir->filePath(QStringLiteral("a/b"))), 0700);
    QCOMPARE(modeOf(m_dir->filePath(QStringLiteral("a"))), 0700);

    const QString existing = m_dir->filePath(QStringLiteral("old"));
    QVERIFY(QDir().mkdir(existing));
    QCOMPARE(modeOf(existing), 0755);
    QVERIFY(PrivateFiles::ensurePrivateFolder(existing));
    QCOMPARE(modeOf(existing), 0700);

    QFile plain(m_dir->filePath(QStringLiteral("plain.txt")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    QCOMPARE(modeOf(plain.fileName()), 0644);
    QVERIFY(!PrivateFiles::isPrivate(plain.fileName()));
    QVERIFY(PrivateFiles::makePrivate(plain.fileName()));
    QCOMPARE(modeOf(plain.fileName()), 0600);
    QVERIFY(PrivateFiles::isPrivate(plain.fileName()));
    QVERIFY(!PrivateFiles::ensurePrivateFolder(plain.fileName())); // a file is not a folder
}

void tst_PrivateFiles::backupsArePrivate()
{
    const QString path = m_dir->filePath(QStringLiteral("station.db"));
    Database db;
    QVERIFY(db.open(path, Database::OpenMode::CreateIfMissing));
    SystemClock clock;
    QVERIFY(NodeIdentity::initialize(db, QStringLiteral("110105015"), Tier::Street, QStringLiteral("测试站"), clock));

    // The backups folder as an older UnionDesk left it: world-readable.
    const QString folder = BackupManager::defaultFolderFor(path);
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(modeOf(folder), 0755);
    const auto written = BackupManager(folder, 3).backupNow(db, QDateTime::currentDateTimeUtc());
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(modeOf(folder), 0700);
    QCOMPARE(modeOf(written.value()), 0600);

    const QString explicitCopy = m_dir->filePath(QStringLiteral("copy.db"));
    QVERIFY(db.backupTo(explicitCopy));
    QCOMPARE(modeOf(explicitCopy), 0600);
}

void tst_PrivateFiles::documentsArePrivate()
{
    QTextDocument document;
    document.setHtml(QStringLiteral("<p>申请人 张三 110105194912310021</p>"));
    const QString pdf = m_dir->filePath(QStringLiteral("受理登记表.pdf"));
    QVERIFY(DocumentPrinter::writePdf(document, pdf, {}));
    QCOMPARE(modeOf(pdf), 0600);

    // An older, world-readable file of the same name is replaced by a private one.
    QFile old(pdf);
    QVERIFY(old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther | QFileDevice::ReadGroup));
    QCOMPARE(modeOf(pdf), 0644);
    QVERIFY(DocumentPrinter::writePdf(document, pdf, {}));
    QCOMPARE(modeOf(pdf), 0600);

    // Never over the open database.
    const QString dbPath = m_dir->filePath(QStringLiteral("station.db"));
    Database db;
    QVERIFY(db.open(dbPath, Database::OpenMode::CreateIfMissing));
    const qint64 size = QFileInfo(dbPath).size();
    const Status refused = DocumentPrinter::writePdf(document, dbPath, {});
    QVERIFY(!refused);
    QCOMPARE(QFileInfo(dbPath).size(), size);
    QVERIFY(db.verifyFilesInPlace());
}

void tst_PrivateFiles::exportsArePrivate()
{
    Table table;
    table.headers = {QStringLiteral("姓名"), QStringLiteral("身份证号")};
    table.rows = {{QStringLiteral("张三"), QStringLiteral("11010519491231002X")}};
    for (const QString &name : {QStringLiteral("workers.csv"), QStringLiteral("workers.xlsx")}) {
        const QString path = m_dir->filePath(name);
        // An older export of the same name that anyone could read.
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.close();
        QCOMPARE(modeOf(path), 0644);
        QVERIFY(TabularFile::write(path, table));
        QCOMPARE(modeOf(path), 0600);
    }

    // The open database is neither read as a spreadsheet (its locks would go) nor overwritten,
    // whatever its name.
    const QString dbPath = m_dir->filePath(QStringLiteral("list.csv"));
    Database db;
    QVERIFY(db.open(dbPath, Database::OpenMode::CreateIfMissing));
    const auto read = TabularFile::read(dbPath);
    QVERIFY(!read);
    QVERIFY2(read.error().contains(QLatin1String("list.csv")), qPrintable(read.error()));
    const qint64 size = QFileInfo(dbPath).size();
    QVERIFY(!TabularFile::write(dbPath, table));
    QCOMPARE(QFileInfo(dbPath).size(), size);
    QVERIFY(db.verifyFilesInPlace());
}

void tst_PrivateFiles::newFilesArePrivateAfterRestrict()
{
    PrivateFiles::restrictNewFiles();
    QFile file(m_dir->filePath(QStringLiteral("export.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QCOMPARE(modeOf(file.fileName()), 0600);
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("new/folder"))));
    QCOMPARE(modeOf(m_dir->filePath(QStringLiteral("new/folder"))), 0700);
    // A database created now, with its WAL and shared-memory files.
    const QString path = m_dir->filePath(QStringLiteral("new.db"));
    Database db;
    QVERIFY(db.open(path, Database::OpenMode::CreateIfMissing));
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
    QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600);
}

QTEST_MAIN(tst_PrivateFiles)
#include "tst_privatefiles.moc"
