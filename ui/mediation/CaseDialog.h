#pragma once

#include "mediation/CaseRosterService.h"
#include "mediation/MediationCase.h"
#include "mediation/MediationStateMachine.h"
#include "mediation/MediationDocumentData.h"

#include <QDialog>
#include <QSet>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QDateEdit;

namespace ud {

class AgreementStatementBox;
class CaseDocumentsBar;
class CaseEvidenceTab;
class CaseFollowOnTab;
class CaseMendButtons;
class CasePartiesTab;
class Database;
class MediationCommands;
class CodeListCache;

// The case file (一案一卷) of one dispute: its summary and deadlines, the status moves, the
// session records, the agreement with its payments, and the evidence. Every change goes
// through MediationCommands (MediationService through the command facade: one audited,
// undoable transaction each) and the file is re-read whenever the facade reports a change to
// the case or one of its records (an edit here, an undo or a redo).
// The evidence tab (CaseEvidenceTab) and the documents row (CaseDocumentsBar) are widgets of
// their own.
class CaseDialog : public QDialog
{
    Q_OBJECT

public:
    // `limitsFor` computes the dates the lifecycle rules compare against (window end, review
    // due...) from the calendar and policy; `deadlinesText` describes the open deadlines.
    using LimitsFunction = std::function<MediationStateMachine::Limits(const MediationCase &)>;
    using DeadlinesFunction = std::function<QString(const MediationCase &)>;

    CaseDialog(Database &db, MediationCommands &service, const CodeListCache &lookups, const QString &caseId,
               bool mayEdit, LimitsFunction limitsFor, DeadlinesFunction deadlinesText, QWidget *parent = nullptr);

    const MediationCase &currentCase() const { return m_case; }
    void reload();

    // The steps behind the buttons, without their dialogs (used by the buttons and by tests).
    Status changeStatus(const MediationStateMachine::Request &request);
    Status saveAgreementFromForm();
    Status recordPaymentFromForm();
    Status addSession(const CaseSession &session);
    Status attachFile(const QString &path, const QString &description);
    Status saveParties(const QList<CaseParty> &parties);
    // Writes a document of the case as PDF (full ID numbers: the read is recorded in the access
    // log under `actor`).
    Status saveDocument(MediationDocumentKind kind, const QString &path);
    void setActor(const QString &actor);

Q_SIGNALS:
    void caseChanged(const QString &caseId);

private:
    void buildUi();
    void onRecordChanged(const QString &table, const QString &id);
    void fillSummary();
    void fillSessions();
    void fillAgreement(); // the agreement's form (unless edited and unsaved) and the payments
    void openTransition();
    void openExtension();
    void openSession(int row);
    void addAgreedRow(const CaseItem &item);
    void setMessage(const QString &text, bool error);
    void saveRoster(const QList<CaseRosterService::Line> &lines);

    Database &m_db;
    MediationCommands &m_service;
    QSet<QString> m_recordIds; // the case's own records ever shown here
    const CodeListCache &m_lookups;
    QString m_caseId;
    bool m_mayEdit;
    LimitsFunction m_limitsFor;
    DeadlinesFunction m_deadlinesText;
    MediationCase m_case;

    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_deadlines = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_transition = nullptr;
    QPushButton *m_extend = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_summary = nullptr;
    QTableWidget *m_sessions = nullptr;
    QPushButton *m_addSession = nullptr;
    QTableWidget *m_agreed = nullptr;
    QPlainTextEdit *m_terms = nullptr;
    QLineEdit *m_waived = nullptr;
    QLineEdit *m_tax = nullptr;
    QPushButton *m_addAgreed = nullptr;
    QPushButton *m_removeAgreed = nullptr;
    QPushButton *m_saveAgreement = nullptr;
    QLabel *m_moneyLine = nullptr;
    QTableWidget *m_payments = nullptr;
    QDateEdit *m_payDate = nullptr;
    QLineEdit *m_payAmount = nullptr;
    QLineEdit *m_payMethod = nullptr;
    QCheckBox *m_payAtSigning = nullptr;
    QPushButton *m_recordPayment = nullptr;
    CaseEvidenceTab *m_evidence = nullptr;
    CasePartiesTab *m_parties = nullptr;
    bool m_agreementEdited = false; // the agreement's form holds unsaved edits
    CaseDocumentsBar *m_documents = nullptr;
    AgreementStatementBox *m_statement = nullptr; // 履行方式 and the respondent's position
    CaseFollowOnTab *m_followOn = nullptr;
    CaseMendButtons *m_paymentMend = nullptr; // correct / void a payment
    CaseMendButtons *m_sessionMend = nullptr; // void a session record
    QLabel *m_payDateMessage = nullptr;       // why the payment's date cannot be taken
};

} // namespace ud
