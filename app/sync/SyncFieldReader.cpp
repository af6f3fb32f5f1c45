#include "sync/SyncFieldReader.h"

#include "sync/SyncCodec.h"

#include <cmath>

namespace ud {

namespace {

bool isLowerHex(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
}

bool isHex(char16_t c)
{
    return isLowerHex(c) || (c >= u'A' && c <= u'F');
}

bool allOf(const QString &text, bool (*allowed)(char16_t))
{
    for (const QChar c : text)
        if (!allowed(c.unicode()))
            return false;
    return true;
}

bool isUuid(const QString &text)
{
    if (text.size() != 36)
        return false;
    for (int i = 0; i < 36; ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != QLatin1Char('-') : !isHex(text[i].unicode()))
            return false;
    }
    return true;
}

bool isBase64(const QString &text)
{
    if (text.size() % 4 != 0)
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok
        && QString::fromLatin1(decoded.decoded.toBase64()) == text;
}

} // namespace

SyncFieldReader::SyncFieldReader(const QJsonObject &object, QString path)
    : m_object(object), m_path(std::move(path))
{
}

QString SyncFieldReader::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

QString SyncFieldReader::pathOf(const QString &key, int index) const
{
    return QStringLiteral("%1[%2]").arg(pathOf(key)).arg(index);
}

void SyncFieldReader::fail(const QString &message)
{
    if (!m_error)
        m_error = message;
}

void SyncFieldReader::take(const SyncFieldReader &nested)
{
    if (!nested.ok())
        fail(nested.error());
}

bool SyncFieldReader::has(const QString &key) const
{
    const QJsonValue v = m_object.value(key);
    return !v.isUndefined() && !v.isNull();
}

std::optional<QJsonValue> SyncFieldReader::required(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        fail(tr("The field \"%1\" is missing.").arg(pathOf(key)));
        return std::nullopt;
    }
    return v;
}

bool SyncFieldReader::isValid(Text kind, const QString &text)
{
    switch (kind) {
    case Text::Any:
        for (const QChar c : text)
            if (c.category() == QChar::Other_Control)
                return false;
        return true;
    case Text::TableName:
        return allOf(text, [](char16_t c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'; });
    case Text::RecordId:
        return allOf(text, [](char16_t c) { return isLowerHex(c) || c == u'-'; });
    case Text::NodeId:
        return allOf(text, [](char16_t c) {
            return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
        });
    case Text::Uuid:
        return isUuid(text);
    case Text::Hash:
        return text.isEmpty() || (text.size() == 64 && allOf(text, isLowerHex));
    case Text::Base64:
        return isBase64(text);
    case Text::Time:
        return SyncCodec::parseTime(text).has_value();
    }
    return false;
}

QString SyncFieldReader::text(const QString &key, Text kind, int maxLength, bool allowEmpty)
{
    const auto v = required(key);
    if (!v)
        return {};
    if (!v->isString()) {
        fail(tr("The field \"%1\" should be text.").arg(pathOf(key)));
        return {};
    }
    const QString value = v->toString();
    if (value.isEmpty() && !allowEmpty && kind != Text::Hash) {
        fail(tr("The field \"%1\" is empty.").arg(pathOf(key)));
        return {};
    }
    if (value.size() > maxLength) {
        fail(tr("The field \"%1\" is longer than %2 characters.").arg(pathOf(key)).arg(maxLength));
        return {};
    }
    if (isValid(kind, value))
        return value;
    const QString field = pathOf(key);
    switch (kind) {
    case Text::Any: fail(tr("The field \"%1\" holds control characters.").arg(field)); break;
    case Text::TableName: fail(tr("The field \"%1\" may only hold the letters a-z, digits and underscores.").arg(field)); break;
    case Text::RecordId: fail(tr("The field \"%1\" may only hold digits, the letters a-f and hyphens.").arg(field)); break;
    case Text::NodeId: fail(tr("The field \"%1\" may only hold letters, digits, hyphens and underscores.").arg(field)); break;
    case Text::Uuid: fail(tr("The field \"%1\" is not a UUID.").arg(field)); break;
    case Text::Hash: fail(tr("The field \"%1\" is not a hash of 64 lowercase hex digits.").arg(field)); break;
    case Text::Base64: fail(tr("The field \"%1\" is not base64 text.").arg(field)); break;
    case Text::Time: fail(tr("The field \"%1\" is not a UTC time such as 2026-12-07T19:05:00.000Z.").arg(field)); break;
    }
    return {};
}

QString SyncFieldReader::optionalText(const QString &key, Text kind, int maxLength)
{
    if (!has(key))
        return {};
    return text(key, kind, maxLength, true);
}

qint64 SyncFieldReader::integer(const QString &key, qint64 min, qint64 max)
{
    const auto v = required(key);
    if (!v)
        return 0;
    const double d = v->toDouble();
    if (!v->isDouble() || !std::isfinite(d) || std::floor(d) != d) {
        fail(tr("The field \"%1\" should be a whole number.").arg(pathOf(key)));
        return 0;
    }
    // Whole numbers in JSON are exact up to 2^53; ranges of the protocol stay below that.
    const qint64 value = v->toInteger();
    if (d < static_cast<double>(min) || d > static_cast<double>(max) || value < min || value > max) {
        fail(tr("The field \"%1\" should be between %2 and %3.").arg(pathOf(key)).arg(min).arg(max));
        return 0;
    }
    return value;
}

bool SyncFieldReader::boolean(const QString &key)
{
    const auto v = required(key);
    if (!v)
        return false;
    if (!v->isBool()) {
        fail(tr("The field \"%1\" should be true or false.").arg(pathOf(key)));
        return false;
    }
    return v->toBool();
}

QJsonObject SyncFieldReader::object(const QString &key)
{
    const auto v = required(key);
    if (!v)
        return {};
    if (!v->isObject()) {
        fail(tr("The field \"%1\" should be a JSON object.").arg(pathOf(key)));
        return {};
    }
    return v->toObject();
}

QJsonArray SyncFieldReader::array(const QString &key, int maxCount)
{
    const auto v = required(key);
    if (!v)
        return {};
    if (!v->isArray()) {
        fail(tr("The field \"%1\" should be a list.").arg(pathOf(key)));
        return {};
    }
    const QJsonArray items = v->toArray();
    if (items.size() > maxCount) {
        fail(tr("The field \"%1\" holds %2 items; at most %3 are allowed.").arg(pathOf(key)).arg(items.size()).arg(maxCount));
        return {};
    }
    return items;
}

int SyncFieldReader::choice(const QString &key, const QStringList &allowed)
{
    const QString value = text(key, Text::Any, 64);
    if (value.isEmpty())
        return -1;
    const int index = static_cast<int>(allowed.indexOf(value));
    if (index < 0)
        fail(tr("The field \"%1\" has the unknown value \"%2\" (expected one of: %3).")
                 .arg(pathOf(key), value, allowed.join(QStringLiteral(", "))));
    return index;
}

} // namespace ud
