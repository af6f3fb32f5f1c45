#include "ui/mediation/ReceptionDialog.h"

#include "core/DisplayFormat.h"
#include "mediation/ReceptionCommands.h"
#include "ui/common/CodeListCache.h"
#include "ui/common/EmployerPicker.h"
#include "ui/common/WorkerPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ud {

ReceptionDialog::ReceptionDialog(Database &db, ReceptionCommands &commands, const CodeListCache &lookups,
                                 const Reception &reception, QWidget *parent)
    : QDialog(parent),
      m_commands(commands),
      m_reception(reception),
      m_date(new QDateEdit(this)),
      m_kind(new QComboBox(this)),
      m_visitor(new QLineEdit(this)),
      m_phone(new QLineEdit(this)),
      m_worker(new WorkerPicker(db, this)),
      m_employer(new EmployerPicker(db, this)),
      m_workerCount(new QSpinBox(this)),
      m_migrant(new QCheckBox(tr("Migrant &workers (农民工)"), this)),
      m_disputeType(new QComboBox(this)),
      m_asked(new QPlainTextEdit(this)),
      m_answer(new QPlainTextEdit(this)),
      m_outcome(new QComboBox(this)),
      m_handledBy(new QLineEdit(this)),
      m_caseNo(new QLineEdit(this)),
      m_refer(new QCheckBox(tr("&Referred to:"), this)),
      m_referralKind(new QComboBox(this)),
      m_referralBody(new QLineEdit(this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("receptionDialog"));
    setWindowTitle(reception.id.isEmpty() ? tr("Log a reception") : tr("Reception of %1").arg(DisplayFormat::date(reception.receivedOn)));
    m_date->setObjectName(QStringLiteral("receptionDate"));
    m_kind->setObjectName(QStringLiteral("receptionKind"));
    m_visitor->setObjectName(QStringLiteral("receptionVisitor"));
    m_phone->setObjectName(QStringLiteral("receptionPhone"));
    m_worker->setObjectName(QStringLiteral("receptionWorker"));
    m_employer->setObjectName(QStringLiteral("receptionEmployer"));
    m_workerCount->setObjectName(QStringLiteral("receptionWorkerCount"));
    m_migrant->setObjectName(QStringLiteral("receptionMigrant"));
    m_disputeType->setObjectName(QStringLiteral("receptionDisputeType"));
    m_asked->setObjectName(QStringLiteral("receptionAsked"));
    m_answer->setObjectName(QStringLiteral("receptionAnswer"));
    m_outcome->setObjectName(QStringLiteral("receptionOutcome"));
    m_handledBy->setObjectName(QStringLiteral("receptionHandledBy"));
    m_caseNo->setObjectName(QStringLiteral("receptionCaseNo"));
    m_refer->setObjectName(QStringLiteral("receptionRefer"));
    m_referralKind->setObjectName(QStringLiteral("receptionReferralKind"));
    m_referralBody->setObjectName(QStringLiteral("receptionReferralBody"));
    m_message->setObjectName(QStringLiteral("receptionMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(reception.receivedOn.isValid() ? reception.receivedOn : QDate::currentDate());
    lookups.fillCodeCombo(m_kind, QStringLiteral("reception_kind"), QString());
    CodeListCache::selectCode(m_kind, reception.kind);
    m_visitor->setText(reception.visitorName);
    m_phone->setText(reception.visitorPhone);
    m_worker->setEditable(true);
    if (!reception.workerId.isEmpty())
        m_worker->addItem(reception.workerName, reception.workerId);
    m_worker->setCurrentIndex(reception.workerId.isEmpty() ? -1 : 0);
    m_worker->setPlaceholderText(tr("Worker of the register (optional)"));
    m_employer->setEmployer(reception.employerId, reception.registerEmployerName);
    if (reception.employerId.isEmpty())
        m_employer->setEditText(reception.employerName);
    m_workerCount->setRange(1, 100000);
    m_workerCount->setValue(std::max(1, reception.workerCount));
    m_migrant->setChecked(reception.migrantWorkers);
    lookups.fillCodeCombo(m_disputeType, QStringLiteral("dispute_type"), tr("(not stated)"));
    CodeListCache::selectCode(m_disputeType, reception.disputeType);
    for (QPlainTextEdit *e : {m_asked, m_answer}) {
        e->setTabChangesFocus(true);
        e->setMaximumHeight(70);
    }
    m_asked->setPlainText(reception.summary);
    m_asked->setPlaceholderText(tr("What the visitor asked or reported"));
    m_answer->setPlainText(reception.answer);
    m_answer->setPlaceholderText(tr("What was advised, or which document was written"));
    lookups.fillCodeCombo(m_outcome, QStringLiteral("reception_outcome"), tr("(not stated)"));
    CodeListCache::selectCode(m_outcome, reception.outcome.isEmpty() ? QStringLiteral("answered") : reception.outcome);
    m_handledBy->setText(reception.handledBy);
    m_caseNo->setText(reception.caseNo);
    m_caseNo->setPlaceholderText(tr("Case number, if it became a case"));
    lookups.fillCodeCombo(m_referralKind, QStringLiteral("referral_kind"), QString());
    m_referralBody->setPlaceholderText(tr("Receiving body, e.g. the district's labour inspection"));
    m_referralKind->setEnabled(false);
    m_referralBody->setEnabled(false);
    connect(m_refer, &QCheckBox::toggled, m_referralKind, &QWidget::setEnabled);
    connect(m_refer, &QCheckBox::toggled, m_referralBody, &QWidget::setEnabled);
    connect(m_refer, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            CodeListCache::selectCode(m_outcome, QStringLiteral("referred"));
    });
    m_refer->setVisible(reception.id.isEmpty()); // a referral is added with a new entry
    m_referralKind->setVisible(reception.id.isEmpty());
    m_referralBody->setVisible(reception.id.isEmpty());

    auto *form = new QFormLayout;
    // A row whose field is a layout gets no buddy from QFormLayout: name the first field, so the
    // label's Alt+letter reaches it.
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *when = new QHBoxLayout;
    when->addWidget(m_date);
    when->addWidget(m_kind, 1);
    form->addRow(label(tr("&Date and kind:"), m_date), when);
    auto *who = new QHBoxLayout;
    who->addWidget(m_visitor, 2);
    who->addWidget(m_phone, 1);
    form->addRow(label(tr("&Visitor and phone:"), m_visitor), who);
    form->addRow(tr("Wor&ker:"), m_worker);
    form->addRow(tr("&Employer:"), m_employer);
    auto *how = new QHBoxLayout;
    how->addWidget(m_workerCount);
    how->addWidget(m_migrant);
    how->addWidget(m_disputeType, 1);
    form->addRow(label(tr("&Number of workers:"), m_workerCount), how);
    form->addRow(tr("&Asked:"), m_asked);
    form->addRow(tr("Advi&sed or written:"), m_answer);
    auto *result = new QHBoxLayout;
    result->addWidget(m_outcome, 1);
    result->addWidget(m_handledBy, 1);
    form->addRow(label(tr("&Outcome, handled by:"), m_outcome), result);
    form->addRow(tr("&Case it became:"), m_caseNo);
    auto *refer = new QHBoxLayout;
    refer->addWidget(m_referralKind);
    refer->addWidget(m_referralBody, 1);
    form->addRow(m_refer, refer);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("receptionButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] { save(); });
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    m_kind->setFocus();
    resize(620, 520);
}

Reception ReceptionDialog::receptionFromForm() const
{
    Reception r = m_reception;
    r.receivedOn = m_date->date();
    r.kind = m_kind->currentData().toString();
    r.visitorName = m_visitor->text().trimmed();
    r.visitorPhone = m_phone->text().trimmed();
    const auto worker = m_worker->chosenWorker();
    r.workerId = worker ? worker->id : (m_worker->currentIndex() >= 0 && m_worker->currentText() == r.workerName
                                            ? r.workerId
                                            : QString());
    if (!worker && r.workerId.isEmpty() && r.visitorName.isEmpty())
        r.visitorName = m_worker->currentText().trimmed(); // a name typed, not on the register
    bool known = true;
    r.employerId = m_employer->employerId(&known);
    r.employerName = known ? QString() : m_employer->currentText().trimmed();
    r.workerCount = m_workerCount->value();
    r.migrantWorkers = m_migrant->isChecked();
    r.disputeType = m_disputeType->currentData().toString();
    r.summary = m_asked->toPlainText().trimmed();
    r.answer = m_answer->toPlainText().trimmed();
    r.outcome = m_outcome->currentData().toString();
    r.handledBy = m_handledBy->text().trimmed();
    return r;
}

std::optional<ReceptionReferral> ReceptionDialog::referralFromForm() const
{
    if (!m_refer->isChecked() || !m_refer->isVisible())
        return std::nullopt;
    ReceptionReferral f;
    f.kind = m_referralKind->currentData().toString();
    f.receivingBody = m_referralBody->text().trimmed();
    f.referredOn = m_date->date();
    return f;
}

Status ReceptionDialog::save()
{
    Reception r = receptionFromForm();
    const QString caseNo = m_caseNo->text().trimmed();
    if (!caseNo.isEmpty()) {
        r.caseId = m_commands.caseIdByNumber(caseNo);
        if (r.caseId.isEmpty()) {
            const QString error = tr("No case numbered \"%1\".").arg(caseNo);
            m_message->setText(error);
            m_message->show();
            return Status::failure(error);
        }
        if (r.outcome.isEmpty() || r.outcome == QLatin1String("answered"))
            r.outcome = QStringLiteral("case_opened");
    } else {
        r.caseId.clear();
    }
    auto id = m_commands.saveReception(r, QDate::currentDate(), referralFromForm());
    if (!id) {
        m_message->setText(id.error());
        m_message->show();
        return id.status();
    }
    m_reception.id = id.value();
    accept();
    return Status::success();
}

} // namespace ud
