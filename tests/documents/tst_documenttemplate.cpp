// Tests for ud::DocumentTemplate, the small template language of the printed documents.

#include "documents/DocumentTemplate.h"

#include <QtTest>

using ud::DocumentTemplate;

class tst_DocumentTemplate : public QObject
{
    Q_OBJECT

private slots:
    void render_data();
    void render();
    void errors_data();
    void errors();
    void missingFile();
};

void tst_DocumentTemplate::render_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariantHash>("values");
    QTest::addColumn<QString>("expected");

    const QVariantHash person{{QStringLiteral("name"), QStringLiteral("Zhang")}, {QStringLiteral("age"), 41}};
    const QVariantList people{QVariantHash{{QStringLiteral("name"), QStringLiteral("A")}},
                              QVariantHash{{QStringLiteral("name"), QStringLiteral("B")}}};

    QTest::newRow("plain text") << QStringLiteral("no placeholders") << QVariantHash() << QStringLiteral("no placeholders");
    QTest::newRow("value") << QStringLiteral("Hello {{name}}!") << person << QStringLiteral("Hello Zhang!");
    QTest::newRow("spaces inside braces") << QStringLiteral("{{ name }}") << person << QStringLiteral("Zhang");
    QTest::newRow("number") << QStringLiteral("{{age}}") << person << QStringLiteral("41");
    QTest::newRow("escaped") << QStringLiteral("<p>{{name}}</p>")
                             << QVariantHash{{QStringLiteral("name"), QStringLiteral("<script>alert(\"x\")</script> & co")}}
                             << QStringLiteral("<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co</p>");
    QTest::newRow("line breaks") << QStringLiteral("{{t}}") << QVariantHash{{QStringLiteral("t"), QStringLiteral("a\nb\r\nc")}}
                                 << QStringLiteral("a<br/>b<br/>c");
    QTest::newRow("comment") << QStringLiteral("a{{! not shown {{ }}b") << QVariantHash() << QStringLiteral("ab");
    QTest::newRow("true section") << QStringLiteral("{{#on}}yes{{/on}}{{^on}}no{{/on}}")
                                  << QVariantHash{{QStringLiteral("on"), true}} << QStringLiteral("yes");
    QTest::newRow("false section") << QStringLiteral("{{#on}}yes{{/on}}{{^on}}no{{/on}}")
                                   << QVariantHash{{QStringLiteral("on"), false}} << QStringLiteral("no");
    QTest::newRow("text section") << QStringLiteral("{{#t}}[{{t}}]{{/t}}{{^t}}none{{/t}}")
                                  << QVariantHash{{QStringLiteral("t"), QStringLiteral("x")}} << QStringLiteral("[x]");
    QTest::newRow("empty text section") << QStringLiteral("{{#t}}[{{t}}]{{/t}}{{^t}}none{{/t}}")
                                        << QVariantHash{{QStringLiteral("t"), QString()}} << QStringLiteral("none");
    QTest::newRow("list") << QStringLiteral("{{#people}}<{{name}}>{{/people}}")
                          << QVariantHash{{QStringLiteral("people"), people}} << QStringLiteral("<A><B>");
    QTest::newRow("empty list") << QStringLiteral("{{#people}}x{{/people}}{{^people}}nobody{{/people}}")
                                << QVariantHash{{QStringLiteral("people"), QVariantList()}} << QStringLiteral("nobody");
    QTest::newRow("outer values inside a list")
        << QStringLiteral("{{#people}}{{name}}@{{place}} {{/people}}")
        << QVariantHash{{QStringLiteral("people"), people}, {QStringLiteral("place"), QStringLiteral("P")}}
        << QStringLiteral("A@P B@P ");
    QTest::newRow("inner value shadows outer")
        << QStringLiteral("{{name}}:{{#people}}{{name}}{{/people}}")
        << QVariantHash{{QStringLiteral("people"), people}, {QStringLiteral("name"), QStringLiteral("outer")}}
        << QStringLiteral("outer:AB");
    QTest::newRow("map section") << QStringLiteral("{{#p}}{{name}}{{/p}}")
                                 << QVariantHash{{QStringLiteral("p"), person}} << QStringLiteral("Zhang");
    QTest::newRow("nested sections of the same name")
        << QStringLiteral("{{#a}}1{{#a}}2{{/a}}3{{/a}}") << QVariantHash{{QStringLiteral("a"), true}}
        << QStringLiteral("123");
    QTest::newRow("user text is not a placeholder")
        << QStringLiteral("{{t}}") << QVariantHash{{QStringLiteral("t"), QStringLiteral("{{secret}}")}}
        << QStringLiteral("{{secret}}");
}

void tst_DocumentTemplate::render()
{
    QFETCH(QString, text);
    QFETCH(QVariantHash, values);
    QFETCH(QString, expected);
    const ud::Result<QString> out = DocumentTemplate::render(text, values, QStringLiteral("test"));
    QVERIFY2(out.ok(), qPrintable(out.error()));
    QCOMPARE(out.value(), expected);
}

void tst_DocumentTemplate::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unknown placeholder") << QStringLiteral("{{nmae}}") << QStringLiteral("nmae");
    QTest::newRow("unknown section") << QStringLiteral("{{#nope}}{{/nope}}") << QStringLiteral("nope");
    QTest::newRow("unclosed braces") << QStringLiteral("a {{name") << QStringLiteral("}}");
    QTest::newRow("unclosed section") << QStringLiteral("{{#on}}x") << QStringLiteral("on");
    QTest::newRow("wrong close") << QStringLiteral("{{#on}}x{{/off}}") << QStringLiteral("off");
    QTest::newRow("stray close") << QStringLiteral("x{{/on}}") << QStringLiteral("on");
    QTest::newRow("empty placeholder") << QStringLiteral("{{ }}") << QStringLiteral("tpl.html");
}

void tst_DocumentTemplate::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const QVariantHash values{{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("on"), true}};
    const ud::Result<QString> out = DocumentTemplate::render(text, values, QStringLiteral("tpl.html"));
    QVERIFY(!out.ok());
    QVERIFY2(out.error().contains(mentions), qPrintable(out.error()));
    QVERIFY(out.error().contains(QStringLiteral("tpl.html")));
}

void tst_DocumentTemplate::missingFile()
{
    const ud::Result<QString> out = DocumentTemplate::load(QStringLiteral(":/templates/mediation/nope.html"));
    QVERIFY(!out.ok());
    QVERIFY(out.error().contains(QStringLiteral("nope.html")));
}

QTEST_GUILESS_MAIN(tst_DocumentTemplate)
#include "tst_documenttemplate.moc"
