// Tests for ud::TabularFile: CSV as Excel and WPS write it (quotes, line breaks in cells, BOM,
// GBK, ="..." text guards, tab-separated UTF-16 "Unicode text"), XLSX written by us, by
// libxlsxwriter directly and by hand (inline strings, rich text, phonetic runs, dates, gaps), and
// the refusals (unsupported types, missing or broken files).

#include "exchange/TabularFile.h"
#include "ZipBuilder.h"

#include <xlsxwriter.h>

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

using ud::Table;
using ud::TabularFile;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A zip archive with the given members: odd members stored, even ones deflated.
bool writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &members)
{
    QList<ZipBuilder::Member> parts;
    for (int i = 0; i < members.size(); ++i)
        parts.append({members.at(i).first, members.at(i).second, i % 2 == 0, std::nullopt});
    return writeBytes(path, ZipBuilder::archive(parts));
}

using ZipBuilder::xmlHead;

} // namespace

class tst_TabularFile : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void csvQuoting();
    void csvEncodings_data();
    void csvEncodings();
    void csvGbkFile();
    void csvExcelTextGuards();
    void csvBlankRowsAndNumbers();
    void csvUnicodeTextTabs();
    void csvUnclosedQuote();
    void csvWriteReadBack();
    void xlsxRoundTrip();
    void xlsxFromLibxlsxwriter();
    void xlsxHandMade();
    void refusals_data();
    void refusals();
    void writeReplacesAndLeavesNoTemp();
    void csvFormulaGuard_data();
    void csvFormulaGuard();
    void csvBinaryFile_data();
    void csvBinaryFile();
    void csvUtf16WithoutBom_data();
    void csvUtf16WithoutBom();
    void xlsxOverlongCellIsCutVisibly();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_TabularFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_TabularFile::csvQuoting()
{
    const QByteArray csv = "name,quote,lines\r\n"
                           "\"Wang, Fang\",\"he said \"\"hi\"\"\",\"line 1\r\nline 2\"\r\n"
                           "plain,,\"\"\r\n";
    auto t = TabularFile::parseCsv(csv);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QCOMPARE(t.value().headers, (QStringList{u("name"), u("quote"), u("lines")}));
    QCOMPARE(t.value().rows.size(), 2);
    QCOMPARE(t.value().rows.at(0), (QStringList{u("Wang, Fang"), u("he said \"hi\""), u("line 1\r\nline 2")}));
    QCOMPARE(t.value().rows.at(1), (QStringList{u("plain"), QString(), QString()}));
    // The second record spans two physical lines but is sheet row 2; the next is row 3.
    QCOMPARE(t.value().rowNumber(0), 2);
    QCOMPARE(t.value().rowNumber(1), 3);
}

void tst_TabularFile::csvEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const QString text = u("姓名,民族\n王芳,汉族\n");
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF" + text.toUtf8()) << u("UTF-8");
    QTest::newRow("UTF-8") << text.toUtf8() << u("UTF-8");
    QStringEncoder gb("GB18030");
    QVERIFY(gb.isValid());
    QTest::newRow("GBK") << QByteArray(gb.encode(text)) << u("GB18030");
    QStringEncoder utf16(QStringConverter::Utf16LE);
    QTest::newRow("UTF-16LE with BOM") << QByteArray("\xFF\xFE" + QByteArray(utf16.encode(text))) << u("UTF-16LE");
}

void tst_TabularFile::csvEncodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QString detected;
    TabularFile::decodeText(bytes, &detected);
    QCOMPARE(detected, encoding);
    auto t = TabularFile::parseCsv(bytes);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QCOMPARE(t.value().headers, (QStringList{u("姓名"), u("民族")}));
    QCOMPARE(t.value().rows, (QList<QStringList>{{u("王芳"), u("汉族")}}));
}

