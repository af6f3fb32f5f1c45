#include "exchange/CsvFile.h"

#include "exchange/ImportLimits.h"
#include "exchange/TableRows.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <iconv.h>

namespace ud {

namespace {

// Excel's ways of keeping long numbers as text: ="0123" and a leading tab; and the apostrophe
// that CsvFile::write puts before formula-like text.
QString unwrapExcelText(const QString &field)
{
    if (field.size() >= 3 && field.startsWith(QLatin1String("=\"")) && field.endsWith(QLatin1Char('"'))) {
        QString inner = field.mid(2, field.size() - 3);
        inner.replace(QLatin1String("\"\""), QLatin1String("\""));
        return inner;
    }
    if (field.startsWith(QLatin1Char('\'')) && CsvFile::needsFormulaGuard(field.mid(1)))
        return field.mid(1);
    if (field.startsWith(QLatin1Char('\t')))
        return field.mid(1);
    return field;
}

QChar sniffDelimiter(const QString &text)
{
    // Counted on the first line that has anything on it.
    int commas = 0, tabs = 0, semicolons = 0;
    bool quoted = false;
    bool content = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (content)
                break;
            continue;
        }
        content = true;
        if (quoted)
            continue;
        if (c == QLatin1Char(','))
            ++commas;
        else if (c == QLatin1Char('\t'))
            ++tabs;
        else if (c == QLatin1Char(';'))
            ++semicolons;
    }
    if (tabs > commas && tabs >= semicolons)
        return QLatin1Char('\t');
    if (semicolons > commas)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

QString iconvDecode(const QByteArray &bytes, const char *from, bool *ok)
{
    *ok = false;
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == reinterpret_cast<iconv_t>(-1))
        return {};
    QByteArray out(bytes.size() * 2 + 16, Qt::Uninitialized);
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = static_cast<size_t>(bytes.size());
    char *dst = out.data();
    size_t outLeft = static_cast<size_t>(out.size());
    const size_t r = iconv(cd, &in, &inLeft, &dst, &outLeft);
    iconv_close(cd);
    if (r == static_cast<size_t>(-1))
        return {};
    *ok = true;
    out.truncate(out.size() - static_cast<qsizetype>(outLeft));
    return QString::fromUtf8(out);
}

// UTF-16 without a byte-order mark (Excel's and Notepad's "Unicode text" sometimes lose it):
// every ASCII character (digits, tabs, line ends) has a zero high byte, so zero bytes gather on
// the odd offsets (little-endian) or the even ones (big-endian), while a binary file has them
// everywhere. Judged on the first 64 KB.
std::optional<QStringConverter::Encoding> utf16WithoutBom(const QByteArray &bytes)
{
    const qsizetype n = qMin<qsizetype>(bytes.size(), 65536) & ~qsizetype(1);
    if (n < 4)
        return std::nullopt;
    qsizetype even = 0, odd = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        even += bytes.at(i) == '\0' ? 1 : 0;
        odd += bytes.at(i + 1) == '\0' ? 1 : 0;
    }
    const qsizetype pairs = n / 2;
    const qsizetype high = qMax(even, odd);
    const qsizetype low = qMin(even, odd);
    if (high * 16 < pairs || low * 10 > high)
        return std::nullopt;
    const auto encoding = odd > even ? QStringConverter::Utf16LE : QStringConverter::Utf16BE;
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    (void)decoder.decode(bytes.left(n));
    if (decoder.hasError())
        return std::nullopt;
    return encoding;
}

// Whether decoded text looks like a binary file: a NUL, or more than a few control characters
// or undecodable bytes (U+FFFD) in its first 64K characters.
bool looksBinary(const QString &text)
{
    const qsizetype n = qMin<qsizetype>(text.size(), 65536);
    qsizetype odd = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0)
            return true;
        // Tab, line ends, vertical tab and form feed (line breaks in cells of some exports) and
        // Ctrl-Z (an old end-of-file mark) occur in text files.
        const bool textControl = c == u'\t' || c == u'\n' || c == u'\r' || c == 0x0B || c == 0x0C || c == 0x1A;
        if ((c < 0x20 && !textControl) || c == 0xFFFD || c == 0x7F)
            ++odd;
    }
    return odd > 2 && odd * 1000 > n;
}

QString csvField(const QString &value)
{
    QString v = value;
    if (CsvFile::needsFormulaGuard(v)) {
        v.prepend(QLatin1Char('\''));
    } else if (v.size() >= 12) {
        // Digit strings of 12 or more (ID numbers, credit codes) would become rounded numbers.
        bool digits = true;
        for (int i = 0; i < v.size() && digits; ++i) {
            const QChar c = v.at(i);
            digits = c.isDigit() || (i == v.size() - 1 && (c == QLatin1Char('X') || c == QLatin1Char('x')));
        }
        if (digits)
            v = QStringLiteral("=\"%1\"").arg(v);
    }
    const bool quote = v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r')) || v.contains(QLatin1Char('\t')) || v.contains(QLatin1Char(';'))
        || (!v.isEmpty() && (v.front().isSpace() || v.back().isSpace()));
    if (!quote)
        return v;
    return QLatin1Char('"') + v.replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}

} // namespace

bool CsvFile::isPlainNumber(const QString &value)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?$"));
    return number.match(value).hasMatch();
}

