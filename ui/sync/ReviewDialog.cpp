#include "ui/sync/ReviewDialog.h"

#include "sync/ReviewClient.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ud {

namespace {
// A line of text per row, as in the other lists (RegisterListTab): the style's default row is
// about twice as tall, so few records fit. What does not fit the cell is elided and shown whole
// in its tooltip (and the record's fields in the details beside the queue).
void makeCompact(QTableWidget *table)
{
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->setMinimumSectionSize(1);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}
} // namespace

ReviewDialog::ReviewDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_network(std::make_unique<QNetworkAccessManager>()),
      m_client(std::make_unique<ReviewClient>(db, m_clock, *m_network))
{
    setObjectName(QStringLiteral("reviewDialog"));
    setWindowTitle(tr("Review queue"));
    m_table = new QComboBox(this);
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->addItem(tr("Cases"), QStringLiteral("mediation_cases"));
    m_table->addItem(tr("Workers"), QStringLiteral("workers"));
    m_table->addItem(tr("Employers"), QStringLiteral("employers"));
    m_table->addItem(tr("Everything"), QString());
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("reviewState"));
    m_state->addItem(tr("Not reviewed yet or changed since"), QStringLiteral("pending"));
    m_state->addItem(tr("Never reviewed"), QStringLiteral("new"));
    m_state->addItem(tr("Changed since the last review"), QStringLiteral("changed"));
    m_state->addItem(tr("Returned, not corrected yet"), QStringLiteral("returned"));
    m_state->addItem(tr("All"), QStringLiteral("all"));
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("reviewRefresh"));
    m_queue = new QTableWidget(0, 5, this);
    m_queue->setObjectName(QStringLiteral("reviewQueue"));
    m_queue->setHorizontalHeaderLabels({tr("Record"), tr("Unit"), tr("Version"), tr("State"), tr("Last review")});
    m_queue->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queue->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queue->verticalHeader()->hide();
    m_queue->horizontalHeader()->setStretchLastSection(true);
    makeCompact(m_queue);
    m_details = new QTableWidget(0, 2, this);
    m_details->setObjectName(QStringLiteral("reviewDetails"));
    m_details->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_details->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_details->verticalHeader()->hide();
    m_details->horizontalHeader()->setStretchLastSection(true);
    makeCompact(m_details);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reviewReason"));
    m_reason->setPlaceholderText(tr("Why it is returned (required to return)"));
    m_approve = new QPushButton(tr("&Approve"), this);
    m_approve->setObjectName(QStringLiteral("reviewApprove"));
    m_return = new QPushButton(tr("Re&turn"), this);
    m_return->setObjectName(QStringLiteral("reviewReturn"));
    m_lock = new QPushButton(tr("&Lock"), this);
    m_lock->setObjectName(QStringLiteral("reviewLock"));
    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_unlock->setObjectName(QStringLiteral("reviewUnlock"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    connect(refreshButton, &QPushButton::clicked, this, &ReviewDialog::refresh);
    connect(m_table, &QComboBox::currentIndexChanged, this, &ReviewDialog::refresh);
    connect(m_state, &QComboBox::currentIndexChanged, this, &ReviewDialog::refresh);
    connect(m_queue, &QTableWidget::itemSelectionChanged, this, &ReviewDialog::showRecord);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(QStringLiteral("approve")); });
    connect(m_return, &QPushButton::clicked, this, [this] { decide(QStringLiteral("return")); });
    connect(m_lock, &QPushButton::clicked, this, [this] { decide(QStringLiteral("lock")); });
    connect(m_unlock, &QPushButton::clicked, this, [this] { decide(QStringLiteral("unlock")); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_table);
    filters->addWidget(m_state, 1);
    filters->addWidget(refreshButton);
    auto *lists = new QHBoxLayout;
    lists->addWidget(m_queue, 3);
    lists->addWidget(m_details, 2);
    auto *decision = new QHBoxLayout;
    decision->addWidget(m_reason, 1);
    decision->addWidget(m_approve);
    decision->addWidget(m_return);
    decision->addWidget(m_lock);
    decision->addWidget(m_unlock);
    // The records of the queue on one tab; people or employers registered by two units with the
    // same ID number or credit code on the other (domain §0).
    auto *queuePage = new QWidget(this);
    auto *queueLayout = new QVBoxLayout(queuePage);
    queueLayout->addLayout(filters);
    queueLayout->addLayout(lists, 1);
    queueLayout->addLayout(decision);
    m_pairTable = new QTableWidget(0, 5, this);
    m_pairTable->setObjectName(QStringLiteral("reviewPairs"));
    m_pairTable->setHorizontalHeaderLabels({tr("Record"), tr("Unit"), tr("Record"), tr("Unit"), tr("Same number")});
    m_pairTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pairTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pairTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pairTable->verticalHeader()->hide();
    m_pairTable->horizontalHeader()->setStretchLastSection(true);
    makeCompact(m_pairTable);
    m_same = new QPushButton(tr("The &same person or employer"), this);
    m_same->setObjectName(QStringLiteral("reviewPairSame"));
    m_different = new QPushButton(tr("&Different ones"), this);
    m_different->setObjectName(QStringLiteral("reviewPairDifferent"));
    connect(m_same, &QPushButton::clicked, this, [this] { judgePair(QStringLiteral("same")); });
    connect(m_different, &QPushButton::clicked, this, [this] { judgePair(QStringLiteral("different")); });
    connect(m_pairTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool any = !m_pairTable->selectedItems().isEmpty();
        m_same->setEnabled(any);
        m_different->setEnabled(any);
    });
    auto *pairPage = new QWidget(this);
    auto *pairLayout = new QVBoxLayout(pairPage);
    auto *pairIntro = new QLabel(tr("Registered by two units with the same ID number or credit code. This is not an "
                                    "error; say whether they are the same."),
                                 pairPage);
    pairIntro->setWordWrap(true);
    pairLayout->addWidget(pairIntro);
    pairLayout->addWidget(m_pairTable, 1);
    auto *pairButtons = new QHBoxLayout;
    pairButtons->addWidget(m_same);
    pairButtons->addWidget(m_different);
    pairButtons->addStretch(1);
    pairLayout->addLayout(pairButtons);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("reviewTabs"));
    tabs->addTab(queuePage, tr("&Queue"));
    tabs->addTab(pairPage, tr("&Possibly the same"));
    connect(tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            refreshPairs();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(900, 540);
    m_same->setEnabled(false);
    m_different->setEnabled(false);
    showRecord();
}

