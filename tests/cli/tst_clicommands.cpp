// Tests for the table of uniondesk-cli's commands (CliCommands), against the real binary (UD_CLI):
// --help shows the help of every command of the table, in the table's order; `COMMAND --help`
// shows that command's help; a word that names no command is a usage error (CliExit::Usage).

#include "cli/CliCommands.h"
#include "cli/CliExit.h"
#include "cli/CliProcess.h"

#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ud;

using udtest::CliRun;

class tst_CliCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tableIsWellFormed();
    void helpListsEveryCommand();
    void commandHelp();
    void unknownCommand_data();
    void unknownCommand();

private:
    CliRun run(const QStringList &args) { return udtest::runCli(m_cli, m_home.path(), m_home.path(), args); }

    QString m_cli;
    QTemporaryDir m_home;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

void tst_CliCommands::initTestCase()
{
    m_cli = qEnvironmentVariable("UD_CLI");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), "UD_CLI names the uniondesk-cli binary");
    QVERIFY(m_home.isValid());
    m_commands = CliCommands::all();
    QVERIFY(!m_commands.empty());
}

void tst_CliCommands::tableIsWellFormed()
{
    QSet<QString> names;
    for (const auto &command : m_commands) {
        const QString name = command->name();
        QVERIFY2(!names.contains(name), qPrintable(QStringLiteral("\"%1\" is in the table twice").arg(name)));
        names.insert(name);
        // Each block of --help starts with the command it describes.
        QVERIFY2(command->help().startsWith(QStringLiteral("  ") + name + QLatin1Char(' ')), qPrintable(command->help()));
        QVERIFY2(!command->help().endsWith(QLatin1Char('\n')), qPrintable(name));
    }
}

void tst_CliCommands::helpListsEveryCommand()
{
    const QStringList args{QStringLiteral("--help")};
    const CliRun r = run(args);
    udtest::verifyCliStreams(r, static_cast<int>(CliExit::Ok), args);
    qsizetype last = -1;
    for (const auto &command : m_commands) {
        const qsizetype at = r.out.indexOf(command->help() + QLatin1Char('\n'));
        QVERIFY2(at >= 0, qPrintable(QStringLiteral("--help lacks \"%1\":\n%2").arg(command->name(), r.out)));
        QVERIFY2(at > last, qPrintable(QStringLiteral("\"%1\" is out of the table's order").arg(command->name())));
        last = at;
    }
}

void tst_CliCommands::commandHelp()
{
    for (const auto &command : m_commands) {
        for (const char *option : {"--help", "-h"}) {
            QStringList args = command->name().split(QLatin1Char(' '));
            args << QString::fromLatin1(option);
            const CliRun r = run(args);
            udtest::verifyCliStreams(r, static_cast<int>(CliExit::Ok), args);
            QCOMPARE(r.out, command->usageLine() + QLatin1Char('\n') + command->help() + QLatin1Char('\n'));
        }
    }
}

void tst_CliCommands::unknownCommand_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown word") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("a command's name with more") << QStringList{QStringLiteral("imports")};
    QTest::newRow("the second word alone") << QStringList{QStringLiteral("cases"), QStringLiteral("x.csv")};
    QTest::newRow("with --db") << QStringList{QStringLiteral("--db"), QStringLiteral("x.db"), QStringLiteral("frobnicate"),
                                              QStringLiteral("--help")};
}

void tst_CliCommands::unknownCommand()
{
    QFETCH(QStringList, args);
    const CliRun r = run(args);
    udtest::verifyCliStreams(r, static_cast<int>(CliExit::Usage), args);
    QCOMPARE(static_cast<int>(CliExit::Usage), 2); // the number scripts rely on
    QVERIFY2(r.err.contains(QStringLiteral("Unknown command")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("--help")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(m_home.filePath(QStringLiteral("x.db"))));
}

QTEST_GUILESS_MAIN(tst_CliCommands)
#include "tst_clicommands.moc"
