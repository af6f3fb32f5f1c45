#include "ui/mediation/CasePartiesTab.h"

#include "core/Money.h"
#include "core/ResidentId.h"
#include "ui/common/WorkerPicker.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ud {

namespace {

enum Column { RoleColumn, NameColumn, DetailColumn, PhoneColumn, RepresentativeColumn, AmountColumn, AuthorisedColumn, ColumnCount };

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

CasePartiesTab::CasePartiesTab(Database &db, QWidget *parent)
    : QWidget(parent),
      m_table(new QTableWidget(0, ColumnCount, this)),
      m_picker(new WorkerPicker(db, this)),
      m_addApplicant(new QPushButton(this)),
      m_agentName(new QLineEdit(this)),
      m_agentPhone(new QLineEdit(this)),
      m_agentRelation(new QLineEdit(this)),
      m_agentSide(new QComboBox(this)),
      m_addAgent(new QPushButton(this)),
      m_remove(new QPushButton(this)),
      m_save(new QPushButton(this)),
      m_saveRoster(new QPushButton(this))
{
    setObjectName(QStringLiteral("casePartiesTab"));
    m_table->setObjectName(QStringLiteral("caseParties"));
    m_picker->setObjectName(QStringLiteral("casePartyPicker"));
    m_addApplicant->setObjectName(QStringLiteral("caseAddApplicant"));
    m_agentName->setObjectName(QStringLiteral("caseAgentName"));
    m_agentPhone->setObjectName(QStringLiteral("caseAgentPhone"));
    m_agentRelation->setObjectName(QStringLiteral("caseAgentRelation"));
    m_agentSide->setObjectName(QStringLiteral("caseAgentSide"));
    m_addAgent->setObjectName(QStringLiteral("caseAddAgent"));
    m_remove->setObjectName(QStringLiteral("caseRemoveParty"));
    m_save->setObjectName(QStringLiteral("caseSaveParties"));
    m_saveRoster->setObjectName(QStringLiteral("caseSaveRoster"));
    m_saveRoster->setVisible(false);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *applicantRow = new QHBoxLayout;
    applicantRow->addWidget(m_picker, 1);
    applicantRow->addWidget(m_addApplicant);
    auto *agentRow = new QHBoxLayout;
    agentRow->addWidget(m_agentName, 2);
    agentRow->addWidget(m_agentPhone, 2);
    agentRow->addWidget(m_agentRelation, 2);
    agentRow->addWidget(m_agentSide, 1);
    agentRow->addWidget(m_addAgent);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_saveRoster);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(applicantRow);
    layout->addLayout(agentRow);
    layout->addLayout(buttons);

    connect(m_addApplicant, &QPushButton::clicked, this, [this] {
        if (const QString problem = addChosenWorker(); !problem.isEmpty())
            Q_EMIT this->problem(problem);
    });
    connect(m_addAgent, &QPushButton::clicked, this, [this] {
        if (const QString problem = addAgentFromFields(); !problem.isEmpty())
            Q_EMIT this->problem(problem);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_parties.size())
            return;
        m_parties.removeAt(row);
        if (row < m_amountTexts.size())
            m_amountTexts.removeAt(row);
        m_edited = true;
        showRows();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->row() >= m_parties.size())
            return;
        if (item->column() == RepresentativeColumn) {
            m_parties[item->row()].representative = item->checkState() == Qt::Checked;
            m_edited = true;
        } else if (item->column() == AuthorisedColumn) {
            m_parties[item->row()].authorised = item->checkState() == Qt::Checked;
            m_edited = true;
        } else if (item->column() == AmountColumn && item->row() < m_amountTexts.size()) {
            m_amountTexts[item->row()] = item->text().trimmed();
            m_edited = true;
        }
    });
    connect(m_saveRoster, &QPushButton::clicked, this, [this] {
        QString problem;
        const QList<CaseRosterService::Line> lines = rosterLines(&problem);
        if (!problem.isEmpty())
            Q_EMIT this->problem(problem);
        else
            Q_EMIT rosterSaveRequested(lines);
    });
    connect(m_save, &QPushButton::clicked, this, [this] { Q_EMIT saveRequested(parties()); });
    retranslate();
}

void CasePartiesTab::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Role"), tr("Name"), tr("ID number / relation"), tr("Phone"),
                                        tr("Elected representative"), tr("Agreed amount (yuan)"),
                                        tr("Authorised the representatives")});
    m_saveRoster->setText(tr("Save &roster"));
    m_saveRoster->setToolTip(tr("Each worker's agreed amount and whether the worker signed the authorisation of "
                                "the elected representatives, printed with the agreement"));
    m_picker->lineEdit()->setPlaceholderText(tr("A worker of the register joining the case: type a name"));
    m_addApplicant->setText(tr("Add &applicant"));
    m_agentName->setPlaceholderText(tr("Agent's name"));
    m_agentPhone->setPlaceholderText(tr("Phone"));
    m_agentRelation->setPlaceholderText(tr("Lawyer, relative, union staff…"));
    const int side = std::max(0, m_agentSide->currentIndex());
    m_agentSide->clear();
    m_agentSide->addItem(tr("for the worker"), QStringLiteral("worker"));
    m_agentSide->addItem(tr("for the employer"), QStringLiteral("employer"));
    m_agentSide->setCurrentIndex(side);
    m_addAgent->setText(tr("Add a&gent"));
    m_remove->setText(tr("&Remove the selected party"));
    m_save->setText(tr("Save &parties"));
    showRows();
}

