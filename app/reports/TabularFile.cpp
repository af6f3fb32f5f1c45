#include "reports/TabularFile.h"

#include <xlsxwriter.h>
#include <zlib.h>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLibrary>
#include <QSaveFile>
#include <QStringDecoder>
#include <QTemporaryFile>
#include <QtEndian>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <iconv.h>

#include <cmath>
#include <cstdio>
#include <memory>
#include <type_traits>

namespace ud {

namespace {

bool isBlank(const QStringList &row)
{
    for (const QString &cell : row)
        if (!cell.trimmed().isEmpty())
            return false;
    return true;
}

// Moves the first non-blank row into the headers; drops trailing empty header cells.
Table finishTable(const QList<QStringList> &rows, const QList<int> &numbers)
{
    Table t;
    int i = 0;
    while (i < rows.size() && isBlank(rows.at(i)))
        ++i;
    if (i == rows.size())
        return t;
    t.headers = rows.at(i);
    while (!t.headers.isEmpty() && t.headers.constLast().trimmed().isEmpty())
        t.headers.removeLast();
    t.headerRow = numbers.at(i);
    for (++i; i < rows.size(); ++i) {
        if (isBlank(rows.at(i)))
            continue;
        t.rows.append(rows.at(i));
        t.rowNumbers.append(numbers.at(i));
    }
    return t;
}

// Excel's ways of keeping long numbers as text: ="0123" and a leading tab.
QString unwrapExcelText(const QString &field)
{
    if (field.size() >= 3 && field.startsWith(QLatin1String("=\"")) && field.endsWith(QLatin1Char('"'))) {
        QString inner = field.mid(2, field.size() - 3);
        inner.replace(QLatin1String("\"\""), QLatin1String("\""));
        return inner;
    }
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

bool needsExcelTextGuard(const QString &v)
{
    if (v.isEmpty())
        return false;
    const QChar first = v.at(0);
    if (first == QLatin1Char('=') || first == QLatin1Char('@'))
        return true;
    if ((first == QLatin1Char('+') || first == QLatin1Char('-')) && v.size() > 1 && !v.at(1).isDigit()
        && v.at(1) != QLatin1Char(' '))
        return true;
    if (v.size() < 12)
        return false;
    for (int i = 0; i < v.size(); ++i) {
        const QChar c = v.at(i);
        if (!c.isDigit() && !(i == v.size() - 1 && (c == QLatin1Char('X') || c == QLatin1Char('x'))))
            return false;
    }
    return true;
}

QString csvField(const QString &value)
{
    QString v = value;
    if (needsExcelTextGuard(v))
        v = QStringLiteral("=\"%1\"").arg(QString(v).replace(QLatin1String("\""), QLatin1String("\"\"")));
    const bool quote = v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r')) || v.contains(QLatin1Char('\t')) || v.contains(QLatin1Char(';'))
        || (!v.isEmpty() && (v.front().isSpace() || v.back().isSpace()));
    if (!quote)
        return v;
    return QLatin1Char('"') + v.replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}

// ---- XLSX reading -------------------------------------------------------------------------

// "BC12" -> 54 (0-based column); -1 if there are no letters.
int columnIndex(QStringView ref)
{
    int col = 0;
    int letters = 0;
    for (const QChar c : ref) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        col = col * 26 + (u - u'A' + 1);
        ++letters;
        if (col > 16384)
            return -1;
    }
    return letters == 0 ? -1 : col - 1;
}

int rowIndexOf(QStringView ref)
{
    int i = 0;
    while (i < ref.size() && ref.at(i).isLetter())
        ++i;
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    return ok ? r : -1;
}

bool isDateFormatCode(const QString &code)
{
    QString plain;
    bool inQuote = false;
    for (int i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char('"')) {
            inQuote = !inQuote;
        } else if (inQuote) {
            continue;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            while (i < code.size() && code.at(i) != QLatin1Char(']'))
                ++i;
        } else {
            plain.append(c.toLower());
        }
    }
    plain = plain.section(QLatin1Char(';'), 0, 0);
    return plain.contains(QLatin1Char('y')) || plain.contains(QLatin1Char('d'));
}

bool isBuiltinDateFormat(int id)
{
    return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

// The members of a ZIP archive (an .xlsx file): stored or deflated, read with zlib. Not QuaZip:
// libquazip exports the whole minizip API (zipOpen, unzOpen64, ...) with its own QIODevice
// semantics, and libxlsxwriter calls the system libminizip through those same names, so a
// process that loads both crashes in workbook_close().
class ZipArchive
{
public:
    bool open(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        m_data = file.readAll();
        const qsizetype n = m_data.size();
        qsizetype eocd = -1;
        for (qsizetype p = n - 22; p >= 0 && p >= n - 22 - 65535; --p)
            if (m_data.at(p) == 'P' && u32(p) == 0x06054b50) {
                eocd = p;
                break;
            }
        if (eocd < 0)
            return false;
        const quint16 count = u16(eocd + 10);
        qsizetype p = u32(eocd + 16);
        for (int i = 0; i < count; ++i) {
            if (p + 46 > n || u32(p) != 0x02014b50)
                return false;
            Entry e;
            e.flags = u16(p + 8);
            e.method = u16(p + 10);
            e.crc = u32(p + 16);
            e.packed = u32(p + 20);
            e.size = u32(p + 24);
            e.offset = u32(p + 42);
            const quint16 nameLength = u16(p + 28);
            if (p + 46 + nameLength > n)
                return false;
            m_entries.insert(QString::fromUtf8(m_data.constData() + p + 46, nameLength).toLower(), e);
            p += 46 + nameLength + u16(p + 30) + u16(p + 32);
        }
        return true;
    }

    // The member's bytes; nullopt if it is missing. `error` is set when it exists but is unreadable.
    std::optional<QByteArray> read(const QString &name, QString *error) const
    {
        const auto it = m_entries.constFind(name.toLower());
        if (it == m_entries.constEnd())
            return std::nullopt;
        const Entry &e = it.value();
        const qsizetype header = e.offset;
        if ((e.flags & 1) != 0 || header + 30 > m_data.size() || u32(header) != 0x04034b50
            || (e.method != 0 && e.method != 8) || e.size > 1024u * 1024u * 1024u) {
            *error = TabularFile::tr("The workbook part %1 cannot be read (encrypted, damaged or too large).").arg(name);
            return std::nullopt;
        }
        const qsizetype start = header + 30 + u16(header + 26) + u16(header + 28);
        if (start + qsizetype(e.packed) > m_data.size()) {
            *error = TabularFile::tr("The workbook part %1 is cut off.").arg(name);
            return std::nullopt;
        }
        QByteArray out;
        if (e.method == 0) {
            out = m_data.mid(start, e.packed);
        } else {
            out.resize(e.size);
            z_stream z{};
            z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(m_data.constData() + start));
            z.avail_in = e.packed;
            z.next_out = reinterpret_cast<Bytef *>(out.data());
            z.avail_out = e.size;
            const bool ok = inflateInit2(&z, -MAX_WBITS) == Z_OK && inflate(&z, Z_FINISH) == Z_STREAM_END && z.total_out == e.size;
            inflateEnd(&z);
            if (!ok)
                out.clear();
        }
        if (quint32(out.size()) != e.size
            || crc32(0, reinterpret_cast<const Bytef *>(out.constData()), static_cast<uInt>(out.size())) != e.crc) {
            *error = TabularFile::tr("The workbook part %1 is damaged.").arg(name);
            return std::nullopt;
        }
        return out;
    }

private:
    struct Entry
    {
        quint16 flags = 0;
        quint16 method = 0;
        quint32 crc = 0;
        quint32 packed = 0;
        quint32 size = 0;
        quint32 offset = 0;
    };
    quint16 u16(qsizetype p) const { return qFromLittleEndian<quint16>(m_data.constData() + p); }
    quint32 u32(qsizetype p) const { return qFromLittleEndian<quint32>(m_data.constData() + p); }

    QByteArray m_data;
    QHash<QString, Entry> m_entries;
};

struct Workbook
{
    ZipArchive zip;
    QString sheetPath;
    QString sharedStringsPath = QStringLiteral("xl/sharedStrings.xml");
    QString stylesPath = QStringLiteral("xl/styles.xml");
    bool date1904 = false;
    QStringList sharedStrings;
    QList<bool> dateStyles; // by cellXfs index

