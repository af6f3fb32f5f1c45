#include "ui/sync/HubAdminDialog.h"

#include "sync/HubConfig.h"
#include "sync/HubDatabase.h"
#include "sync/HubSetup.h"
#include "sync/HubStore.h"
#include "sync/SyncKeys.h"
#include "ui/common/FileDialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ud {

HubAdminDialog::HubAdminDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("hubAdminDialog"));
    setWindowTitle(tr("Hub administration"));
    m_config = new QLineEdit(this);
    m_config->setObjectName(QStringLiteral("hubAdminConfigEdit"));
    m_config->setPlaceholderText(QStringLiteral("/etc/uniondesk/hub.conf"));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    auto *openButton = new QPushButton(tr("&Open"), this);
    openButton->setObjectName(QStringLiteral("hubAdminOpen"));
    m_hub = new QLabel(tr("Open the hub's configuration file (hub.conf) on the computer that runs the hub."), this);
    m_hub->setObjectName(QStringLiteral("hubAdminHubLabel"));
    m_hub->setWordWrap(true);
    m_pendingOnly = new QCheckBox(tr("Only those &waiting for approval"), this);
    m_pendingOnly->setObjectName(QStringLiteral("hubAdminPendingOnly"));
    m_nodes = new QTableWidget(0, 6, this);
    m_nodes->setObjectName(QStringLiteral("hubAdminNodes"));
    m_nodes->setHorizontalHeaderLabels({tr("Status"), tr("Unit"), tr("Name"), tr("Kind"), tr("Key fingerprint"), tr("Node")});
    m_nodes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_nodes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_nodes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_nodes->verticalHeader()->hide();
    m_nodes->horizontalHeader()->setStretchLastSection(true);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("hubAdminKind"));
    m_kind->addItem(tr("A station's or enterprise's desktop"), QStringLiteral("desktop"));
    m_kind->addItem(tr("A hub of the tier below"), QStringLiteral("hub"));
    m_kind->addItem(tr("A reviewer's desktop"), QStringLiteral("reviewer"));
    m_unit = new QLineEdit(this);
    m_unit->setObjectName(QStringLiteral("hubAdminUnit"));
    m_blocks = new QLineEdit(this);
    m_blocks->setObjectName(QStringLiteral("hubAdminBlocks"));
    m_blocks->setPlaceholderText(QStringLiteral("mediation_case:101-200"));
    m_approve = new QPushButton(tr("&Approve"), this);
    m_approve->setObjectName(QStringLiteral("hubAdminApprove"));
    m_revoke = new QPushButton(tr("Re&voke"), this);
    m_revoke->setObjectName(QStringLiteral("hubAdminRevoke"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("hubAdminMessage"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    connect(browseButton, &QPushButton::clicked, this, &HubAdminDialog::browse);
    connect(openButton, &QPushButton::clicked, this, [this] { openHub(m_config->text().trimmed()); });
    connect(m_pendingOnly, &QCheckBox::toggled, this, &HubAdminDialog::reload);
    connect(m_nodes, &QTableWidget::itemSelectionChanged, this, &HubAdminDialog::selectionChanged);
    connect(m_approve, &QPushButton::clicked, this, &HubAdminDialog::approve);
    connect(m_revoke, &QPushButton::clicked, this, &HubAdminDialog::revoke);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *configRow = new QHBoxLayout;
    configRow->addWidget(new QLabel(tr("Configuration:"), this));
    configRow->addWidget(m_config, 1);
    configRow->addWidget(browseButton);
    configRow->addWidget(openButton);
    auto *form = new QFormLayout;
    form->addRow(tr("Approve a&s:"), m_kind);
    form->addRow(tr("For &unit:"), m_unit);
    form->addRow(tr("Case &number blocks:"), m_blocks);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_approve);
    actions->addWidget(m_revoke);
    actions->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(configRow);
    layout->addWidget(m_hub);
    layout->addWidget(m_pendingOnly);
    layout->addWidget(m_nodes, 1);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(880, 520);
    selectionChanged();
}

HubAdminDialog::~HubAdminDialog() = default;

void HubAdminDialog::browse()
{
    const QString file = FileDialogs::openFileToRead(this, tr("The hub's configuration"), QString(),
                                               tr("Hub configuration (*.conf);;All files (*)"));
    if (!file.isEmpty()) {
        m_config->setText(file);
        openHub(file);
    }
}

bool HubAdminDialog::openHub(const QString &configFile)
{
    m_config->setText(configFile);
    m_store.reset();
    m_db.reset();
    auto config = HubConfig::load(configFile);
    if (!config) {
        m_message->setText(config.error());
        reload();
        return false;
    }
    auto db = HubSetup::openDatabase(config.value());
    if (!db) {
        m_message->setText(db.error());
        reload();
        return false;
    }
    m_db = db.take();
    m_store = std::make_unique<HubStore>(*m_db, m_clock);
    const auto self = m_store->identity();
    if (!self) {
        m_message->setText(tr("This hub database has no hub identity yet; make the hub with \"uniondesk-cli hub init\"."));
        m_store.reset();
        m_db.reset();
        reload();
        return false;
    }
    m_hub->setText(tr("Hub of %1 (%2), node %3").arg(m_store->orgUnitName(self->orgUnit), self->orgUnit, self->nodeId));
    m_message->clear();
    reload();
    return true;
}

void HubAdminDialog::reload()
{
    m_nodes->setRowCount(0);
    if (!m_store) {
        selectionChanged();
        return;
    }
    const QList<HubNode> list = m_store->nodes(m_pendingOnly->isChecked() ? QStringLiteral("pending") : QString());
    m_nodes->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const HubNode &n = list.at(r);
        const QString status = n.status == QLatin1String("pending")    ? tr("Waiting for approval")
                               : n.status == QLatin1String("approved") ? tr("Approved")
                                                                        : tr("Revoked");
        const QString kind = n.status == QLatin1String("pending") ? QString()
                             : n.kind == QLatin1String("hub")      ? tr("Hub")
                             : n.kind == QLatin1String("reviewer") ? tr("Reviewer")
                                                                   : tr("Desktop");
        const QStringList cells = {status,
                                   QStringLiteral("%1 %2").arg(n.orgUnit, m_store->orgUnitName(n.orgUnit)),
                                   n.displayName,
                                   kind,
                                   SyncKeys::fingerprintOf(QByteArray::fromBase64(n.publicKey.toLatin1())),
                                   n.nodeId};
        for (int c = 0; c < cells.size(); ++c)
            m_nodes->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        const QStringList problems = m_store->auditProblems(n.nodeId);
        if (!problems.isEmpty())
            m_nodes->item(r, 0)->setToolTip(problems.join(QLatin1Char('\n')));
    }
    m_nodes->resizeColumnsToContents();
    selectionChanged();
}

