// Crash safety: a child process (ud_crash_writer) writes records through RecordStore, one
// committed transaction each, and reports every commit on stdout. It is killed with SIGKILL in
// the middle of the stream; the database must then open with a clean integrity check, and every
// change the child reported must be there with its audit entry and outbox row. Three rounds on
// the same file, so each round also recovers from the previous crash.

#include "core/Clock.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using ud::Database;

namespace {

struct Reported
{
    QString id;
    qint64 version = 0;
};

qint64 scalar(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Parses complete lines ("C <id> 1" / "U <id> <version>") off the front of `buffer`.
bool takeLines(QByteArray &buffer, QList<Reported> &out, QString *error)
{
    for (;;) {
        const qsizetype nl = buffer.indexOf('\n');
        if (nl < 0)
            return true;
        const QByteArray line = buffer.left(nl);
        buffer.remove(0, nl + 1);
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() != 3 || (parts.at(0) != "C" && parts.at(0) != "U")) {
            *error = QStringLiteral("unexpected line from the writer: %1").arg(QString::fromUtf8(line));
            return false;
        }
        out << Reported{QString::fromLatin1(parts.at(1)), parts.at(2).toLongLong()};
    }
}

} // namespace

class tst_CrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNothingItReported();
};

void tst_CrashSafety::killedWriterLosesNothingItReported()
{
    const QString writer = qEnvironmentVariable("UD_CRASH_WRITER");
    QVERIFY2(!writer.isEmpty() && QFileInfo(writer).isExecutable(),
             "UD_CRASH_WRITER must name the ud_crash_writer executable (ctest sets it)");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("node.db"));
    {
        Database db;
        QVERIFY(db.open(path, Database::OpenMode::CreateIfMissing).ok());
        ud::ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC));
        auto node = ud::NodeIdentity::initialize(db, QStringLiteral("110105015"), ud::Tier::Street, QString(), clock);
        QVERIFY2(node.ok(), qPrintable(node.error()));
    }

    QList<Reported> all;
    QElapsedTimer timer;
    timer.start();
    for (int round = 1; round <= 3; ++round) {
        // Kill somewhere after 200 reported commits, at a different point each round.
        const int target = 200 + QRandomGenerator::global()->bounded(60);
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(writer, {path, QString::number(round)});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));

        QList<Reported> reported;
        QByteArray buffer;
        QString error;
        while (reported.size() < target) {
            if (!child.waitForReadyRead(15000)) {
                QFAIL(qPrintable(QStringLiteral("round %1: the writer stopped after %2 commits: %3")
                                     .arg(round)
                                     .arg(reported.size())
                                     .arg(QString::fromLocal8Bit(child.readAllStandardError()))));
            }
            buffer += child.readAllStandardOutput();
            QVERIFY2(takeLines(buffer, reported, &error), qPrintable(error));
        }
        QCOMPARE(child.state(), QProcess::Running); // killed mid-stream, not after it ended
        child.kill(); // SIGKILL on Unix
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        // Lines the child wrote before it died are reports of commits too; a cut-off last line is not.
        buffer += child.readAllStandardOutput();
        QVERIFY2(takeLines(buffer, reported, &error), qPrintable(error));
        all << reported;

        Database db;
        const ud::Status opened = db.open(path, Database::OpenMode::ExistingOnly);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        const ud::CheckReport report = db.check();
        QVERIFY2(report.ok(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(report.problems.join(QLatin1Char('\n')))));

        for (const Reported &r : std::as_const(all)) {
            const QString what = QStringLiteral("round %1: %2 version %3").arg(round).arg(r.id).arg(r.version);
            QVERIFY2(scalar(db, QStringLiteral("SELECT version FROM org_units WHERE id = ?"), {r.id}) >= r.version,
                     qPrintable(what + QStringLiteral(" is missing")));
            QVERIFY2(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'org_units' AND "
                                               "record_id = ? AND version = ?"),
                            {r.id, r.version}) == 1,
                     qPrintable(what + QStringLiteral(" has no audit entry")));
            QVERIFY2(scalar(db, QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = 'org_units' AND "
                                               "record_id = ? AND version = ?"),
                            {r.id, r.version}) == 1,
                     qPrintable(what + QStringLiteral(" has no outbox row")));
        }
        // And nothing half-written: every record written so far has one audit entry and one
        // outbox row per version, reported or not (the last commit may not have been reported).
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM org_units o WHERE o.created_by = 'crash-writer' AND ("
                                           "(SELECT count(*) FROM audit_log a WHERE a.record_id = o.id) <> o.version OR "
                                           "(SELECT count(*) FROM outbox b WHERE b.record_id = o.id) <> o.version)")),
                 qint64(0));
        const qint64 rows = scalar(db, QStringLiteral("SELECT count(*) FROM org_units WHERE created_by = 'crash-writer'"));
        qint64 reportedCreates = 0;
        for (const Reported &r : std::as_const(all))
            reportedCreates += r.version == 1 ? 1 : 0;
        QVERIFY(rows >= reportedCreates);
        QVERIFY2(rows <= reportedCreates + round, "more records than the writers can have committed");
    }
    qInfo("%lld reported commits in 3 rounds, %lld ms", static_cast<long long>(all.size()),
          static_cast<long long>(timer.elapsed()));
}

QTEST_GUILESS_MAIN(tst_CrashSafety)
#include "tst_crashsafety.moc"
