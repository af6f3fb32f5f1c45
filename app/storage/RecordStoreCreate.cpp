// RecordStore: creating records, one (create) or many (createMany). Both prepare each record
// the same way (prepareNew) and write its row, audit entry and outbox row with writeNew; createMany
// writes up to a chunk of records with one multi-row INSERT per table.

#include "core/CanonicalJson.h"
#include "storage/Database.h"
#include "storage/RecordReplay.h"
#include "storage/RecordStore.h"

#include <QSqlError>

#include <algorithm>
#include <vector>

namespace ud {

Result<QSqlQuery *> RecordStore::insertStatement(const QString &table, TableInfo &info, const QByteArray &given,
                                                 int rows)
{
    QByteArray key = given;
    key.append(static_cast<char>(rows & 0xff)).append(static_cast<char>(rows >> 8));
    auto it = info.inserts.find(key);
    if (it != info.inserts.end())
        return &it.value();
    QStringList names;
    for (int i = 0; i < info.columns.size(); ++i)
        if (given.at(i))
            names << info.columns.at(i);
    QStringList tuples;
    int bound = 0;
    for (int r = 0; r < rows; ++r) {
        QStringList values;
        for (int i = 0; i < info.columns.size(); ++i)
            if (given.at(i))
                values << (!info.literals.at(i).isEmpty() ? info.literals.at(i)
                           : given.at(i) == 2              ? QStringLiteral("CAST(%1 AS TEXT)").arg(placeholder(bound++))
                                                           : placeholder(bound++));
        tuples << QLatin1Char('(') + values.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    // Named placeholders: QtSql binds them with less work than positional ones.
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                       .arg(table, names.join(QStringLiteral(", ")), tuples.join(QStringLiteral(", ")))))
        return Result<QSqlQuery *>::failure(friendlyError(table, q.lastError().text()));
    return &info.inserts.insert(key, q).value();
}

QSqlQuery *RecordStore::outboxStatement(int rows, QString *error)
{
    auto it = m_outboxInserts.find(rows);
    if (it != m_outboxInserts.end())
        return &it.value();
    QStringList tuples;
    for (int r = 0; r < rows; ++r)
        tuples << QStringLiteral("(CAST(%1 AS TEXT), CAST(%2 AS TEXT), %3, CAST(%4 AS TEXT), CAST(%5 AS TEXT))")
                      .arg(placeholder(r * 5), placeholder(r * 5 + 1), placeholder(r * 5 + 2), placeholder(r * 5 + 3),
                           placeholder(r * 5 + 4));
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("INSERT INTO outbox (table_name, record_id, version, hlc, queued_at) VALUES ")
                   + tuples.join(QStringLiteral(", ")))) {
        *error = q.lastError().text();
        return nullptr;
    }
    return &m_outboxInserts.insert(rows, q).value();
}

const QString &RecordStore::placeholder(int index)
{
    while (m_placeholders.size() <= index)
        m_placeholders << QStringLiteral(":p%1").arg(m_placeholders.size());
    return m_placeholders.at(index);
}

Status RecordStore::prepareNew(const QString &table, const TableInfo &t, const QVariantMap &fields, NewRecord &out)
{
    const int n = static_cast<int>(t.columns.size());
    out.values.fill(QVariant(), n);
    out.given.fill(0, n);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const int i = t.userIndex.value(it.key(), -1);
        if (i < 0)
            return Status::failure(tr("%1 has no field \"%2\" that can be set.").arg(table, it.key()));
        out.values[i] = it.value();
        out.given[i] = it.value().typeId() == QMetaType::QString ? 2 : 1;
    }
    out.now = isoUtc(m_clock->nowUtc());
    out.hlc = m_hlc.now();
    out.id = m_ids.next();
    const auto set = [&](int i, const QVariant &value) {
        if (i >= 0) {
            out.values[i] = value;
            out.given[i] = value.typeId() == QMetaType::QString ? 2 : 1;
        }
    };
    if (t.pos.orgUnit >= 0 && !out.given.at(t.pos.orgUnit)) // not among the fields
        set(t.pos.orgUnit, m_nodeOrgUnit);
    set(t.pos.id, out.id);
    set(t.pos.originNode, m_nodeId);
    set(t.pos.version, 1);
    set(t.pos.baseVersion, 0);
    set(t.pos.hlc, out.hlc);
    set(t.pos.createdAt, out.now);
    set(t.pos.createdBy, m_actor);
    set(t.pos.updatedAt, out.now);
    set(t.pos.updatedBy, m_actor);
    set(t.pos.deleted, 0);

    // The audit entry's changes: {"column": [null, value]} for the user columns with a value,
    // in key order.
    QByteArray &changes = out.changes;
    changes.clear();
    changes.reserve(512);
    changes += '{';
    for (const int i : t.byName) {
        const QVariant &v = out.values.at(i);
        if (!out.given.at(i) || !t.isUser.at(i) || v.isNull())
            continue;
        if (changes.size() > 1)
            changes += ',';
        CanonicalJson::appendString(changes, t.columns.at(i));
        changes += ":[null,";
        if (t.isSecret.at(i)) {
            auto key = m_db.sealKey();
            if (!key)
                return key.status();
            CanonicalJson::appendString(changes, RecordReplay::sealedSecret(key.value(), v.toString()));
        }
        else
            CanonicalJson::appendVariant(changes, v);
        changes += ']';
    }
    changes += '}';
    return Status::success();
}

