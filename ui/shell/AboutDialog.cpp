#include "ui/shell/AboutDialog.h"

#include "core/AppIdentity.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ud {

AboutDialog::AboutDialog(Database *db, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About UnionDesk"));

    auto *title = new QLabel(tr("<h2>UnionDesk 工会工作台</h2><p>Casework for labour-dispute mediation, collective "
                                "contracts and hardship-household files.</p>"),
                             this);
    title->setWordWrap(true);

    auto *form = new QFormLayout;
    auto addRow = [&](const QString &label, const QString &value, const char *name) {
        auto *v = new QLabel(value, this);
        v->setObjectName(QLatin1String(name));
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, v);
    };
    addRow(tr("Version:"), applicationVersion(), "aboutVersion");
    addRow(tr("Qt version:"), QString::fromLatin1(qVersion()), "aboutQtVersion");
    const bool open = db && db->isOpen();
    addRow(tr("Schema version:"),
           open ? tr("%1 (this program: %2)").arg(db->schemaVersion()).arg(Database::latestSchemaVersion())
                : tr("this program: %1").arg(Database::latestSchemaVersion()),
           "aboutSchema");
    const auto node = open ? NodeIdentity::load(*db) : std::nullopt;
    addRow(tr("Node:"), node ? QStringLiteral("%1 (%2)").arg(node->displayName, tierDisplayName(node->tier)) : tr("none"),
           "aboutNode");
    addRow(tr("Node id:"), node ? node->nodeId : QString(), "aboutNodeId");
    addRow(tr("Organisation unit:"), node ? QStringLiteral("%1 %2").arg(node->orgUnit, node->orgUnitName) : QString(),
           "aboutOrgUnit");
    addRow(tr("Database:"), open ? QDir::toNativeSeparators(db->path()) : tr("none open"), "aboutDatabasePath");

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

} // namespace ud
