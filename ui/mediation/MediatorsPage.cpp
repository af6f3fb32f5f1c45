#include "ui/mediation/MediatorsPage.h"

#include "commands/CommandFacade.h"
#include "core/DisplayFormat.h"
#include "mediation/MediatorCommands.h"
#include "ui/common/CodeListCache.h"
#include "ui/mediation/MediatorDialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ud {

namespace {

enum Column { Name, Qualification, WorksFor, Phone, Appointed, Until, TrainingHours, State, Columns };

} // namespace

MediatorsPage::MediatorsPage(Database &db, CommandFacade &facade, bool mayEdit, QWidget *parent)
    : QWidget(parent),
      m_db(db),
      m_commands(std::make_unique<MediatorCommands>(facade)),
      m_lookups(std::make_unique<CodeListCache>(db)),
      m_mayEdit(mayEdit),
      m_showInactive(new QCheckBox(tr("Show &inactive mediators"), this)),
      m_table(new QTableWidget(0, Columns, this)),
      m_add(new QPushButton(tr("&Add mediator…"), this)),
      m_edit(new QPushButton(tr("&Edit…"), this)),
      m_remove(new QPushButton(tr("&Remove"), this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("mediatorsPage"));
    m_showInactive->setObjectName(QStringLiteral("mediatorsShowInactive"));
    m_table->setObjectName(QStringLiteral("mediatorsTable"));
    m_add->setObjectName(QStringLiteral("addMediatorButton"));
    m_edit->setObjectName(QStringLiteral("editMediatorButton"));
    m_remove->setObjectName(QStringLiteral("removeMediatorButton"));
    m_message->setObjectName(QStringLiteral("mediatorsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    for (QPushButton *b : {m_add, m_edit, m_remove})
        b->setEnabled(mayEdit);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Qualification"), tr("Works for"), tr("Phone"),
                                        tr("Appointed on"), tr("Appointed until"), tr("Training hours"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(WorksFor, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showInactive);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_showInactive, &QCheckBox::toggled, this, &MediatorsPage::reload);
    connect(m_add, &QPushButton::clicked, this, &MediatorsPage::addMediator);
    connect(m_edit, &QPushButton::clicked, this, &MediatorsPage::editMediator);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_mayEdit)
            editMediator();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    connect(&facade, &CommandFacade::recordChanged, this, [this](const QString &table, const QString &) {
        if (table.startsWith(QLatin1String("mediation_mediator")) || table == QLatin1String("mediation_case_mediators"))
            reload();
    });
    reload();
}

MediatorsPage::~MediatorsPage() = default;

void MediatorsPage::reload()
{
    const QString keep = selectedId();
    const QDate today = QDate::currentDate();
    const QList<Mediator> list = m_commands->mediators(!m_showInactive->isChecked());
    m_table->setRowCount(0);
    for (const Mediator &listed : list) {
        const Mediator m = m_commands->mediator(listed.id).value_or(listed);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QString status = tr("Active");
        if (!m.active)
            status = tr("Inactive");
        else if (m.appointedUntil.isValid() && m.appointedUntil < today)
            status = tr("Appointment ended");
        else if (!m.availableOn(today))
            status = tr("Not yet appointed");
        const QStringList cells = {m.name,
                                   m_lookups->codeName(QStringLiteral("mediator_qualification"), m.qualification),
                                   m.employerName.isEmpty() ? m.workplace : m.employerName,
                                   m.phone,
                                   DisplayFormat::date(m.appointedOn),
                                   DisplayFormat::date(m.appointedUntil),
                                   DisplayFormat::count(m.trainingHours()),
                                   status};
        for (int c = 0; c < Columns; ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        m_table->item(row, Name)->setData(Qt::UserRole, m.id);
        if (m.id == keep)
            m_table->selectRow(row);
    }
    m_edit->setEnabled(m_mayEdit && m_table->rowCount() > 0);
    m_remove->setEnabled(m_mayEdit && m_table->rowCount() > 0);
}

QString MediatorsPage::selectedId() const
{
    const int row = m_table->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_table->item(row, Name) : nullptr;
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void MediatorsPage::addMediator()
{
    Mediator m;
    m.appointedOn = QDate::currentDate();
    MediatorDialog dialog(m_db, *m_commands, *m_lookups, m, this);
    Q_EMIT dialogOpened(&dialog);
    dialog.exec();
}

void MediatorsPage::editMediator()
{
    const auto m = m_commands->mediator(selectedId());
    if (!m)
        return;
    MediatorDialog dialog(m_db, *m_commands, *m_lookups, *m, this);
    Q_EMIT dialogOpened(&dialog);
    dialog.exec();
}

Status MediatorsPage::removeSelected()
{
    const auto m = m_commands->mediator(selectedId());
    if (!m)
        return Status::failure(tr("Choose a mediator first."));
    const Status s = m_commands->removeMediator(m->id, m->version);
    m_message->setText(s ? tr("%1 removed from the register.").arg(m->name) : s.error());
    m_message->show();
    return s;
}

} // namespace ud
