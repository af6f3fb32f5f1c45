#pragma once

#include "core/FieldError.h"
#include "mediation/MediationCase.h"
#include "mediation/MediationStateMachine.h"
#include "core/Result.h"
#include "register/RegisterValidator.h" // FieldError

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace ud {

class CaseNumbers;
class RecordStore;

// Writes of the mediation workspace (issue 4). Every operation is one transaction through
// RecordStore: all of its rows, audit entries and outbox rows, or nothing.
class MediationService
{
    Q_DECLARE_TR_FUNCTIONS(MediationService)

public:
    explicit MediationService(RecordStore &store) : m_store(store) {}

    // Intake (受理登记): checks every field and reports all problems at once. FieldError::field
    // names the form's part: receivedOn, source, employer, disputeType, facts, applicants,
    // agents, collective, workerCount, claims/N.
    QList<FieldError> validateIntake(const MediationCase &intake, const QDate &today) const;
    // Whether a case is a mediator's new intake or a case of an earlier register being imported.
    enum class Intake { New, History };
    // The intake's problems for a case of an earlier register (Intake::History): those of
    // validateIntake except the typing checks of a new intake that history is exempt from (a date
    // received more than five years ago is history, not a mistyped year).
    QList<FieldError> validateHistory(const MediationCase &intake, const QDate &today) const;
    // Registers the case (status "received") with its applicants, agents and claims and a new
    // case number from this node's block, or the number in intake.caseNo when one is given (a
    // case of an earlier register being imported; it must be unique). Checked by validateIntake,
    // or by validateHistory for Intake::History. Returns the new case's id.
    Result<QString> registerCase(const MediationCase &intake, const QDate &today, Intake kind = Intake::New);

    // The steps of a case of an earlier register after its intake: the moves from "received" to
    // where the register says it stands; at the move to "agreed", the agreement's terms and
    // agreed lines, and the payments made under it.
    struct History
    {
        QList<MediationStateMachine::Request> moves;
        QString agreementTerms;
        QList<CaseItem> agreedItems;
        QList<CasePayment> payments;
    };
    // Imports a case of an earlier register (CaseRegisterImporter) in one transaction: taken along
    // history.moves from "received", each move checked by MediationStateMachine on the case as it
    // stands (the deadlines are not applied to history), then registered as history (the checks
    // of registerCase with Intake::History) as it stands at the end, with what transition()
    // records of each move, the agreement stored as saveAgreement and the payments as addPayment
    // would store them. The case's audit entry (its creation) has the register's path as its
    // reason ("已收到 → 已受理 (2018-03-05) → …"): the moves were made before, elsewhere, not one by
    // one in this database. Returns the case's id.
    Result<QString> importCase(const MediationCase &intake, const History &history, const QDate &today);

    // Moves the case along its lifecycle (MediationStateMachine) and stores the date, the
    // reason and what the move records (decision reason, close reason, review kind...).
    Status transition(const QString &caseId, qint64 baseVersion, const MediationStateMachine::Request &request,
                      const QDate &today, const MediationStateMachine::Limits &limits);

    // Both parties agreed to extend the mediation window by `days` (recorded consent).
    Status extendWindow(const QString &caseId, qint64 baseVersion, int days, const QString &consent);

    // Case fields edited after intake (facts, mediators, follow-up, notes...). Only the columns
    // of mediation_cases that a user may edit are accepted.
    Status updateCase(const QString &caseId, qint64 baseVersion, const QVariantMap &changes, const QString &reason = {});

    // 调解笔录: creates (empty id) or updates a session. The record of a session held before
    // today is changed only with session.changeReason (the audit entry's reason); a voided record
    // is not changed.
    Result<QString> saveSession(const QString &caseId, const CaseSession &session);
    Status removeSession(const QString &sessionId, qint64 baseVersion);

    // The agreement's terms: replaces the agreed items (kind "agreed") and stores the text fields.
    Status saveAgreement(const QString &caseId, const QString &terms, const QString &waivedClaims,
                         const QString &taxBorneBy, const QList<CaseItem> &agreedItems);
    // Replaces the claims (kind "claim").
    Status saveClaims(const QString &caseId, const QList<CaseItem> &claims);
    // Replaces the case's applicants and agents (a worker who joins the case, a lawyer or a
    // relative who appears later): the intake's rules for parties apply (applicants from the
    // register and listed once, agents named, a collective case's threshold and elected
    // representatives); the number of workers involved grows with the applicants. Parties keep
    // their id when they are kept; those left out are removed. Refused once the case is closed.
    Status saveParties(const QString &caseId, const QList<CaseParty> &parties, const QDate &today);

    // A payment made under the agreement. Refused when it would take the total paid above the
    // agreed sum, when it is dated before the agreement or in the future.
    Result<QString> addPayment(const QString &caseId, const CasePayment &payment, const QDate &today);

    // Evidence: copies the file's bytes into the database (once per content hash) and adds the
    // attachment record. Refuses files above the policy's size limit.
    Result<QString> addAttachment(const QString &caseId, const QString &filePath, const QString &description);
    Status removeAttachment(const QString &attachmentId, qint64 baseVersion);

    // The policy number `key` from policy_values, or `fallback`.
    qint64 policyNumber(const QString &key, qint64 fallback) const;

    // What the intake form should warn about but not refuse (IntakeRules::warnings): the number
    // of a collective dispute's representatives, an applicant under 16.
    QList<FieldError> intakeWarnings(const MediationCase &intake) const;

private:
    // The case as stored now: refused when it no longer exists or was deleted, and with
    // `closedMessage` when one is given and the case is closed.
    Result<MediationCase> caseToChange(const QString &caseId, const QString &closedMessage = {}) const;
    // Replaces the case's lines of `kind` (create, update, remove), from the case as already read.
    Status replaceItems(const MediationCase &current, const QString &kind, const QList<CaseItem> &items);

    // registerCase, with the case's columns of `state` replacing the intake's ("status"...) and
    // the audit entry's reason: importCase writes a case of an earlier register as it stands.
    Result<QString> registerCase(const MediationCase &intake, const QDate &today, Intake kind, const QVariantMap &state,
                                 const QString &auditReason);
    // The prefix of this node's case numbers (CaseNumbers::prefix) for registerCase with
    // Intake::History, read once: an import registers thousands of cases in a few seconds.
    Result<QString> historyPrefix(const CaseNumbers &numbers);

    RecordStore &m_store;
    mutable QHash<QString, qint64> m_historyPolicy; // validateHistory's policy numbers, read once
    QString m_historyPrefix;                        // historyPrefix(), once read
};

} // namespace ud
