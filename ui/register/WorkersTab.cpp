#include "ui/register/WorkersTab.h"

#include "commands/CommandFacade.h"
#include "core/DisplayFormat.h"
#include "ui/common/CodeListCache.h"
#include "ui/register/WorkerDialog.h"
#include "ui/register/WorkersModel.h"
#include "ui/sync/SyncStateColumn.h"
#include "register/RegisterExport.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace ud {

WorkersTab::WorkersTab(Database &db, CommandFacade &commands, const CodeListCache &lookups,
                       const RegisterPermissions &permissions, QWidget *parent)
    : RegisterListTab(db, commands, lookups, permissions, QStringLiteral("workers"), new WorkersModel(db), parent)
{
    m_workers = static_cast<WorkersModel *>(model());
    m_districtLabel = new QLabel(this);
    m_district = new QComboBox(this);
    m_district->setObjectName(QStringLiteral("workerDistrictFilter"));
    m_lookups.fillDistrictCombo(m_district, QStringLiteral("*"));
    m_districtLabel->setBuddy(m_district);
    m_memberLabel = new QLabel(this);
    m_member = new QComboBox(this);
    m_member->setObjectName(QStringLiteral("workerUnionMemberFilter"));
    m_member->addItem(QString(), -1);
    m_member->addItem(QString(), 1);
    m_member->addItem(QString(), 0);
    m_memberLabel->setBuddy(m_member);
    filterRow()->addWidget(m_districtLabel);
    filterRow()->addWidget(m_district);
    filterRow()->addSpacing(12);
    filterRow()->addWidget(m_memberLabel);
    filterRow()->addWidget(m_member);
    filterRow()->addStretch(1);

    const QFontMetrics fm = view()->fontMetrics();
    const auto chars = [&fm](int n) { return fm.horizontalAdvance(QStringLiteral("中")) * n + 16; };
    QHeaderView *header = view()->horizontalHeader();
    header->resizeSection(WorkersModel::NameColumn, chars(5));
    header->resizeSection(WorkersModel::SexColumn, chars(3));
    header->resizeSection(WorkersModel::BirthDateColumn, fm.horizontalAdvance(QStringLiteral("0000-00-00")) + 28);
    header->resizeSection(WorkersModel::IdNumberColumn, fm.horizontalAdvance(QStringLiteral("110105********002X")) + 20);
    header->resizeSection(WorkersModel::EmployerColumn, chars(14));
    header->resizeSection(WorkersModel::PostColumn, chars(6));
    header->resizeSection(WorkersModel::UnionMemberColumn, chars(4));
    header->resizeSection(WorkersModel::PhoneColumn, fm.horizontalAdvance(QStringLiteral("13800000000")) + 20);
    m_workers->syncColumn()->placeIn(view(), WorkersModel::NameColumn); // in sight at 1366×768

    connect(m_district, &QComboBox::currentIndexChanged, this, &WorkersTab::applyFilter);
    connect(m_member, &QComboBox::currentIndexChanged, this, &WorkersTab::applyFilter);
    retranslate();
}

void WorkersTab::retranslate()
{
    m_districtLabel->setText(tr("&District:"));
    m_district->setItemText(0, tr("All districts"));
    m_memberLabel->setText(tr("U&nion:"));
    m_member->setItemText(0, tr("Members and others"));
    m_member->setItemText(1, tr("Union members"));
    m_member->setItemText(2, tr("Not members"));
    RegisterListTab::retranslate();
}

QString WorkersTab::statusText(int loaded, int total) const
{
    if (loaded >= total)
        return tr("%1 workers").arg(DisplayFormat::count(total));
    return tr("%1 of %2 workers loaded (scroll for more)").arg(DisplayFormat::count(loaded), DisplayFormat::count(total));
}

QString WorkersTab::nothingFoundText(const QString &search) const
{
    return tr("No worker matches “%1” (names, employers, addresses, posts and phones are searched).").arg(search);
}

void WorkersTab::applyFilter()
{
    RegisterRepository::WorkerFilter filter = m_workers->filter();
    filter.district = m_district->currentData().toString();
    const int member = m_member->currentData().toInt();
    filter.unionMember = member < 0 ? std::nullopt : std::optional<bool>(member == 1);
    filter.ids = searchIds();
    m_workers->setFilter(filter, searchText());
}

void WorkersTab::addRecord()
{
    if (!m_permissions.canEdit)
        return;
    WorkerDialog dialog(m_db, m_commands, m_lookups, QString(), this);
    if (dialog.exec() == QDialog::Accepted)
        afterDialog(dialog.recordId());
}

void WorkersTab::editRecord()
{
    const QString id = currentId();
    if (!m_permissions.canEdit || id.isEmpty())
        return;
    WorkerDialog dialog(m_db, m_commands, m_lookups, id, this);
    if (dialog.exec() == QDialog::Accepted)
        afterDialog(dialog.recordId());
}

Status WorkersTab::exportTo(const QString &path, bool fullIdNumbers)
{
    return RegisterExport::exportWorkers(m_db, m_commands.actor(), m_workers->allRows(), path,
                                         fullIdNumbers && m_permissions.canRevealIdNumbers);
}

} // namespace ud
