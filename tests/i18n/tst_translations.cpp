// Tests for the Chinese catalogue translations/uniondesk_zh_CN.ts and the loader ud::installTranslations:
// every message is translated with its placeholders, accelerators and markup intact; the catalogue
// holds every string of the sources (lupdate is re-run on a copy); the compiled catalogue loads and
// can be switched off again at run time.

#include "Translations.h"

#include <QtTest>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;     // disambiguation
    QString translation; // or the forms joined by '\n' for numerus messages
    QStringList numerusForms;
    QString type; // the translation's type attribute ("unfinished", "obsolete", "vanished" or empty)
    bool numerus = false;

    QString label() const { return QStringLiteral("[%1] \"%2\"").arg(context, source); }
    QStringList forms() const { return numerus ? numerusForms : QStringList{translation}; }
};

struct TsFile
{
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage *message = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            message = nullptr;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name") && !message) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            ts.messages.append(TsMessage());
            message = &ts.messages.last();
            message->context = context;
            message->numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (message && name == QLatin1String("source")) {
            message->source = xml.readElementText();
        } else if (message && name == QLatin1String("comment")) {
            message->comment = xml.readElementText();
        } else if (message && name == QLatin1String("translation")) {
            message->type = xml.attributes().value(QLatin1String("type")).toString();
            if (message->numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message->numerusForms << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
                message->translation = message->numerusForms.join(QLatin1Char('\n'));
            } else {
                message->translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

// %1..%9 and %n (also in their %L1 / %Ln forms), as a set.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?([1-9]|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(QLatin1Char('%') + it.next().captured(1));
    return found;
}

QString sortedJoin(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.join(QLatin1Char(' '));
}

// "&File" has an accelerator, "&&" and "a & b" do not.
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(?<!&)&[^&\\s]"));
    return re.match(text).hasMatch();
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("</?[A-Za-z][A-Za-z0-9]*\\b[^<>]*>"));
    QStringList tags;
    for (auto it = re.globalMatch(text); it.hasNext();)
        tags << it.next().captured(0);
    tags.sort();
    return tags;
}

QString sourceDir()
{
    return qEnvironmentVariable("UD_TEST_SOURCE_DIR");
}

QString tsPath()
{
    return sourceDir() + QStringLiteral("/translations/uniondesk_zh_CN.ts");
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void everyMessageTranslated();
    void placeholdersKept();
    void acceleratorsKept();
    void markupKept();
    void inSyncWithSources();
    void runtimeChinese();
    void runtimeWholeCatalogue();
    void runtimeBackToEnglish();
    void cliSpeaksChinese();

private:
    TsFile m_ts;
};

void tst_Translations::initTestCase()
{
    QVERIFY2(!sourceDir().isEmpty(), "UD_TEST_SOURCE_DIR (the repository root) is not set");
    m_ts = readTs(tsPath());
    QVERIFY2(m_ts.error.isEmpty(), qPrintable(m_ts.error));
    QVERIFY2(m_ts.messages.size() > 100, qPrintable(QStringLiteral("only %1 messages in %2")
                                                         .arg(m_ts.messages.size())
                                                         .arg(tsPath())));
    qInfo("%lld messages in %s", static_cast<long long>(m_ts.messages.size()), qPrintable(tsPath()));
}

void tst_Translations::cleanup()
{
    ud::installTranslations(QStringLiteral("en"));
}

