#pragma once

#include "mediation/MediationStateMachine.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ud {

class CodeListCache;

// Asks for the next status of a case, the date and the reason. The choices are the moves the
// lifecycle allows from the case's status; the rules about the case's data are checked by the
// caller (MediationService::transition), whose message is shown here if the move is refused.
// The warnings of the move (MediationStateMachine::assess with `limits`: a late application, an
// agreement after the window, an applicant under 16) are shown as they arise; the OK button
// stays disabled until a reason for overriding them is typed. Not accepting a case takes a coded
// reason (list 'non_acceptance_reason'); "other" needs words.
//
// Before the click the dialog says what the move will do to the case (TransitionPreview: the
// status change, the dates recorded, what starts, stops or becomes printable, what cannot be
// undone), and the confirming button names the move. A date the rules refuse (in the future,
// before the case's previous step) is named next to the date field as it is entered, and the
// button stays disabled until it is corrected.
class TransitionDialog : public QDialog
{
    Q_OBJECT

public:
    TransitionDialog(const MediationCase &c, const CodeListCache &lookups,
                     const MediationStateMachine::Limits &limits = {}, QWidget *parent = nullptr);
    MediationStateMachine::Request request() const;
    void showError(const QString &message);
    // Preselects a target status, if it is one of the choices.
    void selectTarget(CaseStatus status);

private:
    void updateFields();
    void updateWarnings();
    void updatePreview(const MediationStateMachine::Request &request);
    void fitHeight();

    MediationCase m_case;
    MediationStateMachine::Limits m_limits;
    QComboBox *m_target;
    QDateEdit *m_date;
    QLabel *m_dateError;
    QComboBox *m_closeReason;
    QLabel *m_closeReasonLabel;
    QComboBox *m_rejectReason;
    QLabel *m_rejectReasonLabel;
    QPlainTextEdit *m_reason;
    QLabel *m_hint;
    QLabel *m_preview;
    QLabel *m_warnings;
    QLabel *m_overrideLabel;
    QLineEdit *m_override;
    QLabel *m_error;
    QPushButton *m_ok = nullptr;
};

} // namespace ud
