#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

class QSqlError;

namespace ud {

class Clock;
class Database;

// A long job that takes the database for itself (an import of a million rows writes everything
// in one transaction, all or nothing) says so to everyone else: who, what, since when and until
// when, in a small file beside the database (<database>.writing). Other connections and
// processes cannot read the job's uncommitted rows, but they can read this file, so a writer
// that could not get the write lock within its busy timeout tells its user why and for how long
// (busyMessage()) instead of "database is locked".
//
// The job posts the notice right after its write transaction began (so only the holder of the
// write lock ever writes it), reports progress as it goes (the estimate of the end follows), and
// the notice is removed when the job ends, committed or not (the destructor; declare the notice
// before the transaction so that it outlives it). A notice whose process is gone (crashed,
// killed, or a file left from before a reboot) is ignored and removed by the next reader.
class WriteNotice
{
    Q_DECLARE_TR_FUNCTIONS(WriteNotice)

public:
    enum class Task { ImportWorkers, ImportEmployers, ImportCases, DemoData, Other };

    // Jobs shorter than this need no notice (other writers wait for them within their busy
    // timeout); callers may post one anyway.
    static constexpr qint64 kRowsWorthANotice = 5000;

    struct Info
    {
        QString account;         // the person the job runs for, as shown to others
        Task task = Task::Other;
        qint64 rows = 0;         // what the job writes (rows of the file)
        qint64 done = 0;         // rows written so far
        QString text;            // for Task::Other: what the job does, already translated
        QDateTime startedAt;     // UTC
        QDateTime updatedAt;     // UTC, the last progress written
        QDateTime expectedEnd;   // UTC; invalid until it can be estimated
        qint64 pid = 0;
        QString host;
        QString processStart;    // Linux: boot id and start time of the process; else empty
        QString token;           // tells this job's notice from a later one
    };

    // `clock` may be null (the system clock).
    WriteNotice(const Database &db, const QString &account, Task task, qint64 rows, const Clock *clock = nullptr);
    WriteNotice(const Database &db, const QString &account, const QString &text, const Clock *clock = nullptr);
    ~WriteNotice();
    WriteNotice(const WriteNotice &) = delete;
    WriteNotice &operator=(const WriteNotice &) = delete;

    // Writes the notice. A notice that cannot be written does not stop the job: the failure is
    // logged and returned for the caller to ignore or show.
    Status post();
    // Rows written so far; rewrites the notice with a new estimate of the end at most every few
    // seconds (and always for the last row). Cheap enough to call for every row.
    void progress(qint64 done);
    // Removes the notice (if it is still this job's). Called by the destructor.
    void finish();
    bool isPosted() const { return m_posted; }
    const Info &info() const { return m_info; }

    // The notice file of a database file.
    static QString noticePath(const QString &databasePath);
    // The notice of a job that is still running on the database, if any; a stale one (its
    // process is gone) is removed and not returned.
    static std::optional<Info> current(const QString &databasePath, const Clock *clock = nullptr);

    // What to tell a user whose write could not start because another connection held the write
    // lock for longer than the busy timeout: who is writing what, since when and until when when
    // a job posted a notice, else that another program is writing; and that nothing they entered
    // was lost. Translated.
    static QString busyMessage(const Database &db, const Clock *clock = nullptr);
    static QString busyMessage(const QString &databasePath, const Clock *clock = nullptr);
    // True when `error` is SQLite's "database is locked" (SQLITE_BUSY / SQLITE_LOCKED, plain or
    // extended code).
    static bool isBusy(const QSqlError &error);
    // How others know the account `userName`: its display name ("王芳"), else the name itself.
    static QString accountName(const Database &db, const QString &userName);
    // "importing 1,000,000 workers", translated.
    static QString describe(const Info &info);

private:
    Status write();
    qint64 nowMs() const;

    QString m_path;
    const Clock *m_clock;
    Info m_info;
    bool m_posted = false;
    qint64 m_lastWriteMs = 0;
};

} // namespace ud
