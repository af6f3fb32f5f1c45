#include "ui/register/EmployersTab.h"

#include "commands/CommandFacade.h"
#include "core/DisplayFormat.h"
#include "ui/register/EmployerDialog.h"
#include "ui/register/EmployersModel.h"
#include "ui/sync/SyncStateColumn.h"
#include "ui/common/CodeListCache.h"
#include "register/RegisterExport.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace ud {

EmployersTab::EmployersTab(Database &db, CommandFacade &commands, const CodeListCache &lookups,
                           const RegisterPermissions &permissions, QWidget *parent)
    : RegisterListTab(db, commands, lookups, permissions, QStringLiteral("employers"),
                      new EmployersModel(db, lookups, false), parent)
{
    m_employers = static_cast<EmployersModel *>(model());
    m_districtLabel = new QLabel(this);
    m_district = new QComboBox(this);
    m_district->setObjectName(QStringLiteral("employerDistrictFilter"));
    m_lookups.fillDistrictCombo(m_district, QStringLiteral("*"));
    m_districtLabel->setBuddy(m_district);
    m_industryLabel = new QLabel(this);
    m_industry = new QComboBox(this);
    m_industry->setObjectName(QStringLiteral("employerIndustryFilter"));
    m_lookups.fillIndustryCombo(m_industry, QStringLiteral("*"), true);
    m_industry->setMaxVisibleItems(24);
    m_industry->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_industry->setMinimumContentsLength(16);
    m_industryLabel->setBuddy(m_industry);
    m_sizeLabel = new QLabel(this);
    m_size = new QComboBox(this);
    m_size->setObjectName(QStringLiteral("employerSizeFilter"));
    using Size = RegisterRepository::EmployerFilter::Size;
    m_size->addItem(QString(), int(Size::Any));
    m_size->addItem(QString(), int(Size::Under100));
    m_size->addItem(QString(), int(Size::HundredPlus));
    m_sizeLabel->setBuddy(m_size);
    filterRow()->addWidget(m_districtLabel);
    filterRow()->addWidget(m_district);
    filterRow()->addSpacing(12);
    filterRow()->addWidget(m_industryLabel);
    filterRow()->addWidget(m_industry);
    filterRow()->addSpacing(12);
    filterRow()->addWidget(m_sizeLabel);
    filterRow()->addWidget(m_size);
    filterRow()->addStretch(1);

    const QFontMetrics fm = view()->fontMetrics();
    const auto chars = [&fm](int n) { return fm.horizontalAdvance(QStringLiteral("中")) * n + 16; };
    QHeaderView *header = view()->horizontalHeader();
    header->resizeSection(EmployersModel::NameColumn, chars(16));
    header->resizeSection(EmployersModel::CreditCodeColumn, fm.horizontalAdvance(QStringLiteral("91110105MA00000000")) + 20);
    header->resizeSection(EmployersModel::TypeColumn, chars(5));
    header->resizeSection(EmployersModel::IndustryColumn, chars(9));
    header->resizeSection(EmployersModel::EmployeeCountColumn, fm.horizontalAdvance(QStringLiteral("Employees")) + 28);
    header->resizeSection(EmployersModel::HundredPlusColumn, fm.horizontalAdvance(QStringLiteral("100+")) + 36);
    header->resizeSection(EmployersModel::UnionColumn, fm.horizontalAdvance(QStringLiteral("Union")) + 36);
    header->resizeSection(EmployersModel::DistrictColumn, chars(5));
    header->resizeSection(EmployersModel::StreetColumn, chars(7));
    m_employers->syncColumn()->placeIn(view(), EmployersModel::NameColumn); // in sight at 1366×768

    connect(m_district, &QComboBox::currentIndexChanged, this, &EmployersTab::applyFilter);
    connect(m_industry, &QComboBox::currentIndexChanged, this, &EmployersTab::applyFilter);
    connect(m_size, &QComboBox::currentIndexChanged, this, &EmployersTab::applyFilter);
    retranslate();
}

void EmployersTab::retranslate()
{
    m_districtLabel->setText(tr("&District:"));
    m_district->setItemText(0, tr("All districts"));
    m_industryLabel->setText(tr("&Industry:"));
    m_industry->setItemText(0, tr("All industries"));
    m_sizeLabel->setText(tr("&Size:"));
    m_size->setItemText(0, tr("Any size"));
    m_size->setItemText(1, tr("Under 100"));
    m_size->setItemText(2, tr("100 or more (百人以上)"));
    RegisterListTab::retranslate();
}

QString EmployersTab::statusText(int loaded, int total) const
{
    if (loaded >= total)
        return tr("%1 employers").arg(DisplayFormat::count(total));
    return tr("%1 of %2 employers loaded (scroll for more)").arg(DisplayFormat::count(loaded), DisplayFormat::count(total));
}

QString EmployersTab::nothingFoundText(const QString &search) const
{
    return tr("No employer matches “%1” (names, addresses, credit codes and phones are searched).").arg(search);
}

void EmployersTab::applyFilter()
{
    RegisterRepository::EmployerFilter filter = m_employers->filter();
    filter.district = m_district->currentData().toString();
    filter.industry = m_industry->currentData().toString();
    filter.size = RegisterRepository::EmployerFilter::Size(m_size->currentData().toInt());
    filter.ids = searchIds();
    m_employers->setFilter(filter, searchText());
}

void EmployersTab::addRecord()
{
    if (!m_permissions.canEdit)
        return;
    EmployerDialog dialog(m_db, m_commands, m_lookups, QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    afterDialog(dialog.recordId());
}

void EmployersTab::editRecord()
{
    const QString id = currentId();
    if (!m_permissions.canEdit || id.isEmpty())
        return;
    EmployerDialog dialog(m_db, m_commands, m_lookups, id, this);
    if (dialog.exec() == QDialog::Accepted)
        afterDialog(dialog.recordId());
}

Status EmployersTab::exportTo(const QString &path, bool fullIdNumbers)
{
    Q_UNUSED(fullIdNumbers); // employers carry no personal ID numbers
    return RegisterExport::exportEmployers(m_db, m_employers->allRows(), path);
}

} // namespace ud
