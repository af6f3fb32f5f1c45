#include "storage/AuditLog.h"

#include "core/CanonicalJson.h"
#include "storage/Database.h"
#include "storage/NodeKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

#include <sodium.h>

#include <limits>

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
//
// From schema 9 on, entries are sealed with the node key instead: the same text, hashed with
// keyed BLAKE2b-256 (libsodium crypto_generichash) when `key` is not empty.
QByteArray entryHash(const AuditEntry &e, const QByteArray &prevHash, const QByteArray &changesJson, QByteArray &buffer,
                     const QByteArray &key = {})
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
    if (!key.isEmpty())
        return NodeKey::mac(key, buffer);
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(buffer.constData()),
                       static_cast<unsigned long long>(buffer.size()));
    return QByteArray::fromRawData(reinterpret_cast<const char *>(digest), sizeof digest).toHex();
}
} // namespace

AuditLog::AuditLog(Database &db) : m_db(db) {}

void AuditLog::close()
{
    m_last = QSqlQuery();
    m_inserts.clear();
    m_prepared = false;
    m_head.clear();
    m_headAtStart.clear();
}

QString AuditLog::changesToJson(const QJsonObject &changes)
{
    // QJsonObject keeps keys sorted, so the text (and the hash over it) is canonical.
    return QString::fromUtf8(CanonicalJson::fromObject(changes));
}

QString AuditLog::computeHash(const AuditEntry &e, const QString &changesJson, const QByteArray &key)
{
    QByteArray buffer;
    return QString::fromLatin1(entryHash(e, e.prevHash.toUtf8(), changesJson.toUtf8(), buffer, key));
}

Status AuditLog::prepare()
{
    m_last = QSqlQuery(m_db.connection());
    if (!m_last.prepare(QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return Status::failure(m_last.lastError().text());
    m_prepared = true;
    return Status::success();
}

QSqlQuery *AuditLog::insertStatement(int rows, QString *error)
{
    auto it = m_inserts.find(rows);
    if (it != m_inserts.end())
        return &it.value();
    // One row per entry. The text is bound as UTF-8 bytes and cast to text (see TextBinding);
    // named placeholders bind with less work in QtSql than positional ones.
    QStringList values;
    for (int r = 0; r < rows; ++r) {
        const auto p = [&](int field) { return QStringLiteral("CAST(%1 AS TEXT)").arg(placeholder(r * kFields + field)); };
        values << QStringLiteral("(%1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11)")
                      .arg(p(0), p(1), p(2), p(3), p(4), p(5), placeholder(r * kFields + 6), p(7), p(8))
                      .arg(p(9), p(10));
    }
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, node_id, table_name, record_id, action, version, "
                                  "changes, reason, prev_hash, hash) VALUES ")
                   + values.join(QStringLiteral(", ")))) {
        *error = q.lastError().text();
        return nullptr;
    }
    return &m_inserts.insert(rows, q).value();
}

const QString &AuditLog::placeholder(int index)
{
    while (m_placeholders.size() <= index)
        m_placeholders << QStringLiteral(":a%1").arg(m_placeholders.size());
    return m_placeholders.at(index);
}

Status AuditLog::append(AuditEntry &e)
{
    return append(e, CanonicalJson::fromObject(e.changes));
}

Status AuditLog::append(AuditEntry &e, const QByteArray &changesJson)
{
    return appendMany(&e, &changesJson, 1);
}

