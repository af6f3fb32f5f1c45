#include "ui/mediation/MediationStatisticsDialog.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/LongTask.h"

#include "mediation/MediationStatistics.h"
#include "mediation/MediationStatisticsExport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ud {

namespace {

using Kind = StatisticsPeriod::Kind;

// Paints a bar behind a number, as long as the number's share of the column's largest (stored
// in Qt::UserRole, 0..1): the groups compared at a glance without a chart library.
class ShareBarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const double share = index.data(Qt::UserRole).toDouble();
        if (share > 0) {
            QRect bar = option.rect.adjusted(3, 4, -3, -4);
            bar.setLeft(bar.right() - static_cast<int>(bar.width() * std::min(share, 1.0)));
            painter->fillRect(bar, QColor(0xc6, 0xdb, 0xef));
        }
        QStyledItemDelegate::paint(painter, option, index);
    }
};

QTableWidgetItem *cell(const QString &text, bool number)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// A count or an amount of the sheet ("1,234.56") as a number, for the share bars.
double amount(const QString &text)
{
    return QString(text).remove(QLatin1Char(',')).toDouble();
}

// One block of MediationStatisticsExport::table(): a heading row (title, code, accepted,
// succeeded, recovered), then a row per group; the code column is hidden. Numbers in columns
// 2..4 get their share bar.
void fillGroups(QTableWidget *table, const QStringList &heading, const QList<QStringList> &rows)
{
    table->clear();
    table->setColumnCount(static_cast<int>(heading.size()));
    table->setHorizontalHeaderLabels(heading);
    table->setRowCount(static_cast<int>(rows.size()));
    QList<double> largest(heading.size(), 0.0);
    for (const QStringList &row : rows)
        for (int c = 2; c < row.size() && c < largest.size(); ++c)
            largest[c] = std::max(largest[c], amount(row.at(c)));
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        for (int c = 0; c < row.size() && c < heading.size(); ++c) {
            QTableWidgetItem *item = cell(row.at(c), c >= 2);
            if (c >= 2 && largest.at(c) > 0)
                item->setData(Qt::UserRole, amount(row.at(c)) / largest.at(c));
            table->setItem(r, c, item);
        }
    }
    // The codes (written_application) are for the exported sheet; people read the names.
    table->setColumnHidden(1, true);
    table->resizeColumnsToContents();
    // Wide enough for the bars of the counts to be compared.
    const int minimum = table->fontMetrics().horizontalAdvance(QChar(0x4E2D)) * 6;
    for (int c = 2; c < table->columnCount() - 1; ++c)
        table->setColumnWidth(c, std::max(table->columnWidth(c), minimum));
}

} // namespace

