#pragma once

#include "ui/register/NameOrder.h"

#include <QHash>
#include <QList>
#include <QString>

namespace ud {

// The pages of a register list sorted by name. The database pages any list in pinyin order (by
// the names' stored sort keys, schema 16), which NameOrder agrees with. A search's matches are
// held here to put the name equal to the text searched for first: the first page reads up to
// kHeldRows + 1 rows in the database's order; if that is the whole list, it is sorted here (the
// exact match first, then NameOrder) and later pages are cut from it; otherwise the list keeps
// the database's order and its keyset pages.
template <typename Row>
class NameOrderedPages
{
public:
    static constexpr int kHeldRows = 2000;

    // `readFirst(n)`: up to n rows from the first, in the database's order. `mayHold` false: the
    // list is not held (no exact match to put first, or known to be too long), so only a page is read.
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
