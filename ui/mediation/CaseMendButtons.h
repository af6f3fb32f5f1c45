#pragma once

#include "core/Result.h"
#include "mediation/MediationCase.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace ud {

class MediationCommands;

// The buttons under the case file's payments or session records that mend a mistake: "Correct
// payment…" and "Void payment…", or "Void session record…". Each asks for the reason
// (ReasonDialog, PaymentEditDialog) and runs through MediationCommands, so Undo reverses it.
// The table's rows are the case's payments (or sessions) in order; a voided one is shown struck
// through and grey with the reason in its tooltip (markVoided) and cannot be mended again.
class CaseMendButtons : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Payments, Sessions };

    CaseMendButtons(Kind kind, MediationCommands &commands, QTableWidget *table, QWidget *parent = nullptr);

    void setCase(const MediationCase &c, bool mayEdit);
    // Greys and strikes through row `row` of `table` when the record is voided, with the day and
    // the reason in the tooltip.
    static void markVoided(QTableWidget *table, int row, bool voided, const QDate &voidedOn, const QString &reason);

    // The steps behind the buttons, on the selected row, without their dialogs.
    Status voidSelected(const QString &reason);
    Status correctSelected(const CasePayment &payment, const QString &reason);

Q_SIGNALS:
    void changed(const QString &message); // a record was mended

private:
    void updateButtons();
    int selectedRow() const; // the selected live record's row, or -1
    void openVoid();
    void openCorrect();

    Kind m_kind;
    MediationCommands &m_commands;
    QTableWidget *m_table;
    MediationCase m_case;
    bool m_mayEdit = false;
    QPushButton *m_correct = nullptr; // payments only
    QPushButton *m_void = nullptr;
};

} // namespace ud
