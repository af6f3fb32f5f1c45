#include "register/RegisterSearch.h"

#include "storage/Database.h"
#include "register/RegisterLog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ud {

namespace {

QString ftsTable(bool names)
{
    return names ? QStringLiteral("register_names") : QStringLiteral("register_details");
}

QString termsTable(bool names)
{
    return names ? QStringLiteral("register_name_terms") : QStringLiteral("register_detail_terms");
}

QString column(bool names)
{
    return names ? QStringLiteral("name") : QStringLiteral("detail");
}

// An FTS5 string: double quotes doubled, the whole in double quotes.
QString quoted(const QString &text)
{
    QString q = text;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// register_search ends every text in two spaces (see 0007_register_search.sql).
QString withoutTerminator(const QString &text)
{
    return text.endsWith(QLatin1String("  ")) ? text.chopped(2) : text;
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        qCWarning(lcRegister) << "search:" << q.lastError().text();
        return false;
    }
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        qCWarning(lcRegister) << "search:" << q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

int RegisterSearch::characterCount(const QString &text)
{
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

QList<RegisterSearch::Hit> RegisterSearch::find(const QString &text, int limit) const
{
    QList<Hit> out;
    const QString t = text.trimmed();
    if (t.isEmpty() || limit <= 0)
        return out;
    QSet<QString> seen;
    findIn(Index::Names, t, limit, out, seen);
    if (out.size() < limit)
        findIn(Index::Details, t, limit, out, seen);
    return out;
}

QStringList RegisterSearch::termsStartingWith(Index index, const QString &text) const
{
    // The tokenizer folds case; so does the prefix. U+10FFFF sorts after every character that
    // can follow it in UTF-8, so [prefix, prefix + U+10FFFF) holds exactly the terms starting with it.
    const QString prefix = text.toCaseFolded();
    const QString end = prefix + QChar(QChar::highSurrogate(0x10FFFF)) + QChar(QChar::lowSurrogate(0x10FFFF));
    QStringList terms;
    QSqlQuery q(m_db.connection());
    if (!run(q, QStringLiteral("SELECT term FROM %1 WHERE term >= ? AND term < ? LIMIT ?").arg(termsTable(index == Index::Names)),
             {prefix, end, kMaxTerms + 1}))
        return terms;
    while (q.next())
        terms << q.value(0).toString();
    return terms;
}

// Appends the rows of `q` not found yet, until `out` holds `limit`; returns the rows read.
int RegisterSearch::take(QSqlQuery &q, int limit, QList<Hit> &out, QSet<QString> &seen)
{
    int read = 0;
    while (out.size() < limit && q.next()) {
        ++read;
        Hit hit{q.value(0).toString(), q.value(1).toString(), withoutTerminator(q.value(2).toString()),
                withoutTerminator(q.value(3).toString())};
        const QString key = hit.kind + QLatin1Char('/') + hit.id;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        out << hit;
    }
    return read;
}

void RegisterSearch::findIn(Index index, const QString &text, int limit, QList<Hit> &out, QSet<QString> &seen) const
{
    const bool names = index == Index::Names;
    const QString fts = ftsTable(names);
    QSqlQuery q(m_db.connection());
    if (characterCount(text) >= 3) {
        if (run(q,
                QStringLiteral("SELECT s.kind, s.record_id, s.name, s.detail FROM %1 f CROSS JOIN register_search s "
                               "ON s.id = f.rowid WHERE %1 MATCH ? LIMIT ?")
                    .arg(fts),
                {quoted(text), limit}))
            take(q, limit, out, seen);
        return;
    }

    // One or two characters. All results come in id order: first the rows up to kProbeRows,
    // scanned (a text in many rows, such as 朝阳 in every address, fills the limit there), then
    // the rest through the index.
    const QString pattern = likePattern(text);
    const QString like = QStringLiteral("SELECT kind, record_id, name, detail FROM register_search WHERE id %2 ? AND %1 LIKE ? "
                                        "ESCAPE '\\' LIMIT ?");
    int read = 0;
    if (run(q, like.arg(column(names), QStringLiteral("<=")), {kProbeRows, pattern, limit}))
        read = take(q, limit, out, seen);
    if (read >= limit || out.size() >= limit)
        return;
    const QStringList terms = termsStartingWith(index, text);
    if (terms.isEmpty())
        return; // no trigram starts with it: nothing in this index contains it
    bool ok = false;
    if (terms.size() <= kMaxTerms) {
        QStringList phrases;
        for (const QString &term : terms)
            phrases << quoted(term);
        ok = run(q,
                 QStringLiteral("SELECT s.kind, s.record_id, s.name, s.detail FROM %1 f CROSS JOIN register_search s "
                                "ON s.id = f.rowid WHERE %1 MATCH ? AND f.rowid > ? LIMIT ?")
                     .arg(fts),
                 {phrases.join(QStringLiteral(" OR ")), kProbeRows, limit - read});
    } else {
        ok = run(q, like.arg(column(names), QStringLiteral(">")), {kProbeRows, pattern, limit - read});
    }
    if (ok)
        take(q, limit, out, seen);
}

} // namespace ud
