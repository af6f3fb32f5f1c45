#include "ui/sync/SyncIndicator.h"

#include "core/DisplayFormat.h"
#include "ui/sync/BackgroundSync.h"

#include <QDateTime>
#include <QEvent>

namespace ud {

SyncIndicator::SyncIndicator(BackgroundSync &sync, QWidget *parent) : QToolButton(parent), m_sync(sync)
{
    setObjectName(QStringLiteral("syncIndicator"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(&sync, &BackgroundSync::runStarted, this, &SyncIndicator::refresh);
    connect(&sync, &BackgroundSync::runFinished, this, &SyncIndicator::refresh);
    connect(&sync, &BackgroundSync::enrollmentChanged, this, &SyncIndicator::refresh);
    refresh();
}

void SyncIndicator::refresh()
{
    const SyncOverview o = m_sync.overview();
    setVisible(!o.hubUrl.isEmpty());
    if (m_sync.isRunning()) {
        setText(tr("Syncing…"));
        setToolTip(tr("Sending changes to the hub at %1").arg(o.hubUrl));
        return;
    }
    const QString last = o.lastSuccessAt.isEmpty()
        ? tr("never")
        : DisplayFormat::dateTime(QDateTime::fromString(o.lastSuccessAt, Qt::ISODateWithMs).toLocalTime());
    const bool failed = !o.lastError.isEmpty(); // a success clears it
    setText(failed                        ? tr("Sync failed")
            : o.lastSuccessAt.isEmpty() ? tr("Not synced yet")
                                        : tr("Synced %1").arg(last));
    setToolTip(failed ? tr("%1\nLast successful sync: %2. Click for the sync panel.").arg(o.lastError, last)
                      : tr("Last successful sync: %1. Click for the sync panel.").arg(last));
    setStyleSheet(failed ? QStringLiteral("color: #b00020;") : QString());
}

void SyncIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QToolButton::changeEvent(event);
}

} // namespace ud