// A GBK file as Excel on Chinese Windows saves it ("CSV (逗号分隔)"), read from disk; includes
// characters outside GB2312 (GBK extension: 喆, 堃) and a rare one only GB18030 has (𠀀).
void tst_TabularFile::csvGbkFile()
{
    QStringEncoder gb("GB18030");
    const QString text = u("姓名,单位名称,备注\r\n张喆,北京堃达科技有限公司,𠀀\r\n李雪,\"朝阳区, 八里庄\",\r\n");
    const QByteArray bytes = gb.encode(text);
    QVERIFY(!gb.hasError());
    QVERIFY(bytes.toHex() != text.toUtf8().toHex());
    QVERIFY(writeBytes(path(u("gbk.csv")), bytes));
    auto t = TabularFile::read(path(u("gbk.csv")));
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QCOMPARE(t.value().rows.size(), 2);
    QCOMPARE(t.value().rows.at(0), (QStringList{u("张喆"), u("北京堃达科技有限公司"), u("𠀀")}));
    QCOMPARE(t.value().rows.at(1), (QStringList{u("李雪"), u("朝阳区, 八里庄"), QString()}));
}

void tst_TabularFile::csvExcelTextGuards()
{
    const QByteArray csv = "id,code,tab\n"
                           "=\"110105194912310020\",\"=\"\"0123\"\"\",\"\t13800138000\"\n"
                           "=\"a \"\"quoted\"\" one\",=,\"=\"\n";
    auto t = TabularFile::parseCsv(csv);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QCOMPARE(t.value().rows.at(0), (QStringList{u("110105194912310020"), u("0123"), u("13800138000")}));
    QCOMPARE(t.value().rows.at(1), (QStringList{u("a \"quoted\" one"), u("="), u("=")}));
}

void tst_TabularFile::csvBlankRowsAndNumbers()
{
    const QByteArray csv = "\n,,\n姓名,电话\n王芳,1\n,\n\n李雷,2\n\r\n\n,,,\n";
    auto t = TabularFile::parseCsv(csv);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QCOMPARE(t.value().headers, (QStringList{u("姓名"), u("电话")}));
    QCOMPARE(t.value().headerRow, 3);
    QCOMPARE(t.value().rows.size(), 2);
    QCOMPARE(t.value().rowNumber(0), 4);
    QCOMPARE(t.value().rowNumber(1), 7);
    QCOMPARE(t.value().rows.at(1), (QStringList{u("李雷"), u("2")}));
    // Trailing empty header cells (Excel pads rows with commas) are dropped.
    auto padded = TabularFile::parseCsv("a,b,,\n1,2,,\n");
    QCOMPARE(padded.value().headers, (QStringList{u("a"), u("b")}));
    QVERIFY(TabularFile::parseCsv("").value().headers.isEmpty());
}

void tst_TabularFile::csvUnicodeTextTabs()
{
    // Excel's "Unicode text (*.txt)": UTF-16LE with BOM, tab-separated; commas are data.
    QStringEncoder utf16(QStringConverter::Utf16LE);
    const QByteArray bytes = "\xFF\xFE" + QByteArray(utf16.encode(u("姓名\t地址\r\n王芳\t朝阳区, 八里庄\r\n")));
    QVERIFY(writeBytes(path(u("unicode.txt")), bytes));
    auto t = TabularFile::read(path(u("unicode.txt")));
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QCOMPARE(t.value().headers, (QStringList{u("姓名"), u("地址")}));
    QCOMPARE(t.value().rows.at(0), (QStringList{u("王芳"), u("朝阳区, 八里庄")}));
    auto semi = TabularFile::parseCsv("a;b\n1;2\n");
    QCOMPARE(semi.value().headers, (QStringList{u("a"), u("b")}));
}

void tst_TabularFile::csvUnclosedQuote()
{
    auto t = TabularFile::parseCsv("a,b\n1,\"open\n2,3\n");
    QVERIFY(!t.ok());
    QVERIFY2(t.error().contains(u("line 2")), qPrintable(t.error()));
}

