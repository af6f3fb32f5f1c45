#include "cli/SelfSignedCert.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSaveFile>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace ud {

namespace {

template <typename T, void (*Free)(T *)>
struct Freer
{
    void operator()(T *p) const { Free(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Freer<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Freer<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Freer<BIO, BIO_free_all>>;
using BigNumPtr = std::unique_ptr<BIGNUM, Freer<BIGNUM, BN_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, Freer<X509_EXTENSION, X509_EXTENSION_free>>;

// The last OpenSSL error in words, for the message after ours.
QString opensslError()
{
    char text[256] = {};
    ERR_error_string_n(ERR_get_error(), text, sizeof text);
    ERR_clear_error();
    return QString::fromLatin1(text);
}

bool addExtension(X509 *certificate, X509V3_CTX *ctx, int nid, const QByteArray &value)
{
    const ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, ctx, nid, value.constData()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

template <typename Write>
QByteArray toPem(Write write)
{
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || write(bio.get()) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_ctrl(bio.get(), BIO_CTRL_INFO, 0, &data);
    return size > 0 && data ? QByteArray(data, static_cast<qsizetype>(size)) : QByteArray();
}

Status writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.setPermissions(permissions)
        || !out.commit())
        return Status::failure(SelfSignedCert::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
    return Status::success();
}

} // namespace

Result<SelfSignedCert> SelfSignedCert::make(const QStringList &hosts, int days)
{
    if (days < 1 || days > 36500)
        return Result<SelfSignedCert>::failure(tr("The certificate must last from 1 to 36500 days, not %1.").arg(days));
    // DNS names and IP addresses, in the order given, then localhost and 127.0.0.1.
    static const QRegularExpression dnsName(QStringLiteral("^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?)+$"));
    QStringList names;
    QStringList sans;
    for (const QString &raw : hosts + QStringList{QStringLiteral("localhost"), QStringLiteral("127.0.0.1")}) {
        const QString host = raw.trimmed();
        if (host.isEmpty() || names.contains(host, Qt::CaseInsensitive))
            continue;
        QHostAddress ip;
        if (ip.setAddress(host))
            sans << QStringLiteral("IP:") + ip.toString();
        else if (dnsName.match(host).hasMatch())
            sans << QStringLiteral("DNS:") + host.toLower();
        else
            return Result<SelfSignedCert>::failure(tr("\"%1\" is neither a host name nor an IP address.").arg(host));
        names << host;
    }

    const auto failed = [](const char *step) {
        return Result<SelfSignedCert>::failure(
            tr("Cannot make the certificate (%1: %2).").arg(QLatin1String(step), opensslError()));
    };
    const PKeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key)
        return failed("key");
    const X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), X509_VERSION_3) != 1)
        return failed("version");
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return failed("serial");
    serial[0] &= 0x7f; // a positive number
    const BigNumPtr serialNumber(BN_bin2bn(serial, sizeof serial, nullptr));
    if (!serialNumber || !BN_to_ASN1_INTEGER(serialNumber.get(), X509_get_serialNumber(cert.get())))
        return failed("serial");
    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600)
        || !X509_time_adj_ex(X509_getm_notAfter(cert.get()), days, 0, nullptr))
        return failed("validity");
    if (X509_set_pubkey(cert.get(), key.get()) != 1)
        return failed("public key");
    X509_NAME *subject = X509_get_subject_name(cert.get());
    const QByteArray commonName = names.first().left(64).toUtf8();
    if (X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("UnionDesk hub"), -1, -1, 0) != 1
        || X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(commonName.constData()),
                                      -1, -1, 0) != 1
        || X509_set_issuer_name(cert.get(), subject) != 1)
        return failed("name");
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    if (!addExtension(cert.get(), &ctx, NID_basic_constraints, "critical,CA:TRUE")
        || !addExtension(cert.get(), &ctx, NID_key_usage, "critical,digitalSignature,keyCertSign")
        || !addExtension(cert.get(), &ctx, NID_ext_key_usage, "serverAuth")
        || !addExtension(cert.get(), &ctx, NID_subject_key_identifier, "hash")
        || !addExtension(cert.get(), &ctx, NID_subject_alt_name, sans.join(QLatin1Char(',')).toLatin1()))
        return failed("extensions");
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return failed("signature");

    QByteArray certificatePem = toPem([&cert](BIO *bio) { return PEM_write_bio_X509(bio, cert.get()); });
    QByteArray keyPem = toPem([&key](BIO *bio) {
        return PEM_write_bio_PrivateKey(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    });
    if (certificatePem.isEmpty() || keyPem.isEmpty())
        return failed("PEM");
    return SelfSignedCert(std::move(certificatePem), std::move(keyPem));
}

Status SelfSignedCert::write(const QString &certificateFile, const QString &keyFile) const
{
    for (const QString &file : {certificateFile, keyFile})
        if (QFileInfo::exists(file))
            return Status::failure(tr("%1 already exists; remove it first or choose another name.")
                                       .arg(QDir::toNativeSeparators(file)));
    // The key first: a certificate without its key would be of no use.
    if (Status s = writeFile(keyFile, m_keyPem, QFileDevice::ReadOwner | QFileDevice::WriteOwner); !s)
        return s;
    if (Status s = writeFile(certificateFile, m_certificatePem,
                             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        !s) {
        QFile::remove(keyFile);
        return s;
    }
    return Status::success();
}

} // namespace ud
