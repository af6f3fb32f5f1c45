#include "ui/sync/ConflictDialog.h"

#include "ui/common/UiConventions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ud {

namespace {
constexpr int kFieldRole = Qt::UserRole; // the column's stored name, whatever the label says

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text); // long text (facts, notes) is cut off in the cell
    return item;
}
} // namespace

ConflictDialog::ConflictDialog(Database &db, const QString &actor, QWidget *parent)
    : ConflictDialog(db, actor, RecordTermsSet::List(), parent)
{
}

ConflictDialog::ConflictDialog(Database &db, const QString &actor, RecordTermsSet::List terms, QWidget *parent)
    : QDialog(parent), m_conflicts(db, m_clock), m_actor(actor), m_terms(std::move(terms))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Records changed at two places"));
    auto *intro = new QLabel(tr("These records were changed both here and elsewhere. Nothing was overwritten: the "
                                "record holds the version every tier keeps, and this computer's version is kept "
                                "beside it. Choose, field by field, which value stays."),
                             this);
    intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_fields = new QTableWidget(0, 4, this);
    m_fields->setObjectName(QStringLiteral("conflictFields"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("This computer"), tr("The other version"), tr("Keep")});
    m_fields->verticalHeader()->hide();
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->setWordWrap(false);
    m_fields->setTextElideMode(Qt::ElideRight);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("conflictMessage"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_settle = buttons->addButton(tr("&Settle"), QDialogButtonBox::ActionRole);
    m_settle->setObjectName(QStringLiteral("conflictSettle"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_settle, &QPushButton::clicked, this, &ConflictDialog::settle);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictDialog::showConflict);

    auto *split = new QHBoxLayout;
    split->addWidget(m_list, 1);
    split->addWidget(m_fields, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(split, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(860, 420);
    reload();
}

int ConflictDialog::openCount() const
{
    return int(m_open.size());
}

void ConflictDialog::reload()
{
    m_open = m_conflicts.open();
    m_list->clear();
    for (const SyncConflict &c : std::as_const(m_open)) {
        QString name = m_terms.recordName(c.table, c.remoteValues);
        if (name.isEmpty())
            name = m_terms.recordName(c.table, c.localValues);
        auto *item = new QListWidgetItem(tr("%1 %2 (here version %3, other version %4)")
                                             .arg(m_terms.tableTitle(c.table), name.isEmpty() ? c.recordId.left(8) : name)
                                             .arg(c.localVersion)
                                             .arg(c.remoteVersion),
                                         m_list);
        item->setToolTip(item->text()); // a case number alone is wider than the list
    }
    if (m_open.isEmpty()) {
        m_fields->setRowCount(0);
        m_message->setText(tr("No records wait to be settled."));
    }
    m_settle->setEnabled(!m_open.isEmpty());
    if (!m_open.isEmpty())
        m_list->setCurrentRow(0);
}

void ConflictDialog::showConflict(int row)
{
    m_fields->setRowCount(0);
    if (row < 0 || row >= m_open.size())
        return;
    const SyncConflict &c = m_open.at(row);
    m_fields->setRowCount(int(c.differing.size()));
    for (int r = 0; r < c.differing.size(); ++r) {
        const QString &f = c.differing.at(r);
        const bool deleted = f == QLatin1String("deleted");
        auto *label = new QTableWidgetItem(deleted ? tr("Deleted") : m_terms.fieldLabel(c.table, f));
        label->setData(kFieldRole, f);
        m_fields->setItem(r, 0, label);
        const auto shown = [this, &c, &f](const QJsonValue &v) { return m_terms.valueText(c.table, f, v); };
        const auto yesNo = [this](bool on) { return on ? tr("Yes") : tr("No"); };
        m_fields->setItem(r, 1, cell(deleted ? yesNo(c.localDeleted) : shown(c.localValues.value(f))));
        m_fields->setItem(r, 2, cell(deleted ? yesNo(c.remoteDeleted) : shown(c.remoteValues.value(f))));
        auto *keep = new QComboBox(m_fields);
        keep->setObjectName(QStringLiteral("conflictKeep_%1").arg(f));
        keep->addItem(tr("This computer's"), QStringLiteral("local"));
        keep->addItem(tr("The other version's"), QStringLiteral("remote"));
        keep->setCurrentIndex(c.winner == QLatin1String("local") ? 0 : 1);
        m_fields->setCellWidget(r, 3, keep);
    }
    m_fields->resizeColumnsToContents();
    // A long value (the facts of a case) must not push the choice out of sight.
    const int widest = qMax(120, m_fields->viewport()->width() / 3);
    for (int col = 1; col <= 2; ++col)
        m_fields->setColumnWidth(col, qMin(m_fields->columnWidth(col), widest));
    m_message->setText(c.winner == QLatin1String("local")
                           ? tr("Every tier keeps this computer's version for now.")
                           : tr("Every tier keeps the other version for now; this computer's is shown beside it."));
}

void ConflictDialog::settle()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_open.size())
        return;
    const SyncConflict &c = m_open.at(row);
    QHash<QString, QString> choice;
    for (int r = 0; r < m_fields->rowCount(); ++r) {
        auto *keep = qobject_cast<QComboBox *>(m_fields->cellWidget(r, 3));
        if (keep)
            choice.insert(m_fields->item(r, 0)->data(kFieldRole).toString(), keep->currentData().toString());
    }
    const Status s = m_conflicts.resolve(c.id, choice, m_actor);
    if (!s) {
        m_message->setText(s.error());
        return;
    }
    emit settled();
    reload();
    m_message->setText(tr("Settled. The record goes up with the next sync."));
}

} // namespace ud
