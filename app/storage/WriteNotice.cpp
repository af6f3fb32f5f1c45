#include "storage/WriteNotice.h"

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/StorageLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

#if defined(Q_OS_WIN)
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace ud {

namespace {

constexpr qint64 kRewriteEveryMs = 2000;
// A notice written on another computer (a database on a shared folder) cannot have its process
// checked; it counts as long as its job keeps reporting progress.
constexpr qint64 kForeignNoticeLifetimeMs = 10 * 60 * 1000;

// The notices this process has posted and not yet removed: a notice of our own pid is live only
// if it is one of these.
QMutex g_ownMutex;
QSet<QString> g_ownTokens;

const SystemClock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

qint64 currentPid()
{
#if defined(Q_OS_WIN)
    return static_cast<qint64>(GetCurrentProcessId());
#else
    return static_cast<qint64>(getpid());
#endif
}

// Linux: the boot and the start time of a process, so that a pid reused after the job's process
// died (or after a reboot) does not keep an old notice alive. Empty elsewhere.
QString processStart(qint64 pid)
{
#if defined(Q_OS_LINUX)
    QFile boot(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!boot.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray s = stat.readAll();
    const qsizetype close = s.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = s.mid(close + 2).split(' '); // from field 3 (state) on
    if (fields.size() <= 19)
        return {};
    return QString::fromLatin1(boot.readAll().trimmed()) + QLatin1Char(':') + QString::fromLatin1(fields.at(19));
#else
    Q_UNUSED(pid)
    return {};
#endif
}

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
#if defined(Q_OS_WIN)
    HANDLE h = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (!h)
        return GetLastError() == ERROR_ACCESS_DENIED;
    DWORD code = 0;
    const bool running = GetExitCodeProcess(h, &code) && code == STILL_ACTIVE;
    CloseHandle(h);
    return running;
#else
    return kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#endif
}

QString taskKey(WriteNotice::Task task)
{
    switch (task) {
    case WriteNotice::Task::ImportWorkers: return QStringLiteral("import_workers");
    case WriteNotice::Task::ImportEmployers: return QStringLiteral("import_employers");
    case WriteNotice::Task::ImportCases: return QStringLiteral("import_cases");
    case WriteNotice::Task::DemoData: return QStringLiteral("demo_data");
    case WriteNotice::Task::Other: break;
    }
    return QStringLiteral("other");
}

WriteNotice::Task taskOf(const QString &key)
{
    for (const WriteNotice::Task t : {WriteNotice::Task::ImportWorkers, WriteNotice::Task::ImportEmployers,
                                      WriteNotice::Task::ImportCases, WriteNotice::Task::DemoData})
        if (taskKey(t) == key)
            return t;
    return WriteNotice::Task::Other;
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? isoUtc(t) : QString();
}

QDateTime parseIso(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

std::optional<WriteNotice::Info> readNotice(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = f.read(64 * 1024);
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    if (o.value(QStringLiteral("format")).toInt() != 1)
        return std::nullopt;
    WriteNotice::Info i;
    i.account = o.value(QStringLiteral("account")).toString();
    i.task = taskOf(o.value(QStringLiteral("task")).toString());
    i.rows = o.value(QStringLiteral("rows")).toInteger();
    i.done = o.value(QStringLiteral("done")).toInteger();
    i.text = o.value(QStringLiteral("text")).toString();
    i.startedAt = parseIso(o.value(QStringLiteral("started")).toString());
    i.updatedAt = parseIso(o.value(QStringLiteral("updated")).toString());
    i.expectedEnd = parseIso(o.value(QStringLiteral("expected_end")).toString());
    i.pid = o.value(QStringLiteral("pid")).toInteger();
    i.host = o.value(QStringLiteral("host")).toString();
    i.processStart = o.value(QStringLiteral("process_start")).toString();
    i.token = o.value(QStringLiteral("token")).toString();
    if (!i.startedAt.isValid() || i.token.isEmpty())
        return std::nullopt;
    return i;
}

bool isLive(const WriteNotice::Info &i, const Clock &clock)
{
    if (i.host != QSysInfo::machineHostName()) {
        const QDateTime seen = i.updatedAt.isValid() ? i.updatedAt : i.startedAt;
        return seen.msecsTo(clock.nowUtc()) < kForeignNoticeLifetimeMs;
    }
    if (i.pid == currentPid()) {
        QMutexLocker lock(&g_ownMutex);
        return g_ownTokens.contains(i.token);
    }
    if (!processAlive(i.pid))
        return false;
    if (i.processStart.isEmpty())
        return true;
    const QString now = processStart(i.pid);
    return now.isEmpty() || now == i.processStart;
}

QString clockTime(const QDateTime &utc, const Clock &clock)
{
    const QDateTime local = utc.toLocalTime();
    const QString format = local.date() == clock.nowUtc().toLocalTime().date() ? QStringLiteral("HH:mm")
                                                                               : QStringLiteral("yyyy-MM-dd HH:mm");
    return local.toString(format);
}

} // namespace

WriteNotice::WriteNotice(const Database &db, const QString &account, Task task, qint64 rows, const Clock *clock)
    : m_path(noticePath(db.path())), m_clock(clock ? clock : &systemClock())
{
    m_info.account = account;
    m_info.task = task;
    m_info.rows = rows;
}

WriteNotice::WriteNotice(const Database &db, const QString &account, const QString &text, const Clock *clock)
    : WriteNotice(db, account, Task::Other, 0, clock)
{
    m_info.text = text;
}

WriteNotice::~WriteNotice()
{
    finish();
}

qint64 WriteNotice::nowMs() const
{
    return m_clock->nowMs();
}

QString WriteNotice::noticePath(const QString &databasePath)
{
    return databasePath.isEmpty() ? QString() : QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".writing");
}

Status WriteNotice::post()
{
    if (m_path.isEmpty())
        return Status::failure(tr("The database is not open."));
    if (!m_posted) {
        m_info.startedAt = m_clock->nowUtc();
        m_info.pid = currentPid();
        m_info.host = QSysInfo::machineHostName();
        m_info.processStart = processStart(m_info.pid);
        m_info.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QMutexLocker lock(&g_ownMutex);
        g_ownTokens.insert(m_info.token);
    }
    m_posted = true;
    return write();
}

Status WriteNotice::write()
{
    const qint64 now = nowMs();
    m_lastWriteMs = now;
    m_info.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    QJsonObject o;
    o.insert(QStringLiteral("format"), 1);
    o.insert(QStringLiteral("account"), m_info.account);
    o.insert(QStringLiteral("task"), taskKey(m_info.task));
    o.insert(QStringLiteral("rows"), m_info.rows);
    o.insert(QStringLiteral("done"), m_info.done);
    o.insert(QStringLiteral("text"), m_info.text);
    o.insert(QStringLiteral("started"), iso(m_info.startedAt));
    o.insert(QStringLiteral("updated"), iso(m_info.updatedAt));
    o.insert(QStringLiteral("expected_end"), iso(m_info.expectedEnd));
    o.insert(QStringLiteral("pid"), m_info.pid);
    o.insert(QStringLiteral("host"), m_info.host);
    o.insert(QStringLiteral("process_start"), m_info.processStart);
    o.insert(QStringLiteral("token"), m_info.token);
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly)) {
        qCWarning(lcStorage) << "cannot write the write notice" << m_path << f.errorString();
        return Status::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), f.errorString()));
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (!f.commit()) {
        qCWarning(lcStorage) << "cannot write the write notice" << m_path << f.errorString();
        return Status::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), f.errorString()));
    }
    return Status::success();
}

