#include "ui/common/ColumnSpreader.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <vector>

namespace ud {


ColumnSpreader *ColumnSpreader::attach(QAbstractItemView *view, bool arranged)
{
    if (ColumnSpreader *existing = of(view))
        return existing;
    QHeaderView *header = headerOf(view);
    if (!header)
        return nullptr;
    return new ColumnSpreader(view, header, arranged);
}

QHeaderView *ColumnSpreader::headerOf(const QAbstractItemView *view)
{
    if (auto *table = qobject_cast<const QTableView *>(view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->header();
    return nullptr;
}

ColumnSpreader *ColumnSpreader::of(const QAbstractItemView *view)
{
    const QHeaderView *header = headerOf(view);
    return header ? header->findChild<ColumnSpreader *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

ColumnSpreader::ColumnSpreader(QAbstractItemView *view, QHeaderView *header, bool arranged)
    : QObject(header), m_view(view), m_header(header), m_arranged(arranged)
{
    view->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, &ColumnSpreader::sectionResized);
    // Contents arrive after the view is shown (a page read, a search): look again then.
    if (QAbstractItemModel *model = view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnSpreader::spread, Qt::QueuedConnection);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnSpreader::spread, Qt::QueuedConnection);
    }
    QTimer::singleShot(0, this, &ColumnSpreader::spread);
}

bool ColumnSpreader::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        QTimer::singleShot(0, this, &ColumnSpreader::spread);
    return false;
}

void ColumnSpreader::sectionResized(int logical)
{
    if (m_spreading)
        return;
    // The stretched last column follows the window; only a drag with the mouse is the user's.
    if (m_header->stretchLastSection() && m_header->visualIndex(logical) == m_header->count() - 1)
        return;
    if (QApplication::mouseButtons() != Qt::NoButton)
        m_arranged = true;
}

int ColumnSpreader::contentWidth(int logical) const
{
    // QAbstractItemView's public virtual: the table's or tree's own measure of its visible rows.
    return std::max(m_header->sectionSizeHint(logical), m_view->sizeHintForColumn(logical));
}

void ColumnSpreader::spread()
{
    if (m_arranged || !m_header->stretchLastSection() || !m_view->isVisible() || !m_view->model()
        || m_view->model()->rowCount() == 0)
        return;
    int last = -1;
    for (int v = m_header->count() - 1; v >= 0 && last < 0; --v)
        if (!m_header->isSectionHidden(m_header->logicalIndex(v)))
            last = m_header->logicalIndex(v);
    if (last < 0)
        return;
    int surplus = m_header->sectionSize(last) - std::max(contentWidth(last), m_header->minimumSectionSize());
    if (surplus <= 0)
        return;
    struct Need
    {
        int logical;
        int missing;
    };
    std::vector<Need> needs;
    int missingTotal = 0;
    for (int v = 0; v < m_header->count(); ++v) {
        const int logical = m_header->logicalIndex(v);
        if (logical == last || m_header->isSectionHidden(logical)
            || m_header->sectionResizeMode(logical) != QHeaderView::Interactive)
            continue;
        const int missing = contentWidth(logical) - m_header->sectionSize(logical);
        if (missing > 0) {
            needs.push_back({logical, missing});
            missingTotal += missing;
        }
    }
    if (needs.empty())
        return;
    m_spreading = true;
    for (const Need &n : needs) {
        // All of what is missing when the surplus covers it, else a fair share of the surplus.
        const int add = missingTotal <= surplus ? n.missing
                                                : static_cast<int>(qint64(n.missing) * surplus / missingTotal);
        if (add > 0)
            m_header->resizeSection(n.logical, m_header->sectionSize(n.logical) + add);
    }
    m_spreading = false;
}

} // namespace ud
