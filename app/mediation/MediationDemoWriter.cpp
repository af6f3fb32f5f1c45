#include "mediation/MediationDemoWriter.h"

#include "storage/Database.h"
#include "mediation/MediationService.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ud {

MediationDemoWriter::MediationDemoWriter(Database &db, RecordStore &store, const QDate &today)
    : m_db(db), m_today(today), m_service(std::make_unique<MediationService>(store))
{
}

MediationDemoWriter::~MediationDemoWriter() = default;

bool MediationDemoWriter::exists(const DemoCasePlan &p) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM mediation_parties p JOIN mediation_cases c ON c.id = p.case_id "
                             "WHERE p.worker_id = ? AND p.role = 'applicant' AND p.sort_order = 0 AND p.deleted = 0 "
                             "AND c.employer_id = ? AND c.deleted = 0 LIMIT 1"));
    q.addBindValue(p.intake.parties.first().workerId);
    q.addBindValue(p.intake.employerId);
    return q.exec() && q.next();
}

qint64 MediationDemoWriter::versionOf(const QString &caseId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT version FROM mediation_cases WHERE id = ?"));
    q.addBindValue(caseId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

Status MediationDemoWriter::move(const QString &caseId, const DemoCasePlan &p, CaseStatus to, const QDate &on, const QString &reason,
                           const QString &closeReason)
{
    MediationStateMachine::Request r;
    r.to = to;
    r.on = on;
    r.reason = reason;
    r.closeReason = closeReason;
    MediationStateMachine::Limits limits;
    limits.windowEnd = p.intake.receivedOn.addDays(15 + p.extensionDays);
    if (p.agreedOn.isValid()) {
        limits.arbitrationReviewDue = p.agreedOn.addDays(15);
        limits.confirmationDue = p.agreedOn.addDays(30);
    }
    return m_service->transition(caseId, versionOf(caseId), r, m_today, limits);
}

Status MediationDemoWriter::write(const DemoCasePlan &p)
{
    auto registered = m_service->registerCase(p.intake, m_today);
    if (!registered)
        return registered.status();
    const QString id = registered.value();
    if (p.outcome == DemoOutcome::Received)
        return Status::success();
    if (p.outcome == DemoOutcome::Rejected)
        return move(id, p, CaseStatus::Rejected, p.decidedOn, p.rejectReason);
    if (p.outcome == DemoOutcome::Withdrawn)
        return move(id, p, CaseStatus::Withdrawn, p.closedOn, p.closeText);
    if (Status s = move(id, p, CaseStatus::Accepted, p.decidedOn); !s)
        return s;
    if (p.outcome == DemoOutcome::Accepted)
        return Status::success();
    if (p.mediationOn.isValid())
        if (Status s = move(id, p, CaseStatus::InMediation, p.mediationOn); !s)
            return s;
    if (p.extensionDays > 0)
        if (Status s = m_service->extendWindow(id, versionOf(id), p.extensionDays, p.extensionConsent); !s)
            return s;
    for (const CaseSession &session : p.sessions)
        if (auto saved = m_service->saveSession(id, session); !saved)
            return saved.status();
    if (!p.closeReason.isEmpty())
        return move(id, p, CaseStatus::Failed, p.closedOn, p.closeText, p.closeReason);
    if (!p.agreedOn.isValid())
        return Status::success(); // still in mediation

    if (Status s = m_service->saveAgreement(id, p.terms, p.waived, p.tax, p.agreed); !s)
        return s;
    if (Status s = move(id, p, CaseStatus::Agreed, p.agreedOn); !s)
        return s;
    if (p.review != CaseStatus::Received)
        if (Status s = move(id, p, p.review, p.reviewOn); !s)
            return s;
    if (p.performingOn.isValid())
        if (Status s = move(id, p, CaseStatus::Performing, p.performingOn); !s)
            return s;
    for (const CasePayment &payment : p.payments)
        if (auto paid = m_service->addPayment(id, payment, m_today); !paid)
            return paid.status();
    if (p.outcome == DemoOutcome::Performed) {
        if (Status s = move(id, p, CaseStatus::Performed, p.closedOn); !s)
            return s;
    } else if (p.outcome == DemoOutcome::Breached) {
        if (Status s = move(id, p, CaseStatus::Breached, p.closedOn, p.closeText); !s)
            return s;
    }
    if (p.followUpOn.isValid())
        return m_service->updateCase(id, versionOf(id),
                                     {{QStringLiteral("follow_up_on"), p.followUpOn.toString(Qt::ISODate)},
                                      {QStringLiteral("follow_up_note"), p.followUpNote}},
                                     QCoreApplication::translate("DemoGenerator", "Demo data"));
    return Status::success();
}

} // namespace ud
