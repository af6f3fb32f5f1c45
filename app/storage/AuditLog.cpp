#include "storage/AuditLog.h"

#include "core/CanonicalJson.h"
#include "storage/Database.h"

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
const QByteArray kGenesisBytes = QByteArrayLiteral("0000000000000000000000000000000000000000000000000000000000000000");
constexpr char kSeparator = 0x1f; // the unit separator between the hashed fields

bool hasSurrogate(const QString &s)
{
    for (const QChar c : s)
        if (c.isSurrogate())
            return true;
    return false;
}

// Appends `s` as UTF-8 (what QString::toUtf8 gives), without a temporary for ASCII text.
void appendUtf8(QByteArray &out, const QString &s)
{
    const qsizetype start = out.size();
    out.resize(start + s.size());
    char *dst = out.data() + start;
    const char16_t *src = QStringView(s).utf16();
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (src[i] >= 0x80) {
            out.resize(start);
            out += s.toUtf8();
            return;
        }
        dst[i] = static_cast<char>(src[i]);
    }
}

// SHA-256 (libsodium's implementation: several times faster than QCryptographicHash's, and
// this runs once per change), as lowercase hex, over the UTF-8 text of the entry's fields joined
// by the unit separator: prev_hash, at, actor, node_id, table_name, record_id, action, version,
// changes, reason. `buffer` is scratch space, reused between calls.
QByteArray entryHash(const AuditEntry &e, const QByteArray &prevHash, const QByteArray &changesJson, QByteArray &buffer)
{
    buffer.clear();
    const QString *fields[] = {&e.at, &e.actor, &e.nodeId, &e.table, &e.recordId, &e.action};
    bool surrogates = false;
    for (const QString *f : fields)
        surrogates = surrogates || hasSurrogate(*f);
    if (surrogates || hasSurrogate(e.reason)) {
        // Text that is not valid UTF-16: encode it exactly as the fields joined into one string
        // and converted at once, as the hash has always been defined.
        buffer = QStringList{QString::fromUtf8(prevHash), e.at, e.actor, e.nodeId, e.table, e.recordId, e.action,
                             QString::number(e.version), QString::fromUtf8(changesJson), e.reason}
                     .join(QChar(char16_t(kSeparator)))
                     .toUtf8();
    } else {
        buffer.reserve(prevHash.size() + changesJson.size() + 256);
        buffer += prevHash;
        for (const QString *f : fields) {
            buffer += kSeparator;
            appendUtf8(buffer, *f);
        }
        buffer += kSeparator;
        buffer += QByteArray::number(e.version);
        buffer += kSeparator;
        buffer += changesJson;
        buffer += kSeparator;
        appendUtf8(buffer, e.reason);
    }
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(buffer.constData()),
                       static_cast<unsigned long long>(buffer.size()));
    return QByteArray::fromRawData(reinterpret_cast<const char *>(digest), sizeof digest).toHex();
}
} // namespace

AuditLog::AuditLog(Database &db) : m_db(db) {}

QString AuditLog::changesToJson(const QJsonObject &changes)
{
    // QJsonObject keeps keys sorted, so the text (and the hash over it) is canonical.
    return QString::fromUtf8(CanonicalJson::fromObject(changes));
}

QString AuditLog::computeHash(const AuditEntry &e, const QString &changesJson)
{
    QByteArray buffer;
    return QString::fromLatin1(entryHash(e, e.prevHash.toUtf8(), changesJson.toUtf8(), buffer));
}

Status AuditLog::prepare()
{
    const QSqlDatabase connection = m_db.connection();
    QSqlQuery encoding(connection);
    m_bindUtf8 = encoding.exec(QStringLiteral("PRAGMA encoding")) && encoding.next()
        && encoding.value(0).toString() == QLatin1String("UTF-8");
    m_last = QSqlQuery(connection);
    m_insert = QSqlQuery(connection);
    // Text we already hold as UTF-8 (the changes, the hashes) is bound as bytes and cast to text:
    // in a UTF-8 database that stores exactly those bytes, without converting them to UTF-16
    // and back. Named placeholders bind with less work in QtSql than positional ones.
    if (!m_last.prepare(QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1"))
        || !m_insert.prepare(QStringLiteral(
            "INSERT INTO audit_log (at, actor, node_id, table_name, record_id, action, version, changes, reason, "
            "prev_hash, hash) VALUES (:at, :actor, :node_id, :table_name, :record_id, :action, :version, "
            "CAST(:changes AS TEXT), :reason, CAST(:prev_hash AS TEXT), CAST(:hash AS TEXT))")))
        return Status::failure(m_last.lastError().isValid() ? m_last.lastError().text() : m_insert.lastError().text());
    m_prepared = true;
    return Status::success();
}

Status AuditLog::append(AuditEntry &e)
{
    return append(e, CanonicalJson::fromObject(e.changes));
}

Status AuditLog::append(AuditEntry &e, const QByteArray &changesJson)
{
    if (!m_prepared) {
        if (Status s = prepare(); !s)
            return s;
    }
    QByteArray prevHash = m_db.knownAuditHead();
    if (prevHash.isEmpty()) {
        if (!m_last.exec())
            return Status::failure(m_last.lastError().text());
        prevHash = m_last.next() ? m_last.value(0).toString().toUtf8() : kGenesisBytes;
        m_last.finish();
    }
    const QByteArray hash = entryHash(e, prevHash, changesJson, m_hashInput);
    const auto utf8 = [this](const QByteArray &bytes) {
        return m_bindUtf8 ? QVariant(bytes) : QVariant(QString::fromUtf8(bytes));
    };
    m_insert.bindValue(QStringLiteral(":at"), text(e.at));
    m_insert.bindValue(QStringLiteral(":actor"), text(e.actor));
    m_insert.bindValue(QStringLiteral(":node_id"), text(e.nodeId));
    m_insert.bindValue(QStringLiteral(":table_name"), text(e.table));
    m_insert.bindValue(QStringLiteral(":record_id"), text(e.recordId));
    m_insert.bindValue(QStringLiteral(":action"), text(e.action));
    m_insert.bindValue(QStringLiteral(":version"), e.version);
    m_insert.bindValue(QStringLiteral(":changes"), utf8(changesJson));
    m_insert.bindValue(QStringLiteral(":reason"), text(e.reason));
    m_insert.bindValue(QStringLiteral(":prev_hash"), utf8(prevHash));
    m_insert.bindValue(QStringLiteral(":hash"), utf8(hash));
    if (!m_insert.exec()) {
        m_db.forgetAuditHead();
        return Status::failure(m_insert.lastError().text());
    }
    e.seq = m_insert.lastInsertId().toLongLong();
    e.prevHash = QString::fromUtf8(prevHash);
    e.hash = QString::fromLatin1(hash);
    m_db.setKnownAuditHead(hash);
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