void WriteNotice::progress(qint64 done)
{
    if (!m_posted)
        return;
    m_info.done = done;
    const qint64 now = nowMs();
    const bool last = m_info.rows > 0 && done >= m_info.rows;
    if (!last && now - m_lastWriteMs < kRewriteEveryMs)
        return;
    if (done > 0 && m_info.rows > 0) {
        const qint64 started = m_info.startedAt.toMSecsSinceEpoch();
        const double perRow = static_cast<double>(now - started) / static_cast<double>(done);
        const qint64 end = started + static_cast<qint64>(perRow * static_cast<double>(m_info.rows));
        m_info.expectedEnd = QDateTime::fromMSecsSinceEpoch(std::max(end, now), Qt::UTC);
    }
    write();
}

void WriteNotice::finish()
{
    if (!m_posted)
        return;
    m_posted = false;
    {
        QMutexLocker lock(&g_ownMutex);
        g_ownTokens.remove(m_info.token);
    }
    // Only our own notice: a later job may have replaced it already.
    if (const auto onDisk = readNotice(m_path); onDisk && onDisk->token == m_info.token)
        QFile::remove(m_path);
}

std::optional<WriteNotice::Info> WriteNotice::current(const QString &databasePath, const Clock *clock)
{
    const QString path = noticePath(databasePath);
    if (path.isEmpty())
        return std::nullopt;
    const auto info = readNotice(path);
    if (!info) {
        if (QFileInfo::exists(path))
            qCInfo(lcStorage) << "ignoring an unreadable write notice" << path;
        return std::nullopt;
    }
    if (!isLive(*info, clock ? *clock : systemClock())) {
        qCInfo(lcStorage) << "removing the stale write notice of process" << info->pid << "on" << info->host;
        // Only if it is still the same stale notice (a job may have just posted a new one).
        if (const auto again = readNotice(path); again && again->token == info->token)
            QFile::remove(path);
        return std::nullopt;
    }
    return info;
}

