#include "storage/NameSortKeys.h"

#include "core/NameSortKey.h"
#include "storage/Database.h"
#include "storage/StorageLog.h"

#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#ifdef UD_SYSTEM_SQLITE
#include <sqlite3.h>
#endif

namespace ud {

namespace {

const char *const kTables[] = {"workers", "employers"};

bool hasKeyColumn(const Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT 1 FROM pragma_table_info('workers') WHERE name = 'name_key'")) && q.next();
}

#ifdef UD_SYSTEM_SQLITE
sqlite3 *handleOf(const Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

// ud_name_key(text): NameSortKey::of(text) as a BLOB; NULL for NULL.
void nameKeyFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = static_cast<const char16_t *>(sqlite3_value_text16(argv[0]));
    const int bytes = sqlite3_value_bytes16(argv[0]);
    const QByteArray key = NameSortKey::of(QString::fromUtf16(text, bytes / 2));
    sqlite3_result_blob(context, key.constData(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
}
#endif

// The function and the temporary triggers of this connection (gone when it closes).
bool installWriteTriggers(Database &db)
{
#ifdef UD_SYSTEM_SQLITE
    sqlite3 *sqlite = handleOf(db);
    if (!sqlite
        || sqlite3_create_function_v2(sqlite, "ud_name_key", 1, SQLITE_UTF16 | SQLITE_DETERMINISTIC, nullptr,
                                      &nameKeyFunction, nullptr, nullptr, nullptr)
               != SQLITE_OK)
        return false;
    for (const char *table : kTables) {
        const QString t = QLatin1String(table);
        const QStringList statements = {
            QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS %1_name_key_insert AFTER INSERT ON main.%1 "
                           "BEGIN UPDATE %1 SET name_key = ud_name_key(new.name) WHERE id = new.id; END")
                .arg(t),
            QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS %1_name_key_rename AFTER UPDATE OF name ON main.%1 "
                           "WHEN old.name IS NOT new.name OR new.name_key IS NULL "
                           "BEGIN UPDATE %1 SET name_key = ud_name_key(new.name) WHERE id = new.id; END")
                .arg(t),
        };
        for (const QString &sql : statements) {
            QSqlQuery q(db.connection());
            if (!q.exec(sql)) {
                qCWarning(lcStorage) << "name sort key trigger:" << q.lastError().text();
                return false;
            }
        }
    }
    return true;
#else
    Q_UNUSED(db);
    return false;
#endif
}

QString storedVersion(const Database &db)
{
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT version FROM name_sort_collation WHERE id = 1")) && q.next())
        return q.value(0).toString();
    return {};
}

bool anyMissing(const Database &db)
{
    for (const char *table : kTables) {
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral("SELECT 1 FROM %1 WHERE name_key IS NULL LIMIT 1").arg(QLatin1String(table))) && q.next())
            return true;
    }
    return false;
}

} // namespace

bool NameSortKeys::keptOnWrite(const Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM sqlite_temp_master WHERE type = 'trigger' AND name LIKE '%name_key%'"))
           && q.next() && q.value(0).toInt() == 4;
}

Result<int> NameSortKeys::fill(Database &db, bool all)
{
    Database::Transaction tx(db);
    if (!tx.isActive())
        return Result<int>::failure(tx.error());
    int filled = 0;
    const bool bySql = keptOnWrite(db);
    for (const char *table : kTables) {
        const QString t = QLatin1String(table);
        if (bySql) {
            // One statement with the connection's ud_name_key(): no round trip per row.
            QSqlQuery q(db.connection());
            if (!q.exec(all ? QStringLiteral("UPDATE %1 SET name_key = ud_name_key(name)").arg(t)
                            : QStringLiteral("UPDATE %1 INDEXED BY %1_name_key_missing SET name_key = ud_name_key(name) "
                                             "WHERE name_key IS NULL")
                                  .arg(t)))
                return Result<int>::failure(tr("The name order could not be prepared: %1").arg(q.lastError().text()));
            filled += q.numRowsAffected();
            continue;
        }
        // Without the function (where Qt bundles its own SQLite): read, then write row by row.
        QSqlQuery read(db.connection());
        read.setForwardOnly(true);
        if (!read.exec(all ? QStringLiteral("SELECT id, name FROM %1").arg(t)
                           : QStringLiteral("SELECT id, name FROM %1 INDEXED BY %1_name_key_missing WHERE name_key IS NULL")
                                 .arg(t)))
            return Result<int>::failure(tr("The name order could not be prepared: %1").arg(read.lastError().text()));
        QList<QPair<QString, QByteArray>> keys;
        while (read.next())
            keys.append({read.value(0).toString(), NameSortKey::of(read.value(1).toString())});
        read.finish();
        QSqlQuery write(db.connection());
        if (!write.prepare(QStringLiteral("UPDATE %1 SET name_key = ? WHERE id = ?").arg(t)))
            return Result<int>::failure(tr("The name order could not be prepared: %1").arg(write.lastError().text()));
        for (const auto &[id, key] : std::as_const(keys)) {
            write.bindValue(0, key);
            write.bindValue(1, id);
            if (!write.exec())
                return Result<int>::failure(tr("The name order could not be prepared: %1").arg(write.lastError().text()));
            ++filled;
        }
    }
    QSqlQuery version(db.connection());
    version.prepare(QStringLiteral("INSERT INTO name_sort_collation (id, version) VALUES (1, ?) "
                                   "ON CONFLICT (id) DO UPDATE SET version = excluded.version"));
    version.addBindValue(NameSortKey::version());
    if (!version.exec())
        return Result<int>::failure(tr("The name order could not be prepared: %1").arg(version.lastError().text()));
    if (Status s = tx.commit(); !s)
        return Result<int>::failure(s.error());
    return filled;
}

Status NameSortKeys::prepare(Database &db)
{
    if (!hasKeyColumn(db))
        return Status::success();
    if (!installWriteTriggers(db))
        qCWarning(lcStorage) << "name sort keys are filled at open only on this platform";
    const bool all = storedVersion(db) != NameSortKey::version();
    if (!all && !anyMissing(db))
        return Status::success();
    QElapsedTimer timer;
    timer.start();
    const Result<int> filled = fill(db, all);
    if (!filled)
        return Status::failure(filled.error());
    qCInfo(lcStorage) << (all ? "made" : "filled") << filled.value() << "name sort keys in" << timer.elapsed() << "ms";
    return Status::success();
}

} // namespace ud
