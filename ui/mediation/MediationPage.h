#pragma once

#include "mediation/MediationStateMachine.h"
#include "storage/Accounts.h"
#include "mediation/MediationRepository.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace ud {

class CaseFilterNote;
class CasesModel;
class EmptyListNote;
class CommandFacade;
class Database;
class CaseDialog;
class MediationDeadlines;
class MediationCommands;
class CodeListCache;

// The mediation workspace (劳动争议调解): the case list with its filters (status, dispute type,
// mediator, date range, deadlines due soon or passed, collective) and full-text search, new cases (intake), the
// case file, and export of the current list. The UI never runs SQL.
class MediationPage : public QWidget
{
    Q_OBJECT

public:
    MediationPage(Database &db, CommandFacade &commands, const Session &session, QWidget *parent = nullptr);
    ~MediationPage() override;

    CasesModel *model() const { return m_model; }
    // The workspace's edits, each through the command facade.
    MediationCommands &service() { return *m_service; }
    const CodeListCache &lookups() const { return *m_lookups; }
    // Opens the case file (non-modal in the app; tests call it and drive the dialog).
    void openCase(const QString &caseId);
    const MediationDeadlines &deadlines() const { return *m_deadlines; }
    // How many open cases are overdue today, and how many have a deadline within the policy's
    // "due soon" days or already passed (for the start-up reminder).
    int overdueCount() const;
    int dueSoonOrOverdueCount() const;
    // Writes the list as the filters show it, every row; `progress(rows read)` after each page of
    // reading may return false to cancel, and then nothing is written.
    Status exportCurrentList(const QString &path, const std::function<bool(int)> &progress = {});
    MediationStateMachine::Limits limitsFor(const MediationCase &c) const;
    QString deadlinesText(const MediationCase &c) const;

Q_SIGNALS:
    void caseOpened(QWidget *dialog);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFilter();
    void newCase();
    void chooseAndExport();
    void onRecordChanged(const QString &table, const QString &id);
    void fillStatusFilter();
    void updateReminder();
    // The filters on, described, for the note above the list and the empty list's message.
    QStringList activeFilters() const;
    void updateListNotes();
    void showAllCases();
    void reloadDeadlines();
    // Cases with an open deadline before `day` (overdue: before today).
    MediationRepository::Filter deadlineFilter(const QDate &day) const;
    QDate dueSoonLimit() const;
    void openCalendar();
    void openStatistics();

    Database &m_db;
    CommandFacade &m_commands;
    Session m_session;
    std::unique_ptr<CodeListCache> m_lookups;
    std::unique_ptr<MediationCommands> m_service;
    std::unique_ptr<MediationDeadlines> m_deadlines;
    CasesModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_type;
    QLineEdit *m_mediator;
    QCheckBox *m_useDates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_deadline; // all cases / due soon or overdue / overdue
    QCheckBox *m_collective;
    QPushButton *m_new;
    QPushButton *m_export;
    QPushButton *m_calendar;
    QPushButton *m_statistics;
    QLabel *m_count;
    QPushButton *m_reminder;
    bool m_reminderShowsOverdue = false;
    QHash<QString, QPointer<CaseDialog>> m_openCases; // case id -> its open window
    QTableView *m_view;
    CaseFilterNote *m_filterNote;
    EmptyListNote *m_emptyNote;
    QTimer *m_filterTimer;
};

} // namespace ud
