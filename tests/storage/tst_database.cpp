// Tests for ud::Database: creating and opening files, the pragmas design §3 requires, which
// files are refused, splitting migration scripts, the integrity check and nested transactions.

#include "core/Clock.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using ud::Database;

namespace {

QString sourceDir()
{
    const QString env = qEnvironmentVariable("UD_TEST_SOURCE_DIR");
    return env.isEmpty() ? QString::fromUtf8(UD_SOURCE_DIR) : env;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    if (bytes.size() < offset + 4)
        return 0;
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v = (v << 8) | static_cast<quint8>(bytes.at(offset + i));
    return v;
}

// A plain QSQLITE connection that bypasses Database (to build or inspect files the way other
// programs would).
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(QRandomGenerator::global()->generate64()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QString exec(const QString &sql) const // "" on success, else the error
    {
        QSqlQuery q(db());
        return q.exec(sql) ? QString() : q.lastError().text();
    }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    QString m_name;
};

QVariant scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

QStringList simplifiedAll(const QStringList &list)
{
    QStringList out;
    for (const QString &s : list)
        out << s.simplified();
    return out;
}

const QDateTime kStart = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);

} // namespace

class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createsANewFileAndFolders();
    void pragmasInEffect_data();
    void pragmasInEffect();
    void applicationIdAndVersionInTheFileHeader();
    void refusesFile_data();
    void refusesFile();

    void splitSqlStatements_data();
    void splitSqlStatements();
    void splitsTheShippedSchemaIntoRunnableStatements();

    void checkIsOkOnAHealthyDatabase();
    void checkDetectsAuditTampering_data();
    void checkDetectsAuditTampering();
    void checkDetectsBrokenReference();
    void checkReportsAWrongSchemaVersion();

    void innerRollbackKeepsOuterWork();
    void outerRollbackDropsEverything();
    void threeLevelsOfNesting();
    void committingTwiceFails();
    void aTransactionAfterARollbackStartsFresh();
    void execReportsErrors();

private:
    QString freshCopy(const QString &name) const;
    void writeSomeRecords(Database &db, int orgUnits);

    std::unique_ptr<QTemporaryDir> m_shared;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_template;
};

void tst_Database::initTestCase()
{
    m_shared = std::make_unique<QTemporaryDir>();
    QVERIFY(m_shared->isValid());
    m_template = m_shared->filePath(QStringLiteral("template.db"));
    Database db;
    const ud::Status s = db.open(m_template, Database::OpenMode::CreateIfMissing);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    db.close();
}

void tst_Database::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Database::cleanup()
{
    m_dir.reset();
}

QString tst_Database::freshCopy(const QString &name) const
{
    const QString path = m_dir->filePath(name);
    QFile::copy(m_template, path);
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

void tst_Database::writeSomeRecords(Database &db, int orgUnits)
{
    ud::ManualClock clock(kStart);
    auto node = ud::NodeIdentity::initialize(db, QStringLiteral("110105015"), ud::Tier::Street,
                                             QStringLiteral("八里庄街道工会服务站"), clock);
    QVERIFY2(node.ok(), qPrintable(node.error()));
    ud::RecordStore store(db, &clock);
    store.setActor(QStringLiteral("mediator1"));
    for (int i = 0; i < orgUnits; ++i) {
        clock.advanceMs(1000);
        auto rec = store.create(QStringLiteral("org_units"),
                                {{QStringLiteral("code"), QStringLiteral("81110105TEST%1").arg(i, 5, 10, QLatin1Char('0'))},
                                 {QStringLiteral("name"), QStringLiteral("北京测试%1有限公司工会委员会").arg(i)},
                                 {QStringLiteral("short_name"), QStringLiteral("测试%1").arg(i)},
                                 {QStringLiteral("parent_code"), QStringLiteral("110105015")},
                                 {QStringLiteral("tier"), QStringLiteral("enterprise")}});
        QVERIFY2(rec.ok(), qPrintable(rec.error()));
    }
}

void tst_Database::createsANewFileAndFolders()
{
    const QString path = m_dir->filePath(QStringLiteral("a/b/node.db"));
    QVERIFY(!QFileInfo::exists(path));
    Database db;
    QVERIFY(!db.isOpen());
    const ud::Status s = db.open(path, Database::OpenMode::CreateIfMissing);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QVERIFY(db.isOpen());
    QVERIFY(QFileInfo(path).isFile());
    QCOMPARE(db.path(), QFileInfo(path).absoluteFilePath());
    QVERIFY(Database::latestSchemaVersion() >= 2);
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    db.close();
    QVERIFY(!db.isOpen());
    // A closed database is one file: the WAL was folded back in.
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));

    // Opening it again applies nothing more and keeps the version.
    QVERIFY(db.open(path, Database::OpenMode::ExistingOnly).ok());
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".before-schema-%1.db").arg(Database::latestSchemaVersion())));
}

