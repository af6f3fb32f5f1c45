#include "ui/mediation/CaseDialog.h"

#include "core/DisplayFormat.h"

#include "core/Money.h"
#include "core/ResidentId.h"
#include "ui/mediation/AgreementStatementBox.h"
#include "ui/mediation/CaseDocumentsBar.h"
#include "ui/mediation/CaseEvidenceTab.h"
#include "ui/mediation/CaseFollowOnTab.h"
#include "ui/mediation/CaseMendButtons.h"
#include "ui/mediation/MediationTerms.h"
#include "ui/mediation/CaseMediatorsEditor.h"
#include "ui/mediation/CasePartiesTab.h"
#include "mediation/MediationDocumentData.h"
#include "ui/mediation/ReasonDialog.h"
#include "ui/mediation/SessionDialog.h"
#include "ui/mediation/TransitionDialog.h"
#include "ui/common/CodeListCache.h"
#include "mediation/CaseCorrections.h"
#include "mediation/MediationRepository.h"
#include "mediation/MediationCommands.h"
#include "mediation/MediatorRegister.h"
#include "commands/CommandFacade.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ud {

namespace {

enum AgreedColumn { AgreedItem, AgreedDescription, AgreedAmount, AgreedDue, AgreedPaymentOrder, AgreedColumns };

QString esc(const QString &s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

CaseDialog::CaseDialog(Database &db, MediationCommands &service, const CodeListCache &lookups, const QString &caseId,
                       bool mayEdit, LimitsFunction limitsFor, DeadlinesFunction deadlinesText, QWidget *parent)
    : QDialog(parent),
      m_db(db),
      m_service(service),
      m_lookups(lookups),
      m_caseId(caseId),
      m_mayEdit(mayEdit),
      m_limitsFor(std::move(limitsFor)),
      m_deadlinesText(std::move(deadlinesText))
{
    setObjectName(QStringLiteral("caseDialog"));
    buildUi();
    reload();
    resize(960, 720);
    connect(&m_service.facade(), &CommandFacade::recordChanged, this, &CaseDialog::onRecordChanged);
}

// An edit made here, or an undo or redo from the Edit menu, of the case or one of its records.
void CaseDialog::onRecordChanged(const QString &table, const QString &id)
{
    if (!table.startsWith(QLatin1String("mediation_")))
        return;
    if (id.isEmpty() || id == m_caseId || m_recordIds.contains(id))
        reload();
}

void CaseDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *head = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("caseTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("caseStatus"));
    m_transition = new QPushButton(tr("Change &status…"), this);
    m_transition->setObjectName(QStringLiteral("caseTransition"));
    m_extend = new QPushButton(tr("E&xtend window…"), this);
    m_extend->setObjectName(QStringLiteral("caseExtend"));
    head->addWidget(m_title);
    head->addSpacing(12);
    head->addWidget(m_status);
    head->addStretch(1);
    head->addWidget(m_extend);
    head->addWidget(m_transition);
    layout->addLayout(head);
    m_deadlines = new QLabel(this);
    m_deadlines->setObjectName(QStringLiteral("caseDeadlines"));
    m_deadlines->setWordWrap(true);
    layout->addWidget(m_deadlines);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("caseMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    connect(m_transition, &QPushButton::clicked, this, &CaseDialog::openTransition);
    connect(m_extend, &QPushButton::clicked, this, &CaseDialog::openExtension);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    layout->addWidget(m_tabs, 1);

    m_summary = new QTextBrowser(m_tabs);
    m_summary->setObjectName(QStringLiteral("caseSummary"));
    m_tabs->addTab(m_summary, tr("Case"));

    m_parties = new CasePartiesTab(m_db, m_tabs);
    connect(m_parties, &CasePartiesTab::problem, this, [this](const QString &text) { setMessage(text, true); });
    connect(m_parties, &CasePartiesTab::saveRequested, this, [this](const QList<CaseParty> &parties) {
        const Status s = saveParties(parties);
        setMessage(s ? tr("Parties saved.") : s.error(), !s);
    });
    connect(m_parties, &CasePartiesTab::rosterSaveRequested, this, &CaseDialog::saveRoster);
    m_tabs->addTab(m_parties, tr("Parties"));
    m_tabs->addTab(new CaseMediatorsEditor(m_service.facade(), m_caseId, m_mayEdit, m_tabs), tr("Mediators"));

    auto *sessionsPage = new QWidget(m_tabs);
    auto *sv = new QVBoxLayout(sessionsPage);
    m_sessions = new QTableWidget(0, 4, sessionsPage);
    m_sessions->setObjectName(QStringLiteral("caseSessions"));
    m_sessions->setHorizontalHeaderLabels({tr("Date and time"), tr("Place"), tr("Mediators"), tr("Progress")});
    m_sessions->horizontalHeader()->setStretchLastSection(true);
    m_sessions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sessions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_addSession = new QPushButton(tr("&Record a session…"), sessionsPage);
    m_addSession->setObjectName(QStringLiteral("caseAddSession"));
    sv->addWidget(m_sessions);
    sv->addWidget(m_addSession, 0, Qt::AlignLeft);
    m_sessionMend = new CaseMendButtons(CaseMendButtons::Kind::Sessions, m_service, m_sessions, sessionsPage);
    sv->addWidget(m_sessionMend);
    connect(m_addSession, &QPushButton::clicked, this, [this] { openSession(-1); });
    connect(m_sessions, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { openSession(row); });
    m_tabs->addTab(sessionsPage, tr("Sessions"));

    // The longest page scrolls when the window is smaller than it (a 1366×768 laptop), so the
    // window fits the screen, the documents bar stays in sight and the other pages keep their
    // buttons at the bottom of the window. The page goes into its scroll area before it is
    // filled, so that Tab follows its fields in the order they are made.
    auto *agreementArea = new QScrollArea(m_tabs);
    agreementArea->setObjectName(QStringLiteral("caseAgreementArea"));
    agreementArea->setWidgetResizable(true);
    agreementArea->setFrameShape(QFrame::NoFrame);
    agreementArea->setFocusPolicy(Qt::NoFocus); // the fields scroll into view as they get the focus
    auto *agreementPage = new QWidget;
    agreementArea->setWidget(agreementPage);
    auto *agv = new QVBoxLayout(agreementPage);
    m_agreed = new QTableWidget(0, AgreedColumns, agreementPage);
    m_agreed->setObjectName(QStringLiteral("caseAgreedItems"));
    m_agreed->setHorizontalHeaderLabels({tr("Item"), tr("Description"), tr("Amount (yuan)"), tr("Due on"), tr("Payment order (art. 16)")});
    m_agreed->horizontalHeader()->setSectionResizeMode(AgreedDescription, QHeaderView::Stretch);
    m_agreed->horizontalHeader()->setSectionResizeMode(AgreedPaymentOrder, QHeaderView::ResizeToContents);
    m_agreed->setMinimumHeight(120);
    auto *itemButtons = new QHBoxLayout;
    m_addAgreed = new QPushButton(tr("Add ite&m"), agreementPage);
    m_addAgreed->setObjectName(QStringLiteral("caseAddAgreedItem"));
    m_removeAgreed = new QPushButton(tr("Remove item"), agreementPage);
    m_removeAgreed->setObjectName(QStringLiteral("caseRemoveAgreedItem"));
    itemButtons->addWidget(m_addAgreed);
    itemButtons->addWidget(m_removeAgreed);
    itemButtons->addStretch(1);
    connect(m_addAgreed, &QPushButton::clicked, this, [this] {
        addAgreedRow(CaseItem{});
        m_agreementEdited = true;
        // The new item's kind takes the focus, as a new claim's does in the intake form.
        m_agreed->setCurrentCell(m_agreed->rowCount() - 1, AgreedDescription);
        if (QWidget *kind = m_agreed->cellWidget(m_agreed->rowCount() - 1, AgreedItem))
            kind->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_removeAgreed, &QPushButton::clicked, this, [this] {
        m_agreementEdited = true;
        if (m_agreed->currentRow() >= 0)
            m_agreed->removeRow(m_agreed->currentRow());
    });
    auto *terms = new QFormLayout;
    m_terms = new QPlainTextEdit(agreementPage);
    m_terms->setObjectName(QStringLiteral("caseAgreementTerms"));
    m_terms->setMaximumHeight(90);
    m_waived = new QLineEdit(agreementPage);
    m_waived->setObjectName(QStringLiteral("caseWaivedClaims"));
    m_tax = new QLineEdit(agreementPage);
    m_tax->setObjectName(QStringLiteral("caseTaxBorneBy"));
    terms->addRow(tr("Other terms:"), m_terms);
    terms->addRow(tr("Claims waived:"), m_waived);
    terms->addRow(tr("Tax borne by:"), m_tax);
    const auto edited = [this] { m_agreementEdited = true; };
    connect(m_terms, &QPlainTextEdit::textChanged, this, edited);
    connect(m_waived, &QLineEdit::textEdited, this, edited);
    connect(m_tax, &QLineEdit::textEdited, this, edited);
    connect(m_agreed, &QTableWidget::itemChanged, this, edited);
    m_saveAgreement = new QPushButton(tr("Save a&greement terms"), agreementPage);
    m_saveAgreement->setObjectName(QStringLiteral("caseSaveAgreement"));
    connect(m_saveAgreement, &QPushButton::clicked, this, [this] {
        const Status s = saveAgreementFromForm();
        setMessage(s ? tr("Agreement terms saved.") : s.error(), !s);
    });
    m_moneyLine = new QLabel(agreementPage);
    m_moneyLine->setObjectName(QStringLiteral("caseMoneyLine"));
    m_payments = new QTableWidget(0, 3, agreementPage);
    m_payments->setObjectName(QStringLiteral("casePayments"));
    m_payments->setHorizontalHeaderLabels({tr("Paid on"), tr("Amount (yuan)"), tr("How")});
    m_payments->horizontalHeader()->setStretchLastSection(true);
    m_payments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_payments->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_payments->setSelectionMode(QAbstractItemView::SingleSelection);
    m_payments->setMaximumHeight(140);
    auto *payRow = new QHBoxLayout;
    m_payDate = new QDateEdit(QDate::currentDate(), agreementPage);
    m_payDate->setObjectName(QStringLiteral("casePayDate"));
    m_payDate->setCalendarPopup(true);
    m_payDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_payAmount = new QLineEdit(agreementPage);
    m_payAmount->setObjectName(QStringLiteral("casePayAmount"));
    m_payAmount->setPlaceholderText(tr("Amount in yuan"));
    m_payMethod = new QLineEdit(agreementPage);
    m_payMethod->setObjectName(QStringLiteral("casePayMethod"));
    m_payMethod->setPlaceholderText(tr("Bank transfer, cash…"));
    // 当场履行: paid when the agreement was signed, so dated the day it took effect.
    m_payAtSigning = new QCheckBox(tr("Paid a&t signing"), agreementPage);
    m_payAtSigning->setObjectName(QStringLiteral("casePayAtSigning"));
    connect(m_payAtSigning, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_case.agreedOn.isValid())
            m_payDate->setDate(m_case.agreedOn);
    });
    m_recordPayment = new QPushButton(tr("Record &payment"), agreementPage);
    m_recordPayment->setObjectName(QStringLiteral("caseRecordPayment"));
    payRow->addWidget(m_payDate);
    payRow->addWidget(m_payAmount);
    payRow->addWidget(m_payMethod, 1);
    payRow->addWidget(m_payAtSigning);
    payRow->addWidget(m_recordPayment);
    connect(m_recordPayment, &QPushButton::clicked, this, [this] {
        const Status s = recordPaymentFromForm();
        setMessage(s ? tr("Payment recorded.") : s.error(), !s);
    });
    agv->addWidget(m_agreed);
    agv->addLayout(itemButtons);
    agv->addLayout(terms);
    m_statement = new AgreementStatementBox(m_service, m_caseId, agreementPage);
    connect(m_statement, &AgreementStatementBox::saved, this, [this](const QString &text, bool error) {
        if (!error) {
            reload();
            Q_EMIT caseChanged(m_caseId);
        }
        setMessage(text, error);
    });
    agv->addWidget(m_statement);
    agv->addWidget(m_saveAgreement, 0, Qt::AlignLeft);
    agv->addWidget(m_moneyLine);
    agv->addWidget(m_payments);
    m_paymentMend = new CaseMendButtons(CaseMendButtons::Kind::Payments, m_service, m_payments, agreementPage);
    agv->addWidget(m_paymentMend);
    agv->addLayout(payRow);
    m_payDateMessage = new QLabel(agreementPage);
    m_payDateMessage->setObjectName(QStringLiteral("casePayDateMessage"));
    m_payDateMessage->setWordWrap(true);
    m_payDateMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_payDateMessage->hide();
    agv->addWidget(m_payDateMessage);
    connect(m_payDate, &QDateEdit::dateChanged, m_payDateMessage, &QWidget::hide);
    for (CaseMendButtons *mend : {m_paymentMend, m_sessionMend}) {
        connect(mend, &CaseMendButtons::changed, this, [this](const QString &text) {
            reload();
            Q_EMIT caseChanged(m_caseId);
            setMessage(text, false);
        });
    }
    m_tabs->addTab(agreementArea, tr("Agreement and payments"));

    m_evidence = new CaseEvidenceTab(m_db, m_tabs);
    connect(m_evidence, &CaseEvidenceTab::attachRequested, this,
            [this](const QString &path, const QString &description) {
                const Status s = attachFile(path, description);
                setMessage(s ? tr("Evidence attached.") : s.error(), !s);
            });
    m_tabs->addTab(m_evidence, tr("Evidence"));

    m_followOn = new CaseFollowOnTab(m_db, m_service.facade(), m_tabs);
    connect(m_followOn, &CaseFollowOnTab::message, this, &CaseDialog::setMessage);
    connect(m_followOn, &CaseFollowOnTab::changed, this, &CaseDialog::reload);
    m_tabs->addTab(m_followOn, tr("After the agreement"));

    auto *bottom = new QHBoxLayout;
    m_documents = new CaseDocumentsBar(m_db, m_lookups, m_caseId, this);
    connect(m_documents, &CaseDocumentsBar::message, this, &CaseDialog::setMessage);
    bottom->addWidget(m_documents);
    bottom->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
}

void CaseDialog::reload()
{
    const auto c = MediationRepository(m_db).fullCase(m_caseId);
    if (!c) {
        setMessage(tr("The case no longer exists."), true);
        return;
    }
    m_case = *c;
    for (const CaseParty &p : std::as_const(m_case.parties))
        m_recordIds.insert(p.id);
    for (const CaseItem &i : std::as_const(m_case.items))
        m_recordIds.insert(i.id);
    for (const CasePayment &p : std::as_const(m_case.payments))
        m_recordIds.insert(p.id);
    for (const CaseSession &s : std::as_const(m_case.sessions))
        m_recordIds.insert(s.id);
    for (const CaseAttachment &a : std::as_const(m_case.attachments))
        m_recordIds.insert(a.id);
    for (const QString &id : CaseFollowOnTab::recordIds(m_case))
        m_recordIds.insert(id);
    setWindowTitle(tr("Case %1").arg(m_case.caseNo));
    m_title->setText(m_case.caseNo);
    m_status->setText(MediationStateMachine::statusName(m_case.status));
    m_deadlines->setText(m_deadlinesText ? m_deadlinesText(m_case) : QString());
    const bool open = !MediationStateMachine::isFinal(m_case.status);
    m_transition->setEnabled(m_mayEdit && open);
    m_extend->setEnabled(m_mayEdit
                         && (m_case.status == CaseStatus::Accepted || m_case.status == CaseStatus::InMediation));
    m_addSession->setEnabled(m_mayEdit);
    m_evidence->setEditable(m_mayEdit);
    for (QWidget *w : std::initializer_list<QWidget *>{m_addAgreed, m_removeAgreed, m_saveAgreement, m_terms, m_waived, m_tax})
        w->setEnabled(m_mayEdit && open && !CaseFollowOnService::agreementLocked(m_case));
    m_saveAgreement->setToolTip(CaseFollowOnService::agreementLocked(m_case) ? CaseFollowOnService::lockedMessage() : QString());
    const bool payable = m_mayEdit && m_case.agreedOn.isValid() && m_case.status != CaseStatus::Performed;
    for (QWidget *w : std::initializer_list<QWidget *>{m_payDate, m_payAmount, m_payMethod, m_payAtSigning, m_recordPayment})
        w->setEnabled(payable);
    m_documents->setCase(CaseCorrections::withoutVoided(m_case)); // voided records are on no paper
    m_paymentMend->setCase(m_case, m_mayEdit); // a performed case's payment may be mended too
    m_sessionMend->setCase(m_case, m_mayEdit);
    fillSummary();
    fillSessions();
    fillAgreement();
    m_evidence->setAttachments(m_case.attachments);
    m_statement->setCase(m_case, m_mayEdit && open && !CaseFollowOnService::agreementLocked(m_case));
    m_parties->setCollective(m_case.collective);
    m_followOn->setCase(m_case, m_mayEdit);
    if (!m_parties->isEdited())
        m_parties->setParties(m_case.parties);
    m_parties->setEditable(m_mayEdit && open);
}

Status CaseDialog::saveParties(const QList<CaseParty> &parties)
{
    const Status s = m_service.saveParties(m_caseId, parties, QDate::currentDate());
    if (s) {
        reload();
        m_parties->setParties(m_case.parties); // the saved list replaces the edited one
        Q_EMIT caseChanged(m_caseId);
    }
    return s;
}

void CaseDialog::saveRoster(const QList<CaseRosterService::Line> &lines)
{
    const Status s = m_service.saveRoster(m_caseId, lines);
    if (s) {
        reload();
        m_parties->setParties(m_case.parties);
        Q_EMIT caseChanged(m_caseId);
    }
    setMessage(s ? CasePartiesTab::tr("Roster saved.") : s.error(), !s);
}

void CaseDialog::fillSummary()
{
    const MediationCase &c = m_case;
    QString html = QStringLiteral("<table cellspacing=4>");
    // The case's fields by their one list of labels, which the case list and the sync screens use too.
    const auto field = [](const char *column) { return MediationTerms::caseFieldLabel(QLatin1String(column)); };
    const auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td valign=top><b>%1</b></td><td>%2</td></tr>").arg(esc(label), value);
    };
    row(field("received_on"), esc(dateText(c.receivedOn)));
    row(field("source"), esc(m_lookups.codeName(QStringLiteral("case_source"), c.source)));
    QStringList types{m_lookups.codeName(QStringLiteral("dispute_type"), c.disputeType)};
    for (const QString &t : c.otherDisputeTypes)
        types << m_lookups.codeName(QStringLiteral("dispute_type"), t);
    row(field("dispute_type"), esc(types.join(QStringLiteral("; "))));
    if (c.collective)
        row(field("collective"), esc(tr("%1 workers involved", nullptr, c.workerCount).arg(DisplayFormat::count(c.workerCount))));
    QStringList applicants;
    for (const CaseParty &p : c.applicants())
        applicants << esc(p.name) + QStringLiteral(" ") + esc(ResidentId::mask(p.idNumber))
                + (p.representative ? QStringLiteral(" <i>(%1)</i>").arg(esc(tr("representative"))) : QString());
    row(tr("Applicants"), applicants.join(QStringLiteral("<br>")));
    row(field("employer_id"), esc(c.employerName) + QStringLiteral("<br>") + esc(c.employerCreditCode) + QStringLiteral(" ")
                            + esc(c.employerAddress));
    QStringList agents;
    for (const CaseParty &p : c.agents())
        agents << esc(QStringLiteral("%1 %2 %3").arg(p.name, p.relation, p.phone));
    if (!agents.isEmpty())
        row(tr("Agents"), agents.join(QStringLiteral("<br>")));
    QStringList claims;
    for (const CaseItem &it : c.claims())
        claims << esc(QStringLiteral("%1 %2: %3").arg(m_lookups.codeName(QStringLiteral("claim_item"), it.item),
                                                        it.description, Money::formatYuan(it.amountFen)));
    claims << esc(tr("Total: %1 yuan").arg(Money::formatYuan(c.claimedFen())));
    row(tr("Claims"), claims.join(QStringLiteral("<br>")));
    row(field("facts"), esc(c.facts));
    if (!c.requests.isEmpty())
        row(field("requests"), esc(c.requests));
    row(field("mediators"), esc(MediatorRegister::displayNames(c)));
    if (c.decidedOn.isValid())
        row(field("decided_on"), esc(dateText(c.decidedOn)) + (c.decisionReason.isEmpty() ? QString() : QStringLiteral(": ") + esc(c.decisionReason)));
    if (c.extensionDays > 0)
        row(field("extension_consent"), esc(c.extensionConsent));
    if (c.agreedOn.isValid())
        row(field("agreed_on"), esc(dateText(c.agreedOn)));
    if (c.closedOn.isValid())
        row(field("closed_on"), esc(dateText(c.closedOn)) + QStringLiteral(" ")
                                 + esc(m_lookups.codeName(QStringLiteral("case_close_reason"), c.closeReason)));
    if (!c.reviewKind.isEmpty())
        row(field("review_applied_on"), esc(dateText(c.reviewAppliedOn)));
    html += QStringLiteral("</table>");
    m_summary->setHtml(html);
}

void CaseDialog::fillSessions()
{
    m_sessions->setRowCount(0);
    for (const CaseSession &s : std::as_const(m_case.sessions)) {
        const int r = m_sessions->rowCount();
        m_sessions->insertRow(r);
        m_sessions->setItem(r, 0, new QTableWidgetItem(QString(s.startedAt).replace(QLatin1Char('T'), QLatin1Char(' '))));
        m_sessions->setItem(r, 1, new QTableWidgetItem(s.place));
        m_sessions->setItem(r, 2, new QTableWidgetItem(s.mediators));
        m_sessions->setItem(r, 3, new QTableWidgetItem(s.progress));
        CaseMendButtons::markVoided(m_sessions, r, s.voided, s.voidedOn, s.voidReason);
    }
    m_sessions->resizeColumnsToContents();
}

void CaseDialog::addAgreedRow(const CaseItem &item)
{
    const int r = m_agreed->rowCount();
    m_agreed->insertRow(r);
    auto *combo = new QComboBox(m_agreed);
    m_lookups.fillCodeCombo(combo, QStringLiteral("claim_item"), QStringLiteral("—"));
    CodeListCache::selectCode(combo, item.item);
    m_agreed->setCellWidget(r, AgreedItem, combo);
    auto *description = new QTableWidgetItem(item.description);
    description->setData(Qt::UserRole, item.id);
    m_agreed->setItem(r, AgreedDescription, description);
    auto *amount = new QTableWidgetItem(item.id.isEmpty() ? QString() : Money::formatYuan(item.amountFen));
    amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_agreed->setItem(r, AgreedAmount, amount);
    auto *due = new QDateEdit(item.dueOn.isValid() ? item.dueOn : QDate::currentDate().addDays(15), m_agreed);
    due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    due->setCalendarPopup(true);
    m_agreed->setCellWidget(r, AgreedDue, due);
    // Tab goes from the table through its rows' fields, in order, and then on to "Add item";
    // Shift+Tab from a row's field reaches the table's cells (description, amount).
    QWidget *before = m_agreed;
    for (int row = 0; row < r; ++row)
        if (QWidget *w = m_agreed->cellWidget(row, AgreedDue))
            before = w;
    QWidget::setTabOrder(before, combo);
    QWidget::setTabOrder(combo, due);
    // 支付令: wages, work-injury medical costs, compensation and damages agreed in mediation can
    // be enforced through a payment order if the employer does not pay (art. 16).
    auto *paymentOrder = new QTableWidgetItem;
    paymentOrder->setFlags(Qt::ItemIsEnabled);
    m_agreed->setItem(r, AgreedPaymentOrder, paymentOrder);
    const auto showEligibility = [combo, paymentOrder] {
        paymentOrder->setText(MediationDocumentData::isPaymentOrderItem(combo->currentData().toString())
                                  ? CaseDialog::tr("can apply")
                                  : QString());
    };
    showEligibility();
    connect(combo, &QComboBox::currentIndexChanged, m_agreed, showEligibility);
    connect(combo, &QComboBox::currentIndexChanged, this, [this] { m_agreementEdited = true; });
    connect(due, &QDateEdit::dateChanged, this, [this] { m_agreementEdited = true; });
    m_agreed->setColumnWidth(AgreedItem, 200);
}

void CaseDialog::fillAgreement()
{
    // A save elsewhere in the case file (a payment, a session, a status) reads the case again;
    // agreement terms typed and not saved yet stay in the form.
    if (!m_agreementEdited) {
        m_agreed->setRowCount(0);
        for (const CaseItem &it : m_case.agreedItems())
            addAgreedRow(it);
        m_terms->setPlainText(m_case.agreementTerms);
        m_waived->setText(m_case.waivedClaims);
        m_tax->setText(m_case.taxBorneBy);
        m_agreementEdited = false; // filling the form is not an edit
    }
    m_moneyLine->setText(tr("Agreed %1 yuan · paid %2 yuan · outstanding %3 yuan")
                             .arg(Money::formatYuan(m_case.agreedTotalFen()), Money::formatYuan(m_case.paidFen()),
                                  Money::formatYuan(m_case.outstandingFen())));
    m_payments->setRowCount(0);
    for (const CasePayment &p : std::as_const(m_case.payments)) {
        const int r = m_payments->rowCount();
        m_payments->insertRow(r);
        m_payments->setItem(r, 0, new QTableWidgetItem(dateText(p.paidOn)));
        m_payments->setItem(r, 1, new QTableWidgetItem(Money::formatYuan(p.amountFen)));
        m_payments->setItem(r, 2, new QTableWidgetItem(p.method));
        CaseMendButtons::markVoided(m_payments, r, p.voided, p.voidedOn, p.voidReason);
    }
}

void CaseDialog::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
    m_message->setVisible(!text.isEmpty());
}

