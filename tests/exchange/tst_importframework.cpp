// Tests for the importer framework of app/exchange (ImportColumns, HeaderSearch, ImportRow,
// ImportReport, ImportRun) with a target that keeps its "database" in memory: the header row is
// found below title rows, accepted header names and template headers map to the same column,
// missing, doubled and unknown columns are reported on the header row, a bad row anywhere blocks
// every write (what was written before it is rolled back, nothing after it is written), and every
// problem carries the row number the user sees in the sheet.

#include "exchange/HeaderSearch.h"
#include "exchange/ImportColumns.h"
#include "exchange/ImportRow.h"
#include "exchange/ImportRun.h"

#include <QtTest>

using namespace ud;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

constexpr ColumnSpec kColumns[] = {
    {"name", "姓名|职工姓名|name", true},
    {"phone", "联系电话|电话|phone|mobile"},
    {"city", "城市|所在城市|city"},
    {"employer", "工作单位|employer"},
    {"credit_code", "统一社会信用代码|credit_code"},
};

const ImportColumns &columns()
{
    static const ImportColumns c = ImportColumns(kColumns).requireOneOf({QStringLiteral("employer"), QStringLiteral("credit_code")});
    return c;
}

// A target whose transaction is a list: rows are written to `pending` and moved to `committed`
// by finish(). A phone cell "bad" is a problem of its cell; a name "broken" fails to be written.
class MemoryTarget final : public ImportRun::Target
{
public:
    Status begin(qsizetype rows) override
    {
        begun = true;
        expected = rows;
        return Status::success();
    }
    void progress(qsizetype index) override { progressed << index; }
    bool read(ImportRow &row) override
    {
        if (row.text("phone") == QLatin1String("bad"))
            row.report(QStringLiteral("phone"), QStringLiteral("not a phone number"));
        m_current = row.text("name") + QLatin1Char('/') + row.text("city");
        return true;
    }
    Status write(ImportRow &) override
    {
        if (m_current.startsWith(QLatin1String("broken/")))
            return Status::failure(QStringLiteral("disk full"));
        pending << m_current;
        return Status::success();
    }
    Status finish(const ImportReport &) override
    {
        committed = pending;
        return Status::success();
    }

    bool begun = false;
    qsizetype expected = -1;
    QList<qsizetype> progressed;
    QStringList pending;   // written inside the "transaction"
    QStringList committed; // kept

private:
    QString m_current;
};

// "row|column|value|message" of every issue, in the report's order.
QStringList describe(const ImportReport &report)
{
    QStringList out;
    for (const ImportIssue &i : report.issues)
        out << QStringLiteral("%1|%2|%3|%4").arg(i.row).arg(i.column, i.value, i.message);
    return out;
}

const QString kEmpty = QStringLiteral("The file is empty.");
const QString kNoRows = QStringLiteral("The file has no data rows under the headers.");
const QString kDoubled = QStringLiteral("This column gives the same information as another column; keep one of them.");
const QString kNoHeader = QStringLiteral("A value stands in a column without a header.");

QString missing(const char *header)
{
    return QStringLiteral("The column %1 is missing; it is required.").arg(u(header));
}

QString unknown()
{
    return QStringLiteral("Unknown column(s). Rename them to the template's headers (%1) or delete them.")
        .arg(columns().templateHeaders().join(u("、")));
}

} // namespace

class tst_ImportFramework : public QObject
{
    Q_OBJECT

private slots:
    void run_data();
    void run();
    void headerSearchMaps();
    void rowsAfterHeaderProblems();
    void unknownColumnsIgnored_data();
    void unknownColumnsIgnored();
    void reportText();
};