void tst_TabularFile::csvWriteReadBack()
{
    Table t;
    t.headers = {u("姓名"), u("身份证号"), u("备注"), u("电话")};
    t.rows = {{u("王芳"), u("11010519491231002X"), u("a, \"b\"\nc"), u("+86 10 6512 3456")},
              {u("=HYPERLINK(\"x\")"), u("110105491231002"), u(" lead"), u("13800138000")},
              {u("李雷"), QString(), QString(), u("-5")}};
    const QByteArray csv = TabularFile::toCsv(t);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.contains("\r\n"));
    QVERIFY(!csv.contains("\r\n\r\n"));
    // Long digit strings and formula-like text are guarded so Excel keeps them as text.
    QVERIFY2(csv.contains("\"=\"\"11010519491231002X\"\"\""), csv.constData());
    QVERIFY2(csv.contains("\"=\"\"110105491231002\"\"\""), csv.constData());
    // Formula-like text gets an apostrophe (OWASP); a quoted ="..." would break past 255 characters.
    QVERIFY2(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""), csv.constData());
    QVERIFY2(csv.contains(",'+86 10 6512 3456\r\n"), csv.constData());
    QVERIFY2(csv.contains(",-5\r\n"), csv.constData()); // a plain number stays a number
    QVERIFY2(csv.contains(",13800138000\r\n"), csv.constData()); // 11 digits: Excel shows these as they are
    QVERIFY(writeBytes(path(u("w.csv")), QByteArray()));
    QVERIFY(TabularFile::write(path(u("w.csv")), t).ok());
    QCOMPARE(readBytes(path(u("w.csv"))), csv);
    auto back = TabularFile::read(path(u("w.csv")));
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back.value().headers, t.headers);
    QCOMPARE(back.value().rows, t.rows);
}

void tst_TabularFile::xlsxRoundTrip()
{
    Table t;
    t.headers = {u("姓名"), u("身份证号"), u("出生日期"), u("备注"), u("职工人数")};
    t.rows = {{u("王芳"), u("110105194912310020"), u("1949-12-31"), u("第一行\n第二行"), u("120")},
              {u("李雷"), u("11010519491231002X"), QString(), u("<&>\"'"), u("0")},
              {u("=1+1"), QString(), QString(), QString(), u("3.50")}};
    const QString file = path(u("round.xlsx"));
    const auto written = TabularFile::write(file, t);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QVERIFY(readBytes(file).startsWith("PK"));
    auto back = TabularFile::read(file);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back.value().headers, t.headers);
    // Trailing empty cells are not stored in a sheet: compare cell by cell.
    QCOMPARE(back.value().rows.size(), t.rows.size());
    for (int r = 0; r < t.rows.size(); ++r)
        for (int c = 0; c < t.headers.size(); ++c)
            QCOMPARE(back.value().rows.at(r).value(c), t.rows.at(r).at(c));
}

void tst_TabularFile::xlsxFromLibxlsxwriter()
{
    const QString file = path(u("lib.xlsx"));
    const QByteArray name = QFile::encodeName(file);
    lxw_workbook *book = workbook_new(name.constData()); // shared strings (not constant memory)
    lxw_worksheet *notes = workbook_add_worksheet(book, "说明");
    lxw_worksheet *sheet = workbook_add_worksheet(book, "职工");
    worksheet_write_string(notes, 0, 0, "请勿修改", nullptr);
    worksheet_hide(notes);
    worksheet_activate(sheet);
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "yyyy\"年\"m\"月\"d\"日\"");
    lxw_format *plain = workbook_add_format(book);
    format_set_num_format(plain, "0");
    worksheet_write_string(sheet, 0, 0, "职工名册", nullptr); // title row
    const char *headers[] = {"姓名", "身份证号", "出生日期", "电话", "人数", "比例", "会员", "空"};
    for (int c = 0; c < 8; ++c)
        worksheet_write_string(sheet, 2, static_cast<lxw_col_t>(c), headers[c], nullptr);
    worksheet_write_string(sheet, 3, 0, "王芳", nullptr);
    worksheet_write_number(sheet, 3, 1, 110105194912310020.0, plain); // Excel rounds this
    worksheet_write_number(sheet, 3, 2, 45322, date);
    worksheet_write_number(sheet, 3, 3, 13800138000.0, nullptr);
    worksheet_write_number(sheet, 3, 4, 120, nullptr);
    worksheet_write_number(sheet, 3, 5, 0.25, nullptr);
    worksheet_write_boolean(sheet, 3, 6, 1, nullptr);
    worksheet_write_string(sheet, 5, 0, "王芳", nullptr); // shared string used twice; row 5 left empty
    worksheet_write_string(sheet, 5, 3, "010-65123456", nullptr);
    worksheet_write_boolean(sheet, 5, 6, 0, nullptr);
    QCOMPARE(workbook_close(book), LXW_NO_ERROR);

    auto t = TabularFile::read(file);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    // The hidden first sheet is skipped; the title row comes first.
    QCOMPARE(t.value().headers, QStringList{u("职工名册")});
    QCOMPARE(t.value().headerRow, 1);
    QCOMPARE(t.value().rows.size(), 3);
    QCOMPARE(t.value().rowNumber(0), 3);
    QCOMPARE(t.value().rows.at(0).mid(0, 8), (QStringList{u("姓名"), u("身份证号"), u("出生日期"), u("电话"), u("人数"),
                                                         u("比例"), u("会员"), u("空")}));
    QCOMPARE(t.value().rowNumber(1), 4);
    const QStringList first = t.value().rows.at(1);
    QCOMPARE(first.value(0), u("王芳"));
    QVERIFY2(first.value(1).contains(QLatin1Char('e')), qPrintable(first.value(1))); // scientific: not a usable ID
    QCOMPARE(first.value(2), u("2024-01-31"));
    QCOMPARE(first.value(3), u("13800138000"));
    QCOMPARE(first.value(4), u("120"));
    QCOMPARE(first.value(5), u("0.25"));
    QCOMPARE(first.value(6), u("TRUE"));
    QCOMPARE(t.value().rowNumber(2), 6);
    QCOMPARE(t.value().rows.at(2), (QStringList{u("王芳"), QString(), QString(), u("010-65123456"), QString(), QString(),
                                                u("FALSE")}));
}