    // Parses one member of the archive with `parse`; false if it is missing or broken.
    template <typename F>
    bool withEntry(const QString &name, F parse, QString *error)
    {
        const std::optional<QByteArray> bytes = zip.read(name, error);
        if (!bytes)
            return false;
        QXmlStreamReader xml(*bytes);
        parse(xml);
        if (xml.hasError()) {
            *error = TabularFile::tr("The workbook part %1 is damaged: %2").arg(name, xml.errorString());
            return false;
        }
        return true;
    }
};

QString resolveTarget(const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    return QDir::cleanPath(QStringLiteral("xl/") + target);
}

// Excel writes control characters in cell text as _xHHHH_ (e.g. _x000D_ for a carriage return).
QString unescapeOoxml(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype last = 0;
    for (auto it = escape.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += QChar(static_cast<char16_t>(m.captured(1).toUShort(nullptr, 16)));
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

// Text of <si> or <is>: the <t> elements, leaving out phonetic guides (<rPh>).
QString richText(QXmlStreamReader &xml)
{
    const QString end = xml.name().toString();
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                text += unescapeOoxml(xml.readElementText());
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

QString serialToDate(double serial, bool date1904, bool withTime)
{
    const double day = std::floor(serial);
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(static_cast<qint64>(day));
    else if (day < 61)
        date = QDate(1899, 12, 31).addDays(static_cast<qint64>(day) - 1); // before Excel's 1900-02-29
    else
        date = QDate(1899, 12, 30).addDays(static_cast<qint64>(day));
    QString text = date.toString(Qt::ISODate);
    const int seconds = static_cast<int>(std::lround((serial - day) * 86400.0));
    if (withTime && seconds > 0 && seconds < 86400)
        text += QLatin1Char(' ') + QTime(0, 0).addSecs(seconds).toString(QStringLiteral("HH:mm:ss"));
    return text;
}

QString numberText(const QString &raw, bool isDate, bool date1904)
{
    bool ok = false;
    const double v = raw.toDouble(&ok);
    if (!ok)
        return raw;
    if (isDate && v >= (date1904 ? 0 : 1) && v < 2958466)
        return serialToDate(v, date1904, true);
    if (std::fabs(v) >= 1e15)
        return QString::number(v, 'g', 15);
    if (v == std::floor(v))
        return QString::number(static_cast<qint64>(v));
    return QString::number(v, 'g', 15);
}

} // namespace

TabularFile::Format TabularFile::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt"))
        return Format::Csv;
    if (suffix == QLatin1String("xlsx"))
        return Format::Xlsx;
    return Format::Unknown;
}

QStringList TabularFile::nameFilters()
{
    return {tr("Spreadsheets (*.xlsx *.csv *.txt)"), tr("Excel workbook (*.xlsx)"), tr("CSV (*.csv *.txt)")};
}

Result<Table> TabularFile::read(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const Format format = formatOf(path);
    if (format == Format::Unknown) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == QLatin1String("xls") || suffix == QLatin1String("et") || suffix == QLatin1String("ods"))
            return Result<Table>::failure(tr("%1: this spreadsheet format cannot be read. Open it in Excel or WPS "
                                             "and save it as an Excel workbook (.xlsx) or CSV.")
                                              .arg(shown));
        return Result<Table>::failure(
            tr("%1: unsupported file type; use an Excel workbook (.xlsx) or a CSV file (.csv, .txt).").arg(shown));
    }
    if (!QFileInfo::exists(path))
        return Result<Table>::failure(tr("The file %1 does not exist.").arg(shown));
    if (format == Format::Xlsx)
        return readXlsx(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Table>::failure(tr("The file %1 cannot be opened: %2").arg(shown, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (bytes.startsWith("PK\x03\x04"))
        return Result<Table>::failure(tr("%1 is an Excel workbook, not a CSV file; name it .xlsx.").arg(shown));
    auto table = parseCsv(bytes);
    if (!table)
        return Result<Table>::failure(QStringLiteral("%1: %2").arg(shown, table.error()));
    return table;
}

QString TabularFile::decodeText(const QByteArray &bytes, QString *encoding)
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

Result<Table> TabularFile::parseCsv(const QByteArray &bytes)
{
    const QString text = decodeText(bytes);
    const QChar delim = sniffDelimiter(text);
    QList<QStringList> rows;
    QList<int> numbers;
    QStringList row;
    QString field;
    bool quoted = false;   // inside a quoted field
    bool wasQuoted = false; // the current field started with a quote
    int line = 1;
    int quoteLine = 0;
    auto endField = [&]() {
        row.append(unwrapExcelText(field));
        field.clear();
        wasQuoted = false;
    };
    auto endRow = [&]() {
        endField();
        rows.append(row);
        numbers.append(static_cast<int>(rows.size()));
        row.clear();
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
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
        } else {
            field.append(c);
        }
    }
    if (quoted)
        return Result<Table>::failure(
            tr("a quoted value that starts on line %1 is never closed (a quotation mark is missing).").arg(quoteLine));
    if (!field.isEmpty() || !row.isEmpty() || wasQuoted)
        endRow();
    return finishTable(rows, numbers);
}

QByteArray TabularFile::toCsv(const Table &table)
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

Status TabularFile::write(const QString &path, const Table &table)
{
    const QString shown = QDir::toNativeSeparators(path);
    switch (formatOf(path)) {
    case Format::Csv: {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Status::failure(tr("%1 cannot be written: %2").arg(shown, file.errorString()));
        const QByteArray bytes = toCsv(table);
        if (file.write(bytes) != bytes.size() || !file.commit())
            return Status::failure(tr("%1 cannot be written: %2").arg(shown, file.errorString()));
        return Status::success();
    }
    case Format::Xlsx:
        return writeXlsx(path, table);
    case Format::Unknown:
        break;
    }
    return Status::failure(tr("%1: unsupported file type; use .xlsx or .csv.").arg(shown));
}

Result<Table> TabularFile::readXlsx(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    Workbook book;
    if (!book.zip.open(path))
        return Result<Table>::failure(tr("%1 is not a readable Excel workbook (.xlsx). If it is an old .xls file "
                                         "or protected with a password, save it again as .xlsx or CSV.")
                                          .arg(shown));
    QString error;
    // Workbook: the first visible sheet and the date system.
    QString sheetRel;
    QString firstRel;
    const bool hasWorkbook = book.withEntry(QStringLiteral("xl/workbook.xml"), [&](QXmlStreamReader &xml) {
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("workbookPr")) {
                const auto v = xml.attributes().value(QLatin1String("date1904"));
                book.date1904 = v == QLatin1String("1") || v == QLatin1String("true");
            } else if (xml.name() == QLatin1String("sheet")) {
                const auto attrs = xml.attributes();
                QString rid;
                for (const auto &a : attrs)
                    if (a.name() == QLatin1String("id"))
                        rid = a.value().toString();
                if (firstRel.isEmpty())
                    firstRel = rid;
                const auto state = attrs.value(QLatin1String("state"));
                if (sheetRel.isEmpty() && (state.isEmpty() || state == QLatin1String("visible")))
                    sheetRel = rid;
            }
        }
    }, &error);
    if (!hasWorkbook)
        return Result<Table>::failure(error.isEmpty() ? tr("%1 is not an Excel workbook (xl/workbook.xml is missing).").arg(shown)
                                                      : error);
    if (sheetRel.isEmpty())
        sheetRel = firstRel;
    book.withEntry(QStringLiteral("xl/_rels/workbook.xml.rels"), [&](QXmlStreamReader &xml) {
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("Relationship"))
                continue;
            const auto attrs = xml.attributes();
            const QString type = attrs.value(QLatin1String("Type")).toString();
            const QString target = resolveTarget(attrs.value(QLatin1String("Target")).toString());
            if (attrs.value(QLatin1String("Id")) == sheetRel)
                book.sheetPath = target;
            else if (type.endsWith(QLatin1String("/sharedStrings")))
                book.sharedStringsPath = target;
            else if (type.endsWith(QLatin1String("/styles")))
                book.stylesPath = target;
        }
    }, &error);
    if (book.sheetPath.isEmpty())
        book.sheetPath = QStringLiteral("xl/worksheets/sheet1.xml");
    if (!error.isEmpty())
        return Result<Table>::failure(error);

    book.withEntry(book.sharedStringsPath, [&](QXmlStreamReader &xml) {
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
                book.sharedStrings.append(richText(xml));
        }
    }, &error);
    book.withEntry(book.stylesPath, [&](QXmlStreamReader &xml) {
        QHash<int, bool> customDates;
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs"))
                inCellXfs = false;
            if (!xml.isStartElement())
                continue;
            const auto attrs = xml.attributes();
            if (xml.name() == QLatin1String("numFmt")) {
                customDates.insert(attrs.value(QLatin1String("numFmtId")).toInt(),
                                   isDateFormatCode(attrs.value(QLatin1String("formatCode")).toString()));
            } else if (xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                const int id = attrs.value(QLatin1String("numFmtId")).toInt();
                book.dateStyles.append(customDates.contains(id) ? customDates.value(id) : isBuiltinDateFormat(id));
            }
        }
    }, &error);
    if (!error.isEmpty())
        return Result<Table>::failure(error);

    QList<QStringList> rows;
    QList<int> numbers;
    const bool hasSheet = book.withEntry(book.sheetPath, [&](QXmlStreamReader &xml) {
        QStringList row;
        int rowNumber = 0;
        int nextCol = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
                if (!isBlank(row)) {
                    rows.append(row);
                    numbers.append(rowNumber);
                }
                continue;
            }
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("row")) {
                const int r = xml.attributes().value(QLatin1String("r")).toInt();
                rowNumber = r > 0 ? r : rowNumber + 1;
                row.clear();
                nextCol = 0;
            } else if (xml.name() == QLatin1String("c")) {
                const auto attrs = xml.attributes();
                const QStringView ref = attrs.value(QLatin1String("r"));
                int col = ref.isEmpty() ? nextCol : columnIndex(ref);
                if (col < 0)
                    col = nextCol;
                if (!ref.isEmpty() && rowIndexOf(ref) > 0)
                    rowNumber = rowIndexOf(ref);
                const QString type = attrs.value(QLatin1String("t")).toString();
                const int style = attrs.value(QLatin1String("s")).toInt();
                QString raw;
                QString inlineText;
                bool hasInline = false;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                        break;
                    if (!xml.isStartElement())
                        continue;
                    if (xml.name() == QLatin1String("v"))
                        raw = xml.readElementText();
                    else if (xml.name() == QLatin1String("is")) {
                        inlineText = richText(xml);
                        hasInline = true;
                    }
                }
                QString value;
                if (type == QLatin1String("s")) {
                    bool ok = false;
                    const int idx = raw.toInt(&ok);
                    value = ok && idx >= 0 && idx < book.sharedStrings.size() ? book.sharedStrings.at(idx) : QString();
                } else if (type == QLatin1String("inlineStr") || hasInline) {
                    value = inlineText;
                } else if (type == QLatin1String("b")) {
                    value = raw == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                } else if (type == QLatin1String("str") || type == QLatin1String("e")) {
                    value = unescapeOoxml(raw);
                } else if (type == QLatin1String("d")) {
                    value = raw.endsWith(QLatin1String("T00:00:00")) ? raw.left(raw.size() - 9) : raw;
                } else if (!raw.isEmpty()) {
                    const bool isDate = style >= 0 && style < book.dateStyles.size() && book.dateStyles.at(style);
                    value = numberText(raw, isDate, book.date1904);
                }
                while (row.size() <= col)
                    row.append(QString());
                row[col] = value;
                nextCol = col + 1;
            }
        }
    }, &error);
    if (!hasSheet)
        return Result<Table>::failure(error.isEmpty() ? tr("%1: the workbook has no worksheet.").arg(shown) : error);
    return finishTable(rows, numbers);
}


