#include "ui/mediation/IntakeTables.h"

#include "core/Money.h"
#include "core/ResidentId.h"
#include "ui/mediation/IntakeDialog.h"
#include "ui/common/WorkerPicker.h"
#include "ui/common/CodeListCache.h"
#include "register/RegisterRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ud {

namespace {

enum ApplicantColumn { ApplicantName, ApplicantId, ApplicantEmployer, ApplicantRepresentative, ApplicantColumns };
enum AgentColumn { AgentName, AgentPhone, AgentRelation, AgentSide, AgentColumns };
enum ClaimColumn { ClaimItem, ClaimDescription, ClaimAmount, ClaimColumns };

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

// --- Applicants ---------------------------------------------------------------------------------

IntakeApplicantsTable::IntakeApplicantsTable(Database &db, QWidget *parent)
    : QWidget(parent),
      m_db(db)
{
    auto *av = new QVBoxLayout(this);
    av->setContentsMargins(0, 0, 0, 0);
    auto *pickRow = new QHBoxLayout;
    m_picker = new WorkerPicker(m_db, this);
    m_picker->setObjectName(QStringLiteral("intakeApplicantPicker"));
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("intakeAddApplicant"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("intakeRemoveApplicant"));
    pickRow->addWidget(m_picker, 1);
    pickRow->addWidget(m_add);
    pickRow->addWidget(m_remove);
    av->addLayout(pickRow);
    m_table = new QTableWidget(0, ApplicantColumns, this);
    m_table->setObjectName(QStringLiteral("intakeApplicants"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(110);
    av->addWidget(m_table);
    connect(m_add, &QPushButton::clicked, this, &IntakeApplicantsTable::addChosen);
    // Return after choosing a worker from the list adds her (it never registers the case).
    connect(m_picker->lineEdit(), &QLineEdit::returnPressed, this, &IntakeApplicantsTable::addChosen);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0) {
            m_table->removeRow(row);
            Q_EMIT changed();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, &IntakeApplicantsTable::changed);
}

void IntakeApplicantsTable::retranslate()
{
    m_picker->lineEdit()->setPlaceholderText(IntakeDialog::tr("Type a name, address or phone number of the register"));
    m_add->setText(IntakeDialog::tr("Add app&licant"));
    m_remove->setText(IntakeDialog::tr("Remove"));
    m_table->setHorizontalHeaderLabels({IntakeDialog::tr("Name"), IntakeDialog::tr("ID number"),
                                        IntakeDialog::tr("Employer"), IntakeDialog::tr("Representative")});
}

void IntakeApplicantsTable::addChosen()
{
    const std::optional<Worker> w = m_picker->chosenWorker();
    if (!w) {
        Q_EMIT problem(IntakeDialog::tr(
            "Choose a worker from the list that appears while typing; add new workers in the register first."));
        return;
    }
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, ApplicantName)->data(Qt::UserRole).toString() == w->id) {
            Q_EMIT problem(IntakeDialog::tr("\"%1\" is already an applicant.").arg(w->name));
            return;
        }
    addWorker(*w, false);
    Q_EMIT workerAdded(*w);
    m_picker->setCurrentIndex(-1);
    m_picker->setEditText(QString());
}

void IntakeApplicantsTable::addWorker(const Worker &w, bool representative)
{
    m_idNumbers.insert(w.id, w.idNumber);
    const QSignalBlocker block(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *nameItem = new QTableWidgetItem(w.name);
    nameItem->setData(Qt::UserRole, w.id);
    nameItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_table->setItem(row, ApplicantName, nameItem);
    const QString maskedId = w.idNumber.isEmpty() ? QString() : ResidentId::mask(w.idNumber);
    for (const auto &[column, text] :
         {std::pair{int(ApplicantId), maskedId}, std::pair{int(ApplicantEmployer), w.employerName}}) {
        auto *item = new QTableWidgetItem(text);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, column, item);
    }
    auto *rep = new QTableWidgetItem;
    rep->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    rep->setCheckState(representative ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, ApplicantRepresentative, rep);
    m_table->resizeColumnsToContents();
    Q_EMIT rowAdded(m_table->rowCount());
    Q_EMIT changed();
}

QList<CaseParty> IntakeApplicantsTable::parties() const
{
    QList<CaseParty> parties;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        CaseParty p;
        p.role = QStringLiteral("applicant");
        p.workerId = m_table->item(r, ApplicantName)->data(Qt::UserRole).toString();
        p.name = cellText(m_table, r, ApplicantName);
        p.idNumber = m_idNumbers.value(p.workerId);
        p.representative = m_table->item(r, ApplicantRepresentative)->checkState() == Qt::Checked;
        parties.append(p);
    }
    return parties;
}

