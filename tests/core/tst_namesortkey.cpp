// Tests for ud::NameSortKey: the bytes of a name's key compare (as SQLite compares BLOBs) in
// pinyin order, the order a Chinese reader looks for names in (丁 付 任 于, not the code point
// order 丁 于 付 任); a name before every longer name it starts (于阳 before 于阳倩); case and
// surrounding spaces ignored; Latin names, the empty name and rare characters have keys too.

#include "core/NameSortKey.h"

#include <QtTest>

#include <algorithm>

using namespace ud;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// -1, 0, 1 as memcmp orders the keys (shorter first when one is the other's start), as SQLite
// orders BLOBs.
int keyOrder(const QByteArray &a, const QByteArray &b)
{
    const int c = std::memcmp(a.constData(), b.constData(), static_cast<size_t>(qMin(a.size(), b.size())));
    if (c != 0)
        return c < 0 ? -1 : 1;
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

} // namespace

class tst_NameSortKey : public QObject
{
    Q_OBJECT

private slots:
    void before_data();
    void before();
    void equal_data();
    void equal();
    void pinyinListOrder();
    void version();
};

void tst_NameSortKey::before_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    // Code point order would put 于 (U+4E8E) before 付 (U+4ED8) and 任 (U+4EFB).
    QTest::newRow("丁 付") << u("丁") << u("付");
    QTest::newRow("付 任") << u("付") << u("任");
    QTest::newRow("任 于") << u("任") << u("于");
    QTest::newRow("丁伟 于阳") << u("丁伟") << u("于阳");
    QTest::newRow("于阳 于阳倩") << u("于阳") << u("于阳倩");
    QTest::newRow("阿 张") << u("阿") << u("张");
    QTest::newRow("王 吴") << u("王") << u("吴");
    QTest::newRow("张三 赵四") << u("张三") << u("赵四");
    QTest::newRow("北京 朝阳") << u("北京建工集团") << u("朝阳区物业公司");
    QTest::newRow("Latin Adams Brown") << u("Adams") << u("Brown");
    QTest::newRow("Latin case-insensitive") << u("adams") << u("Brown");
    QTest::newRow("Latin prefix") << u("Li") << u("Li Lei");
    QTest::newRow("empty first") << QString() << u("阿");
    QTest::newRow("empty before Latin") << QString() << u("A");
    // Characters the collation has no reading for (䶮 of CJK extension A, 𠀀 of extension B, a
    // pair of UTF-16 surrogates) come after every name it has: after 左 (zuǒ), one of the last.
    QTest::newRow("rare 䶮 after 左") << u("左") << u("䶮");
    QTest::newRow("rare 𠀀 after 左") << u("左") << u("𠀀");
    QTest::newRow("rare in a name") << u("刘左") << u("刘䶮");
}

void tst_NameSortKey::before()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    const QByteArray a = NameSortKey::of(first);
    const QByteArray b = NameSortKey::of(second);
    QCOMPARE(keyOrder(a, b), -1);
    QCOMPARE(keyOrder(b, a), 1);
}

void tst_NameSortKey::equal_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("same") << u("于阳") << u("于阳");
    QTest::newRow("case") << u("wang li") << u("Wang Li");
    QTest::newRow("spaces around") << u(" 于阳 ") << u("于阳");
}

void tst_NameSortKey::equal()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QCOMPARE(keyOrder(NameSortKey::of(first), NameSortKey::of(second)), 0);
}

// A list sorted by its keys reads in pinyin order.
void tst_NameSortKey::pinyinListOrder()
{
    const QStringList expected = {u("丁一"), u("付二"), u("任三"), u("王五"), u("于阳"), u("于阳倩"), u("张六")};
    QStringList names = {u("张六"), u("于阳倩"), u("任三"), u("于阳"), u("丁一"), u("王五"), u("付二")};
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return keyOrder(NameSortKey::of(a), NameSortKey::of(b)) < 0;
    });
    QCOMPARE(names, expected);
}

void tst_NameSortKey::version()
{
    const QString v = NameSortKey::version();
    QVERIFY(!v.isEmpty());
    QCOMPARE(NameSortKey::version(), v);
    QVERIFY2(v.startsWith(QLatin1String("icu ")), qPrintable(v));
    QVERIFY(!NameSortKey::of(u("于")).isEmpty());
}

QTEST_GUILESS_MAIN(tst_NameSortKey)
#include "tst_namesortkey.moc"
