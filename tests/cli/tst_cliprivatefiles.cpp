// Issue 9, item 3: every file uniondesk-cli writes that holds personal data is created 0600 in a
// 0700 folder, whatever the umask it was started with (here the usual 022): the database made by
// init and by demo (with its WAL), backups and their folder, worker exports in CSV (with full ID
// numbers) and XLSX, the mediation report, and the file put in place by restore.

#include "cli/CliProcess.h"
#include "common/FileMode.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using udtest::CliRun;

using udtest::modeOf;

class tst_CliPrivateFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFileIsPrivate();

private:
    CliRun run(const QStringList &args);

    QTemporaryDir m_home;
    QTemporaryDir m_work;
    QString m_cli;
};

void tst_CliPrivateFiles::initTestCase()
{
#ifndef Q_OS_UNIX
    QSKIP("file modes are a Unix matter; Windows uses ACLs");
#else
    ::umask(022); // inherited by the CLI: files 0644 and folders 0755 unless it says otherwise
#endif
    m_cli = qEnvironmentVariable("UD_CLI");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), "UD_CLI names the uniondesk-cli binary");
    QVERIFY(m_home.isValid() && m_work.isValid());
}

CliRun tst_CliPrivateFiles::run(const QStringList &args)
{
    return udtest::runCli(m_cli, m_home.path(), m_work.path(), args);
}

void tst_CliPrivateFiles::everyFileIsPrivate()
{
    const QDir work(m_work.path());
    // A demo node in a folder that does not exist yet.
    const QString db = work.filePath(QStringLiteral("station/node.db"));
    CliRun r = run({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("40")});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QCOMPARE(modeOf(db), 0600);
    QCOMPARE(modeOf(work.filePath(QStringLiteral("station"))), 0700);
    const QString password = udtest::printedPassword(r.out);
    QVERIFY(!password.isEmpty());
    udtest::cliCredentials() = {QStringLiteral("admin"), password};

    // init of another node.
    const QString other = work.filePath(QStringLiteral("other.db"));
    r = run({QStringLiteral("--db"), other, QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("110105015")});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QCOMPARE(modeOf(other), 0600);

    // A backup into the default folder, which an older version had made world-readable.
    const QString backups = work.filePath(QStringLiteral("station/backups"));
    QVERIFY(QDir().mkpath(backups));
    QVERIFY(QFile::setPermissions(backups, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                               | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                               | QFileDevice::ExeOther));
    QCOMPARE(modeOf(backups), 0755);
    r = run({QStringLiteral("--db"), db, QStringLiteral("backup")});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QCOMPARE(modeOf(backups), 0700);
    const QFileInfoList written = QDir(backups).entryInfoList({QStringLiteral("*.db")}, QDir::Files);
    QCOMPARE(written.size(), 1);
    QCOMPARE(modeOf(written.first().absoluteFilePath()), 0600);
    const QString copy = work.filePath(QStringLiteral("copy.db"));
    r = run({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("--to"), copy});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QCOMPARE(modeOf(copy), 0600);

    // Exports of personal data.
    for (const QStringList &args :
         {QStringList{QStringLiteral("export"), QStringLiteral("workers"), work.filePath(QStringLiteral("full.csv")),
                      QStringLiteral("--full-id-numbers")},
          QStringList{QStringLiteral("export"), QStringLiteral("workers"), work.filePath(QStringLiteral("masked.xlsx"))},
          QStringList{QStringLiteral("report"), QStringLiteral("mediation"), QStringLiteral("--period"),
                      QStringLiteral("2026"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                      QStringLiteral("--output"), work.filePath(QStringLiteral("report.xlsx"))}}) {
        r = run(QStringList{QStringLiteral("--db"), db} + args);
        QVERIFY2(r.code == 0, qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.out + r.err));
        QCOMPARE(modeOf(args.at(args.indexOf(QStringLiteral("--output")) >= 0 ? args.indexOf(QStringLiteral("--output")) + 1 : 2)),
                 0600);
    }

    // Restore puts a private file in place, even from a world-readable backup.
    QVERIFY(QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                            | QFileDevice::ReadOther));
    r = run({QStringLiteral("--db"), db, QStringLiteral("restore"), copy});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QCOMPARE(modeOf(db), 0600);
}

QTEST_GUILESS_MAIN(tst_CliPrivateFiles)
#include "tst_cliprivatefiles.moc"