namespace {

// libxlsxwriter is loaded when the first workbook is written, not with the program: it pulls
// in libcrypto, and loading the two cost ~1.7 ms of every start-up before the first paint
// (bench_register). The handful of functions used are resolved here.
struct XlsxWriterApi
{
    decltype(&workbook_new_opt) newWorkbook = nullptr;
    decltype(&workbook_add_worksheet) addWorksheet = nullptr;
    decltype(&workbook_add_format) addFormat = nullptr;
    decltype(&format_set_bold) setBold = nullptr;
    decltype(&worksheet_set_column) setColumn = nullptr;
    decltype(&worksheet_freeze_panes) freezePanes = nullptr;
    decltype(&worksheet_write_string) writeString = nullptr;
    decltype(&workbook_close) close = nullptr;
    decltype(&lxw_strerror) errorText = nullptr;
    QString error; // why it could not be loaded; empty when every function was found
};

const XlsxWriterApi &xlsxWriter()
{
    static const XlsxWriterApi api = [] {
        XlsxWriterApi a;
        QLibrary library(QStringLiteral("xlsxwriter"), 4); // libxlsxwriter.so.4; stays loaded
        if (!library.load()) {
            a.error = library.errorString();
            return a;
        }
        const auto resolve = [&library, &a](auto &function, const char *name) {
            function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(library.resolve(name));
            if (!function && a.error.isEmpty())
                a.error = QStringLiteral("%1: %2").arg(QString::fromLatin1(name), library.errorString());
        };
        resolve(a.newWorkbook, "workbook_new_opt");
        resolve(a.addWorksheet, "workbook_add_worksheet");
        resolve(a.addFormat, "workbook_add_format");
        resolve(a.setBold, "format_set_bold");
        resolve(a.setColumn, "worksheet_set_column");
        resolve(a.freezePanes, "worksheet_freeze_panes");
        resolve(a.writeString, "worksheet_write_string");
        resolve(a.close, "workbook_close");
        resolve(a.errorText, "lxw_strerror");
        return a;
    }();
    return api;
}

} // namespace

