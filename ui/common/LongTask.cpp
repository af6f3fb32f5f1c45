#include "ui/common/LongTask.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ud {

namespace {
// Events are looked at no more often than this: a callback per row of a 100,000-row import
// must not cost more than the row.
constexpr qint64 kEventsEveryMs = 30;
} // namespace

LongTask::LongTask(QWidget *parent, const QString &title, const QString &label, int showDelayMs)
    : m_parent(parent), m_title(title), m_label(label), m_showDelayMs(showDelayMs)
{
    m_clock.start();
    m_lastEvents.start();
}

LongTask::~LongTask()
{
    delete m_dialog.data();
}

Progress LongTask::callback()
{
    return [this](qint64 done, qint64 total) { return progress(done, total); };
}

void LongTask::setLabel(const QString &label)
{
    m_label = label;
    if (m_text && !m_cancelled)
        m_text->setText(label);
}

void LongTask::makeDialog()
{
    auto *dialog = new QDialog(m_parent);
    dialog->setObjectName(QStringLiteral("longTaskProgress"));
    dialog->setWindowTitle(m_title);
    dialog->setWindowModality(Qt::ApplicationModal); // no other window takes input meanwhile
    m_text = new QLabel(m_label, dialog);
    m_text->setObjectName(QStringLiteral("longTaskLabel"));
    m_text->setWordWrap(true);
    m_bar = new QProgressBar(dialog);
    m_bar->setObjectName(QStringLiteral("longTaskBar"));
    m_bar->setMinimumWidth(360);
    m_cancel = new QPushButton(tr("Cancel"), dialog);
    m_cancel->setObjectName(QStringLiteral("longTaskCancel"));
    m_cancel->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(m_text);
    layout->addWidget(m_bar);
    layout->addLayout(buttons);
    // Cancel, Esc and the window's close button all stop the work; the dialog stays until it has.
    QObject::connect(m_cancel, &QPushButton::clicked, dialog, [this] { cancel(); });
    QObject::connect(dialog, &QDialog::rejected, dialog, [this] { cancel(); });
    m_dialog = dialog;
}

void LongTask::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    if (m_text)
        m_text->setText(tr("Cancelling…"));
    if (m_cancel)
        m_cancel->setEnabled(false);
    if (m_dialog && !m_dialog->isVisible())
        m_dialog->show(); // rejected hides it; it stays up until the work has stopped
}

bool LongTask::progress(qint64 done, qint64 total)
{
    if (m_cancelled)
        return false;
    if (m_lastEvents.elapsed() < kEventsEveryMs)
        return true;
    m_lastEvents.restart();
    if (!m_dialog)
        makeDialog();
    if (total > 0) {
        // QProgressBar counts in int: large totals are shown in thousandths.
        const bool scaled = total > 1000000;
        m_bar->setRange(0, scaled ? 1000 : static_cast<int>(total));
        m_bar->setValue(static_cast<int>(scaled ? qBound(qint64(0), done * 1000 / total, qint64(1000)) : qBound(qint64(0), done, total)));
    } else {
        m_bar->setRange(0, 0);
    }
    if (!m_dialog->isVisible() && m_clock.elapsed() >= m_showDelayMs)
        m_dialog->show();
    // Until the modal dialog is up, the window paints but takes no input: nothing can be clicked
    // into the middle of the work.
    QCoreApplication::processEvents(m_dialog->isVisible() ? QEventLoop::AllEvents : QEventLoop::ExcludeUserInputEvents);
    return !m_cancelled;
}

} // namespace ud
