#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace ud {

class RowCursor;

// Writes a stored row straight as the canonical JSON text of its wire record (docs/sync.md
// "Records"), byte for byte what CanonicalJson::fromObject(SyncLedger::wireRecord(...).toJson())
// gives, without a QVariantMap, a Record or a QJsonObject per row: a push of 100,000 records
// spent most of its time building those (bench/README.md "bench_sync").
//
// One writer per table and result shape: the columns are sorted once (the order QJsonObject
// keeps), derived columns left out, the system columns put at the top.
class WireWriter
{
public:
    // `rows` has run `SELECT * FROM table …`.
    WireWriter(const QString &table, const RowCursor &rows);

    // The row the cursor is on, as `{"base_version":…,"deleted":…,…,"values":{…},"version":…}`
    // appended to `out`. Returns the row's version.
    qint64 append(QByteArray &out, const RowCursor &row, qint64 baseVersion) const;
    // The row's id.
    QString id(const RowCursor &row) const;

    int idColumn() const { return m_id; }
    int versionColumn() const { return m_version; }
    // The column holding an attachment's content hash (mediation_attachments), or -1.
    int blobHashColumn() const { return m_sha256; }
    int deletedColumn() const { return m_deleted; }

private:
    struct Column
    {
        int index = -1;
        QByteArray key; // "name": as JSON, the comma before it included except for the first
    };
    QByteArray m_tableText; // "table":"name" as JSON
    QList<Column> m_values;
    int m_id = -1, m_orgUnit = -1, m_origin = -1, m_version = -1, m_hlc = -1, m_deleted = -1, m_sha256 = -1;
};

} // namespace ud
