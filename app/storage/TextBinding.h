#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace ud {

// Text for a placeholder written as CAST(:p AS TEXT) in an INSERT.
//
// QtSql binds every QString as UTF-16, which SQLite then converts to the database's UTF-8 one
// character at a time. Bound as UTF-8 bytes (a blob) and cast to text in the statement, the same
// text is stored without that conversion. Only for a UTF-8 database; text with UTF-16 surrogates
// (where the two conversions could differ on invalid text) and empty or null text are bound as
// they are, which the CAST leaves unchanged. The last value is remembered: a column that gets
// the same text for every record (the actor, the node) is converted once.
class TextBinding
{
public:
    const QVariant &operator()(bool utf8Database, const QString &text)
    {
        if (m_known && text == m_text && text.isNull() == m_text.isNull())
            return m_value;
        m_text = text;
        m_known = true;
        m_value = utf8Database && !text.isEmpty() && !hasSurrogate(text) ? QVariant(text.toUtf8()) : QVariant(text);
        return m_value;
    }

private:
    static bool hasSurrogate(const QString &text)
    {
        for (const QChar c : text)
            if (c.isSurrogate())
                return true;
        return false;
    }

    QString m_text;
    QVariant m_value;
    bool m_known = false;
};

} // namespace ud
