#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace ud {

struct AuditEntry
{
    qint64 seq = 0;
    QString at;        // ISO UTC
    QString actor;     // user name
    QString nodeId;
    QString table;
    QString recordId;
    QString action;    // create | update | delete | undelete
    qint64 version = 0;
    QJsonObject changes; // {"field": [before, after]}
    QString reason;
    QString prevHash;
    QString hash;
};

// The append-only, hash-chained, field-level audit log. Appends must run inside the
// transaction that writes the audited row, so a change and its audit entry are one unit.
class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase db);

    // Fills prevHash/hash/seq of `entry` and inserts it.
    Status append(AuditEntry &entry);

    struct ChainCheck
    {
        bool ok = true;
        qint64 entries = 0;
        qint64 firstBadSeq = 0;
    };
    static ChainCheck verifyChain(const QSqlDatabase &db);
    static QList<AuditEntry> forRecord(const QSqlDatabase &db, const QString &table, const QString &recordId);
    static QString computeHash(const AuditEntry &entry, const QString &changesJson);
    static QString changesToJson(const QJsonObject &changes);

private:
    QSqlDatabase m_db;
    QSqlQuery m_last;
    QSqlQuery m_insert;
    bool m_prepared = false;
};

} // namespace ud
