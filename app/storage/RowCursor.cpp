#include "storage/RowCursor.h"

#include "storage/Database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#ifdef UD_SYSTEM_SQLITE
#include <sqlite3.h>
#endif

namespace ud {

#ifdef UD_SYSTEM_SQLITE
struct RowCursor::Native
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *stmt = nullptr;
    QString error;
    ~Native() { sqlite3_finalize(stmt); }
};
#else
struct RowCursor::Native
{
};
#endif

struct RowCursor::Fallback
{
    explicit Fallback(const QSqlDatabase &db) : query(db) { query.setForwardOnly(true); }
    QSqlQuery query;
    QSqlRecord record;
    mutable QList<QByteArray> utf8; // the current row's text and bytes, converted when asked for
    mutable QList<bool> converted;
};

RowCursor::RowCursor(Database &db, bool native)
{
#ifdef UD_SYSTEM_SQLITE
    const QSqlDatabase connection = db.connection();
    const QVariant handle = connection.driver()->handle();
    if (native && handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (auto *sqlite = *static_cast<sqlite3 *const *>(handle.constData())) {
            m_native = std::make_unique<Native>();
            m_native->db = sqlite;
            return;
        }
    }
#else
    Q_UNUSED(native);
#endif
    m_fallback = std::make_unique<Fallback>(db.connection());
}

RowCursor::~RowCursor() = default;

bool RowCursor::isNative() const
{
    return m_native != nullptr;
}

bool RowCursor::exec(const QString &sql, const QList<QVariant> &binds)
{
#ifdef UD_SYSTEM_SQLITE
    if (m_native) {
        Native &n = *m_native;
        sqlite3_finalize(n.stmt);
        n.stmt = nullptr;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(n.db, text.constData(), static_cast<int>(text.size()), &n.stmt, nullptr) != SQLITE_OK) {
            n.error = QString::fromUtf8(sqlite3_errmsg(n.db));
            return false;
        }
        for (int i = 0; i < binds.size(); ++i) {
            const QVariant &v = binds.at(i);
            int rc = SQLITE_OK;
            if (v.isNull()) {
                rc = sqlite3_bind_null(n.stmt, i + 1);
            } else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Bool) {
                rc = sqlite3_bind_int64(n.stmt, i + 1, v.toLongLong());
            } else if (v.typeId() == QMetaType::Double) {
                rc = sqlite3_bind_double(n.stmt, i + 1, v.toDouble());
            } else {
                const QByteArray utf8 = v.toString().toUtf8();
                rc = sqlite3_bind_text(n.stmt, i + 1, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
            }
            if (rc != SQLITE_OK) {
                n.error = QString::fromUtf8(sqlite3_errmsg(n.db));
                return false;
            }
        }
        return true;
    }
#endif
    Fallback &f = *m_fallback;
    f.query.prepare(sql);
    for (const QVariant &v : binds)
        f.query.addBindValue(v);
    if (!f.query.exec())
        return false;
    f.record = f.query.record();
    return true;
}

bool RowCursor::next()
{
#ifdef UD_SYSTEM_SQLITE
    if (m_native) {
        if (!m_native->stmt)
            return false;
        const int rc = sqlite3_step(m_native->stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            m_native->error = QString::fromUtf8(sqlite3_errmsg(m_native->db));
        return false;
    }
#endif
    Fallback &f = *m_fallback;
    if (!f.query.next())
        return false;
    f.utf8 = QList<QByteArray>(f.record.count());
    f.converted = QList<bool>(f.record.count(), false);
    return true;
}

QString RowCursor::error() const
{
#ifdef UD_SYSTEM_SQLITE
    if (m_native)
        return m_native->error;
#endif
    return m_fallback->query.lastError().text();
}

int RowCursor::columnCount() const
{
#ifdef UD_SYSTEM_SQLITE
    if (m_native)
        return m_native->stmt ? sqlite3_column_count(m_native->stmt) : 0;
#endif
    return m_fallback->record.count();
}

QString RowCursor::columnName(int column) const
{
#ifdef UD_SYSTEM_SQLITE
    if (m_native)
        return QString::fromUtf8(sqlite3_column_name(m_native->stmt, column));
#endif
    return m_fallback->record.fieldName(column);
}

RowCursor::Type RowCursor::type(int column) const
{
#ifdef UD_SYSTEM_SQLITE
    if (m_native) {
        switch (sqlite3_column_type(m_native->stmt, column)) {
        case SQLITE_INTEGER:
            return Type::Integer;
        case SQLITE_FLOAT:
            return Type::Real;
        case SQLITE_BLOB:
            return Type::Blob;
        case SQLITE_NULL:
            return Type::Null;
        default:
            return Type::Text;
        }
    }
#endif
    const QVariant v = m_fallback->query.value(column);
    if (v.isNull())
        return Type::Null;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        return Type::Integer;
    case QMetaType::Double:
        return Type::Real;
    case QMetaType::QByteArray:
        return Type::Blob;
    default:
        return Type::Text;
    }
}

qint64 RowCursor::integer(int column) const
{
#ifdef UD_SYSTEM_SQLITE
    if (m_native)
        return sqlite3_column_int64(m_native->stmt, column);
#endif
    return m_fallback->query.value(column).toLongLong();
}

double RowCursor::real(int column) const
{
#ifdef UD_SYSTEM_SQLITE
    if (m_native)
        return sqlite3_column_double(m_native->stmt, column);
#endif
    return m_fallback->query.value(column).toDouble();
}

QByteArrayView RowCursor::text(int column) const
{
#ifdef UD_SYSTEM_SQLITE
    if (m_native) {
        const auto *p = sqlite3_column_text(m_native->stmt, column);
        return QByteArrayView(reinterpret_cast<const char *>(p), sqlite3_column_bytes(m_native->stmt, column));
    }
#endif
    const Fallback &f = *m_fallback;
    if (!f.converted.at(column)) {
        f.utf8[column] = f.query.value(column).toString().toUtf8();
        f.converted[column] = true;
    }
    return f.utf8.at(column);
}

QByteArrayView RowCursor::blob(int column) const
{
#ifdef UD_SYSTEM_SQLITE
    if (m_native) {
        const void *p = sqlite3_column_blob(m_native->stmt, column);
        return QByteArrayView(static_cast<const char *>(p), sqlite3_column_bytes(m_native->stmt, column));
    }
#endif
    const Fallback &f = *m_fallback;
    if (!f.converted.at(column)) {
        f.utf8[column] = f.query.value(column).toByteArray();
        f.converted[column] = true;
    }
    return f.utf8.at(column);
}

QString RowCursor::textAsQt(int column) const
{
#ifdef UD_SYSTEM_SQLITE
    if (m_native) {
        // What Qt's driver does: SQLite's own conversion to UTF-16.
        const auto *p = static_cast<const QChar *>(sqlite3_column_text16(m_native->stmt, column));
        return QString(p, sqlite3_column_bytes16(m_native->stmt, column) / 2);
    }
#endif
    return m_fallback->query.value(column).toString();
}

} // namespace ud
