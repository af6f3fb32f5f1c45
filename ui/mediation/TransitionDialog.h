#pragma once

#include "mediation/MediationStateMachine.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace ud {

class CodeListCache;

// Asks for the next status of a case, the date and the reason. The choices are the moves the
// lifecycle allows from the case's status; the rules about the case's data are checked by the
// caller (MediationService::transition), whose message is shown here if the move is refused.
class TransitionDialog : public QDialog
{
    Q_OBJECT

public:
    TransitionDialog(const MediationCase &c, const CodeListCache &lookups, QWidget *parent = nullptr);
    MediationStateMachine::Request request() const;
    void showError(const QString &message);
    // Preselects a target status, if it is one of the choices.
    void selectTarget(CaseStatus status);

private:
    void updateFields();

    QComboBox *m_target;
    QDateEdit *m_date;
    QComboBox *m_closeReason;
    QLabel *m_closeReasonLabel;
    QPlainTextEdit *m_reason;
    QLabel *m_hint;
    QLabel *m_error;
};

} // namespace ud
