#include "storage/DraftStore.h"

#include "storage/Database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace ud {

bool DraftStore::save(const QString &kind, const QString &owner, const QJsonObject &payload)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO drafts (kind, owner, payload, saved_at) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (kind, owner) DO UPDATE SET payload = excluded.payload, "
                             "saved_at = excluded.saved_at"));
    q.addBindValue(kind);
    q.addBindValue(owner);
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return q.exec();
}

QJsonObject DraftStore::load(const QString &kind, const QString &owner) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT payload FROM drafts WHERE kind = ? AND owner = ?"));
    q.addBindValue(kind);
    q.addBindValue(owner);
    if (!q.exec() || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

QString DraftStore::savedAt(const QString &kind, const QString &owner) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT saved_at FROM drafts WHERE kind = ? AND owner = ?"));
    q.addBindValue(kind);
    q.addBindValue(owner);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

bool DraftStore::remove(const QString &kind, const QString &owner)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM drafts WHERE kind = ? AND owner = ?"));
    q.addBindValue(kind);
    q.addBindValue(owner);
    return q.exec();
}

} // namespace ud