void tst_ImportFramework::run_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<int>>("rowNumbers"); // empty: the rows follow the header
    QTest::addColumn<QStringList>("issues");
    QTest::addColumn<QStringList>("committed");
    QTest::addColumn<int>("rowsRead");

    const QStringList headers = {u("姓名"), u("电话"), u("城市"), u("工作单位")};

    QTest::newRow("good file") << headers
                               << QList<QStringList>{{u("张三"), u("1"), u("北京"), u("甲")}, {u("李四"), u("2"), u("上海"), u("乙")}}
                               << QList<int>{} << QStringList{} << QStringList{u("张三/北京"), u("李四/上海")} << 2;

    QTest::newRow("header below two title rows")
        << QStringList{u("职工名册")}
        << QList<QStringList>{{u("制表单位：某区总工会")}, headers, {u("张三"), u("bad"), u("北京"), u("甲")}}
        << QList<int>{} << QStringList{u("4|电话|bad|not a phone number")} << QStringList{} << 1;

    QTest::newRow("title row, good data") << QStringList{u("职工名册")}
                                          << QList<QStringList>{headers, {u("张三"), u("1"), u("北京"), u("甲")}}
                                          << QList<int>{} << QStringList{} << QStringList{u("张三/北京")} << 1;

    QTest::newRow("header aliases and notes")
        << QStringList{u("职工姓名（必填）"), u("Mobile"), u("所在城市"), u("Credit code")}
        << QList<QStringList>{{u("张三"), u("1"), u("北京"), u("X")}} << QList<int>{} << QStringList{}
        << QStringList{u("张三/北京")} << 1;

    QTest::newRow("row-number columns ignored")
        << QStringList{u("序号"), u("姓名"), u("工作单位"), u("No.")}
        << QList<QStringList>{{u("1"), u("张三"), u("甲"), u("1")}} << QList<int>{} << QStringList{}
        << QStringList{u("张三/")} << 1;

    QTest::newRow("missing required column")
        << QStringList{u("电话"), u("城市"), u("工作单位")} << QList<QStringList>{{u("1"), u("北京"), u("甲")}} << QList<int>{}
        << QStringList{u("1|||") + missing("姓名")} << QStringList{} << 1;

    QTest::newRow("missing one of two columns")
        << QStringList{u("姓名"), u("电话")} << QList<QStringList>{{u("张三"), u("1")}} << QList<int>{}
        << QStringList{u("1|||") + missing("工作单位")} << QStringList{} << 1;

    QTest::newRow("duplicate column")
        << QStringList{u("姓名"), u("工作单位"), u("电话"), u("phone")}
        << QList<QStringList>{{u("张三"), u("甲"), u("1"), u("1")}} << QList<int>{}
        << QStringList{u("1|phone||") + kDoubled} << QStringList{} << 1;

    QTest::newRow("unknown column")
        << QStringList{u("姓名"), u("工作单位"), u("年龄")} << QList<QStringList>{{u("张三"), u("甲"), u("30")}} << QList<int>{}
        << QStringList{u("1|年龄||") + unknown()} << QStringList{} << 1;

    QTest::newRow("no data rows") << headers << QList<QStringList>{} << QList<int>{} << QStringList{u("1|||") + kNoRows}
                                  << QStringList{} << 0;

    QTest::newRow("empty file") << QStringList{} << QList<QStringList>{} << QList<int>{} << QStringList{u("1|||") + kEmpty}
                                << QStringList{} << 0;

    QTest::newRow("a bad row in the middle blocks every write")
        << headers
        << QList<QStringList>{{u("张三"), u("1"), u("北京"), u("甲")},
                              {u("李四"), u("bad"), u("上海"), u("乙")},
                              {u("王五"), u("3"), u("广州"), u("丙")}}
        << QList<int>{} << QStringList{u("3|电话|bad|not a phone number")} << QStringList{} << 3;

    QTest::newRow("a bad last row blocks every write")
        << headers
        << QList<QStringList>{{u("张三"), u("1"), u("北京"), u("甲")},
                              {u("李四"), u("2"), u("上海"), u("乙")},
                              {u("王五"), u("bad"), u("广州"), u("丙")}}
        << QList<int>{} << QStringList{u("4|电话|bad|not a phone number")} << QStringList{} << 3;

    QTest::newRow("a row that cannot be written blocks every write")
        << headers
        << QList<QStringList>{{u("张三"), u("1"), u("北京"), u("甲")}, {u("broken"), u("2"), u("上海"), u("乙")}}
        << QList<int>{} << QStringList{u("3|||Could not be saved: disk full")} << QStringList{} << 2;

    QTest::newRow("row numbers as in the sheet, with blank rows skipped")
        << headers
        << QList<QStringList>{{u("张三"), u("1"), u("北京"), u("甲")}, {u("李四"), u("bad"), u("上海"), u("乙")}}
        << QList<int>{5, 9} << QStringList{u("9|电话|bad|not a phone number")} << QStringList{} << 2;

    QTest::newRow("issues sorted by row, then by column")
        << headers
        << QList<QStringList>{{u("张三"), u("bad"), u("北京"), u("甲"), u("多余")}, {u("李四"), u("bad"), u("上海"), u("乙")}}
        << QList<int>{} << QStringList{u("2||多余|") + kNoHeader, u("2|电话|bad|not a phone number"), u("3|电话|bad|not a phone number")}
        << QStringList{} << 2;
}

