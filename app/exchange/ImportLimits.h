#pragma once

#include <QtGlobal>

namespace ud::ImportLimits {

// Bounds on what TabularFile reads, so that any file — a damaged one, or a "zip bomb" of a few
// megabytes that inflates to gigabytes — is refused with a message instead of exhausting memory
// or running for minutes. They are sized for a district register with room to spare: the largest
// district registers hold a few hundred thousand workers, the import templates have about 20
// columns, and Excel itself holds at most 32,767 characters in a cell.

// Data rows under the header (a register of a million people imports in ~10 minutes).
constexpr int kMaxRows = 1000000;
// Columns of a sheet that hold something. Empty, formatted cells beyond it are ignored.
constexpr int kMaxColumns = 256;
// Characters in one cell: Excel's own limit.
constexpr int kMaxCellChars = 32767;
// Cells of the whole sheet, counting the empty ones that lie between filled ones (every one
// takes room): e.g. 1,000,000 rows of 30 columns.
constexpr qint64 kMaxCells = 30000000;
// Characters of text in the whole workbook, counting shared strings once: 300 MB as UTF-16.
constexpr qint64 kMaxTextChars = 150000000;

// XLSX (a ZIP archive of XML parts):
// members of the archive (a workbook has a few dozen);
constexpr int kMaxZipEntries = 10000;
// the size of the file itself;
constexpr qint64 kMaxFileBytes = qint64(512) * 1024 * 1024;
// the inflated size of one part (a million rows of 20 cells is about 900 MB of sheet XML);
constexpr qint64 kMaxPartBytes = qint64(1536) * 1024 * 1024;
// inflated : compressed. Sheet XML compresses 10–50 times; deflate can reach ~1000 times, which
// only a crafted or degenerate file does. Checked as the part is inflated, once it passes
// kRatioFloorBytes (small parts may compress better without harm);
constexpr int kMaxCompressionRatio = 200;
constexpr qint64 kRatioFloorBytes = qint64(16) * 1024 * 1024;
// strings in the shared-strings table: a register of a million workers has a few million
// different texts (names, ID numbers, phones, addresses).
constexpr qint64 kMaxSharedStrings = 8000000;
//
// Together these keep the memory of a read below about 1.5 GB in the worst case (8 million
// shared strings and 30 million cells at ~24-40 bytes each, plus the text), and its time to
// parsing at most kMaxPartBytes of XML.

// CSV: the file, and one line (a record: all its cells, with separators and quotes).
constexpr qint64 kMaxCsvBytes = qint64(512) * 1024 * 1024;
constexpr int kMaxLineChars = 1024 * 1024;

} // namespace ud::ImportLimits
