#include "storage/AccessLog.h"

#include "core/Clock.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ud {

QString AccessLog::eventKey(Event event)
{
    switch (event) {
    case Event::Login: return QStringLiteral("login");
    case Event::LoginFailed: return QStringLiteral("login_failed");
    case Event::LockedOut: return QStringLiteral("locked_out");
    case Event::RevealId: return QStringLiteral("reveal_id");
    case Event::Export: return QStringLiteral("export");
    case Event::Import: return QStringLiteral("import");
    }
    return {};
}

Status AccessLog::append(Database &db, const QString &actor, Event event, const QString &table, const QString &recordId,
                         const QString &detail)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO access_log (at, actor, node_id, event, table_name, record_id, detail) "
                             "VALUES (?, ?, coalesce((SELECT node_id FROM node), ''), ?, ?, ?, ?)"));
    q.addBindValue(isoUtc(QDateTime::currentDateTimeUtc()));
    q.addBindValue(actor.isNull() ? QStringLiteral("") : actor);
    q.addBindValue(eventKey(event));
    q.addBindValue(table.isNull() ? QStringLiteral("") : table);
    q.addBindValue(recordId.isNull() ? QStringLiteral("") : recordId);
    q.addBindValue(detail.isNull() ? QStringLiteral("") : detail);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return Status::success();
}

qint64 AccessLog::count(Database &db, Event event)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM access_log WHERE event = ?"));
    q.addBindValue(eventKey(event));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace ud
