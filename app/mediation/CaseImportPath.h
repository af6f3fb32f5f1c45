#pragma once

#include "mediation/MediationCase.h"
#include "mediation/MediationStateMachine.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace ud {

class MediationService;

// One row of an imported case register, read and checked by CaseRegisterImporter: the intake,
// the status the case has reached, and the dates and amounts of the steps that led there.
// Applicants who are not in the register yet are listed in newWorkers and stand in the intake
// with the placeholder worker id "new:<ID number>" until they are written.
struct CaseImportRow
{
    int row = 0;
    MediationCase intake;
    CaseStatus status = CaseStatus::Received;
    QDate decidedOn;   // 受理日期 (a case not accepted: the decision)
    QDate agreedOn;    // 协议日期, or else 结案日期 for a case with an agreement
    QDate reviewOn;    // 确认申请日期
    QDate performedOn; // 履行日期
    QDate closedOn;    // 结案日期
    std::optional<qint64> agreedFen;
    std::optional<qint64> paidFen;
    QString closeReason; // failed: code of list 'case_close_reason'
    QString reason;      // rejected, failed, breached: the register's own words
    QList<QVariantMap> newWorkers; // workers to add: name, id_number, employer_id
};

// The lifecycle path of an imported case: MediationStateMachine's moves from "received" to the
// row's status, on the register's dates. check() runs them on an in-memory copy (so a file with a
// bad row is reported completely); write() makes them through MediationService::importCase.
//
// The deadlines (acceptance, window, reviews) are not applied to imported history: the register's
// dates are kept as they are. Dates in the future, dates out of order, unpaid money of a
// "performed" case and every other rule of the state machine are.
class CaseImportPath
{
    Q_DECLARE_TR_FUNCTIONS(CaseImportPath)

public:
    // A problem with the row; `field` is the importer's column key ("status", "decided_on"...).
    struct Problem
    {
        QString field;
        QString message;
    };

    explicit CaseImportPath(const CaseImportRow &row);

    // What the row lacks for its status: dates the path needs, amounts that do not fit it.
    const QList<Problem> &problems() const { return m_problems; }
    // Runs the moves on an in-memory copy of the case (call when problems() is empty and the
    // intake is valid): nothing, or the first move refused and why.
    QList<Problem> check(const QDate &today) const;
    // Imports the case from `intake` (the row's, with the applicants' real ids) with every move,
    // its agreement and payments (MediationService::importCase); the id of the new case.
    Result<QString> write(MediationService &service, const MediationCase &intake, const QDate &today) const;

    // The claim item an amount of the register stands for, by dispute type.
    static QString mainItem(const QString &disputeType);

private:
    struct Step
    {
        MediationStateMachine::Request request;
        QString field; // the column the step's date comes from
    };
    void add(CaseStatus to, const QDate &on, const QString &field, const QString &reason = {});
    bool need(const QDate &date, const QString &field);
    QList<CaseItem> agreedItems() const;
    QList<CasePayment> payments() const;
    QString agreementTerms() const;

    const CaseImportRow &m_row;
    QList<Step> m_steps;
    QList<Problem> m_problems; // found while building the path
};

} // namespace ud
