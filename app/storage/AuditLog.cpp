#include "storage/AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

#include <sodium.h>

namespace ud {

namespace {
// A null QString binds as SQL NULL; the audit columns want text.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
const QString kGenesis = QStringLiteral("0000000000000000000000000000000000000000000000000000000000000000");
}

AuditLog::AuditLog(QSqlDatabase db) : m_db(std::move(db)), m_last(m_db), m_insert(m_db) {}

QString AuditLog::changesToJson(const QJsonObject &changes)
{
    // QJsonObject keeps keys sorted, so the text (and the hash over it) is canonical.
    return QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact));
}

QString AuditLog::computeHash(const AuditEntry &e, const QString &changesJson)
{
    // SHA-256 (libsodium's implementation: several times faster than QCryptographicHash's, and
    // this runs once per change) over the fields joined by the unit separator.
    const QChar sep(0x1f);
    const QString canonical = QStringList{e.prevHash, e.at, e.actor, e.nodeId, e.table, e.recordId, e.action,
                                          QString::number(e.version), changesJson, e.reason}
                                  .join(sep);
    const QByteArray utf8 = canonical.toUtf8();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(utf8.constData()),
                       static_cast<unsigned long long>(utf8.size()));
    return QString::fromLatin1(QByteArray::fromRawData(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

Status AuditLog::append(AuditEntry &e)
{
    if (!m_prepared) {
        m_last.prepare(QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
        m_insert.prepare(QStringLiteral(
            "INSERT INTO audit_log (at, actor, node_id, table_name, record_id, action, version, changes, reason, "
            "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        m_prepared = true;
    }
    if (!m_last.exec())
        return Status::failure(m_last.lastError().text());
    e.prevHash = m_last.next() ? m_last.value(0).toString() : kGenesis;
    m_last.finish();
    const QString json = changesToJson(e.changes);
    e.hash = computeHash(e, json);
    m_insert.addBindValue(text(e.at));
    m_insert.addBindValue(text(e.actor));
    m_insert.addBindValue(text(e.nodeId));
    m_insert.addBindValue(text(e.table));
    m_insert.addBindValue(text(e.recordId));
    m_insert.addBindValue(text(e.action));
    m_insert.addBindValue(e.version);
    m_insert.addBindValue(json);
    m_insert.addBindValue(text(e.reason));
    m_insert.addBindValue(e.prevHash);
    m_insert.addBindValue(e.hash);
    if (!m_insert.exec())
        return Status::failure(m_insert.lastError().text());
    e.seq = m_insert.lastInsertId().toLongLong();
    return Status::success();
}

AuditLog::ChainCheck AuditLog::verifyChain(const QSqlDatabase &db)
{
    ChainCheck result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, at, actor, node_id, table_name, record_id, action, version, changes, "
                               "reason, prev_hash, hash FROM audit_log ORDER BY seq"))) {
        result.ok = false;
        return result;
    }
    QString prev = kGenesis;
    qint64 lastSeq = 0;
    while (q.next()) {
        ++result.entries;
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.actor = q.value(2).toString();
        e.nodeId = q.value(3).toString();
        e.table = q.value(4).toString();
        e.recordId = q.value(5).toString();
        e.action = q.value(6).toString();
        e.version = q.value(7).toLongLong();
        const QString json = q.value(8).toString();
        e.reason = q.value(9).toString();
        e.prevHash = q.value(10).toString();
        const QString stored = q.value(11).toString();
        if (result.ok && (e.prevHash != prev || computeHash(e, json) != stored)) {
            result.ok = false;
            result.firstBadSeq = e.seq;
        }
        prev = stored;
        lastSeq = e.seq;
    }
    // AUTOINCREMENT remembers the highest seq ever handed out, so entries cut off the end of
    // the chain (which would still link up) show as missing.
    QSqlQuery top(db);
    if (result.ok && top.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'")) && top.next()
        && top.value(0).toLongLong() > lastSeq) {
        result.ok = false;
        result.firstBadSeq = lastSeq + 1;
    }
    return result;
}

QList<AuditEntry> AuditLog::forRecord(const QSqlDatabase &db, const QString &table, const QString &recordId)
{
    QList<AuditEntry> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT seq, at, actor, node_id, action, version, changes, reason, prev_hash, hash "
                             "FROM audit_log WHERE table_name = ? AND record_id = ? ORDER BY seq"));
    q.addBindValue(table);
    q.addBindValue(recordId);
    if (!q.exec())
        return out;
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.actor = q.value(2).toString();
        e.nodeId = q.value(3).toString();
        e.table = table;
        e.recordId = recordId;
        e.action = q.value(4).toString();
        e.version = q.value(5).toLongLong();
        e.changes = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        e.reason = q.value(7).toString();
        e.prevHash = q.value(8).toString();
        e.hash = q.value(9).toString();
        out << e;
    }
    return out;
}

} // namespace ud
