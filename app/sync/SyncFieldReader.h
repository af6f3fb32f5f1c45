#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ud {

// Reads the fields of one JSON object of a sync message and checks each (present, of the right
// type, in range). The first problem is kept as a message that names the field by its path
// ("records[3].version"); the reads after it return empty values, so a message's fromJson reads
// every field and asks ok() once at the end.
class SyncFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(SyncFieldReader)

public:
    // What characters a text field may hold.
    enum class Text {
        Any,       // anything but control characters
        TableName, // [a-z0-9_]
        RecordId,  // [0-9a-f-]
        NodeId,    // [A-Za-z0-9_-] (node ids are UUIDs; the shipped reference data is "reference")
        Uuid,      // 8-4-4-4-12 hex digits
        Hash,      // "" or 64 lowercase hex digits
        Base64,    // standard base64 with padding
        Time,      // SyncCodec::formatTime's form
    };

    explicit SyncFieldReader(const QJsonObject &object, QString path = {});

    // A required text field of at most `maxLength` characters; empty text is refused unless `allowEmpty`.
    QString text(const QString &key, Text kind, int maxLength, bool allowEmpty = false);
    // An optional text field: "" when absent (or null).
    QString optionalText(const QString &key, Text kind, int maxLength);
    // A required whole number in [min, max].
    qint64 integer(const QString &key, qint64 min, qint64 max);
    bool boolean(const QString &key);
    QJsonObject object(const QString &key);
    // A required list of at most `maxCount` items.
    QJsonArray array(const QString &key, int maxCount);
    // A required text field whose value must be one of `allowed`; returns its index (-1 on failure).
    int choice(const QString &key, const QStringList &allowed);
    bool has(const QString &key) const;

    // The path of a field, to name it in a message (and to read a nested object).
    QString pathOf(const QString &key) const;
    QString pathOf(const QString &key, int index) const;

    // Records a problem found by the message itself (a rule between fields); the first one counts.
    void fail(const QString &message);
    // Takes the problem of a nested reader.
    void take(const SyncFieldReader &nested);
    bool ok() const { return !m_error.has_value(); }
    QString error() const { return m_error.value_or(QString()); }

    static bool isValid(Text kind, const QString &text);

private:
    std::optional<QJsonValue> required(const QString &key);

    QJsonObject m_object;
    QString m_path;
    std::optional<QString> m_error;
};

} // namespace ud
