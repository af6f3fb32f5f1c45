#include "ui/register/RegisterListTab.h"

#include "commands/CommandFacade.h"
#include "core/DisplayFormat.h"
#include "ui/register/MergeDialog.h"
#include "ui/register/RegisterListModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ud {

namespace {
constexpr int kMaxRowsToFind = 10000; // pages loaded at most to select a record in the list

QString singular(const QString &table)
{
    return table == QLatin1String("workers") ? QStringLiteral("Worker") : QStringLiteral("Employer");
}
} // namespace

RegisterListTab::RegisterListTab(Database &db, CommandFacade &commands, const CodeListCache &lookups,
                                 const RegisterPermissions &permissions, const QString &table, RegisterListModel *model,
                                 QWidget *parent)
    : QWidget(parent), m_db(db), m_commands(commands), m_lookups(lookups), m_permissions(permissions), m_table(table),
      m_model(model)
{
    setObjectName(table + QStringLiteral("Tab"));
    m_model->setParent(this);
    m_filterRow = new QHBoxLayout;
    m_view = new QTableView(this);
    m_view->setObjectName(table + QStringLiteral("Table"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_view->setSortingEnabled(true);

    m_status = new QLabel(this);
    m_status->setObjectName(table + QStringLiteral("Status"));
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("add%1Button").arg(singular(table)));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("edit%1Button").arg(singular(table)));
    m_merge = new QPushButton(this);
    m_merge->setObjectName(QStringLiteral("merge%1sButton").arg(singular(table)));

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_add);
    bottom->addWidget(m_edit);
    bottom->addWidget(m_merge);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_filterRow);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &RegisterListTab::sortIndicatorChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        Q_EMIT currentRecordChanged(m_table, current.isValid() ? m_model->idAt(current.row()) : QString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RegisterListTab::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &RegisterListTab::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RegisterListTab::updateButtons);
    connect(m_model, &RegisterListModel::countsChanged, this, &RegisterListTab::updateStatus);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_permissions.canEdit)
            editRecord();
    });
    connect(m_add, &QPushButton::clicked, this, [this] { addRecord(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editRecord(); });
    connect(m_merge, &QPushButton::clicked, this, &RegisterListTab::mergeSelected);
    updateButtons();
}

void RegisterListTab::retranslate()
{
    if (m_table == QLatin1String("workers")) {
        m_add->setText(tr("&Add worker…"));
        m_edit->setText(tr("&Change…"));
        m_merge->setText(tr("&Merge two…"));
        m_merge->setToolTip(tr("Select the two records of the same person, then merge them"));
    } else {
        m_add->setText(tr("&Add employer…"));
        m_edit->setText(tr("&Change…"));
        m_merge->setText(tr("&Merge two…"));
        m_merge->setToolTip(tr("Select the two records of the same employer, then merge them"));
    }
    m_model->retranslate();
    updateStatus();
}

QString RegisterListTab::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : QString();
}

QStringList RegisterListTab::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << m_model->idAt(index.row());
    return ids;
}

bool RegisterListTab::selectId(const QString &id)
{
    if (id.isEmpty())
        return false;
    const int row = m_model->fetchUntil(id, kMaxRowsToFind);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void RegisterListTab::refresh()
{
    const QString current = currentId();
    m_model->refresh();
    if (!current.isEmpty() && m_model->rowOfId(current) >= 0)
        selectId(current);
}

void RegisterListTab::setSearch(const QString &text, const std::optional<QStringList> &ids, int cap)
{
    m_searchText = text;
    m_searchIds = ids;
    m_searchCap = cap;
    applyFilter();
    m_view->scrollToTop(); // the matches from the first; a record kept selected is scrolled to
}

void RegisterListTab::updateStatus()
{
    if (m_model->totalCount() == 0 && !m_searchText.isEmpty()) {
        m_status->setText(nothingFoundText(m_searchText));
        return;
    }
    QString text = statusText(m_model->rowCount(), m_model->totalCount());
    if (m_searchCap > 0)
        text += QLatin1Char(' ')
            + tr("(The search found more than %1 records; the first %1 are listed. Type more to narrow it.)")
                  .arg(DisplayFormat::count(m_searchCap));
    m_status->setText(text);
}

void RegisterListTab::updateButtons()
{
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    m_add->setEnabled(m_permissions.canEdit);
    m_edit->setEnabled(m_permissions.canEdit && !currentId().isEmpty());
    m_merge->setEnabled(m_permissions.canEdit && selected == 2);
    m_add->setVisible(m_permissions.canEdit);
    m_edit->setVisible(m_permissions.canEdit);
    m_merge->setVisible(m_permissions.canEdit);
}

// Columns the repository cannot sort by keep the indicator where the list really is sorted.
void RegisterListTab::sortIndicatorChanged(int column, Qt::SortOrder order)
{
    Q_UNUSED(order);
    if (!m_model->isSortable(column))
        m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

void RegisterListTab::afterDialog(const QString &id)
{
    if (id.isEmpty())
        return;
    selectId(id);
    Q_EMIT openRecordRequested(m_table, id); // shown even when the filter hides it
}

void RegisterListTab::mergeSelected()
{
    if (!m_permissions.canEdit)
        return;
    const QStringList ids = selectedIds();
    if (ids.size() != 2) {
        QMessageBox::information(this, tr("Merge"), tr("Select exactly two records (Ctrl+click) to merge."));
        return;
    }
    MergeDialog dialog(m_db, m_commands, m_lookups, m_table, ids.at(0), ids.at(1), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The facade reported the merged tables (recordChanged), so every view reloads.
    afterDialog(dialog.keptId());
}

} // namespace ud
