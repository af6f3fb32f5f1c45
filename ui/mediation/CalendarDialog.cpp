#include "ui/mediation/CalendarDialog.h"

#include "core/DisplayFormat.h"
#include "mediation/MediationCommands.h"

#include <QColor>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ud {

namespace {

const QString kErrorStyle = QStringLiteral("color: #b00020;");
const QString kWarningStyle = QStringLiteral("color: #8a5a00;");
constexpr int kMinYear = 2000;
constexpr int kMaxYear = 2100;

} // namespace

CalendarDialog::CalendarDialog(MediationCommands &commands, QWidget *parent)
    : QDialog(parent), m_commands(commands)
{
    setObjectName(QStringLiteral("calendarDialog"));
    setWindowTitle(tr("Holidays and adjusted working days"));

    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("calendarYear"));
    m_year->setRange(kMinYear, kMaxYear);
    m_year->setValue(qBound(kMinYear, QDate::currentDate().year(), kMaxYear));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("calendarSummary"));
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    auto *top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("calendarWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(kWarningStyle);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("calendarTable"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Day"), tr("Type"), tr("Name")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("calendarDate"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setDate(QDate(m_year->value(), 1, 1));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("calendarKind"));
    m_kind->addItem(tr("Public holiday (day off)"), WorkCalendar::kindKey(WorkCalendar::Kind::Holiday));
    m_kind->addItem(tr("Adjusted working day (weekend worked)"), WorkCalendar::kindKey(WorkCalendar::Kind::Workday));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("calendarName"));
    m_name->setPlaceholderText(tr("e.g. Spring Festival"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("calendarReason"));
    m_reason->setPlaceholderText(tr("e.g. the State Council notice the dates come from"));
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("calendarAdd"));
    m_change = new QPushButton(tr("&Save changes"), this);
    m_change->setObjectName(QStringLiteral("calendarChange"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("calendarRemove"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("calendarError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(kErrorStyle);

    auto *editor = new QGroupBox(tr("Entry"), this);
    m_editor = editor;
    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Type:"), m_kind);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Reason for the &change:"), m_reason);
    auto *buttonsRow = new QHBoxLayout;
    buttonsRow->addWidget(m_add);
    buttonsRow->addWidget(m_change);
    buttonsRow->addWidget(m_remove);
    buttonsRow->addStretch(1);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->addLayout(form);
    editorLayout->addLayout(buttonsRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("calendarButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &CalendarDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_warning);
    layout->addWidget(m_table, 1);
    layout->addWidget(editor);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_year, &QSpinBox::valueChanged, this, [this](int y) {
        if (m_date->date().year() != y)
            m_date->setDate(QDate(y, 1, 1));
        m_error->clear();
        reload();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CalendarDialog::showSelected);
    connect(m_add, &QPushButton::clicked, this, &CalendarDialog::addEntry);
    connect(m_change, &QPushButton::clicked, this, &CalendarDialog::changeEntry);
    connect(m_remove, &QPushButton::clicked, this, &CalendarDialog::removeEntry);

    reload();
    resize(640, 620);
}

int CalendarDialog::year() const
{
    return m_year->value();
}

void CalendarDialog::setYear(int year)
{
    m_year->setValue(year); // reloads through valueChanged (or not at all when unchanged)
}

void CalendarDialog::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_editor->setVisible(!readOnly);
    updateButtons();
}

const CalendarOverride *CalendarDialog::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size() || !m_table->item(row, DateColumn)->isSelected())
        return nullptr;
    return &m_rows.at(row);
}

WorkCalendar::Kind CalendarDialog::formKind() const
{
    return WorkCalendar::kindFromKey(m_kind->currentData().toString()).value_or(WorkCalendar::Kind::Holiday);
}

