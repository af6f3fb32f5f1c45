#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace ud {

// A sheet of text cells: one header row and the data rows under it. Every cell is text, so ID
// numbers, credit codes and phone numbers keep every digit.
struct Table
{
    QStringList headers;
    QList<QStringList> rows; // rows may be shorter or longer than headers

    // Where the rows came from, for messages "as the user sees it in the sheet": the sheet row
    // (1-based) of the header and of every data row. Readers skip wholly blank rows, so the
    // numbers can have gaps. Empty rowNumbers = the rows follow the header without gaps.
    int headerRow = 1;
    QList<int> rowNumbers;

    int rowNumber(int index) const
    {
        return index < rowNumbers.size() ? rowNumbers.at(index) : headerRow + 1 + index;
    }
};

// Reads and writes tables as CSV (.csv, .txt) or Excel workbooks (.xlsx), chosen by the suffix.
// The work is done by CsvFile, XlsxReader (with ZipArchive) and XlsxWriter. Reading keeps to the
// limits of ImportLimits (file and part sizes, rows, columns, cells, cell length...), whatever
// the file: past one, it stops with a message instead of running out of memory.
//
// Reading CSV: RFC 4180 (quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF);
// comma, tab or semicolon separated (whichever the first line uses); UTF-8 with or without BOM,
// UTF-16 with or without BOM (Excel's "Unicode text"; without BOM it is told by where its zero
// bytes fall), otherwise GBK/GB18030 as written by Excel and WPS on Chinese Windows. A file that
// is not text (NUL bytes, control characters) is refused with one message. Excel's text tricks for long numbers are undone: ="110105..." becomes
// 110105... and a leading tab is dropped. Blank rows are skipped.
// Reading XLSX: the first visible worksheet; shared and inline strings (rich-text runs joined,
// phonetic guides dropped), booleans as TRUE/FALSE, integers without ".0", cells formatted as
// dates as yyyy-MM-dd. Numbers of 15 or more digits cannot be exact in Excel, so they are given
// in scientific notation (1.10105194912310e+17) for the caller to reject rather than silently
// carry rounded digits.
// Writing CSV: UTF-8 with BOM, CRLF, quotes where needed; digit strings of 12 or more
// characters are written as ="..." so Excel and WPS show them as text; text that Excel would run
// as a formula (starting with = + - @ tab or CR, unless it is a plain number such as -12.50) gets
// a leading apostrophe (OWASP). This reader reads both back unchanged.
// Writing XLSX: libxlsxwriter, bold header, every cell a text cell (never evaluated as a
// formula), sensible column widths; a cell over Excel's 32,767 characters is cut off with a
// visible note (XlsxWriter::fitCell); written to a temporary file beside the target and renamed
// over it.
class TabularFile
{
    Q_DECLARE_TR_FUNCTIONS(TabularFile)

public:
    enum class Format { Unknown, Csv, Xlsx };

    static Format formatOf(const QString &path);
    // "CSV (*.csv *.txt)" and "Excel (*.xlsx)", for file dialogs.
    static QStringList nameFilters();

    static Result<Table> read(const QString &path);
    static Status write(const QString &path, const Table &table);

    // The parts, public for tests and for data that is not in a file.
    static Result<Table> parseCsv(const QByteArray &bytes);
    static QByteArray toCsv(const Table &table);
    // Decodes bytes of unknown encoding as described above; `encoding` receives its name.
    static QString decodeText(const QByteArray &bytes, QString *encoding = nullptr);

private:
    static Result<Table> readFile(const QString &path);
};

} // namespace ud
