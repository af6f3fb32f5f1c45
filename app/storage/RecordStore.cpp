#include "storage/RecordStore.h"

#include "core/CanonicalJson.h"
#include "storage/Database.h"
#include "storage/RecordReplay.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSqlError>

#include <algorithm>

namespace ud {

namespace {

struct TableKind
{
    const char *name;
    bool synced;
    SyncDirection direction;
};

constexpr SyncDirection Up = SyncDirection::Up;
constexpr SyncDirection Down = SyncDirection::Down;

// Every table with the common record columns. Synced tables get an outbox row per change; the
// direction says whether the client sends those changes up (reference data edited here stays
// here: it flows down only).
constexpr TableKind kRecordTables[] = {
    {"org_units", true, Down},
    {"code_items", true, Down},
    {"employers", true, Up},
    {"workers", true, Up},
    {"mediation_cases", true, Up},
    {"mediation_parties", true, Up},
    {"mediation_items", true, Up},
    {"mediation_payments", true, Up},
    {"mediation_sessions", true, Up},
    {"mediation_attachments", true, Up},
    {"mediation_mediators", true, Up},
    {"mediation_mediator_trainings", true, Up},
    {"mediation_case_mediators", true, Up},
    {"mediation_services", true, Up},
    {"mediation_follow_ups", true, Up},
    {"mediation_breach_steps", true, Up},
    {"mediation_supplements", true, Up},
    {"mediation_receptions", true, Up},
    {"mediation_referrals", true, Up},
    {"calendar_days", true, Down},
    {"policy_values", true, Down},
    {"record_reviews", false, Down},
    {"users", false, SyncDirection::Local},
};

// SQLite has no booleans: a check box's true is the stored 1.
QString comparable(const QVariant &v)
{
    return v.typeId() == QMetaType::Bool ? QString::number(v.toBool() ? 1 : 0) : v.toString();
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return comparable(a) == comparable(b);
}

QJsonValue jsonOf(const QVariant &v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(v);
}

// Secrets are audited as "changed", never with their value (not even a hash).
bool isSecretColumn(const QString &column)
{
    return column == QLatin1String("password_hash");
}

// From schema 9 on, a secret is recorded as a MAC keyed with the node key: it says nothing
// about the secret, yet `check` can tell whether the stored hash is the one that was written.
QJsonValue auditValue(const QString &column, const QVariant &v, const QByteArray &key)
{
    if (isSecretColumn(column) && !v.isNull())
        return key.isEmpty() ? RecordStore::secretText() : RecordReplay::sealedSecret(key, v.toString());
    return jsonOf(v);
}

} // namespace

const QString &RecordStore::secretText()
{
    static const QString text = QStringLiteral("(secret)");
    return text;
}

const QStringList &RecordStore::systemColumns()
{
    static const QStringList cols = {
        QStringLiteral("id"),         QStringLiteral("origin_node"), QStringLiteral("version"),
        QStringLiteral("base_version"), QStringLiteral("hlc"),       QStringLiteral("created_at"),
        QStringLiteral("created_by"), QStringLiteral("updated_at"),  QStringLiteral("updated_by"),
        QStringLiteral("deleted"),
    };
    return cols;
}

bool RecordStore::isRecordTable(const QString &table)
{
    for (const auto &t : kRecordTables)
        if (table == QLatin1String(t.name))
            return true;
    return false;
}

bool RecordStore::isSyncedTable(const QString &table)
{
    for (const auto &t : kRecordTables)
        if (table == QLatin1String(t.name))
            return t.synced;
    return false;
}

SyncDirection RecordStore::syncDirection(const QString &table)
{
    for (const auto &t : kRecordTables)
        if (table == QLatin1String(t.name))
            return t.direction;
    return SyncDirection::Local;
}

QStringList RecordStore::recordTables()
{
    QStringList tables;
    for (const auto &t : kRecordTables)
        tables << QLatin1String(t.name);
    return tables;
}

const QString &RecordStore::referenceOrigin()
{
    static const QString origin = QStringLiteral("reference");
    return origin;
}

bool RecordStore::isDerivedColumn(const QString &table, const QString &column)
{
    return column == QLatin1String("name_key")
           && (table == QLatin1String("workers") || table == QLatin1String("employers"));
}

bool RecordStore::wins(qint64 av, const QString &ahlc, const QString &anode, qint64 bv, const QString &bhlc,
                       const QString &bnode)
{
    if (av != bv)
        return av > bv;
    if (ahlc != bhlc)
        return ahlc > bhlc;
    return anode > bnode;
}

RecordStore::RecordStore(Database &db, const Clock *clock)
    : m_db(db),
      m_ownClock(clock ? nullptr : std::make_unique<SystemClock>()),
      m_clock(clock ? clock : m_ownClock.get()),
      m_ids(*m_clock),
      m_hlc(*m_clock),
      m_audit(db.auditLog())
{
}

RecordStore::~RecordStore() = default;

QSqlQuery &RecordStore::cached(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        QSqlQuery q(m_db.connection());
        q.prepare(sql);
        it = m_queries.insert(sql, q);
    }
    return it.value();
}

