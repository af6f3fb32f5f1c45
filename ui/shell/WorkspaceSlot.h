#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

namespace ud {

// The content of one workspace tab, built when it is first needed: right after the slot is first
// painted (so opening a database paints the window before any workspace reads its data), or
// when ensureBuilt() asks for it. A slot that is never shown never builds its page.
class WorkspaceSlot : public QWidget
{
    Q_OBJECT

public:
    using Factory = std::function<QWidget *(QWidget *parent)>;

    // `name` becomes the objectName ("registerSlot", ...).
    WorkspaceSlot(const QString &name, Factory factory, QWidget *parent = nullptr);

    // Builds the page now unless it is built already; returns it.
    QWidget *ensureBuilt();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Factory m_factory;
    QPointer<QWidget> m_page;
    bool m_scheduled = false;
};

} // namespace ud
