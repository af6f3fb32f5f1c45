#pragma once

#include <QList>
#include <QSet>
#include <QString>

class QSqlQuery;

namespace ud {

class Database;

// The one search box over the whole register (schema 7, resources/sql/0007_register_search.sql):
// names first (register_names), then details — addresses, posts, phones, employer names, credit
// codes (register_details). Both are FTS5 trigram indexes over register_search, so Chinese
// substrings match anywhere. Every query reads the index and stops at the limit; none sorts all
// its matches, so a phrase found in every address (八里庄) costs what a rare one does.
//
// Per index, the statements run for a text t (trimmed), each giving rows in id order:
//  - 3 or more characters: a phrase MATCH '"t"' LIMIT n.
//  - 1 or 2 characters: a LIKE '%t%' scan of the first kProbeRows ids of register_search (a
//    text found in many rows fills the limit there); if it does not, the index's trigrams that
//    start with t (fts5vocab, case-folded t, at most kMaxTerms + 1): none, nothing more contains
//    it; up to kMaxTerms, MATCH '"t.." OR "t.." …' AND rowid > kProbeRows; more (matches are
//    plentiful), the LIKE scan of the ids after kProbeRows. Both with the rest of the limit.
// bench_register runs the same statements in the sqlite3 shell; keep the two in step.
class RegisterSearch
{
public:
    static constexpr int kMaxTerms = 64;
    static constexpr int kProbeRows = 1000;

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
    static int take(QSqlQuery &q, int limit, QList<Hit> &out, QSet<QString> &seen);

    Database &m_db;
};

} // namespace ud
