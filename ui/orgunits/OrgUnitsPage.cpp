#include "ui/orgunits/OrgUnitsPage.h"

#include "commands/CommandFacade.h"
#include "core/DisplayFormat.h"
#include "ui/orgunits/OrgTreeModel.h"
#include "ui/orgunits/OrgUnitDialog.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/OrgUnitRepository.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace ud {

namespace {
QString actionName(const QString &action)
{
    if (action == QLatin1String("create"))
        return OrgUnitsPage::tr("created");
    if (action == QLatin1String("update"))
        return OrgUnitsPage::tr("changed");
    if (action == QLatin1String("delete"))
        return OrgUnitsPage::tr("deleted");
    if (action == QLatin1String("undelete"))
        return OrgUnitsPage::tr("restored");
    return action;
}
} // namespace

OrgUnitsPage::OrgUnitsPage(Database &db, CommandFacade &commands, QWidget *parent)
    : QWidget(parent), m_db(db), m_commands(commands), m_model(new OrgTreeModel(db, this))
{
    setObjectName(QStringLiteral("orgUnitsPage"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("orgSearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("orgSearchResults"));
    m_results->setVisible(false);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("orgTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(OrgTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(OrgTreeModel::CodeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(OrgTreeModel::TierColumn, QHeaderView::ResizeToContents);
    m_tree->expand(m_model->index(0, 0));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_results, 1);
    leftLayout->addWidget(m_tree, 1);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("orgDetails"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addOrgUnitButton"));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("editOrgUnitButton"));
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("deleteOrgUnitButton"));
    m_historyTitle = new QLabel(this);
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("orgHistory"));
    m_history->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_historyTitle);
    rightLayout->addWidget(m_history, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this, &OrgUnitsPage::search);
    connect(m_results, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showDetails(item->data(Qt::UserRole).toString());
    });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (!(item->flags() & Qt::ItemIsEnabled))
            return;
        const QString code = item->data(Qt::UserRole).toString();
        m_search->clear();
        selectCode(code);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showDetails(current.data(OrgTreeModel::CodeRole).toString()); });
    connect(m_add, &QPushButton::clicked, this, &OrgUnitsPage::addUnit);
    connect(m_edit, &QPushButton::clicked, this, &OrgUnitsPage::editUnit);
    connect(m_delete, &QPushButton::clicked, this, &OrgUnitsPage::deleteUnit);
    connect(&m_commands, &CommandFacade::recordChanged, this, &OrgUnitsPage::onRecordChanged);

    retranslate();
    showDetails(QString());
}

void OrgUnitsPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search units by name or code (e.g. 朝阳 or 110105)"));
    m_add->setText(tr("&Add unit under this…"));
    m_edit->setText(tr("&Rename…"));
    m_delete->setText(tr("&Delete"));
    m_historyTitle->setText(tr("Change history:"));
    m_model->retranslate();
    showDetails(m_current);
}

void OrgUnitsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// Each match is shown with the units above it (北京市 › 朝阳区 › 望京街道), and the first one is
// selected, so its details fill the right half at once; no match says so.
void OrgUnitsPage::search(const QString &text)
{
    const QString trimmed = text.trimmed();
    const bool searching = !trimmed.isEmpty();
    m_results->setVisible(searching);
    m_tree->setVisible(!searching);
    m_results->clear();
    if (!searching) {
        showDetails(m_tree->currentIndex().data(OrgTreeModel::CodeRole).toString());
        return;
    }
    const OrgUnitRepository repo(m_db);
    QHash<QString, OrgUnit> parents; // read once per search
    for (const OrgUnit &u : repo.search(trimmed, 200)) {
        QStringList above;
        for (QString code = u.parentCode; !code.isEmpty() && above.size() < 8;) {
            if (!parents.contains(code)) {
                const auto parent = repo.find(code);
                if (!parent)
                    break;
                parents.insert(code, *parent);
            }
            const OrgUnit &parent = parents[code];
            above.prepend(parent.shortName.isEmpty() ? parent.name : parent.shortName);
            code = parent.parentCode;
        }
        above << u.name;
        auto *item = new QListWidgetItem(QStringLiteral("%1   %2").arg(above.join(QStringLiteral(" › ")), u.code), m_results);
        item->setData(Qt::UserRole, u.code);
        item->setToolTip(u.name);
    }
    if (m_results->count() == 0) {
        auto *item = new QListWidgetItem(tr("No unit's name or code contains “%1”.").arg(trimmed), m_results);
        item->setFlags(Qt::NoItemFlags);
        showDetails(QString());
        return;
    }
    m_results->setCurrentRow(0);
}

void OrgUnitsPage::selectCode(const QString &code)
{
    const QModelIndex idx = m_model->indexForCode(code);
    if (!idx.isValid())
        return;
    m_tree->scrollTo(idx);
    m_tree->setCurrentIndex(idx);
}

