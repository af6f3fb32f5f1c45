#include "exchange/TabularFile.h"

#include "core/PrivateFiles.h"
#include "exchange/CsvFile.h"
#include "exchange/ImportLimits.h"
#include "exchange/XlsxReader.h"
#include "exchange/XlsxWriter.h"
#include "core/DatabaseFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <new>

namespace ud {

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
    // Reading the open database as a spreadsheet would drop its locks (see DatabaseFiles).
    if (Status s = DatabaseFiles::refuseOpenDatabaseFile(path); !s)
        return s;
    // The limits of ImportLimits keep a read far below the memory of any office PC; should the
    // machine still run out, the user gets a message and the program goes on.
    try {
        return readFile(path);
    } catch (const std::bad_alloc &) {
        return Result<Table>::failure(tr("%1 cannot be read: there is not enough memory. Close other programs, or "
                                         "split the file into several smaller ones.")
                                          .arg(QDir::toNativeSeparators(path)));
    }
}

Result<Table> TabularFile::readFile(const QString &path)
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
        return XlsxReader::read(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Table>::failure(tr("The file %1 cannot be opened: %2").arg(shown, file.errorString()));
    if (file.size() > ImportLimits::kMaxCsvBytes)
        return Result<Table>::failure(tr("%1 is too large to import (%2 MB; at most %3 MB). Split it into several files.")
                                          .arg(shown)
                                          .arg(file.size() / (1024 * 1024))
                                          .arg(ImportLimits::kMaxCsvBytes / (1024 * 1024)));
    const QByteArray bytes = file.read(ImportLimits::kMaxCsvBytes);
    if (bytes.startsWith("PK\x03\x04"))
        return Result<Table>::failure(tr("%1 is an Excel workbook, not a CSV file; name it .xlsx.").arg(shown));
    auto table = parseCsv(bytes);
    if (!table)
        return Result<Table>::failure(QStringLiteral("%1: %2").arg(shown, table.error()));
    return table;
}

QString TabularFile::decodeText(const QByteArray &bytes, QString *encoding)
{
    return CsvFile::decodeText(bytes, encoding);
}

Result<Table> TabularFile::parseCsv(const QByteArray &bytes)
{
    return CsvFile::parse(bytes);
}

QByteArray TabularFile::toCsv(const Table &table)
{
    return CsvFile::write(table);
}

Status TabularFile::write(const QString &path, const Table &table)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (Status s = DatabaseFiles::refuseOpenDatabaseFile(path); !s)
        return s;
    switch (formatOf(path)) {
    case Format::Csv: {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Status::failure(tr("%1 cannot be written: %2").arg(shown, file.errorString()));
        const QByteArray bytes = toCsv(table);
        if (file.write(bytes) != bytes.size() || !file.commit())
            return Status::failure(tr("%1 cannot be written: %2").arg(shown, file.errorString()));
        // Lists of people are the user's alone (QSaveFile keeps the mode of a file it replaces).
        return PrivateFiles::makePrivate(path);
    }
    case Format::Xlsx:
        if (Status s = XlsxWriter::write(path, table); !s)
            return s;
        return PrivateFiles::makePrivate(path);
    case Format::Unknown:
        break;
    }
    return Status::failure(tr("%1: unsupported file type; use .xlsx or .csv.").arg(shown));
}

} // namespace ud