Status AuditLog::appendMany(AuditEntry *entries, const QByteArray *changesJson, int count)
{
    if (count <= 0)
        return Status::success();
    if (!m_prepared) {
        if (Status s = prepare(); !s)
            return s;
    }
    // Every entry written at the current schema is sealed with the node key.
    const auto key = m_db.sealKey();
    if (!key)
        return key.status();
    QString error;
    QSqlQuery *insert = insertStatement(count, &error);
    if (!insert)
        return Status::failure(error);
    QByteArray prevHash = m_head;
    if (prevHash.isEmpty()) {
        if (!m_last.exec())
            return Status::failure(m_last.lastError().text());
        prevHash = m_last.next() ? m_last.value(0).toString().toUtf8() : kGenesisBytes;
        m_last.finish();
    }
    const bool utf8Database = m_db.storesUtf8();
    const auto utf8 = [utf8Database](const QByteArray &bytes) {
        return utf8Database ? QVariant(bytes) : QVariant(QString::fromUtf8(bytes));
    };
    // The hashes chain in the order of the entries, which is the order of their rows (seq).
    for (int i = 0; i < count; ++i) {
        AuditEntry &e = entries[i];
        const QByteArray hash = entryHash(e, prevHash, changesJson[i], m_hashInput, key.value());
        const int base = i * kFields;
        insert->bindValue(placeholder(base + 0), m_text[0](utf8Database, text(e.at)));
        insert->bindValue(placeholder(base + 1), m_text[1](utf8Database, text(e.actor)));
        insert->bindValue(placeholder(base + 2), m_text[2](utf8Database, text(e.nodeId)));
        insert->bindValue(placeholder(base + 3), m_text[3](utf8Database, text(e.table)));
        insert->bindValue(placeholder(base + 4), m_text[4](utf8Database, text(e.recordId)));
        insert->bindValue(placeholder(base + 5), m_text[5](utf8Database, text(e.action)));
        insert->bindValue(placeholder(base + 6), e.version);
        insert->bindValue(placeholder(base + 7), utf8(changesJson[i]));
        insert->bindValue(placeholder(base + 8), m_text[6](utf8Database, text(e.reason)));
        insert->bindValue(placeholder(base + 9), utf8(prevHash));
        insert->bindValue(placeholder(base + 10), utf8(hash));
        e.prevHash = QString::fromUtf8(prevHash);
        e.hash = QString::fromLatin1(hash);
        prevHash = hash;
    }
    if (!insert->exec()) {
        m_head.clear();
        return Status::failure(insert->lastError().text());
    }
    // Rows of one INSERT get consecutive seq values (AUTOINCREMENT, one writer).
    const qint64 last = insert->lastInsertId().toLongLong();
    for (int i = 0; i < count; ++i)
        entries[i].seq = last - (count - 1 - i);
    // Kept only while this connection's transaction is known to be intact.
    if (m_db.inTransaction() && !m_db.transactionLost())
        m_head = prevHash;
    return Status::success();
}

AuditLog::ChainCheck AuditLog::verifyChain(const QSqlDatabase &db)
{
    ChainCheck result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Where the sealed part starts and what the head says (schema 9); without log_heads every
    // entry is a plain one.
    qint64 keyedFrom = std::numeric_limits<qint64>::max();
    qint64 headSeq = -1;
    QString headHash;
    if (q.exec(QStringLiteral("SELECT keyed_from, seq, hash FROM log_heads WHERE log = 'audit'")) && q.next()) {
        keyedFrom = q.value(0).toLongLong();
        headSeq = q.value(1).toLongLong();
        headHash = q.value(2).toString();
        result.headRecorded = true;
    } else if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'log_heads'")) && q.next()
               && q.value(0).toInt() > 0) {
        result.ok = false; // the table is there but its row is gone
        result.headMissing = true;
    }
    q.finish();
    QByteArray key;
    if (q.exec(QStringLiteral("SELECT node_id FROM node")) && q.next()) {
        const auto loaded = NodeKey::load(q.value(0).toString());
        if (loaded)
            key = loaded.value();
        result.keyPath = NodeKey::path(q.value(0).toString());
    }
    q.finish();
    result.keyedFrom = keyedFrom;
    if (!q.exec(QStringLiteral("SELECT seq, at, actor, node_id, table_name, record_id, action, version, changes, "
                               "reason, prev_hash, hash FROM audit_log ORDER BY seq"))) {
        result.ok = false;
        return result;
    }
    QString prev = kGenesis;
    qint64 lastSeq = 0;
    QByteArray buffer;
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
        const bool sealed = e.seq >= keyedFrom;
        if (sealed)
            ++result.sealedEntries;
        bool good = e.prevHash == prev;
        if (good && sealed && key.isEmpty())
            result.keyMissing = true; // the link is checked, the seal cannot be
        else if (good)
            good = QString::fromLatin1(entryHash(e, e.prevHash.toUtf8(), json.toUtf8(), buffer, sealed ? key : QByteArray()))
                   == stored;
        if (result.ok && !good) {
            result.ok = false;
            result.firstBadSeq = e.seq;
        }
        prev = stored;
        lastSeq = e.seq;
    }
    // AUTOINCREMENT remembers the highest seq ever handed out, so entries cut off the end of
    // the chain (which would still link up) show as missing; so does the recorded head, which
    // moves with every append.
    QSqlQuery top(db);
    if (result.ok && top.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'")) && top.next()
        && top.value(0).toLongLong() > lastSeq) {
        result.ok = false;
        result.firstBadSeq = lastSeq + 1;
    }
    if (result.ok && headSeq >= 0 && (headSeq != lastSeq || (lastSeq > 0 && headHash != prev))) {
        result.ok = false;
        result.headMismatch = true;
        result.firstBadSeq = qMin(lastSeq, headSeq) + 1;
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