void tst_Database::pragmasInEffect_data()
{
    QTest::addColumn<bool>("reopen");
    QTest::addColumn<QString>("pragma");
    QTest::addColumn<QString>("expected"); // "" = any positive number

    for (bool reopen : {false, true}) {
        const char *when = reopen ? "reopened" : "created";
        QTest::addRow("%s: journal_mode", when) << reopen << QStringLiteral("journal_mode") << QStringLiteral("wal");
        QTest::addRow("%s: synchronous", when) << reopen << QStringLiteral("synchronous") << QStringLiteral("2");
        QTest::addRow("%s: foreign_keys", when) << reopen << QStringLiteral("foreign_keys") << QStringLiteral("1");
        QTest::addRow("%s: busy_timeout", when) << reopen << QStringLiteral("busy_timeout") << QString();
        QTest::addRow("%s: application_id", when)
            << reopen << QStringLiteral("application_id") << QString::number(Database::kApplicationId);
    }
}

void tst_Database::pragmasInEffect()
{
    QFETCH(bool, reopen);
    QFETCH(QString, pragma);
    QFETCH(QString, expected);

    const QString path = m_dir->filePath(QStringLiteral("node.db"));
    Database db;
    QVERIFY(db.open(path, Database::OpenMode::CreateIfMissing).ok());
    if (reopen) {
        db.close();
        QVERIFY(db.open(path, Database::OpenMode::ExistingOnly).ok());
    }
    const QVariant value = scalar(db, QStringLiteral("PRAGMA %1").arg(pragma));
    QVERIFY2(value.isValid(), qPrintable(pragma));
    if (expected.isEmpty())
        QVERIFY2(value.toInt() >= 1000, qPrintable(value.toString())); // at least a second
    else
        QCOMPARE(value.toString().toLower(), expected);
}

void tst_Database::applicationIdAndVersionInTheFileHeader()
{
    const QString path = m_dir->filePath(QStringLiteral("node.db"));
    {
        Database db;
        QVERIFY(db.open(path, Database::OpenMode::CreateIfMissing).ok());
    }
    // SQLite file format: offset 60 user_version, offset 68 application_id, both big-endian.
    const QByteArray header = fileBytes(path).left(100);
    QVERIFY(header.startsWith("SQLite format 3"));
    QCOMPARE(header.mid(68, 4), QByteArray("UDK1"));
    QCOMPARE(bigEndian32(header, 68), quint32(Database::kApplicationId));
    QCOMPARE(bigEndian32(header, 60), quint32(Database::latestSchemaVersion()));
}

void tst_Database::refusesFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("createIfMissing");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("missing file, existing only") << QStringLiteral("missing") << false << QStringLiteral("does not exist");
    QTest::newRow("a folder") << QStringLiteral("folder") << true << QStringLiteral("not a file");
    QTest::newRow("empty file, existing only") << QStringLiteral("empty") << false << QStringLiteral("empty file");
    QTest::newRow("random bytes") << QStringLiteral("random") << true << QStringLiteral("not a UnionDesk database");
    QTest::newRow("text file") << QStringLiteral("text") << true << QStringLiteral("not a UnionDesk database");
    QTest::newRow("another program's SQLite file") << QStringLiteral("other") << true
                                                   << QStringLiteral("not a UnionDesk database");
    QTest::newRow("empty SQLite file with a foreign application id")
        << QStringLiteral("foreign-id") << true << QStringLiteral("not a UnionDesk database");
    QTest::newRow("empty SQLite file with a user_version") << QStringLiteral("versioned") << true
                                                            << QStringLiteral("not a UnionDesk database");
    QTest::newRow("newer schema") << QStringLiteral("newer") << true << QStringLiteral("newer");
}

