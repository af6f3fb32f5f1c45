// Tests for ud::CanonicalJson: its text must be byte for byte what
// QJsonDocument(...).toJson(QJsonDocument::Compact) writes, because the audit hash chain is
// computed over that text and the chains of existing databases must keep verifying.

#include "core/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <limits>

using ud::CanonicalJson;

namespace {

QString fromUtf16(std::initializer_list<char16_t> units)
{
    return QString(reinterpret_cast<const QChar *>(units.begin()), static_cast<qsizetype>(units.size()));
}

QByteArray qtCompact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray qtCompact(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

// Every control character, the characters JSON escapes, and the edges of the UTF-8 lengths.
QString allAsciiAndEdges()
{
    QString s;
    for (char16_t u = 0; u < 0x80; ++u)
        s.append(QChar(u));
    for (char16_t u : {0x80, 0xff, 0x100, 0x7ff, 0x800, 0xfffd, 0xfffe, 0xffff, 0xfdd0, 0x2028, 0x2029, 0xfeff})
        s.append(QChar(u));
    return s;
}

} // namespace

class tst_CanonicalJson : public QObject
{
    Q_OBJECT

private slots:
    void strings_data();
    void strings();
    void numbers_data();
    void numbers();
    void variants_data();
    void variants();
    void nested();
    void keyOrder_data();
    void keyOrder();
    void auditChangesShape();
    void appendsToExistingText();
    void utf8Strings_data();
    void utf8Strings();
    void randomUtf8Strings();
};

void tst_CanonicalJson::strings_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("empty, not null") << QStringLiteral("");
    QTest::newRow("plain") << QStringLiteral("abc 123");
    QTest::newRow("quotes and backslash") << QStringLiteral("say \"hi\" \\ back\\slash \\\"");
    QTest::newRow("slash") << QStringLiteral("a/b </script>");
    QTest::newRow("named escapes") << QStringLiteral("\b\f\n\r\t");
    QTest::newRow("nul") << fromUtf16({u'a', 0x0000, u'b'});
    QTest::newRow("control chars") << fromUtf16({0x01, 0x1f, 0x0b, 0x7f, 0x1b});
    QTest::newRow("all ASCII and edges") << allAsciiAndEdges();
    QTest::newRow("chinese") << QStringLiteral("北京市朝阳区华信科技有限公司工会委员会");
    QTest::newRow("latin-1") << QStringLiteral("Ünïcödé ßøñ €");
    QTest::newRow("emoji (surrogate pair)") << QStringLiteral("工会 😀 𠀀 end");
    QTest::newRow("lone high surrogate") << fromUtf16({u'a', 0xd83d, u'b'});
    QTest::newRow("lone high surrogate at end") << fromUtf16({u'a', 0xd83d});
    QTest::newRow("lone low surrogate") << fromUtf16({u'a', 0xde00, u'b'});
    QTest::newRow("lone low surrogate at end") << fromUtf16({u'a', 0xde00});
    QTest::newRow("reversed pair") << fromUtf16({0xde00, 0xd83d});
    QTest::newRow("two high then low") << fromUtf16({0xd83d, 0xd83d, 0xde00});
    QTest::newRow("non-characters") << fromUtf16({0xfffe, 0xffff, 0xd83f, 0xdffe});
    QTest::newRow("long") << QStringLiteral("长\"\n").repeated(500);
}

void tst_CanonicalJson::strings()
{
    QFETCH(QString, text);
    // As an object key and as a value, in an array and alone.
    const QJsonObject o{{text, text}};
    QCOMPARE(CanonicalJson::fromObject(o), qtCompact(o));
    const QJsonArray a{text, QJsonValue(QJsonValue::Null), text};
    QCOMPARE(CanonicalJson::fromArray(a), qtCompact(a));
    QByteArray direct;
    CanonicalJson::appendString(direct, text);
    QCOMPARE(QByteArray('[' + direct + ']'), qtCompact(QJsonArray{text}));
    QByteArray viaVariant;
    CanonicalJson::appendVariant(viaVariant, QVariant(text));
    QCOMPARE(QByteArray('[' + viaVariant + ']'), qtCompact(QJsonArray{QJsonValue::fromVariant(QVariant(text))}));
}

