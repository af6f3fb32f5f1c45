#include "exchange/XlsxReader.h"

#include "exchange/ImportLimits.h"
#include "exchange/TableRows.h"
#include "exchange/ZipArchive.h"

#include <QDate>
#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <cmath>

namespace ud {

namespace {

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

// Text of <si> or <is>: the <t> elements, leaving out phonetic guides (<rPh>). Runs beyond the
// longest possible cell are not collected (the caller refuses the cell).
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
            else if (xml.name() == QLatin1String("t") && phonetic == 0 && text.size() <= ImportLimits::kMaxCellChars)
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


// A column as Excel names it: 0 -> A, 27 -> AB.
QString columnName(int col)
{
    QString name;
    for (int c = col + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

struct Workbook
{
    ZipArchive zip;
    QString sheetPath;
    QString sharedStringsPath = QStringLiteral("xl/sharedStrings.xml");
    QString stylesPath = QStringLiteral("xl/styles.xml");
    bool date1904 = false;
    QStringList sharedStrings;
    QList<bool> dateStyles; // by cellXfs index
    qint64 textChars = 0;   // characters read so far, for kMaxTextChars

    // Parses one member of the archive with `parse`, streamed; false if it is missing or broken,
    // or `parse` returned a message (a limit), which is then in `error`.
    template <typename F>
    bool withEntry(const QString &name, F parse, QString *error)
    {
        const std::unique_ptr<QIODevice> device = zip.openEntry(name, error);
        if (!device)
            return false;
        QXmlStreamReader xml(device.get());
        const QString stopped = parse(xml);
        if (ZipArchive::failed(device.get())) {
            *error = device->errorString();
            return false;
        }
        if (!stopped.isEmpty()) {
            *error = stopped;
            return false;
        }
        if (xml.hasError()) {
            *error = TabularFile::tr("The workbook part %1 is damaged: %2").arg(name, xml.errorString());
            return false;
        }
        return true;
    }

    QString tooMuchText() const
    {
        return TabularFile::tr("The workbook holds more text than an import can take (more than %1 million "
                               "characters). Split it into several files.")
            .arg(ImportLimits::kMaxTextChars / 1000000);
    }
};

QString cellTooLong(int row, int col)
{
    return TabularFile::tr("Cell %1%2 holds more than %3 characters, more than Excel allows in a cell; shorten it.")
        .arg(columnName(col))
        .arg(row)
        .arg(ImportLimits::kMaxCellChars);
}

} // namespace

Result<Table> XlsxReader::read(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    Workbook book;
    if (const Status opened = book.zip.open(path); !opened) {
        if (!opened.error().isEmpty())
            return Result<Table>::failure(QStringLiteral("%1: %2").arg(shown, opened.error()));
        return Result<Table>::failure(TabularFile::tr("%1 is not a readable Excel workbook (.xlsx). If it is an old .xls file "
                                                      "or protected with a password, save it again as .xlsx or CSV.")
                                          .arg(shown));
    }
    QString error;
    const auto failed = [&shown](const QString &message) { return Result<Table>::failure(QStringLiteral("%1: %2").arg(shown, message)); };
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
        return QString();
    }, &error);
    if (!hasWorkbook)
        return error.isEmpty()
            ? Result<Table>::failure(TabularFile::tr("%1 is not an Excel workbook (xl/workbook.xml is missing).").arg(shown))
            : failed(error);
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
        return QString();
    }, &error);
    if (book.sheetPath.isEmpty())
        book.sheetPath = QStringLiteral("xl/worksheets/sheet1.xml");
    if (!error.isEmpty())
        return failed(error);

    book.withEntry(book.sharedStringsPath, [&](QXmlStreamReader &xml) {
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("si"))
                continue;
            if (book.sharedStrings.size() >= ImportLimits::kMaxSharedStrings)
                return TabularFile::tr("The workbook has more than %1 different texts; it cannot be imported. Split it "
                                       "into several files.")
                    .arg(ImportLimits::kMaxSharedStrings);
            const QString text = richText(xml);
            if (text.size() > ImportLimits::kMaxCellChars)
                return TabularFile::tr("The workbook holds a text of more than %1 characters, more than Excel allows "
                                       "in a cell; shorten it.")
                    .arg(ImportLimits::kMaxCellChars);
            book.textChars += text.size();
            if (book.textChars > ImportLimits::kMaxTextChars)
                return book.tooMuchText();
            book.sharedStrings.append(text);
        }
        return QString();
    }, &error);
    if (!error.isEmpty())
        return failed(error);
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
                if (book.dateStyles.size() >= 65536) // Excel's own maximum of cell formats
                    return TabularFile::tr("The workbook has more cell formats than Excel allows; it is damaged.");
                const int id = attrs.value(QLatin1String("numFmtId")).toInt();
                book.dateStyles.append(customDates.contains(id) ? customDates.value(id) : isBuiltinDateFormat(id));
            }
        }
        return QString();
    }, &error);
    if (!error.isEmpty())
        return failed(error);

    QList<QStringList> rows;
    QList<int> numbers;
    const bool hasSheet = book.withEntry(book.sheetPath, [&](QXmlStreamReader &xml) {
        // One header row and a few title rows above it may come before the data rows.
        const int maxSheetRows = ImportLimits::kMaxRows + 100;
        const QString tooManyRows = TabularFile::tr("The sheet has more than %1 rows; an import takes at most %1. "
                                                    "Split it into several files.")
                                        .arg(ImportLimits::kMaxRows);
        QStringList row;
        int rowNumber = 0;
        qint64 rowElements = 0;
        qint64 cells = 0;
        int nextCol = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
                if (!TableRows::isBlank(row)) {
                    if (rows.size() >= maxSheetRows)
                        return tooManyRows;
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
                if (++rowElements > maxSheetRows || rowNumber > 1048576) // 1,048,576: Excel's last row
                    return tooManyRows;
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
                bool shared = false;
                if (type == QLatin1String("s")) {
                    bool ok = false;
                    const int idx = raw.toInt(&ok);
                    value = ok && idx >= 0 && idx < book.sharedStrings.size() ? book.sharedStrings.at(idx) : QString();
                    shared = true;
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
                nextCol = col + 1;
                if (value.isEmpty())
                    continue; // empty, formatted cells (even far to the right) take no room
                if (value.size() > ImportLimits::kMaxCellChars)
                    return cellTooLong(rowNumber, col);
                if (col >= ImportLimits::kMaxColumns)
                    return TabularFile::tr("Cell %1%2 lies beyond the first %3 columns; an import reads at most %3 "
                                           "columns. Delete what stands there.")
                        .arg(columnName(col))
                        .arg(rowNumber)
                        .arg(ImportLimits::kMaxColumns);
                cells += qMax<qint64>(0, col + 1 - row.size());
                if (cells > ImportLimits::kMaxCells)
                    return TabularFile::tr("The sheet has more than %1 cells; it cannot be imported. Split it into "
                                           "several files.")
                        .arg(ImportLimits::kMaxCells);
                if (!shared) {
                    book.textChars += value.size();
                    if (book.textChars > ImportLimits::kMaxTextChars)
                        return book.tooMuchText();
                }
                while (row.size() <= col)
                    row.append(QString());
                row[col] = value;
            }
        }
        return QString();
    }, &error);
    if (!hasSheet)
        return error.isEmpty() ? Result<Table>::failure(TabularFile::tr("%1: the workbook has no worksheet.").arg(shown))
                               : failed(error);
    return TableRows::finish(rows, numbers);
}

} // namespace ud