void tst_ImportFramework::run()
{
    QFETCH(QStringList, headers);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<int>, rowNumbers);
    QFETCH(QStringList, issues);
    QFETCH(QStringList, committed);
    QFETCH(int, rowsRead);

    Table table;
    table.headers = headers;
    table.rows = rows;
    if (!rowNumbers.isEmpty()) {
        table.headerRow = rowNumbers.first() - 1;
        table.rowNumbers = rowNumbers;
    }
    MemoryTarget target;
    const auto result = ImportRun::run(columns(), ImportRun::Options{}, table, target);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const ImportReport &report = result.value();
    QCOMPARE(describe(report), issues);
    QCOMPARE(report.rowsRead, rowsRead);
    QCOMPARE(target.committed, committed);
    QCOMPARE(report.imported, issues.isEmpty() ? rowsRead : 0);
    QCOMPARE(report.ok(), issues.isEmpty());
    if (!issues.isEmpty()) {
        // Nothing written after the first problem: at most the rows before it, inside the transaction.
        const int firstBad = report.issues.first().row;
        for (qsizetype r = 0; r < target.pending.size(); ++r)
            QVERIFY2(table.rowNumber(static_cast<int>(r)) < firstBad, qPrintable(target.pending.at(r)));
    }
    if (!headers.isEmpty()) {
        QVERIFY(target.begun);
        QCOMPARE(target.expected, static_cast<qsizetype>(rowsRead));
        QCOMPARE(target.progressed.size(), static_cast<qsizetype>(rowsRead));
    } else {
        QVERIFY(!target.begun);
    }
}

void tst_ImportFramework::headerSearchMaps()
{
    Table table;
    table.headers = {u("调解案件登记台账")};
    table.rows = {{u("2024年")}, {u("姓名"), u(" 电话 "), u("城市"), u("Phone"), u("备注")}, {u("张三"), u("1")}};
    const HeaderSearch::Sheet sheet = HeaderSearch::locate(columns(), table, 3);
    QCOMPARE(sheet.table.headerRow, 3);
    QCOMPARE(sheet.table.rows.size(), qsizetype(1));
    QCOMPARE(sheet.table.rowNumber(0), 4);
    QCOMPARE(sheet.map.column(QStringLiteral("name")), 0);
    QCOMPARE(sheet.map.column(QStringLiteral("phone")), 1);
    QCOMPARE(sheet.map.column(QStringLiteral("city")), 2);
    QCOMPARE(sheet.map.column(QStringLiteral("employer")), -1);
    QCOMPARE(sheet.map.mapped, 3);
    QCOMPARE(sheet.map.doubled, QStringList{QStringLiteral("Phone")});
    QCOMPARE(sheet.map.unknown, QStringList{u("备注")});

    // Too few known columns anywhere: the table's own first row stays the header.
    const HeaderSearch::Sheet none = HeaderSearch::locate(columns(), table, 4);
    QCOMPARE(none.table.headerRow, 1);
    QCOMPARE(none.table.rows.size(), qsizetype(3));

    QCOMPARE(columns().templateHeaders(),
             (QStringList{u("姓名"), u("联系电话"), u("城市"), u("工作单位"), u("统一社会信用代码")}));
    QCOMPARE(columns().templateHeader(QStringLiteral("city")), u("城市"));
    QCOMPARE(columns().templateHeader(QStringLiteral("nothing")), QStringLiteral("nothing"));
}

