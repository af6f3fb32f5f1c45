#include "ui/mediation/TransitionDialog.h"

#include "ui/common/CodeListCache.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ud {

TransitionDialog::TransitionDialog(const MediationCase &c, const CodeListCache &lookups, QWidget *parent)
    : QDialog(parent),
      m_target(new QComboBox(this)),
      m_date(new QDateEdit(QDate::currentDate(), this)),
      m_closeReason(new QComboBox(this)),
      m_closeReasonLabel(new QLabel(tr("Why it ended:"), this)),
      m_reason(new QPlainTextEdit(this)),
      m_hint(new QLabel(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("transitionDialog"));
    setWindowTitle(tr("Change the status of %1").arg(c.caseNo));
    m_target->setObjectName(QStringLiteral("transitionTarget"));
    for (CaseStatus s : MediationStateMachine::successors(c.status))
        m_target->addItem(MediationStateMachine::statusName(s), int(s));
    m_date->setObjectName(QStringLiteral("transitionDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_closeReason->setObjectName(QStringLiteral("transitionCloseReason"));
    lookups.fillCodeCombo(m_closeReason, QStringLiteral("case_close_reason"), QStringLiteral("—"));
    m_reason->setObjectName(QStringLiteral("transitionReason"));
    m_reason->setMaximumHeight(90);
    m_hint->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("transitionError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&New status:"), m_target);
    form->addRow(tr("&On:"), m_date);
    form->addRow(m_closeReasonLabel, m_closeReason);
    form->addRow(tr("&Reason / note:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("transitionOk"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Change status"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_target, &QComboBox::currentIndexChanged, this, &TransitionDialog::updateFields);
    updateFields();
    resize(520, sizeHint().height());
}

void TransitionDialog::selectTarget(CaseStatus status)
{
    const int index = m_target->findData(int(status));
    if (index >= 0)
        m_target->setCurrentIndex(index);
}

void TransitionDialog::updateFields()
{
    const auto to = CaseStatus(m_target->currentData().toInt());
    const bool failed = to == CaseStatus::Failed;
    m_closeReason->setVisible(failed);
    m_closeReasonLabel->setVisible(failed);
    switch (to) {
    case CaseStatus::Rejected:
        m_hint->setText(tr("The reasons go into the written notice of non-acceptance."));
        break;
    case CaseStatus::Failed:
        m_hint->setText(tr("The parties may apply for labour-dispute arbitration; the termination notice says so."));
        break;
    case CaseStatus::Agreed:
        m_hint->setText(tr("The agreement takes effect when both parties have signed or sealed it, the mediator has "
                           "signed it and the body's seal is applied (art. 14)."));
        break;
    case CaseStatus::Breached:
        m_hint->setText(tr("The worker may apply for arbitration (art. 15), or for a payment order for wages, "
                           "work-injury medical costs, compensation or damages (art. 16)."));
        break;
    default:
        m_hint->clear();
    }
    m_error->hide();
}

MediationStateMachine::Request TransitionDialog::request() const
{
    MediationStateMachine::Request r;
    r.to = CaseStatus(m_target->currentData().toInt());
    r.on = m_date->date();
    r.reason = m_reason->toPlainText().trimmed();
    r.closeReason = r.to == CaseStatus::Failed ? m_closeReason->currentData().toString() : QString();
    return r;
}

void TransitionDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace ud
