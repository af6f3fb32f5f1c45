#include "storage/RecordReplay.h"

#include "storage/NodeKey.h"
#include "storage/RecordStore.h"
#include "storage/ReferenceSchema.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace ud {

namespace {

const QString kSealedPrefix = QStringLiteral("sealed:");

// Columns that change without an audit entry, by design.
bool isUnaudited(const QString &table, const QString &column)
{
    if (column == QLatin1String("hlc"))
        return true;
    if (column == QLatin1String("name_key")) // derived from the name (NameSortKeys)
        return table == QLatin1String("workers") || table == QLatin1String("employers");
    return table == QLatin1String("users")
           && (column == QLatin1String("failed_logins") || column == QLatin1String("locked_until")
               || column == QLatin1String("last_login_at"));
}

bool isNumericType(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

// Whether a stored value is what the audit log says was written (SQLite's column affinity may
// have turned a number given as text into a number, or the other way round).
bool matches(const QJsonValue &expected, const QVariant &actual)
{
    if (expected.isNull() || expected.isUndefined())
        return actual.isNull();
    if (actual.isNull())
        return false;
    if (expected.isBool())
        return actual.toLongLong() == (expected.toBool() ? 1 : 0);
    if (expected.isDouble()) {
        bool ok = false;
        const double d = actual.toDouble(&ok);
        return ok && d == expected.toDouble();
    }
    if (expected.isString()) {
        const QString s = expected.toString();
        if (actual.toString() == s)
            return true;
        if (isNumericType(actual)) {
            bool ok = false;
            const double d = s.toDouble(&ok);
            return ok && d == actual.toDouble();
        }
        return false;
    }
    return false; // arrays and objects are never stored in a column
}

bool hasSurrogate(const QString &text)
{
    for (const QChar c : text)
        if (c.isSurrogate())
            return true;
    return false;
}

// What SQLite stores for `text` bound as RecordStore binds it (UTF-16, converted by SQLite): for
// text that is not valid UTF-16, which the conversion changes (a lone high surrogate takes the
// character after it along).
QString storedForm(const QSqlDatabase &db, const QString &text)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ?"));
    q.addBindValue(text);
    return q.exec() && q.next() ? q.value(0).toString() : text;
}

bool sameStored(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    if (isNumericType(a) && isNumericType(b))
        return a.toDouble() == b.toDouble();
    return a.toString() == b.toString();
}

// A column's schema default (PRAGMA table_info's dflt_value) as the value a new row gets;
// undefined when it is an expression that cannot be compared.
QJsonValue defaultValue(const QVariant &dflt)
{
    if (dflt.isNull())
        return QJsonValue(QJsonValue::Null);
    QString text = dflt.toString().trimmed();
    if (text.compare(QLatin1String("NULL"), Qt::CaseInsensitive) == 0)
        return QJsonValue(QJsonValue::Null);
    if (text.size() >= 2 && text.startsWith(QLatin1Char('\'')) && text.endsWith(QLatin1Char('\'')))
        return text.mid(1, text.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
    bool ok = false;
    const double d = text.toDouble(&ok);
    if (ok)
        return d;
    return QJsonValue(QJsonValue::Undefined);
}

struct Entry
{
    QString action;
    qint64 version = 0;
    QJsonObject changes;
    QString at;
    QString actor;
    QString nodeId;
};

// A lone surrogate (text that is not valid UTF-16, e.g. half of a pasted emoji) is written in the
// changes as a \\uD8xx escape, which QJsonDocument refuses. It is parsed as the noncharacter
// U+FDD0 followed by the four hex digits and put back afterwards, so the replay sees exactly the
// text that was written.
constexpr char16_t kLoneMarker = 0xFDD0;

QJsonValue restoreLoneSurrogates(const QJsonValue &value)
{
    if (value.isString()) {
        QString text = value.toString();
        for (qsizetype at = text.indexOf(QChar(kLoneMarker)); at >= 0 && at + 4 < text.size();
             at = text.indexOf(QChar(kLoneMarker), at + 1)) {
            bool ok = false;
            const ushort unit = text.mid(at + 1, 4).toUShort(&ok, 16);
            if (ok)
                text.replace(at, 5, QChar(unit));
        }
        return text;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(restoreLoneSurrogates(v));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(it.key(), restoreLoneSurrogates(it.value()));
        return out;
    }
    return value;
}

QJsonObject parseChanges(const QString &json, bool *unreadable)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError)
        return doc.object();
    static const QRegularExpression lone(QStringLiteral("\\\\u([dD][89a-fA-F][0-9a-fA-F]{2})"));
    QString marked = json;
    marked.replace(lone, QStringLiteral("\\ufdd0\\1"));
    const QJsonDocument retry = QJsonDocument::fromJson(marked.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        *unreadable = true;
    return restoreLoneSurrogates(retry.object()).toObject();
}

} // namespace