MediationStatisticsDialog::MediationStatisticsDialog(Database &db, QWidget *parent)
    : QDialog(parent),
      m_db(db),
      m_kind(new QComboBox(this)),
      m_year(new QSpinBox(this)),
      m_part(new QComboBox(this)),
      m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)),
      m_periodLabel(new QLabel(this)),
      m_error(new QLabel(this)),
      m_summary(new QTableWidget(this)),
      m_byType(new QTableWidget(this)),
      m_bySource(new QTableWidget(this)),
      m_referrals(new QTableWidget(this)),
      m_receptions(new QTableWidget(this)),
      m_export(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("mediationStatisticsDialog"));
    m_kind->setObjectName(QStringLiteral("statsPeriodKind"));
    m_year->setObjectName(QStringLiteral("statsYear"));
    m_part->setObjectName(QStringLiteral("statsPart"));
    m_from->setObjectName(QStringLiteral("statsFrom"));
    m_to->setObjectName(QStringLiteral("statsTo"));
    m_periodLabel->setObjectName(QStringLiteral("statsPeriodLabel"));
    m_error->setObjectName(QStringLiteral("statsError"));
    m_summary->setObjectName(QStringLiteral("statsSummary"));
    m_byType->setObjectName(QStringLiteral("statsByDisputeType"));
    m_bySource->setObjectName(QStringLiteral("statsBySource"));
    m_referrals->setObjectName(QStringLiteral("statsReferrals"));
    m_receptions->setObjectName(QStringLiteral("statsReceptions"));
    m_export->setObjectName(QStringLiteral("statsExport"));
    m_close->setObjectName(QStringLiteral("statsClose"));

    const QDate today = QDate::currentDate();
    m_year->setRange(2000, 2100);
    m_year->setValue(today.year());
    m_year->setKeyboardTracking(false); // compute once the number is typed, not per digit
    for (QDateEdit *d : {m_from, m_to}) {
        d->setKeyboardTracking(false);
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setDate(QDate(today.year(), today.month(), 1));
    m_to->setDate(today);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    QFont bold = m_periodLabel->font();
    bold.setBold(true);
    m_periodLabel->setFont(bold);
    auto *barDelegate = new ShareBarDelegate(this);
    for (QTableWidget *t : {m_summary, m_byType, m_bySource, m_referrals, m_receptions}) {
        t->verticalHeader()->hide();
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->horizontalHeader()->setStretchLastSection(true);
        t->setWordWrap(false);
        t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    }
    for (QTableWidget *t : {m_byType, m_bySource, m_referrals, m_receptions})
        t->setItemDelegate(barDelegate);

    auto *period = new QHBoxLayout;
    period->addWidget(m_kind);
    period->addWidget(m_year);
    period->addWidget(m_part);
    period->addWidget(m_from);
    period->addWidget(m_to);
    period->addSpacing(12);
    period->addWidget(m_periodLabel, 1);
    auto *groups = new QVBoxLayout;
    groups->addWidget(m_byType, 3);
    groups->addWidget(m_bySource, 2);
    auto *kinds = new QHBoxLayout;
    kinds->addWidget(m_referrals, 3);
    kinds->addWidget(m_receptions, 2);
    groups->addLayout(kinds, 2);
    auto *tables = new QHBoxLayout;
    tables->addWidget(m_summary, 2);
    tables->addLayout(groups, 3);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(m_error);
    layout->addLayout(tables, 1);
    layout->addWidget(buttons);

    retranslate(); // fills the kinds (the first is Year) and the parts
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillParts();
        recompute();
    });
    connect(m_year, &QSpinBox::valueChanged, this, [this] {
        fillParts();
        recompute();
    });
    connect(m_part, &QComboBox::currentIndexChanged, this, &MediationStatisticsDialog::recompute);
    connect(m_from, &QDateEdit::dateChanged, this, &MediationStatisticsDialog::recompute);
    connect(m_to, &QDateEdit::dateChanged, this, &MediationStatisticsDialog::recompute);
    connect(m_export, &QPushButton::clicked, this, &MediationStatisticsDialog::chooseAndExport);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    resize(1150, 760);
    recompute();
}

MediationStatisticsDialog::~MediationStatisticsDialog() = default;

void MediationStatisticsDialog::retranslate()
{
    setWindowTitle(tr("Mediation statistics"));
    {
        const QSignalBlocker block(m_kind);
        const QVariant current = m_kind->currentData();
        m_kind->clear();
        m_kind->addItem(tr("Year"), static_cast<int>(Kind::Year));
        m_kind->addItem(tr("Half-year"), static_cast<int>(Kind::HalfYear));
        m_kind->addItem(tr("Quarter"), static_cast<int>(Kind::Quarter));
        m_kind->addItem(tr("Month"), static_cast<int>(Kind::Month));
        m_kind->addItem(tr("Any days"), static_cast<int>(Kind::Custom));
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(current)));
    }
    m_export->setText(tr("E&xport…"));
    m_close->setText(tr("Close"));
    fillParts();
    if (m_figures)
        display(*m_figures);
}

void MediationStatisticsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

// The halves, quarters or months of the chosen year, named as the report names the period.
void MediationStatisticsDialog::fillParts()
{
    const auto kind = static_cast<Kind>(m_kind->currentData().toInt());
    const int year = m_year->value();
    const int current = m_part->currentIndex();
    const QSignalBlocker block(m_part);
    m_part->clear();
    if (kind == Kind::HalfYear)
        for (int h = 1; h <= 2; ++h)
            m_part->addItem(StatisticsPeriod::halfYear(year, h).label());
    else if (kind == Kind::Quarter)
        for (int q = 1; q <= 4; ++q)
            m_part->addItem(StatisticsPeriod::quarter(year, q).label());
    else if (kind == Kind::Month)
        for (int m = 1; m <= 12; ++m)
            m_part->addItem(StatisticsPeriod::month(year, m).label());
    if (m_part->count() > 0) {
        const QDate today = QDate::currentDate();
        const int now = kind == Kind::HalfYear ? (today.month() - 1) / 6 : kind == Kind::Quarter ? (today.month() - 1) / 3 : today.month() - 1;
        m_part->setCurrentIndex(current >= 0 && current < m_part->count() ? current : now);
    }
    m_part->setVisible(m_part->count() > 0);
    m_year->setVisible(kind != Kind::Custom);
    m_from->setVisible(kind == Kind::Custom);
    m_to->setVisible(kind == Kind::Custom);
}

