#pragma once

#include "mediation/MediationCase.h"
#include "mediation/MediationDemoText.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ud {

// How a planned demo case ends up; every status, and "failed" with each close reason.
enum class DemoOutcome {
    Received,
    Accepted,
    Rejected,
    InMediation,
    Agreed,
    FailedNoAgreement,
    FailedRefusal,
    FailedWithdrawal,
    FailedExpired,
    ArbitrationReview,
    JudicialConfirmation,
    Performing,
    Performed,
    Breached,
    Withdrawn, // withdrawn before acceptance (its own ending)
};

// One demo case as planned by MediationDemo, before anything is written: the intake and every
// step after it with its date, for MediationDemoWriter.
struct DemoCasePlan
{
    DemoOutcome outcome = DemoOutcome::Received;
    MediationCase intake;
    DemoDisputeFacts facts;
    DemoDispute dispute;
    QString employerAgent;
    QDate decidedOn;
    QString rejectReason;
    QDate mediationOn;
    int extensionDays = 0;
    QString extensionConsent;
    QList<CaseSession> sessions;
    QDate agreedOn;
    QList<CaseItem> agreed;
    QString terms;
    QString waived;
    QString tax;
    CaseStatus review = CaseStatus::Received; // ArbitrationReview or JudicialConfirmation when applied for
    QDate reviewOn;
    QDate performingOn;
    QList<CasePayment> payments;
    QDate closedOn;
    QString closeReason;
    QString closeText;
    QDate followUpOn;
    QString followUpNote;
};

} // namespace ud
