#include "mediation/IntakeDialog.h"

#include "core/Money.h"
#include "core/ResidentId.h"
#include "mediation/WorkerPicker.h"
#include "register/EmployerPicker.h"
#include "register/RegisterLookups.h"
#include "storage/DraftStore.h"
#include "storage/MediationService.h"
#include "storage/RegisterRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ud {

namespace {

const QString kDraftKind = QStringLiteral("mediation_intake");

enum ApplicantColumn { ApplicantName, ApplicantId, ApplicantEmployer, ApplicantRepresentative, ApplicantColumns };
enum AgentColumn { AgentName, AgentPhone, AgentRelation, AgentSide, AgentColumns };
enum ClaimColumn { ClaimItem, ClaimDescription, ClaimAmount, ClaimColumns };

QLabel *makeErrorLabel(const QString &field, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("intakeError_") + QString(field).replace(QLatin1Char('/'), QLatin1Char('_')));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

IntakeDialog::IntakeDialog(Database &db, MediationService &service, const RegisterLookups &lookups,
                           const QString &userName, const QString &defaultMediator, QWidget *parent)
    : QDialog(parent),
      m_db(db),
      m_service(service),
      m_lookups(lookups),
      m_userName(userName),
      m_drafts(std::make_unique<DraftStore>(db)),
      m_draftTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("intakeDialog"));
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(500);
    connect(m_draftTimer, &QTimer::timeout, this, &IntakeDialog::saveDraftNow);
    buildForm();
    m_mediators->setText(defaultMediator);
    retranslate();

    const QJsonObject draft = m_drafts->load(kDraftKind, m_userName);
    if (!draft.isEmpty()) {
        restoreDraft(draft);
        const QDateTime savedAt = QDateTime::fromString(m_drafts->savedAt(kDraftKind, m_userName), Qt::ISODateWithMs);
        m_draftNote->setText(tr("Your unsaved intake from %1 was restored.")
                                 .arg(QLocale().toString(savedAt.toLocalTime(), QLocale::ShortFormat)));
        m_draftNote->show();
        m_discard->show();
    }
    resize(860, 760);
}

IntakeDialog::~IntakeDialog()
{
    if (m_draftTimer->isActive())
        saveDraftNow();
}