Status RecordStore::loadNode()
{
    if (!m_nodeId.isEmpty())
        return Status::success();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT node_id, org_unit FROM node")) || !q.next())
        return Status::failure(tr("This database has no node identity yet. Set the node up first "
                                  "(uniondesk-cli init)."));
    m_nodeId = q.value(0).toString();
    m_nodeOrgUnit = q.value(1).toString();
    // Never stamp below what this database already holds, even if the clock went back. The
    // outbox alone is not enough: acknowledged rows are deleted from it, and local-only tables
    // never reach it.
    QStringList highest{QStringLiteral("SELECT max(hlc) AS h FROM outbox")};
    for (const auto &t : kRecordTables)
        highest << QStringLiteral("SELECT max(hlc) FROM %1").arg(QLatin1String(t.name));
    QSqlQuery h(m_db.connection());
    if (h.exec(QStringLiteral("SELECT max(h) FROM (%1)").arg(highest.join(QStringLiteral(" UNION ALL ")))) && h.next()
        && !h.value(0).isNull())
        m_hlc.update(h.value(0).toString());
    return Status::success();
}

Result<RecordStore::TableInfo *> RecordStore::tableInfo(const QString &table)
{
    using R = Result<TableInfo *>;
    auto it = m_tables.find(table);
    if (it != m_tables.end())
        return &it.value();
    if (!isRecordTable(table))
        return R::failure(tr("%1 is not a table of records.").arg(table));
    TableInfo info;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        return R::failure(q.lastError().text());
    while (q.next())
        info.columns << q.value(1).toString();
    for (int i = 0; i < info.columns.size(); ++i) {
        const QString &c = info.columns.at(i);
        const bool user = !systemColumns().contains(c);
        if (user) {
            info.userColumns.insert(c);
            info.userIndex.insert(c, i);
        }
        info.index.insert(c, i);
        // A new record's version, base version and deleted flag are always the same.
        info.literals << (c == QLatin1String("version")  ? QStringLiteral("1")
                              : c == QLatin1String("base_version") || c == QLatin1String("deleted") ? QStringLiteral("0")
                                                                                                   : QString());
        info.byName << i;
        info.isUser << user;
        info.isSecret << isSecretColumn(c);
        info.text << TextBinding();
    }
    const auto position = [&info](const char *column) { return info.index.value(QLatin1String(column), -1); };
    info.pos.orgUnit = position("org_unit");
    info.pos.id = position("id");
    info.pos.originNode = position("origin_node");
    info.pos.version = position("version");
    info.pos.baseVersion = position("base_version");
    info.pos.hlc = position("hlc");
    info.pos.createdAt = position("created_at");
    info.pos.createdBy = position("created_by");
    info.pos.updatedAt = position("updated_at");
    info.pos.updatedBy = position("updated_by");
    info.pos.deleted = position("deleted");
    std::sort(info.byName.begin(), info.byName.end(), [&info](int a, int b) {
        return CanonicalJson::keyLess(info.columns.at(a), info.columns.at(b));
    });
    // Columns referring to another column of the same table (org_units.parent_code -> code):
    // createMany keeps a record and one it refers to out of the same multi-row INSERT.
    if (q.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table))) {
        while (q.next()) {
            if (q.value(2).toString() != table)
                continue;
            const int from = info.index.value(q.value(3).toString(), -1);
            const int to = info.index.value(q.value(4).toString(), -1);
            if (from >= 0 && to >= 0)
                info.selfReferences.append({from, to});
        }
    }
    return &m_tables.insert(table, info).value();
}

