#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ud {

class SyncClient;

// Asks the hub of the union above to enroll this node (administrators only): the hub's address
// and, for a self-signed hub, its certificate file. On success it shows the answer and this
// node's key fingerprint, which the administrator reads out to the hub's administrator; the
// dialog then only closes. A bad address, an unreachable hub or a refusal is said under the fields.
class EnrollDialog : public QDialog
{
    Q_OBJECT

public:
    EnrollDialog(SyncClient &client, const QString &currentHub, QWidget *parent = nullptr);

    // True once the hub took the request.
    bool requested() const { return m_requested; }
    QString fingerprint() const { return m_fingerprint; }

    void accept() override;

private:
    void chooseCertificate();
    void showError(const QString &message);

    SyncClient &m_client;
    QLineEdit *m_hub;
    QLineEdit *m_certificate;
    QPushButton *m_browse;
    QLabel *m_error;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    bool m_requested = false;
    bool m_busy = false;
    QString m_fingerprint;
};

} // namespace ud
