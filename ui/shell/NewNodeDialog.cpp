#include "shell/NewNodeDialog.h"

#include "storage/NodeIdentity.h"
#include "storage/OrgUnitRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ud {

NewNodeDialog::NewNodeDialog(Database &reference, QWidget *parent) : QDialog(parent), m_reference(reference)
{
    setObjectName(QStringLiteral("newNodeDialog"));
    setWindowTitle(tr("New node database"));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("newNodePathEdit"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("New database file"), m_path->text(),
                                                          tr("UnionDesk database (*.db)"));
        if (!file.isEmpty())
            m_path->setText(file.endsWith(QLatin1String(".db")) ? file : file + QStringLiteral(".db"));
    });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("newNodeSearchEdit"));
    m_search->setPlaceholderText(tr("Name or code, e.g. 八里庄 or 110105"));
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("newNodeResults"));
    m_results->setMinimumHeight(160);

    m_tier = new QComboBox(this);
    m_tier->setObjectName(QStringLiteral("newNodeTierCombo"));
    for (Tier t : {Tier::City, Tier::District, Tier::Street, Tier::Enterprise, Tier::Industry})
        m_tier->addItem(tierDisplayName(t), ud::tierKey(t));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("newNodeNameEdit"));
    m_name->setPlaceholderText(tr("Defaults to the organisation unit's name"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("newNodeError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);

    connect(m_search, &QLineEdit::textChanged, this, &NewNodeDialog::search);
    connect(m_results, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const int idx = m_tier->findData(m_results->item(row)->data(Qt::UserRole + 1));
        if (idx >= 0)
            m_tier->setCurrentIndex(idx);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Database &file:"), pathRow);
    form->addRow(tr("&Organisation unit:"), m_search);
    form->addRow(QString(), m_results);
    form->addRow(tr("&Tier:"), m_tier);
    form->addRow(tr("Display &name:"), m_name);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewNodeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewNodeDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    search(QString());
}

void NewNodeDialog::search(const QString &text)
{
    m_results->clear();
    const OrgUnitRepository repo(m_reference);
    const QList<OrgUnit> units = text.trimmed().isEmpty() ? repo.children(QStringLiteral("110000")) : repo.search(text, 100);
    for (const OrgUnit &u : units) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(u.code, u.name), m_results);
        item->setData(Qt::UserRole, u.code);
        item->setData(Qt::UserRole + 1, u.tier);
    }
}

QString NewNodeDialog::databasePath() const
{
    return m_path->text().trimmed();
}

QString NewNodeDialog::orgUnitCode() const
{
    const auto *item = m_results->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString NewNodeDialog::tierKey() const
{
    return m_tier->currentData().toString();
}

QString NewNodeDialog::displayName() const
{
    return m_name->text().trimmed();
}

void NewNodeDialog::accept()
{
    if (databasePath().isEmpty()) {
        m_error->setText(tr("Choose where the database file goes."));
        m_path->setFocus();
        return;
    }
    if (QFileInfo::exists(databasePath())) {
        m_error->setText(tr("%1 already exists; choose a new file name.").arg(QDir::toNativeSeparators(databasePath())));
        m_path->setFocus();
        return;
    }
    if (orgUnitCode().isEmpty()) {
        m_error->setText(tr("Pick the organisation unit this node serves from the list."));
        m_search->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace ud
