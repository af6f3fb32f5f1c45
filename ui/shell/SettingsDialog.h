#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace ud {

// Language and backup preferences. Applying a new language switches the UI at once.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QComboBox *m_language;
    QLineEdit *m_backupFolder;
    QSpinBox *m_keep;
};

} // namespace ud