Status RecordStore::writeNew(const QString &table, TableInfo &t, const NewRecord *records, int count,
                             const QString &reason)
{
    Q_ASSERT(count > 0 && std::all_of(records, records + count, [&](const NewRecord &r) { return r.given == records[0].given; }));
    auto statement = insertStatement(table, t, records[0].given, count);
    if (!statement)
        return statement.status();
    QSqlQuery &ins = *statement.value();
    const bool utf8 = m_db.storesUtf8();
    int p = 0;
    for (int r = 0; r < count; ++r) {
        for (int i = 0; i < t.columns.size(); ++i) {
            const char kind = records[r].given.at(i);
            if (kind == 0 || !t.literals.at(i).isEmpty())
                continue;
            const QVariant &v = records[r].values.at(i);
            if (kind == 2)
                ins.bindValue(placeholder(p++), t.text[i](utf8, *static_cast<const QString *>(v.constData())));
            else
                ins.bindValue(placeholder(p++), v);
        }
    }
    if (!ins.exec())
        return Status::failure(friendlyError(table, ins.lastError().text()));

    std::vector<AuditEntry> entries(static_cast<size_t>(count));
    std::vector<QByteArray> changes(static_cast<size_t>(count));
    for (int r = 0; r < count; ++r) {
        AuditEntry &e = entries[static_cast<size_t>(r)];
        e.at = records[r].now;
        e.actor = m_actor;
        e.nodeId = m_nodeId;
        e.table = table;
        e.recordId = records[r].id;
        e.action = QStringLiteral("create");
        e.version = 1;
        e.reason = reason;
        changes[static_cast<size_t>(r)] = records[r].changes;
    }
    if (Status s = m_audit.appendMany(entries.data(), changes.data(), count); !s)
        return Status::failure(tr("The audit entry could not be written: %1").arg(s.error()));
    if (!isSyncedTable(table))
        return Status::success();
    QString error;
    QSqlQuery *out = outboxStatement(count, &error);
    if (out) {
        for (int r = 0; r < count; ++r) {
            out->bindValue(placeholder(r * 5), m_outboxText[0](utf8, table));
            out->bindValue(placeholder(r * 5 + 1), m_outboxText[1](utf8, records[r].id));
            out->bindValue(placeholder(r * 5 + 2), 1);
            out->bindValue(placeholder(r * 5 + 3), m_outboxText[2](utf8, records[r].hlc));
            out->bindValue(placeholder(r * 5 + 4), m_outboxText[3](utf8, records[r].now));
        }
        if (out->exec())
            return Status::success();
        error = out->lastError().text();
    }
    return Status::failure(tr("The change could not be queued for sync: %1").arg(error));
}