void MediationStatisticsDialog::recompute()
{
    const auto kind = static_cast<Kind>(m_kind->currentData().toInt());
    const int year = m_year->value();
    const int part = m_part->currentIndex() + 1;
    QString problem;
    switch (kind) {
    case Kind::Year: m_period = StatisticsPeriod::year(year); break;
    case Kind::HalfYear: m_period = StatisticsPeriod::halfYear(year, part); break;
    case Kind::Quarter: m_period = StatisticsPeriod::quarter(year, part); break;
    case Kind::Month: m_period = StatisticsPeriod::month(year, part); break;
    case Kind::Custom:
    case Kind::Invalid: {
        auto range = StatisticsPeriod::range(m_from->date(), m_to->date());
        m_period = range ? range.value() : StatisticsPeriod();
        if (!range)
            problem = range.error();
        break;
    }
    }
    // Rarely long (a year of a district's 100,000 cases: under 0.2 s), so the dialog of LongTask
    // seldom appears; when it does, Cancel keeps the figures shown before, with a note.
    LongTask task(this, tr("Mediation statistics"), tr("Counting the cases of %1…").arg(m_period.label()));
    Result<MediationFigures> figures = m_period.isValid()
        ? MediationStatistics(m_db).compute(m_period, {}, task.callback())
        : Result<MediationFigures>::failure(problem.isEmpty() ? tr("Choose a period.") : problem);
    if (!figures && task.wasCancelled() && m_figures) {
        m_error->setText(tr("Cancelled: the figures shown are still those of %1.").arg(m_figures->period.label()));
        m_error->show();
        return;
    }
    if (!figures) {
        m_figures.reset();
        m_error->setText(figures.error());
        m_error->show();
        m_periodLabel->clear();
        for (QTableWidget *t : {m_summary, m_byType, m_bySource, m_referrals, m_receptions})
            t->setRowCount(0);
        m_export->setEnabled(false);
        return;
    }
    m_error->hide();
    m_figures = std::make_unique<MediationFigures>(figures.take());
    m_export->setEnabled(true);
    display(*m_figures);
}

void MediationStatisticsDialog::display(const MediationFigures &figures)
{
    m_periodLabel->setText(tr("%1: %2 to %3")
                               .arg(figures.period.label(), figures.period.from().toString(Qt::ISODate),
                                    figures.period.to().toString(Qt::ISODate)));
    // The sheet the CLI writes: the figures until the first blank row (without the report's
    // title row), then a block per dispute type, per source, per referral kind and per
    // reception kind.
    constexpr int kBlocks = 5;
    const Table sheet = MediationStatisticsExport::table(figures);
    QList<QStringList> blocks[kBlocks];
    QStringList headings[kBlocks] = {sheet.headers};
    int block = 0;
    for (qsizetype i = 1; i < sheet.rows.size(); ++i) {
        const QStringList &row = sheet.rows.at(i);
        if (row.isEmpty() || (row.size() == 1 && row.first().isEmpty())) {
            if (block < kBlocks - 1 && i + 1 < sheet.rows.size()) {
                ++block;
                headings[block] = sheet.rows.at(++i);
            }
            continue;
        }
        blocks[block].append(row);
    }
    m_summary->clear();
    m_summary->setColumnCount(2);
    m_summary->setHorizontalHeaderLabels(headings[0]);
    m_summary->setRowCount(static_cast<int>(blocks[0].size()));
    for (int r = 0; r < blocks[0].size(); ++r) {
        m_summary->setItem(r, 0, cell(blocks[0].at(r).value(0), false));
        m_summary->setItem(r, 1, cell(blocks[0].at(r).value(1), r >= 4)); // after period, dates, org units
    }
    m_summary->resizeColumnToContents(0);
    fillGroups(m_byType, headings[1], blocks[1]);
    fillGroups(m_bySource, headings[2], blocks[2]);
    fillGroups(m_referrals, headings[3], blocks[3]);
    fillGroups(m_receptions, headings[4], blocks[4]);
}

Status MediationStatisticsDialog::exportTo(const QString &path)
{
    if (!m_figures)
        return Status::failure(tr("There are no figures to export: choose a valid period first."));
    const auto format = MediationStatisticsExport::formatFromName(QFileInfo(path).suffix());
    if (!format)
        return Status::failure(tr("Choose a file name ending in .csv, .xlsx or .json."));
    return MediationStatisticsExport::write(*m_figures, *format, path);
}

void MediationStatisticsDialog::chooseAndExport()
{
    const QString suggested = tr("mediation-statistics-%1.xlsx").arg(m_figures ? m_figures->period.key() : m_period.key());
    const QString path = FileDialogs::saveFile(this, tr("Export the statistics"), suggested,
                                                      tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (Status s = exportTo(path); !s) {
        m_error->setText(s.error());
        m_error->show();
        return;
    }
    m_error->hide();
}

} // namespace ud