void tst_Database::refusesFile()
{
    QFETCH(QString, kind);
    QFETCH(bool, createIfMissing);
    QFETCH(QString, messagePart);

    const QString path = m_dir->filePath(QStringLiteral("candidate.db"));
    if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(path));
    } else if (kind == QLatin1String("empty")) {
        QVERIFY(writeFile(path, QByteArray()));
    } else if (kind == QLatin1String("random")) {
        QByteArray bytes(8192, '\0');
        QRandomGenerator gen(4711);
        for (char &c : bytes)
            c = static_cast<char>(gen.bounded(256));
        QVERIFY(writeFile(path, bytes));
    } else if (kind == QLatin1String("text")) {
        QVERIFY(writeFile(path, QByteArrayLiteral("name,code\n朝阳区,110105\n")));
    } else if (kind == QLatin1String("other")) {
        RawConnection raw(path);
        QCOMPARE(raw.exec(QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")), QString());
        QCOMPARE(raw.exec(QStringLiteral("INSERT INTO moz_places (url) VALUES ('https://example.org/')")), QString());
    } else if (kind == QLatin1String("foreign-id")) {
        RawConnection raw(path);
        QCOMPARE(raw.exec(QStringLiteral("PRAGMA application_id=1196444487")), QString()); // GeoPackage "GPKG"
    } else if (kind == QLatin1String("versioned")) {
        RawConnection raw(path);
        QCOMPARE(raw.exec(QStringLiteral("PRAGMA user_version=3")), QString());
    } else if (kind == QLatin1String("newer")) {
        QFile::copy(m_template, path);
        QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        RawConnection raw(path);
        QCOMPARE(raw.exec(QStringLiteral("PRAGMA user_version=%1").arg(Database::latestSchemaVersion() + 1)), QString());
    } else {
        QCOMPARE(kind, QStringLiteral("missing"));
    }

    const bool existed = QFileInfo(path).isFile();
    const QByteArray before = existed ? fileHash(path) : QByteArray();
    const QStringList entriesBefore = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    Database db;
    const ud::Status s = db.open(path, createIfMissing ? Database::OpenMode::CreateIfMissing
                                                        : Database::OpenMode::ExistingOnly);
    QVERIFY(!s.ok());
    QVERIFY(!db.isOpen());
    QVERIFY2(s.error().contains(messagePart, Qt::CaseInsensitive), qPrintable(s.error()));
    QVERIFY2(s.error().contains(QStringLiteral("candidate.db")), qPrintable(s.error()));
    if (kind == QLatin1String("newer")) {
        QVERIFY2(s.error().contains(QString::number(Database::latestSchemaVersion() + 1)), qPrintable(s.error()));
        QVERIFY2(s.error().contains(QString::number(Database::latestSchemaVersion())), qPrintable(s.error()));
    }
    db.close();

    // Nothing was changed or added: same bytes, no new files (no copy, no journal left behind).
    if (existed)
        QCOMPARE(fileHash(path), before);
    else if (kind == QLatin1String("missing"))
        QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), entriesBefore);
}

