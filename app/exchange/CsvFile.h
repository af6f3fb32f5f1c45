#pragma once

#include "core/Result.h"
#include "exchange/TabularFile.h"

namespace ud {

// CSV reading and writing for TabularFile (see there for the formats). Reading refuses what is
// not text (NUL bytes or control characters, as in a binary file renamed .csv) and keeps to the
// limits of ImportLimits (rows, line length, cell length). Messages are in TabularFile's context.
class CsvFile
{
public:
    static Result<Table> parse(const QByteArray &bytes);
    static QByteArray write(const Table &table);
    static QString decodeText(const QByteArray &bytes, QString *encoding = nullptr);

    // Formula injection (OWASP "CSV Injection"): a value that starts with = + - @ a tab or a
    // carriage return is written with a leading apostrophe, unless the whole value is a plain
    // number (-12.50, +3). A value starting with an apostrophe that would itself read back as
    // guarded gets one too, so reading (which drops one such apostrophe) gives back the value.
    static bool needsFormulaGuard(const QString &value);
    static bool isPlainNumber(const QString &value);
};

} // namespace ud
