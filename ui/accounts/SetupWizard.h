#pragma once

#include "core/Result.h"

#include <QWizard>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTemporaryDir;

namespace ud {

class Database;

// First run: where the database goes, which organisation unit the node serves (searched in the
// bundled org tree by name or code), its tier and display name, and the first administrator.
// Finish builds the database at <path>.creating and renames it into place only when node and
// administrator are both written, so an interrupted set-up never leaves a half-made database
// under the real name. Wrong input is reported inline on its page; nothing typed is lost.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { LocationPage, OrgUnitPage, AdministratorPage, SummaryPage };

    // `defaultPath` is proposed on the first page (normally ud::defaultDatabasePath()).
    explicit SetupWizard(const QString &defaultPath, QWidget *parent = nullptr);
    ~SetupWizard() override;

    // The database file (absolute); it exists once the wizard was accepted.
    QString databasePath() const;
    QString orgUnitCode() const;
    QString adminUsername() const;

    bool validateCurrentPage() override;

private:
    QWizardPage *createLocationPage(const QString &defaultPath);
    QWizardPage *createOrgUnitPage();
    QWizardPage *createAdministratorPage();
    QWizardPage *createSummaryPage();
    QLabel *createErrorLabel(const char *objectName, QWidget *parent);
    void search(const QString &text);
    bool validateLocation();
    bool validateOrgUnit();
    bool validateAdministrator();
    void updateSummary();
    Status createDatabase();

    std::unique_ptr<QTemporaryDir> m_scratchDir;
    std::unique_ptr<Database> m_scratch; // the bundled org tree to search
    QLineEdit *m_path = nullptr;
    QLabel *m_pathError = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_results = nullptr;
    QComboBox *m_tier = nullptr;
    QLineEdit *m_nodeName = nullptr;
    QLabel *m_orgSelected = nullptr;
    QLabel *m_orgError = nullptr;
    QString m_orgCode; // kept while the search text changes
    QLineEdit *m_adminUser = nullptr;
    QLineEdit *m_adminName = nullptr;
    QLineEdit *m_adminPassword = nullptr;
    QLineEdit *m_adminRepeat = nullptr;
    QLabel *m_adminError = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_finishError = nullptr;
    bool m_created = false;
};

} // namespace ud
