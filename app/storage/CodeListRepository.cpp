#include "storage/CodeListRepository.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace ud {

QList<CodeItem> CodeListRepository::items(const QString &list, Include include) const
{
    QList<CodeItem> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT code, coalesce(parent_code, ''), name_zh, name_en, coalesce(note, '') FROM code_items "
                             "WHERE list = ? AND (active = 1 OR ?) AND deleted = 0 ORDER BY sort_order, code"));
    q.addBindValue(list);
    q.addBindValue(include == Include::AlsoInactive ? 1 : 0);
    if (q.exec())
        while (q.next())
            out << CodeItem{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                            q.value(4).toString()};
    return out;
}

} // namespace ud