void tst_CanonicalJson::numbers_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("0") << QJsonValue(0);
    QTest::newRow("-1") << QJsonValue(-1);
    QTest::newRow("int max") << QJsonValue(std::numeric_limits<int>::max());
    QTest::newRow("int min") << QJsonValue(std::numeric_limits<int>::min());
    QTest::newRow("2^53 + 1") << QJsonValue(qint64(9007199254740993LL));
    QTest::newRow("qint64 max") << QJsonValue(std::numeric_limits<qint64>::max());
    QTest::newRow("qint64 min") << QJsonValue(std::numeric_limits<qint64>::min());
    QTest::newRow("0.0") << QJsonValue(0.0);
    QTest::newRow("-0.0") << QJsonValue(-0.0);
    QTest::newRow("1.0") << QJsonValue(1.0);
    QTest::newRow("0.1") << QJsonValue(0.1);
    QTest::newRow("1/3") << QJsonValue(1.0 / 3.0);
    QTest::newRow("1e21") << QJsonValue(1e21);
    QTest::newRow("1e-7") << QJsonValue(1e-7);
    QTest::newRow("123456.789") << QJsonValue(123456.789);
    QTest::newRow("2^63 as double") << QJsonValue(9223372036854775808.0);
    QTest::newRow("double max") << QJsonValue(std::numeric_limits<double>::max());
    QTest::newRow("double denorm min") << QJsonValue(std::numeric_limits<double>::denorm_min());
    QTest::newRow("inf") << QJsonValue(std::numeric_limits<double>::infinity());
    QTest::newRow("-inf") << QJsonValue(-std::numeric_limits<double>::infinity());
    QTest::newRow("nan") << QJsonValue(std::numeric_limits<double>::quiet_NaN());
    QTest::newRow("true") << QJsonValue(true);
    QTest::newRow("false") << QJsonValue(false);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined);
}

void tst_CanonicalJson::numbers()
{
    QFETCH(QJsonValue, value);
    const QJsonArray a{value};
    QCOMPARE(CanonicalJson::fromArray(a), qtCompact(a));
    const QJsonObject o{{QStringLiteral("v"), value}};
    QCOMPARE(CanonicalJson::fromObject(o), qtCompact(o));
}

void tst_CanonicalJson::variants_data()
{
    // What a record's QVariantMap can hold (form fields, importer cells, query values).
    QTest::addColumn<QVariant>("value");
    QTest::newRow("invalid") << QVariant();
    QTest::newRow("null QString") << QVariant(QString());
    QTest::newRow("empty QString") << QVariant(QStringLiteral(""));
    QTest::newRow("QString") << QVariant(QStringLiteral("北京 \"x\"\n"));
    QTest::newRow("null int") << QVariant(QMetaType(QMetaType::Int));
    QTest::newRow("int") << QVariant(42);
    QTest::newRow("negative int") << QVariant(-7);
    QTest::newRow("int max") << QVariant(std::numeric_limits<int>::max());
    QTest::newRow("qlonglong") << QVariant(qlonglong(1732190000123LL));
    QTest::newRow("qlonglong 2^53+1") << QVariant(qlonglong(9007199254740993LL));
    QTest::newRow("qlonglong max") << QVariant(std::numeric_limits<qlonglong>::max());
    QTest::newRow("qlonglong min") << QVariant(std::numeric_limits<qlonglong>::min());
    QTest::newRow("uint") << QVariant(4000000000U);
    QTest::newRow("qulonglong big") << QVariant(qulonglong(18446744073709551615ULL));
    QTest::newRow("bool true") << QVariant(true);
    QTest::newRow("bool false") << QVariant(false);
    QTest::newRow("double") << QVariant(2.5);
    QTest::newRow("double integral") << QVariant(3.0);
    QTest::newRow("float") << QVariant(0.1f);
    QTest::newRow("date") << QVariant(QDate(2026, 11, 21));
    QTest::newRow("datetime") << QVariant(QDateTime(QDate(2026, 11, 21), QTime(14, 3, 0, 120), Qt::UTC));
    QTest::newRow("bytearray") << QVariant(QByteArray("raw\x01bytes"));
    QTest::newRow("string list") << QVariant(QStringList{QStringLiteral("a"), QStringLiteral("\"b\"")});
    QTest::newRow("variant map")
        << QVariant(QVariantMap{{QStringLiteral("z"), 1}, {QStringLiteral("a"), QStringLiteral("x")}});
    QTest::newRow("nullptr") << QVariant::fromValue(nullptr);
}