void tst_TabularFile::xlsxHandMade()
{
    const QByteArray workbook = xmlHead()
        + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          "<workbookPr date1904=\"1\"/><sheets><sheet name=\"A\" sheetId=\"7\" r:id=\"rId3\"/></sheets></workbook>";
    const QByteArray rels = xmlHead()
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
          "Target=\"/xl/strings.xml\"/>"
          "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
          "Target=\"worksheets/data.xml\"/></Relationships>";
    const QByteArray strings = xmlHead()
        + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"2\" uniqueCount=\"2\">"
          "<si><t>姓_x000D_名</t></si>"
          "<si><r><rPr><b/></rPr><t>张</t></r><r><t xml:space=\"preserve\">三 </t></r>"
          "<rPh sb=\"0\" eb=\"1\"><t>ZHANG</t></rPh></si></sst>";
    const QByteArray styles = xmlHead()
        + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          "<numFmts count=\"1\"><numFmt numFmtId=\"200\" formatCode=\"[$-804]yyyy/m/d;@\"/></numFmts>"
          "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"200\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>";
    const QByteArray sheet = xmlHead()
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
          "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"C2\" t=\"inlineStr\"><is><t>备注</t></is></c></row>"
          "<row r=\"5\"><c t=\"s\"><v>1</v></c><c t=\"str\"><f>A1</f><v>公式</v></c>"
          "<c r=\"D5\" t=\"e\"><v>#N/A</v></c><c r=\"E5\" s=\"1\"><v>0</v></c><c r=\"F5\" s=\"2\"><v>1.5</v></c>"
          "<c r=\"G5\" t=\"inlineStr\"><is><r><t>富</t></r><r><t>文本</t></r></is></c><c r=\"AA5\"><v>7.0</v></c></row>"
          "</sheetData></worksheet>";
    const QString file = path(u("hand.xlsx"));
    QVERIFY(writeZip(file, {{u("xl/workbook.xml"), workbook},
                            {u("xl/_rels/workbook.xml.rels"), rels},
                            {u("xl/strings.xml"), strings},
                            {u("xl/styles.xml"), styles},
                            {u("xl/worksheets/data.xml"), sheet}}));
    auto t = TabularFile::read(file);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QCOMPARE(t.value().headerRow, 2);
    QCOMPARE(t.value().headers, (QStringList{u("姓\r名"), QString(), u("备注")}));
    QCOMPARE(t.value().rowNumber(0), 5);
    const QStringList row = t.value().rows.at(0);
    QCOMPARE(row.size(), 27);
    QCOMPARE(row.at(0), u("张三 ")); // runs joined, phonetic guide dropped
    QCOMPARE(row.at(1), u("公式"));
    QCOMPARE(row.at(2), QString());
    QCOMPARE(row.at(3), u("#N/A"));
    QCOMPARE(row.at(4), u("1904-01-01")); // date1904 workbook
    QCOMPARE(row.at(5), u("1904-01-02 12:00:00"));
    QCOMPARE(row.at(6), u("富文本"));
    QCOMPARE(row.at(7), QString());
    QCOMPARE(row.at(26), u("7"));
}

