#include "ui/mediation/CaseMendButtons.h"

#include "core/DisplayFormat.h"
#include "core/Money.h"
#include "mediation/CaseCorrections.h"
#include "mediation/MediationCommands.h"
#include "ui/mediation/PaymentEditDialog.h"
#include "ui/mediation/ReasonDialog.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTableWidget>

namespace ud {

CaseMendButtons::CaseMendButtons(Kind kind, MediationCommands &commands, QTableWidget *table, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_commands(commands), m_table(table)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (kind == Kind::Payments) {
        setObjectName(QStringLiteral("casePaymentMend"));
        m_correct = new QPushButton(tr("&Correct payment…"), this);
        m_correct->setObjectName(QStringLiteral("casePaymentCorrect"));
        m_correct->setAutoDefault(false);
        layout->addWidget(m_correct);
        connect(m_correct, &QPushButton::clicked, this, &CaseMendButtons::openCorrect);
        m_void = new QPushButton(tr("Void pa&yment…"), this);
        m_void->setObjectName(QStringLiteral("casePaymentVoid"));
    } else {
        setObjectName(QStringLiteral("caseSessionMend"));
        m_void = new QPushButton(tr("Void sessio&n record…"), this);
        m_void->setObjectName(QStringLiteral("caseSessionVoid"));
    }
    m_void->setAutoDefault(false);
    layout->addWidget(m_void);
    layout->addStretch(1);
    connect(m_void, &QPushButton::clicked, this, &CaseMendButtons::openVoid);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CaseMendButtons::updateButtons);
    connect(m_table, &QTableWidget::currentCellChanged, this, &CaseMendButtons::updateButtons);
    updateButtons();
}

void CaseMendButtons::setCase(const MediationCase &c, bool mayEdit)
{
    m_case = c;
    m_mayEdit = mayEdit;
    updateButtons();
}

void CaseMendButtons::markVoided(QTableWidget *table, int row, bool voided, const QDate &voidedOn, const QString &reason)
{
    if (!voided)
        return;
    const QString tip = tr("Voided on %1: %2").arg(DisplayFormat::date(voidedOn), reason);
    for (int column = 0; column < table->columnCount(); ++column) {
        QTableWidgetItem *item = table->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            table->setItem(row, column, item);
        }
        QFont font = item->font();
        font.setStrikeOut(true);
        item->setFont(font);
        item->setForeground(QColor(0x80, 0x80, 0x80));
        item->setToolTip(tip);
    }
    // Said in words too, in the last column: voided, when and why.
    if (QTableWidgetItem *last = table->item(row, table->columnCount() - 1))
        last->setText(tr("%1 — voided on %2: %3").arg(last->text(), DisplayFormat::date(voidedOn), reason));
}

int CaseMendButtons::selectedRow() const
{
    // The selected record, or the one the keyboard is on (Tab into the list, arrow keys).
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    const int row = selected.isEmpty() ? m_table->currentRow() : selected.first()->row();
    if (m_kind == Kind::Payments)
        return row >= 0 && row < m_case.payments.size() && !m_case.payments.at(row).voided ? row : -1;
    return row >= 0 && row < m_case.sessions.size() && !m_case.sessions.at(row).voided ? row : -1;
}

void CaseMendButtons::updateButtons()
{
    const bool on = m_mayEdit && selectedRow() >= 0;
    m_void->setEnabled(on);
    if (m_correct)
        m_correct->setEnabled(on);
}

Status CaseMendButtons::voidSelected(const QString &reason)
{
    const int row = selectedRow();
    if (row < 0)
        return Status::failure(tr("Select a record that is not voided."));
    const QDate today = QDate::currentDate();
    if (m_kind == Kind::Payments) {
        const CasePayment &p = m_case.payments.at(row);
        return m_commands.voidPayment(m_case.id, p.id, p.version, reason, today);
    }
    const CaseSession &s = m_case.sessions.at(row);
    return m_commands.voidSession(m_case.id, s.id, s.version, reason, today);
}

Status CaseMendButtons::correctSelected(const CasePayment &payment, const QString &reason)
{
    if (m_kind != Kind::Payments || selectedRow() < 0)
        return Status::failure(tr("Select a payment that is not voided."));
    return m_commands.correctPayment(m_case.id, payment, reason, QDate::currentDate());
}

void CaseMendButtons::openVoid()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const bool payments = m_kind == Kind::Payments;
    QString what;
    if (payments) {
        const CasePayment &p = m_case.payments.at(row);
        what = tr("The payment of %1 yuan on %2 will be kept on the case, marked as voided, and count nowhere.")
                   .arg(Money::formatYuan(p.amountFen), DisplayFormat::date(p.paidOn));
    } else {
        what = tr("The record of the session of %1 will be kept on the case, marked as voided, and left out of "
                  "the papers.")
                   .arg(QString(m_case.sessions.at(row).startedAt).replace(QLatin1Char('T'), QLatin1Char(' ')));
    }
    ReasonDialog dialog(payments ? tr("Void payment") : tr("Void session record"), what,
                        payments ? tr("&Void payment") : tr("&Void record"), this);
    if (payments)
        dialog.setWarning(CaseCorrections::performedWarning(m_case, m_case.paidFen() - m_case.payments.at(row).amountFen));
    while (dialog.exec() == QDialog::Accepted) {
        const Status s = voidSelected(dialog.reason());
        if (s) {
            Q_EMIT changed(payments ? tr("Payment voided.") : tr("Session record voided."));
            return;
        }
        dialog.showError(s.error());
    }
}

void CaseMendButtons::openCorrect()
{
    const int row = selectedRow();
    if (row < 0 || m_kind != Kind::Payments)
        return;
    PaymentEditDialog dialog(m_case, m_case.payments.at(row), QDate::currentDate(), this);
    while (dialog.exec() == QDialog::Accepted) {
        const Status s = correctSelected(dialog.payment(), dialog.reason());
        if (s) {
            Q_EMIT changed(tr("Payment corrected."));
            return;
        }
        dialog.showError(s.error());
    }
}

} // namespace ud
