#include "ui/shell/WorkspaceSlot.h"

#include <QTimer>
#include <QVBoxLayout>

namespace ud {

WorkspaceSlot::WorkspaceSlot(const QString &name, Factory factory, QWidget *parent)
    : QWidget(parent), m_factory(std::move(factory))
{
    setObjectName(name);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *WorkspaceSlot::ensureBuilt()
{
    if (!m_page && m_factory) {
        m_page = m_factory(this);
        m_factory = nullptr;
        layout()->addWidget(m_page);
    }
    return m_page;
}

void WorkspaceSlot::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    // Queued: the window's paint that is under way finishes first, with this slot still empty.
    if (!m_page && !m_scheduled) {
        m_scheduled = true;
        QTimer::singleShot(0, this, [this] { ensureBuilt(); });
    }
}

} // namespace ud
