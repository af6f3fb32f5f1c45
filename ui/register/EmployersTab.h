#pragma once

#include "ui/register/RegisterListTab.h"

class QComboBox;
class QLabel;

namespace ud {

class EmployersModel;

// The employers list of the register: filters by district, industry (GB/T 4754 门类 or 大类)
// and size (百人以上); adds and edits through EmployerDialog; exports through RegisterExport.
// Its list is read when first needed (refresh(), a filter, a sort): RegisterPage refreshes it
// when the tab is first shown.
class EmployersTab : public RegisterListTab
{
    Q_OBJECT

public:
    EmployersTab(Database &db, CommandFacade &commands, const CodeListCache &lookups,
                 const RegisterPermissions &permissions, QWidget *parent = nullptr);

    EmployersModel *employersModel() const { return m_employers; }

    void addRecord() override;
    void editRecord() override;
    Status exportTo(const QString &path, bool fullIdNumbers) override;
    void retranslate() override;

protected:
    QString statusText(int loaded, int total) const override;
    QString nothingFoundText(const QString &search) const override;
    void applyFilter() override;

private:

    EmployersModel *m_employers;
    QLabel *m_districtLabel;
    QComboBox *m_district;
    QLabel *m_industryLabel;
    QComboBox *m_industry;
    QLabel *m_sizeLabel;
    QComboBox *m_size;
};

} // namespace ud
