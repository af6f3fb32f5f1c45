#pragma once

#include <QLabel>
#include <QPointer>

class QAbstractItemView;

namespace ud {

// A message in a list's empty table area ("No cases match …"), instead of a blank table: laid
// over the view's viewport, shown while the model has no rows and a text is set, the header
// left visible. The text says what is filtered and how to clear it; the caller keeps it current.
class EmptyListNote : public QLabel
{
    Q_OBJECT

public:
    explicit EmptyListNote(QAbstractItemView *view);

    // Shown while the view's model has no rows (an empty text: never).
    void setMessage(const QString &text);
    void updateVisibility();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QAbstractItemView> m_view;
};

} // namespace ud
