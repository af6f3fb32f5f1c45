#include "ui/mediation/MediationPage.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/LongTask.h"

#include "commands/CommandFacade.h"
#include "core/DisplayFormat.h"
#include "core/Money.h"
#include "mediation/MediationDeadlines.h"
#include "ui/mediation/CalendarDialog.h"
#include "ui/mediation/CaseFilterNote.h"
#include "ui/mediation/EmptyListNote.h"
#include "ui/mediation/CaseDialog.h"
#include "ui/mediation/CaseImportButton.h"
#include "ui/mediation/CasesModel.h"
#include "ui/sync/SyncStateColumn.h"
#include "ui/mediation/IntakeDialog.h"
#include "ui/mediation/MediationStatisticsDialog.h"
#include "ui/mediation/MediatorReceptionButtons.h"
#include "ui/common/CodeListCache.h"
#include "exchange/TabularFile.h"
#include "mediation/MediationCommands.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ud {

namespace {

// Rows of the deadline filter.
constexpr int kDueSoon = 1;
constexpr int kOverdue = 2;

// "Open cases": every status the lifecycle can still leave.
QSet<QString> openStatusKeys()
{
    QSet<QString> keys;
    for (CaseStatus s : MediationStateMachine::allStatuses())
        if (!MediationStateMachine::isFinal(s))
            keys.insert(MediationStateMachine::statusKey(s));
    return keys;
}

} // namespace