Status CaseDialog::changeStatus(const MediationStateMachine::Request &request)
{
    const Status s = m_service.transition(m_caseId, m_case.version, request, QDate::currentDate(),
                                          m_limitsFor ? m_limitsFor(m_case) : MediationStateMachine::Limits{});
    if (s) {
        reload();
        Q_EMIT caseChanged(m_caseId);
    }
    return s;
}

void CaseDialog::openTransition()
{
    TransitionDialog dialog(m_case, m_lookups, m_limitsFor ? m_limitsFor(m_case) : MediationStateMachine::Limits{}, this);
    while (dialog.exec() == QDialog::Accepted) {
        const Status s = changeStatus(dialog.request());
        if (s) {
            setMessage(tr("The case is now \"%1\".").arg(MediationStateMachine::statusName(m_case.status)), false);
            return;
        }
        dialog.showError(s.error());
    }
}

void CaseDialog::openExtension()
{
    bool ok = false;
    const int days = QInputDialog::getInt(this, tr("Extend the mediation window"), tr("Extend by (days):"), 15, 1, 60,
                                          1, &ok);
    if (!ok)
        return;
    const QString consent = QInputDialog::getText(this, tr("Extend the mediation window"),
                                                  tr("Both parties' consent (who, when, how it was recorded):"),
                                                  QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const Status s = m_service.extendWindow(m_caseId, m_case.version, days, consent);
    if (s) {
        reload();
        Q_EMIT caseChanged(m_caseId);
    }
    setMessage(s ? tr("Window extended by %n days.", nullptr, days) : s.error(), !s);
}

Status CaseDialog::addSession(const CaseSession &session)
{
    auto saved = m_service.saveSession(m_caseId, session);
    if (!saved)
        return saved.status();
    reload();
    Q_EMIT caseChanged(m_caseId);
    return Status::success();
}

void CaseDialog::openSession(int row)
{
    CaseSession session;
    if (row >= 0 && row < m_case.sessions.size()) {
        session = m_case.sessions.at(row);
    } else {
        session.mediators = m_case.mediators;
        session.startedAt = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    }
    SessionDialog dialog(session, this);
    if (!m_mayEdit) {
        dialog.exec();
        return;
    }
    while (dialog.exec() == QDialog::Accepted) {
        CaseSession edited = dialog.session();
        // The record of a session held before today changes with a reason (kept in the audit log).
        const QDate held = QDateTime::fromString(session.startedAt, Qt::ISODate).date();
        if (!edited.id.isEmpty() && held.isValid() && held < QDate::currentDate()) {
            ReasonDialog ask(tr("Change an earlier session's record"),
                             tr("The session of %1 was held before today; say why its record is changed.")
                                 .arg(held.toString(Qt::ISODate)),
                             tr("&Save the change"), this);
            if (ask.exec() != QDialog::Accepted)
                continue;
            edited.changeReason = ask.reason();
        }
        const Status s = addSession(edited);
        if (s)
            return;
        dialog.showError(s.error());
    }
}

Status CaseDialog::saveAgreementFromForm()
{
    QList<CaseItem> items;
    for (int r = 0; r < m_agreed->rowCount(); ++r) {
        CaseItem it;
        it.kind = QStringLiteral("agreed");
        it.id = m_agreed->item(r, AgreedDescription)->data(Qt::UserRole).toString();
        if (auto *combo = qobject_cast<QComboBox *>(m_agreed->cellWidget(r, AgreedItem)))
            it.item = combo->currentData().toString();
        it.description = m_agreed->item(r, AgreedDescription)->text();
        const auto fen = Money::parseYuan(m_agreed->item(r, AgreedAmount) ? m_agreed->item(r, AgreedAmount)->text() : QString());
        if (!fen)
            return Status::failure(tr("Item %1: %2").arg(r + 1).arg(fen.error()));
        it.amountFen = fen.value();
        if (auto *due = qobject_cast<QDateEdit *>(m_agreed->cellWidget(r, AgreedDue)))
            it.dueOn = due->date();
        items.append(it);
    }
    const Status s = m_service.saveAgreement(m_caseId, m_terms->toPlainText().trimmed(), m_waived->text().trimmed(),
                                             m_tax->text().trimmed(), items);
    if (s) {
        m_agreementEdited = false;
        reload();
        Q_EMIT caseChanged(m_caseId);
    }
    return s;
}

Status CaseDialog::recordPaymentFromForm()
{
    const auto fen = Money::parseYuan(m_payAmount->text());
    if (!fen)
        return fen.status();
    // A date that breaks the case's order is refused next to the date field.
    if (const QString problem = CaseCorrections::paymentDateProblem(m_case, m_payDate->date(), QDate::currentDate());
        !problem.isEmpty() && m_case.agreedOn.isValid()) {
        m_payDateMessage->setText(problem);
        m_payDateMessage->show();
        m_payDate->setFocus();
        return Status::failure(problem);
    }
    CasePayment p;
    p.paidOn = m_payDate->date();
    p.amountFen = fen.value();
    p.method = m_payMethod->text();
    p.atSigning = m_payAtSigning->isChecked();
    auto added = m_service.addPayment(m_caseId, p, QDate::currentDate());
    if (!added)
        return added.status();
    m_payAmount->clear();
    m_payAtSigning->setChecked(false);
    reload();
    Q_EMIT caseChanged(m_caseId);
    return Status::success();
}

Status CaseDialog::attachFile(const QString &path, const QString &description)
{
    auto added = m_service.addAttachment(m_caseId, path, description);
    if (!added)
        return added.status();
    reload();
    Q_EMIT caseChanged(m_caseId);
    return Status::success();
}

Status CaseDialog::saveDocument(MediationDocumentKind kind, const QString &path)
{
    return m_documents->saveDocument(kind, path);
}

void CaseDialog::setActor(const QString &actor)
{
    m_documents->setActor(actor);
}

} // namespace ud
