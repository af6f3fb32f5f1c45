#include "ui/sync/EnrollDialog.h"

#include "ui/common/FileDialogs.h"
#include "sync/SyncClient.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace ud {

EnrollDialog::EnrollDialog(SyncClient &client, const QString &currentHub, QWidget *parent)
    : QDialog(parent), m_client(client)
{
    setObjectName(QStringLiteral("enrollDialog"));
    setWindowTitle(tr("Enroll with the hub"));

    m_hub = new QLineEdit(currentHub, this);
    m_hub->setObjectName(QStringLiteral("enrollHubEdit"));
    m_hub->setPlaceholderText(tr("https://hub.example:8443"));
    m_certificate = new QLineEdit(this);
    m_certificate->setObjectName(QStringLiteral("enrollCertificateEdit"));
    m_certificate->setPlaceholderText(tr("Only when the hub's administrator gave you a certificate file"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("enrollCertificateBrowse"));
    connect(m_browse, &QPushButton::clicked, this, &EnrollDialog::chooseCertificate);
    auto *certRow = new QHBoxLayout;
    certRow->addWidget(m_certificate, 1);
    certRow->addWidget(m_browse);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("enrollError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("enrollResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setVisible(false);

    auto *note = new QLabel(tr("This computer asks the hub of the union above to accept its records. The hub's "
                               "administrator approves the request after comparing this computer's key fingerprint, "
                               "which is shown here once the request is made."),
                            this);
    note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Hub address:"), m_hub);
    auto *certLabel = new QLabel(tr("Certificate &file:"), this);
    certLabel->setBuddy(m_certificate);
    form->addRow(certLabel, certRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Request enrollment"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EnrollDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EnrollDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());
}

void EnrollDialog::chooseCertificate()
{
    const QString file = FileDialogs::openFileToRead(this, tr("The hub's certificate"), QDir::homePath(),
                                                     tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_certificate->setText(QDir::toNativeSeparators(file));
}

void EnrollDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(true);
}

void EnrollDialog::accept()
{
    if (m_requested) { // the request was made: OK only closes
        QDialog::accept();
        return;
    }
    if (m_busy) // a second press while the hub is being asked
        return;
    m_error->setVisible(false);
    const QString url = m_hub->text().trimmed();
    const QUrl parsed(url);
    if (url.isEmpty() || !parsed.isValid() || parsed.scheme() != QLatin1String("https") || parsed.host().isEmpty()) {
        showError(tr("\"%1\" is not a hub address. Type it as the hub's administrator gave it, for example "
                     "https://hub.example:8443.")
                      .arg(url));
        m_hub->setFocus();
        return;
    }
    QString pem;
    const QString certFile = QDir::fromNativeSeparators(m_certificate->text().trimmed());
    if (!certFile.isEmpty()) {
        QFile f(certFile);
        if (!f.open(QIODevice::ReadOnly)) {
            showError(tr("The certificate file %1 cannot be read (%2). Choose the file the hub's administrator gave you.")
                          .arg(QDir::toNativeSeparators(certFile), f.errorString()));
            m_certificate->setFocus();
            return;
        }
        pem = QString::fromLatin1(f.read(1024 * 1024));
        if (!pem.contains(QLatin1String("BEGIN CERTIFICATE"))) {
            showError(tr("%1 is not a certificate file (PEM). Choose the file the hub's administrator gave you.")
                          .arg(QDir::toNativeSeparators(certFile)));
            m_certificate->setFocus();
            return;
        }
    }
    m_buttons->setEnabled(false);
    m_hub->setEnabled(false);
    m_certificate->setEnabled(false);
    m_browse->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_busy = true;
    const auto status = m_client.enroll(url, pem); // runs its own event loop: the window is repainted
    m_busy = false;
    QApplication::restoreOverrideCursor();
    m_buttons->setEnabled(true);
    if (!status) {
        m_hub->setEnabled(true);
        m_certificate->setEnabled(true);
        m_browse->setEnabled(true);
        showError(tr("The hub did not take the request: %1").arg(status.error()));
        return;
    }
    m_requested = true;
    const auto keys = m_client.keys();
    m_fingerprint = keys ? keys.value().fingerprint() : QString();
    const QString state = status.value() == QLatin1String("approved")
        ? tr("The hub has already approved this computer.")
        : tr("The hub has the request; it now waits for the hub's administrator to approve it.");
    m_result->setText(tr("%1\n\nKey fingerprint of this computer: %2\nRead it out to the hub's administrator, who "
                         "compares it before approving.")
                          .arg(state, m_fingerprint));
    m_result->setVisible(true);
    resize(width(), qMax(height(), sizeHint().height()));
    m_buttons->button(QDialogButtonBox::Cancel)->setVisible(false);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Close"));
}

} // namespace ud
