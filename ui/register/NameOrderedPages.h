#pragma once

#include "ui/register/NameOrder.h"

#include <QHash>
#include <QList>
#include <QString>

namespace ud {

// The pages of a register list sorted by name, in NameOrder (pinyin, the exact match first)
// when the list is small enough to hold: the first page reads up to kHeldRows + 1 rows in the
// database's order; if that is the whole list, it is sorted here and later pages are cut from
// it; otherwise the list keeps the database's order and its keyset pages (a sort key stored with
// each name would be needed for pinyin order there).
template <typename Row>
class NameOrderedPages
{
public:
    static constexpr int kHeldRows = 2000;

    // `readFirst(n)`: up to n rows from the first, in the database's order. `mayHold` false: the
    // list is known to be too long to hold (its count), so only a page is read.
    template <typename ReadFirst>
    QList<Row> first(ReadFirst readFirst, const QString &exact, Qt::SortOrder order, int limit, bool mayHold = true)
    {
        m_rows.clear();
        m_position.clear();
        if (!mayHold) {
            m_holding = false;
            return readFirst(limit);
        }
        QList<Row> rows = readFirst(qMax(kHeldRows + 1, limit));
        m_holding = rows.size() <= kHeldRows;
        if (!m_holding)
            return rows.mid(0, limit);
        m_order.sort(rows, [](const Row &r) { return r.name; }, exact, order);
        m_rows = std::move(rows);
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            m_position.insert(m_rows.at(i).id, i);
        return m_rows.mid(0, limit);
    }

    bool holding() const { return m_holding; }
    // The rows after `lastId` (only while holding).
    QList<Row> after(const QString &lastId, int limit) const
    {
        const qsizetype at = m_position.value(lastId, -1);
        return at < 0 ? QList<Row>() : m_rows.mid(at + 1, limit);
    }
    void drop()
    {
        m_holding = false;
        m_rows.clear();
        m_position.clear();
    }

private:
    NameOrder m_order;
    QList<Row> m_rows;
    QHash<QString, qsizetype> m_position;
    bool m_holding = false;
};

} // namespace ud
