#include "storage/NumberBlocks.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ud {

Status NumberBlocks::ensureBlock(const QString &series, int year)
{
    // A range granted by the hub (schema 18) or the default one.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO number_blocks (kind, year, first_value, last_value, next_value) "
                             "SELECT ?, ?, coalesce(g.first_value, ?), coalesce(g.last_value, ?), coalesce(g.first_value, ?) "
                             "FROM (SELECT 1) LEFT JOIN number_block_grants g ON g.kind = ? ON CONFLICT DO NOTHING"));
    q.addBindValue(series);
    q.addBindValue(year);
    q.addBindValue(kDefaultFirst);
    q.addBindValue(kDefaultLast);
    q.addBindValue(kDefaultFirst);
    q.addBindValue(series);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return Status::success();
}

Status NumberBlocks::grant(const QString &series, int first, int last, int year, const QString &now)
{
    if (first < 1 || last < first)
        return Status::failure(QStringLiteral("invalid block %1-%2").arg(first).arg(last));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO number_block_grants (kind, first_value, last_value, granted_at) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (kind) DO UPDATE SET first_value = excluded.first_value, "
                             "last_value = excluded.last_value, granted_at = excluded.granted_at "
                             "WHERE number_block_grants.first_value <> excluded.first_value "
                             "OR number_block_grants.last_value <> excluded.last_value"));
    q.addBindValue(series);
    q.addBindValue(first);
    q.addBindValue(last);
    q.addBindValue(now);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    // This year's block moves to the range; numbers already given stay given, so the next one is
    // never below what was handed out.
    q.prepare(QStringLiteral("UPDATE number_blocks SET first_value = ?, last_value = ?, "
                             "next_value = min(max(next_value, ?), ? + 1) WHERE kind = ? AND year >= ? "
                             "AND (first_value <> ? OR last_value <> ?)"));
    q.addBindValue(first);
    q.addBindValue(last);
    q.addBindValue(first);
    q.addBindValue(last);
    q.addBindValue(series);
    q.addBindValue(year);
    q.addBindValue(first);
    q.addBindValue(last);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return Status::success();
}

Result<std::optional<int>> NumberBlocks::take(const QString &series, int year, const std::function<bool(int)> &isUsed)
{
    using Taken = Result<std::optional<int>>;
    if (Status s = ensureBlock(series, year); !s)
        return Taken::failure(s.error());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT next_value, last_value FROM number_blocks WHERE kind = ? AND year = ?"));
    q.addBindValue(series);
    q.addBindValue(year);
    if (!q.exec() || !q.next())
        return Taken::failure(q.lastError().text());
    int value = q.value(0).toInt();
    const int last = q.value(1).toInt();
    q.finish();
    while (value <= last && isUsed && isUsed(value))
        ++value;
    if (value > last)
        return std::optional<int>();
    q.prepare(QStringLiteral("UPDATE number_blocks SET next_value = ? + 1 WHERE kind = ? AND year = ?"));
    q.addBindValue(value);
    q.addBindValue(series);
    q.addBindValue(year);
    if (!q.exec())
        return Taken::failure(q.lastError().text());
    return std::optional<int>(value);
}

Status NumberBlocks::reserve(const QString &series, int year, int value)
{
    if (Status s = ensureBlock(series, year); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE number_blocks SET next_value = max(next_value, ? + 1) "
                             "WHERE kind = ? AND year = ? AND ? BETWEEN first_value AND last_value"));
    q.addBindValue(value);
    q.addBindValue(series);
    q.addBindValue(year);
    q.addBindValue(value);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return Status::success();
}

std::optional<int> NumberBlocks::next(const QString &series, int year) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT next_value FROM number_blocks WHERE kind = ? AND year = ?"));
    q.addBindValue(series);
    q.addBindValue(year);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return std::nullopt;
}

} // namespace ud
