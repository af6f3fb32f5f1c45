#pragma once

#include "ui/register/RegisterListTab.h"

class QComboBox;
class QLabel;

namespace ud {

class WorkersModel;

// The workers list of the register: filters by district (of the employer) and union
// membership; adds and edits through WorkerDialog; exports through RegisterExport.
class WorkersTab : public RegisterListTab
{
    Q_OBJECT

public:
    WorkersTab(Database &db, CommandFacade &commands, const CodeListCache &lookups,
               const RegisterPermissions &permissions, QWidget *parent = nullptr);

    WorkersModel *workersModel() const { return m_workers; }

    void addRecord() override;
    void editRecord() override;
    Status exportTo(const QString &path, bool fullIdNumbers) override;
    void retranslate() override;

protected:
    QString statusText(int loaded, int total) const override;
    QString nothingFoundText(const QString &search) const override;
    void applyFilter() override;

private:

    WorkersModel *m_workers;
    QLabel *m_districtLabel;
    QComboBox *m_district;
    QLabel *m_memberLabel;
    QComboBox *m_member;
};

} // namespace ud
