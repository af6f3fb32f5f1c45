#pragma once

#include "mediation/MediationCase.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace ud {

// Corrects a payment entered wrongly: its date, amount, method, note and whether it was paid at
// signing, with the reason for the correction (required). The date and the amount are checked
// as they are typed, with the message next to the field (a date before the agreement names the
// date it must not precede). Return never confirms; the button or Ctrl+Return does.
class PaymentEditDialog : public QDialog
{
    Q_OBJECT

public:
    PaymentEditDialog(const MediationCase &c, const CasePayment &payment, const QDate &today, QWidget *parent = nullptr);

    CasePayment payment() const; // the corrected payment (same id and version)
    QString reason() const;
    void showError(const QString &message);

private:
    bool check(); // shows the messages next to the fields; true when all is well
    void tryAccept();

    MediationCase m_case;
    CasePayment m_original;
    QDate m_today;
    QDateEdit *m_date = nullptr;
    QLabel *m_dateMessage = nullptr;
    QLineEdit *m_amount = nullptr;
    QLabel *m_amountMessage = nullptr;
    QLineEdit *m_method = nullptr;
    QLineEdit *m_note = nullptr;
    QCheckBox *m_atSigning = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace ud
