#pragma once

#include "core/MediationCase.h"
#include "storage/RegisterValidator.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace ud {

class Database;
class DraftStore;
class EmployerPicker;
class MediationService;
class RegisterLookups;
class WorkerPicker;

// 受理登记: takes a dispute in. Applicants and the respondent come from the register; claims are
// entered line by line in yuan (stored as fen). Every change is saved as a draft (DraftStore)
// half a second after typing stops, so nothing typed is lost on a crash; the draft comes back
// the next time the dialog opens and is removed once the case is registered. On Register all
// problems are shown next to their fields at once and nothing is written until all are fixed.
class IntakeDialog : public QDialog
{
    Q_OBJECT

public:
    IntakeDialog(Database &db, MediationService &service, const RegisterLookups &lookups, const QString &userName,
                 const QString &defaultMediator, QWidget *parent = nullptr);
    ~IntakeDialog() override;

    const QString &caseId() const { return m_caseId; } // after a successful registration
    void accept() override;

    // The form as a case (for validation and registration).
    MediationCase formCase() const;
    // Draft persistence (also used by tests).
    QJsonObject draftPayload() const;
    void restoreDraft(const QJsonObject &payload);
    void saveDraftNow();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildForm();
    void retranslate();
    void addApplicant();
    void addApplicantRow(const QString &workerId, const QString &name, const QString &maskedId,
                         const QString &employer, bool representative);
    void addAgentRow(const QString &name, const QString &phone, const QString &relation, const QString &side);
    void addClaimRow(const QString &item, const QString &description, const QString &amount);
    void showErrors(const QList<FieldError> &errors);
    void clearErrors();
    void scheduleDraft();
    void discardDraft();
    QLabel *errorLabel(const QString &field) const;

    Database &m_db;
    MediationService &m_service;
    const RegisterLookups &m_lookups;
    QString m_userName;
    std::unique_ptr<DraftStore> m_drafts;
    QTimer *m_draftTimer;
    bool m_restoring = false;
    QString m_caseId;
    QHash<QString, QString> m_applicantIdNumbers; // worker id -> full ID number (never shown)

    QLabel *m_draftNote = nullptr;
    QPushButton *m_discard = nullptr;
    QDateEdit *m_receivedOn = nullptr;
    QComboBox *m_source = nullptr;
    EmployerPicker *m_employer = nullptr;
    QComboBox *m_consent = nullptr;
    QComboBox *m_disputeType = nullptr;
    QListWidget *m_otherTypes = nullptr;
    QCheckBox *m_collective = nullptr;
    QSpinBox *m_workerCount = nullptr;
    WorkerPicker *m_applicantPicker = nullptr;
    QPushButton *m_addApplicant = nullptr;
    QPushButton *m_removeApplicant = nullptr;
    QTableWidget *m_applicants = nullptr;
    QTableWidget *m_agents = nullptr;
    QPushButton *m_addAgent = nullptr;
    QPushButton *m_removeAgent = nullptr;
    QTableWidget *m_claims = nullptr;
    QPushButton *m_addClaim = nullptr;
    QPushButton *m_removeClaim = nullptr;
    QLabel *m_claimTotal = nullptr;
    QPlainTextEdit *m_facts = nullptr;
    QPlainTextEdit *m_requests = nullptr;
    QLineEdit *m_mediators = nullptr;
    QPushButton *m_register = nullptr;
    QHash<QString, QLabel *> m_errorLabels;
    QHash<QString, QLabel *> m_captions;
};

} // namespace ud