void tst_TabularFile::refusals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content"); // empty = the file does not exist
    QTest::addColumn<QString>("says");
    QTest::newRow("old .xls") << u("old.xls") << QByteArray("\xD0\xCF\x11\xE0") << u(".xlsx");
    QTest::newRow("pdf") << u("doc.pdf") << QByteArray("%PDF") << u("unsupported");
    QTest::newRow("no suffix") << u("noext") << QByteArray("a,b") << u("unsupported");
    QTest::newRow("missing csv") << u("missing.csv") << QByteArray() << u("does not exist");
    QTest::newRow("missing xlsx") << u("missing.xlsx") << QByteArray() << u("does not exist");
    QTest::newRow("xls renamed to xlsx") << u("renamed.xlsx") << QByteArray("\xD0\xCF\x11\xE0 not a zip") << u(".xls");
    QTest::newRow("zip without workbook") << u("empty.xlsx") << QByteArray("zip") << u("workbook");
    QTest::newRow("xlsx named csv") << u("book.csv") << QByteArray("PK\x03\x04 rest") << u(".xlsx");
}

void tst_TabularFile::refusals()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, says);
    const QString file = path(name);
    if (content == "zip")
        QVERIFY(writeZip(file, {{u("readme.txt"), QByteArray("hello")}}));
    else if (!content.isEmpty())
        QVERIFY(writeBytes(file, content));
    auto t = TabularFile::read(file);
    QVERIFY(!t.ok());
    QVERIFY2(t.error().contains(says), qPrintable(t.error()));
    QVERIFY2(t.error().contains(name) || t.error().contains(u("workbook part")), qPrintable(t.error()));
}

void tst_TabularFile::writeReplacesAndLeavesNoTemp()
{
    Table t;
    t.headers = {u("a")};
    t.rows = {{u("1")}};
    const QString file = path(u("out.xlsx"));
    QVERIFY(writeBytes(file, "old"));
    QVERIFY(TabularFile::write(file, t).ok());
    QVERIFY(readBytes(file).startsWith("PK"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList{u("out.xlsx")});
    const auto refused = TabularFile::write(path(u("out.ods")), t);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().contains(u("out.ods")));
    // A folder that does not exist: an error, nothing written.
    QVERIFY(!TabularFile::write(path(u("no/such/dir/x.xlsx")), t).ok());
    QVERIFY(!TabularFile::write(path(u("no/such/dir/x.csv")), t).ok());
}

// OWASP "CSV Injection": a value starting with = + - @ tab or CR is written with a leading
// apostrophe unless it is a plain number; reading gives the value back unchanged.
void tst_TabularFile::csvFormulaGuard_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("written"); // the field as it stands in the file
    QTest::newRow("OWASP example") << u("-2+3+cmd|' /C calc'!A0") << QByteArray("'-2+3+cmd|' /C calc'!A0");
    QTest::newRow("plus digit") << u("+1+cmd|' /C calc'!A0") << QByteArray("'+1+cmd|' /C calc'!A0");
    QTest::newRow("minus space") << u("- 1+cmd") << QByteArray("'- 1+cmd");
    QTest::newRow("plus space") << u("+ 1") << QByteArray("'+ 1");
    QTest::newRow("equals") << u("=1+1") << QByteArray("'=1+1");
    QTest::newRow("at") << u("@SUM(A1:A2)") << QByteArray("'@SUM(A1:A2)");
    QTest::newRow("minus letter") << u("-x") << QByteArray("'-x");
    QTest::newRow("lone minus") << u("-") << QByteArray("'-");
    QTest::newRow("tab first") << u("\t=cmd") << QByteArray("\"'\t=cmd\"");
    QTest::newRow("CR first") << u("\r=cmd") << QByteArray("\"'\r=cmd\"");
    QTest::newRow("apostrophe before formula") << u("'=x") << QByteArray("''=x");
    QTest::newRow("negative amount") << u("-12.50") << QByteArray("-12.50");
    QTest::newRow("positive number") << u("+3") << QByteArray("+3");
    QTest::newRow("negative integer") << u("-5") << QByteArray("-5");
    QTest::newRow("exponent") << u("-1.5e3") << QByteArray("-1.5e3");
    QTest::newRow("plain text") << u("王芳") << QByteArray("王芳");
    QTest::newRow("apostrophe text") << u("'abc") << QByteArray("'abc");
}