MediationPage::MediationPage(Database &db, CommandFacade &commands, const Session &session, QWidget *parent)
    : QWidget(parent),
      m_db(db),
      m_commands(commands),
      m_session(session),
      m_lookups(std::make_unique<CodeListCache>(db)),
      m_service(std::make_unique<MediationCommands>(commands)),
      m_model(new CasesModel(db, this)),
      m_search(new QLineEdit(this)),
      m_status(new QComboBox(this)),
      m_type(new QComboBox(this)),
      m_mediator(new QLineEdit(this)),
      m_useDates(new QCheckBox(this)),
      m_from(new QDateEdit(QDate(QDate::currentDate().year(), 1, 1), this)),
      m_to(new QDateEdit(QDate::currentDate(), this)),
      m_deadline(new QComboBox(this)),
      m_collective(new QCheckBox(this)),
      m_new(new QPushButton(this)),
      m_export(new QPushButton(this)),
      m_calendar(new QPushButton(this)),
      m_statistics(new QPushButton(this)),
      m_count(new QLabel(this)),
      m_reminder(new QPushButton(this)),
      m_view(new QTableView(this)),
      m_filterNote(new CaseFilterNote(this)),
      m_emptyNote(new EmptyListNote(m_view)),
      m_filterTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mediationPage"));
    m_search->setObjectName(QStringLiteral("mediationSearch"));
    m_search->setClearButtonEnabled(true);
    // Ctrl+F goes to the search from anywhere in the window while the case list is shown.
    auto *find = new QShortcut(QKeySequence::Find, this, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setContext(Qt::WindowShortcut); // the page is hidden (and its shortcut off) on other tabs
    m_status->setObjectName(QStringLiteral("mediationStatusFilter"));
    m_type->setObjectName(QStringLiteral("mediationTypeFilter"));
    m_mediator->setObjectName(QStringLiteral("mediationMediatorFilter"));
    m_useDates->setObjectName(QStringLiteral("mediationUseDates"));
    m_from->setObjectName(QStringLiteral("mediationFrom"));
    m_to->setObjectName(QStringLiteral("mediationTo"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setEnabled(false);
    }
    m_deadline->setObjectName(QStringLiteral("mediationDeadlineFilter"));
    m_collective->setObjectName(QStringLiteral("mediationCollective"));
    m_new->setObjectName(QStringLiteral("mediationNewCase"));
    m_new->setEnabled(mayEditRegister(session.role));
    m_export->setObjectName(QStringLiteral("mediationExport"));
    m_calendar->setObjectName(QStringLiteral("mediationCalendar"));
    m_calendar->setVisible(mayManageUsers(session.role)); // administrators keep the calendar
    connect(m_calendar, &QPushButton::clicked, this, &MediationPage::openCalendar);
    m_statistics->setObjectName(QStringLiteral("mediationStatistics"));
    connect(m_statistics, &QPushButton::clicked, this, &MediationPage::openStatistics);
    connect(&m_commands, &CommandFacade::recordChanged, this, &MediationPage::onRecordChanged);
    reloadDeadlines();
    m_count->setObjectName(QStringLiteral("mediationCount"));
    m_view->setObjectName(QStringLiteral("mediationCases"));
    m_view->setModel(m_model);
    m_model->setBackgroundCount(true); // the first page at once, the number when known
    m_emptyNote->setObjectName(QStringLiteral("mediationEmptyNote"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CasesModel::ReceivedColumn, Qt::DescendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    // Widths for what the columns usually hold (a case number is long: 朝阳区八里庄街道调字〔2026〕第0012号).
    const int em = m_view->fontMetrics().horizontalAdvance(QChar(0x4E2D));
    const int date = m_view->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + em * 2;
    const int widths[CasesModel::ColumnCount] = {em * 20, em * 8, date + em * 5, date, em * 10, em * 13, em * 10, em * 7, em * 7, em * 10, em * 7};
    for (int c = 0; c < CasesModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, widths[c]);
    m_model->syncColumn()->placeIn(m_view, CasesModel::CaseNoColumn); // in sight at 1366×768
    m_model->setCodeNamer([this](const QString &list, const QString &code) { return m_lookups->codeName(list, code); });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_status);
    filters->addWidget(m_type);
    filters->addWidget(m_mediator);
    auto *filters2 = new QHBoxLayout;
    filters2->addWidget(m_useDates);
    filters2->addWidget(m_from);
    filters2->addWidget(m_to);
    filters2->addWidget(m_deadline);
    filters2->addWidget(m_collective);
    filters2->addStretch(1);
    filters2->addWidget(m_count);
    // The actions on a row of their own: beside the filters they were cut off below 1,366 pixels.
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(new MediatorReceptionButtons(db, commands, session, this));
    actions->addWidget(m_statistics);
    actions->addWidget(m_calendar);
    actions->addWidget(m_export);
    actions->addWidget(new CaseImportButton(commands, session, this));
    actions->addWidget(m_new);
    auto *layout = new QVBoxLayout(this);
    // The start-up reminder: open cases past a deadline or due soon; clicking shows them.
    m_reminder->setObjectName(QStringLiteral("mediationReminder"));
    m_reminder->setFlat(true);
    m_reminder->setStyleSheet(QStringLiteral("QPushButton { color: #b00020; font-weight: bold; text-align: left; }"));
    m_reminder->hide();
    connect(m_reminder, &QPushButton::clicked, this,
            [this] { m_deadline->setCurrentIndex(m_reminderShowsOverdue ? kOverdue : kDueSoon); });
    layout->addWidget(m_reminder);
    layout->addLayout(filters);
    layout->addLayout(filters2);
    layout->addLayout(actions);
    layout->addWidget(m_filterNote);
    layout->addWidget(m_view, 1);
    connect(m_filterNote, &CaseFilterNote::showAllRequested, this, &MediationPage::showAllCases);
    setTabOrder(m_filterNote, m_view); // the note's button just before the list

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(200);
    connect(m_filterTimer, &QTimer::timeout, this, &MediationPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_mediator, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    for (QComboBox *c : {m_status, m_type, m_deadline})
        connect(c, &QComboBox::currentIndexChanged, this, &MediationPage::applyFilter);
    connect(m_collective, &QCheckBox::toggled, this, &MediationPage::applyFilter);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &MediationPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &MediationPage::applyFilter);
    connect(m_new, &QPushButton::clicked, this, &MediationPage::newCase);
    connect(m_export, &QPushButton::clicked, this, &MediationPage::chooseAndExport);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const CaseListRow *r = m_model->rowAt(index.row()))
            openCase(r->id);
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const CaseListRow *r = m_model->rowAt(index.row()))
            openCase(r->id);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MediationPage::updateListNotes);
    connect(m_model, &PagedListModel::countsChanged, this, &MediationPage::updateListNotes);

    retranslate();
    applyFilter();
    updateReminder();
}

