#include "ui/mediation/PaymentEditDialog.h"

#include "core/Money.h"
#include "mediation/CaseCorrections.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ud {

namespace {

QLabel *messageLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

void showText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

PaymentEditDialog::PaymentEditDialog(const MediationCase &c, const CasePayment &payment, const QDate &today,
                                     QWidget *parent)
    : QDialog(parent), m_case(c), m_original(payment), m_today(today)
{
    setObjectName(QStringLiteral("paymentEditDialog"));
    setWindowTitle(tr("Correct payment"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_date = new QDateEdit(payment.paidOn, this);
    m_date->setObjectName(QStringLiteral("paymentEditDate"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_dateMessage = messageLabel("paymentEditDateMessage", this);
    form->addRow(tr("&Date paid:"), m_date);
    form->addRow(QString(), m_dateMessage); // the message right under its field
    m_amount = new QLineEdit(Money::formatYuan(payment.amountFen), this);
    m_amount->setObjectName(QStringLiteral("paymentEditAmount"));
    m_amountMessage = messageLabel("paymentEditAmountMessage", this);
    form->addRow(tr("&Amount (yuan):"), m_amount);
    form->addRow(QString(), m_amountMessage);
    m_method = new QLineEdit(payment.method, this);
    m_method->setObjectName(QStringLiteral("paymentEditMethod"));
    form->addRow(tr("&How paid:"), m_method);
    m_note = new QLineEdit(payment.note, this);
    m_note->setObjectName(QStringLiteral("paymentEditNote"));
    form->addRow(tr("&Note:"), m_note);
    m_atSigning = new QCheckBox(tr("Paid a&t signing"), this);
    m_atSigning->setObjectName(QStringLiteral("paymentEditAtSigning"));
    m_atSigning->setChecked(payment.atSigning);
    form->addRow(QString(), m_atSigning);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("paymentEditReason"));
    m_reason->setPlaceholderText(tr("What was entered wrongly, and how it was found"));
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("paymentEditWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_warning->hide();
    layout->addWidget(m_warning);
    m_error = messageLabel("paymentEditError", this);
    layout->addWidget(m_error);

    // A plain Return confirms nothing and Ctrl+Return presses the accepting button: the
    // application's UiConventions, as in every dialog.
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *ok = buttons->addButton(tr("&Save correction"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("paymentEditOk"));
    ok->setToolTip(tr("Ctrl+Return also confirms."));
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("paymentEditCancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentEditDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &QDateEdit::dateChanged, this, [this] { check(); });
    connect(m_amount, &QLineEdit::textEdited, this, [this] { check(); });
    connect(m_atSigning, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_case.agreedOn.isValid())
            m_date->setDate(m_case.agreedOn);
    });
    connect(m_reason, &QLineEdit::textEdited, m_error, &QWidget::hide);
    m_amount->setFocus();
    resize(560, sizeHint().height());
}

CasePayment PaymentEditDialog::payment() const
{
    CasePayment p = m_original;
    p.paidOn = m_date->date();
    const auto fen = Money::parseYuan(m_amount->text());
    p.amountFen = fen ? fen.value() : 0;
    p.method = m_method->text().trimmed();
    p.note = m_note->text().trimmed();
    p.atSigning = m_atSigning->isChecked();
    return p;
}

QString PaymentEditDialog::reason() const
{
    return m_reason->text().trimmed();
}

void PaymentEditDialog::showError(const QString &message)
{
    showText(m_error, message);
}

bool PaymentEditDialog::check()
{
    const QString dateProblem = CaseCorrections::paymentDateProblem(m_case, m_date->date(), m_today);
    showText(m_dateMessage, dateProblem);
    const auto fen = Money::parseYuan(m_amount->text());
    QString amountProblem;
    if (!fen)
        amountProblem = fen.error();
    else if (fen.value() <= 0)
        amountProblem = tr("A payment must be more than zero.");
    showText(m_amountMessage, amountProblem);
    m_warning->clear();
    if (fen)
        m_warning->setText(CaseCorrections::performedWarning(m_case, m_case.paidFen() - m_original.amountFen + fen.value()));
    m_warning->setVisible(!m_warning->text().isEmpty());
    // Taller when a message shows, so that it is read in full.
    layout()->activate();
    if (height() < sizeHint().height())
        resize(width(), sizeHint().height());
    return dateProblem.isEmpty() && amountProblem.isEmpty();
}


void PaymentEditDialog::tryAccept()
{
    if (!check())
        return;
    if (reason().isEmpty()) {
        showError(tr("Give the reason for the correction; it is kept with the change."));
        m_reason->setFocus();
        return;
    }
    accept();
}

} // namespace ud
