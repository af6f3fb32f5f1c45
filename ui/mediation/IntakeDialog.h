#pragma once

#include "mediation/MediationCase.h"
#include "mediation/Mediator.h"
#include "register/RegisterValidator.h"

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
class QTimer;

namespace ud {

class Database;
class DraftStore;
class EmployerPicker;
class IntakeAgentsTable;
class IntakeApplicantsTable;
class IntakeClaimsTable;
class MediationCommands;
class CodeListCache;

// 受理登记: takes a dispute in. Applicants and the respondent come from the register; claims are
// entered line by line in yuan (stored as fen). Every change is saved as a draft (DraftStore)
// half a second after typing stops, so nothing typed is lost on a crash; the draft comes back
// the next time the dialog opens and is removed once the case is registered. On Register all
// problems are shown next to their fields at once and nothing is written until all are fixed.
// The applicants, agents and claims tables are widgets of their own (IntakeTables.h).
class IntakeDialog : public QDialog
{
    Q_OBJECT

public:
    IntakeDialog(Database &db, MediationCommands &service, const CodeListCache &lookups, const QString &userName,
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
    void showErrors(const QList<FieldError> &errors);
    void clearErrors();
    void scheduleDraft();
    void discardDraft();
    // The ids of the register's mediators named in c.mediators, first the lead; the problems
    // (a name not in the register, two of the same name, a mediator working for the employer)
    // as one message, empty when there are none.
    QString mediatorsOf(const MediationCase &c, QStringList *ids) const;
    QLabel *errorLabel(const QString &field) const;

    Database &m_db;
    MediationCommands &m_service;
    const CodeListCache &m_lookups;
    QString m_userName;
    std::unique_ptr<DraftStore> m_drafts;
    QTimer *m_draftTimer;
    bool m_restoring = false;
    QString m_caseId;
    QString m_shownWarnings; // the intake warnings last shown; registering again accepts them

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
    IntakeApplicantsTable *m_applicants = nullptr;
    IntakeAgentsTable *m_agents = nullptr;
    IntakeClaimsTable *m_claims = nullptr;
    QPlainTextEdit *m_facts = nullptr;
    QPlainTextEdit *m_requests = nullptr;
    // The mediators, picked from the register of mediators (those appointed today) or typed when
    // the register has none yet; several names are separated by 、 or commas.
    QComboBox *m_mediators = nullptr;
    QList<Mediator> m_availableMediators; // of the register, appointed today
    QPushButton *m_register = nullptr;
    QHash<QString, QLabel *> m_errorLabels;
    QHash<QString, QLabel *> m_captions;
};

} // namespace ud