void MediationPage::updateReminder()
{
    const int overdue = overdueCount();
    const int dueSoon = dueSoonOrOverdueCount() - overdue;
    QStringList parts;
    if (overdue > 0)
        parts << tr("%1 case(s) past a deadline", nullptr, overdue).arg(DisplayFormat::count(overdue));
    if (dueSoon > 0)
        parts << tr("%1 with a deadline in the next %2 day(s)", nullptr, dueSoon)
                     .arg(DisplayFormat::count(dueSoon))
                     .arg(m_deadlines->policy().dueSoonDays);
    m_reminder->setText(parts.join(QStringLiteral(" · ")) + tr(" — show them"));
    m_reminder->setVisible(!parts.isEmpty());
    m_reminderShowsOverdue = overdue > 0; // what a click on it shows
}

MediationPage::~MediationPage() = default;

void MediationPage::fillStatusFilter()
{
    const QVariant current = m_status->currentData();
    const QSignalBlocker block(m_status);
    m_status->clear();
    m_status->addItem(tr("All statuses"), QString());
    m_status->addItem(tr("Open cases"), QStringLiteral("open"));
    for (CaseStatus s : MediationStateMachine::allStatuses())
        m_status->addItem(MediationStateMachine::statusName(s), MediationStateMachine::statusKey(s));
    const int index = m_status->findData(current);
    m_status->setCurrentIndex(index >= 0 ? index : 0);
}

void MediationPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search case number, parties, employer, facts…"));
    fillStatusFilter();
    const QString type = m_type->currentData().toString();
    {
        const QSignalBlocker block(m_type);
        m_type->clear();
        m_lookups->fillCodeCombo(m_type, QStringLiteral("dispute_type"), tr("All dispute types"));
        CodeListCache::selectCode(m_type, type);
    }
    m_mediator->setPlaceholderText(tr("Mediator"));
    m_useDates->setText(tr("Received from"));
    {
        const QSignalBlocker block(m_deadline);
        const int current = std::max(0, m_deadline->currentIndex());
        m_deadline->clear();
        m_deadline->addItem(tr("All deadlines"));
        m_deadline->addItem(tr("Due within %n day(s) or overdue", nullptr, m_deadlines->policy().dueSoonDays));
        m_deadline->addItem(tr("Overdue only"));
        m_deadline->setCurrentIndex(current);
    }
    m_collective->setText(tr("Co&llective only"));
    m_new->setText(tr("&New case…"));
    m_export->setText(tr("E&xport…"));
    m_calendar->setText(tr("Working-day &calendar…"));
    m_statistics->setText(tr("&Statistics…"));
    m_filterNote->retranslate();
    updateListNotes();
    if (!m_reminder->isHidden()) // shown on this page, even while another tab is in front
        updateReminder();
}

void MediationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MediationPage::applyFilter()
{
    MediationRepository::Filter f;
    const QString status = m_status->currentData().toString();
    if (status == QLatin1String("open"))
        f.statuses = openStatusKeys();
    else if (!status.isEmpty())
        f.statuses = {status};
    f.disputeType = m_type->currentData().toString();
    f.mediator = m_mediator->text();
    if (m_useDates->isChecked()) {
        f.receivedFrom = m_from->date();
        f.receivedTo = m_to->date();
    }
    if (m_collective->isChecked())
        f.collective = true;
    f.text = m_search->text();
    if (m_deadline->currentIndex() == kOverdue || m_deadline->currentIndex() == kDueSoon) {
        const MediationRepository::Filter o =
            deadlineFilter(m_deadline->currentIndex() == kOverdue ? QDate::currentDate() : dueSoonLimit());
        f.overdueOnly = true;
        f.today = o.today;
        f.windowDays = o.windowDays;
        f.delegatedWindowDays = o.delegatedWindowDays;
        f.followUpDays = o.followUpDays;
        f.acceptanceCutoff = o.acceptanceCutoff;
    }
    m_model->setFilter(f);
}