QJsonArray IntakeApplicantsTable::draft() const
{
    // Only the worker ids: names and ID numbers are read from the register again on restore.
    QJsonArray applicants;
    for (int r = 0; r < m_table->rowCount(); ++r)
        applicants.append(QJsonObject{
            {QStringLiteral("workerId"), m_table->item(r, ApplicantName)->data(Qt::UserRole).toString()},
            {QStringLiteral("representative"), m_table->item(r, ApplicantRepresentative)->checkState() == Qt::Checked}});
    return applicants;
}

void IntakeApplicantsTable::restoreDraft(const QJsonArray &applicants)
{
    const RegisterRepository repo(m_db);
    m_table->setRowCount(0);
    for (const QJsonValue &v : applicants) {
        const auto w = repo.worker(v.toObject().value(QStringLiteral("workerId")).toString());
        if (!w || w->deleted)
            continue; // removed from the register since the draft was saved
        addWorker(*w, v.toObject().value(QStringLiteral("representative")).toBool());
    }
}

// --- Agents -------------------------------------------------------------------------------------

IntakeAgentsTable::IntakeAgentsTable(QWidget *parent)
    : QWidget(parent)
{
    auto *agv = new QVBoxLayout(this);
    agv->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, AgentColumns, this);
    m_table->setObjectName(QStringLiteral("intakeAgents"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(80);
    auto *agentButtons = new QHBoxLayout;
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("intakeAddAgent"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("intakeRemoveAgent"));
    agentButtons->addWidget(m_add);
    agentButtons->addWidget(m_remove);
    agentButtons->addStretch(1);
    agv->addWidget(m_table);
    agv->addLayout(agentButtons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow({}, {}, {}, QStringLiteral("worker"));
        m_table->setFocus(Qt::ShortcutFocusReason); // the new agent's name, typed at once
        m_table->setCurrentCell(m_table->rowCount() - 1, AgentName);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            Q_EMIT changed();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, &IntakeAgentsTable::changed);
}

void IntakeAgentsTable::retranslate()
{
    m_add->setText(IntakeDialog::tr("Add age&nt"));
    m_remove->setText(IntakeDialog::tr("Remove agent"));
    m_table->setHorizontalHeaderLabels(
        {IntakeDialog::tr("Name"), IntakeDialog::tr("Phone"), IntakeDialog::tr("Relation"), IntakeDialog::tr("For")});
}

void IntakeAgentsTable::addRow(const QString &name, const QString &phone, const QString &relation, const QString &side)
{
    const QSignalBlocker block(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, AgentName, new QTableWidgetItem(name));
    m_table->setItem(row, AgentPhone, new QTableWidgetItem(phone));
    m_table->setItem(row, AgentRelation, new QTableWidgetItem(relation));
    auto *sideCombo = new QComboBox(m_table);
    sideCombo->addItem(IntakeDialog::tr("Applicants"), QStringLiteral("worker"));
    sideCombo->addItem(IntakeDialog::tr("Employer"), QStringLiteral("employer"));
    sideCombo->setCurrentIndex(side == QLatin1String("employer") ? 1 : 0);
    connect(sideCombo, &QComboBox::currentIndexChanged, this, &IntakeAgentsTable::changed);
    m_table->setCellWidget(row, AgentSide, sideCombo);
    Q_EMIT changed();
}

QList<CaseParty> IntakeAgentsTable::parties() const
{
    QList<CaseParty> parties;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        CaseParty p;
        p.role = QStringLiteral("agent");
        p.name = cellText(m_table, r, AgentName);
        p.phone = cellText(m_table, r, AgentPhone);
        p.relation = cellText(m_table, r, AgentRelation);
        if (auto *side = qobject_cast<QComboBox *>(m_table->cellWidget(r, AgentSide)))
            p.side = side->currentData().toString();
        if (!p.name.isEmpty() || !p.phone.isEmpty() || !p.relation.isEmpty())
            parties.append(p);
    }
    return parties;
}

QJsonArray IntakeAgentsTable::draft() const
{
    QJsonArray agents;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        auto *side = qobject_cast<QComboBox *>(m_table->cellWidget(r, AgentSide));
        agents.append(QJsonObject{{QStringLiteral("name"), cellText(m_table, r, AgentName)},
                                  {QStringLiteral("phone"), cellText(m_table, r, AgentPhone)},
                                  {QStringLiteral("relation"), cellText(m_table, r, AgentRelation)},
                                  {QStringLiteral("side"), side ? side->currentData().toString() : QString()}});
    }
    return agents;
}

void IntakeAgentsTable::restoreDraft(const QJsonArray &agents)
{
    m_table->setRowCount(0);
    for (const QJsonValue &v : agents) {
        const QJsonObject a = v.toObject();
        addRow(a.value(QStringLiteral("name")).toString(), a.value(QStringLiteral("phone")).toString(),
               a.value(QStringLiteral("relation")).toString(), a.value(QStringLiteral("side")).toString());
    }
}