QString OrgUnitsPage::selectedCode() const
{
    return m_current;
}

void OrgUnitsPage::showDetails(const QString &code)
{
    m_current = code;
    m_history->clear();
    const auto unit = code.isEmpty() ? std::nullopt : OrgUnitRepository(m_db).find(code);
    m_add->setEnabled(unit.has_value());
    m_edit->setEnabled(unit.has_value());
    m_delete->setEnabled(unit.has_value() && OrgUnitRepository(m_db).childCount(code) == 0);
    if (!unit) {
        m_details->setText(tr("<p>Select a unit in the tree.</p>"));
        return;
    }
    const auto tier = tierFromKey(unit->tier);
    QStringList path;
    for (const OrgUnit &u : OrgUnitRepository(m_db).path(code))
        path << u.shortName.toHtmlEscaped();
    m_details->setText(tr("<h3>%1</h3><p>Code: <b>%2</b><br>Tier: %3<br>Place in the tree: %4<br>Version: %5</p>")
                           .arg(unit->name.toHtmlEscaped(), unit->code, tier ? tierDisplayName(*tier) : unit->tier,
                                path.join(QStringLiteral(" › ")))
                           .arg(unit->version));
    for (const AuditEntry &e : AuditLog::forRecord(m_db.connection(), QStringLiteral("org_units"), unit->id)) {
        QStringList fields;
        for (auto it = e.changes.constBegin(); it != e.changes.constEnd(); ++it) {
            const QJsonArray pair = it.value().toArray();
            fields << QStringLiteral("%1: %2 → %3")
                          .arg(it.key(), pair.at(0).toVariant().toString(), pair.at(1).toVariant().toString());
        }
        QString line = tr("%1  %2 by %3 (version %4)")
                           .arg(DisplayFormat::timestamp(e.at), actionName(e.action), e.actor)
                           .arg(e.version);
        if (!e.reason.isEmpty())
            line += QStringLiteral(" — ") + e.reason;
        m_history->addItem(line + QLatin1Char('\n') + fields.join(QStringLiteral("; ")));
    }
    if (m_history->count() == 0)
        m_history->addItem(tr("No changes recorded for this unit (bundled reference data)."));
}

void OrgUnitsPage::addUnit()
{
    const auto parentUnit = OrgUnitRepository(m_db).find(m_current);
    if (!parentUnit)
        return;
    OrgUnitDialog dialog(parentUnit->name, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QVariantMap fields = dialog.values();
    fields.insert(QStringLiteral("parent_code"), parentUnit->code);
    fields.insert(QStringLiteral("org_unit"), parentUnit->code);
    auto result = m_commands.createRecord(QStringLiteral("org_units"), fields,
                                          tr("Add %1").arg(fields.value(QStringLiteral("name")).toString()),
                                          dialog.overrideReason());
    if (!result) {
        QMessageBox::warning(this, tr("Not added"), result.error());
        return;
    }
    selectCode(fields.value(QStringLiteral("code")).toString());
}

void OrgUnitsPage::editUnit()
{
    const auto unit = OrgUnitRepository(m_db).find(m_current);
    if (!unit)
        return;
    OrgUnitDialog dialog(QString(),
                         {{QStringLiteral("code"), unit->code}, {QStringLiteral("name"), unit->name},
                          {QStringLiteral("short_name"), unit->shortName}, {QStringLiteral("tier"), unit->tier}},
                         this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto result = m_commands.editRecord(QStringLiteral("org_units"), unit->id, unit->version, dialog.values(),
                                        tr("Rename %1").arg(unit->name));
    if (!result)
        QMessageBox::warning(this, tr("Not saved"), result.error());
}

void OrgUnitsPage::deleteUnit()
{
    const auto unit = OrgUnitRepository(m_db).find(m_current);
    if (!unit)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Delete %1").arg(unit->name),
                                                 tr("Why is this unit being deleted? (recorded in the audit log)"),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    auto result = m_commands.deleteRecord(QStringLiteral("org_units"), unit->id, unit->version,
                                          tr("Delete %1").arg(unit->name), reason.trimmed());
    if (!result)
        QMessageBox::warning(this, tr("Not deleted"), result.error());
}

void OrgUnitsPage::onRecordChanged(const QString &table, const QString &id)
{
    if (table != QLatin1String("org_units"))
        return;
    const auto changed = OrgUnitRepository(m_db).findById(id);
    if (!changed)
        return;
    const QString code = changed->code;
    const QString parentCode = changed->parentCode;
    const QString keep = m_current;
    m_model->refreshChildren(parentCode);
    if (!m_search->text().isEmpty())
        search(m_search->text());
    if (OrgUnitRepository(m_db).find(keep))
        selectCode(keep);
    else
        selectCode(parentCode);
    if (m_current == code || m_current == parentCode)
        showDetails(m_current);
}

} // namespace ud