void tst_CanonicalJson::variants()
{
    QFETCH(QVariant, value);
    // The audit path writes a null QVariant as null and anything else as fromVariant would.
    const QJsonValue expected = value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(value);
    QByteArray written;
    CanonicalJson::appendVariant(written, value);
    QCOMPARE(QByteArray('[' + written + ']'), qtCompact(QJsonArray{expected}));
}

void tst_CanonicalJson::nested()
{
    QJsonObject inner{{QStringLiteral("b"), QJsonArray{1, 2.5, QStringLiteral("x"), true, QJsonValue()}},
                      {QStringLiteral("a"), QJsonObject{}}};
    QJsonObject o{{QStringLiteral("list"), QJsonArray{QJsonArray{}, QJsonArray{QJsonArray{}}, inner}},
                  {QStringLiteral("obj"), inner},
                  {QStringLiteral("empty"), QJsonObject{}},
                  {QStringLiteral("n"), QJsonValue(QJsonValue::Null)}};
    QCOMPARE(CanonicalJson::fromObject(o), qtCompact(o));
    QCOMPARE(CanonicalJson::fromObject(QJsonObject{}), qtCompact(QJsonObject{}));
    QCOMPARE(CanonicalJson::fromArray(QJsonArray{}), qtCompact(QJsonArray{}));
    // Parsed text comes back identical (what AuditLog::forRecord reads and a verifier rewrites).
    const QByteArray text = CanonicalJson::fromObject(o);
    QCOMPARE(CanonicalJson::fromObject(QJsonDocument::fromJson(text).object()), text);
}

void tst_CanonicalJson::keyOrder_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("columns") << QStringList{QStringLiteral("tier"), QStringLiteral("code"), QStringLiteral("short_name"),
                                            QStringLiteral("name"), QStringLiteral("parent_code"), QStringLiteral("org_unit")};
    QTest::newRow("prefixes and case") << QStringList{QStringLiteral("ab"), QStringLiteral("a"), QStringLiteral("B"),
                                                      QStringLiteral("_x"), QStringLiteral("a_b"), QStringLiteral("a0"),
                                                      QStringLiteral("")};
    // Above the surrogates, UTF-16 order and code point order differ.
    QTest::newRow("bmp vs supplementary") << QStringList{QStringLiteral("\uff21"), QStringLiteral("😀"), QStringLiteral("\ue000"),
                                                         QStringLiteral("工会"), QStringLiteral("é"), QStringLiteral("z")};
}

void tst_CanonicalJson::keyOrder()
{
    QFETCH(QStringList, keys);
    QJsonObject o;
    int n = 0;
    for (const QString &k : std::as_const(keys))
        o.insert(k, ++n);
    QCOMPARE(CanonicalJson::fromObject(o), qtCompact(o));

    // Keys sorted with keyLess and written one by one give the same text as the QJsonObject.
    QStringList sorted = keys;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return CanonicalJson::keyLess(a, b); });
    QByteArray written = "{";
    for (const QString &k : std::as_const(sorted)) {
        if (written.size() > 1)
            written += ',';
        CanonicalJson::appendString(written, k);
        written += ':';
        CanonicalJson::appendValue(written, o.value(k));
    }
    written += '}';
    QCOMPARE(written, qtCompact(o));
}

void tst_CanonicalJson::auditChangesShape()
{
    // The shape RecordStore writes: {"field": [before, after]}.
    QJsonObject o;
    o.insert(QStringLiteral("name"), QJsonArray{QJsonValue(QJsonValue::Null), QStringLiteral("北京市朝阳区\"华信\"工会")});
    o.insert(QStringLiteral("sort_order"), QJsonArray{QJsonValue(QJsonValue::Null), 1});
    o.insert(QStringLiteral("active"), QJsonArray{1, 0});
    o.insert(QStringLiteral("password_hash"), QJsonArray{QJsonValue(QJsonValue::Null), QStringLiteral("(secret)")});
    o.insert(QStringLiteral("note"), QJsonArray{QStringLiteral("line\nbreak\t"), QJsonValue(QJsonValue::Null)});
    QCOMPARE(CanonicalJson::fromObject(o), qtCompact(o));
}

void tst_CanonicalJson::appendsToExistingText()
{
    QByteArray out = "prefix:";
    CanonicalJson::appendString(out, QStringLiteral("工"));
    CanonicalJson::appendVariant(out, QVariant(5));
    QCOMPARE(out, QByteArray("prefix:\"\xe5\xb7\xa5\"5"));
}

