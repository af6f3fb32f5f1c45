#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ud {

// Asks why a record is being voided or changed (the reason goes into the audit entry). The
// reason is required; Return in the field never confirms — the explicit button does, or
// Ctrl+Return. A warning (not a refusal) can be shown above the field.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    // `what` says what will change; `confirmText` labels the confirming button (with its access key).
    ReasonDialog(const QString &title, const QString &what, const QString &confirmText, QWidget *parent = nullptr);

    void setWarning(const QString &text);
    void showError(const QString &text);
    QString reason() const;

private:
    void tryAccept();

    QLabel *m_warning = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace ud
