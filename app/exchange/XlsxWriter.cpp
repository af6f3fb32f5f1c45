#include "exchange/XlsxWriter.h"

#include "exchange/ImportLimits.h"

#include <xlsxwriter.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>
#include <QTemporaryFile>

#include <cstdio>
#include <type_traits>

namespace ud {

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

QString XlsxWriter::fitCell(const QString &value)
{
    if (value.size() <= ImportLimits::kMaxCellChars)
        return value;
    const QString marker = TabularFile::tr(" [cut off: the full text is longer than an Excel cell can hold]");
    qsizetype keep = ImportLimits::kMaxCellChars - marker.size();
    if (keep > 0 && value.at(keep - 1).isHighSurrogate())
        --keep; // never split a character in two
    return value.left(keep) + marker;
}

Status XlsxWriter::write(const QString &path, const Table &table)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (table.rows.size() + 1 > LXW_ROW_MAX)
        return Status::failure(TabularFile::tr("%1: too many rows for one Excel sheet (at most %2); export to CSV instead.")
                                   .arg(shown)
                                   .arg(LXW_ROW_MAX - 1));
    const QFileInfo target(path);
    QString tempPath;
    {
        QTemporaryFile temp(target.absolutePath() + QStringLiteral("/.%1.XXXXXX.tmp").arg(target.completeBaseName()));
        temp.setAutoRemove(false);
        if (!temp.open())
            return Status::failure(TabularFile::tr("%1 cannot be written: %2").arg(shown, temp.errorString()));
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
        return Status::failure(TabularFile::tr("%1 cannot be written: the Excel library (libxlsxwriter) cannot be loaded: %2")
                                   .arg(shown, xlsx.error));
    const QByteArray tempName = QFile::encodeName(tempPath);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *book = xlsx.newWorkbook(tempName.constData(), &options);
    if (!book)
        return Status::failure(TabularFile::tr("%1 cannot be written.").arg(shown));
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
        const QByteArray utf8 = fitCell(v).toUtf8();
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
        return Status::failure(TabularFile::tr("%1 cannot be written: %2").arg(shown, QString::fromUtf8(xlsx.errorText(failure))));
    if (closed != LXW_NO_ERROR)
        return Status::failure(TabularFile::tr("%1 cannot be written: %2").arg(shown, QString::fromUtf8(xlsx.errorText(closed))));

    // rename(2) replaces an existing file atomically; where it cannot, remove first.
    const QByteArray finalName = QFile::encodeName(target.absoluteFilePath());
    if (std::rename(tempName.constData(), finalName.constData()) != 0) {
        QFile::remove(target.absoluteFilePath());
        if (!QFile::rename(tempPath, target.absoluteFilePath()))
            return Status::failure(TabularFile::tr("%1 cannot be written: the finished file could not be put in place.").arg(shown));
    }
    cleanup.keep = true;
    return Status::success();
}

} // namespace ud