void tst_ImportFramework::rowsAfterHeaderProblems()
{
    Table table;
    table.headers = {u("姓名"), u("城市")};
    table.rows = {{u("张三"), u("北京")}, {u("李四"), u("上海")}};
    ImportRun::Options options;
    options.rowsDespiteHeaderProblems = false;
    MemoryTarget target;
    const auto result = ImportRun::run(columns(), options, table, target);
    QVERIFY(result.ok());
    QCOMPARE(describe(result.value()), QStringList{u("1|||") + missing("工作单位")});
    QVERIFY(target.progressed.isEmpty());
    QVERIFY(target.pending.isEmpty());
    QVERIFY(target.committed.isEmpty());
}

// With Options::unknownColumnsIgnored (the register's importer, issue 12) a column no spec
// accepts is not read and the report names it; it never refuses the file. A file with no known
// column at all still gets one clear message.
void tst_ImportFramework::unknownColumnsIgnored_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QStringList>("issues");
    QTest::addColumn<QStringList>("committed");
    QTest::addColumn<QStringList>("unread");
    const QString noneKnown = QStringLiteral("None of the file's columns is one the program reads, so the header row was not "
                                             "recognised. Give the columns the template's headers (%1).")
                                  .arg(columns().templateHeaders().join(u("、")));

    QTest::newRow("unknown and row-number columns named, file imported")
        << QStringList{u("序号"), u("姓名"), u("入职日期"), u("工作单位"), u("年龄")}
        << QList<QStringList>{{u("1"), u("张三"), u("2020-01-01"), u("甲"), u("30")}} << QStringList{}
        << QStringList{u("张三/")} << QStringList{u("序号"), u("入职日期"), u("年龄")};
    QTest::newRow("a bad row still refuses the file")
        << QStringList{u("姓名"), u("电话"), u("工作单位"), u("入职日期")}
        << QList<QStringList>{{u("张三"), u("bad"), u("甲"), u("2020-01-01")}}
        << QStringList{u("2|电话|bad|not a phone number")} << QStringList{} << QStringList{u("入职日期")};
    QTest::newRow("a missing column is still missing")
        << QStringList{u("电话"), u("城市"), u("工作单位"), u("入职日期")}
        << QList<QStringList>{{u("1"), u("北京"), u("甲"), u("2020-01-01")}}
        << QStringList{u("1|||") + missing("姓名")} << QStringList{} << QStringList{u("入职日期")};
    QTest::newRow("every column unknown")
        << QStringList{u("年龄"), u("入职日期")} << QList<QStringList>{{u("30"), u("2020-01-01")}}
        << QStringList{u("1|||") + noneKnown} << QStringList{} << QStringList{};
}

void tst_ImportFramework::unknownColumnsIgnored()
{
    QFETCH(QStringList, headers);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QStringList, issues);
    QFETCH(QStringList, committed);
    QFETCH(QStringList, unread);
    Table table;
    table.headers = headers;
    table.rows = rows;
    ImportRun::Options options;
    options.unknownColumnsIgnored = true;
    MemoryTarget target;
    const auto result = ImportRun::run(columns(), options, table, target);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(describe(result.value()), issues);
    QCOMPARE(target.committed, committed);
    QCOMPARE(result.value().unreadColumns, unread);
    const QString text = result.value().toText();
    QCOMPARE(text.contains(u("Columns not read (the program does not use them): ") + unread.join(u("、"))), !unread.isEmpty());
}

void tst_ImportFramework::reportText()
{
    ImportReport report;
    report.rowsRead = 3;
    report.issues = {{4, u("电话"), QString(70, QLatin1Char('9')), QStringLiteral("too long")}, {2, {}, {}, QStringLiteral("whole row")}};
    const QStringList lines = report.toText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), qsizetype(3));
    QCOMPARE(lines.at(0), QStringLiteral("Nothing was imported: 2 problem(s) in 2 row(s) of the file (3 data rows read). "
                                         "Correct the file and import it again."));
    QCOMPARE(lines.at(1), QStringLiteral("Row 2: whole row"));
    QCOMPARE(lines.at(2), u("Row 4, column 电话 (\"") + QString(57, QLatin1Char('9')) + QStringLiteral("...\"): too long"));
    ImportReport good;
    good.rowsRead = 2;
    QCOMPARE(good.summary(), QStringLiteral("2 row(s) read, all imported."));
}

QTEST_GUILESS_MAIN(tst_ImportFramework)
#include "tst_importframework.moc"