void tst_Database::splitSqlStatements_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected"); // compared after QString::simplified()

    QTest::newRow("two statements") << QStringLiteral("CREATE TABLE a (x TEXT);\nINSERT INTO a VALUES (1);")
                                    << QStringList{QStringLiteral("CREATE TABLE a (x TEXT);"),
                                                   QStringLiteral("INSERT INTO a VALUES (1);")};
    QTest::newRow("last without semicolon") << QStringLiteral("SELECT 1; SELECT 2")
                                            << QStringList{QStringLiteral("SELECT 1;"), QStringLiteral("SELECT 2")};
    QTest::newRow("semicolon in a string") << QStringLiteral("INSERT INTO a VALUES ('x; y'); SELECT 2;")
                                           << QStringList{QStringLiteral("INSERT INTO a VALUES ('x; y');"),
                                                          QStringLiteral("SELECT 2;")};
    QTest::newRow("doubled quote in a string") << QStringLiteral("INSERT INTO a VALUES ('it''s; fine'); SELECT 2;")
                                               << QStringList{QStringLiteral("INSERT INTO a VALUES ('it''s; fine');"),
                                                              QStringLiteral("SELECT 2;")};
    QTest::newRow("semicolon in a quoted identifier")
        << QStringLiteral("CREATE TABLE \"odd;name\" (x); SELECT 2;")
        << QStringList{QStringLiteral("CREATE TABLE \"odd;name\" (x);"), QStringLiteral("SELECT 2;")};
    QTest::newRow("double quote inside a string")
        << QStringLiteral("INSERT INTO a VALUES ('say \"hi; there'); SELECT 2;")
        << QStringList{QStringLiteral("INSERT INTO a VALUES ('say \"hi; there');"), QStringLiteral("SELECT 2;")};
    QTest::newRow("Chinese text with a full-width and an ASCII semicolon")
        << QStringLiteral("INSERT INTO a VALUES ('调解；成功;'); SELECT 2;")
        << QStringList{QStringLiteral("INSERT INTO a VALUES ('调解；成功;');"), QStringLiteral("SELECT 2;")};
    QTest::newRow("line comments") << QStringLiteral("-- first; not a statement\nSELECT 1; -- trailing; don't\nSELECT 2;")
                                   << QStringList{QStringLiteral("SELECT 1;"), QStringLiteral("SELECT 2;")};
    QTest::newRow("block comments") << QStringLiteral("/* header; it's */ SELECT /* a;b */ 1; /* tail; */")
                                    << QStringList{QStringLiteral("SELECT 1;")};
    QTest::newRow("comment markers inside strings")
        << QStringLiteral("INSERT INTO a VALUES ('--not a comment;', '/* nor; this */');")
        << QStringList{QStringLiteral("INSERT INTO a VALUES ('--not a comment;', '/* nor; this */');")};
    QTest::newRow("only comments and blanks") << QStringLiteral("  -- nothing\n /* here; */ \n\n") << QStringList{};
    QTest::newRow("empty statements") << QStringLiteral("SELECT 1;;  ; SELECT 2;")
                                      << QStringList{QStringLiteral("SELECT 1;"), QStringLiteral("SELECT 2;")};
    QTest::newRow("trigger body")
        << QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n  INSERT INTO b VALUES (new.x);\n"
                          "  UPDATE c SET n = n + 1;\nEND;\nSELECT 1;")
        << QStringList{QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (new.x); "
                                      "UPDATE c SET n = n + 1; END;"),
                       QStringLiteral("SELECT 1;")};
    QTest::newRow("temp trigger, lower case")
        << QStringLiteral("create temp trigger t before insert on a begin select 1; select 2; end; select 3;")
        << QStringList{QStringLiteral("create temp trigger t before insert on a begin select 1; select 2; end;"),
                       QStringLiteral("select 3;")};
    QTest::newRow("temporary trigger, END with space before semicolon")
        << QStringLiteral("CREATE TEMPORARY TRIGGER t BEFORE INSERT ON a BEGIN SELECT 1; END ;SELECT 2;")
        << QStringList{QStringLiteral("CREATE TEMPORARY TRIGGER t BEFORE INSERT ON a BEGIN SELECT 1; END ;"),
                       QStringLiteral("SELECT 2;")};
    QTest::newRow("trigger with END; in strings")
        << QStringLiteral("CREATE TRIGGER t BEFORE DELETE ON a WHEN old.x = 'END;' BEGIN SELECT RAISE(ABORT, 'no; END;'); END; SELECT 1;")
        << QStringList{QStringLiteral("CREATE TRIGGER t BEFORE DELETE ON a WHEN old.x = 'END;' BEGIN SELECT RAISE(ABORT, 'no; END;'); END;"),
                       QStringLiteral("SELECT 1;")};
    QTest::newRow("trigger whose name and columns contain 'end'")
        << QStringLiteral("CREATE TRIGGER backend BEFORE INSERT ON a BEGIN UPDATE b SET x = weekend; END; SELECT 1;")
        << QStringList{QStringLiteral("CREATE TRIGGER backend BEFORE INSERT ON a BEGIN UPDATE b SET x = weekend; END;"),
                       QStringLiteral("SELECT 1;")};
    QTest::newRow("the schema's append-only triggers")
        << QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log\n"
                          "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;\n"
                          "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log\n"
                          "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;\n")
        << QStringList{QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                                      "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;"),
                       QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                                      "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;")};
    // A validation trigger whose body statement ends with a CASE expression: the CASE's END is
    // followed by ';' but does not end the trigger.
    QTest::newRow("trigger body statement ending in CASE ... END")
        << QStringLiteral("CREATE TRIGGER t BEFORE INSERT ON a BEGIN\n"
                          "  SELECT CASE WHEN new.x < 0 THEN RAISE(ABORT, 'negative') END;\n"
                          "  INSERT INTO b VALUES (new.x);\n"
                          "END;\nSELECT 1;")
        << QStringList{QStringLiteral("CREATE TRIGGER t BEFORE INSERT ON a BEGIN SELECT CASE WHEN new.x < 0 THEN "
                                      "RAISE(ABORT, 'negative') END; INSERT INTO b VALUES (new.x); END;"),
                       QStringLiteral("SELECT 1;")};
}

