#include "ui/sync/SyncDock.h"

#include "ui/sync/BackgroundSync.h"
#include "ui/sync/SyncIndicator.h"
#include "ui/sync/SyncPanel.h"

#include <QEvent>

namespace ud {

SyncDock::SyncDock(Database &db, const Session &session, QWidget *parent)
    : QDockWidget(parent), m_sync(new BackgroundSync(db, this))
{
    setObjectName(QStringLiteral("syncDock"));
    setWindowTitle(tr("Sync"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_panel = new SyncPanel(*m_sync, session, this);
    setWidget(m_panel);
    m_indicator = new SyncIndicator(*m_sync);
    connect(m_indicator, &SyncIndicator::clicked, this, &SyncDock::showPanel);
    m_sync->startTimers();
}

SyncDock::~SyncDock()
{
    // A run still going on is stopped by BackgroundSync; nobody here listens to how it ends.
    m_sync->disconnect();
    delete m_indicator;
    delete m_panel;
    delete m_sync;
}

void SyncDock::showPanel()
{
    show();
    raise();
    m_panel->refresh();
}

void SyncDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setWindowTitle(tr("Sync"));
    QDockWidget::changeEvent(event);
}

} // namespace ud
