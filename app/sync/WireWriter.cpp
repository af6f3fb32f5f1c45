#include "sync/WireWriter.h"

#include "core/CanonicalJson.h"
#include "storage/RecordStore.h"
#include "storage/RowCursor.h"

#include <algorithm>

namespace ud {

namespace {

QByteArray jsonKey(const QString &name)
{
    QByteArray out;
    CanonicalJson::appendString(out, name);
    out += ':';
    return out;
}

// A text column as the JSON string SyncLedger::jsonOf writes for it: straight from SQLite's UTF-8,
// or as Qt reads it when the bytes are not UTF-8 (or the cursor reads through Qt anyway).
void appendText(QByteArray &out, const RowCursor &row, int column)
{
    if (!row.isNative() || !CanonicalJson::appendUtf8String(out, row.text(column)))
        CanonicalJson::appendString(out, row.textAsQt(column));
}

// A value as SyncLedger's jsonOf writes what Qt's driver reads: null, numbers as
// QJsonValue::fromVariant writes them, bytes as base64, text as a string.
void appendColumn(QByteArray &out, const RowCursor &row, int column)
{
    switch (row.type(column)) {
    case RowCursor::Type::Null:
        out += "null";
        break;
    case RowCursor::Type::Integer:
        out += QByteArray::number(row.integer(column));
        break;
    case RowCursor::Type::Real:
        CanonicalJson::appendVariant(out, QVariant(row.real(column)));
        break;
    case RowCursor::Type::Blob:
        CanonicalJson::appendString(out, QString::fromLatin1(row.blob(column).toByteArray().toBase64()));
        break;
    case RowCursor::Type::Text:
        appendText(out, row, column);
        break;
    }
}

// A system column wireRecord reads with toString(): a missing or null one is "".
void appendTextField(QByteArray &out, const RowCursor &row, int column)
{
    if (column < 0 || row.type(column) == RowCursor::Type::Null)
        out += "\"\"";
    else if (row.type(column) == RowCursor::Type::Text)
        appendText(out, row, column);
    else if (row.type(column) == RowCursor::Type::Integer)
        CanonicalJson::appendString(out, QString::number(row.integer(column)));
    else if (row.type(column) == RowCursor::Type::Real)
        CanonicalJson::appendString(out, QVariant(row.real(column)).toString());
    else
        CanonicalJson::appendString(out, QString::fromUtf8(row.blob(column).toByteArray()));
}

} // namespace

WireWriter::WireWriter(const QString &table, const RowCursor &columns)
{
    m_tableText = jsonKey(QStringLiteral("table"));
    CanonicalJson::appendString(m_tableText, table);
    QList<QPair<QString, int>> values;
    for (int i = 0; i < columns.columnCount(); ++i) {
        const QString name = columns.columnName(i);
        if (name == QLatin1String("id"))
            m_id = i;
        else if (name == QLatin1String("org_unit"))
            m_orgUnit = i;
        else if (name == QLatin1String("origin_node"))
            m_origin = i;
        else if (name == QLatin1String("version"))
            m_version = i;
        else if (name == QLatin1String("hlc"))
            m_hlc = i;
        else if (name == QLatin1String("deleted"))
            m_deleted = i;
        else if (name != QLatin1String("base_version") && !RecordStore::isDerivedColumn(table, name))
            values.append({name, i});
        if (name == QLatin1String("sha256") && table == QLatin1String("mediation_attachments"))
            m_sha256 = i;
    }
    std::sort(values.begin(), values.end(),
              [](const auto &a, const auto &b) { return CanonicalJson::keyLess(a.first, b.first); });
    for (const auto &[name, index] : std::as_const(values)) {
        Column c;
        c.index = index;
        if (!m_values.isEmpty())
            c.key = ",";
        c.key += jsonKey(name);
        m_values.append(c);
    }
}

QString WireWriter::id(const RowCursor &row) const
{
    return row.type(m_id) == RowCursor::Type::Text && row.isNative() ? QString::fromUtf8(row.text(m_id)) : row.textAsQt(m_id);
}

qint64 WireWriter::append(QByteArray &out, const RowCursor &row, qint64 baseVersion) const
{
    const qint64 version = m_version < 0 ? 0 : row.integer(m_version);
    // The keys in QJsonObject's order: base_version, deleted, hlc, id, org_unit, origin_node,
    // table, values, version.
    out += "{\"base_version\":";
    out += QByteArray::number(baseVersion);
    out += m_deleted >= 0 && row.integer(m_deleted) != 0 ? ",\"deleted\":true" : ",\"deleted\":false";
    out += ",\"hlc\":";
    appendTextField(out, row, m_hlc);
    out += ",\"id\":";
    appendTextField(out, row, m_id);
    out += ",\"org_unit\":";
    appendTextField(out, row, m_orgUnit);
    out += ",\"origin_node\":";
    appendTextField(out, row, m_origin);
    out += ',';
    out += m_tableText;
    out += ",\"values\":{";
    for (const Column &c : m_values) {
        out += c.key;
        appendColumn(out, row, c.index);
    }
    out += "},\"version\":";
    out += QByteArray::number(version);
    out += '}';
    return version;
}

} // namespace ud
