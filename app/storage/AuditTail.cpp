#include "storage/AuditTail.h"

#include "storage/Database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace ud {

Result<qint64> AuditTail::lastSeq(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit_log")) || !q.next())
        return Result<qint64>::failure(q.lastError().text());
    return q.value(0).toLongLong();
}

Result<QList<AuditEntry>> AuditTail::since(Database &db, qint64 seq)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT seq, table_name, record_id, action, version, changes FROM audit_log "
                             "WHERE seq > ? ORDER BY seq"));
    q.addBindValue(seq);
    if (!q.exec())
        return Result<QList<AuditEntry>>::failure(q.lastError().text());
    QList<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.table = q.value(1).toString();
        e.recordId = q.value(2).toString();
        e.action = q.value(3).toString();
        e.version = q.value(4).toLongLong();
        e.changes = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
        entries << e;
    }
    return entries;
}

Result<QStringList> AuditTail::tablesSince(Database &db, qint64 seq)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT table_name FROM audit_log WHERE seq > ?"));
    q.addBindValue(seq);
    if (!q.exec())
        return Result<QStringList>::failure(q.lastError().text());
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    return tables;
}

} // namespace ud