void CalendarDialog::reload()
{
    const int y = m_year->value();
    auto rows = m_commands.calendar().overrides(y);
    m_rows = rows ? rows.value() : QList<CalendarOverride>();
    if (!rows)
        showError(rows.error());

    const QSignalBlocker blocker(m_table);
    m_table->clearContents();
    m_table->setRowCount(static_cast<int>(m_rows.size()));
    const QLocale locale;
    int holidays = 0;
    for (int r = 0; r < m_rows.size(); ++r) {
        const CalendarOverride &o = m_rows.at(r);
        const bool workday = o.kind == WorkCalendar::Kind::Workday;
        holidays += workday ? 0 : 1;
        auto *date = new QTableWidgetItem(DisplayFormat::date(o.day));
        date->setData(Qt::UserRole, o.id);
        m_table->setItem(r, DateColumn, date);
        m_table->setItem(r, WeekdayColumn, new QTableWidgetItem(locale.dayName(o.day.dayOfWeek(), QLocale::ShortFormat)));
        m_table->setItem(r, KindColumn, new QTableWidgetItem(workday ? tr("Working day") : tr("Holiday")));
        m_table->setItem(r, NameColumn, new QTableWidgetItem(o.name));
        if (workday)
            for (int c = 0; c < ColumnCount; ++c)
                m_table->item(r, c)->setForeground(QColor(0x1a, 0x5f, 0xb4));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);

    const int workdays = static_cast<int>(m_rows.size()) - holidays;
    m_summary->setText(tr("%1 days off, %2 adjusted working days").arg(holidays).arg(workdays));
    m_warning->setText(tr("No public holidays or adjusted working days are entered for %1. Until they are, "
                          "deadlines counted in working days treat every Monday to Friday of %1 as a working day.")
                           .arg(y));
    m_warning->setVisible(m_rows.isEmpty());
    updateButtons();
}

void CalendarDialog::selectDay(const QDate &day)
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).day == day) {
            m_table->selectRow(r);
            m_table->scrollToItem(m_table->item(r, DateColumn));
            return;
        }
}

void CalendarDialog::showSelected()
{
    if (const CalendarOverride *o = selected()) {
        m_date->setDate(o->day);
        m_kind->setCurrentIndex(qMax(0, m_kind->findData(WorkCalendar::kindKey(o->kind))));
        m_name->setText(o->name);
    }
    updateButtons();
}

void CalendarDialog::updateButtons()
{
    const bool hasSelection = selected() != nullptr;
    m_add->setEnabled(!m_readOnly);
    m_change->setEnabled(!m_readOnly && hasSelection);
    m_remove->setEnabled(!m_readOnly && hasSelection);
}

void CalendarDialog::showError(const QString &message)
{
    m_error->setText(message);
}

void CalendarDialog::addEntry()
{
    m_error->clear();
    const QDate day = m_date->date();
    auto added = m_commands.addCalendarDay(day, formKind(), m_name->text(), m_reason->text());
    if (!added) {
        showError(added.error());
        return;
    }
    if (day.year() != m_year->value())
        setYear(day.year());
    else
        reload();
    selectDay(day);
    emit calendarChanged();
}

void CalendarDialog::changeEntry()
{
    m_error->clear();
    const CalendarOverride *o = selected();
    if (!o)
        return;
    if (m_date->date() != o->day) {
        showError(tr("The date of an entry cannot be changed. Remove it and add the new date."));
        return;
    }
    const QDate day = o->day;
    auto changed = m_commands.changeCalendarDay(*o, formKind(), m_name->text(), m_reason->text());
    if (!changed) {
        showError(changed.error());
        return;
    }
    reload();
    selectDay(day);
    emit calendarChanged();
}

void CalendarDialog::removeEntry()
{
    m_error->clear();
    const CalendarOverride *o = selected();
    if (!o)
        return;
    if (Status s = m_commands.removeCalendarDay(*o, m_reason->text()); !s) {
        showError(s.error());
        return;
    }
    reload(); // nothing stays selected, so a second click cannot remove the next entry by accident
    emit calendarChanged();
}

} // namespace ud
