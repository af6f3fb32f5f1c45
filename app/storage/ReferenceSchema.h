#pragma once

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace ud {

// What the shipped migrations alone make: the triggers of a database at the latest schema and
// the reference rows the migrations insert (org tree, code lists, calendar, policies), which
// have no audit history. Built once per process from the migrations compiled into the
// application, in an in-memory database; `check` compares a file with it.
struct ReferenceSchema
{
    QMap<QString, QString> triggers; // name -> CREATE TRIGGER text
    struct Table
    {
        QStringList columns;
        QHash<QString, QVariantList> rows; // id -> values by column
    };
    QHash<QString, Table> tables; // record tables that have reference rows
    QString error;                // why it could not be built ("" if it was)

    static const ReferenceSchema &instance();
    // The tables of records (RecordStore's), in a fixed order.
    static const QStringList &recordTables();
};

} // namespace ud
