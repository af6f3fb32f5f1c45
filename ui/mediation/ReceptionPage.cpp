#include "ui/mediation/ReceptionPage.h"

#include "commands/CommandFacade.h"
#include "core/DisplayFormat.h"
#include "mediation/ReceptionCommands.h"
#include "storage/Accounts.h"
#include "ui/common/CodeListCache.h"
#include "ui/mediation/ReceptionDialog.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ud {

namespace {

enum Column { Date, Kind, Visitor, Employer, Workers, Asked, Outcome, CaseNo, HandledBy, Columns };

} // namespace

ReceptionPage::ReceptionPage(Database &db, CommandFacade &facade, const Session &session, bool mayEdit, QWidget *parent)
    : QWidget(parent),
      m_db(db),
      m_commands(std::make_unique<ReceptionCommands>(facade)),
      m_lookups(std::make_unique<CodeListCache>(db)),
      m_userName(session.displayName.isEmpty() ? session.username : session.displayName),
      m_mayEdit(mayEdit),
      m_search(new QLineEdit(this)),
      m_from(new QDateEdit(QDate::currentDate().addMonths(-3), this)),
      m_to(new QDateEdit(QDate::currentDate(), this)),
      m_count(new QLabel(this)),
      m_table(new QTableWidget(0, Columns, this)),
      m_add(new QPushButton(tr("&Log a reception…"), this)),
      m_edit(new QPushButton(tr("&Edit…"), this)),
      m_remove(new QPushButton(tr("&Remove"), this)),
      m_message(new QLabel(this)),
      m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("receptionPage"));
    m_search->setObjectName(QStringLiteral("receptionSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search visitor, employer, question or answer"));
    m_from->setObjectName(QStringLiteral("receptionFrom"));
    m_to->setObjectName(QStringLiteral("receptionTo"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_count->setObjectName(QStringLiteral("receptionCount"));
    m_table->setObjectName(QStringLiteral("receptionTable"));
    m_add->setObjectName(QStringLiteral("addReceptionButton"));
    m_edit->setObjectName(QStringLiteral("editReceptionButton"));
    m_remove->setObjectName(QStringLiteral("removeReceptionButton"));
    m_message->setObjectName(QStringLiteral("receptionPageMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    for (QPushButton *b : {m_add, m_edit, m_remove})
        b->setEnabled(mayEdit);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Visitor"), tr("Employer"), tr("Workers"),
                                        tr("Asked"), tr("Outcome"), tr("Case"), tr("Handled by")});
    m_table->horizontalHeader()->setSectionResizeMode(Asked, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_count);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_searchTimer, &QTimer::timeout, this, &ReceptionPage::reload);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_from, &QDateEdit::dateChanged, this, &ReceptionPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &ReceptionPage::reload);
    connect(m_add, &QPushButton::clicked, this, &ReceptionPage::addReception);
    connect(m_edit, &QPushButton::clicked, this, &ReceptionPage::editReception);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_mayEdit)
            editReception();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    connect(&facade, &CommandFacade::recordChanged, this, [this](const QString &table, const QString &) {
        if (table == QLatin1String("mediation_receptions") || table == QLatin1String("mediation_referrals"))
            reload();
    });
    reload();
}

ReceptionPage::~ReceptionPage() = default;

void ReceptionPage::reload()
{
    const QString keep = selectedId();
    const QList<Reception> list = m_commands->receptions(m_from->date(), m_to->date(), m_search->text());
    m_table->setRowCount(0);
    for (const Reception &r : list) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QString visitor = r.visitorShown();
        if (!r.visitorPhone.isEmpty())
            visitor += QStringLiteral(" ") + r.visitorPhone;
        QString workers = DisplayFormat::count(r.workerCount);
        if (r.migrantWorkers)
            workers += tr(" (migrant)");
        QString outcome = m_lookups->codeName(QStringLiteral("reception_outcome"), r.outcome);
        if (r.referralCount > 0 && r.outcome != QLatin1String("referred"))
            outcome += tr(" (referred)");
        const QStringList cells = {DisplayFormat::date(r.receivedOn),
                                   m_lookups->codeName(QStringLiteral("reception_kind"), r.kind),
                                   visitor,
                                   r.employerShown(),
                                   workers,
                                   r.summary.simplified(),
                                   outcome,
                                   r.caseNo,
                                   r.handledBy};
        for (int c = 0; c < Columns; ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        m_table->item(row, Asked)->setToolTip(r.summary + QStringLiteral("\n\n") + r.answer);
        m_table->item(row, Date)->setData(Qt::UserRole, r.id);
        if (r.id == keep)
            m_table->selectRow(row);
    }
    m_count->setText(tr("%1 reception(s)", nullptr, int(list.size())).arg(DisplayFormat::count(list.size())));
    m_edit->setEnabled(m_mayEdit && !list.isEmpty());
    m_remove->setEnabled(m_mayEdit && !list.isEmpty());
}

QString ReceptionPage::selectedId() const
{
    const int row = m_table->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_table->item(row, Date) : nullptr;
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ReceptionPage::addReception()
{
    Reception r;
    r.receivedOn = QDate::currentDate();
    r.kind = QStringLiteral("consultation");
    r.handledBy = m_userName;
    ReceptionDialog dialog(m_db, *m_commands, *m_lookups, r, this);
    Q_EMIT dialogOpened(&dialog);
    if (dialog.exec() == QDialog::Accepted && dialog.savedId().size() > 0 && m_to->date() < r.receivedOn)
        m_to->setDate(r.receivedOn);
}

void ReceptionPage::editReception()
{
    const auto r = m_commands->reception(selectedId());
    if (!r)
        return;
    ReceptionDialog dialog(m_db, *m_commands, *m_lookups, *r, this);
    Q_EMIT dialogOpened(&dialog);
    dialog.exec();
}

Status ReceptionPage::removeSelected()
{
    const auto r = m_commands->reception(selectedId());
    if (!r)
        return Status::failure(tr("Choose an entry first."));
    const Status s = m_commands->removeReception(r->id, r->version);
    m_message->setText(s ? tr("Entry removed.") : s.error());
    m_message->show();
    return s;
}

} // namespace ud