QString RecordStore::fieldLabel(const QString &column)
{
    static const struct
    {
        const char *column;
        const char *label;
    } labels[] = {
        {"code", QT_TRANSLATE_NOOP("RecordStore", "code")},
        {"name", QT_TRANSLATE_NOOP("RecordStore", "name")},
        {"short_name", QT_TRANSLATE_NOOP("RecordStore", "short name")},
        {"parent_code", QT_TRANSLATE_NOOP("RecordStore", "parent unit")},
        {"tier", QT_TRANSLATE_NOOP("RecordStore", "tier")},
        {"org_unit", QT_TRANSLATE_NOOP("RecordStore", "organisation unit")},
        {"list", QT_TRANSLATE_NOOP("RecordStore", "code list")},
        {"name_zh", QT_TRANSLATE_NOOP("RecordStore", "Chinese name")},
        {"username", QT_TRANSLATE_NOOP("RecordStore", "user name")},
        {"display_name", QT_TRANSLATE_NOOP("RecordStore", "display name")},
        {"role", QT_TRANSLATE_NOOP("RecordStore", "role")},
        {"password_hash", QT_TRANSLATE_NOOP("RecordStore", "password")},
    };
    for (const auto &l : labels)
        if (column == QLatin1String(l.column))
            return tr(l.label);
    return column;
}

QString RecordStore::friendlyError(const QString &table, const QString &sqlError) const
{
    static const QRegularExpression notNull(QStringLiteral("NOT NULL constraint failed: \\w+\\.(\\w+)"));
    static const QRegularExpression unique(QStringLiteral("UNIQUE constraint failed: (\\w+\\.\\w+(?:, \\w+\\.\\w+)*)"));
    if (const auto m = notNull.match(sqlError); m.hasMatch())
        return tr("The field \"%1\" is required.").arg(fieldLabel(m.captured(1)));
    if (const auto m = unique.match(sqlError); m.hasMatch()) {
        QStringList fields;
        for (QString f : m.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            f = f.trimmed();
            f.remove(table + QLatin1Char('.'));
            fields << fieldLabel(f);
        }
        return tr("Another record already has the same %1.").arg(fields.join(QStringLiteral(", ")));
    }
    if (sqlError.contains(QLatin1String("FOREIGN KEY constraint failed")))
        return tr("The record refers to something that does not exist.");
    if (sqlError.contains(QLatin1String("CHECK constraint failed")))
        return tr("A value is outside what is allowed; the change was not saved.");
    return tr("The change could not be saved: %1").arg(sqlError);
}

Status RecordStore::appendAuditAndOutbox(const QString &table, const QString &id, qint64 version, const QString &action,
                                         const QByteArray &changesJson, const QString &reason, const QString &now,
                                         const QString &hlc, bool queue)
{
    AuditEntry entry;
    entry.at = now;
    entry.actor = m_actor;
    entry.nodeId = m_nodeId;
    entry.table = table;
    entry.recordId = id;
    entry.action = action;
    entry.version = version;
    entry.reason = reason;
    if (Status s = m_audit.append(entry, changesJson); !s)
        return Status::failure(tr("The audit entry could not be written: %1").arg(s.error()));
    if (!queue || !isSyncedTable(table))
        return Status::success();
    QString error;
    QSqlQuery *out = outboxStatement(1, &error);
    if (out) {
        const bool utf8 = m_db.storesUtf8();
        out->bindValue(placeholder(0), m_outboxText[0](utf8, table));
        out->bindValue(placeholder(1), m_outboxText[1](utf8, id));
        out->bindValue(placeholder(2), version);
        out->bindValue(placeholder(3), m_outboxText[2](utf8, hlc));
        out->bindValue(placeholder(4), m_outboxText[3](utf8, now));
        if (out->exec())
            return Status::success();
        error = out->lastError().text();
    }
    return Status::failure(tr("The change could not be queued for sync: %1").arg(error));
}

Result<Record> RecordStore::get(const QString &table, const QString &id)
{
    auto info = tableInfo(table);
    if (!info)
        return info.status();
    const TableInfo &t = *info.value();
    if (t.selectById.isEmpty())
        info.value()->selectById = QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(t.columns.join(QStringLiteral(", ")), table);
    QSqlQuery &q = cached(t.selectById);
    q.addBindValue(id);
    if (!q.exec())
        return Result<Record>::failure(q.lastError().text());
    if (!q.next())
        return Result<Record>::failure(tr("The record %1 does not exist.").arg(id));
    Record rec;
    rec.table = table;
    rec.id = id;
    // In the map's own order (byName), each column goes to the end: no search per column.
    for (const int i : t.byName)
        rec.values.insert(rec.values.cend(), t.columns.at(i), q.value(i));
    q.finish();
    rec.version = rec.values.value(QStringLiteral("version")).toLongLong();
    rec.deleted = rec.values.value(QStringLiteral("deleted")).toInt() != 0;
    return rec;
}

