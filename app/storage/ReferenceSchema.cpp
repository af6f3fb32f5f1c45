#include "storage/ReferenceSchema.h"

#include "storage/Database.h"
#include "storage/RecordStore.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <memory>

namespace ud {

namespace {
ReferenceSchema build()
{
    ReferenceSchema out;
    const QString name = QStringLiteral("uniondesk-reference-schema");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            out.error = db.lastError().text();
        } else {
            const QDir dir(QStringLiteral(":/sql"));
            QSqlQuery q(db);
            for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
                QFile f(dir.filePath(file));
                if (!f.open(QIODevice::ReadOnly)) {
                    out.error = file;
                    break;
                }
                for (const QString &statement : splitSqlStatements(QString::fromUtf8(f.readAll())))
                    if (out.error.isEmpty() && !q.exec(statement))
                        out.error = file + QStringLiteral(": ") + q.lastError().text();
            }
            if (out.error.isEmpty() && q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))) {
                while (q.next())
                    out.triggers.insert(q.value(0).toString(), q.value(1).toString());
            }
            for (const QString &table : ReferenceSchema::recordTables()) {
                if (!out.error.isEmpty() || !q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
                    continue;
                ReferenceSchema::Table t;
                const QSqlRecord rec = q.record();
                for (int i = 0; i < rec.count(); ++i)
                    t.columns << rec.fieldName(i);
                const int idColumn = static_cast<int>(t.columns.indexOf(QStringLiteral("id")));
                while (q.next()) {
                    QVariantList values;
                    for (int i = 0; i < rec.count(); ++i)
                        values << q.value(i);
                    t.rows.insert(q.value(idColumn).toString(), values);
                }
                if (!t.rows.isEmpty())
                    out.tables.insert(table, t);
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}
} // namespace

const QStringList &ReferenceSchema::recordTables()
{
    static const QStringList tables = RecordStore::recordTables();
    return tables;
}

const ReferenceSchema &ReferenceSchema::instance()
{
    static QMutex mutex;
    static std::unique_ptr<ReferenceSchema> built;
    QMutexLocker lock(&mutex);
    if (!built)
        built = std::make_unique<ReferenceSchema>(build());
    return *built;
}

} // namespace ud
