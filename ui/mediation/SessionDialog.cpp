#include "ui/mediation/SessionDialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ud {

SessionDialog::SessionDialog(const CaseSession &s, QWidget *parent)
    : QDialog(parent),
      m_original(s),
      m_startedAt(new QDateTimeEdit(this)),
      m_place(new QLineEdit(s.place, this)),
      m_mediators(new QLineEdit(s.mediators, this)),
      m_recorder(new QLineEdit(s.recorder, this)),
      m_attendees(new QLineEdit(s.attendees, this)),
      m_statements(new QPlainTextEdit(s.statements, this)),
      m_proposals(new QPlainTextEdit(s.proposals, this)),
      m_progress(new QPlainTextEdit(s.progress, this)),
      m_nextStep(new QLineEdit(s.nextStep, this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("sessionDialog"));
    setWindowTitle(s.id.isEmpty() ? tr("New mediation session record") : tr("Mediation session record"));
    const QDateTime started = QDateTime::fromString(s.startedAt, Qt::ISODate);
    m_startedAt->setDateTime(started.isValid() ? started : QDateTime::currentDateTime());
    m_startedAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_startedAt->setCalendarPopup(true);
    m_startedAt->setObjectName(QStringLiteral("sessionStartedAt"));
    m_place->setObjectName(QStringLiteral("sessionPlace"));
    m_mediators->setObjectName(QStringLiteral("sessionMediators"));
    m_recorder->setObjectName(QStringLiteral("sessionRecorder"));
    m_attendees->setObjectName(QStringLiteral("sessionAttendees"));
    m_statements->setObjectName(QStringLiteral("sessionStatements"));
    m_proposals->setObjectName(QStringLiteral("sessionProposals"));
    m_progress->setObjectName(QStringLiteral("sessionProgress"));
    m_nextStep->setObjectName(QStringLiteral("sessionNextStep"));
    m_error->setObjectName(QStringLiteral("sessionError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Date and time:"), m_startedAt);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("&Mediators:"), m_mediators);
    form->addRow(tr("Re&corder:"), m_recorder);
    form->addRow(tr("&Attended:"), m_attendees);
    form->addRow(tr("&Statements of the parties:"), m_statements);
    form->addRow(tr("P&roposals:"), m_proposals);
    form->addRow(tr("Pro&gress:"), m_progress);
    form->addRow(tr("&Next step:"), m_nextStep);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("sessionSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, 620);
}

CaseSession SessionDialog::session() const
{
    CaseSession s = m_original;
    s.startedAt = m_startedAt->dateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    s.place = m_place->text();
    s.mediators = m_mediators->text();
    s.recorder = m_recorder->text();
    s.attendees = m_attendees->text();
    s.statements = m_statements->toPlainText();
    s.proposals = m_proposals->toPlainText();
    s.progress = m_progress->toPlainText();
    s.nextStep = m_nextStep->text();
    return s;
}

void SessionDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace ud
