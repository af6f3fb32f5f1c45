// The module rules of docs/architecture.md held against the code: every #include under app/
// and ui/ must stay inside what its module may use (a workspace never includes another, nothing
// under app/ includes a Widgets header, ui/<workspace> uses its own module, commands and
// ui/common). A new folder under app/ or ui/ fails here until the rules name it.
#include "IncludeRules.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

class tst_IncludeRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rulesNameEveryFolder();
    void treeKeepsTheRules();
    void refusesForbiddenIncludes_data();
    void refusesForbiddenIncludes();
    void badRulesAreRefused_data();
    void badRulesAreRefused();

private:
    QString m_source;
    IncludeRules m_rules;
};

void tst_IncludeRules::initTestCase()
{
    m_source = qEnvironmentVariable("UD_TEST_SOURCE_DIR");
    QVERIFY2(!m_source.isEmpty(), "UD_TEST_SOURCE_DIR is not set");
    QFile doc(m_source + QStringLiteral("/docs/architecture.md"));
    QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
    QString error;
    QVERIFY2(m_rules.parse(QString::fromUtf8(doc.readAll()), &error), qPrintable(error));
    const QString qt = qEnvironmentVariable("UD_QT_HEADERS");
    QVERIFY2(!qt.isEmpty(), "UD_QT_HEADERS (Qt's include folder) is not set");
    const auto headers = IncludeRules::readQtHeaders(qt);
    QVERIFY2(headers.value(QStringLiteral("QWidget")) == QLatin1String("Widgets"), qPrintable(qt));
    QCOMPARE(headers.value(QStringLiteral("QSqlQuery")), QStringLiteral("Sql"));
    m_rules.setQtHeaders(headers);
}

void tst_IncludeRules::rulesNameEveryFolder()
{
    for (const char *top : {"app", "ui"}) {
        const QDir dir(m_source + QLatin1Char('/') + QLatin1String(top));
        const QStringList folders = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY(!folders.isEmpty());
        for (const QString &folder : folders) {
            const QString module = QLatin1String(top) == QLatin1String("ui") ? QStringLiteral("ui/") + folder : folder;
            QVERIFY2(m_rules.knows(module),
                     qPrintable(QStringLiteral("%1/%2 has no line in the rules of docs/architecture.md").arg(QLatin1String(top), folder)));
        }
    }
}

void tst_IncludeRules::treeKeepsTheRules()
{
    QStringList problems;
    int files = 0;
    int includes = 0;
    for (const char *top : {"app", "ui"}) {
        QDirIterator it(m_source + QLatin1Char('/') + QLatin1String(top), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            const QString text = QString::fromUtf8(f.readAll());
            includes += static_cast<int>(text.count(QStringLiteral("#include")));
            problems << m_rules.check(path.mid(m_source.size() + 1), text);
            ++files;
        }
    }
    qInfo("%d files, %d includes checked", files, includes);
    QVERIFY(files > 100); // the tree was found
    QVERIFY2(problems.isEmpty(), qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

// The checker itself, on made-up files: each of these must be refused (or, where `refused` is
// false, accepted) by the rules as docs/architecture.md states them.
void tst_IncludeRules::refusesForbiddenIncludes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("refused");

    QTest::newRow("core uses storage") << "app/core/X.cpp" << "#include \"storage/Database.h\"" << true;
    QTest::newRow("core uses QtSql") << "app/core/X.cpp" << "#include <QSqlQuery>" << true;
    QTest::newRow("core uses QtCore") << "app/core/X.cpp" << "#include <QString>" << false;
    QTest::newRow("storage uses a workspace") << "app/storage/X.cpp" << "#include \"mediation/MediationCase.h\"" << true;
    QTest::newRow("exchange uses storage") << "app/exchange/X.cpp" << "#include \"storage/Database.h\"" << true;
    QTest::newRow("register uses mediation") << "app/register/X.h" << "#include \"mediation/MediationCase.h\"" << true;
    QTest::newRow("mediation uses register") << "app/mediation/X.h" << "#include \"register/Register.h\"" << false;
    QTest::newRow("workspace uses widgets") << "app/mediation/X.cpp" << "#include <QWidget>" << true;
    QTest::newRow("workspace uses QtWidgets/") << "app/mediation/X.cpp" << "#  include <QtWidgets/QDialog>" << true;
    QTest::newRow("commands uses widgets") << "app/commands/X.cpp" << "#include <QMessageBox>" << true;
    QTest::newRow("app uses ui") << "app/cli/X.cpp" << "#include \"ui/shell/MainWindow.h\"" << true;
    QTest::newRow("ui workspace uses another") << "ui/mediation/X.cpp" << "#include \"ui/register/RegisterPage.h\"" << true;
    QTest::newRow("ui workspace uses common") << "ui/mediation/X.cpp" << "#include \"ui/common/CodeListCache.h\"" << false;
    QTest::newRow("ui common uses a workspace page") << "ui/common/X.cpp" << "#include \"ui/mediation/MediationPage.h\"" << true;
    QTest::newRow("ui register uses mediation") << "ui/register/X.cpp" << "#include \"mediation/MediationService.h\"" << true;
    QTest::newRow("shell uses the pages") << "ui/shell/X.cpp" << "#include \"ui/mediation/MediationPage.h\"" << false;
    QTest::newRow("unknown module") << "app/undeclared/X.cpp" << "#include <QString>" << true;
    QTest::newRow("system header") << "app/storage/X.cpp" << "#include <sodium.h>" << false;
}

void tst_IncludeRules::refusesForbiddenIncludes()
{
    QFETCH(QString, path);
    QFETCH(QString, line);
    QFETCH(bool, refused);
    const QStringList problems = m_rules.check(path, QStringLiteral("// a file\n") + line + QLatin1Char('\n'));
    QCOMPARE(!problems.isEmpty(), refused);
    if (refused)
        QVERIFY2(problems.first().contains(path), qPrintable(problems.first()));
}

void tst_IncludeRules::badRulesAreRefused_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("no block") << "# Architecture\nno rules here\n";
    QTest::newRow("unknown module used") << "```rules\ncore: Qt:Core\nstorage: core kore\n```\n";
    QTest::newRow("twice") << "```rules\ncore: Qt:Core\ncore: Qt:Gui\n```\n";
    QTest::newRow("no colon") << "```rules\ncore Qt:Core\n```\n";
}

void tst_IncludeRules::badRulesAreRefused()
{
    QFETCH(QString, markdown);
    IncludeRules rules;
    QString error;
    QVERIFY(!rules.parse(markdown, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_IncludeRules)
#include "tst_includerules.moc"
