#include "storage/AccessLog.h"

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/NodeKey.h"

#include <QStringList>

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

namespace {
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
const QString kGenesis = QStringLiteral("0000000000000000000000000000000000000000000000000000000000000000");
} // namespace

QByteArray AccessLog::entryText(const QString &prevHash, const QString &at, const QString &actor, const QString &nodeId,
                                const QString &event, const QString &table, const QString &recordId,
                                const QString &detail)
{
    return QStringList{prevHash, at, actor, nodeId, event, table, recordId, detail}.join(QChar(char16_t(0x1f))).toUtf8();
}

Status AccessLog::append(Database &db, const QString &actor, Event event, const QString &table, const QString &recordId,
                         const QString &detail)
{
    // Each entry is chained to the one before and sealed with the node key (schema 9): the
    // head is read inside the transaction that appends, so no other writer comes between.
    Database::Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    const auto key = db.sealKey();
    if (!key)
        return key.status();
    QSqlQuery head(db.connection());
    if (!head.exec(QStringLiteral("SELECT (SELECT node_id FROM node), hash FROM log_heads WHERE log = 'access'"))
        || !head.next())
        return Status::failure(tr("The access log cannot be written: its head record is missing."));
    const QString nodeId = head.value(0).toString();
    const QString prevHash = head.value(1).toString();
    head.finish();
    const QString at = isoUtc(QDateTime::currentDateTimeUtc());
    const QString eventText = eventKey(event);
    const QString hash = QString::fromLatin1(NodeKey::mac(
        key.value(), entryText(prevHash, at, nonNull(actor), nodeId, eventText, nonNull(table), nonNull(recordId),
                               nonNull(detail))));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO access_log (at, actor, node_id, event, table_name, record_id, detail, "
                             "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(at);
    q.addBindValue(nonNull(actor));
    q.addBindValue(nodeId);
    q.addBindValue(eventText);
    q.addBindValue(nonNull(table));
    q.addBindValue(nonNull(recordId));
    q.addBindValue(nonNull(detail));
    q.addBindValue(prevHash);
    q.addBindValue(hash);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return tx.commit();
}

AccessLog::ChainCheck AccessLog::verifyChain(const QSqlDatabase &db)
{
    ChainCheck result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT keyed_from, seq, hash, (SELECT node_id FROM node) FROM log_heads "
                               "WHERE log = 'access'"))
        || !q.next()) {
        result.ok = false;
        result.headMissing = true;
        return result;
    }
    const qint64 keyedFrom = q.value(0).toLongLong();
    const qint64 headSeq = q.value(1).toLongLong();
    const QString headHash = q.value(2).toString();
    const QString node = q.value(3).toString();
    q.finish();
    QByteArray key;
    if (!node.isEmpty()) {
        if (const auto loaded = NodeKey::load(node))
            key = loaded.value();
    }
    if (!q.exec(QStringLiteral("SELECT seq, at, actor, node_id, event, table_name, record_id, detail, prev_hash, hash "
                               "FROM access_log WHERE seq >= %1 ORDER BY seq")
                    .arg(keyedFrom))) {
        result.ok = false;
        return result;
    }
    QString prev = kGenesis;
    qint64 lastSeq = 0;
    while (q.next()) {
        ++result.entries;
        const qint64 seq = q.value(0).toLongLong();
        const QString prevHash = q.value(8).toString();
        const QString stored = q.value(9).toString();
        bool good = prevHash == prev;
        if (good && key.isEmpty()) {
            result.keyMissing = true;
        } else if (good) {
            good = QString::fromLatin1(NodeKey::mac(
                       key, entryText(prevHash, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                      q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                                      q.value(7).toString())))
                   == stored;
        }
        if (result.ok && !good) {
            result.ok = false;
            result.firstBadSeq = seq;
        }
        prev = stored;
        lastSeq = seq;
    }
    q.finish();
    if (!result.ok)
        return result;
    // Cut off the end or wiped: the head (moved by a trigger with every append) and SQLite's
    // sequence remember more than is there.
    if (lastSeq == 0)
        prev = kGenesis;
    qint64 highest = 0;
    if (q.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'access_log'")) && q.next())
        highest = q.value(0).toLongLong();
    const qint64 expectedLast = headSeq >= keyedFrom ? headSeq : 0;
    if (expectedLast != lastSeq || (lastSeq > 0 && headHash != prev) || highest > qMax(lastSeq, keyedFrom - 1)) {
        result.ok = false;
        result.firstBadSeq = qMin(lastSeq, expectedLast) + 1;
        if (result.firstBadSeq < keyedFrom)
            result.firstBadSeq = keyedFrom;
    }
    return result;
}

qint64 AccessLog::count(Database &db, Event event)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM access_log WHERE event = ?"));
    q.addBindValue(eventKey(event));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace ud
