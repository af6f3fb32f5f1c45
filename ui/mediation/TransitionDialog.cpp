#include "ui/mediation/TransitionDialog.h"

#include "mediation/TransitionPreview.h"
#include "ui/common/CodeListCache.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace ud {

TransitionDialog::TransitionDialog(const MediationCase &c, const CodeListCache &lookups,
                                   const MediationStateMachine::Limits &limits, QWidget *parent)
    : QDialog(parent),
      m_case(c),
      m_limits(limits),
      m_target(new QComboBox(this)),
      m_date(new QDateEdit(QDate::currentDate(), this)),
      m_dateError(new QLabel(this)),
      m_closeReason(new QComboBox(this)),
      m_closeReasonLabel(new QLabel(tr("Why it ended:"), this)),
      m_rejectReason(new QComboBox(this)),
      m_rejectReasonLabel(new QLabel(tr("Reason for not &accepting:"), this)),
      m_reason(new QPlainTextEdit(this)),
      m_hint(new QLabel(this)),
      m_preview(new QLabel(this)),
      m_warnings(new QLabel(this)),
      m_overrideLabel(new QLabel(tr("Reason for &going ahead:"), this)),
      m_override(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("transitionDialog"));
    setWindowTitle(tr("Change the status of %1").arg(c.caseNo));
    m_target->setObjectName(QStringLiteral("transitionTarget"));
    for (CaseStatus s : MediationStateMachine::successors(c.status))
        m_target->addItem(s == CaseStatus::Withdrawn ? tr("Applicant withdrew the application")
                                                     : MediationStateMachine::statusName(s),
                          int(s));
    m_date->setObjectName(QStringLiteral("transitionDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateError->setObjectName(QStringLiteral("transitionDateError"));
    m_dateError->setWordWrap(true);
    m_dateError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_dateError->hide();
    m_closeReason->setObjectName(QStringLiteral("transitionCloseReason"));
    lookups.fillCodeCombo(m_closeReason, QStringLiteral("case_close_reason"), QStringLiteral("—"));
    m_rejectReason->setObjectName(QStringLiteral("rejectReasonCombo"));
    lookups.fillCodeCombo(m_rejectReason, QStringLiteral("non_acceptance_reason"), QStringLiteral("—"));
    m_rejectReasonLabel->setBuddy(m_rejectReason);
    m_reason->setObjectName(QStringLiteral("transitionReason"));
    m_reason->setMaximumHeight(90);
    m_hint->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("transitionPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMargin(6);
    m_warnings->setObjectName(QStringLiteral("transitionWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_override->setObjectName(QStringLiteral("overrideReasonEdit"));
    m_override->setPlaceholderText(tr("Why the move is right despite the warning (recorded with the case)"));
    m_overrideLabel->setBuddy(m_override);
    m_error->setObjectName(QStringLiteral("transitionError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&New status:"), m_target);
    form->addRow(tr("&On:"), m_date);
    form->addRow(QString(), m_dateError);
    form->addRow(m_closeReasonLabel, m_closeReason);
    form->addRow(m_rejectReasonLabel, m_rejectReason);
    form->addRow(tr("&Reason / note:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("transitionOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_hint);
    layout->addWidget(m_warnings);
    auto *overrideForm = new QFormLayout;
    overrideForm->addRow(m_overrideLabel, m_override);
    layout->addLayout(overrideForm);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_target, &QComboBox::currentIndexChanged, this, &TransitionDialog::updateFields);
    connect(m_date, &QDateEdit::dateChanged, this, &TransitionDialog::updateWarnings);
    connect(m_override, &QLineEdit::textChanged, this, &TransitionDialog::updateWarnings);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &TransitionDialog::updateWarnings);
    connect(m_closeReason, &QComboBox::currentIndexChanged, this, &TransitionDialog::updateWarnings);
    updateFields();
    resize(520, sizeHint().height());
    fitHeight();
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
    const bool rejected = to == CaseStatus::Rejected;
    m_rejectReason->setVisible(rejected);
    m_rejectReasonLabel->setVisible(rejected);
    switch (to) {
    case CaseStatus::Rejected:
        m_hint->setText(tr("The reason goes into the written notice of non-acceptance; \"Other\" needs it in words."));
        break;
    case CaseStatus::Withdrawn:
        m_hint->setText(tr("The applicant withdrew before the case was accepted: the case ends here, without a notice "
                           "of non-acceptance. The reason in words is optional."));
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
    updateWarnings();
}

void TransitionDialog::updateWarnings()
{
    const MediationStateMachine::Request r = request();
    const MediationStateMachine::Verdict verdict =
        MediationStateMachine::assess(m_case, r, QDate::currentDate(), m_limits);
    const QStringList &warnings = verdict.warnings;
    const bool any = !warnings.isEmpty();
    m_warnings->setText(any ? tr("Warning: %1").arg(warnings.join(QLatin1Char('\n'))) : QString());
    m_warnings->setVisible(any);
    m_overrideLabel->setVisible(any);
    m_override->setVisible(any);
    // A date the rules refuse is said next to the date field at once; the move cannot go ahead
    // until it is corrected. Other refusals (a missing reason) are the service's, on the click.
    m_dateError->setText(verdict.dateError ? verdict.error : QString());
    m_dateError->setVisible(verdict.dateError);
    m_ok->setEnabled(!verdict.dateError && (!any || !m_override->text().trimmed().isEmpty()));
    updatePreview(r);
}

void TransitionDialog::updatePreview(const MediationStateMachine::Request &request)
{
    const TransitionPreview::Preview preview = TransitionPreview::of(m_case, request, m_limits);
    QStringList lines;
    for (const QString &line : preview.lines())
        lines << (lines.isEmpty() ? line : QStringLiteral("• ") + line);
    m_preview->setText(lines.join(QLatin1Char('\n')));
    m_ok->setText(preview.action);
    fitHeight();
}

void TransitionDialog::fitHeight()
{
    // The preview and the messages change length with the move and the date: the dialog grows to
    // show them whole rather than squeezing them out of sight (never beyond the screen).
    QLayout *l = layout();
    if (!l)
        return;
    l->activate();
    int wanted = l->hasHeightForWidth() ? l->totalHeightForWidth(width()) : l->totalSizeHint().height();
    if (const QScreen *s = screen())
        wanted = qMin(wanted, s->availableGeometry().height() - 60);
    if (wanted > height())
        resize(width(), wanted);
}

MediationStateMachine::Request TransitionDialog::request() const
{
    MediationStateMachine::Request r;
    r.to = CaseStatus(m_target->currentData().toInt());
    r.on = m_date->date();
    r.reason = m_reason->toPlainText().trimmed();
    r.closeReason = r.to == CaseStatus::Failed ? m_closeReason->currentData().toString() : QString();
    r.reasonCode = r.to == CaseStatus::Rejected ? m_rejectReason->currentData().toString() : QString();
    r.overrideReason = m_override->text().trimmed();
    return r;
}

void TransitionDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace ud
