#pragma once

#include <QList>
#include <QString>

namespace ud {

class Database;

// One item of a code list (table code_items).
struct CodeItem
{
    QString code;
    QString parentCode; // hierarchy inside one list: industry 大类 -> its 门类 letter
    QString nameZh;
    QString nameEn;
    QString note;       // division: the province and city ("北京市 朝阳区" is note + name)
};

// Read side of the code lists (ethnicity, hukou type, employer type, GB/T 4754 industry, ...):
// reference data bundled in migration 0002 and pulled down from the upper tier. Writes go
// through RecordStore like any record.
class CodeListRepository
{
public:
    explicit CodeListRepository(Database &db) : m_db(db) {}

    enum class Include { Active, AlsoInactive };

    // Live items of `list` (active ones only, unless told), in the list's sort order.
    QList<CodeItem> items(const QString &list, Include include = Include::Active) const;

private:
    Database &m_db;
};

} // namespace ud