void IntakeDialog::buildForm()
{
    auto *outer = new QVBoxLayout(this);
    auto *draftRow = new QHBoxLayout;
    m_draftNote = new QLabel(this);
    m_draftNote->setObjectName(QStringLiteral("intakeDraftNote"));
    m_draftNote->hide();
    m_discard = new QPushButton(this);
    m_discard->setObjectName(QStringLiteral("intakeDiscardDraft"));
    m_discard->hide();
    connect(m_discard, &QPushButton::clicked, this, &IntakeDialog::discardDraft);
    draftRow->addWidget(m_draftNote, 1);
    draftRow->addWidget(m_discard);
    outer->addLayout(draftRow);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *page = new QWidget(scroll);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    scroll->setWidget(page);
    outer->addWidget(scroll, 1);

    const auto caption = [this, page](const QString &key) {
        auto *label = new QLabel(page);
        m_captions.insert(key, label);
        return label;
    };
    const auto withError = [this, page](QWidget *field, const QString &key) {
        auto *box = new QWidget(page);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->addWidget(field);
        QLabel *error = makeErrorLabel(key, box);
        m_errorLabels.insert(key, error);
        v->addWidget(error);
        return box;
    };

    m_receivedOn = new QDateEdit(QDate::currentDate(), page);
    m_receivedOn->setObjectName(QStringLiteral("intakeReceivedOn"));
    m_receivedOn->setCalendarPopup(true);
    m_receivedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(caption(QStringLiteral("receivedOn")), withError(m_receivedOn, QStringLiteral("receivedOn")));

    m_source = new QComboBox(page);
    m_source->setObjectName(QStringLiteral("intakeSource"));
    m_lookups.fillCodeCombo(m_source, QStringLiteral("case_source"), QStringLiteral("—"));
    form->addRow(caption(QStringLiteral("source")), withError(m_source, QStringLiteral("source")));

    m_employer = new EmployerPicker(m_db, page);
    m_employer->setObjectName(QStringLiteral("intakeEmployer"));
    form->addRow(caption(QStringLiteral("employer")), withError(m_employer, QStringLiteral("employer")));

    m_consent = new QComboBox(page);
    m_consent->setObjectName(QStringLiteral("intakeConsent"));
    m_consent->addItems({QString(), QString(), QString()});
    form->addRow(caption(QStringLiteral("consent")), m_consent);

    m_disputeType = new QComboBox(page);
    m_disputeType->setObjectName(QStringLiteral("intakeDisputeType"));
    m_lookups.fillCodeCombo(m_disputeType, QStringLiteral("dispute_type"), QStringLiteral("—"));
    form->addRow(caption(QStringLiteral("disputeType")), withError(m_disputeType, QStringLiteral("disputeType")));

    m_otherTypes = new QListWidget(page);
    m_otherTypes->setObjectName(QStringLiteral("intakeOtherTypes"));
    for (const RegisterLookups::Item &item : m_lookups.items(QStringLiteral("dispute_type"))) {
        auto *row = new QListWidgetItem(item.name, m_otherTypes);
        row->setData(Qt::UserRole, item.code);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        row->setCheckState(Qt::Unchecked);
    }
    m_otherTypes->setMaximumHeight(m_otherTypes->sizeHintForRow(0) * 6 + 8);
    form->addRow(caption(QStringLiteral("otherTypes")), m_otherTypes);

    auto *collectiveRow = new QWidget(page);
    auto *ch = new QHBoxLayout(collectiveRow);
    ch->setContentsMargins(0, 0, 0, 0);
    m_collective = new QCheckBox(collectiveRow);
    m_collective->setObjectName(QStringLiteral("intakeCollective"));
    m_workerCount = new QSpinBox(collectiveRow);
    m_workerCount->setObjectName(QStringLiteral("intakeWorkerCount"));
    m_workerCount->setRange(0, 100000);
    auto *countCaption = caption(QStringLiteral("workerCount"));
    ch->addWidget(m_collective);
    ch->addSpacing(16);
    ch->addWidget(countCaption);
    ch->addWidget(m_workerCount);
    ch->addStretch(1);
    auto *collectiveBox = withError(collectiveRow, QStringLiteral("collective"));
    QLabel *countError = makeErrorLabel(QStringLiteral("workerCount"), collectiveBox);
    m_errorLabels.insert(QStringLiteral("workerCount"), countError);
    collectiveBox->layout()->addWidget(countError);
    form->addRow(caption(QStringLiteral("collectiveCaption")), collectiveBox);

    // Applicants: found in the register, added to the table.
    auto *applicantsBox = new QWidget(page);
    auto *av = new QVBoxLayout(applicantsBox);
    av->setContentsMargins(0, 0, 0, 0);
    auto *pickRow = new QHBoxLayout;
    m_applicantPicker = new WorkerPicker(m_db, applicantsBox);
    m_applicantPicker->setObjectName(QStringLiteral("intakeApplicantPicker"));
    m_addApplicant = new QPushButton(applicantsBox);
    m_addApplicant->setObjectName(QStringLiteral("intakeAddApplicant"));
    m_removeApplicant = new QPushButton(applicantsBox);
    m_removeApplicant->setObjectName(QStringLiteral("intakeRemoveApplicant"));
    pickRow->addWidget(m_applicantPicker, 1);
    pickRow->addWidget(m_addApplicant);
    pickRow->addWidget(m_removeApplicant);
    av->addLayout(pickRow);
    m_applicants = new QTableWidget(0, ApplicantColumns, applicantsBox);
    m_applicants->setObjectName(QStringLiteral("intakeApplicants"));
    m_applicants->horizontalHeader()->setStretchLastSection(true);
    m_applicants->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_applicants->setMinimumHeight(110);
    av->addWidget(m_applicants);
    connect(m_addApplicant, &QPushButton::clicked, this, &IntakeDialog::addApplicant);
    connect(m_removeApplicant, &QPushButton::clicked, this, [this] {
        const int row = m_applicants->currentRow();
        if (row >= 0) {
            m_applicants->removeRow(row);
            scheduleDraft();
        }
    });
    form->addRow(caption(QStringLiteral("applicants")), withError(applicantsBox, QStringLiteral("applicants")));

    // Agents of either side.
    auto *agentsBox = new QWidget(page);
    auto *agv = new QVBoxLayout(agentsBox);
    agv->setContentsMargins(0, 0, 0, 0);
    m_agents = new QTableWidget(0, AgentColumns, agentsBox);
    m_agents->setObjectName(QStringLiteral("intakeAgents"));
    m_agents->horizontalHeader()->setStretchLastSection(true);
    m_agents->setMinimumHeight(80);
    auto *agentButtons = new QHBoxLayout;
    m_addAgent = new QPushButton(agentsBox);
    m_addAgent->setObjectName(QStringLiteral("intakeAddAgent"));
    m_removeAgent = new QPushButton(agentsBox);
    m_removeAgent->setObjectName(QStringLiteral("intakeRemoveAgent"));
    agentButtons->addWidget(m_addAgent);
    agentButtons->addWidget(m_removeAgent);
    agentButtons->addStretch(1);
    agv->addWidget(m_agents);
    agv->addLayout(agentButtons);
    connect(m_addAgent, &QPushButton::clicked, this, [this] { addAgentRow({}, {}, {}, QStringLiteral("worker")); });
    connect(m_removeAgent, &QPushButton::clicked, this, [this] {
        if (m_agents->currentRow() >= 0) {
            m_agents->removeRow(m_agents->currentRow());
            scheduleDraft();
        }
    });
    form->addRow(caption(QStringLiteral("agents")), withError(agentsBox, QStringLiteral("agents")));

    // Claims with amounts in yuan.
    auto *claimsBox = new QWidget(page);
    auto *cv = new QVBoxLayout(claimsBox);
    cv->setContentsMargins(0, 0, 0, 0);
    m_claims = new QTableWidget(0, ClaimColumns, claimsBox);
    m_claims->setObjectName(QStringLiteral("intakeClaims"));
    m_claims->horizontalHeader()->setSectionResizeMode(ClaimDescription, QHeaderView::Stretch);
    m_claims->setMinimumHeight(100);
    auto *claimButtons = new QHBoxLayout;
    m_addClaim = new QPushButton(claimsBox);
    m_addClaim->setObjectName(QStringLiteral("intakeAddClaim"));
    m_removeClaim = new QPushButton(claimsBox);
    m_removeClaim->setObjectName(QStringLiteral("intakeRemoveClaim"));
    m_claimTotal = new QLabel(claimsBox);
    m_claimTotal->setObjectName(QStringLiteral("intakeClaimTotal"));
    claimButtons->addWidget(m_addClaim);
    claimButtons->addWidget(m_removeClaim);
    claimButtons->addStretch(1);
    claimButtons->addWidget(m_claimTotal);
    cv->addWidget(m_claims);
    cv->addLayout(claimButtons);
    connect(m_addClaim, &QPushButton::clicked, this, [this] { addClaimRow({}, {}, {}); });
    connect(m_removeClaim, &QPushButton::clicked, this, [this] {
        if (m_claims->currentRow() >= 0) {
            m_claims->removeRow(m_claims->currentRow());
            scheduleDraft();
        }
    });
    form->addRow(caption(QStringLiteral("claims")), withError(claimsBox, QStringLiteral("claims")));

    m_facts = new QPlainTextEdit(page);
    m_facts->setObjectName(QStringLiteral("intakeFacts"));
    m_facts->setMinimumHeight(110);
    form->addRow(caption(QStringLiteral("facts")), withError(m_facts, QStringLiteral("facts")));
    m_requests = new QPlainTextEdit(page);
    m_requests->setObjectName(QStringLiteral("intakeRequests"));
    m_requests->setMaximumHeight(80);
    form->addRow(caption(QStringLiteral("requests")), m_requests);
    m_mediators = new QLineEdit(page);
    m_mediators->setObjectName(QStringLiteral("intakeMediators"));
    form->addRow(caption(QStringLiteral("mediators")), m_mediators);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_register = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_register->setObjectName(QStringLiteral("intakeRegister"));
    m_register->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("intakeCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &IntakeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IntakeDialog::reject);
    outer->addWidget(buttons);

    // Any change is saved as a draft shortly after.
    connect(m_receivedOn, &QDateEdit::dateChanged, this, &IntakeDialog::scheduleDraft);
    for (QComboBox *combo : {m_source, m_consent, m_disputeType})
        connect(combo, &QComboBox::currentIndexChanged, this, &IntakeDialog::scheduleDraft);
    connect(m_employer, &QComboBox::currentTextChanged, this, &IntakeDialog::scheduleDraft);
    connect(m_otherTypes, &QListWidget::itemChanged, this, &IntakeDialog::scheduleDraft);
    connect(m_collective, &QCheckBox::toggled, this, &IntakeDialog::scheduleDraft);
    connect(m_workerCount, &QSpinBox::valueChanged, this, &IntakeDialog::scheduleDraft);
    for (QTableWidget *table : {m_applicants, m_agents, m_claims})
        connect(table, &QTableWidget::itemChanged, this, &IntakeDialog::scheduleDraft);
    connect(m_claims, &QTableWidget::itemChanged, this, [this] {
        qint64 total = 0;
        for (int r = 0; r < m_claims->rowCount(); ++r) {
            const auto fen = Money::parseYuan(cellText(m_claims, r, ClaimAmount));
            if (fen)
                total += fen.value();
        }
        m_claimTotal->setText(tr("Total claimed: %1 yuan").arg(Money::formatYuan(total)));
    });
    connect(m_facts, &QPlainTextEdit::textChanged, this, &IntakeDialog::scheduleDraft);
    connect(m_requests, &QPlainTextEdit::textChanged, this, &IntakeDialog::scheduleDraft);
    connect(m_mediators, &QLineEdit::textEdited, this, &IntakeDialog::scheduleDraft);
}

void IntakeDialog::retranslate()
{
    setWindowTitle(tr("New dispute case (intake)"));
    m_discard->setText(tr("Discard draft"));
    const QHash<QString, QString> texts = {
        {QStringLiteral("receivedOn"), tr("&Received on:")},
        {QStringLiteral("source"), tr("S&ource:")},
        {QStringLiteral("employer"), tr("&Employer (respondent):")},
        {QStringLiteral("consent"), tr("Employer agrees to mediation:")},
        {QStringLiteral("disputeType"), tr("&Dispute type:")},
        {QStringLiteral("otherTypes"), tr("Further types:")},
        {QStringLiteral("collectiveCaption"), tr("Collective:")},
        {QStringLiteral("workerCount"), tr("Workers involved:")},
        {QStringLiteral("applicants"), tr("&Applicants:")},
        {QStringLiteral("agents"), tr("Agents:")},
        {QStringLiteral("claims"), tr("Claims:")},
        {QStringLiteral("facts"), tr("&Facts and reasons:")},
        {QStringLiteral("requests"), tr("Requests:")},
        {QStringLiteral("mediators"), tr("&Mediators:")},
    };
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        if (QLabel *label = m_captions.value(it.key()))
            label->setText(it.value());
    m_captions.value(QStringLiteral("receivedOn"))->setBuddy(m_receivedOn);
    m_captions.value(QStringLiteral("source"))->setBuddy(m_source);
    m_captions.value(QStringLiteral("employer"))->setBuddy(m_employer);
    m_captions.value(QStringLiteral("disputeType"))->setBuddy(m_disputeType);
    m_captions.value(QStringLiteral("applicants"))->setBuddy(m_applicantPicker);
    m_captions.value(QStringLiteral("facts"))->setBuddy(m_facts);
    m_captions.value(QStringLiteral("mediators"))->setBuddy(m_mediators);
    m_consent->setItemText(0, tr("Not yet asked"));
    m_consent->setItemText(1, tr("Yes"));
    m_consent->setItemText(2, tr("No, refuses mediation"));
    m_collective->setText(tr("Collective dispute (10 or more workers with a common claim)"));
    m_applicantPicker->lineEdit()->setPlaceholderText(tr("Type a name, address or phone number of the register"));
    m_addApplicant->setText(tr("Add applicant"));
    m_removeApplicant->setText(tr("Remove"));
    m_applicants->setHorizontalHeaderLabels({tr("Name"), tr("ID number"), tr("Employer"), tr("Representative")});
    m_addAgent->setText(tr("Add agent"));
    m_removeAgent->setText(tr("Remove agent"));
    m_agents->setHorizontalHeaderLabels({tr("Name"), tr("Phone"), tr("Relation"), tr("For")});
    m_addClaim->setText(tr("Add claim"));
    m_removeClaim->setText(tr("Remove claim"));
    m_claims->setHorizontalHeaderLabels({tr("Item"), tr("Description"), tr("Amount (yuan)")});
    m_register->setText(tr("&Register case"));
    m_facts->setPlaceholderText(tr("What happened, since when, what the employer says (事实与理由)"));
}

void IntakeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void IntakeDialog::addApplicant()
{
    const std::optional<Worker> w = m_applicantPicker->chosenWorker();
    if (!w) {
        showErrors({{QStringLiteral("applicants"),
                     tr("Choose a worker from the list that appears while typing; add new workers in the register first."),
                     false}});
        return;
    }
    for (int r = 0; r < m_applicants->rowCount(); ++r)
        if (m_applicants->item(r, ApplicantName)->data(Qt::UserRole).toString() == w->id) {
            showErrors({{QStringLiteral("applicants"), tr("\"%1\" is already an applicant.").arg(w->name), false}});
            return;
        }
    clearErrors();
    m_applicantIdNumbers.insert(w->id, w->idNumber);
    addApplicantRow(w->id, w->name, w->idNumber.isEmpty() ? QString() : ResidentId::mask(w->idNumber), w->employerName,
                    false);
    if (m_employer->currentText().trimmed().isEmpty() && !w->employerId.isEmpty())
        m_employer->setEmployer(w->employerId, w->employerName);
    m_applicantPicker->setCurrentIndex(-1);
    m_applicantPicker->setEditText(QString());
}

void IntakeDialog::addApplicantRow(const QString &workerId, const QString &name, const QString &maskedId,
                                   const QString &employer, bool representative)
{
    const QSignalBlocker block(m_applicants);
    const int row = m_applicants->rowCount();
    m_applicants->insertRow(row);
    auto *nameItem = new QTableWidgetItem(name);
    nameItem->setData(Qt::UserRole, workerId);
    nameItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_applicants->setItem(row, ApplicantName, nameItem);
    for (const auto &[column, text] : {std::pair{int(ApplicantId), maskedId}, std::pair{int(ApplicantEmployer), employer}}) {
        auto *item = new QTableWidgetItem(text);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_applicants->setItem(row, column, item);
    }
    auto *rep = new QTableWidgetItem;
    rep->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    rep->setCheckState(representative ? Qt::Checked : Qt::Unchecked);
    m_applicants->setItem(row, ApplicantRepresentative, rep);
    m_applicants->resizeColumnsToContents();
    if (m_workerCount->value() < m_applicants->rowCount())
        m_workerCount->setValue(m_applicants->rowCount());
    scheduleDraft();
}

void IntakeDialog::addAgentRow(const QString &name, const QString &phone, const QString &relation, const QString &side)
{
    const QSignalBlocker block(m_agents);
    const int row = m_agents->rowCount();
    m_agents->insertRow(row);
    m_agents->setItem(row, AgentName, new QTableWidgetItem(name));
    m_agents->setItem(row, AgentPhone, new QTableWidgetItem(phone));
    m_agents->setItem(row, AgentRelation, new QTableWidgetItem(relation));
    auto *sideCombo = new QComboBox(m_agents);
    sideCombo->addItem(tr("Applicants"), QStringLiteral("worker"));
    sideCombo->addItem(tr("Employer"), QStringLiteral("employer"));
    sideCombo->setCurrentIndex(side == QLatin1String("employer") ? 1 : 0);
    connect(sideCombo, &QComboBox::currentIndexChanged, this, &IntakeDialog::scheduleDraft);
    m_agents->setCellWidget(row, AgentSide, sideCombo);
    scheduleDraft();
}

void IntakeDialog::addClaimRow(const QString &item, const QString &description, const QString &amount)
{
    const QSignalBlocker block(m_claims);
    const int row = m_claims->rowCount();
    m_claims->insertRow(row);
    auto *itemCombo = new QComboBox(m_claims);
    m_lookups.fillCodeCombo(itemCombo, QStringLiteral("claim_item"), QStringLiteral("—"));
    RegisterLookups::selectCode(itemCombo, item);
    connect(itemCombo, &QComboBox::currentIndexChanged, this, &IntakeDialog::scheduleDraft);
    m_claims->setCellWidget(row, ClaimItem, itemCombo);
    m_claims->setItem(row, ClaimDescription, new QTableWidgetItem(description));
    auto *amountItem = new QTableWidgetItem(amount);
    amountItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_claims->setItem(row, ClaimAmount, amountItem);
    m_claims->setColumnWidth(ClaimItem, 200);
    scheduleDraft();
}

MediationCase IntakeDialog::formCase() const
{
    MediationCase c;
    c.receivedOn = m_receivedOn->date();
    c.source = m_source->currentData().toString();
    bool employerOk = true;
    c.employerId = m_employer->employerId(&employerOk);
    if (m_consent->currentIndex() == 1)
        c.respondentConsent = true;
    else if (m_consent->currentIndex() == 2)
        c.respondentConsent = false;
    c.disputeType = m_disputeType->currentData().toString();
    for (int i = 0; i < m_otherTypes->count(); ++i) {
        const QString code = m_otherTypes->item(i)->data(Qt::UserRole).toString();
        if (m_otherTypes->item(i)->checkState() == Qt::Checked && code != c.disputeType)
            c.otherDisputeTypes << code;
    }
    c.collective = m_collective->isChecked();
    c.workerCount = m_workerCount->value();
    for (int r = 0; r < m_applicants->rowCount(); ++r) {
        CaseParty p;
        p.role = QStringLiteral("applicant");
        p.workerId = m_applicants->item(r, ApplicantName)->data(Qt::UserRole).toString();
        p.name = cellText(m_applicants, r, ApplicantName);
        p.idNumber = m_applicantIdNumbers.value(p.workerId);
        p.representative = m_applicants->item(r, ApplicantRepresentative)->checkState() == Qt::Checked;
        c.parties.append(p);
    }
    for (int r = 0; r < m_agents->rowCount(); ++r) {
        CaseParty p;
        p.role = QStringLiteral("agent");
        p.name = cellText(m_agents, r, AgentName);
        p.phone = cellText(m_agents, r, AgentPhone);
        p.relation = cellText(m_agents, r, AgentRelation);
        if (auto *side = qobject_cast<QComboBox *>(m_agents->cellWidget(r, AgentSide)))
            p.side = side->currentData().toString();
        if (!p.name.isEmpty() || !p.phone.isEmpty() || !p.relation.isEmpty())
            c.parties.append(p);
    }
    for (int r = 0; r < m_claims->rowCount(); ++r) {
        CaseItem it;
        it.kind = QStringLiteral("claim");
        if (auto *combo = qobject_cast<QComboBox *>(m_claims->cellWidget(r, ClaimItem)))
            it.item = combo->currentData().toString();
        it.description = cellText(m_claims, r, ClaimDescription);
        const auto fen = Money::parseYuan(cellText(m_claims, r, ClaimAmount));
        it.amountFen = fen ? fen.value() : 0; // an unreadable amount is reported by accept()
        c.items.append(it);
    }
    c.facts = m_facts->toPlainText();
    c.requests = m_requests->toPlainText();
    c.mediators = m_mediators->text();
    return c;
}

QLabel *IntakeDialog::errorLabel(const QString &field) const
{
    if (QLabel *label = m_errorLabels.value(field))
        return label;
    if (field.startsWith(QLatin1String("claims")))
        return m_errorLabels.value(QStringLiteral("claims"));
    return nullptr;
}

void IntakeDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errorLabels)) {
        label->clear();
        label->hide();
    }
}

