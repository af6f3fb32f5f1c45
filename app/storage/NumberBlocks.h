#pragma once

#include "core/Result.h"

#include <QString>

#include <functional>
#include <optional>

namespace ud {

class Database;

// The node's own blocks of the numbers users see (design §3): case numbers (案号) today, contract
// filing numbers and hardship file numbers later. Each series (a name such as "mediation_case")
// has one block per year in table number_blocks of the node's database, so the node is part of
// the key: two offline nodes never hand out the same number. A node's default block is 1..9999;
// a second desktop of the same org unit is given another block by its administrator. The table
// is local, never synced. How a number is written (prefix, year, "第0012号") is up to the series'
// owner; this class deals in sequence values only.
class NumberBlocks
{
public:
    static constexpr int kDefaultFirst = 1;
    static constexpr int kDefaultLast = 9999;

    explicit NumberBlocks(Database &db) : m_db(db) {}

    // Inside the caller's transaction: the next value of the block of `series` for `year`, made
    // with the default range when the year has none yet. Values for which `isUsed` says yes (a
    // number already written by another path, e.g. an import) are skipped. std::nullopt when the
    // block is used up; a failure carries the database's error text.
    Result<std::optional<int>> take(const QString &series, int year, const std::function<bool(int)> &isUsed = {});

    // Inside the caller's transaction: a number of this node's own form that was given from
    // outside (an earlier register being imported) takes its place in the block, so the block
    // never hands out `value` or any value before it. Nothing moves when `value` lies outside the
    // block. A failure carries the database's error text.
    Status reserve(const QString &series, int year, int value);

    // Inside the caller's transaction: the range the node's hub granted for `series` (schema 18).
    // Every block of `year` and later becomes that range; a number already handed out is never
    // handed out again (the next value stays past it). Blocks of new years are made in it.
    Status grant(const QString &series, int first, int last, int year, const QString &now);

    // The value the block of `series` for `year` hands out next (it may be past the block's end
    // when used up); std::nullopt when the year has no block yet.
    std::optional<int> next(const QString &series, int year) const;

private:
    Status ensureBlock(const QString &series, int year);

    Database &m_db;
};

} // namespace ud
