#include "ui/mediation/ReasonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ud {

ReasonDialog::ReasonDialog(const QString &title, const QString &what, const QString &confirmText, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *whatLabel = new QLabel(what, this);
    whatLabel->setObjectName(QStringLiteral("reasonWhat"));
    whatLabel->setWordWrap(true);
    layout->addWidget(whatLabel);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("reasonWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_warning->hide();
    layout->addWidget(m_warning);
    auto *label = new QLabel(tr("&Reason:"), this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonText"));
    label->setBuddy(m_reason);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("reasonError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    // A plain Return confirms nothing and Ctrl+Return presses the accepting button: the
    // application's UiConventions, as in every dialog.
    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("reasonOk"));
    m_ok->setToolTip(tr("Ctrl+Return also confirms."));
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("reasonCancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textEdited, m_error, &QWidget::hide);
    m_reason->setFocus();
    resize(480, sizeHint().height());
}

void ReasonDialog::setWarning(const QString &text)
{
    m_warning->setText(text);
    m_warning->setVisible(!text.isEmpty());
}

void ReasonDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString ReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

void ReasonDialog::tryAccept()
{
    if (reason().isEmpty()) {
        showError(tr("Give the reason; it is kept with the change."));
        m_reason->setFocus();
        return;
    }
    accept();
}

} // namespace ud
