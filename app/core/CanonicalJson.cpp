#include "core/CanonicalJson.h"

#include <QCborValue>
#include <QLocale>

#include <cmath>

namespace ud {

namespace {

char hexDigit(unsigned v)
{
    return static_cast<char>(v < 10 ? '0' + v : 'a' + (v - 10));
}

char *escapeUnit(char *p, char16_t u)
{
    *p++ = '\\';
    *p++ = 'u';
    *p++ = hexDigit((u >> 12) & 0xf);
    *p++ = hexDigit((u >> 8) & 0xf);
    *p++ = hexDigit((u >> 4) & 0xf);
    *p++ = hexDigit(u & 0xf);
    return p;
}

// An ASCII character JSON escapes (a control character, '"' or '\\'), as Qt's writer escapes it.
char *escapeAscii(char *p, unsigned c)
{
    *p++ = '\\';
    switch (c) {
    case '"':
        *p++ = '"';
        break;
    case '\\':
        *p++ = '\\';
        break;
    case 0x08:
        *p++ = 'b';
        break;
    case 0x0c:
        *p++ = 'f';
        break;
    case 0x0a:
        *p++ = 'n';
        break;
    case 0x0d:
        *p++ = 'r';
        break;
    case 0x09:
        *p++ = 't';
        break;
    default:
        *p++ = 'u';
        *p++ = '0';
        *p++ = '0';
        *p++ = hexDigit(c >> 4);
        *p++ = hexDigit(c & 0xf);
    }
    return p;
}

bool isHighSurrogate(char16_t u)
{
    return (u & 0xfc00) == 0xd800;
}

bool isLowSurrogate(char16_t u)
{
    return (u & 0xfc00) == 0xdc00;
}

void appendDouble(QByteArray &out, double d)
{
    if (std::isfinite(d))
        out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    else
        out += "null"; // as Qt: infinities and NaN have no JSON form
}

} // namespace

void CanonicalJson::appendString(QByteArray &out, QStringView text)
{
    // Mirrors Qt's JSON writer: ASCII as is except the escapes below, everything else as UTF-8;
    // a UTF-16 unit that is not part of a valid surrogate pair becomes \uXXXX. At most 6 bytes
    // per UTF-16 unit.
    const qsizetype start = out.size();
    out.resize(start + 6 * text.size() + 2);
    char *const begin = out.data();
    char *p = begin + start;
    *p++ = '"';
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                *p++ = static_cast<char>(u);
                continue;
            }
            p = escapeAscii(p, u);
        } else if (u < 0x800) {
            *p++ = static_cast<char>(0xc0 | (u >> 6));
            *p++ = static_cast<char>(0x80 | (u & 0x3f));
        } else if (!isHighSurrogate(u) && !isLowSurrogate(u)) {
            *p++ = static_cast<char>(0xe0 | (u >> 12));
            *p++ = static_cast<char>(0x80 | ((u >> 6) & 0x3f));
            *p++ = static_cast<char>(0x80 | (u & 0x3f));
        } else if (isHighSurrogate(u) && src != end && isLowSurrogate(*src)) {
            const char32_t c = 0x10000 + ((char32_t(u) - 0xd800) << 10) + (char32_t(*src++) - 0xdc00);
            *p++ = static_cast<char>(0xf0 | (c >> 18));
            *p++ = static_cast<char>(0x80 | ((c >> 12) & 0x3f));
            *p++ = static_cast<char>(0x80 | ((c >> 6) & 0x3f));
            *p++ = static_cast<char>(0x80 | (c & 0x3f));
        } else {
            p = escapeUnit(p, u); // a lone surrogate
        }
    }
    *p++ = '"';
    out.resize(p - begin);
}

bool CanonicalJson::appendUtf8String(QByteArray &out, QByteArrayView utf8)
{
    const auto *src = reinterpret_cast<const unsigned char *>(utf8.data());
    const auto *const end = src + utf8.size();
    const qsizetype start = out.size();
    out.resize(start + 6 * utf8.size() + 2);
    char *const begin = out.data();
    char *p = begin + start;
    *p++ = '"';
    while (src != end) {
        const unsigned char c = *src;
        if (c < 0x80) {
            ++src;
            if (c >= 0x20 && c != '"' && c != '\\') {
                *p++ = static_cast<char>(c);
                continue;
            }
            p = escapeAscii(p, c);
            continue;
        }
        // A multi-byte sequence, copied as it is once known to be well formed: the shortest form,
        // no UTF-16 surrogate, nothing above U+10FFFF (RFC 3629 §4).
        int length = 0;
        unsigned lo = 0x80, hi = 0xbf;
        if (c >= 0xc2 && c <= 0xdf) {
            length = 2;
        } else if (c >= 0xe0 && c <= 0xef) {
            length = 3;
            if (c == 0xe0)
                lo = 0xa0;
            else if (c == 0xed)
                hi = 0x9f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            length = 4;
            if (c == 0xf0)
                lo = 0x90;
            else if (c == 0xf4)
                hi = 0x8f;
        } else {
            out.resize(start);
            return false;
        }
        if (end - src < length || src[1] < lo || src[1] > hi) {
            out.resize(start);
            return false;
        }
        for (int i = 2; i < length; ++i) {
            if ((src[i] & 0xc0) != 0x80) {
                out.resize(start);
                return false;
            }
        }
        for (int i = 0; i < length; ++i)
            *p++ = static_cast<char>(src[i]);
        src += length;
    }
    *p++ = '"';
    out.resize(p - begin);
    return true;
}

void CanonicalJson::appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        out += value.toBool() ? QByteArrayView("true") : QByteArrayView("false");
        break;
    case QJsonValue::Double: {
        // QJsonValue keeps integers apart from doubles, and Qt writes them differently.
        const QCborValue cbor = QCborValue::fromJsonValue(value);
        if (cbor.isInteger())
            out += QByteArray::number(cbor.toInteger());
        else
            appendDouble(out, value.toDouble());
        break;
    }
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array:
        appendArray(out, value.toArray());
        break;
    case QJsonValue::Object:
        appendObject(out, value.toObject());
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    }
}

void CanonicalJson::appendVariant(QByteArray &out, const QVariant &value)
{
    if (value.isNull()) {
        out += "null";
        return;
    }
    switch (value.typeId()) {
    case QMetaType::QString:
        appendString(out, *static_cast<const QString *>(value.constData()));
        return;
    case QMetaType::Bool:
        out += value.toBool() ? QByteArrayView("true") : QByteArrayView("false");
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
        out += QByteArray::number(value.toLongLong());
        return;
    default:
        appendValue(out, QJsonValue::fromVariant(value));
    }
}

void CanonicalJson::appendObject(QByteArray &out, const QJsonObject &object)
{
    out += '{';
    bool first = true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!first)
            out += ',';
        first = false;
        appendString(out, it.key());
        out += ':';
        appendValue(out, it.value());
    }
    out += '}';
}

void CanonicalJson::appendArray(QByteArray &out, const QJsonArray &array)
{
    out += '[';
    bool first = true;
    for (const QJsonValue &v : array) {
        if (!first)
            out += ',';
        first = false;
        appendValue(out, v);
    }
    out += ']';
}

QByteArray CanonicalJson::fromObject(const QJsonObject &object)
{
    QByteArray out;
    out.reserve(256);
    appendObject(out, object);
    return out;
}

QByteArray CanonicalJson::fromArray(const QJsonArray &array)
{
    QByteArray out;
    out.reserve(256);
    appendArray(out, array);
    return out;
}

} // namespace ud
