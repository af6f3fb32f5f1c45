#pragma once

#include "core/Result.h"
#include "mediation/Mediator.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace ud {

class CodeListCache;
class Database;
class EmployerPicker;
class MediatorCommands;

// Adds or edits one mediator of the register: who she is, where she works (an employer of the
// register, for the 回避 check, or in words), her qualification (art. 11), her appointment and
// her trainings. Saving goes through MediatorCommands (one undoable step); a refusal is shown in
// the dialog, which stays open.
class MediatorDialog : public QDialog
{
    Q_OBJECT

public:
    MediatorDialog(Database &db, MediatorCommands &commands, const CodeListCache &lookups, const Mediator &mediator,
                   QWidget *parent = nullptr);

    // The mediator as the form holds it.
    Mediator mediatorFromForm() const;
    // Saves the form; on success the dialog is accepted.
    Status save();

private:
    void addTrainingRow(const MediatorTraining &t);

    MediatorCommands &m_commands;
    Mediator m_mediator;
    QLineEdit *m_name;
    QComboBox *m_sex;
    QLineEdit *m_phone;
    EmployerPicker *m_employer;
    QLineEdit *m_workplace;
    QComboBox *m_qualification;
    QLineEdit *m_qualificationNote;
    QCheckBox *m_hasStart;
    QDateEdit *m_appointedOn;
    QCheckBox *m_hasEnd;
    QDateEdit *m_appointedUntil;
    QLineEdit *m_appointedBy;
    QCheckBox *m_active;
    QPlainTextEdit *m_notes;
    QTableWidget *m_trainings;
    QPushButton *m_addTraining;
    QPushButton *m_removeTraining;
    QLabel *m_message;
};

} // namespace ud