Result<Record> RecordStore::create(const QString &table, const QVariantMap &fields, const QString &reason)
{
    if (Status s = loadNode(); !s)
        return s;
    auto info = tableInfo(table);
    if (!info)
        return info.status();
    TableInfo &t = *info.value();
    // A new part of a case a reviewer locked (a payment, a session record) is refused too.
    if (const QString caseId = fields.value(QStringLiteral("case_id")).toString();
        !caseId.isEmpty() && syncDirection(table) == SyncDirection::Up && table.startsWith(QLatin1String("mediation_"))) {
        if (const QString refusal = lockRefusal(QStringLiteral("mediation_cases"), caseId); !refusal.isEmpty())
            return Result<Record>::failure(refusal);
    }
    NewRecord row;
    if (Status s = prepareNew(table, t, fields, row); !s)
        return s;
    Record rec;
    rec.table = table;
    rec.id = row.id;
    rec.version = 1;
    for (const int i : std::as_const(t.byName))
        if (row.given.at(i))
            rec.values.insert(rec.values.cend(), t.columns.at(i), row.values.at(i));
    if (!fields.contains(QStringLiteral("org_unit")) && !t.index.contains(QStringLiteral("org_unit")))
        rec.values.insert(QStringLiteral("org_unit"), m_nodeOrgUnit);

    Database::Transaction tx(m_db);
    if (!tx.isActive())
        return Result<Record>::failure(tx.error());
    if (Status s = writeNew(table, t, &row, 1, reason); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return rec;
}

QList<Result<QString>> RecordStore::createMany(const QString &table, const QList<QVariantMap> &records,
                                               const QString &reason)
{
    QList<Result<QString>> results;
    results.reserve(records.size());
    const auto failAll = [&](const QString &error) {
        results.clear();
        for (qsizetype i = 0; i < records.size(); ++i)
            results << Result<QString>::failure(error);
        return results;
    };
    if (Status s = loadNode(); !s)
        return failAll(s.error());
    auto info = tableInfo(table);
    if (!info)
        return failAll(info.error());
    TableInfo &t = *info.value();
    Database::Transaction tx(m_db);
    if (!tx.isActive())
        return failAll(tx.error());
    for (qsizetype i = 0; i < records.size(); ++i)
        results << Result<QString>::failure(QString());

    // Up to kChunk records with the same given columns, none referring to a later one (a
    // multi-row INSERT checks foreign keys at its end, so it would accept that; create() would not).
    constexpr int kChunk = 32;
    std::vector<NewRecord> chunk;
    std::vector<qsizetype> chunkInput;
    chunk.reserve(kChunk);
    chunkInput.reserve(kChunk);
    QSet<QString> referenced; // values the chunk's records refer to through a self-reference
    Status lost = Status::success(); // why the transaction was lost, once it is
    const auto flush = [&]() {
        if (chunk.empty())
            return;
        const int count = static_cast<int>(chunk.size());
        Status status = lost;
        if (status) {
            Database::Transaction savepoint(m_db);
            if (!savepoint.isActive())
                status = Status::failure(savepoint.error());
            if (status)
                status = writeNew(table, t, chunk.data(), count, reason);
            if (status)
                status = savepoint.commit();
        }
        const bool written = status.ok();
        for (int r = 0; r < count; ++r) {
            const qsizetype input = chunkInput[static_cast<size_t>(r)];
            if (written) {
                results[input] = chunk[static_cast<size_t>(r)].id;
            } else if (m_db.transactionLost()) {
                lost = status;
                results[input] = Result<QString>(status); // the commit below fails too
            } else {
                // Rolled back: one by one, for each record's own outcome.
                auto created = create(table, records.at(input), reason);
                results[input] = created ? Result<QString>(created.value().id) : Result<QString>(created.status());
            }
        }
        chunk.clear();
        chunkInput.clear();
        referenced.clear();
    };
    for (qsizetype input = 0; input < records.size(); ++input) {
        if (m_db.transactionLost())
            break; // nothing more can be written in it; the commit below fails
        NewRecord row;
        if (Status s = prepareNew(table, t, records.at(input), row); !s) {
            results[input] = Result<QString>(s);
            continue;
        }
        bool startNew = !chunk.empty() && (chunk.size() == kChunk || chunk.front().given != row.given);
        for (const auto &[from, to] : std::as_const(t.selfReferences))
            if (row.given.at(to) && referenced.contains(row.values.at(to).toString().toCaseFolded()))
                startNew = true;
        if (startNew)
            flush();
        for (const auto &[from, to] : std::as_const(t.selfReferences))
            if (row.given.at(from) && !row.values.at(from).isNull())
                referenced.insert(row.values.at(from).toString().toCaseFolded());
        chunk.push_back(std::move(row));
        chunkInput.push_back(input);
    }
    flush();
    if (Status s = tx.commit(); !s)
        return failAll(s.error());
    return results;
}

} // namespace ud
