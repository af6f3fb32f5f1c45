#include "ui/mediation/IntakeDialog.h"

#include "ui/mediation/IntakeTables.h"
#include "ui/common/WorkerPicker.h"
#include "ui/common/EmployerPicker.h"
#include "ui/common/CodeListCache.h"
#include "core/DisplayFormat.h"
#include "storage/DraftStore.h"
#include "mediation/MediationCommands.h"
#include "mediation/MediatorRegister.h"
#include "mediation/MediatorRepository.h"
#include "register/RegisterRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace ud {

namespace {

const QString kDraftKind = QStringLiteral("mediation_intake");

QLabel *makeErrorLabel(const QString &field, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("intakeError_") + QString(field).replace(QLatin1Char('/'), QLatin1Char('_')));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

} // namespace

IntakeDialog::IntakeDialog(Database &db, MediationCommands &service, const CodeListCache &lookups,
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
    // The user herself when she is a mediator of the register; her name when the register is empty.
    if (m_availableMediators.isEmpty() || m_mediators->findText(defaultMediator) > 0)
        m_mediators->setCurrentText(defaultMediator);
    retranslate();

    const QJsonObject draft = m_drafts->load(kDraftKind, m_userName);
    if (!draft.isEmpty()) {
        restoreDraft(draft);
        m_draftNote->setText(tr("Your unsaved intake from %1 was restored.")
                                 .arg(DisplayFormat::timestamp(m_drafts->savedAt(kDraftKind, m_userName))));
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
        // The box takes the row's width, so that a message under a narrow field (a date, a list
        // to choose from) wraps at the row's width instead of overlapping the next row.
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        const bool narrow = qobject_cast<QComboBox *>(field) || qobject_cast<QDateEdit *>(field);
        v->addWidget(field, 0, narrow ? Qt::AlignLeft : Qt::Alignment());
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
    for (const CodeListCache::Item &item : m_lookups.items(QStringLiteral("dispute_type"))) {
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
    m_workerCount->setLocale(DisplayFormat::numberLocale()); // 1,200, whatever the system's locale
    m_workerCount->setGroupSeparatorShown(true);
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
    m_applicants = new IntakeApplicantsTable(m_db, page);
    connect(m_applicants, &IntakeApplicantsTable::problem, this,
            [this](const QString &message) { showErrors({{QStringLiteral("applicants"), message, false}}); });
    connect(m_applicants, &IntakeApplicantsTable::workerAdded, this, [this](const Worker &w) {
        clearErrors();
        if (m_employer->currentText().trimmed().isEmpty() && !w.employerId.isEmpty())
            m_employer->setEmployer(w.employerId, w.employerName);
    });
    // The worker count follows the applicants up, never down (a collective case may name few).
    connect(m_applicants, &IntakeApplicantsTable::rowAdded, this, [this](int rows) {
        if (m_workerCount->value() < rows)
            m_workerCount->setValue(rows);
    });
    form->addRow(caption(QStringLiteral("applicants")), withError(m_applicants, QStringLiteral("applicants")));

    // Agents of either side.
    m_agents = new IntakeAgentsTable(page);
    form->addRow(caption(QStringLiteral("agents")), withError(m_agents, QStringLiteral("agents")));

    // Claims with amounts in yuan.
    m_claims = new IntakeClaimsTable(m_lookups, page);
    form->addRow(caption(QStringLiteral("claims")), withError(m_claims, QStringLiteral("claims")));

    m_facts = new QPlainTextEdit(page);
    m_facts->setObjectName(QStringLiteral("intakeFacts"));
    m_facts->setMinimumHeight(110);
    form->addRow(caption(QStringLiteral("facts")), withError(m_facts, QStringLiteral("facts")));
    m_requests = new QPlainTextEdit(page);
    m_requests->setObjectName(QStringLiteral("intakeRequests"));
    m_requests->setMaximumHeight(80);
    form->addRow(caption(QStringLiteral("requests")), m_requests);
    // The mediators of the register appointed today, by name; typing picks one (or types names
    // when the register has none yet).
    m_mediators = new QComboBox(page);
    m_mediators->setObjectName(QStringLiteral("intakeMediators"));
    m_mediators->setEditable(true);
    m_mediators->setInsertPolicy(QComboBox::NoInsert);
    m_mediators->setMinimumContentsLength(28); // room for several names and the hint
    m_mediators->addItem(QString());
    for (const Mediator &m : MediatorRepository(m_db).list(true))
        if (m.availableOn(QDate::currentDate())) {
            m_availableMediators << m;
            m_mediators->addItem(m.name, m.id);
            const QString where = m.employerName.isEmpty() ? m.workplace : m.employerName;
            if (!where.isEmpty())
                m_mediators->setItemData(m_mediators->count() - 1, where, Qt::ToolTipRole);
        }
    form->addRow(caption(QStringLiteral("mediators")), withError(m_mediators, QStringLiteral("mediators")));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_register = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_register->setObjectName(QStringLiteral("intakeRegister"));
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
    connect(m_applicants, &IntakeApplicantsTable::changed, this, &IntakeDialog::scheduleDraft);
    connect(m_agents, &IntakeAgentsTable::changed, this, &IntakeDialog::scheduleDraft);
    connect(m_claims, &IntakeClaimsTable::changed, this, &IntakeDialog::scheduleDraft);
    connect(m_facts, &QPlainTextEdit::textChanged, this, &IntakeDialog::scheduleDraft);
    connect(m_requests, &QPlainTextEdit::textChanged, this, &IntakeDialog::scheduleDraft);
    connect(m_mediators, &QComboBox::currentTextChanged, this, &IntakeDialog::scheduleDraft);
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
    m_captions.value(QStringLiteral("applicants"))->setBuddy(m_applicants->picker());
    m_captions.value(QStringLiteral("facts"))->setBuddy(m_facts);
    m_captions.value(QStringLiteral("mediators"))->setBuddy(m_mediators);
    m_consent->setItemText(0, tr("Not yet asked"));
    m_consent->setItemText(1, tr("Yes"));
    m_consent->setItemText(2, tr("No, refuses mediation"));
    m_collective->setText(tr("Collective dispute (10 or more workers with a common claim)"));
    m_applicants->retranslate();
    m_agents->retranslate();
    m_claims->retranslate();
    m_register->setText(tr("Re&gister case"));
    m_facts->setPlaceholderText(tr("What happened, since when, what the employer says (事实与理由)"));
    m_mediators->lineEdit()->setPlaceholderText(
        m_availableMediators.isEmpty() ? tr("Names (the register of mediators has no one appointed yet)")
                                       : tr("Choose from the register of mediators; several separated by 、"));
}

void IntakeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
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
    c.parties += m_applicants->parties();
    c.parties += m_agents->parties();
    c.items += m_claims->items();
    c.facts = m_facts->toPlainText();
    c.requests = m_requests->toPlainText();
    c.mediators = m_mediators->currentText().trimmed();
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
    errors += m_claims->amountErrors();
    errors += m_service.validateIntake(c, QDate::currentDate());
    QStringList mediatorIds;
    if (const QString problem = mediatorsOf(c, &mediatorIds); !problem.isEmpty())
        errors.append({QStringLiteral("mediators"), problem, false});
    if (!errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    // Warnings (an applicant under 16, a collective dispute's number of representatives) are
    // shown once; registering again with the same warnings registers the case as it is.
    QList<FieldError> warnings = m_service.intakeWarnings(c);
    QStringList warningTexts;
    for (FieldError &w : warnings) {
        warningTexts << w.message;
        w.message = tr("Warning: %1 Register again to register the case as it is.").arg(w.message);
    }
    if (!warnings.isEmpty() && warningTexts.join(QLatin1Char('\n')) != m_shownWarnings) {
        m_shownWarnings = warningTexts.join(QLatin1Char('\n'));
        showErrors(warnings);
        return;
    }
    saveDraftNow();
    // The mediators of the register are put on the case as records; the case's names follow them.
    if (!mediatorIds.isEmpty())
        c.mediators.clear();
    auto registered = m_service.registerCase(c, QDate::currentDate(), mediatorIds);
    if (!registered) {
        showErrors({{QStringLiteral("facts"), registered.error(), false}});
        return;
    }
    m_caseId = registered.value();
    m_draftTimer->stop();
    m_drafts->remove(kDraftKind, m_userName);
    QDialog::accept();
}

QString IntakeDialog::mediatorsOf(const MediationCase &c, QStringList *ids) const
{
    ids->clear();
    // Names typed while the register has no one appointed stay names, as before the register.
    if (m_availableMediators.isEmpty())
        return {};
    static const QRegularExpression separators(QStringLiteral("[、,，;；\\s]+"));
    const QStringList names = c.mediators.split(separators, Qt::SkipEmptyParts);
    QStringList problems;
    for (const QString &name : names) {
        QList<const Mediator *> found;
        for (const Mediator &m : m_availableMediators)
            if (m.name == name)
                found << &m;
        // Two mediators of the same name: the one chosen from the list.
        if (found.size() > 1 && names.size() == 1 && m_mediators->currentIndex() > 0
            && m_mediators->itemText(m_mediators->currentIndex()) == name) {
            const QString chosen = m_mediators->currentData().toString();
            found.removeIf([&chosen](const Mediator *m) { return m->id != chosen; });
        }
        if (found.isEmpty()) {
            problems << tr("%1 is not a mediator of the register appointed today: choose one from the list, or add %1 "
                           "to the register of mediators first.")
                            .arg(name);
        } else if (found.size() > 1) {
            problems << tr("The register has %1 mediators named %2: choose her from the list.").arg(found.size()).arg(name);
        } else if (const QString conflict = MediatorRegister::conflictWarning(*found.first(), c); !conflict.isEmpty()) {
            problems << tr("%1 works for the employer of this case (回避): choose another mediator, or register the case "
                           "without her and put her on it in the case's Mediators tab with the reason she stays.")
                            .arg(name);
        } else if (!ids->contains(found.first()->id)) {
            ids->append(found.first()->id);
        }
    }
    return problems.join(QLatin1Char('\n'));
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
                             {QStringLiteral("mediators"), m_mediators->currentText()}});
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
    o.insert(QStringLiteral("applicants"), m_applicants->draft());
    o.insert(QStringLiteral("agents"), m_agents->draft());
    o.insert(QStringLiteral("claims"), m_claims->draft());
    o.insert(QStringLiteral("facts"), m_facts->toPlainText());
    o.insert(QStringLiteral("requests"), m_requests->toPlainText());
    o.insert(QStringLiteral("mediators"), m_mediators->currentText());
    return o;
}

