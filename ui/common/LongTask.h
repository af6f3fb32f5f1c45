#pragma once

#include "core/Progress.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QString>

class QDialog;
class QLabel;
class QProgressBar;
class QPushButton;
class QWidget;

namespace ud {

// Long work in the GUI thread (an import, a backup, a report over years) with a modal progress
// dialog and a Cancel button. The work runs in line and calls progress() — or the function
// callback() returns, of the type app/ code takes — now and then; the dialog appears only when
// the work is still running after showDelayMs, so quick work does not flash a window. The
// callback keeps the window painting (events are processed; user input only once the modal
// dialog is up, so nothing else can be clicked meanwhile) and returns false once the user
// pressed Cancel (or Esc): the work then stops and leaves nothing half-written, which is the
// work's own promise.
//
//   LongTask task(this, tr("Import"), tr("Importing the rows…"));
//   const auto result = importer.importFile(path, task.callback());
//   if (task.wasCancelled()) ...
//
// The dialog is "longTaskProgress", its button "longTaskCancel", its bar "longTaskBar".
class LongTask
{
    Q_DECLARE_TR_FUNCTIONS(LongTask)

public:
    static constexpr int kShowDelayMs = 400;

    LongTask(QWidget *parent, const QString &title, const QString &label, int showDelayMs = kShowDelayMs);
    ~LongTask();
    LongTask(const LongTask &) = delete;
    LongTask &operator=(const LongTask &) = delete;

    // `done` of `total` units (total 0: not known, the bar only moves); false = cancelled.
    bool progress(qint64 done, qint64 total);
    // progress() as a ud::Progress for app/ code; valid while this object lives.
    Progress callback();
    // A new line for the next stage of the work ("Checking the backup…").
    void setLabel(const QString &label);

    bool wasCancelled() const { return m_cancelled; }
    // The dialog, made on the first call of progress() (for tests; null before).
    QDialog *dialog() const { return m_dialog; }

private:
    void makeDialog();
    void cancel();

    QPointer<QWidget> m_parent;
    QString m_title;
    QString m_label;
    int m_showDelayMs;
    QElapsedTimer m_clock;
    QElapsedTimer m_lastEvents;
    bool m_cancelled = false;
    QPointer<QDialog> m_dialog;
    QLabel *m_text = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace ud