void tst_Database::splitSqlStatements()
{
    QFETCH(QString, script);
    QFETCH(QStringList, expected);
    QCOMPARE(simplifiedAll(ud::splitSqlStatements(script)), expected);
}

void tst_Database::splitsTheShippedSchemaIntoRunnableStatements()
{
    QFile f(sourceDir() + QStringLiteral("/resources/sql/0001_core_schema.sql"));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    const QStringList statements = ud::splitSqlStatements(QString::fromUtf8(f.readAll()));
    // 6 tables, 2 indexes, 2 triggers.
    QCOMPARE(statements.size(), 10);
    RawConnection raw(m_dir->filePath(QStringLiteral("plain.db")));
    for (const QString &statement : statements)
        QVERIFY2(raw.exec(statement).isEmpty(), qPrintable(statement + QStringLiteral(": ") + raw.exec(statement)));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")).toInt(), 2);
}

void tst_Database::checkIsOkOnAHealthyDatabase()
{
    Database db;
    QVERIFY(db.open(freshCopy(QStringLiteral("node.db")), Database::OpenMode::ExistingOnly).ok());
    writeSomeRecords(db, 4);
    ud::ManualClock clock(kStart.addDays(1));
    ud::RecordStore store(db, &clock);
    const QString id = scalar(db, QStringLiteral("SELECT id FROM org_units WHERE origin_node <> 'reference' LIMIT 1")).toString();
    QVERIFY(store.update(QStringLiteral("org_units"), id, 1, {{QStringLiteral("short_name"), QStringLiteral("改名")}}).ok());

    const ud::CheckReport report = db.check();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    QVERIFY(report.problems.isEmpty());
    QCOMPARE(report.schemaVersion, Database::latestSchemaVersion());
    QCOMPARE(report.auditEntries, qint64(5));
    QCOMPARE(report.outboxPending, qint64(5));
}

void tst_Database::checkDetectsAuditTampering_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<int>("badSeq"); // the entry the report must name; 0 = not checked

    QTest::newRow("changes edited") << QStringLiteral("UPDATE audit_log SET changes = '{}' WHERE seq = 2") << 2;
    QTest::newRow("actor edited") << QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE seq = 3") << 3;
    QTest::newRow("reason edited") << QStringLiteral("UPDATE audit_log SET reason = 'backdated' WHERE seq = 1") << 1;
    QTest::newRow("timestamp edited") << QStringLiteral("UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 4") << 4;
    QTest::newRow("middle entry deleted") << QStringLiteral("DELETE FROM audit_log WHERE seq = 2") << 3;
    QTest::newRow("first entry deleted") << QStringLiteral("DELETE FROM audit_log WHERE seq = 1") << 2;
    // Cutting entries off the end leaves a chain that links up; the log's own sequence
    // (AUTOINCREMENT keeps the highest seq ever used) still shows entries are missing.
    QTest::newRow("last entry deleted") << QStringLiteral("DELETE FROM audit_log WHERE seq = 5") << 0;
}

