#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstddef>

namespace ud {

// One column an importer understands.
struct ColumnSpec
{
    const char *key;   // the importer's own name for the column ("name", "received_on"...)
    const char *names; // the headers accepted for it, '|'-separated; the first is the template header
    bool required = false;
};

// The columns of one kind of import sheet: their keys, the headers each accepts (compared after
// ImportCells::normalHeader, so "身份证号（必填）" and "ID number" match too) and which ones a
// file must have. Columns headed 序号/编号/No./# (row numbers of a form) are ignored.
class ImportColumns
{
public:
    explicit ImportColumns(const QList<ColumnSpec> &specs);
    template <std::size_t N>
    explicit ImportColumns(const ColumnSpec (&specs)[N]) : ImportColumns(QList<ColumnSpec>(specs, specs + N))
    {
    }

    // A file must have at least one of `keys` (an employer by name or by credit code); when it
    // has none, the first is reported missing. Checked after the required columns.
    ImportColumns &requireOneOf(const QStringList &keys);

    const QList<ColumnSpec> &specs() const { return m_specs; }
    const QList<QStringList> &oneOfGroups() const { return m_oneOf; }

    // The first accepted header of every column, in order.
    QStringList templateHeaders() const;
    // The template header of `key`; `key` itself when there is no such column.
    QString templateHeader(const QString &key) const;
    // The key a header stands for (already normalised); "" when none.
    QString keyOf(const QString &normalHeader) const { return m_keyOfName.value(normalHeader); }
    static bool isIgnored(const QString &normalHeader);

private:
    QList<ColumnSpec> m_specs;
    QList<QStringList> m_oneOf;
    QHash<QString, QString> m_keyOfName; // accepted header -> key (the first column that accepts it)
};

} // namespace ud
