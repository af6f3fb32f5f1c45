#include "ui/mediation/CasesModel.h"

#include "mediation/MediationStateMachine.h"
#include "storage/Database.h"
#include "ui/mediation/CaseCounter.h"
#include "ui/mediation/MediationTerms.h"
#include "ui/sync/SyncStateColumn.h"
#include "core/DisplayFormat.h"
#include "core/Money.h"

#include <QBrush>
#include <QColor>
#include <QPalette>

namespace ud {

CasesModel::CasesModel(Database &db, QObject *parent) : CaseRows(parent), m_db(db), m_repo(db),
      m_sync(new SyncStateColumn(db, QStringLiteral("mediation_cases"), this, SyncColumn,
                                 [this](int row) { return idAt(row); }, 100))
{
    m_sortColumn = ReceivedColumn;
    m_sortOrder = Qt::DescendingOrder;
    // A page is more than a window shows (some 40 rows at 1920×1080); each row costs its summaries
    // and its deadlines, so a page of 100 keeps a keystroke within 50 ms of CPU at 100,000 cases
    // (bench_mediation (e)).
    setPageSize(100);
}

int CasesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CaseListRow *CasesModel::rowAt(int row) const
{
    return rowPtr(row);
}

QVariant CasesModel::data(const QModelIndex &index, int role) const
{
    const CaseListRow *r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    if (role == Qt::TextAlignmentRole && (index.column() == ClaimedColumn || index.column() == PaidColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole || role == IdRole)
        return r->id;
    if (index.column() == NextDeadlineColumn)
        return deadlineData(*r, role);
    if (index.column() == SyncColumn)
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(m_sync->text(index.row())) : QVariant();
    if (role == Qt::ToolTipRole && index.column() == ApplicantsColumn && r->collective)
        return tr("Collective dispute, %1 workers", nullptr, r->workerCount).arg(DisplayFormat::count(r->workerCount));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CaseNoColumn: return r->caseNo;
    case StatusColumn: return MediationStateMachine::statusName(r->status);
    case ReceivedColumn: return DisplayFormat::date(r->receivedOn);
    case ApplicantsColumn:
        return r->collective ? tr("%1 (collective)").arg(r->applicants) : r->applicants;
    case EmployerColumn: return r->employerName;
    case DisputeTypeColumn: return m_namer ? m_namer(QStringLiteral("dispute_type"), r->disputeType) : r->disputeType;
    case MediatorsColumn: return r->mediators;
    case ClaimedColumn: return Money::formatYuan(r->claimedFen);
    case PaidColumn: return r->agreedFen > 0 ? tr("%1 of %2").arg(Money::formatYuan(r->paidFen), Money::formatYuan(r->agreedFen))
                                             : QString();
    default: return {};
    }
}

QVariant CasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    // The case's own fields by their one list of labels (MediationTerms), as its dialog names them.
    case CaseNoColumn: return MediationTerms::caseFieldLabel(QStringLiteral("case_no"));
    case StatusColumn: return MediationTerms::caseFieldLabel(QStringLiteral("status"));
    case NextDeadlineColumn: return tr("Next deadline");
    case ReceivedColumn: return MediationTerms::caseFieldLabel(QStringLiteral("received_on"));
    case ApplicantsColumn: return tr("Applicants");
    case EmployerColumn: return MediationTerms::caseFieldLabel(QStringLiteral("employer_id"));
    case DisputeTypeColumn: return MediationTerms::caseFieldLabel(QStringLiteral("dispute_type"));
    case MediatorsColumn: return MediationTerms::caseFieldLabel(QStringLiteral("mediators"));
    case ClaimedColumn: return tr("Claimed (yuan)");
    case PaidColumn: return tr("Paid of agreed (yuan)");
    case SyncColumn: return tr("Sync");
    default: return {};
    }
}

std::optional<MediationRepository::Sort> CasesModel::sortForColumn(int column)
{
    using Sort = MediationRepository::Sort;
    switch (column) {
    case CaseNoColumn: return Sort::CaseNo;
    case StatusColumn: return Sort::Status;
    case ReceivedColumn: return Sort::ReceivedOn;
    case EmployerColumn: return Sort::Employer;
    default: return std::nullopt;
    }
}

bool CasesModel::isSortable(int column) const
{
    return sortForColumn(column).has_value();
}

MediationRepository::Sort CasesModel::currentSort() const
{
    return sortForColumn(m_sortColumn).value_or(MediationRepository::Sort::ReceivedOn);
}

void CasesModel::setFilter(const MediationRepository::Filter &filter)
{
    m_filter = filter;
    reload(0);
}

