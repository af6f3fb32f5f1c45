#pragma once

#include <QList>
#include <QSet>
#include <QString>

namespace ud {

class Database;

// The one search box over the whole register (schema 7, resources/sql/0007_register_search.sql):
// names first (register_names), then details — addresses, posts, phones, employer names, credit
// codes (register_details). Both are FTS5 trigram indexes over register_search, so Chinese
// substrings match anywhere. Every query reads the index and stops at the limit; none sorts all
// its matches, so a phrase found in every address (八里庄) costs what a rare one does.
//
// Per index, the statements run for a text t (trimmed):
//  - 3 or more characters: a phrase MATCH '"t"' LIMIT n.
//  - 1 or 2 characters: the index's trigrams that start with t (fts5vocab, case-folded t,
//    at most kMaxTerms + 1 of them); none: no match, nothing more is read; up to kMaxTerms:
//    MATCH '"t.." OR "t.." …' LIMIT n; more: matches are plentiful, so a LIKE '%t%' scan of
//    register_search stops at the limit soon.
// bench_register runs the same statements in the sqlite3 shell; keep the two in step.
class RegisterSearch
{
public:
    static constexpr int kMaxTerms = 64;

    struct Hit
    {
        QString kind; // "worker" | "employer"
        QString id;
        QString name;
        QString detail;
    };

    explicit RegisterSearch(Database &db) : m_db(db) {}

    // Up to `limit` records: those whose name contains `text`, then those whose details do.
    QList<Hit> find(const QString &text, int limit) const;

    // The number of characters (code points, not UTF-16 units) the trigram rules count.
    static int characterCount(const QString &text);

private:
    enum class Index { Names, Details };
    void findIn(Index index, const QString &text, int limit, QList<Hit> &out, QSet<QString> &seen) const;
    QStringList termsStartingWith(Index index, const QString &text) const;

    Database &m_db;
};

} // namespace ud