QTEST_GUILESS_MAIN(tst_CanonicalJson)
// appendUtf8String writes what appendString writes for the same text read from UTF-8, and
// refuses bytes that are not UTF-8 (which QString::fromUtf8 would turn into U+FFFD).
void tst_CanonicalJson::utf8Strings_data()
{
    QTest::addColumn<QByteArray>("utf8");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("every ASCII character and the edges") << allAsciiAndEdges().toUtf8() << true;
    QTest::newRow("chinese") << QStringLiteral("朝阳区八里庄街道调字〔2024〕第1号").toUtf8() << true;
    QTest::newRow("emoji (4 bytes)") << QByteArray("\xf0\x9f\x98\x80") << true;
    QTest::newRow("U+10FFFF") << QByteArray("\xf4\x8f\xbf\xbf") << true;
    QTest::newRow("U+D7FF") << QByteArray("\xed\x9f\xbf") << true;
    QTest::newRow("U+E000") << QByteArray("\xee\x80\x80") << true;
    QTest::newRow("nul and controls") << QByteArray("a\0b\x01\x1f\x7f", 6) << true;
    QTest::newRow("lone continuation byte") << QByteArray("a\x80" "b") << false;
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << false;
    QTest::newRow("overlong 3 bytes") << QByteArray("\xe0\x80\xaf") << false;
    QTest::newRow("overlong 4 bytes") << QByteArray("\xf0\x80\x80\xaf") << false;
    QTest::newRow("surrogate D800 (CESU)") << QByteArray("\xed\xa0\x80") << false;
    QTest::newRow("surrogate DFFF") << QByteArray("\xed\xbf\xbf") << false;
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << false;
    QTest::newRow("F5 lead byte") << QByteArray("\xf5\x80\x80\x80") << false;
    QTest::newRow("cut off at the end") << QByteArray("ab\xe6\x9c") << false;
    QTest::newRow("ASCII inside a sequence") << QByteArray("\xe6" "a\x9c") << false;
    QTest::newRow("FF") << QByteArray("\xff") << false;
}

void tst_CanonicalJson::utf8Strings()
{
    QFETCH(QByteArray, utf8);
    QFETCH(bool, valid);
    QByteArray out = "x";
    QCOMPARE(CanonicalJson::appendUtf8String(out, utf8), valid);
    if (!valid) {
        QCOMPARE(out, QByteArray("x"));
        return;
    }
    QByteArray expected = "x";
    CanonicalJson::appendString(expected, QString::fromUtf8(utf8));
    QCOMPARE(out, expected);
    QCOMPARE(out.mid(1), qtCompact(QJsonArray{QString::fromUtf8(utf8)}).chopped(1).mid(1));
}

void tst_CanonicalJson::randomUtf8Strings()
{
    // Random code points of every length, and random bytes: valid text is written as Qt writes
    // it; whatever is refused is indeed not what QString::fromUtf8 reads back unchanged.
    QRandomGenerator random(20261207);
    for (int round = 0; round < 2000; ++round) {
        QString text;
        const int length = random.bounded(1, 40);
        for (int i = 0; i < length; ++i) {
            char32_t c = 0;
            switch (random.bounded(4)) {
            case 0: c = random.bounded(0x80); break;
            case 1: c = random.bounded(0x80, 0x800); break;
            case 2: c = random.bounded(0x800, 0x10000); break;
            default: c = random.bounded(0x10000, 0x110000); break;
            }
            if (c >= 0xd800 && c <= 0xdfff)
                c = 0xfffd;
            text.append(QString::fromUcs4(&c, 1));
        }
        QByteArray out, expected;
        QVERIFY(CanonicalJson::appendUtf8String(out, text.toUtf8()));
        CanonicalJson::appendString(expected, text);
        QCOMPARE(out, expected);

        QByteArray bytes;
        for (int i = 0; i < length; ++i)
            bytes.append(static_cast<char>(random.bounded(256)));
        QByteArray fromBytes;
        if (CanonicalJson::appendUtf8String(fromBytes, bytes)) {
            QCOMPARE(QString::fromUtf8(bytes).toUtf8(), bytes);
            QByteArray viaQt;
            CanonicalJson::appendString(viaQt, QString::fromUtf8(bytes));
            QCOMPARE(fromBytes, viaQt);
        } else {
            QVERIFY(QString::fromUtf8(bytes).toUtf8() != bytes);
        }
    }
}

#include "tst_canonicaljson.moc"