QStringList MediationPage::activeFilters() const
{
    QStringList out;
    if (m_deadline->currentIndex() == kDueSoon)
        out << tr("open cases with a deadline within %n day(s) or overdue", nullptr, m_deadlines->policy().dueSoonDays);
    else if (m_deadline->currentIndex() == kOverdue)
        out << tr("open cases past a deadline");
    if (!m_search->text().trimmed().isEmpty())
        out << tr("search “%1”").arg(m_search->text().trimmed());
    if (m_status->currentIndex() > 0)
        out << tr("status: %1").arg(m_status->currentText());
    if (m_type->currentIndex() > 0)
        out << tr("dispute type: %1").arg(m_type->currentText());
    if (!m_mediator->text().trimmed().isEmpty())
        out << tr("mediator “%1”").arg(m_mediator->text().trimmed());
    if (m_useDates->isChecked())
        out << tr("received %1 to %2").arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate));
    if (m_collective->isChecked())
        out << tr("collective disputes only");
    return out;
}

void MediationPage::updateListNotes()
{
    const int total = m_model->totalCount();
    m_count->setText(total >= 0 ? tr("%1 case(s)", nullptr, total).arg(DisplayFormat::count(total))
                                : tr("%1+ cases, counting…").arg(DisplayFormat::count(m_model->rowCount())));
    const QStringList filters = activeFilters();
    m_filterNote->setFilters(filters, total, m_model->rowCount());
    m_emptyNote->setMessage(filters.isEmpty()
                                ? tr("No cases yet. Register the first one with “New case…” (Alt+N).")
                                : tr("No cases match the filters: %1.\nTo see every case, press “Show all cases” "
                                     "(Alt+A) above, or clear the search and set the filters back to “All”.")
                                      .arg(filters.join(QStringLiteral(" · "))));
}

void MediationPage::showAllCases()
{
    m_filterTimer->stop();
    {
        const QSignalBlocker b1(m_search), b2(m_status), b3(m_type), b4(m_mediator), b5(m_useDates), b6(m_deadline),
            b7(m_collective);
        m_search->clear();
        m_status->setCurrentIndex(0);
        m_type->setCurrentIndex(0);
        m_mediator->clear();
        m_useDates->setChecked(false);
        m_from->setEnabled(false);
        m_to->setEnabled(false);
        m_deadline->setCurrentIndex(0);
        m_collective->setChecked(false);
    }
    applyFilter();
    m_view->setFocus(Qt::OtherFocusReason);
}

void MediationPage::reloadDeadlines()
{
    auto calendar = m_service->calendar().load();
    m_deadlines = std::make_unique<MediationDeadlines>(calendar ? calendar.take() : WorkCalendar(),
                                                       m_service->deadlinePolicy());
    m_model->setDeadlines(m_deadlines.get());
}

MediationRepository::Filter MediationPage::deadlineFilter(const QDate &day) const
{
    MediationRepository::Filter f;
    f.overdueOnly = true;
    f.today = day;
    f.windowDays = m_deadlines->policy().windowDays;
    f.delegatedWindowDays = m_deadlines->policy().delegatedDays;
    f.followUpDays = m_deadlines->policy().followUpDays;
    // The latest receipt date whose acceptance deadline falls before `day`.
    QDate cutoff = day;
    while (m_deadlines->acceptanceDue(cutoff) >= day)
        cutoff = cutoff.addDays(-1);
    f.acceptanceCutoff = cutoff;
    return f;
}

QDate MediationPage::dueSoonLimit() const
{
    // "Due soon" is due today or within the policy's days (MediationDeadlines::DueSoon), so the
    // deadlines before the day after that.
    return QDate::currentDate().addDays(m_deadlines->policy().dueSoonDays + 1);
}

int MediationPage::overdueCount() const
{
    return MediationRepository(m_db).count(deadlineFilter(QDate::currentDate()));
}

int MediationPage::dueSoonOrOverdueCount() const
{
    return MediationRepository(m_db).count(deadlineFilter(dueSoonLimit()));
}

MediationStateMachine::Limits MediationPage::limitsFor(const MediationCase &c) const
{
    return m_deadlines->limits(c);
}