// --- Claims -------------------------------------------------------------------------------------

IntakeClaimsTable::IntakeClaimsTable(const CodeListCache &lookups, QWidget *parent)
    : QWidget(parent),
      m_lookups(lookups)
{
    auto *cv = new QVBoxLayout(this);
    cv->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, ClaimColumns, this);
    m_table->setObjectName(QStringLiteral("intakeClaims"));
    m_table->horizontalHeader()->setSectionResizeMode(ClaimDescription, QHeaderView::Stretch);
    m_table->setMinimumHeight(100);
    auto *claimButtons = new QHBoxLayout;
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("intakeAddClaim"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("intakeRemoveClaim"));
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("intakeClaimTotal"));
    claimButtons->addWidget(m_add);
    claimButtons->addWidget(m_remove);
    claimButtons->addStretch(1);
    claimButtons->addWidget(m_total);
    cv->addWidget(m_table);
    cv->addLayout(claimButtons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow({}, {}, {});
        // The new line's kind of amount takes the keyboard (Alt+I, then the arrow keys).
        if (QWidget *kind = m_table->cellWidget(m_table->rowCount() - 1, ClaimItem))
            kind->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            Q_EMIT changed();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, &IntakeClaimsTable::changed);
    connect(m_table, &QTableWidget::itemChanged, this, &IntakeClaimsTable::showTotal);
}

void IntakeClaimsTable::retranslate()
{
    m_add->setText(IntakeDialog::tr("Add cla&im"));
    m_remove->setText(IntakeDialog::tr("Remove claim"));
    m_table->setHorizontalHeaderLabels(
        {IntakeDialog::tr("Item"), IntakeDialog::tr("Description"), IntakeDialog::tr("Amount (yuan)")});
}

void IntakeClaimsTable::addRow(const QString &item, const QString &description, const QString &amount)
{
    const QSignalBlocker block(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *itemCombo = new QComboBox(m_table);
    m_lookups.fillCodeCombo(itemCombo, QStringLiteral("claim_item"), QStringLiteral("—"));
    CodeListCache::selectCode(itemCombo, item);
    connect(itemCombo, &QComboBox::currentIndexChanged, this, &IntakeClaimsTable::changed);
    m_table->setCellWidget(row, ClaimItem, itemCombo);
    m_table->setItem(row, ClaimDescription, new QTableWidgetItem(description));
    auto *amountItem = new QTableWidgetItem(amount);
    amountItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, ClaimAmount, amountItem);
    m_table->setColumnWidth(ClaimItem, 200);
    Q_EMIT changed();
}

void IntakeClaimsTable::showTotal()
{
    qint64 total = 0;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const auto fen = Money::parseYuan(cellText(m_table, r, ClaimAmount));
        if (fen)
            total += fen.value();
    }
    m_total->setText(IntakeDialog::tr("Total claimed: %1 yuan").arg(Money::formatYuan(total)));
}

QList<CaseItem> IntakeClaimsTable::items() const
{
    QList<CaseItem> items;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        CaseItem it;
        it.kind = QStringLiteral("claim");
        if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(r, ClaimItem)))
            it.item = combo->currentData().toString();
        it.description = cellText(m_table, r, ClaimDescription);
        const auto fen = Money::parseYuan(cellText(m_table, r, ClaimAmount));
        it.amountFen = fen ? fen.value() : 0; // an unreadable amount is reported by amountErrors()
        items.append(it);
    }
    return items;
}

QList<FieldError> IntakeClaimsTable::amountErrors() const
{
    QList<FieldError> errors;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const auto fen = Money::parseYuan(cellText(m_table, r, ClaimAmount));
        if (!fen)
            errors.append({QStringLiteral("claims/%1").arg(r),
                           IntakeDialog::tr("Claim %1: %2").arg(r + 1).arg(fen.error()), false});
    }
    return errors;
}

QJsonArray IntakeClaimsTable::draft() const
{
    QJsonArray claims;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(r, ClaimItem));
        claims.append(QJsonObject{{QStringLiteral("item"), combo ? combo->currentData().toString() : QString()},
                                  {QStringLiteral("description"), cellText(m_table, r, ClaimDescription)},
                                  {QStringLiteral("amount"), cellText(m_table, r, ClaimAmount)}});
    }
    return claims;
}

void IntakeClaimsTable::restoreDraft(const QJsonArray &claims)
{
    m_table->setRowCount(0);
    for (const QJsonValue &v : claims) {
        const QJsonObject cl = v.toObject();
        addRow(cl.value(QStringLiteral("item")).toString(), cl.value(QStringLiteral("description")).toString(),
               cl.value(QStringLiteral("amount")).toString());
    }
}

} // namespace ud
