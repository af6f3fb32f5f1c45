#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>

namespace ud {

class Database;

// Reads the rows of one SELECT column by column as SQLite holds them (type, UTF-8 text, bytes),
// without a QVariant or a QString per value: with SQLite's C API on the connection's own handle
// where Qt's driver uses the system SQLite (Linux distributions), else through QSqlQuery. For
// reading many wide rows fast (a sync batch: 500 records of 50 columns); everything else reads
// through QSqlQuery.
class RowCursor
{
public:
    enum class Type { Null, Integer, Real, Text, Blob };

    // `native` false forces the QSqlQuery path (tests compare the two).
    explicit RowCursor(Database &db, bool native = true);
    ~RowCursor();
    RowCursor(const RowCursor &) = delete;
    RowCursor &operator=(const RowCursor &) = delete;

    // Prepares and runs `sql` with `binds` (text, integers, doubles or null). False on an error
    // (error() tells).
    bool exec(const QString &sql, const QList<QVariant> &binds);
    bool next();
    QString error() const;
    bool isNative() const;

    int columnCount() const;
    QString columnName(int column) const;
    // The value of `column` in the current row.
    Type type(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QByteArrayView text(int column) const; // UTF-8 as stored; valid until next()
    QByteArrayView blob(int column) const; // valid until next()
    // The text as Qt's driver reads it (SQLite's UTF-16 conversion), for text that is not UTF-8.
    QString textAsQt(int column) const;

private:
    struct Native;
    struct Fallback;
    std::unique_ptr<Native> m_native;
    std::unique_ptr<Fallback> m_fallback;
};

} // namespace ud
