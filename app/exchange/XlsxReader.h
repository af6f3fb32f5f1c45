#pragma once

#include "core/Result.h"
#include "exchange/TabularFile.h"

namespace ud {

// Reads the first visible worksheet of an .xlsx file into a Table (see TabularFile for what is
// read and how). Every part is parsed as a stream from the inflating archive, and the limits of
// ImportLimits (rows, columns, cell length, cells, text, shared strings, part sizes) end the
// read with a message as soon as one is passed. Messages are in TabularFile's context.
class XlsxReader
{
public:
    static Result<Table> read(const QString &path);
};

} // namespace ud
