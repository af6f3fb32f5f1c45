// RecordStore: versions received from other nodes (applyRemote), and who may change a record
// here (editRefusal: ownership and reviewers' locks, docs/sync.md).

#include "core/CanonicalJson.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QSqlError>

namespace ud {

namespace {

QJsonValue jsonValue(const QVariant &v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(v);
}

bool sameStoredValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    if (a.typeId() == QMetaType::Bool || b.typeId() == QMetaType::Bool)
        return a.toLongLong() == b.toLongLong();
    return a.toString() == b.toString();
}

// Columns a received version must carry.
const QStringList &requiredColumns()
{
    static const QStringList columns = {
        QStringLiteral("id"),         QStringLiteral("org_unit"),   QStringLiteral("origin_node"),
        QStringLiteral("version"),    QStringLiteral("hlc"),        QStringLiteral("created_at"),
        QStringLiteral("created_by"), QStringLiteral("updated_at"), QStringLiteral("updated_by"),
    };
    return columns;
}

} // namespace

QString RecordStore::lockRefusal(const QString &table, const QString &id)
{
    QSqlQuery &q = cached(QStringLiteral(
        "SELECT decision, reviewer, decided_at FROM record_reviews WHERE table_name = ? AND record_id = ? "
        "AND decision IN ('lock', 'unlock') AND deleted = 0 ORDER BY decided_at DESC, hlc DESC LIMIT 1"));
    q.addBindValue(table);
    q.addBindValue(id);
    QString refusal;
    if (q.exec() && q.next() && q.value(0).toString() == QLatin1String("lock"))
        refusal = tr("%1 locked this record on %2 after review: it can no longer be changed here. Ask the "
                     "reviewer to unlock it if something must be corrected.")
                      .arg(q.value(1).toString(), q.value(2).toString().left(10));
    q.finish();
    return refusal;
}

QString RecordStore::editRefusal(const QString &table, const QVariantMap &row)
{
    if (loadNode() && syncDirection(table) != SyncDirection::Local) {
        const QString origin = row.value(QStringLiteral("origin_node")).toString();
        if (!origin.isEmpty() && origin != m_nodeId && origin != referenceOrigin()) {
            return syncDirection(table) == SyncDirection::Down
                       ? tr("This entry came from the union above (%1) and can only be changed there.").arg(origin)
                       : tr("This record was made at another station or desktop (%1); only that one can change it.")
                             .arg(origin);
        }
    }
    if (syncDirection(table) != SyncDirection::Up)
        return {};
    if (QString r = lockRefusal(table, row.value(QStringLiteral("id")).toString()); !r.isEmpty())
        return r;
    // A case's parts are locked with their case.
    const QString caseId = row.value(QStringLiteral("case_id")).toString();
    if (!caseId.isEmpty() && table.startsWith(QLatin1String("mediation_")))
        return lockRefusal(QStringLiteral("mediation_cases"), caseId);
    return {};
}

Result<RemoteResult> RecordStore::applyRemote(const QString &table, const QVariantMap &values, const RemoteWrite &how)
{
    using R = Result<RemoteResult>;
    if (Status s = loadNode(); !s)
        return s;
    auto info = tableInfo(table);
    if (!info)
        return info.status();
    const TableInfo &t = *info.value();
    for (const QString &c : requiredColumns())
        if (!values.contains(c) || values.value(c).toString().isEmpty())
            return R::failure(tr("The received record of %1 has no \"%2\".").arg(table, c));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (!t.index.contains(it.key()) && !isDerivedColumn(table, it.key()))
            return R::failure(tr("The received record of %1 has a field this version does not know: \"%2\". "
                                 "Update UnionDesk on this computer.")
                                  .arg(table, it.key()));
    const QString id = values.value(QStringLiteral("id")).toString();
    const qint64 version = values.value(QStringLiteral("version")).toLongLong();
    const QString hlc = values.value(QStringLiteral("hlc")).toString();
    const QString origin = values.value(QStringLiteral("origin_node")).toString();
    if (version < 1)
        return R::failure(tr("The received record %1 of %2 has no valid version.").arg(id, table));

    Database::Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    QSqlQuery &sel = cached(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(t.columns.join(QStringLiteral(", ")), table));
    sel.addBindValue(id);
    if (!sel.exec())
        return R::failure(sel.lastError().text());
    const bool exists = sel.next();
    QVariantMap before;
    if (exists)
        for (int i = 0; i < t.columns.size(); ++i)
            before.insert(t.columns.at(i), sel.value(i));
    sel.finish();
    if (exists) {
        const qint64 have = before.value(QStringLiteral("version")).toLongLong();
        const QString haveHlc = before.value(QStringLiteral("hlc")).toString();
        if (have == version && haveHlc == hlc)
            return RemoteResult::Unchanged;
        if (!how.force && !wins(version, hlc, origin, have, haveHlc, before.value(QStringLiteral("origin_node")).toString()))
            return RemoteResult::Older;
    }

    // The field-level differences; the version and the clock are the entry's own columns.
    QJsonObject diff;
    QStringList columns;
    QVariantList binds;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString &c = it.key();
        if (isDerivedColumn(table, c))
            continue;
        columns << c;
        binds << it.value();
        if (c == QLatin1String("id") || c == QLatin1String("version") || c == QLatin1String("hlc"))
            continue;
        const QVariant old = before.value(c);
        if (!exists || !sameStoredValue(old, it.value()))
            diff.insert(c, QJsonArray{exists ? jsonValue(old) : QJsonValue(QJsonValue::Null), jsonValue(it.value())});
    }
    QSqlQuery *write = nullptr;
    if (exists) {
        QStringList sets;
        for (const QString &c : std::as_const(columns))
            if (c != QLatin1String("id"))
                sets << c + QStringLiteral(" = ?");
        write = &cached(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))));
        for (int i = 0; i < columns.size(); ++i)
            if (columns.at(i) != QLatin1String("id"))
                write->addBindValue(binds.at(i));
        write->addBindValue(id);
    } else {
        QStringList marks;
        for (int i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        write = &cached(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
        for (const QVariant &b : std::as_const(binds))
            write->addBindValue(b);
    }
    if (!write->exec())
        return R::failure(friendlyError(table, write->lastError().text()));
    const QString now = isoUtc(m_clock->nowUtc());
    m_hlc.update(hlc); // never stamp a later local change below what was received
    if (Status s = appendAuditAndOutbox(table, id, version, QStringLiteral("receive"), CanonicalJson::fromObject(diff),
                                        how.reason, now, hlc, how.forward);
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return RemoteResult::Applied;
}

} // namespace ud