void tst_TabularFile::csvFormulaGuard()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, written);
    Table t;
    t.headers = {u("h")};
    t.rows = {{value}, {u("end")}};
    const QByteArray csv = TabularFile::toCsv(t);
    const QByteArray expected = "\xEF\xBB\xBFh\r\n" + written + "\r\nend\r\n";
    QCOMPARE(csv, expected);
    auto back = TabularFile::parseCsv(csv);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back.value().rows.at(0).at(0), value);
}

// A binary file named .csv is refused with one message, not read as garbled rows.
void tst_TabularFile::csvBinaryFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QByteArray random;
    quint32 x = 12345;
    for (int i = 0; i < 200000; ++i) {
        x = x * 1103515245u + 12345u;
        random.append(static_cast<char>(x >> 24));
    }
    QTest::newRow("random bytes") << random;
    QByteArray png = QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) + random.left(5000);
    QTest::newRow("PNG header") << png;
    QByteArray noNul;
    for (int i = 0; i < 20000; ++i)
        noNul.append(static_cast<char>(1 + i % 255));
    QTest::newRow("binary without NUL bytes") << noNul;
}

void tst_TabularFile::csvBinaryFile()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(writeBytes(path(u("photo.csv")), bytes));
    auto t = TabularFile::read(path(u("photo.csv")));
    QVERIFY(!t.ok());
    QVERIFY2(t.error().contains(u("not a text file")), qPrintable(t.error()));
    QVERIFY2(t.error().contains(u("photo.csv")), qPrintable(t.error()));
}

// UTF-16 without a byte-order mark is recognised by where its zero bytes fall.
void tst_TabularFile::csvUtf16WithoutBom_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const QString text = u("姓名\t身份证号\t电话\r\n王芳\t110105194912310020\t13800138000\r\n李雷\t11010519491231002X\t\r\n");
    QStringEncoder le(QStringConverter::Utf16LE);
    QStringEncoder be(QStringConverter::Utf16BE);
    QTest::newRow("UTF-16LE") << QByteArray(le.encode(text)) << u("UTF-16LE");
    QTest::newRow("UTF-16BE") << QByteArray(be.encode(text)) << u("UTF-16BE");
}

void tst_TabularFile::csvUtf16WithoutBom()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QString detected;
    TabularFile::decodeText(bytes, &detected);
    QCOMPARE(detected, encoding);
    QVERIFY(writeBytes(path(u("unicode.txt")), bytes));
    auto t = TabularFile::read(path(u("unicode.txt")));
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QCOMPARE(t.value().headers, (QStringList{u("姓名"), u("身份证号"), u("电话")}));
    QCOMPARE(t.value().rows.at(0), (QStringList{u("王芳"), u("110105194912310020"), u("13800138000")}));
    QCOMPARE(t.value().rows.at(1).at(1), u("11010519491231002X"));
}

// A cell longer than Excel's 32,767 characters (stored before lengths were checked) does not
// make the export fail: it is cut off with a visible note.
void tst_TabularFile::xlsxOverlongCellIsCutVisibly()
{
    Table t;
    t.headers = {u("姓名"), u("备注")};
    t.rows = {{u("王芳"), QString(40000, QLatin1Char('x'))}, {u("李雷"), u("short")}};
    const QString file = path(u("long.xlsx"));
    const auto written = TabularFile::write(file, t);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    auto back = TabularFile::read(file);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    const QString cut = back.value().rows.at(0).at(1);
    QVERIFY(cut.size() <= 32767);
    QVERIFY(cut.size() > 32000);
    QVERIFY2(cut.contains(u("cut off")), qPrintable(cut.right(80)));
    QCOMPARE(back.value().rows.at(1).at(1), u("short"));
}

QTEST_GUILESS_MAIN(tst_TabularFile)
#include "tst_tabularfile.moc"
