#pragma once

#include "mediation/MediationStateMachine.h"
#include "core/Result.h"
#include "mediation/MediationDemoPlan.h"

#include <QDate>
#include <QString>

#include <memory>

namespace ud {

class Database;
class MediationService;
class RecordStore;

// Writes planned demo cases through MediationService: registration, each move of the lifecycle
// on its planned date, sessions, the agreement, payments, the follow-up.
class MediationDemoWriter
{
public:
    MediationDemoWriter(Database &db, RecordStore &store, const QDate &today);
    ~MediationDemoWriter();
    MediationDemoWriter(const MediationDemoWriter &) = delete;
    MediationDemoWriter &operator=(const MediationDemoWriter &) = delete;

    // Whether the case's first applicant already has a case against the same employer (a run
    // with the same seed before this one).
    bool exists(const DemoCasePlan &plan) const;
    Status write(const DemoCasePlan &plan);

private:
    Status move(const QString &caseId, const DemoCasePlan &plan, CaseStatus to, const QDate &on, const QString &reason = {},
                const QString &closeReason = {});
    qint64 versionOf(const QString &caseId) const;

    Database &m_db;
    QDate m_today;
    std::unique_ptr<MediationService> m_service;
};

} // namespace ud
