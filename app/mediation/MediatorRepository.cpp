#include "mediation/MediatorRepository.h"

#include "core/NameSortKey.h"

#include "storage/Database.h"

#include <QSqlQuery>

#include <algorithm>
#include <utility>
#include <vector>
#include <QVariant>

namespace ud {

namespace {

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

const char *const kColumns =
    "SELECT m.id, m.version, m.name, coalesce(m.sex, ''), m.phone, coalesce(m.employer_id, ''), coalesce(e.name, ''), "
    "m.workplace, coalesce(m.qualification, ''), m.qualification_note, m.appointed_on, m.appointed_until, "
    "m.appointed_by, m.active, m.notes FROM mediation_mediators m LEFT JOIN employers e ON e.id = m.employer_id ";

Mediator mediatorOf(const QSqlQuery &q)
{
    Mediator m;
    m.id = q.value(0).toString();
    m.version = q.value(1).toLongLong();
    m.name = q.value(2).toString();
    m.sex = q.value(3).toString();
    m.phone = q.value(4).toString();
    m.employerId = q.value(5).toString();
    m.employerName = q.value(6).toString();
    m.workplace = q.value(7).toString();
    m.qualification = q.value(8).toString();
    m.qualificationNote = q.value(9).toString();
    m.appointedOn = dateOf(q.value(10));
    m.appointedUntil = dateOf(q.value(11));
    m.appointedBy = q.value(12).toString();
    m.active = q.value(13).toInt() != 0;
    m.notes = q.value(14).toString();
    return m;
}

} // namespace

QList<Mediator> MediatorRepository::list(bool activeOnly) const
{
    QList<Mediator> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QString sql = QLatin1String(kColumns) + QStringLiteral("WHERE m.deleted = 0 ");
    if (activeOnly)
        sql += QStringLiteral("AND m.active = 1 ");
    sql += QStringLiteral("ORDER BY m.name, m.id");
    if (!q.exec(sql))
        return out;
    while (q.next())
        out.append(mediatorOf(q));
    // In pinyin order, as the register's names (a station's few dozen mediators: sorted here).
    std::vector<std::pair<QByteArray, qsizetype>> keys;
    keys.reserve(static_cast<size_t>(out.size()));
    for (qsizetype i = 0; i < out.size(); ++i)
        keys.emplace_back(NameSortKey::of(out.at(i).name), i);
    std::stable_sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Mediator> sorted;
    sorted.reserve(out.size());
    for (const auto &k : keys)
        sorted.append(out.at(k.second));
    return sorted;
}

std::optional<Mediator> MediatorRepository::get(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(kColumns) + QStringLiteral("WHERE m.id = ? AND m.deleted = 0"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Mediator m = mediatorOf(q);
    QSqlQuery t(m_db.connection());
    t.setForwardOnly(true);
    t.prepare(QStringLiteral("SELECT id, version, trained_on, topic, hours, organiser FROM mediation_mediator_trainings "
                             "WHERE mediator_id = ? AND deleted = 0 ORDER BY trained_on, id"));
    t.addBindValue(id);
    if (t.exec()) {
        while (t.next()) {
            MediatorTraining tr;
            tr.id = t.value(0).toString();
            tr.version = t.value(1).toLongLong();
            tr.trainedOn = dateOf(t.value(2));
            tr.topic = t.value(3).toString();
            if (!t.value(4).isNull())
                tr.hours = t.value(4).toInt();
            tr.organiser = t.value(5).toString();
            m.trainings.append(tr);
        }
    }
    return m;
}

int MediatorRepository::caseCount(const QString &mediatorId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(DISTINCT l.case_id) FROM mediation_case_mediators l "
                             "JOIN mediation_cases c ON c.id = l.case_id "
                             "WHERE l.mediator_id = ? AND l.deleted = 0 AND c.deleted = 0"));
    q.addBindValue(mediatorId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace ud
