#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace ud {

// A self-signed TLS certificate for a hub of a test or small site (`uniondesk-cli hub cert`,
// `hub init`), made with OpenSSL's libcrypto: an EC P-256 key; subjectAltName with the DNS names
// and IP addresses given, plus localhost and 127.0.0.1; basicConstraints CA:TRUE, so that a node
// can pin the certificate as its own CA; SHA-256 signature.
class SelfSignedCert
{
    Q_DECLARE_TR_FUNCTIONS(SelfSignedCert)

public:
    // `hosts`: DNS names and IP addresses (the first is also the common name); `days` 1-36500.
    static Result<SelfSignedCert> make(const QStringList &hosts, int days);

    const QByteArray &certificatePem() const { return m_certificatePem; }
    const QByteArray &privateKeyPem() const { return m_keyPem; } // PKCS#8, unencrypted

    // Writes the certificate (0644) and the key (0600). Refuses to replace an existing file.
    Status write(const QString &certificateFile, const QString &keyFile) const;

private:
    SelfSignedCert(QByteArray certificatePem, QByteArray keyPem)
        : m_certificatePem(std::move(certificatePem)), m_keyPem(std::move(keyPem))
    {
    }

    QByteArray m_certificatePem;
    QByteArray m_keyPem;
};

} // namespace ud