QString RecordReplay::sealedSecret(const QByteArray &key, const QString &secret)
{
    return kSealedPrefix + QString::fromLatin1(NodeKey::mac(key, QByteArrayLiteral("secret\x1f") + secret.toUtf8()));
}

RecordReplay::Result RecordReplay::run(const QSqlDatabase &db, const QByteArray &key)
{
    Result result;
    const ReferenceSchema &reference = ReferenceSchema::instance();
    if (!reference.error.isEmpty()) {
        result.problems << tr("The reference data of this version could not be prepared: %1").arg(reference.error);
        return result;
    }
    // Records purged after every tier acknowledged their tombstone (schema 19, docs/sync.md
    // "Deletes"): their history stays, their row is gone.
    QSqlQuery purged(db);
    const bool purges = purged.prepare(QStringLiteral("SELECT version FROM record_purges WHERE table_name = ? "
                                                      "AND record_id = ? AND purged_at IS NOT NULL"));
    for (const QString &table : ReferenceSchema::recordTables()) {
        QSqlQuery info(db);
        QStringList columns;
        QList<QJsonValue> defaults;
        if (!info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
            continue;
        while (info.next()) {
            columns << info.value(1).toString();
            defaults << defaultValue(info.value(4));
        }
        info.finish();
        if (columns.isEmpty())
            continue; // not in this schema
        const int idColumn = static_cast<int>(columns.indexOf(QStringLiteral("id")));
        const auto refIt = reference.tables.constFind(table);
        const ReferenceSchema::Table *ref = refIt != reference.tables.constEnd() ? &refIt.value() : nullptr;
        QHash<QString, int> refColumn;
        if (ref)
            for (int i = 0; i < ref->columns.size(); ++i)
                refColumn.insert(ref->columns.at(i), i);

        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        QSqlQuery audit(db);
        audit.setForwardOnly(true);
        audit.prepare(QStringLiteral("SELECT record_id, action, version, changes, at, actor, node_id FROM audit_log "
                                     "WHERE table_name = ? ORDER BY record_id, seq"));
        audit.addBindValue(table);
        if (!rows.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(columns.join(QStringLiteral(", ")), table))
            || !audit.exec()) {
            result.problems << tr("The records of %1 could not be read for the check.").arg(table);
            continue;
        }
        int problems = 0;
        const auto report = [&](const QString &line) {
            if (problems++ < kMaxProblems)
                result.problems << line;
        };
        bool haveRow = rows.next();
        bool haveEntry = audit.next();
        QList<Entry> entries;
        while (haveRow || haveEntry) {
            const QByteArray rowId = haveRow ? rows.value(idColumn).toString().toUtf8() : QByteArray();
            const QByteArray entryId = haveEntry ? audit.value(0).toString().toUtf8() : QByteArray();
            // The smaller id first (both streams are in SQLite's binary order of the UTF-8 text).
            const bool takeRow = haveRow && (!haveEntry || rowId <= entryId);
            const bool takeEntries = haveEntry && (!haveRow || entryId <= rowId);
            const QString id = QString::fromUtf8(takeRow ? rowId : entryId);
            entries.clear();
            bool unreadable = false; // an entry's changes could not be read: its fields are not compared
            if (takeEntries) {
                while (haveEntry && audit.value(0).toString().toUtf8() == entryId) {
                    Entry e;
                    e.action = audit.value(1).toString();
                    e.version = audit.value(2).toLongLong();
                    e.changes = parseChanges(audit.value(3).toString(), &unreadable);
                    e.at = audit.value(4).toString();
                    e.actor = audit.value(5).toString();
                    e.nodeId = audit.value(6).toString();
                    entries << e;
                    haveEntry = audit.next();
                }
            }
            if (!takeRow) {
                qint64 purgedAt = 0;
                if (purges) {
                    purged.addBindValue(table);
                    purged.addBindValue(id);
                    if (purged.exec() && purged.next())
                        purgedAt = purged.value(0).toLongLong();
                    purged.finish();
                }
                if (purgedAt == 0) {
                    report(tr("Record %1 of %2 is in the audit log but its row has been removed.").arg(id, table));
                } else {
                    // Purged: only a history that ends deleted at the purged version may lose its row.
                    QJsonValue deleted;
                    for (const Entry &e : std::as_const(entries))
                        if (e.changes.contains(QStringLiteral("deleted")))
                            deleted = e.changes.value(QStringLiteral("deleted")).toArray().at(1);
                    const bool endsDeleted = deleted.isBool()     ? deleted.toBool()
                                             : deleted.isString() ? deleted.toString() == QLatin1String("1")
                                                                  : deleted.toDouble() != 0;
                    if (entries.isEmpty() || entries.last().version != purgedAt || !endsDeleted)
                        report(tr("Record %1 of %2 was purged at version %3, but its audit history does not end "
                                  "deleted at that version (its row was removed outside UnionDesk).")
                                   .arg(id, table)
                                   .arg(purgedAt));
                }
                continue;
            }
            ++result.rowsChecked;
            // The starting point: a reference row from the migrations, or nothing before "create".
            // A record that first reached this node from another ('receive') starts from nothing
            // too; a received version brings its own system columns, which the entry lists.
            const bool madeHere = !entries.isEmpty() && entries.first().action == QLatin1String("create");
            const bool created = madeHere || (!entries.isEmpty() && entries.first().action == QLatin1String("receive"));
            const bool lastReceived = !entries.isEmpty() && entries.last().action == QLatin1String("receive");
            const QVariantList *base = nullptr;
            if (!madeHere) {
                if (ref) {
                    const auto it = ref->rows.constFind(id);
                    if (it != ref->rows.constEnd())
                        base = &it.value();
                }
                if (!base && !created) {
                    report(tr("Record %1 of %2 has no audit history: it was added outside UnionDesk.").arg(id, table));
                    haveRow = rows.next();
                    continue;
                }
            }
            QJsonObject state;
            for (const Entry &e : std::as_const(entries))
                for (auto c = e.changes.constBegin(); c != e.changes.constEnd(); ++c)
                    state.insert(c.key(), c.value().toArray().at(1));
            QStringList differing;
            for (int i = 0; i < columns.size(); ++i) {
                const QString &column = columns.at(i);
                if (i == idColumn || isUnaudited(table, column))
                    continue;
                const QVariant actual = rows.value(i);
                const QVariant fromBase = base ? base->value(refColumn.value(column, -1)) : QVariant();
                const bool baseHas = base && refColumn.contains(column);
                bool same = true;
                if (!entries.isEmpty() && column == QLatin1String("version")) {
                    same = actual.toLongLong() == entries.last().version;
                } else if (lastReceived && state.contains(column)) {
                    same = matches(state.value(column), actual);
                } else if (!entries.isEmpty() && !lastReceived && column == QLatin1String("base_version")) {
                    same = actual.toLongLong() == (entries.last().action == QLatin1String("create") ? 0 : entries.last().version - 1);
                } else if (!entries.isEmpty() && !lastReceived && column == QLatin1String("updated_at")) {
                    same = actual.toString() == entries.last().at;
                } else if (!entries.isEmpty() && !lastReceived && column == QLatin1String("updated_by")) {
                    same = actual.toString() == entries.last().actor;
                } else if (madeHere && column == QLatin1String("created_at")) {
                    same = actual.toString() == entries.first().at;
                } else if (madeHere && column == QLatin1String("created_by")) {
                    same = actual.toString() == entries.first().actor;
                } else if (madeHere && column == QLatin1String("origin_node")) {
                    same = actual.toString() == entries.first().nodeId;
                } else if (state.contains(column)) {
                    const QJsonValue expected = state.value(column);
                    const QString text = expected.toString();
                    if (expected.isString() && text.startsWith(kSealedPrefix))
                        same = key.isEmpty() || text == sealedSecret(key, actual.toString());
                    else if (expected.isString() && text == RecordStore::secretText())
                        same = true; // written before schema 9: only "changed" was recorded
                    else if (expected.isString() && hasSurrogate(text))
                        same = actual.toString() == storedForm(db, text);
                    else
                        same = matches(expected, actual);
                } else if (unreadable) {
                    same = true;
                } else if (baseHas) {
                    same = sameStored(fromBase, actual);
                } else if (column == QLatin1String("deleted")) {
                    same = actual.toLongLong() == 0;
                } else if (!defaults.at(i).isUndefined()) {
                    same = actual.isNull() || matches(defaults.at(i), actual);
                }
                if (!same)
                    differing << column;
            }
            if (!differing.isEmpty())
                report(tr("Record %1 of %2 differs from its audit history in: %3 (changed outside UnionDesk).")
                           .arg(id, table, differing.join(QStringLiteral(", "))));
            haveRow = rows.next();
        }
        if (problems > kMaxProblems)
            result.problems << tr("… and %n more record(s) of %1 with problems.", nullptr, problems - kMaxProblems).arg(table);
    }
    return result;
}

} // namespace ud
