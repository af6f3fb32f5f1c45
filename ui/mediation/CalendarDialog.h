#pragma once

#include "core/WorkCalendar.h"
#include "storage/CalendarRepository.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ud {

class MediationCommands;

// View and edit one year of the working-day calendar: the public holidays and the adjusted
// working days (调休) mediation deadlines are counted on. Shows a warning when the year has no
// entries at all (the State Council notice has not been entered). Every change goes through
// MediationCommands (CalendarRepository through the command facade), so it is one audited,
// undoable record write carrying the reason typed in the dialog; the dialog runs no SQL.
//
// Use: `CalendarDialog dialog(mediationCommands, parent); dialog.setYear(2027); dialog.exec();`
// Connect calendarChanged() to refresh anything that shows deadlines. Call setReadOnly(true)
// for users who may look but not edit (only administrators should change the calendar; the
// caller decides, as for other reference data).
//
// Controls (objectName): calendarYear, calendarSummary, calendarWarning, calendarTable,
// calendarDate, calendarKind, calendarName, calendarReason, calendarAdd, calendarChange,
// calendarRemove, calendarError, calendarButtons.
class CalendarDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { DateColumn, WeekdayColumn, KindColumn, NameColumn, ColumnCount };

    explicit CalendarDialog(MediationCommands &commands, QWidget *parent = nullptr);

    int year() const;
    void setYear(int year);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

signals:
    // After an entry was added, changed or removed.
    void calendarChanged();

private:
    void reload();
    void selectDay(const QDate &day);
    void showSelected();
    void updateButtons();
    void addEntry();
    void changeEntry();
    void removeEntry();
    void showError(const QString &message);
    const CalendarOverride *selected() const;
    WorkCalendar::Kind formKind() const;

    MediationCommands &m_commands;
    QList<CalendarOverride> m_rows;
    bool m_readOnly = false;

    QSpinBox *m_year;
    QLabel *m_summary;
    QLabel *m_warning;
    QTableWidget *m_table;
    QDateEdit *m_date;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_reason;
    QPushButton *m_add;
    QPushButton *m_change;
    QPushButton *m_remove;
    QLabel *m_error;
    QWidget *m_editor;
};

} // namespace ud
