#include "ui/shell/SettingsDialog.h"
#include "ui/common/FileDialogs.h"

#include "ui/shell/AppSettings.h"
#include "Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace ud {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppSettings::language())));

    m_backupFolder = new QLineEdit(AppSettings::backupFolder(), this);
    m_backupFolder->setObjectName(QStringLiteral("backupFolderEdit"));
    m_backupFolder->setPlaceholderText(tr("The \"backups\" folder beside the database"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = FileDialogs::existingFolder(this, tr("Backup folder"), m_backupFolder->text());
        if (!dir.isEmpty())
            m_backupFolder->setText(dir);
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(browse);

    m_keep = new QSpinBox(this);
    m_keep->setObjectName(QStringLiteral("backupKeepSpin"));
    m_keep->setRange(1, 365);
    m_keep->setValue(AppSettings::backupsToKeep());
    m_keep->setSuffix(tr(" backups"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto *folderLabel = new QLabel(tr("Backup &folder:"), this); // a row has no buddy of its own
    folderLabel->setBuddy(m_backupFolder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("&Keep the newest:"), m_keep);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    const QString lang = m_language->currentData().toString();
    const bool languageChanged = lang != AppSettings::language();
    AppSettings::setLanguage(lang);
    AppSettings::setBackupFolder(m_backupFolder->text().trimmed());
    AppSettings::setBackupsToKeep(m_keep->value());
    if (languageChanged)
        installTranslations(lang); // widgets retranslate on QEvent::LanguageChange
    QDialog::accept();
}

} // namespace ud