void ReviewDialog::refreshPairs()
{
    auto pairs = m_client->duplicates();
    m_pairs = pairs ? pairs.value() : QJsonArray();
    if (!pairs)
        m_message->setText(pairs.error());
    m_pairTable->setRowCount(int(m_pairs.size()));
    for (int r = 0; r < m_pairs.size(); ++r) {
        const QJsonObject p = m_pairs.at(r).toObject();
        const QJsonObject a = p.value(QStringLiteral("a")).toObject(), b = p.value(QStringLiteral("b")).toObject();
        const QStringList cells = {a.value(QStringLiteral("summary")).toString(), a.value(QStringLiteral("unit_name")).toString(),
                                   b.value(QStringLiteral("summary")).toString(), b.value(QStringLiteral("unit_name")).toString(),
                                   a.value(QStringLiteral("key")).toString()};
        for (int c = 0; c < cells.size(); ++c)
            m_pairTable->setItem(r, c, cell(cells.at(c)));
    }
    m_pairTable->resizeColumnsToContents();
    if (pairs && m_pairs.isEmpty())
        m_message->setText(tr("No possible duplicates wait here."));
}

void ReviewDialog::judgePair(const QString &outcome)
{
    const QList<QTableWidgetItem *> selected = m_pairTable->selectedItems();
    if (selected.isEmpty())
        return;
    const QJsonObject p = m_pairs.at(selected.first()->row()).toObject();
    auto done = m_client->judgeDuplicate(p.value(QStringLiteral("table")).toString(),
                                         p.value(QStringLiteral("a")).toObject().value(QStringLiteral("id")).toString(),
                                         p.value(QStringLiteral("b")).toObject().value(QStringLiteral("id")).toString(), outcome);
    if (!done) {
        m_message->setText(done.error());
        return;
    }
    refreshPairs();
    m_message->setText(tr("Recorded."));
}

