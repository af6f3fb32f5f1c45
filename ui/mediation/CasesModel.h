#pragma once

#include "mediation/MediationRepository.h"
#include "ui/common/PagedListModel.h"

#include <functional>
#include <optional>

namespace ud {

class CaseCounter;
class Database;
class SyncStateColumn;

// The case list as a lazily loaded table: rowCount() is the rows loaded so far; fetchMore()
// reads the next page after the last loaded row (keyset paging on MediationRepository). Empty
// until setFilter(), sort() or refresh() first loads it; refresh() reads the first page again.
// A row's id is in Qt::UserRole (and IdRole). The next-deadline column shows the earliest
// deadline still to be met (MediationDeadlines::nextFor, counted from today()), due soon and
// overdue ones with a background colour and a word, the reason in the tooltip, the state's key
// ("open", "due_soon", "overdue") in DeadlineStateRole. It cannot be sorted: the date comes from
// the working-day calendar and the payments made, counted here for the rows on screen; sorting
// by it would count it for every matching case at each keystroke.
using CaseRows = PagedListRows<CaseListRow>;

class CasesModel : public CaseRows
{
    Q_OBJECT

public:
    enum Column {
        CaseNoColumn,
        StatusColumn,
        NextDeadlineColumn,
        ReceivedColumn,
        ApplicantsColumn,
        EmployerColumn,
        DisputeTypeColumn,
        MediatorsColumn,
        ClaimedColumn,
        PaidColumn,
        SyncColumn, // the case's sync state (SyncStateColumn); empty when the node has no hub
        ColumnCount
    };

    enum Roles { DeadlineStateRole = IdRole + 1 };

    explicit CasesModel(Database &db, QObject *parent = nullptr);

    // The deadlines the next-deadline column counts with (the page's, reloaded when the calendar
    // or policy changes; null: the column stays empty), and the day it counts from (invalid, the
    // default: the computer's date). Both take effect at the next load or refresh().
    void setDeadlines(const MediationDeadlines *deadlines) { m_deadlines = deadlines; }
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const;
    // Counting on a thread of its own (CaseCounter): a reload shows its first page at once with
    // totalCount() -1 ("not known yet") when there are more pages, then countsChanged() when
    // the number is known. Off by default: the count is part of each reload.
    void setBackgroundCount(bool on);

    // Names for codes (dispute types); set by the page from its lookups.
    void setCodeNamer(std::function<QString(const QString &list, const QString &code)> namer) { m_namer = std::move(namer); }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const MediationRepository::Filter &filter() const { return m_filter; }
    void setFilter(const MediationRepository::Filter &filter);
    void refresh() override;
    const CaseListRow *rowAt(int row) const;
    // Every row the filter matches, in the current order (for export).
    QList<CaseListRow> allRows() const;
    // The same, a page at a time with `progress(rows read so far)` after each page; when progress
    // returns false the reading stops and std::nullopt is returned (an export cancelled).
    std::optional<QList<CaseListRow>> allRows(const std::function<bool(int)> &progress) const;
    bool isSortable(int column) const override;
    static std::optional<MediationRepository::Sort> sortForColumn(int column);
    // The sync column, for the view to place it (SyncStateColumn::placeIn).
    SyncStateColumn *syncColumn() const { return m_sync; }

protected:
    QList<CaseListRow> pageAfter(const CaseListRow *last, int limit) const override;
    int countAll() const override;

private:
    MediationRepository::Sort currentSort() const;

    void addDeadlines(QList<CaseListRow> &rows) const;
    void onCounted(int ticket, int count);
    QVariant deadlineData(const CaseListRow &r, int role) const;

    Database &m_db;
    MediationRepository m_repo;
    SyncStateColumn *m_sync;
    CaseCounter *m_counter = nullptr;
    mutable int m_countTicket = 0; // the count the list waits for
    const MediationDeadlines *m_deadlines = nullptr;
    QDate m_today;
    MediationRepository::Filter m_filter;
    std::function<QString(const QString &, const QString &)> m_namer;
};

} // namespace ud
