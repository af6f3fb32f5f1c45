#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

namespace ud {

// Money is integer fen (分), never floating point (design §3). This converts between fen and
// the yuan amounts users type and read ("12,345.67", "¥ 800", "1200.5").
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    // Largest amount accepted on one line: ¥100,000,000.00 (one hundred million yuan). Anything
    // above it in a labour dispute is a typing error.
    static constexpr qint64 kMaxFen = Q_INT64_C(10000000000);

    // Parses a non-negative yuan amount with at most two decimals; thousands separators (",",
    // "，"), a leading "¥"/"￥", a trailing "元" and full-width digits ("１２００．５０", typed in
    // an input method's full-width mode) are allowed. Refuses empty text, negative amounts, more
    // than two decimals, letters, and amounts above kMaxFen, with a message.
    static Result<qint64> parseYuan(const QString &text);
    // "12,345.67" (always two decimals, grouped by thousands).
    static QString formatYuan(qint64 fen);
    // "12345.67" (no grouping; for CSV and forms).
    static QString plainYuan(qint64 fen);
    // 万元 with two decimals, as union reports quote them ("7,177.00").
    static QString formatWanYuan(qint64 fen);
};

} // namespace ud
