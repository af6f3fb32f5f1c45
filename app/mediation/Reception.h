#pragma once

#include <QDate>
#include <QString>

namespace ud {

// One entry of the reception log (mediation_receptions): a visit or call (咨询 / 接待, incl. 代写文书)
// that is not a case, or that became one.
struct Reception
{
    QString id;
    qint64 version = 0;
    QDate receivedOn;
    QString kind;          // code list 'reception_kind'
    QString visitorName;
    QString visitorPhone;
    QString workerId;      // the worker of the register, if known
    QString employerId;    // the employer of the register, if known
    QString employerName;  // the employer in words when not on the register
    int workerCount = 1;
    bool migrantWorkers = false; // 农民工
    QString disputeType;   // code list 'dispute_type'
    QString summary;       // what was asked
    QString answer;        // what was advised or written
    QString outcome;       // code list 'reception_outcome'
    QString caseId;        // the case it became
    QString handledBy;
    // Read back.
    QString workerName;
    QString registerEmployerName;
    QString caseNo;
    int referralCount = 0;

    // The employer as shown: the register's name, or the one in words.
    QString employerShown() const { return registerEmployerName.isEmpty() ? employerName : registerEmployerName; }
    // The visitor as shown: the name given, or the register's worker.
    QString visitorShown() const { return visitorName.isEmpty() ? workerName : visitorName; }
};

// A referral out of a reception (mediation_referrals with reception_id).
struct ReceptionReferral
{
    QString kind;     // code list 'referral_kind'
    QString reason;   // code list 'referral_reason'
    QDate referredOn;
    QString receivingBody;
    QString detail;
};

} // namespace ud