void CasePartiesTab::setParties(const QList<CaseParty> &parties)
{
    m_parties.clear();
    // Applicants first, as the documents list them.
    for (const CaseParty &p : parties)
        if (p.role == QLatin1String("applicant"))
            m_parties.append(p);
    for (const CaseParty &p : parties)
        if (p.role != QLatin1String("applicant"))
            m_parties.append(p);
    m_amountTexts.clear();
    for (const CaseParty &p : std::as_const(m_parties))
        m_amountTexts.append(p.amountFen ? Money::formatYuan(*p.amountFen) : QString());
    m_edited = false;
    showRows();
}

void CasePartiesTab::setCollective(bool collective)
{
    m_collective = collective;
    m_saveRoster->setVisible(collective);
    showRows();
}

QList<CaseRosterService::Line> CasePartiesTab::rosterLines(QString *problem) const
{
    QList<CaseRosterService::Line> lines;
    for (int r = 0; r < m_parties.size(); ++r) {
        const CaseParty &p = m_parties.at(r);
        if (p.role != QLatin1String("applicant") || p.id.isEmpty())
            continue;
        CaseRosterService::Line line;
        line.partyId = p.id;
        line.authorised = p.authorised;
        const QString text = r < m_amountTexts.size() ? m_amountTexts.at(r) : QString();
        if (!text.isEmpty()) {
            const Result<qint64> fen = Money::parseYuan(text);
            if (!fen) {
                if (problem)
                    *problem = tr("The amount for %1: %2").arg(p.name, fen.error());
                return {};
            }
            line.amountFen = fen.value();
        }
        lines.append(line);
    }
    return lines;
}

QList<CaseParty> CasePartiesTab::parties() const
{
    return m_parties;
}

void CasePartiesTab::setEditable(bool editable)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_picker, m_addApplicant, m_agentName, m_agentPhone, m_agentRelation,
                                                       m_agentSide, m_addAgent, m_remove, m_save, m_saveRoster})
        w->setEnabled(editable);
    m_editable = editable;
    showRows(); // the representative boxes can be ticked only while the parties can change
}

QString CasePartiesTab::addChosenWorker()
{
    const std::optional<Worker> w = m_picker->chosenWorker();
    if (!w)
        return tr("Choose a worker from the list that appears while typing; add new workers in the register first.");
    for (const CaseParty &p : std::as_const(m_parties))
        if (p.role == QLatin1String("applicant") && p.workerId == w->id)
            return tr("\"%1\" is already an applicant.").arg(w->name);
    CaseParty p;
    p.role = QStringLiteral("applicant");
    p.workerId = w->id;
    p.name = w->name;
    p.idNumber = w->idNumber;
    // After the last applicant, before the agents.
    qsizetype at = 0;
    while (at < m_parties.size() && m_parties.at(at).role == QLatin1String("applicant"))
        ++at;
    m_parties.insert(at, p);
    m_amountTexts.insert(at, QString());
    m_edited = true;
    showRows();
    m_picker->setCurrentIndex(-1);
    m_picker->setEditText(QString());
    return {};
}

QString CasePartiesTab::addAgentFromFields()
{
    const QString name = m_agentName->text().trimmed();
    if (name.isEmpty())
        return tr("Type the agent's name.");
    CaseParty p;
    p.role = QStringLiteral("agent");
    p.side = m_agentSide->currentData().toString();
    p.name = name;
    p.phone = m_agentPhone->text().trimmed();
    p.relation = m_agentRelation->text().trimmed();
    m_parties.append(p);
    m_amountTexts.append(QString());
    m_edited = true;
    for (QLineEdit *e : {m_agentName, m_agentPhone, m_agentRelation})
        e->clear();
    showRows();
    return {};
}

void CasePartiesTab::showRows()
{
    const QSignalBlocker block(m_table);
    m_table->setRowCount(static_cast<int>(m_parties.size()));
    for (int r = 0; r < m_parties.size(); ++r) {
        const CaseParty &p = m_parties.at(r);
        const bool applicant = p.role == QLatin1String("applicant");
        const QString role = applicant ? tr("Applicant")
                                       : (p.side == QLatin1String("employer") ? tr("Agent of the employer") : tr("Agent of the worker"));
        m_table->setItem(r, RoleColumn, readOnly(role + (p.id.isEmpty() ? tr(" (new)") : QString())));
        m_table->setItem(r, NameColumn, readOnly(p.name));
        m_table->setItem(r, DetailColumn, readOnly(applicant ? (p.idNumber.isEmpty() ? QString() : ResidentId::mask(p.idNumber)) : p.relation));
        m_table->setItem(r, PhoneColumn, readOnly(p.phone));
        QTableWidgetItem *rep = readOnly(QString());
        if (applicant) {
            if (m_editable)
                rep->setFlags(rep->flags() | Qt::ItemIsUserCheckable);
            rep->setCheckState(p.representative ? Qt::Checked : Qt::Unchecked);
        }
        m_table->setItem(r, RepresentativeColumn, rep);
        // The roster (collective cases): editable for applicants already saved.
        const bool onRoster = applicant && !p.id.isEmpty();
        QTableWidgetItem *amount = readOnly(onRoster && r < m_amountTexts.size() ? m_amountTexts.at(r) : QString());
        QTableWidgetItem *authorised = readOnly(QString());
        if (onRoster) {
            amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (m_editable) {
                amount->setFlags(amount->flags() | Qt::ItemIsEditable);
                authorised->setFlags(authorised->flags() | Qt::ItemIsUserCheckable);
            }
            authorised->setCheckState(p.authorised ? Qt::Checked : Qt::Unchecked);
        }
        m_table->setItem(r, AmountColumn, amount);
        m_table->setItem(r, AuthorisedColumn, authorised);
    }
    m_table->setColumnHidden(AmountColumn, !m_collective);
    m_table->setColumnHidden(AuthorisedColumn, !m_collective);
    m_table->resizeColumnsToContents();
}

} // namespace ud
