#pragma once

#include <QCollator>
#include <QList>
#include <QString>

#include <algorithm>
#include <utility>
#include <vector>

namespace ud {

// Names in the order a Chinese reader looks for them: by pinyin (丁 付 任 于), as ICU's Chinese
// collation gives it, rather than by code point (丁 于 付 任); with a search, the name equal to
// the text searched for first (于阳 before 于阳倩). SQLite cannot collate this way: the database
// pages a list in this order by the names' stored sort keys (core/NameSortKey, the same ICU
// collation with the same settings, so the two orders agree), and a search's matches are put in
// this order in memory with the exact match first.
class NameOrder
{
public:
    NameOrder();

    // <0, 0, >0 as `a` comes before, with or after `b`.
    int compare(const QString &a, const QString &b) const { return m_collator.compare(a, b); }

    // Sorts `rows` by `nameOf(row)`: rows named exactly `exact` (when given) first, then the
    // rest in pinyin order (reversed for Qt::DescendingOrder); equal names keep their order.
    template <typename Row, typename NameOf>
    void sort(QList<Row> &rows, NameOf nameOf, const QString &exact, Qt::SortOrder order) const
    {
        struct Keyed
        {
            bool exact;
            QCollatorSortKey key;
            qsizetype index;
        };
        std::vector<Keyed> keyed;
        keyed.reserve(static_cast<size_t>(rows.size()));
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QString name = nameOf(rows.at(i));
            keyed.push_back({!exact.isEmpty() && name == exact, m_collator.sortKey(name), i});
        }
        const bool descending = order == Qt::DescendingOrder;
        std::stable_sort(keyed.begin(), keyed.end(), [descending](const Keyed &x, const Keyed &y) {
            if (x.exact != y.exact)
                return x.exact;
            return descending ? y.key.compare(x.key) < 0 : x.key.compare(y.key) < 0;
        });
        QList<Row> out;
        out.reserve(rows.size());
        for (const Keyed &k : keyed)
            out << std::move(rows[k.index]);
        rows = std::move(out);
    }

private:
    QCollator m_collator;
};

} // namespace ud
