#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace ud {

class SyncKeys;
struct HubRequest;

// The signature every sync request carries (docs/sync.md "Identity and keys"):
//   X-UD-Node       the node id
//   X-UD-Time       UTC with milliseconds, "2026-12-07T19:05:00.123Z"
//   X-UD-Nonce      16 random bytes as 32 lowercase hex digits
//   X-UD-Signature  base64 of the Ed25519 signature of
//                   "UD1\n" METHOD "\n" path?query "\n" time "\n" nonce "\n" hex(sha256(body as sent))
// `pathAndQuery` is the request target exactly as sent on the request line (still percent-encoded).
// Nonce bookkeeping (refusing a nonce seen before) is the hub's, in its database.
class RequestSignature
{
    Q_DECLARE_TR_FUNCTIONS(RequestSignature)

public:
    static constexpr int kDefaultMaxSkewSeconds = 300;
    static constexpr int kNonceBytes = 16;

    static constexpr char kNodeHeader[] = "X-UD-Node";
    static constexpr char kTimeHeader[] = "X-UD-Time";
    static constexpr char kNonceHeader[] = "X-UD-Nonce";
    static constexpr char kSignatureHeader[] = "X-UD-Signature";

    // Reason codes of a refused signature (ASCII, for the protocol's 401 answer).
    static constexpr char kMissingHeaders[] = "missing_headers";
    static constexpr char kMalformed[] = "malformed";
    static constexpr char kBadSignature[] = "bad_signature";
    static constexpr char kClockSkew[] = "clock_skew";

    // The four headers, in the order above, for a request made now (a fresh nonce from
    // randombytes_buf).
    static QList<QPair<QByteArray, QByteArray>> sign(const SyncKeys &keys, const QString &nodeId, const QByteArray &method,
                                                     const QString &pathAndQuery, const QByteArray &body,
                                                     const QDateTime &nowUtc);
    // The bytes that are signed.
    static QByteArray signedText(const QByteArray &method, const QString &pathAndQuery, const QByteArray &time,
                                 const QByteArray &nonce, const QByteArray &body);

    struct Verdict
    {
        bool ok = false;
        QByteArray reason;      // "" when ok, else one of the codes above
        QString message;        // for a person; "" when ok
        qint64 skewSeconds = 0; // request time minus hub time (positive: the node's clock is ahead)
        QString nodeId;         // the parsed headers, when they could be parsed
        QDateTime time;
        QByteArray nonce;       // 32 lowercase hex digits, for the hub's replay check
    };

    // Checks the request's header values against `publicKey` (32 raw bytes, the node's registered
    // key). In this order: all four headers present (missing_headers); node id, time, nonce and
    // signature well formed (malformed); the signature (bad_signature); the time within
    // `maxSkewSeconds` of `hubNowUtc` (clock_skew, with skewSeconds set).
    static Verdict verify(const QByteArray &node, const QByteArray &time, const QByteArray &nonce,
                          const QByteArray &signature, const QByteArray &method, const QString &pathAndQuery,
                          const QByteArray &body, const QByteArray &publicKey, const QDateTime &hubNowUtc,
                          int maxSkewSeconds = kDefaultMaxSkewSeconds);
    // The same for a request as the hub received it (headers in lower case; path?query from its
    // path and query).
    static Verdict verify(const HubRequest &request, const QByteArray &publicKey, const QDateTime &hubNowUtc,
                          int maxSkewSeconds = kDefaultMaxSkewSeconds);
};

} // namespace ud
