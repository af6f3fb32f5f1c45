#pragma once

#include "exchange/HeaderSearch.h"
#include "exchange/ImportColumns.h"
#include "exchange/ImportReport.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ud {

// One data row of an import sheet while it is read: its cells by column key, and the problems
// found in it, each with the sheet row number and the column's header as the file has it.
class ImportRow
{
public:
    ImportRow(const ImportColumns &columns, const HeaderMap &map, const QStringList &cells, int row, QList<ImportIssue> &issues)
        : m_columns(columns), m_map(map), m_cells(cells), m_row(row), m_issues(issues), m_before(issues.size())
    {
    }

    int row() const { return m_row; }
    const QStringList &cells() const { return m_cells; }
    // No problem reported in this row (yet).
    bool clean() const { return m_issues.size() == m_before; }
    // Whether the file has the column.
    bool has(const QString &key) const { return m_map.has(key); }
    // The trimmed cell of the column; "" when the file or the row has none.
    QString text(const char *key) const { return text(QString::fromLatin1(key)); }
    QString text(const QString &key) const
    {
        const int c = m_map.column(key);
        return c >= 0 && c < m_cells.size() ? m_cells.at(c).trimmed() : QString();
    }
    // The column's header as the file has it; the template header when the file has no such column.
    QString header(const char *key) const { return header(QString::fromLatin1(key)); }
    QString header(const QString &key) const
    {
        const int c = m_map.column(key);
        return c >= 0 ? m_map.headers.at(c).trimmed() : m_columns.templateHeader(key);
    }

    // A problem with the cell of `key`.
    void report(const QString &key, const QString &message)
    {
        m_reported.insert(key);
        m_issues.append({m_row, header(key), text(key), message});
    }
    // A problem with the whole row.
    void reportRow(const QString &message, const QString &value = {}) { m_issues.append({m_row, {}, value, message}); }
    // Whether a problem with the cell of `key` has been reported already.
    bool reported(const QString &key) const { return m_reported.contains(key); }

private:
    const ImportColumns &m_columns;
    const HeaderMap &m_map;
    const QStringList &m_cells;
    int m_row;
    QList<ImportIssue> &m_issues;
    qsizetype m_before;
    QSet<QString> m_reported;
};

} // namespace ud
