#include "ui/mediation/AgreementStatementBox.h"

#include "mediation/MediationCommands.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVariantMap>

namespace ud {

AgreementStatementBox::AgreementStatementBox(MediationCommands &commands, const QString &caseId, QWidget *parent)
    : QGroupBox(tr("Stated in the agreement"), parent),
      m_commands(commands),
      m_caseId(caseId),
      m_method(new QLineEdit(this)),
      m_position(new QPlainTextEdit(this)),
      m_save(new QPushButton(tr("Sa&ve"), this))
{
    setObjectName(QStringLiteral("caseAgreementStatement"));
    m_method->setObjectName(QStringLiteral("casePerformanceMethod"));
    m_method->setPlaceholderText(tr("e.g. bank transfer to the worker's wage card; cash paid at signing"));
    m_position->setObjectName(QStringLiteral("caseRespondentPosition"));
    m_position->setPlaceholderText(tr("What the employer says about the claims"));
    m_position->setMaximumHeight(70);
    m_save->setObjectName(QStringLiteral("caseSaveAgreementStatement"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Way of performance:"), m_method);
    form->addRow(tr("Respondent's positio&n:"), m_position);
    form->addRow(QString(), m_save);
    connect(m_method, &QLineEdit::textEdited, this, [this] { m_edited = true; });
    connect(m_position, &QPlainTextEdit::textChanged, this, [this] {
        m_edited = m_edited || m_position->toPlainText() != m_savedPosition;
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString problem = save();
        Q_EMIT saved(problem.isEmpty() ? tr("Saved what the agreement states.") : problem, !problem.isEmpty());
    });
}

void AgreementStatementBox::setCase(const MediationCase &c, bool editable)
{
    m_version = c.version;
    m_savedMethod = c.performanceMethod;
    m_savedPosition = c.respondentPosition;
    if (!m_edited) {
        m_method->setText(c.performanceMethod);
        m_position->setPlainText(c.respondentPosition);
        m_edited = false;
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_method, m_position, m_save})
        w->setEnabled(editable);
}

QString AgreementStatementBox::save()
{
    const QString method = m_method->text().trimmed();
    const QString position = m_position->toPlainText().trimmed();
    QVariantMap changes;
    if (method != m_savedMethod)
        changes.insert(QStringLiteral("performance_method"), method.isEmpty() ? QStringLiteral("") : method);
    if (position != m_savedPosition)
        changes.insert(QStringLiteral("respondent_position"), position.isEmpty() ? QStringLiteral("") : position);
    if (!changes.isEmpty()) {
        const Status s = m_commands.updateCase(m_caseId, m_version, changes);
        if (!s)
            return s.error();
    }
    m_edited = false;
    return QString();
}

} // namespace ud