void tst_Database::checkDetectsAuditTampering()
{
    QFETCH(QString, tamper);
    QFETCH(int, badSeq);

    Database db;
    QVERIFY(db.open(freshCopy(QStringLiteral("node.db")), Database::OpenMode::ExistingOnly).ok());
    writeSomeRecords(db, 5);
    QVERIFY(db.check().ok());
    QVERIFY(ud::AuditLog::verifyChain(db.connection()).ok);

    // The append-only triggers stop this through SQL; someone with the file can drop them.
    QVERIFY(!db.exec(tamper).ok());
    QVERIFY(db.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")).ok());
    QVERIFY(db.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")).ok());
    const ud::Status tampered = db.exec(tamper);
    QVERIFY2(tampered.ok(), qPrintable(tampered.error()));

    const ud::CheckReport report = db.check();
    QVERIFY2(!report.ok(), "check() did not notice the altered audit log");
    const QString text = report.problems.join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QStringLiteral("audit"), Qt::CaseInsensitive), qPrintable(text));
    if (badSeq > 0) {
        QVERIFY2(text.contains(QStringLiteral("entry %1").arg(badSeq)), qPrintable(text));
        const auto chain = ud::AuditLog::verifyChain(db.connection());
        QVERIFY(!chain.ok);
        QCOMPARE(chain.firstBadSeq, qint64(badSeq));
    }
}

void tst_Database::checkDetectsBrokenReference()
{
    Database db;
    QVERIFY(db.open(freshCopy(QStringLiteral("node.db")), Database::OpenMode::ExistingOnly).ok());
    writeSomeRecords(db, 1);
    QVERIFY(db.check().ok());

    // With foreign keys on, the insert is refused...
    const QString insert = QStringLiteral(
        "INSERT INTO org_units (id, code, name, short_name, parent_code, tier, org_unit, origin_node, hlc, "
        "created_at, created_by, updated_at, updated_by) VALUES ('018f0000-0000-7000-8000-000000000001', "
        "'81110105ORPHAN0001', '孤儿工会', '孤儿', '999999999', 'enterprise', '110105015', 'x', "
        "'0001772352000000-00000', '2026-03-01T08:00:00.000Z', 'x', '2026-03-01T08:00:00.000Z', 'x')");
    QVERIFY(!db.exec(insert).ok());
    // ...and with them off on this connection it slips in.
    QVERIFY(db.exec(QStringLiteral("PRAGMA foreign_keys=OFF")).ok());
    const ud::Status s = db.exec(insert);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QVERIFY(db.exec(QStringLiteral("PRAGMA foreign_keys=ON")).ok());

    // Both the broken reference and the row written without an audit entry (schema 9) show.
    const ud::CheckReport report = db.check();
    QVERIFY(!report.ok());
    QCOMPARE(report.problems.size(), 2);
    QVERIFY2(report.problems.first().contains(QStringLiteral("org_units")), qPrintable(report.problems.first()));
    QVERIFY2(report.problems.first().startsWith(QStringLiteral("Broken reference")), qPrintable(report.problems.first()));
}

void tst_Database::checkReportsAWrongSchemaVersion()
{
    Database db;
    QVERIFY(db.open(freshCopy(QStringLiteral("node.db")), Database::OpenMode::ExistingOnly).ok());
    QVERIFY(db.check().ok());
    QVERIFY(db.exec(QStringLiteral("PRAGMA user_version=1")).ok());
    const ud::CheckReport report = db.check();
    QVERIFY(!report.ok());
    QCOMPARE(report.schemaVersion, 1);
    QVERIFY(report.problems.join(QLatin1Char('\n')).contains(QStringLiteral("Schema version")));
}

void tst_Database::innerRollbackKeepsOuterWork()
{
    Database db;
    const QString path = freshCopy(QStringLiteral("node.db"));
    QVERIFY(db.open(path, Database::OpenMode::ExistingOnly).ok());
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE scratch (x TEXT)")).ok());
    {
        Database::Transaction outer(db);
        QVERIFY2(outer.isActive(), qPrintable(outer.error()));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO scratch VALUES ('a')")).ok());
        {
            Database::Transaction inner(db);
            QVERIFY(inner.isActive());
            QVERIFY(db.exec(QStringLiteral("INSERT INTO scratch VALUES ('b')")).ok());
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM scratch")).toInt(), 2);
        } // not committed: rolled back to its savepoint
        QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(x) FROM scratch")).toString(), QStringLiteral("a"));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO scratch VALUES ('c')")).ok());
        const ud::Status s = outer.commit();
        QVERIFY2(s.ok(), qPrintable(s.error()));
    }
    // Committed for everyone, not only this connection.
    RawConnection other(path);
    QCOMPARE(other.scalar(QStringLiteral("SELECT group_concat(x, '') FROM (SELECT x FROM scratch ORDER BY x)")).toString(),
             QStringLiteral("ac"));
}