void CasesModel::refresh()
{
    // The first page again, however many pages were loaded before.
    reload(0);
}

QDate CasesModel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

QVariant CasesModel::deadlineData(const CaseListRow &r, int role) const
{
    if (!r.nextDeadline)
        return {};
    const Deadline &d = *r.nextDeadline;
    const bool overdue = d.state == DeadlineState::Overdue;
    const bool dueSoon = d.state == DeadlineState::DueSoon;
    switch (role) {
    case Qt::DisplayRole: {
        const QString date = DisplayFormat::date(d.due);
        // A word besides the colour: the state must not be told by colour alone.
        if (overdue)
            return tr("%1 overdue").arg(date);
        if (dueSoon)
            return tr("%1 due soon").arg(date);
        return date;
    }
    case Qt::ToolTipRole: {
        QString tip = tr("%1 %2: %3").arg(d.label, DisplayFormat::date(d.due), d.basis);
        const int left = d.daysLeft(today());
        if (overdue)
            tip += QLatin1Char('\n') + tr("Overdue by %n day(s).", nullptr, -left);
        else if (dueSoon)
            tip += QLatin1Char('\n') + (left == 0 ? tr("Due today.") : tr("Due in %n day(s).", nullptr, left));
        if (d.calendarMissing)
            tip += QLatin1Char('\n') + tr("No holiday calendar entered for that year: weekends only.");
        return tip;
    }
    case Qt::BackgroundRole:
        if (overdue)
            return QBrush(QColor(0xf8, 0xd7, 0xda));
        if (dueSoon)
            return QBrush(QColor(0xff, 0xf3, 0xcd));
        return {};
    case Qt::ForegroundRole:
        // Dark text on the light highlight, whatever the palette (a dark theme's text is light).
        return overdue || dueSoon ? QVariant(QBrush(QColor(0x21, 0x21, 0x21))) : QVariant();
    case DeadlineStateRole: return MediationDeadlines::stateKey(d.state);
    default: return {};
    }
}

void CasesModel::addDeadlines(QList<CaseListRow> &rows) const
{
    if (!m_deadlines || rows.isEmpty())
        return;
    QStringList ids;
    ids.reserve(rows.size());
    for (const CaseListRow &r : std::as_const(rows))
        ids << r.id;
    const QHash<QString, MediationCase> facts = m_repo.deadlineFacts(ids);
    const QDate day = today();
    for (CaseListRow &r : rows) {
        const auto c = facts.constFind(r.id);
        r.nextDeadline = c == facts.cend() ? std::nullopt : m_deadlines->nextFor(*c, day);
    }
}

QList<CaseListRow> CasesModel::pageAfter(const CaseListRow *last, int limit) const
{
    const auto sort = currentSort();
    const MediationRepository::PageKey after = last ? MediationRepository::keyOf(*last, sort) : MediationRepository::PageKey{};
    QList<CaseListRow> rows = m_repo.page(m_filter, sort, m_sortOrder, after, limit);
    addDeadlines(rows);
    return rows;
}

void CasesModel::setBackgroundCount(bool on)
{
    if (on == (m_counter != nullptr))
        return;
    if (!on) {
        delete m_counter;
        m_counter = nullptr;
        return;
    }
    m_counter = new CaseCounter(m_db.path(), this);
    connect(m_counter, &CaseCounter::counted, this, &CasesModel::onCounted);
}

int CasesModel::countAll() const
{
    if (!m_counter)
        return m_repo.count(m_filter);
    m_countTicket = m_counter->request(m_filter);
    return -1; // known when onCounted() hears of it
}

void CasesModel::onCounted(int ticket, int count)
{
    if (ticket != m_countTicket || m_total >= 0)
        return; // an older filter's count, or the list was read to its end since
    m_total = count >= 0 ? count : m_repo.count(m_filter);
    Q_EMIT countsChanged();
}

QList<CaseListRow> CasesModel::allRows() const
{
    constexpr int kExportPage = 1000;
    return everyRow(kExportPage);
}

std::optional<QList<CaseListRow>> CasesModel::allRows(const std::function<bool(int)> &progress) const
{
    constexpr int kExportPage = 1000;
    QList<CaseListRow> out;
    for (;;) {
        const QList<CaseListRow> page = pageAfter(out.isEmpty() ? nullptr : &out.constLast(), kExportPage);
        out += page;
        if (progress && !progress(int(out.size())))
            return std::nullopt;
        if (page.size() < kExportPage)
            return out;
    }
}

} // namespace ud