void IntakeDialog::showErrors(const QList<FieldError> &errors)
{
    clearErrors();
    QWidget *firstField = nullptr;
    for (const FieldError &e : errors) {
        QLabel *label = errorLabel(e.field);
        if (!label)
            label = m_errorLabels.value(QStringLiteral("facts"));
        label->setText(label->text().isEmpty() ? e.message : label->text() + QLatin1Char('\n') + e.message);
        label->show();
        if (!firstField)
            firstField = label->parentWidget();
    }
    if (firstField)
        firstField->setFocus();
}

void IntakeDialog::accept()
{
    MediationCase c = formCase();
    QList<FieldError> errors;
    bool employerOk = true;
    m_employer->employerId(&employerOk);
    if (!employerOk)
        errors.append({QStringLiteral("employer"),
                       tr("\"%1\" is not an employer of the register; choose one from the list or add it in the register first.")
                           .arg(m_employer->currentText().trimmed()),
                       false});
    for (int r = 0; r < m_claims->rowCount(); ++r) {
        const auto fen = Money::parseYuan(cellText(m_claims, r, ClaimAmount));
        if (!fen)
            errors.append({QStringLiteral("claims/%1").arg(r), tr("Claim %1: %2").arg(r + 1).arg(fen.error()), false});
    }
    errors += m_service.validateIntake(c, QDate::currentDate());
    if (!errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    saveDraftNow();
    auto registered = m_service.registerCase(c, QDate::currentDate());
    if (!registered) {
        showErrors({{QStringLiteral("facts"), registered.error(), false}});
        return;
    }
    m_caseId = registered.value();
    m_draftTimer->stop();
    m_drafts->remove(kDraftKind, m_userName);
    QDialog::accept();
}

void IntakeDialog::scheduleDraft()
{
    if (!m_restoring)
        m_draftTimer->start();
}

void IntakeDialog::saveDraftNow()
{
    m_draftTimer->stop();
    m_drafts->save(kDraftKind, m_userName, draftPayload());
}

void IntakeDialog::discardDraft()
{
    m_draftTimer->stop();
    m_drafts->remove(kDraftKind, m_userName);
    m_restoring = true;
    restoreDraft(QJsonObject{{QStringLiteral("receivedOn"), QDate::currentDate().toString(Qt::ISODate)},
                             {QStringLiteral("mediators"), m_mediators->text()}});
    m_restoring = false;
    m_draftNote->hide();
    m_discard->hide();
    clearErrors();
}

QJsonObject IntakeDialog::draftPayload() const
{
    QJsonObject o;
    o.insert(QStringLiteral("receivedOn"), m_receivedOn->date().toString(Qt::ISODate));
    o.insert(QStringLiteral("source"), m_source->currentData().toString());
    bool ok = true;
    o.insert(QStringLiteral("employerId"), m_employer->employerId(&ok));
    o.insert(QStringLiteral("employerText"), m_employer->currentText());
    o.insert(QStringLiteral("consent"), m_consent->currentIndex());
    o.insert(QStringLiteral("disputeType"), m_disputeType->currentData().toString());
    QJsonArray others;
    for (int i = 0; i < m_otherTypes->count(); ++i)
        if (m_otherTypes->item(i)->checkState() == Qt::Checked)
            others.append(m_otherTypes->item(i)->data(Qt::UserRole).toString());
    o.insert(QStringLiteral("otherTypes"), others);
    o.insert(QStringLiteral("collective"), m_collective->isChecked());
    o.insert(QStringLiteral("workerCount"), m_workerCount->value());
    QJsonArray applicants;
    for (int r = 0; r < m_applicants->rowCount(); ++r)
        applicants.append(QJsonObject{
            {QStringLiteral("workerId"), m_applicants->item(r, ApplicantName)->data(Qt::UserRole).toString()},
            {QStringLiteral("representative"), m_applicants->item(r, ApplicantRepresentative)->checkState() == Qt::Checked}});
    o.insert(QStringLiteral("applicants"), applicants);
    QJsonArray agents;
    for (int r = 0; r < m_agents->rowCount(); ++r) {
        auto *side = qobject_cast<QComboBox *>(m_agents->cellWidget(r, AgentSide));
        agents.append(QJsonObject{{QStringLiteral("name"), cellText(m_agents, r, AgentName)},
                                  {QStringLiteral("phone"), cellText(m_agents, r, AgentPhone)},
                                  {QStringLiteral("relation"), cellText(m_agents, r, AgentRelation)},
                                  {QStringLiteral("side"), side ? side->currentData().toString() : QString()}});
    }
    o.insert(QStringLiteral("agents"), agents);
    QJsonArray claims;
    for (int r = 0; r < m_claims->rowCount(); ++r) {
        auto *combo = qobject_cast<QComboBox *>(m_claims->cellWidget(r, ClaimItem));
        claims.append(QJsonObject{{QStringLiteral("item"), combo ? combo->currentData().toString() : QString()},
                                  {QStringLiteral("description"), cellText(m_claims, r, ClaimDescription)},
                                  {QStringLiteral("amount"), cellText(m_claims, r, ClaimAmount)}});
    }
    o.insert(QStringLiteral("claims"), claims);
    o.insert(QStringLiteral("facts"), m_facts->toPlainText());
    o.insert(QStringLiteral("requests"), m_requests->toPlainText());
    o.insert(QStringLiteral("mediators"), m_mediators->text());
    return o;
}

void IntakeDialog::restoreDraft(const QJsonObject &o)
{
    const bool wasRestoring = m_restoring;
    m_restoring = true;
    const QDate received = QDate::fromString(o.value(QStringLiteral("receivedOn")).toString(), Qt::ISODate);
    m_receivedOn->setDate(received.isValid() ? received : QDate::currentDate());
    RegisterLookups::selectCode(m_source, o.value(QStringLiteral("source")).toString());
    const QString employerId = o.value(QStringLiteral("employerId")).toString();
    const RegisterRepository repo(m_db);
    if (const auto e = employerId.isEmpty() ? std::nullopt : repo.employer(employerId))
        m_employer->setEmployer(e->id, e->name);
    else
        m_employer->setEmployer({}, {});
    m_consent->setCurrentIndex(o.value(QStringLiteral("consent")).toInt());
    RegisterLookups::selectCode(m_disputeType, o.value(QStringLiteral("disputeType")).toString());
    const QJsonArray others = o.value(QStringLiteral("otherTypes")).toArray();
    for (int i = 0; i < m_otherTypes->count(); ++i)
        m_otherTypes->item(i)->setCheckState(
            others.contains(m_otherTypes->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    m_collective->setChecked(o.value(QStringLiteral("collective")).toBool());
    m_applicants->setRowCount(0);
    for (const QJsonValue &v : o.value(QStringLiteral("applicants")).toArray()) {
        const auto w = repo.worker(v.toObject().value(QStringLiteral("workerId")).toString());
        if (!w || w->deleted)
            continue; // removed from the register since the draft was saved
        m_applicantIdNumbers.insert(w->id, w->idNumber);
        addApplicantRow(w->id, w->name, w->idNumber.isEmpty() ? QString() : ResidentId::mask(w->idNumber),
                        w->employerName, v.toObject().value(QStringLiteral("representative")).toBool());
    }
    m_workerCount->setValue(o.value(QStringLiteral("workerCount")).toInt());
    m_agents->setRowCount(0);
    for (const QJsonValue &v : o.value(QStringLiteral("agents")).toArray()) {
        const QJsonObject a = v.toObject();
        addAgentRow(a.value(QStringLiteral("name")).toString(), a.value(QStringLiteral("phone")).toString(),
                    a.value(QStringLiteral("relation")).toString(), a.value(QStringLiteral("side")).toString());
    }
    m_claims->setRowCount(0);
    for (const QJsonValue &v : o.value(QStringLiteral("claims")).toArray()) {
        const QJsonObject cl = v.toObject();
        addClaimRow(cl.value(QStringLiteral("item")).toString(), cl.value(QStringLiteral("description")).toString(),
                    cl.value(QStringLiteral("amount")).toString());
    }
    m_facts->setPlainText(o.value(QStringLiteral("facts")).toString());
    m_requests->setPlainText(o.value(QStringLiteral("requests")).toString());
    if (o.contains(QStringLiteral("mediators")))
        m_mediators->setText(o.value(QStringLiteral("mediators")).toString());
    m_restoring = wasRestoring;
}

} // namespace ud