void tst_Database::outerRollbackDropsEverything()
{
    Database db;
    const QString path = freshCopy(QStringLiteral("node.db"));
    QVERIFY(db.open(path, Database::OpenMode::ExistingOnly).ok());
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE scratch (x TEXT)")).ok());
    {
        Database::Transaction outer(db);
        QVERIFY(outer.isActive());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO scratch VALUES ('a')")).ok());
        {
            Database::Transaction inner(db);
            QVERIFY(db.exec(QStringLiteral("INSERT INTO scratch VALUES ('b')")).ok());
            QVERIFY(inner.commit().ok());
        }
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM scratch")).toInt(), 2);
    } // outer not committed
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM scratch")).toInt(), 0);
    RawConnection other(path);
    QCOMPARE(other.scalar(QStringLiteral("SELECT count(*) FROM scratch")).toInt(), 0);
}

void tst_Database::threeLevelsOfNesting()
{
    Database db;
    QVERIFY(db.open(freshCopy(QStringLiteral("node.db")), Database::OpenMode::ExistingOnly).ok());
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE scratch (x TEXT)")).ok());
    {
        Database::Transaction t1(db);
        QVERIFY(db.exec(QStringLiteral("INSERT INTO scratch VALUES ('1')")).ok());
        {
            Database::Transaction t2(db);
            QVERIFY(db.exec(QStringLiteral("INSERT INTO scratch VALUES ('2')")).ok());
            {
                Database::Transaction t3(db);
                QVERIFY(db.exec(QStringLiteral("INSERT INTO scratch VALUES ('3')")).ok());
                QVERIFY(t3.commit().ok());
            }
            {
                Database::Transaction t3b(db); // a sibling savepoint, rolled back
                QVERIFY(t3b.isActive());
                QVERIFY(db.exec(QStringLiteral("INSERT INTO scratch VALUES ('x')")).ok());
            }
            QVERIFY(t2.commit().ok());
        }
        {
            Database::Transaction t2b(db); // rolled back after an earlier sibling committed
            QVERIFY(db.exec(QStringLiteral("INSERT INTO scratch VALUES ('y')")).ok());
        }
        QVERIFY(t1.commit().ok());
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(x, '') FROM (SELECT x FROM scratch ORDER BY x)")).toString(),
             QStringLiteral("123"));
}

void tst_Database::committingTwiceFails()
{
    Database db;
    QVERIFY(db.open(freshCopy(QStringLiteral("node.db")), Database::OpenMode::ExistingOnly).ok());
    Database::Transaction tx(db);
    QVERIFY(tx.commit().ok());
    QVERIFY(!tx.isActive());
    const ud::Status again = tx.commit();
    QVERIFY(!again.ok());
    QVERIFY(!again.error().isEmpty());
}

void tst_Database::aTransactionAfterARollbackStartsFresh()
{
    Database db;
    const QString path = freshCopy(QStringLiteral("node.db"));
    QVERIFY(db.open(path, Database::OpenMode::ExistingOnly).ok());
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE scratch (x TEXT)")).ok());
    {
        Database::Transaction outer(db);
        Database::Transaction inner(db);
        QVERIFY(db.exec(QStringLiteral("INSERT INTO scratch VALUES ('lost')")).ok());
    }
    {
        // Must be a real transaction again (BEGIN), not a savepoint of a finished one: once
        // committed, another connection sees the row.
        Database::Transaction tx(db);
        QVERIFY(tx.isActive());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO scratch VALUES ('kept')")).ok());
        QVERIFY(tx.commit().ok());
    }
    RawConnection other(path);
    QCOMPARE(other.scalar(QStringLiteral("SELECT group_concat(x) FROM scratch")).toString(), QStringLiteral("kept"));
}

void tst_Database::execReportsErrors()
{
    Database db;
    QVERIFY(db.open(freshCopy(QStringLiteral("node.db")), Database::OpenMode::ExistingOnly).ok());
    const ud::Status s = db.exec(QStringLiteral("SELEC 1"));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("syntax error")), qPrintable(s.error()));
    QVERIFY(db.exec(QStringLiteral("SELECT 1")).ok());
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