QString MediationPage::deadlinesText(const MediationCase &c) const
{
    QStringList lines;
    const QDate today = QDate::currentDate();
    for (const Deadline &d : m_deadlines->forCase(c, today)) {
        if (!d.isPending())
            continue;
        QString line = tr("%1: by %2 (%3)").arg(d.label, d.due.toString(Qt::ISODate), MediationDeadlines::stateName(d.state));
        if (d.state == DeadlineState::Overdue)
            line = QStringLiteral("<span style='color:#b00020'><b>%1</b></span>").arg(line.toHtmlEscaped());
        else
            line = line.toHtmlEscaped();
        if (d.calendarMissing)
            line += QLatin1Char(' ') + tr("(no holiday calendar entered for that year: weekends only)").toHtmlEscaped();
        lines << line;
    }
    return lines.join(QStringLiteral("<br>"));
}

void MediationPage::openCalendar()
{
    // Each change reaches onRecordChanged (calendar_days), which recounts the deadlines.
    CalendarDialog dialog(*m_service, this);
    dialog.exec();
}

void MediationPage::openStatistics()
{
    MediationStatisticsDialog dialog(m_db, this);
    dialog.exec();
}

void MediationPage::newCase()
{
    IntakeDialog dialog(m_db, *m_service, *m_lookups, m_session.username, m_session.displayName, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    openCase(dialog.caseId());
}

void MediationPage::openCase(const QString &caseId)
{
    // One window per case: a second one would show the case as it was and could save over the
    // first one's work.
    if (CaseDialog *open = m_openCases.value(caseId)) {
        open->raise();
        open->activateWindow();
        Q_EMIT caseOpened(open);
        return;
    }
    auto *dialog = new CaseDialog(
        m_db, *m_service, *m_lookups, caseId, mayEditRegister(m_session.role),
        [this](const MediationCase &c) { return limitsFor(c); }, [this](const MediationCase &c) { return deadlinesText(c); },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_openCases.insert(caseId, dialog);
    dialog->setActor(m_session.username);
    dialog->show();
    Q_EMIT caseOpened(dialog);
}

// Every edit, undo and redo of the workspace (and of the calendar its deadlines count on)
// reaches the list here, from the command facade.
void MediationPage::onRecordChanged(const QString &table, const QString &id)
{
    Q_UNUSED(id)
    if (table == QLatin1String("calendar_days") || table == QLatin1String("policy_values")) {
        reloadDeadlines();
        applyFilter();
        updateReminder();
        return;
    }
    if (!table.startsWith(QLatin1String("mediation_")) && table != QLatin1String("workers")
        && table != QLatin1String("employers"))
        return;
    m_model->refresh();
    updateReminder();
}

Status MediationPage::exportCurrentList(const QString &path, const std::function<bool(int)> &progress)
{
    const auto rows = m_model->allRows(progress);
    if (!rows)
        return Status::failure(tr("The export was cancelled; no file was written."));
    Table table;
    for (int c = 0; c < CasesModel::SyncColumn; ++c) // the sync state is this computer's, not the case's
        table.headers << m_model->headerData(c, Qt::Horizontal).toString();
    table.headers << tr("Collective") << tr("Workers involved") << tr("Agreed (yuan)");
    for (const CaseListRow &r : *rows) {
        table.rows.append({r.caseNo, MediationStateMachine::statusName(r.status),
                           r.nextDeadline ? r.nextDeadline->due.toString(Qt::ISODate) : QString(),
                           r.receivedOn.toString(Qt::ISODate),
                           r.applicants, r.employerName, m_lookups->codeName(QStringLiteral("dispute_type"), r.disputeType),
                           r.mediators, Money::plainYuan(r.claimedFen), Money::plainYuan(r.paidFen),
                           r.collective ? tr("yes") : tr("no"), QString::number(r.workerCount),
                           Money::plainYuan(r.agreedFen)});
    }
    return TabularFile::write(path, table);
}

void MediationPage::chooseAndExport()
{
    const QString path = FileDialogs::saveFile(this, tr("Export the case list"), tr("cases.xlsx"),
                                                      tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    // A district's list takes seconds to read: progress, and a way to stop with nothing written.
    const qint64 total = std::max(0, MediationRepository(m_db).count(m_model->filter()));
    LongTask task(this, tr("Export"), tr("Reading the cases to export…"));
    const Status s = exportCurrentList(path, [&task, total](int done) { return task.progress(done, total); });
    if (!s && !task.wasCancelled())
        QMessageBox::warning(this, tr("Export"), s.error());
}

} // namespace ud
