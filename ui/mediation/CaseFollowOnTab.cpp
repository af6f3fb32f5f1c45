#include "ui/mediation/CaseFollowOnTab.h"

#include "core/DisplayFormat.h"
#include "core/Money.h"
#include "mediation/MediationStateMachine.h"
#include "storage/CodeListRepository.h"
#include "ui/mediation/CaseFollowOnRecordDialog.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ud {

namespace {

using Field = CaseFollowOnRecordDialog::Field;
using Type = CaseFollowOnRecordDialog::Type;

QString dateText(const QDate &d)
{
    return DisplayFormat::date(d);
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size() && c < table->columnCount(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

} // namespace

CaseFollowOnTab::CaseFollowOnTab(Database &db, CommandFacade &facade, QWidget *parent)
    : QWidget(parent), m_commands(facade)
{
    const CodeListRepository codes(db);
    for (const QString &list : {QStringLiteral("mediation_document"), QStringLiteral("service_method"),
                                QStringLiteral("follow_up_method"), QStringLiteral("referral_kind"),
                                QStringLiteral("referral_reason")})
        for (const CodeItem &item : codes.items(list))
            m_lists[list].append({item.code, item.nameZh});
    setObjectName(QStringLiteral("caseFollowOnTab"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("followOnScroll"));
    scroll->setWidgetResizable(true);
    outer->addWidget(scroll);
    auto *page = new QWidget(scroll);
    auto *layout = new QVBoxLayout(page);
    scroll->setWidget(page);

    auto *reviewBox = new QGroupBox(tr("Review of the agreement"), page);
    auto *reviewRow = new QHBoxLayout(reviewBox);
    m_review = new QLabel(reviewBox);
    m_review->setObjectName(QStringLiteral("followOnReview"));
    m_review->setWordWrap(true);
    m_reviewEdit = new QPushButton(tr("Record &outcome…"), reviewBox);
    m_reviewEdit->setObjectName(QStringLiteral("followOnReviewEdit"));
    reviewRow->addWidget(m_review, 1);
    reviewRow->addWidget(m_reviewEdit);
    connect(m_reviewEdit, &QPushButton::clicked, this, &CaseFollowOnTab::openReviewOutcome);
    layout->addWidget(reviewBox);

    m_services = makeSection(page, QStringLiteral("Services"), tr("Service of documents (送达)"),
                             {tr("Served on"), tr("Document"), tr("How"), tr("On"), tr("Received by")},
                             tr("Add ser&vice…"));
    m_breachHint = new QLabel(page);
    m_breachHint->setObjectName(QStringLiteral("followOnPaymentOrderHint"));
    m_breachHint->setWordWrap(true);
    m_breachSteps = makeSection(page, QStringLiteral("BreachSteps"), tr("Steps after a breach"),
                                {tr("Date"), tr("Step"), tr("Body"), tr("Outcome"), tr("Next step due")},
                                tr("Add ste&p…"));
    auto *breachLayout = static_cast<QVBoxLayout *>(m_breachSteps.table->parentWidget()->layout());
    breachLayout->insertWidget(0, m_breachHint);
    m_referToArbitration = new QPushButton(tr("Refer to a&rbitration…"), m_breachSteps.table->parentWidget());
    m_referToArbitration->setObjectName(QStringLiteral("followOnReferToArbitration"));
    static_cast<QHBoxLayout *>(breachLayout->itemAt(breachLayout->count() - 1)->layout())->insertWidget(3, m_referToArbitration);
    connect(m_referToArbitration, &QPushButton::clicked, this, [this] {
        CaseReferral preset;
        preset.kind = QStringLiteral("arbitration");
        preset.reason = QStringLiteral("breach");
        openReferral(-1, preset);
    });
    m_referrals = makeSection(page, QStringLiteral("Referrals"), tr("Referrals"),
                              {tr("Referred on"), tr("To"), tr("Reason"), tr("Receiving body"), tr("Outcome")},
                              tr("Add re&ferral…"));
    m_supplements = makeSection(page, QStringLiteral("Supplements"), tr("Supplementary agreements (补充协议)"),
                                {tr("Signed on"), tr("Terms"), tr("Reason"), tr("Change (yuan)")},
                                tr("Add supp&lementary agreement…"));
    m_followUps = makeSection(page, QStringLiteral("FollowUps"), tr("Follow-up visits (回访)"),
                              {tr("Done on"), tr("How"), tr("Contact"), tr("Satisfied"), tr("What was found")},
                              tr("Add follo&w-up…"));
    layout->addStretch(1);

    using Kind = CaseFollowOnService::Kind;
    const auto hook = [this](const Section &s, void (CaseFollowOnTab::*open)(int), Kind kind) {
        connect(s.add, &QPushButton::clicked, this, [this, open] { (this->*open)(-1); });
        connect(s.edit, &QPushButton::clicked, this, [this, s, open] {
            if (s.table->currentRow() >= 0)
                (this->*open)(s.table->currentRow());
        });
        connect(s.table, &QTableWidget::cellDoubleClicked, this, [this, open](int row, int) {
            if (m_editable)
                (this->*open)(row);
        });
        connect(s.remove, &QPushButton::clicked, this, [this, s, kind] { removeSelected(kind, s); });
        connect(s.table, &QTableWidget::itemSelectionChanged, this, &CaseFollowOnTab::updateButtons);
    };
    hook(m_services, &CaseFollowOnTab::openService, Kind::Service);
    hook(m_breachSteps, &CaseFollowOnTab::openBreachStep, Kind::BreachStep);
    connect(m_referrals.add, &QPushButton::clicked, this, [this] { openReferral(-1); });
    connect(m_referrals.edit, &QPushButton::clicked, this, [this] {
        if (m_referrals.table->currentRow() >= 0)
            openReferral(m_referrals.table->currentRow());
    });
    connect(m_referrals.table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (m_editable)
            openReferral(row);
    });
    connect(m_referrals.remove, &QPushButton::clicked, this, [this] { removeSelected(Kind::Referral, m_referrals); });
    connect(m_referrals.table, &QTableWidget::itemSelectionChanged, this, &CaseFollowOnTab::updateButtons);
    hook(m_supplements, &CaseFollowOnTab::openSupplement, Kind::Supplement);
    hook(m_followUps, &CaseFollowOnTab::openFollowUp, Kind::FollowUp);
}

CaseFollowOnTab::Section CaseFollowOnTab::makeSection(QWidget *page, const QString &name, const QString &title,
                                                      const QStringList &headers, const QString &addText)
{
    Section s;
    auto *box = new QGroupBox(title, page);
    box->setObjectName(QStringLiteral("followOn%1Box").arg(name));
    auto *v = new QVBoxLayout(box);
    s.table = new QTableWidget(0, int(headers.size()), box);
    s.table->setObjectName(QStringLiteral("followOn%1").arg(name));
    s.table->setHorizontalHeaderLabels(headers);
    s.table->horizontalHeader()->setStretchLastSection(true);
    s.table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    s.table->setSelectionBehavior(QAbstractItemView::SelectRows);
    s.table->setSelectionMode(QAbstractItemView::SingleSelection);
    s.table->setMinimumHeight(90);
    s.table->setMaximumHeight(150);
    auto *buttons = new QHBoxLayout;
    s.add = new QPushButton(addText, box);
    s.add->setObjectName(QStringLiteral("followOn%1Add").arg(name));
    s.edit = new QPushButton(tr("Edit…"), box);
    s.edit->setObjectName(QStringLiteral("followOn%1Edit").arg(name));
    s.remove = new QPushButton(tr("Remove"), box);
    s.remove->setObjectName(QStringLiteral("followOn%1Remove").arg(name));
    buttons->addWidget(s.add);
    buttons->addWidget(s.edit);
    buttons->addWidget(s.remove);
    buttons->addStretch(1);
    v->addWidget(s.table);
    v->addLayout(buttons);
    page->layout()->addWidget(box);
    return s;
}

QStringList CaseFollowOnTab::recordIds(const MediationCase &c)
{
    QStringList ids;
    for (const CaseService &s : c.services)
        ids << s.id;
    for (const CaseFollowUp &f : c.followUps)
        ids << f.id;
    for (const CaseBreachStep &b : c.breachSteps)
        ids << b.id;
    for (const CaseReferral &r : c.referrals)
        ids << r.id;
    for (const CaseSupplement &s : c.supplements)
        ids << s.id;
    return ids;
}

void CaseFollowOnTab::setCase(const MediationCase &c, bool editable)
{
    m_case = c;
    m_editable = editable;
    fill();
    updateButtons();
}

namespace {

QString reviewOutcomeName(const QString &outcome)
{
    if (outcome == QLatin1String("mediation_statement"))
        return CaseFollowOnTab::tr("Arbitration mediation statement issued");
    if (outcome == QLatin1String("not_confirmed"))
        return CaseFollowOnTab::tr("Not confirmed by the arbitration commission");
    if (outcome == QLatin1String("confirmed_valid"))
        return CaseFollowOnTab::tr("Confirmed valid by the court");
    if (outcome == QLatin1String("dismissed"))
        return CaseFollowOnTab::tr("Application dismissed by the court");
    return outcome;
}

QString breachKindName(const QString &kind)
{
    if (kind == QLatin1String("urge"))
        return CaseFollowOnTab::tr("Urging performance");
    if (kind == QLatin1String("nonperformance_notice"))
        return CaseFollowOnTab::tr("Notice of non-performance");
    if (kind == QLatin1String("payment_order"))
        return CaseFollowOnTab::tr("Payment order application");
    return kind;
}

QString sideName(const QString &side)
{
    if (side == QLatin1String("worker"))
        return CaseFollowOnTab::tr("Worker");
    if (side == QLatin1String("employer"))
        return CaseFollowOnTab::tr("Employer");
    return CaseFollowOnTab::tr("Other");
}

} // namespace

void CaseFollowOnTab::fill()
{
    if (m_case.reviewKind.isEmpty()) {
        m_review->setText(tr("Neither arbitration review nor judicial confirmation has been applied for."));
    } else {
        const QString kind = m_case.reviewKind == QLatin1String("arbitration_review") ? tr("Arbitration review")
                                                                                      : tr("Judicial confirmation");
        QString text = tr("%1 applied for on %2.").arg(kind, dateText(m_case.reviewAppliedOn));
        if (!m_case.reviewOutcome.isEmpty()) {
            text += QLatin1Char(' ') + tr("Outcome: %1 on %2").arg(reviewOutcomeName(m_case.reviewOutcome),
                                                                  dateText(m_case.reviewDecidedOn));
            if (!m_case.reviewDocumentNo.isEmpty())
                text += QLatin1Char(' ') + tr("(document %1)").arg(m_case.reviewDocumentNo);
            text += QLatin1Char('.');
        } else {
            text += QLatin1Char(' ') + tr("No outcome recorded yet.");
        }
        m_review->setText(text);
    }
    const auto reset = [](QTableWidget *t, qsizetype rows) {
        t->clearContents();
        t->setRowCount(int(rows));
    };
    reset(m_services.table, m_case.services.size());
    for (int i = 0; i < m_case.services.size(); ++i) {
        const CaseService &s = m_case.services.at(i);
        setRow(m_services.table, i,
               {dateText(s.servedOn), codeName(QStringLiteral("mediation_document"), s.document),
                codeName(QStringLiteral("service_method"), s.method), sideName(s.side), s.recipient});
    }
    reset(m_breachSteps.table, m_case.breachSteps.size());
    for (int i = 0; i < m_case.breachSteps.size(); ++i) {
        const CaseBreachStep &b = m_case.breachSteps.at(i);
        const QString outcome = b.outcome.isEmpty() ? QString() : dateText(b.outcomeOn) + QLatin1Char(' ') + b.outcome;
        setRow(m_breachSteps.table, i, {dateText(b.doneOn), breachKindName(b.kind), b.body, outcome, dateText(b.nextDueOn)});
    }
    m_breachHint->setText(CaseFollowOnService::paymentOrderEligible(m_case)
                              ? tr("The agreement holds wages, overtime pay, work-injury medical costs, economic "
                                   "compensation or damages: the worker may apply to a court for a payment order "
                                   "(art. 16).")
                              : tr("The agreement holds no item a payment order can enforce (art. 16); after a "
                                   "breach the worker applies for arbitration (art. 15)."));
    reset(m_referrals.table, m_case.referrals.size());
    for (int i = 0; i < m_case.referrals.size(); ++i) {
        const CaseReferral &r = m_case.referrals.at(i);
        const QString outcome = r.outcome.isEmpty() ? QString() : dateText(r.outcomeOn) + QLatin1Char(' ') + r.outcome;
        setRow(m_referrals.table, i,
               {dateText(r.referredOn), codeName(QStringLiteral("referral_kind"), r.kind),
                r.reason.isEmpty() ? QString() : codeName(QStringLiteral("referral_reason"), r.reason),
                r.receivingBody, outcome});
    }
    reset(m_supplements.table, m_case.supplements.size());
    for (int i = 0; i < m_case.supplements.size(); ++i) {
        const CaseSupplement &s = m_case.supplements.at(i);
        const QString change = s.amountChangeFen < 0 ? QStringLiteral("-") + Money::formatYuan(-s.amountChangeFen)
                                                     : Money::formatYuan(s.amountChangeFen);
        setRow(m_supplements.table, i, {dateText(s.signedOn), s.terms, s.reason, change});
    }
    reset(m_followUps.table, m_case.followUps.size());
    for (int i = 0; i < m_case.followUps.size(); ++i) {
        const CaseFollowUp &f = m_case.followUps.at(i);
        const QString satisfied = !f.satisfied ? QString() : (*f.satisfied ? tr("Yes") : tr("No"));
        setRow(m_followUps.table, i,
               {dateText(f.doneOn),
                f.method.isEmpty() ? QString() : codeName(QStringLiteral("follow_up_method"), f.method),
                f.contact, satisfied, f.content});
    }
}

void CaseFollowOnTab::updateButtons()
{
    m_reviewEdit->setEnabled(m_editable && !m_case.reviewKind.isEmpty());
    const bool agreed = m_case.agreedOn.isValid();
    const bool closed = MediationStateMachine::isFinal(m_case.status);
    const auto enable = [this](const Section &s, bool mayAdd) {
        s.add->setEnabled(m_editable && mayAdd);
        const bool selected = s.table->currentRow() >= 0 && !s.table->selectedItems().isEmpty();
        s.edit->setEnabled(m_editable && selected);
        s.remove->setEnabled(m_editable && selected);
    };
    enable(m_services, true);
    enable(m_breachSteps, agreed);
    m_referToArbitration->setEnabled(m_editable && agreed);
    enable(m_referrals, true);
    enable(m_supplements, CaseFollowOnService::agreementLocked(m_case) && m_case.status != CaseStatus::Performed);
    enable(m_followUps, closed);
}

QList<QPair<QString, QString>> CaseFollowOnTab::choices(const QString &list, const QString &noneText) const
{
    QList<QPair<QString, QString>> out;
    if (!noneText.isEmpty())
        out.append({QString(), noneText});
    out += m_lists.value(list);
    return out;
}

QString CaseFollowOnTab::codeName(const QString &list, const QString &code) const
{
    for (const auto &item : m_lists.value(list))
        if (item.first == code)
            return item.second;
    return code;
}

Status CaseFollowOnTab::done(const Status &s, const QString &text)
{
    if (s) {
        Q_EMIT message(text, false);
        Q_EMIT changed();
    }
    return s;
}

void CaseFollowOnTab::openReviewOutcome()
{
    QList<QPair<QString, QString>> outcomes = {{QString(), tr("(no outcome yet)")}};
    for (const QString &o : CaseFollowOnService::outcomesFor(m_case.reviewKind))
        outcomes.append({o, reviewOutcomeName(o)});
    const QList<Field> fields = {{QStringLiteral("outcome"), tr("Outcome:"), Type::Choice, outcomes},
                                 {QStringLiteral("decidedOn"), tr("Decided on:"), Type::Date, {}},
                                 {QStringLiteral("documentNo"), tr("Document number:"), Type::Line, {}}};
    const QVariantMap values = {{QStringLiteral("outcome"), m_case.reviewOutcome},
                                {QStringLiteral("decidedOn"), m_case.reviewDecidedOn},
                                {QStringLiteral("documentNo"), m_case.reviewDocumentNo}};
    const QString caseId = m_case.id;
    const qint64 version = m_case.version;
    auto *dialog = new CaseFollowOnRecordDialog(tr("Outcome of the review"), fields, values, [this, caseId, version](const QVariantMap &v) {
        return done(m_commands.setReviewOutcome(caseId, version, v.value(QStringLiteral("outcome")).toString(),
                                                v.value(QStringLiteral("decidedOn")).toDate(),
                                                v.value(QStringLiteral("documentNo")).toString(), QDate::currentDate()),
                    tr("Review outcome saved."));
    }, this);
    dialog->setObjectName(QStringLiteral("followOnDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CaseFollowOnTab::openService(int row)
{
    const CaseService s = row >= 0 && row < m_case.services.size() ? m_case.services.at(row) : CaseService{};
    const QList<Field> fields = {
        {QStringLiteral("document"), tr("Document:"), Type::Choice, choices(QStringLiteral("mediation_document"))},
        {QStringLiteral("servedOn"), tr("Served on:"), Type::Date, {}},
        {QStringLiteral("method"), tr("How:"), Type::Choice, choices(QStringLiteral("service_method"))},
        {QStringLiteral("side"), tr("Served on the:"), Type::Choice,
         {{QStringLiteral("worker"), sideName(QStringLiteral("worker"))},
          {QStringLiteral("employer"), sideName(QStringLiteral("employer"))},
          {QStringLiteral("other"), sideName(QStringLiteral("other"))}}},
        {QStringLiteral("recipient"), tr("Received by:"), Type::Line, {}},
        {QStringLiteral("note"), tr("Note:"), Type::Line, {}}};
    const QVariantMap values = {{QStringLiteral("document"), s.document}, {QStringLiteral("servedOn"), s.servedOn},
                                {QStringLiteral("method"), s.method},     {QStringLiteral("side"), s.side},
                                {QStringLiteral("recipient"), s.recipient}, {QStringLiteral("note"), s.note}};
    const QString caseId = m_case.id;
    auto *dialog = new CaseFollowOnRecordDialog(tr("Service of a document"), fields, values, [this, caseId, s](const QVariantMap &v) {
        CaseService out = s;
        out.document = v.value(QStringLiteral("document")).toString();
        out.servedOn = v.value(QStringLiteral("servedOn")).toDate();
        out.method = v.value(QStringLiteral("method")).toString();
        out.side = v.value(QStringLiteral("side")).toString();
        out.recipient = v.value(QStringLiteral("recipient")).toString();
        out.note = v.value(QStringLiteral("note")).toString();
        return done(m_commands.saveService(caseId, out, QDate::currentDate()).status(), tr("Service recorded."));
    }, this);
    dialog->setObjectName(QStringLiteral("followOnDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CaseFollowOnTab::openFollowUp(int row)
{
    const CaseFollowUp f = row >= 0 && row < m_case.followUps.size() ? m_case.followUps.at(row) : CaseFollowUp{};
    const QList<Field> fields = {
        {QStringLiteral("doneOn"), tr("Done on:"), Type::Date, {}},
        {QStringLiteral("method"), tr("Way of the follow-up:"), Type::Choice,
         choices(QStringLiteral("follow_up_method"), tr("(not recorded)"))},
        {QStringLiteral("contact"), tr("Person reached:"), Type::Line, {}},
        {QStringLiteral("content"), tr("What was asked and found:"), Type::Text, {}},
        {QStringLiteral("satisfied"), tr("Satisfied:"), Type::YesNo, {}},
        {QStringLiteral("byName"), tr("Made by:"), Type::Line, {}}};
    const QVariantMap values = {{QStringLiteral("doneOn"), f.doneOn},
                                {QStringLiteral("method"), f.method},
                                {QStringLiteral("contact"), f.contact},
                                {QStringLiteral("content"), f.content},
                                {QStringLiteral("satisfied"), f.satisfied ? QVariant(*f.satisfied) : QVariant()},
                                {QStringLiteral("byName"), f.byName}};
    const QString caseId = m_case.id;
    auto *dialog = new CaseFollowOnRecordDialog(tr("Follow-up visit"), fields, values, [this, caseId, f](const QVariantMap &v) {
        CaseFollowUp out = f;
        out.doneOn = v.value(QStringLiteral("doneOn")).toDate();
        out.method = v.value(QStringLiteral("method")).toString();
        out.contact = v.value(QStringLiteral("contact")).toString();
        out.content = v.value(QStringLiteral("content")).toString();
        const QVariant satisfied = v.value(QStringLiteral("satisfied"));
        out.satisfied = satisfied.isValid() ? std::optional<bool>(satisfied.toBool()) : std::nullopt;
        out.byName = v.value(QStringLiteral("byName")).toString();
        return done(m_commands.saveFollowUp(caseId, out, QDate::currentDate()).status(), tr("Follow-up recorded."));
    }, this);
    dialog->setObjectName(QStringLiteral("followOnDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CaseFollowOnTab::openBreachStep(int row)
{
    const CaseBreachStep b = row >= 0 && row < m_case.breachSteps.size() ? m_case.breachSteps.at(row) : CaseBreachStep{};
    const QList<Field> fields = {
        {QStringLiteral("kind"), tr("Step:"), Type::Choice,
         {{QStringLiteral("urge"), breachKindName(QStringLiteral("urge"))},
          {QStringLiteral("nonperformance_notice"), breachKindName(QStringLiteral("nonperformance_notice"))},
          {QStringLiteral("payment_order"), breachKindName(QStringLiteral("payment_order"))}}},
        {QStringLiteral("doneOn"), tr("Date of the step:"), Type::Date, {}},
        {QStringLiteral("body"), tr("Court or body:"), Type::Line, {}},
        {QStringLiteral("detail"), tr("Details:"), Type::Text, {}},
        {QStringLiteral("outcome"), tr("Outcome:"), Type::Line, {}},
        {QStringLiteral("outcomeOn"), tr("Outcome on:"), Type::OptionalDate, {}},
        {QStringLiteral("nextDueOn"), tr("Time to perform set (urging, notice):"), Type::OptionalDate, {}}};
    const QVariantMap values = {{QStringLiteral("kind"), b.kind},       {QStringLiteral("doneOn"), b.doneOn},
                                {QStringLiteral("body"), b.body},       {QStringLiteral("detail"), b.detail},
                                {QStringLiteral("outcome"), b.outcome}, {QStringLiteral("outcomeOn"), b.outcomeOn},
                                {QStringLiteral("nextDueOn"), b.kind == QLatin1String("payment_order") ? QDate() : b.nextDueOn}};
    const QString caseId = m_case.id;
    auto *dialog = new CaseFollowOnRecordDialog(tr("Step after a breach"), fields, values, [this, caseId, b](const QVariantMap &v) {
        CaseBreachStep out = b;
        out.kind = v.value(QStringLiteral("kind")).toString();
        out.doneOn = v.value(QStringLiteral("doneOn")).toDate();
        out.body = v.value(QStringLiteral("body")).toString();
        out.detail = v.value(QStringLiteral("detail")).toString();
        out.outcome = v.value(QStringLiteral("outcome")).toString();
        out.outcomeOn = v.value(QStringLiteral("outcomeOn")).toDate();
        out.nextDueOn = v.value(QStringLiteral("nextDueOn")).toDate();
        return done(m_commands.saveBreachStep(caseId, out, QDate::currentDate()).status(), tr("Step recorded."));
    }, this);
    dialog->setObjectName(QStringLiteral("followOnDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CaseFollowOnTab::openReferral(int row, const CaseReferral &preset)
{
    const CaseReferral r = row >= 0 && row < m_case.referrals.size() ? m_case.referrals.at(row) : preset;
    const QList<Field> fields = {
        {QStringLiteral("kind"), tr("Referred to:"), Type::Choice, choices(QStringLiteral("referral_kind"))},
        {QStringLiteral("reason"), tr("Reason:"), Type::Choice, choices(QStringLiteral("referral_reason"), tr("(none)"))},
        {QStringLiteral("referredOn"), tr("Referred on:"), Type::Date, {}},
        {QStringLiteral("receivingBody"), tr("Receiving body:"), Type::Line, {}},
        {QStringLiteral("detail"), tr("Details:"), Type::Text, {}},
        {QStringLiteral("outcome"), tr("Outcome:"), Type::Line, {}},
        {QStringLiteral("outcomeOn"), tr("Outcome on:"), Type::OptionalDate, {}}};
    const QVariantMap values = {{QStringLiteral("kind"), r.kind},
                                {QStringLiteral("reason"), r.reason},
                                {QStringLiteral("referredOn"), r.referredOn},
                                {QStringLiteral("receivingBody"), r.receivingBody},
                                {QStringLiteral("detail"), r.detail},
                                {QStringLiteral("outcome"), r.outcome},
                                {QStringLiteral("outcomeOn"), r.outcomeOn}};
    const QString caseId = m_case.id;
    auto *dialog = new CaseFollowOnRecordDialog(tr("Referral"), fields, values, [this, caseId, r](const QVariantMap &v) {
        CaseReferral out = r;
        out.kind = v.value(QStringLiteral("kind")).toString();
        out.reason = v.value(QStringLiteral("reason")).toString();
        out.referredOn = v.value(QStringLiteral("referredOn")).toDate();
        out.receivingBody = v.value(QStringLiteral("receivingBody")).toString();
        out.detail = v.value(QStringLiteral("detail")).toString();
        out.outcome = v.value(QStringLiteral("outcome")).toString();
        out.outcomeOn = v.value(QStringLiteral("outcomeOn")).toDate();
        return done(m_commands.saveReferral(caseId, out, QDate::currentDate()).status(), tr("Referral recorded."));
    }, this);
    dialog->setObjectName(QStringLiteral("followOnDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CaseFollowOnTab::openSupplement(int row)
{
    const CaseSupplement s = row >= 0 && row < m_case.supplements.size() ? m_case.supplements.at(row) : CaseSupplement{};
    const QList<Field> fields = {{QStringLiteral("signedOn"), tr("Signed on:"), Type::Date, {}},
                                 {QStringLiteral("terms"), tr("Terms:"), Type::Text, {}},
                                 {QStringLiteral("reason"), tr("Reason:"), Type::Line, {}},
                                 {QStringLiteral("amountChange"), tr("Change of the agreed sum:"), Type::Amount, {}}};
    const QVariantMap values = {{QStringLiteral("signedOn"), s.signedOn},
                                {QStringLiteral("terms"), s.terms},
                                {QStringLiteral("reason"), s.reason},
                                {QStringLiteral("amountChange"), s.amountChangeFen}};
    const QString caseId = m_case.id;
    auto *dialog = new CaseFollowOnRecordDialog(tr("Supplementary agreement"), fields, values, [this, caseId, s](const QVariantMap &v) {
        CaseSupplement out = s;
        out.signedOn = v.value(QStringLiteral("signedOn")).toDate();
        out.terms = v.value(QStringLiteral("terms")).toString();
        out.reason = v.value(QStringLiteral("reason")).toString();
        out.amountChangeFen = v.value(QStringLiteral("amountChange")).toLongLong();
        return done(m_commands.saveSupplement(caseId, out, QDate::currentDate()).status(),
                    tr("Supplementary agreement recorded."));
    }, this);
    dialog->setObjectName(QStringLiteral("followOnDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CaseFollowOnTab::removeSelected(CaseFollowOnService::Kind kind, const Section &section)
{
    const int row = section.table->currentRow();
    if (row < 0)
        return;
    using Kind = CaseFollowOnService::Kind;
    QString id;
    qint64 version = 0;
    const auto pick = [&](const auto &list) {
        if (row < list.size()) {
            id = list.at(row).id;
            version = list.at(row).version;
        }
    };
    switch (kind) {
    case Kind::Service:
        pick(m_case.services);
        break;
    case Kind::FollowUp:
        pick(m_case.followUps);
        break;
    case Kind::BreachStep:
        pick(m_case.breachSteps);
        break;
    case Kind::Referral:
        pick(m_case.referrals);
        break;
    case Kind::Supplement:
        pick(m_case.supplements);
        break;
    }
    if (id.isEmpty())
        return;
    const Status s = m_commands.remove(kind, id, version);
    if (!s)
        Q_EMIT message(s.error(), true);
    else
        done(s, tr("Record removed (Edit > Undo brings it back)."));
}

} // namespace ud