void tst_Translations::everyMessageTranslated()
{
    QStringList problems;
    for (const TsMessage &m : std::as_const(m_ts.messages)) {
        if (!m.type.isEmpty())
            problems << QStringLiteral("%1: translation is marked type=\"%2\"").arg(m.label(), m.type);
        else if (m.numerus && m.numerusForms.isEmpty())
            problems << QStringLiteral("%1: numerus message without <numerusform>").arg(m.label());
        for (const QString &form : m.forms()) {
            if (form.trimmed().isEmpty()) {
                problems << QStringLiteral("%1: empty translation").arg(m.label());
                break;
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

void tst_Translations::placeholdersKept()
{
    QStringList problems;
    for (const TsMessage &m : std::as_const(m_ts.messages)) {
        const QSet<QString> expected = placeholders(m.source);
        for (const QString &form : m.forms()) {
            const QSet<QString> actual = placeholders(form);
            if (actual != expected)
                problems << QStringLiteral("%1: placeholders {%2} in the source, {%3} in \"%4\"")
                                .arg(m.label(), sortedJoin(expected), sortedJoin(actual), form);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

void tst_Translations::acceleratorsKept()
{
    QStringList problems;
    for (const TsMessage &m : std::as_const(m_ts.messages)) {
        if (!hasAccelerator(m.source))
            continue;
        for (const QString &form : m.forms()) {
            if (!hasAccelerator(form))
                problems << QStringLiteral("%1: the accelerator is missing in \"%2\"").arg(m.label(), form);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

// HTML tags, "…" and the line structure of multi-line texts (CLI help, message boxes) survive.
void tst_Translations::markupKept()
{
    QStringList problems;
    const QChar ellipsis(0x2026);
    for (const TsMessage &m : std::as_const(m_ts.messages)) {
        for (const QString &form : m.forms()) {
            if (htmlTags(form) != htmlTags(m.source))
                problems << QStringLiteral("%1: HTML tags differ in \"%2\"").arg(m.label(), form);
            if (m.source.endsWith(ellipsis) && !form.endsWith(ellipsis))
                problems << QStringLiteral("%1: the trailing \"…\" is missing in \"%2\"").arg(m.label(), form);
            if (m.source.count(QLatin1Char('\n')) != form.count(QLatin1Char('\n')))
                problems << QStringLiteral("%1: %2 line breaks in the source, %3 in \"%4\"")
                                .arg(m.label())
                                .arg(m.source.count(QLatin1Char('\n')))
                                .arg(form.count(QLatin1Char('\n')))
                                .arg(form);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

// lupdate on the sources, into a copy of the committed catalogue, must find nothing new to translate.
void tst_Translations::inSyncWithSources()
{
    const QString lupdate = qEnvironmentVariable("UD_LUPDATE");
    if (lupdate.isEmpty())
        QSKIP("UD_LUPDATE is not set (run the test through ctest)");
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString copy = dir.filePath(QStringLiteral("uniondesk_zh_CN.ts"));
    QVERIFY(QFile::copy(tsPath(), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    const QString root = sourceDir();
    QProcess process;
    process.setWorkingDirectory(root);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate, {QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("-I"), QStringLiteral("app"),
                            QStringLiteral("-I"), QStringLiteral("."), QStringLiteral("-I"),
                            QStringLiteral("translations"), QStringLiteral("-no-obsolete"),
                            QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-ts"), copy});
    QVERIFY2(process.waitForFinished(120000), qPrintable(lupdate + QStringLiteral(": ") + process.errorString()));
    const QString output = QString::fromLocal8Bit(process.readAll());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(QStringLiteral("lupdate failed:\n") + output));

    const TsFile fresh = readTs(copy);
    QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
    QVERIFY2(!fresh.messages.isEmpty(), qPrintable(QStringLiteral("lupdate found no messages:\n") + output));

    QStringList untranslated;
    QSet<QString> current;
    for (const TsMessage &m : fresh.messages) {
        current.insert(m.context + QLatin1Char('\x1f') + m.source + QLatin1Char('\x1f') + m.comment);
        bool empty = m.forms().isEmpty();
        for (const QString &form : m.forms())
            empty = empty || form.isEmpty();
        if (m.type == QLatin1String("unfinished") || empty)
            untranslated << m.label();
    }
    // Strings the sources no longer have only make the catalogue larger; report them, don't fail.
    for (const TsMessage &m : std::as_const(m_ts.messages)) {
        if (!current.contains(m.context + QLatin1Char('\x1f') + m.source + QLatin1Char('\x1f') + m.comment))
            qWarning("no longer in the sources (run update_translations to drop it): %s", qPrintable(m.label()));
    }
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(QStringLiteral("\n%1 source string(s) missing from or untranslated in "
                                       "translations/uniondesk_zh_CN.ts; run `cmake --build <build> --target "
                                       "update_translations` and translate them:\n")
                            .arg(untranslated.size())
                        + untranslated.join(QLatin1Char('\n'))));
}

void tst_Translations::runtimeChinese()
{
    QCOMPARE(ud::installTranslations(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    QCOMPARE(QCoreApplication::translate("ud::MainWindow", "&File"), QStringLiteral("文件(&F)"));
    QCOMPARE(QCoreApplication::translate("Database", "No database is open."), QStringLiteral("尚未打开数据库。"));
    QCOMPARE(QCoreApplication::translate("NodeIdentity", "Street/township union"), QStringLiteral("街道（乡镇）工会"));
    QCOMPARE(QCoreApplication::translate("CliApp", "Check found %n problem(s):", nullptr, 3),
             QStringLiteral("检查发现 3 个问题："));
    // Calling it again replaces, rather than stacks, the translators.
    QCOMPARE(ud::installTranslations(QStringLiteral("zh")), QStringLiteral("zh_CN"));
    QCOMPARE(QCoreApplication::translate("ud::MainWindow", "&File"), QStringLiteral("文件(&F)"));
}

// The embedded .qm is the committed .ts: every message comes out as written there.
void tst_Translations::runtimeWholeCatalogue()
{
    ud::installTranslations(QStringLiteral("zh_CN"));
    QStringList problems;
    for (const TsMessage &m : std::as_const(m_ts.messages)) {
        if (!m.type.isEmpty())
            continue;
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const char *disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
        const QString expected = m.numerus ? m.numerusForms.value(0) : m.translation;
        QString actual = QCoreApplication::translate(context.constData(), source.constData(), disambiguation,
                                                     m.numerus ? 7 : -1);
        if (m.numerus)
            actual.replace(QLatin1Char('7'), QStringLiteral("%n"));
        if (actual != expected)
            problems << QStringLiteral("%1: got \"%2\", the .ts has \"%3\"").arg(m.label(), actual, expected);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

void tst_Translations::runtimeBackToEnglish()
{
    ud::installTranslations(QStringLiteral("zh_CN"));
    QCOMPARE(QCoreApplication::translate("ud::MainWindow", "&File"), QStringLiteral("文件(&F)"));
    QCOMPARE(ud::installTranslations(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("ud::MainWindow", "&File"), QStringLiteral("&File"));
    QCOMPARE(QCoreApplication::translate("Database", "No database is open."), QStringLiteral("No database is open."));
    QCOMPARE(QLocale().language(), QLocale::English);
}

void tst_Translations::cliSpeaksChinese()
{
    const QString cli = qEnvironmentVariable("UD_CLI");
    if (cli.isEmpty() || !QFileInfo::exists(cli))
        QSKIP("UD_CLI is not set or not built");
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString db = dir.filePath(QStringLiteral("none.db"));
    const auto run = [&](const QStringList &args, QString *out) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("UNIONDESK_LANG"));
        process.setProcessEnvironment(env);
        process.start(cli, QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--db"), db}
                               + args);
        if (!process.waitForFinished(60000))
            return -1;
        *out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return process.exitCode();
    };
    QString out;
    QCOMPARE(run({QStringLiteral("--help")}, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("用法：")) && out.contains(QStringLiteral("命令：")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("校验居民身份证号码或统一社会信用代码")), qPrintable(out));
    QCOMPARE(run({QStringLiteral("validate"), QStringLiteral("id"), QStringLiteral("11010519491231002X")}, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("居民身份证号码有效。")) && out.contains(QStringLiteral("性别：女")),
             qPrintable(out));
    QCOMPARE(run({QStringLiteral("validate"), QStringLiteral("id"), QStringLiteral("110105194912310021")}, &out), 1);
    QVERIFY2(out.contains(QStringLiteral("校验码应为 X，而不是 1。")), qPrintable(out));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