QString HubAdminDialog::selectedNode() const
{
    const QList<QTableWidgetItem *> items = m_nodes->selectedItems();
    return items.isEmpty() ? QString() : m_nodes->item(items.first()->row(), 5)->text();
}

void HubAdminDialog::selectionChanged()
{
    const QString id = selectedNode();
    const auto node = m_store && !id.isEmpty() ? m_store->node(id) : std::nullopt;
    m_approve->setEnabled(node.has_value() && node->status != QLatin1String("approved"));
    m_revoke->setEnabled(node.has_value() && node->status != QLatin1String("revoked"));
    if (node) {
        m_unit->setText(node->orgUnit);
        QStringList blocks;
        for (const QJsonValue &b : node->blocks) {
            const QJsonObject o = b.toObject();
            blocks << QStringLiteral("%1:%2-%3")
                          .arg(o.value(QStringLiteral("series")).toString())
                          .arg(o.value(QStringLiteral("first")).toInteger())
                          .arg(o.value(QStringLiteral("last")).toInteger());
        }
        m_blocks->setText(blocks.join(QStringLiteral("; ")));
    }
}

void HubAdminDialog::approve()
{
    const QString id = selectedNode();
    if (!m_store || id.isEmpty())
        return;
    QJsonArray blocks;
    for (const QString &part : m_blocks->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        auto parsed = HubStore::parseBlock(part);
        if (!parsed) {
            m_message->setText(parsed.error());
            return;
        }
        blocks.append(parsed.value());
    }
    const Status s = m_store->approve(id, m_kind->currentData().toString(), m_unit->text().trimmed(), blocks,
                                      qEnvironmentVariable("USER", QStringLiteral("admin")));
    m_message->setText(s ? tr("Approved: the computer finds out at its next sync.") : s.error());
    if (s)
        reload();
}

void HubAdminDialog::revoke()
{
    const QString id = selectedNode();
    if (!m_store || id.isEmpty())
        return;
    const Status s = m_store->revoke(id, qEnvironmentVariable("USER", QStringLiteral("admin")));
    m_message->setText(s ? tr("Revoked: every later request of that computer is refused.") : s.error());
    if (s)
        reload();
}

} // namespace ud
