#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringView>
#include <QVariant>

namespace ud {

// Writes JSON text byte for byte as QJsonDocument(...).toJson(QJsonDocument::Compact) does,
// without building a QJsonObject and a QJsonDocument first: UTF-8, no spaces, object keys in
// QJsonObject's sorted order, the same escapes and the same number formatting.
//
// The audit log's hash chain is computed over this text (AuditLog), so it must never differ from
// what Qt writes; tests/core/tst_canonicaljson.cpp compares the two on tricky inputs.
class CanonicalJson
{
public:
    static QByteArray fromObject(const QJsonObject &object);
    static QByteArray fromArray(const QJsonArray &array);

    static void appendValue(QByteArray &out, const QJsonValue &value);
    // The text of QJsonValue::fromVariant(value); a null QVariant (of any type) is written as
    // null. Strings, booleans and integers are written directly, other types through QJsonValue.
    static void appendVariant(QByteArray &out, const QVariant &value);
    // A JSON string, quotes included.
    static void appendString(QByteArray &out, QStringView text);
    // The same for text already in UTF-8 (as SQLite keeps it), without going through UTF-16:
    // the very bytes appendString(QString::fromUtf8(utf8)) writes. Returns false, and appends
    // nothing, when `utf8` is not valid UTF-8 (the caller then decides how to read it).
    static bool appendUtf8String(QByteArray &out, QByteArrayView utf8);
    static void appendObject(QByteArray &out, const QJsonObject &object);
    static void appendArray(QByteArray &out, const QJsonArray &array);

    // Whether key `a` comes before key `b` in a QJsonObject (UTF-16 code unit order).
    static bool keyLess(QStringView a, QStringView b) { return a.compare(b, Qt::CaseSensitive) < 0; }
};

} // namespace ud
