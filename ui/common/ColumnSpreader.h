#pragma once

#include <QObject>

class QAbstractItemView;
class QHeaderView;

namespace ud {

// Spare width goes to the columns that need it (issue 12, item 1: "at 1920 wide all extra width
// goes to the last column while 状态 and 争议类型 stay cut off"). A table whose last column
// stretches gives that column every pixel the window grows by; the spreader takes the last
// column's surplus (what it has beyond its own contents) and widens the columns whose contents
// are cut off, up to what they need, as the view is resized or filled. It never narrows a
// column the user can see in full, and once the user drags a column edge it leaves that table
// as the user arranged it (`arranged()`, remembered with the column state).
class ColumnSpreader : public QObject
{
    Q_OBJECT

public:
    // Attaches a spreader to `view` (owned by its header); `arranged` when the user already
    // arranged the columns in an earlier session.
    static ColumnSpreader *attach(QAbstractItemView *view, bool arranged);
    static ColumnSpreader *of(const QAbstractItemView *view);
    // The header of a table's columns or a tree's, or null for another kind of view.
    static QHeaderView *headerOf(const QAbstractItemView *view);

    bool arranged() const { return m_arranged; }
    // Widens cut-off columns from the last column's surplus now.
    void spread();

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ColumnSpreader(QAbstractItemView *view, QHeaderView *header, bool arranged);
    void sectionResized(int logical);
    int contentWidth(int logical) const;

    QAbstractItemView *m_view;
    QHeaderView *m_header;
    bool m_arranged;
    bool m_spreading = false;
};

} // namespace ud
