#pragma once

#include "mediation/MediationCase.h"

#include <QGroupBox>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ud {

class MediationCommands;

// What the agreement states besides its terms (the agreement tab of the case file): 履行方式,
// the way the money is paid (bank transfer to the worker's wage card, cash at signing …), and
// 被申请人的意见, the respondent's position on the claims. Saved with "Save" through
// MediationCommands::updateCase (undoable, audited); an edit not saved yet survives the case
// being read again.
class AgreementStatementBox : public QGroupBox
{
    Q_OBJECT

public:
    AgreementStatementBox(MediationCommands &commands, const QString &caseId, QWidget *parent = nullptr);

    // The case as read; the fields follow it unless edited and not saved.
    void setCase(const MediationCase &c, bool editable);
    bool isEdited() const { return m_edited; }
    // Saves the two fields; "" or the reason it was refused.
    QString save();

Q_SIGNALS:
    // After "Save": the outcome for the dialog's message line (error: nothing was saved).
    void saved(const QString &message, bool error);

private:
    MediationCommands &m_commands;
    QString m_caseId;
    qint64 m_version = 0;
    QString m_savedMethod;
    QString m_savedPosition;
    bool m_edited = false;
    QLineEdit *m_method = nullptr;
    QPlainTextEdit *m_position = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace ud
