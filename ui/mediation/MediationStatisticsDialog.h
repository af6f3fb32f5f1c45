#pragma once

#include "core/Result.h"
#include "core/StatisticsPeriod.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ud {

class Database;
struct MediationFigures;

// 调解统计 in the workspace: the figures unions report upward (MediationStatistics) for a month,
// quarter, half-year, year or any range of days, by dispute type and by source, referrals and
// receptions by kind, and export of
// what is shown to CSV, XLSX or JSON. The tables show MediationStatisticsExport::table(), the
// same sheet `uniondesk-cli report mediation` writes, so the figures are identical by
// construction. The UI never runs SQL.
class MediationStatisticsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MediationStatisticsDialog(Database &db, QWidget *parent = nullptr);
    ~MediationStatisticsDialog() override;

    // The period the controls describe (invalid with a message in the dialog when a custom
    // range is impossible).
    StatisticsPeriod period() const { return m_period; }
    // Writes the figures shown to `path`; the format follows the suffix (.csv, .xlsx, .json).
    Status exportTo(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillParts();
    void recompute();
    void display(const MediationFigures &figures);
    void chooseAndExport();

    Database &m_db;
    StatisticsPeriod m_period;
    std::unique_ptr<MediationFigures> m_figures;
    QComboBox *m_kind;
    QSpinBox *m_year;
    QComboBox *m_part;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_periodLabel;
    QLabel *m_error;
    QTableWidget *m_summary;
    QTableWidget *m_byType;
    QTableWidget *m_bySource;
    QTableWidget *m_referrals;
    QTableWidget *m_receptions;
    QPushButton *m_export;
    QPushButton *m_close;
};

} // namespace ud
