#pragma once

#include "mediation/CaseRosterService.h"
#include "mediation/MediationCase.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ud {

class Database;
class WorkerPicker;

// The parties tab of the case file (CaseDialog): the applicants and agents of a registered
// case, with workers added from the register (a worker who joins the case), agents added by
// name (a lawyer or relative who appears later), representatives marked, and parties removed.
// Nothing is written until "Save parties": the dialog passes the list to
// MediationService::saveParties, which applies the intake's rules. For a collective case the
// applicants also show the roster (each worker's agreed amount and the authorisation of the
// representatives), saved on its own with "Save roster" (CaseRosterService).
class CasePartiesTab : public QWidget
{
    Q_OBJECT

public:
    explicit CasePartiesTab(Database &db, QWidget *parent = nullptr);

    void setParties(const QList<CaseParty> &parties);
    // The list as edited: kept parties with their id, new ones without.
    QList<CaseParty> parties() const;
    void setEditable(bool editable);
    // A collective case shows the roster columns and the "Save roster" button.
    void setCollective(bool collective);
    // The roster as edited: one line per saved applicant; "" or the reason it cannot be saved
    // (an amount that is not a sum of money).
    QList<CaseRosterService::Line> rosterLines(QString *problem = nullptr) const;
    // The list was changed here and not saved yet (setParties() starts afresh).
    bool isEdited() const { return m_edited; }
    void retranslate();
    // Adds the worker chosen in the picker as an applicant; "" or the reason it was not added.
    QString addChosenWorker();
    // Adds an agent from the name, phone, relation and side fields; "" or the reason.
    QString addAgentFromFields();

Q_SIGNALS:
    void saveRequested(const QList<CaseParty> &parties);
    void rosterSaveRequested(const QList<CaseRosterService::Line> &lines);
    void problem(const QString &message);

private:
    void appendRow(const CaseParty &party);
    void showRows();

    QList<CaseParty> m_parties;
    bool m_editable = true;
    bool m_edited = false;
    QTableWidget *m_table = nullptr;
    WorkerPicker *m_picker = nullptr;
    QPushButton *m_addApplicant = nullptr;
    QLineEdit *m_agentName = nullptr;
    QLineEdit *m_agentPhone = nullptr;
    QLineEdit *m_agentRelation = nullptr;
    QComboBox *m_agentSide = nullptr;
    QPushButton *m_addAgent = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_save = nullptr;
    bool m_collective = false;
    QPushButton *m_saveRoster = nullptr;
    QStringList m_amountTexts; // the roster's amounts as typed, by row
};

} // namespace ud
