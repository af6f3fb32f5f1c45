#include "ui/mediation/CaseMediatorsEditor.h"

#include "commands/CommandFacade.h"
#include "mediation/MediationStateMachine.h"
#include "mediation/MediatorCommands.h"
#include "mediation/MediatorRegister.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ud {

namespace {

enum Column { Name, Role, ConflictNote, Columns };

QString roleName(const QString &role)
{
    if (role == QLatin1String("lead"))
        return CaseMediatorsEditor::tr("Lead mediator");
    if (role == QLatin1String("assistant"))
        return CaseMediatorsEditor::tr("Assistant mediator");
    if (role == QLatin1String("recorder"))
        return CaseMediatorsEditor::tr("Recorder");
    return role;
}

} // namespace

CaseMediatorsEditor::CaseMediatorsEditor(CommandFacade &facade, const QString &caseId, bool mayEdit, QWidget *parent)
    : QWidget(parent),
      m_commands(std::make_unique<MediatorCommands>(facade)),
      m_caseId(caseId),
      m_mayEdit(mayEdit),
      m_typed(new QLabel(this)),
      m_table(new QTableWidget(0, Columns, this)),
      m_picker(new QComboBox(this)),
      m_role(new QComboBox(this)),
      m_add(new QPushButton(tr("&Put on the case"), this)),
      m_remove(new QPushButton(tr("&Take off the case"), this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("caseMediatorsEditor"));
    m_typed->setObjectName(QStringLiteral("caseTypedMediators"));
    m_typed->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("caseMediatorsTable"));
    m_picker->setObjectName(QStringLiteral("caseMediatorPicker"));
    m_role->setObjectName(QStringLiteral("caseMediatorRole"));
    m_add->setObjectName(QStringLiteral("caseAddMediator"));
    m_remove->setObjectName(QStringLiteral("caseRemoveMediator"));
    m_message->setObjectName(QStringLiteral("caseMediatorsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_table->setHorizontalHeaderLabels({tr("Mediator"), tr("Role"), tr("Reason for staying despite a conflict (回避)")});
    m_table->horizontalHeader()->setSectionResizeMode(ConflictNote, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    for (const char *role : {"lead", "assistant", "recorder"})
        m_role->addItem(roleName(QLatin1String(role)), QLatin1String(role));
    m_askReason = [this](const QString &warning) {
        return QInputDialog::getText(this, tr("Conflict of interest (回避)"), warning);
    };

    auto *pick = new QHBoxLayout;
    pick->addWidget(m_picker, 2);
    pick->addWidget(m_role, 1);
    pick->addWidget(m_add);
    pick->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_typed);
    layout->addWidget(m_table, 1);
    layout->addLayout(pick);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const Status s = addMediator(m_picker->currentData().toString(), m_role->currentData().toString());
        if (s)
            showMessage(tr("Mediator put on the case."), false);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeRow(m_table->currentRow()); });
    connect(&facade, &CommandFacade::recordChanged, this, [this](const QString &table, const QString &id) {
        if (table == QLatin1String("mediation_case_mediators") || table.startsWith(QLatin1String("mediation_mediator"))
            || (table == QLatin1String("mediation_cases") && (id.isEmpty() || id == m_caseId)))
            refresh();
    });
    fillPicker();
    refresh();
}

CaseMediatorsEditor::~CaseMediatorsEditor() = default;

void CaseMediatorsEditor::fillPicker()
{
    const QString keep = m_picker->currentData().toString();
    const QDate today = QDate::currentDate();
    m_picker->clear();
    for (const Mediator &m : m_commands->mediators(false)) {
        QString text = m.name;
        if (!m.active)
            text += tr(" (inactive)");
        else if (!m.availableOn(today))
            text += tr(" (not appointed today)");
        else if (!m.employerName.isEmpty())
            text += QStringLiteral(" · ") + m.employerName;
        else if (!m.workplace.isEmpty())
            text += QStringLiteral(" · ") + m.workplace;
        m_picker->addItem(text, m.id);
    }
    const int index = m_picker->findData(keep);
    if (index >= 0)
        m_picker->setCurrentIndex(index);
}

void CaseMediatorsEditor::refresh()
{
    const auto c = m_commands->caseFile(m_caseId);
    fillPicker();
    m_table->setRowCount(0);
    if (!c)
        return;
    const QString typed = c->mediators.trimmed();
    const QString linked = MediatorRegister::displayNames(*c);
    const bool showTyped = !typed.isEmpty() && (c->caseMediators.isEmpty() || typed != linked);
    m_typed->setText(c->caseMediators.isEmpty() ? tr("Named before the register of mediators: %1").arg(typed)
                                                : tr("Also named on the case file as typed: %1").arg(typed));
    m_typed->setVisible(showTyped);
    for (const CaseMediator &m : c->caseMediators) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, Name, new QTableWidgetItem(m.name));
        m_table->setItem(row, Role, new QTableWidgetItem(roleName(m.role)));
        m_table->setItem(row, ConflictNote, new QTableWidgetItem(m.conflictNote));
        m_table->item(row, Name)->setData(Qt::UserRole, m.id);
        m_table->item(row, Name)->setData(Qt::UserRole + 1, m.version);
    }
    const bool editable = m_mayEdit && !MediationStateMachine::isFinal(c->status);
    for (QWidget *w : std::initializer_list<QWidget *>{m_picker, m_role, m_add, m_remove})
        w->setEnabled(editable);
    m_remove->setEnabled(editable && m_table->rowCount() > 0);
}

Status CaseMediatorsEditor::addMediator(const QString &mediatorId, const QString &role)
{
    if (mediatorId.isEmpty()) {
        showMessage(tr("Add mediators to the register first (Mediation → Mediators)."), true);
        return Status::failure(m_message->text());
    }
    QString reason;
    const QString warning = m_commands->conflictWarning(m_caseId, mediatorId);
    if (!warning.isEmpty()) {
        reason = m_askReason(warning).trimmed();
        if (reason.isEmpty()) {
            showMessage(warning, true);
            return Status::failure(warning);
        }
    }
    auto linked = m_commands->linkMediator(m_caseId, mediatorId, role, reason, QDate::currentDate());
    if (!linked) {
        showMessage(linked.error(), true);
        return linked.status();
    }
    refresh();
    return Status::success();
}

Status CaseMediatorsEditor::removeRow(int row)
{
    const QTableWidgetItem *item = row >= 0 ? m_table->item(row, Name) : nullptr;
    if (!item) {
        showMessage(tr("Choose a mediator of the case first."), true);
        return Status::failure(m_message->text());
    }
    const Status s = m_commands->unlinkMediator(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toLongLong());
    showMessage(s ? tr("Mediator taken off the case.") : s.error(), !s);
    refresh();
    return s;
}

void CaseMediatorsEditor::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->show();
}

} // namespace ud