Result<Record> RecordStore::update(const QString &table, const QString &id, qint64 baseVersion,
                                   const QVariantMap &changes, const QString &reason)
{
    auto info = tableInfo(table);
    if (!info)
        return info.status();
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (!info.value()->userColumns.contains(it.key()))
            return Result<Record>::failure(tr("%1 has no field \"%2\" that can be changed.").arg(table, it.key()));
    }
    return writeChange(table, id, baseVersion, changes, QStringLiteral("update"), reason);
}

Result<Record> RecordStore::remove(const QString &table, const QString &id, qint64 baseVersion, const QString &reason)
{
    return writeChange(table, id, baseVersion, {{QStringLiteral("deleted"), 1}}, QStringLiteral("delete"), reason);
}

Result<Record> RecordStore::undelete(const QString &table, const QString &id, qint64 baseVersion, const QString &reason)
{
    return writeChange(table, id, baseVersion, {{QStringLiteral("deleted"), 0}}, QStringLiteral("undelete"), reason);
}

Result<Record> RecordStore::writeChange(const QString &table, const QString &id, qint64 baseVersion,
                                        const QVariantMap &changes, const QString &action, const QString &reason)
{
    if (Status s = loadNode(); !s)
        return s;
    Database::Transaction tx(m_db);
    if (!tx.isActive())
        return Result<Record>::failure(tx.error());
    auto current = get(table, id);
    if (!current)
        return current;
    Record rec = current.take();
    if (rec.version != baseVersion)
        return Result<Record>::failure(tr("This record was changed elsewhere meanwhile (it is now at version %1, "
                                          "the edit started from version %2). Reload it and edit again.")
                                           .arg(rec.version)
                                           .arg(baseVersion));
    if (action == QLatin1String("update") && rec.deleted)
        return Result<Record>::failure(tr("This record has been deleted; restore it before editing."));
    if (const QString refusal = editRefusal(table, rec.values); !refusal.isEmpty())
        return Result<Record>::failure(refusal);

    QByteArray key;
    for (auto it = changes.cbegin(); it != changes.cend() && key.isEmpty(); ++it) {
        if (isSecretColumn(it.key())) {
            auto sealKey = m_db.sealKey();
            if (!sealKey)
                return sealKey.status();
            key = sealKey.value();
        }
    }
    QJsonObject diff;
    QStringList sets;
    QVariantList binds;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const QVariant before = rec.values.value(it.key());
        if (sameValue(before, it.value()))
            continue;
        diff.insert(it.key(), QJsonArray{auditValue(it.key(), before, key), auditValue(it.key(), it.value(), key)});
        sets << it.key() + QStringLiteral(" = ?");
        binds << it.value();
        rec.values.insert(it.key(), it.value());
    }
    if (diff.isEmpty())
        return rec; // nothing changed: no new version, no audit entry

    const QString now = isoUtc(m_clock->nowUtc());
    const QString hlc = m_hlc.now();
    const qint64 newVersion = rec.version + 1;
    sets << QStringLiteral("version = ?") << QStringLiteral("base_version = ?") << QStringLiteral("hlc = ?")
         << QStringLiteral("updated_at = ?") << QStringLiteral("updated_by = ?");
    binds << newVersion << rec.version << hlc << now << m_actor;
    QSqlQuery &upd = cached(QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND version = ?")
                                .arg(table, sets.join(QStringLiteral(", "))));
    for (const QVariant &b : std::as_const(binds))
        upd.addBindValue(b);
    upd.addBindValue(id);
    upd.addBindValue(rec.version);
    if (!upd.exec())
        return Result<Record>::failure(friendlyError(table, upd.lastError().text()));
    if (upd.numRowsAffected() != 1)
        return Result<Record>::failure(tr("This record was changed elsewhere meanwhile. Reload it and edit again."));
    if (Status s = appendAuditAndOutbox(table, id, newVersion, action, CanonicalJson::fromObject(diff), reason, now, hlc);
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    rec.values.insert(QStringLiteral("base_version"), rec.version);
    rec.version = newVersion;
    rec.deleted = rec.values.value(QStringLiteral("deleted")).toInt() != 0;
    rec.values.insert(QStringLiteral("version"), newVersion);
    rec.values.insert(QStringLiteral("hlc"), hlc);
    rec.values.insert(QStringLiteral("updated_at"), now);
    rec.values.insert(QStringLiteral("updated_by"), m_actor);
    return rec;
}

} // namespace ud
