#pragma once

#include "core/Result.h"
#include "exchange/TabularFile.h"

namespace ud {

// Writes a Table as an .xlsx workbook with libxlsxwriter, loaded when first needed (see
// TabularFile). Every cell is a string cell, so text that looks like a formula (=, +, -, @) is
// stored as text and never evaluated by Excel or WPS. Messages are in TabularFile's context.
class XlsxWriter
{
public:
    static Status write(const QString &path, const Table &table);

    // A cell as it is written: text longer than Excel's 32,767 characters per cell is cut off
    // with a visible, translated note at its end, so that one over-long value (say, notes pasted
    // into a record before lengths were checked) never makes the whole export fail. The
    // register's validator keeps new values far below this; CSV exports keep the full text.
    static QString fitCell(const QString &value);
};

} // namespace ud
