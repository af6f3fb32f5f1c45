#include "ui/orgunits/OrgUnitDialog.h"

#include "core/CreditCode.h"
#include "storage/NodeIdentity.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace ud {

OrgUnitDialog::OrgUnitDialog(const QString &parentName, const QVariantMap &current, QWidget *parent)
    : QDialog(parent), m_editing(!current.isEmpty())
{
    setObjectName(QStringLiteral("orgUnitDialog"));
    setWindowTitle(m_editing ? tr("Edit organisation unit") : tr("Add organisation unit"));

    m_code = new QLineEdit(current.value(QStringLiteral("code")).toString(), this);
    m_code->setObjectName(QStringLiteral("orgUnitCodeEdit"));
    m_code->setReadOnly(m_editing);
    m_code->setPlaceholderText(tr("Area code, or the union's unified social credit code"));
    m_name = new QLineEdit(current.value(QStringLiteral("name")).toString(), this);
    m_name->setObjectName(QStringLiteral("orgUnitNameEdit"));
    m_shortName = new QLineEdit(current.value(QStringLiteral("short_name")).toString(), this);
    m_shortName->setObjectName(QStringLiteral("orgUnitShortNameEdit"));
    m_tier = new QComboBox(this);
    m_tier->setObjectName(QStringLiteral("orgUnitTierCombo"));
    for (Tier t : {Tier::Street, Tier::Enterprise, Tier::Industry, Tier::District, Tier::City})
        m_tier->addItem(tierDisplayName(t), tierKey(t));
    m_tier->setCurrentIndex(qMax(0, m_tier->findData(current.value(QStringLiteral("tier"), QStringLiteral("enterprise")))));
    m_tier->setEnabled(!m_editing);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("orgUnitOverrideReasonEdit"));
    m_reasonLabel = new QLabel(tr("Reason to keep the code:"), this);
    m_reason->setVisible(false);
    m_reasonLabel->setVisible(false);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("orgUnitError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *form = new QFormLayout;
    if (!parentName.isEmpty())
        form->addRow(tr("Under:"), new QLabel(parentName, this));
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Full name:"), m_name);
    form->addRow(tr("&Short name:"), m_shortName);
    form->addRow(tr("&Tier:"), m_tier);
    form->addRow(m_reasonLabel, m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &OrgUnitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OrgUnitDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

QVariantMap OrgUnitDialog::values() const
{
    QVariantMap v{{QStringLiteral("name"), m_name->text().trimmed()},
                  {QStringLiteral("short_name"), m_shortName->text().trimmed().isEmpty() ? m_name->text().trimmed()
                                                                                         : m_shortName->text().trimmed()}};
    if (!m_editing) {
        v.insert(QStringLiteral("code"), m_code->text().trimmed().toUpper());
        v.insert(QStringLiteral("tier"), m_tier->currentData().toString());
    }
    return v;
}

QString OrgUnitDialog::overrideReason() const
{
    // isHidden(), not isVisible(): once accept() has run, the dialog itself is hidden.
    return m_reason->isHidden() ? QString() : m_reason->text().trimmed();
}

void OrgUnitDialog::accept()
{
    m_error->clear();
    if (m_name->text().trimmed().isEmpty()) {
        m_error->setText(tr("The full name is required."));
        m_name->setFocus();
        return;
    }
    if (m_editing) {
        QDialog::accept();
        return;
    }
    const QString code = m_code->text().trimmed();
    if (code.isEmpty()) {
        m_error->setText(tr("The code is required."));
        m_code->setFocus();
        return;
    }
    const QString tier = m_tier->currentData().toString();
    if (tier == QLatin1String("enterprise") || tier == QLatin1String("industry")) {
        const auto check = CreditCode::check(code);
        if (!check.ok()) {
            if (!check.overridable()) {
                m_error->setText(check.message);
                m_code->setFocus();
                return;
            }
            if (!m_reason->isVisible() || m_reason->text().trimmed().isEmpty()) {
                m_reason->setVisible(true);
                m_reasonLabel->setVisible(true);
                m_error->setText(tr("%1 To keep this code anyway, give a reason (it is recorded).").arg(check.message));
                m_reason->setFocus();
                return;
            }
        }
    } else {
        static const QRegularExpression digits(QStringLiteral("^\\d{6}(\\d{3})?(\\d{3})?$"));
        if (!digits.match(code).hasMatch()) {
            m_error->setText(tr("Area codes have 6, 9 or 12 digits (GB/T 2260 and the statistical division code)."));
            m_code->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace ud
