#pragma once

#include "core/Result.h"
#include "mediation/Reception.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace ud {

class CodeListCache;
class Database;
class EmployerPicker;
class ReceptionCommands;
class WorkerPicker;

// Quick entry of one visit or call for the reception log (咨询 / 接待, incl. 代写文书), made to be
// filled by keyboard in under a minute: the date (today), kind, visitor and phone, the worker or
// employer (from the register, or the employer in words), how many workers and whether they
// are 农民工, the dispute type, what was asked and what was advised or written, the outcome, who
// handled it, the case it became (by number) and, if the visitor was referred elsewhere, where.
// Tab moves through the fields; Ctrl+Enter saves. Saving goes through ReceptionCommands (the
// entry and its referral as one undoable step).
class ReceptionDialog : public QDialog
{
    Q_OBJECT

public:
    ReceptionDialog(Database &db, ReceptionCommands &commands, const CodeListCache &lookups, const Reception &reception,
                    QWidget *parent = nullptr);

    Reception receptionFromForm() const;
    // Saves the form; on success the dialog is accepted. A refusal is shown in the dialog.
    Status save();
    const QString &savedId() const { return m_reception.id; }

private:
    std::optional<ReceptionReferral> referralFromForm() const;

    ReceptionCommands &m_commands;
    Reception m_reception;
    QDateEdit *m_date;
    QComboBox *m_kind;
    QLineEdit *m_visitor;
    QLineEdit *m_phone;
    WorkerPicker *m_worker;
    EmployerPicker *m_employer;
    QSpinBox *m_workerCount;
    QCheckBox *m_migrant;
    QComboBox *m_disputeType;
    QPlainTextEdit *m_asked;
    QPlainTextEdit *m_answer;
    QComboBox *m_outcome;
    QLineEdit *m_handledBy;
    QLineEdit *m_caseNo;
    QCheckBox *m_refer;
    QComboBox *m_referralKind;
    QLineEdit *m_referralBody;
    QLabel *m_message;
};

} // namespace ud