bool CsvFile::needsFormulaGuard(const QString &value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.at(0);
    if (first == QLatin1Char('=') || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return true;
    if (first == QLatin1Char('+') || first == QLatin1Char('-'))
        return !isPlainNumber(value);
    if (first == QLatin1Char('\''))
        return needsFormulaGuard(value.mid(1));
    return false;
}

QString CsvFile::decodeText(const QByteArray &bytes, QString *encoding)
{
    auto named = [encoding](const char *name) {
        if (encoding)
            *encoding = QString::fromLatin1(name);
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        named("UTF-8");
        return QString::fromUtf8(bytes.mid(3));
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        named(le ? "UTF-16LE" : "UTF-16BE");
        QStringDecoder d(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        return d.decode(bytes.mid(2));
    }
    if (bytes.contains('\0')) {
        if (const auto utf16 = utf16WithoutBom(bytes)) {
            named(*utf16 == QStringConverter::Utf16LE ? "UTF-16LE" : "UTF-16BE");
            QStringDecoder d(*utf16);
            return d.decode(bytes);
        }
    }
    {
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        QString text = utf8.decode(bytes);
        if (!utf8.hasError()) {
            named("UTF-8");
            return text;
        }
    }
    QStringDecoder gb("GB18030", QStringConverter::Flag::Stateless);
    if (gb.isValid()) {
        named("GB18030");
        return gb.decode(bytes);
    }
    bool ok = false;
    QString text = iconvDecode(bytes, "GB18030", &ok);
    if (ok) {
        named("GB18030");
        return text;
    }
    named("UTF-8");
    return QString::fromUtf8(bytes);
}

Result<Table> CsvFile::parse(const QByteArray &bytes)
{
    const QString text = decodeText(bytes);
    if (looksBinary(text))
        return Result<Table>::failure(TabularFile::tr("this is not a text file (it holds binary data), so it cannot be "
                                                      "read as CSV. Choose the CSV or Excel file exported from the "
                                                      "spreadsheet."));
    const QChar delim = sniffDelimiter(text);
    QList<QStringList> rows;
    QList<int> numbers;
    QStringList row;
    QString field;
    bool quoted = false;   // inside a quoted field
    bool wasQuoted = false; // the current field started with a quote
    int line = 1;
    int quoteLine = 0;
    qsizetype recordStart = 0; // where the current record began in `text`
    int recordLine = 1;
    qint64 cells = 0;
    QString limit; // set when a limit is passed
    auto endField = [&]() {
        row.append(unwrapExcelText(field));
        field.clear();
        wasQuoted = false;
        if (++cells > ImportLimits::kMaxCells)
            limit = TabularFile::tr("the file has more than %1 cells; it cannot be imported. Split it into several files.")
                        .arg(ImportLimits::kMaxCells);
    };
    auto endRow = [&]() {
        endField();
        rows.append(row);
        numbers.append(static_cast<int>(rows.size()));
        row.clear();
        // One header row and a few title rows may come before the data rows.
        if (rows.size() > ImportLimits::kMaxRows + 100 && !TableRows::isBlank(rows.constLast()))
            limit = TabularFile::tr("the file has more than %1 rows; an import takes at most %1. Split it into several "
                                    "files.")
                        .arg(ImportLimits::kMaxRows);
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n && limit.isEmpty(); ++i) {
        const QChar c = text.at(i);
        if (i - recordStart > ImportLimits::kMaxLineChars) {
            limit = TabularFile::tr("line %1 is longer than %2 characters; it cannot be imported (is a quotation mark "
                                    "missing?).")
                        .arg(recordLine)
                        .arg(ImportLimits::kMaxLineChars);
            break;
        }
        if (field.size() > ImportLimits::kMaxCellChars) {
            limit = TabularFile::tr("line %1 holds a value of more than %2 characters, more than Excel allows in a "
                                    "cell; shorten it.")
                        .arg(recordLine)
                        .arg(ImportLimits::kMaxCellChars);
            break;
        }
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            quoteLine = line;
        } else if (c == delim) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRow();
            recordStart = i + 1;
            recordLine = line;
        } else {
            field.append(c);
        }
    }
    if (!limit.isEmpty())
        return Result<Table>::failure(limit);
    if (quoted)
        return Result<Table>::failure(
            TabularFile::tr("a quoted value that starts on line %1 is never closed (a quotation mark is missing).").arg(quoteLine));
    if (field.size() > ImportLimits::kMaxCellChars)
        return Result<Table>::failure(TabularFile::tr("line %1 holds a value of more than %2 characters, more than Excel "
                                                      "allows in a cell; shorten it.")
                                          .arg(recordLine)
                                          .arg(ImportLimits::kMaxCellChars));
    if (!field.isEmpty() || !row.isEmpty() || wasQuoted)
        endRow();
    if (!limit.isEmpty())
        return Result<Table>::failure(limit);
    return TableRows::finish(rows, numbers);
}

QByteArray CsvFile::write(const Table &table)
{
    QString text;
    auto appendRow = [&text](const QStringList &cells) {
        for (int i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text.append(QLatin1Char(','));
            text.append(csvField(cells.at(i)));
        }
        text.append(QLatin1String("\r\n"));
    };
    appendRow(table.headers);
    for (const QStringList &r : table.rows)
        appendRow(r);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace ud