void IntakeDialog::restoreDraft(const QJsonObject &o)
{
    const bool wasRestoring = m_restoring;
    m_restoring = true;
    const QDate received = QDate::fromString(o.value(QStringLiteral("receivedOn")).toString(), Qt::ISODate);
    m_receivedOn->setDate(received.isValid() ? received : QDate::currentDate());
    CodeListCache::selectCode(m_source, o.value(QStringLiteral("source")).toString());
    const QString employerId = o.value(QStringLiteral("employerId")).toString();
    const RegisterRepository repo(m_db);
    if (const auto e = employerId.isEmpty() ? std::nullopt : repo.employer(employerId))
        m_employer->setEmployer(e->id, e->name);
    else
        m_employer->setEmployer({}, {});
    m_consent->setCurrentIndex(o.value(QStringLiteral("consent")).toInt());
    CodeListCache::selectCode(m_disputeType, o.value(QStringLiteral("disputeType")).toString());
    const QJsonArray others = o.value(QStringLiteral("otherTypes")).toArray();
    for (int i = 0; i < m_otherTypes->count(); ++i)
        m_otherTypes->item(i)->setCheckState(
            others.contains(m_otherTypes->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    m_collective->setChecked(o.value(QStringLiteral("collective")).toBool());
    m_applicants->restoreDraft(o.value(QStringLiteral("applicants")).toArray());
    m_workerCount->setValue(o.value(QStringLiteral("workerCount")).toInt());
    m_agents->restoreDraft(o.value(QStringLiteral("agents")).toArray());
    m_claims->restoreDraft(o.value(QStringLiteral("claims")).toArray());
    m_facts->setPlainText(o.value(QStringLiteral("facts")).toString());
    m_requests->setPlainText(o.value(QStringLiteral("requests")).toString());
    if (o.contains(QStringLiteral("mediators")))
        m_mediators->setCurrentText(o.value(QStringLiteral("mediators")).toString());
    m_restoring = wasRestoring;
}

} // namespace ud
