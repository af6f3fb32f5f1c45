#include "ui/mediation/EmptyListNote.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>

namespace ud {

EmptyListNote::EmptyListNote(QAbstractItemView *view) : QLabel(view->viewport()), m_view(view)
{
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setMargin(fontMetrics().height());
    setForegroundRole(QPalette::PlaceholderText);
    setAttribute(Qt::WA_TransparentForMouseEvents); // clicks still reach the view
    view->viewport()->installEventFilter(this);
    hide();
}

void EmptyListNote::setMessage(const QString &text)
{
    setText(text);
    updateVisibility();
}

void EmptyListNote::updateVisibility()
{
    const QAbstractItemModel *model = m_view ? m_view->model() : nullptr;
    const bool empty = model && model->rowCount() == 0;
    if (m_view)
        setGeometry(m_view->viewport()->rect());
    setVisible(empty && !text().isEmpty());
}

bool EmptyListNote::eventFilter(QObject *watched, QEvent *event)
{
    if (m_view && watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    return QLabel::eventFilter(watched, event);
}

} // namespace ud
