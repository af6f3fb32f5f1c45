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
    Withdrawn,            // withdrawn before acceptance: its own ending, no notice (final)
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
    QString idType = QStringLiteral("resident"); // the register's ID type (IdDocument::code)
    QString sex;        // "male" | "female" | ""
    QDate birthDate;
    QString ethnicity;  // code
    QString address;
    QString post;
    // Collective roster (schema 10): this worker's agreed amount, and whether the worker signed
    // the written authorisation of the elected representatives.
    std::optional<qint64> amountFen;
    bool authorised = false;
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
    bool atSigning = false; // 当场履行: paid when the agreement was signed
    // Schema 15: a payment entered by mistake is voided with a reason, never deleted; a voided
    // payment is kept and shown, and counts nowhere (CaseCorrections::livePayments).
    bool voided = false;
    QDate voidedOn;
    QString voidReason;
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
    // Schema 15: a session record entered by mistake is voided with a reason (kept, shown as
    // voided, left out of the papers: CaseCorrections::liveSessions).
    bool voided = false;
    QDate voidedOn;
    QString voidReason;
    // Not stored: why an earlier session's record is being changed (the audit entry's reason;
    // MediationService::saveSession asks for it when the session is older than today).
    QString changeReason;
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

// Schema 10 records of a case (read back by CaseFileRecords). Dates invalid when not set.

// A mediator of the register on the case (mediation_case_mediators).
struct CaseMediator
{
    QString id;
    qint64 version = 0;
    QString mediatorId;
    QString name;           // from the register
    QString role = QStringLiteral("lead"); // "lead" | "assistant" | "recorder"
    QString conflictNote;   // reason recorded when the 回避 warning was overridden
};

// 送达: a notice or the agreement served on someone.
struct CaseService
{
    QString id;
    qint64 version = 0;
    QString document;       // code list 'mediation_document'
    QDate servedOn;
    QString method;         // code list 'service_method'
    QString side = QStringLiteral("worker"); // "worker" | "employer" | "other"
    QString recipient;
    QString note;
};

// 回访 made.
struct CaseFollowUp
{
    QString id;
    qint64 version = 0;
    QDate doneOn;
    QString method;         // code list 'follow_up_method'
    QString contact;
    QString content;
    std::optional<bool> satisfied;
    QString byName;
};

// A step after a breach: 督促履行, the notice of non-performance, a 支付令 application.
struct CaseBreachStep
{
    QString id;
    qint64 version = 0;
    QString kind;           // "urge" | "nonperformance_notice" | "payment_order"
    QDate doneOn;
    QString body;
    QString detail;
    QString outcome;
    QDate outcomeOn;
    QDate nextDueOn;
};

// A referral out of the case (劳动监察, 法律援助, arbitration, court).
struct CaseReferral
{
    QString id;
    qint64 version = 0;
    QString kind;           // code list 'referral_kind'
    QString reason;         // code list 'referral_reason'
    QDate referredOn;
    QString receivingBody;
    QString detail;
    QString outcome;
    QDate outcomeOn;
};

// 补充协议 to an agreement that has taken effect.
struct CaseSupplement
{
    QString id;
    qint64 version = 0;
    QDate signedOn;
    QString terms;
    QString reason;
    qint64 amountChangeFen = 0;
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
    // Schema 10.
    QString decisionReasonCode;  // code list 'non_acceptance_reason'
    QString respondentPosition;  // 被申请人的意见, stated in the agreement
    QString performanceMethod;   // 履行方式, stated in the agreement
    QString reviewOutcome;       // "mediation_statement" | "not_confirmed" | "confirmed_valid" | "dismissed" | ""
    QDate reviewDecidedOn;
    QString reviewDocumentNo;
    bool migrantWorkers = false; // 涉及农民工
    QString overrides;           // warnings a person overrode, one per line with the reason
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
    QList<CaseMediator> caseMediators;
    QList<CaseService> services;
    QList<CaseFollowUp> followUps;
    QList<CaseBreachStep> breachSteps;
    QList<CaseReferral> referrals;
    QList<CaseSupplement> supplements;
    // Schema 17: the date of the latest status move, as stated (invalid while the case is as
    // received, and for moves made before schema 17). No move may be dated before it.
    QDate lastMovedOn;

    QList<CaseParty> applicants() const;
    QList<CaseParty> agents() const;
    QList<CaseItem> claims() const;
    QList<CaseItem> agreedItems() const;
    qint64 claimedFen() const;
    qint64 agreedFen() const;
    qint64 paidFen() const;
    // The agreed sum as changed by the supplementary agreements (补充协议), and what of it is unpaid.
    qint64 agreedTotalFen() const;
    qint64 outstandingFen() const { return agreedTotalFen() - paidFen(); }
};

} // namespace ud
