#include "core/ChineseAmount.h"

#include <QList>

namespace ud {

namespace {

// 零壹贰叁肆伍陆柒捌玖
const char16_t kCapitalDigits[] = u"\u96f6\u58f9\u8d30\u53c1\u8086\u4f0d\u9646\u67d2\u634c\u7396";
// "", 拾, 佰, 仟
const char16_t kCapitalUnits[] = u" \u62fe\u4f70\u4edf";
// 零一二三四五六七八九
const char16_t kSmallDigits[] = u"\u96f6\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d";
// "", 十, 百, 千
const char16_t kSmallUnits[] = u" \u5341\u767e\u5343";

const QChar kZero(u'\u96f6');   // 零
const QChar kWan(u'\u4e07');    // 万
const QChar kYi(u'\u4ebf');     // 亿
const QChar kYuan(u'\u5143');   // 元
const QChar kJiao(u'\u89d2');   // 角
const QChar kFen(u'\u5206');    // 分
const QChar kZheng(u'\u6574');  // 整
const QChar kNegative(u'\u8d1f'); // 负

// Writes a whole number in groups of four digits (个, 万, 亿, 万亿), one 零 for each run of zeros
// between non-zero digits. `digits` and `units` are the capital or the ordinary sets.
QString wholeNumber(quint64 value, const char16_t *digits, const char16_t *units)
{
    if (value == 0)
        return QString(QChar(digits[0]));

    // Group markers from the lowest: none, 万, 亿, 万亿.
    const QString groupMarks[] = {QString(), QString(kWan), QString(kYi), QString(kWan) + QString(kYi)};
    QList<int> groups; // lowest first
    for (quint64 v = value; v > 0; v /= 10000)
        groups.append(int(v % 10000));

    QString out;
    bool pendingZero = false;
    for (int g = int(groups.size()) - 1; g >= 0; --g) {
        const int group = groups.at(g);
        if (group == 0) {
            pendingZero = !out.isEmpty();
            continue;
        }
        for (int pos = 3; pos >= 0; --pos) {
            int divisor = 1;
            for (int i = 0; i < pos; ++i)
                divisor *= 10;
            const int digit = (group / divisor) % 10;
            if (digit == 0) {
                if (!out.isEmpty())
                    pendingZero = true;
                continue;
            }
            if (pendingZero)
                out += kZero;
            pendingZero = false;
            out += QChar(digits[digit]);
            if (pos > 0)
                out += QChar(units[pos]);
        }
        // Trailing zeros of the group leave pendingZero set: they are a gap only if a non-zero
        // digit follows.
        out += groupMarks[g];
    }
    return out;
}

} // namespace

QString ChineseAmount::capital(qint64 fen)
{
    // The magnitude without negating (the smallest qint64 has no positive counterpart).
    const quint64 magnitude = fen < 0 ? quint64(-(fen + 1)) + 1 : quint64(fen);
    const quint64 yuan = magnitude / 100;
    const int jiao = int((magnitude / 10) % 10);
    const int fenDigit = int(magnitude % 10);

    QString out;
    if (fen < 0)
        out += kNegative;
    if (yuan > 0)
        out += wholeNumber(yuan, kCapitalDigits, kCapitalUnits) + kYuan;
    if (jiao == 0 && fenDigit == 0)
        return yuan > 0 ? out + kZheng : out + kZero + kYuan + kZheng;
    if (jiao > 0)
        out += QChar(kCapitalDigits[jiao]) + QString(kJiao);
    else if (yuan > 0)
        out += kZero; // 壹元零伍分
    if (fenDigit > 0)
        out += QChar(kCapitalDigits[fenDigit]) + QString(kFen);
    return out;
}

QString ChineseAmount::numeral(int n)
{
    if (n < 1 || n > 9999)
        return QString::number(n);
    QString out = wholeNumber(quint64(n), kSmallDigits, kSmallUnits);
    // 10–19 are read 十, 十一 … (not 一十一) when they stand alone.
    if (n >= 10 && n <= 19)
        out.remove(0, 1);
    return out;
}

} // namespace ud