QString WriteNotice::accountName(const Database &db, const QString &userName)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT display_name FROM users WHERE username = ?"));
    q.addBindValue(userName);
    if (q.exec() && q.next() && !q.value(0).toString().trimmed().isEmpty())
        return q.value(0).toString().trimmed();
    return userName;
}

QString WriteNotice::describe(const Info &i)
{
    switch (i.task) {
    case Task::ImportWorkers: return tr("importing %L1 workers").arg(i.rows);
    case Task::ImportEmployers: return tr("importing %L1 employers").arg(i.rows);
    case Task::ImportCases: return tr("importing %L1 mediation cases").arg(i.rows);
    case Task::DemoData: return tr("creating demo data (%L1 workers)").arg(i.rows);
    case Task::Other: break;
    }
    return i.text.isEmpty() ? tr("saving a large amount of data") : i.text;
}

QString WriteNotice::busyMessage(const Database &db, const Clock *clock)
{
    return busyMessage(db.path(), clock);
}

QString WriteNotice::busyMessage(const QString &databasePath, const Clock *clock)
{
    const Clock &c = clock ? *clock : systemClock();
    const auto info = current(databasePath, &c);
    if (!info)
        return tr("The database is busy: another user or program has been saving to it for a while. "
                  "Please try again in a moment; nothing you entered has been lost.");
    const QString who = info->account.isEmpty() ? tr("another user") : info->account;
    const QString started = clockTime(info->startedAt, c);
    if (info->expectedEnd.isValid() && info->expectedEnd > c.nowUtc())
        return tr("Another job is writing to the database: %1 is %2 (started at %3, expected to finish at %4). "
                  "Please try again later; nothing you entered has been lost.")
            .arg(who, describe(*info), started, clockTime(info->expectedEnd, c));
    return tr("Another job is writing to the database: %1 is %2 (started at %3; its end cannot be estimated yet). "
              "Please try again later; nothing you entered has been lost.")
        .arg(who, describe(*info), started);
}

bool WriteNotice::isBusy(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (ok)
        return (code & 0xff) == 5 || (code & 0xff) == 6; // SQLITE_BUSY, SQLITE_LOCKED
    return error.databaseText().contains(QLatin1String("database is locked"), Qt::CaseInsensitive)
        || error.databaseText().contains(QLatin1String("database table is locked"), Qt::CaseInsensitive);
}

} // namespace ud