ReviewDialog::~ReviewDialog() = default;

void ReviewDialog::setTerms(RecordTermsSet::List terms)
{
    m_terms = RecordTermsSet(std::move(terms));
    showRecord();
}

void ReviewDialog::refresh()
{
    auto items = m_client->queue(m_table->currentData().toString(), QString(), m_state->currentData().toString(), 500);
    m_queue->setRowCount(0);
    m_items = items ? items.value() : QJsonArray();
    if (!items)
        m_message->setText(items.error());
    m_queue->setRowCount(int(m_items.size()));
    for (int r = 0; r < m_items.size(); ++r) {
        const QJsonObject o = m_items.at(r).toObject();
        const QString state = o.value(QStringLiteral("state")).toString();
        const QJsonObject last = o.value(QStringLiteral("last_review")).toObject();
        const QString shownState = state == QLatin1String("new")       ? tr("New")
                                   : state == QLatin1String("changed")  ? tr("Changed")
                                   : state == QLatin1String("returned") ? tr("Returned")
                                                                        : tr("Reviewed");
        const QString decided = last.value(QStringLiteral("decision")).toString();
        const QString decidedText = decided == QLatin1String("approve")  ? tr("Approved")
                                    : decided == QLatin1String("return") ? tr("Returned")
                                    : decided == QLatin1String("lock")   ? tr("Locked")
                                                                          : tr("Unlocked");
        const QString lastText = last.isEmpty() ? QString()
                                                : tr("%1 (version %2) by %3")
                                                      .arg(decidedText)
                                                      .arg(last.value(QStringLiteral("record_version")).toInteger())
                                                      .arg(last.value(QStringLiteral("reviewer")).toString());
        const QStringList cells = {o.value(QStringLiteral("summary")).toString(), o.value(QStringLiteral("unit_name")).toString(),
                                   QString::number(o.value(QStringLiteral("version")).toInteger()), shownState, lastText};
        for (int c = 0; c < cells.size(); ++c)
            m_queue->setItem(r, c, cell(cells.at(c)));
    }
    m_queue->resizeColumnsToContents();
    if (items && m_items.isEmpty())
        m_message->setText(tr("Nothing waits for review here."));
    showRecord();
}

void ReviewDialog::showRecord()
{
    const QList<QTableWidgetItem *> selected = m_queue->selectedItems();
    const bool any = !selected.isEmpty();
    for (QPushButton *b : {m_approve, m_return, m_lock, m_unlock})
        b->setEnabled(any);
    m_details->setRowCount(0);
    if (!any)
        return;
    const QJsonObject item = m_items.at(selected.first()->row()).toObject();
    auto rec = m_client->record(item.value(QStringLiteral("table")).toString(), item.value(QStringLiteral("id")).toString());
    if (!rec) {
        m_message->setText(rec.error());
        return;
    }
    const QJsonObject values = rec.value().value(QStringLiteral("values")).toObject();
    const QString table = item.value(QStringLiteral("table")).toString();
    m_details->setRowCount(int(values.size()));
    int r = 0;
    for (auto it = values.begin(); it != values.end(); ++it, ++r) {
        m_details->setItem(r, 0, cell(m_terms.fieldLabel(table, it.key())));
        m_details->setItem(r, 1, cell(it.value().isNull() ? QString() : m_terms.valueText(table, it.key(), it.value())));
    }
}

void ReviewDialog::decide(const QString &decision)
{
    const QList<QTableWidgetItem *> selected = m_queue->selectedItems();
    if (selected.isEmpty())
        return;
    const QJsonObject item = m_items.at(selected.first()->row()).toObject();
    auto done = m_client->decide(item.value(QStringLiteral("table")).toString(), item.value(QStringLiteral("id")).toString(),
                                 item.value(QStringLiteral("version")).toInteger(), decision, m_reason->text().trimmed());
    if (!done) {
        m_message->setText(done.error());
        return;
    }
    m_reason->clear();
    refresh();
    m_message->setText(tr("Decision recorded; it reaches the station at its next sync."));
}

} // namespace ud
