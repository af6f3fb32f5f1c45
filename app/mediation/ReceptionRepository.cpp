#include "mediation/ReceptionRepository.h"

#include "mediation/MediationRepository.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace ud {

namespace {

const char *const kColumns =
    "SELECT r.id, r.version, r.received_on, r.kind, r.visitor_name, r.visitor_phone, coalesce(r.worker_id, ''), "
    "coalesce(r.employer_id, ''), r.employer_name, r.worker_count, r.migrant_workers, coalesce(r.dispute_type, ''), "
    "r.summary, r.answer, coalesce(r.outcome, ''), coalesce(r.case_id, ''), r.handled_by, coalesce(w.name, ''), "
    "coalesce(e.name, ''), coalesce(c.case_no, ''), "
    "(SELECT count(*) FROM mediation_referrals f WHERE f.reception_id = r.id AND f.deleted = 0) "
    "FROM mediation_receptions r LEFT JOIN workers w ON w.id = r.worker_id "
    "LEFT JOIN employers e ON e.id = r.employer_id LEFT JOIN mediation_cases c ON c.id = r.case_id ";

Reception receptionOf(const QSqlQuery &q)
{
    Reception r;
    r.id = q.value(0).toString();
    r.version = q.value(1).toLongLong();
    r.receivedOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    r.kind = q.value(3).toString();
    r.visitorName = q.value(4).toString();
    r.visitorPhone = q.value(5).toString();
    r.workerId = q.value(6).toString();
    r.employerId = q.value(7).toString();
    r.employerName = q.value(8).toString();
    r.workerCount = q.value(9).toInt();
    r.migrantWorkers = q.value(10).toInt() != 0;
    r.disputeType = q.value(11).toString();
    r.summary = q.value(12).toString();
    r.answer = q.value(13).toString();
    r.outcome = q.value(14).toString();
    r.caseId = q.value(15).toString();
    r.handledBy = q.value(16).toString();
    r.workerName = q.value(17).toString();
    r.registerEmployerName = q.value(18).toString();
    r.caseNo = q.value(19).toString();
    r.referralCount = q.value(20).toInt();
    return r;
}

} // namespace

QList<Reception> ReceptionRepository::list(const QDate &from, const QDate &to, const QString &text) const
{
    QStringList terms{QStringLiteral("r.deleted = 0")};
    QVariantList binds;
    if (from.isValid()) {
        terms << QStringLiteral("r.received_on >= ?");
        binds << from.toString(Qt::ISODate);
    }
    if (to.isValid()) {
        terms << QStringLiteral("r.received_on <= ?");
        binds << to.toString(Qt::ISODate);
    }
    if (!text.trimmed().isEmpty()) {
        terms << QStringLiteral("(instr(r.visitor_name, ?) > 0 OR instr(coalesce(w.name, ''), ?) > 0 "
                                "OR instr(r.employer_name, ?) > 0 OR instr(coalesce(e.name, ''), ?) > 0 "
                                "OR instr(r.summary, ?) > 0 OR instr(r.answer, ?) > 0 OR instr(r.visitor_phone, ?) > 0)");
        for (int i = 0; i < 7; ++i)
            binds << text.trimmed();
    }
    QList<Reception> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QLatin1String(kColumns) + QStringLiteral("WHERE ") + terms.join(QStringLiteral(" AND "))
                   + QStringLiteral(" ORDER BY r.received_on DESC, r.created_at DESC, r.id DESC")))
        return out;
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(receptionOf(q));
    return out;
}

std::optional<Reception> ReceptionRepository::get(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(kColumns) + QStringLiteral("WHERE r.id = ? AND r.deleted = 0"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return receptionOf(q);
}

QString ReceptionRepository::caseIdByNumber(const QString &caseNo) const
{
    return MediationRepository(m_db).caseIdByNumber(caseNo);
}

int ReceptionRepository::count(const QDate &from, const QDate &to) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM mediation_receptions WHERE deleted = 0 AND received_on BETWEEN ? AND ?"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace ud