Status TabularFile::writeXlsx(const QString &path, const Table &table)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (table.rows.size() + 1 > LXW_ROW_MAX)
        return Status::failure(tr("%1: too many rows for one Excel sheet (at most %2); export to CSV instead.")
                                   .arg(shown)
                                   .arg(LXW_ROW_MAX - 1));
    const QFileInfo target(path);
    QString tempPath;
    {
        QTemporaryFile temp(target.absolutePath() + QStringLiteral("/.%1.XXXXXX.tmp").arg(target.completeBaseName()));
        temp.setAutoRemove(false);
        if (!temp.open())
            return Status::failure(tr("%1 cannot be written: %2").arg(shown, temp.errorString()));
        tempPath = temp.fileName();
    }
    struct Cleanup
    {
        QString path;
        bool keep = false;
        ~Cleanup()
        {
            if (!keep)
                QFile::remove(path);
        }
    } cleanup{tempPath};

    const XlsxWriterApi &xlsx = xlsxWriter();
    if (!xlsx.error.isEmpty())
        return Status::failure(tr("%1 cannot be written: the Excel library (libxlsxwriter) cannot be loaded: %2")
                                   .arg(shown, xlsx.error));
    const QByteArray tempName = QFile::encodeName(tempPath);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *book = xlsx.newWorkbook(tempName.constData(), &options);
    if (!book)
        return Status::failure(tr("%1 cannot be written.").arg(shown));
    lxw_worksheet *sheet = xlsx.addWorksheet(book, nullptr);
    lxw_format *bold = xlsx.addFormat(book);
    xlsx.setBold(bold);

    const int columns = static_cast<int>(table.headers.size());
    QList<int> widths(columns, 8);
    auto measure = [&widths](int col, const QString &v) {
        if (col >= widths.size())
            widths.resize(col + 1, 8);
        int w = 0;
        for (const QChar c : v)
            w += c.unicode() >= 0x1100 ? 2 : 1;
        widths[col] = qMax(widths.at(col), qMin(w + 2, 60));
    };
    for (int c = 0; c < columns; ++c)
        measure(c, table.headers.at(c));
    for (int r = 0; r < table.rows.size() && r < 2000; ++r)
        for (int c = 0; c < table.rows.at(r).size(); ++c)
            measure(c, table.rows.at(r).at(c));
    // In constant-memory mode columns are set before any cell is written.
    for (int c = 0; c < widths.size(); ++c)
        xlsx.setColumn(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widths.at(c), nullptr);
    xlsx.freezePanes(sheet, 1, 0);

    lxw_error failure = LXW_NO_ERROR;
    auto put = [&](int r, int c, const QString &v, lxw_format *format) {
        if (v.isEmpty() || failure != LXW_NO_ERROR)
            return;
        const QByteArray utf8 = v.toUtf8();
        failure = xlsx.writeString(sheet, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c), utf8.constData(),
                                         format);
    };
    for (int c = 0; c < columns; ++c)
        put(0, c, table.headers.at(c), bold);
    for (int r = 0; r < table.rows.size(); ++r)
        for (int c = 0; c < table.rows.at(r).size(); ++c)
            put(r + 1, c, table.rows.at(r).at(c), nullptr);
    const lxw_error closed = xlsx.close(book);
    if (failure != LXW_NO_ERROR)
        return Status::failure(tr("%1 cannot be written: %2").arg(shown, QString::fromUtf8(xlsx.errorText(failure))));
    if (closed != LXW_NO_ERROR)
        return Status::failure(tr("%1 cannot be written: %2").arg(shown, QString::fromUtf8(xlsx.errorText(closed))));

    // rename(2) replaces an existing file atomically; where it cannot, remove first.
    const QByteArray finalName = QFile::encodeName(target.absoluteFilePath());
    if (std::rename(tempName.constData(), finalName.constData()) != 0) {
        QFile::remove(target.absoluteFilePath());
        if (!QFile::rename(tempPath, target.absoluteFilePath()))
            return Status::failure(tr("%1 cannot be written: the finished file could not be put in place.").arg(shown));
    }
    cleanup.keep = true;
    return Status::success();
}

} // namespace ud
