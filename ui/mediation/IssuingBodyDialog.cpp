#include "ui/mediation/IssuingBodyDialog.h"

#include "core/Clock.h"
#include "storage/Accounts.h"
#include "storage/NodeIdentity.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ud {

IssuingBodyDialog::IssuingBodyDialog(Database &db, const QString &actor, QWidget *parent)
    : QDialog(parent),
      m_db(db),
      m_actor(actor),
      m_edit(new QLineEdit(this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("issuingBodyDialog"));
    setWindowTitle(tr("Issuing body of the mediation documents"));
    m_edit->setObjectName(QStringLiteral("mediationBodyEdit"));
    m_edit->setMaxLength(NodeIdentity::kMaxMediationBodyLength);
    m_message->setObjectName(QStringLiteral("mediationBodyMessage"));
    m_message->setWordWrap(true);

    auto *intro = new QLabel(tr("The name printed at the head of every mediation document and beside its seal, as "
                                "the union calls the body: a 劳动争议调解委员会, a 调解室 or a 调解中心. Leave it "
                                "empty for the name made from this node's organisation unit."),
                             this);
    intro->setWordWrap(true);
    auto *label = new QLabel(tr("&Issuing body:"), this);
    label->setBuddy(m_edit);

    const std::optional<NodeInfo> node = NodeIdentity::load(m_db);
    if (node) {
        NodeInfo unset = *node;
        unset.mediationBody.clear();
        m_edit->setPlaceholderText(NodeIdentity::issuingBody(unset));
        m_edit->setText(node->mediationBody);
    }
    const bool administrator = accountRole(m_db, m_actor) == Role::Administrator;
    m_edit->setReadOnly(!administrator || !node);
    if (!node)
        m_message->setText(tr("This database has no node identity yet."));
    else if (!administrator)
        m_message->setText(tr("Only an administrator can change the issuing body."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("mediationBodyButtons"));
    buttons->button(QDialogButtonBox::Save)->setEnabled(administrator && node);
    connect(buttons, &QDialogButtonBox::accepted, this, &IssuingBodyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IssuingBodyDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

bool IssuingBodyDialog::save()
{
    if (m_edit->isReadOnly())
        return false;
    SystemClock clock;
    const Status saved = NodeIdentity::setMediationBody(m_db, m_edit->text(), m_actor, clock);
    if (!saved) {
        m_message->setText(saved.error());
        return false;
    }
    return true;
}

void IssuingBodyDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace ud
