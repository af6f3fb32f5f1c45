#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ud {

// Lifecycle of a dispute case (domain.md §1.4). Stored as the lower-case names in
// mediation_cases.status; MediationStateMachine decides which moves are allowed.
enum class CaseStatus {
    Received,             // D0: application received (art. 14)
    Accepted,             // accepted within the acceptance deadline
    Rejected,             // not accepted, with reasons and a written notice (final)
    InMediation,          // sessions under way
    Agreed,               // 调解协议书 effective (both parties signed, mediator signed, seal)
    Failed,               // no agreement, refusal, withdrawal or window expired (final; right to arbitrate)
    ArbitrationReview,    // 仲裁审查确认 applied for (≤ effective + 15 days)
    JudicialConfirmation, // 司法确认 applied for (≤ effective + 30 days)
    Performing,           // agreement being paid
    Performed,            // everything agreed paid (final)
    Breached,             // not performed: arbitration (art. 15) or 支付令 (art. 16) (final)
};

// One applicant or agent on a case.
struct CaseParty
{
    QString id;
    qint64 version = 0;
    QString role = QStringLiteral("applicant"); // "applicant" | "agent"
    QString side = QStringLiteral("worker");    // "worker" | "employer"
    QString workerId;                           // applicants: register worker
    bool representative = false;                // elected representative of a collective case
    QString name;                               // agents; for applicants the worker's name
    QString phone;
    QString relation;
    // Filled from the register when read back (applicants).
    QString idNumber;   // full; mask before showing (ResidentId::mask) unless the role may see it
    QString sex;        // "male" | "female" | ""
    QDate birthDate;
    QString ethnicity;  // code
    QString address;
    QString post;
};

// A money line: a claim (what is asked) or an agreed item (what the agreement says is paid).
struct CaseItem
{
    QString id;
    qint64 version = 0;
    QString kind = QStringLiteral("claim"); // "claim" | "agreed"
    QString item;                           // code list 'claim_item'
    QString description;
    qint64 amountFen = 0;
    QDate dueOn;                            // agreed items: payment date
};

struct CasePayment
{
    QString id;
    qint64 version = 0;
    QString itemId; // the agreed item it pays, if known
    QDate paidOn;
    qint64 amountFen = 0;
    QString method;
    QString note;
};

// 调解笔录: one mediation session.
struct CaseSession
{
    QString id;
    qint64 version = 0;
    QString startedAt; // local "YYYY-MM-DDTHH:MM"
    QString place;
    QString mediators;
    QString recorder;
    QString attendees;
    QString statements;
    QString proposals;
    QString progress;
    QString nextStep;
};

struct CaseAttachment
{
    QString id;
    qint64 version = 0;
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    QString sha256;
    QString description;
    QString createdAt;
};

// One case with everything on it, as read back (the case file, 一案一卷).
struct MediationCase
{
    QString id;
    qint64 version = 0;
    QString caseNo;
    int caseYear = 0;
    int caseSeq = 0;
    CaseStatus status = CaseStatus::Received;
    QDate receivedOn;
    QString source;          // code list 'case_source'
    bool collective = false;
    int workerCount = 0;     // 涉及职工人数
    QString employerId;
    QString disputeType;     // main type, code list 'dispute_type'
    QStringList otherDisputeTypes;
    QString facts;
    QString requests;
    QString mediators;
    std::optional<bool> respondentConsent;
    QDate decidedOn;
    QString decisionReason;
    int extensionDays = 0;
    QString extensionConsent;
    QDate agreedOn;
    QString agreementTerms;
    QString waivedClaims;
    QString taxBorneBy;
    QDate closedOn;
    QString closeReason;     // code list 'case_close_reason'
    QString opinion;
    QString reviewKind;      // "arbitration_review" | "judicial_confirmation" | ""
    QDate reviewAppliedOn;
    QString reviewResult;
    QDate followUpOn;
    QString followUpNote;
    QString notes;
    QString orgUnit;
    QString createdBy;
    QString updatedAt;
    bool deleted = false;

    // Filled from the register when read back.
    QString employerName;
    QString employerCreditCode;
    QString employerAddress;
    QString employerLegalRep;
    QString employerPhone;

    QList<CaseParty> parties;
    QList<CaseItem> items;
    QList<CasePayment> payments;
    QList<CaseSession> sessions;
    QList<CaseAttachment> attachments;

    QList<CaseParty> applicants() const;
    QList<CaseParty> agents() const;
    QList<CaseItem> claims() const;
    QList<CaseItem> agreedItems() const;
    qint64 claimedFen() const;
    qint64 agreedFen() const;
    qint64 paidFen() const;
    qint64 outstandingFen() const { return agreedFen() - paidFen(); }
};

} // namespace ud
