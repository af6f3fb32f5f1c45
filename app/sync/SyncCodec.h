#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringView>

#include <optional>

namespace ud {

// The bodies of sync protocol 1 (docs/sync.md "Messages") as bytes: canonical JSON
// (CanonicalJson), deflated with zlib ("Content-Encoding: deflate") when longer than 1 KB; and
// the protocol's limits. The messages themselves are in SyncMessages.h.
class SyncCodec
{
    Q_DECLARE_TR_FUNCTIONS(SyncCodec)

public:
    static constexpr int kProtocolMin = 1;
    static constexpr int kProtocolMax = 1;
    static constexpr int kMaxRecords = 500;                        // per push
    static constexpr qint64 kMaxBatchBytes = 4 * 1024 * 1024;      // a push body, uncompressed
    static constexpr qint64 kMaxRequestBytes = 16 * 1024 * 1024;   // a request body as sent
    static constexpr int kDeflateAboveBytes = 1024;                // bodies longer than this are deflated

    // decodeBody's reason codes (ASCII, for the protocol and logs).
    static constexpr char kTooLarge[] = "too_large";
    static constexpr char kBadEncoding[] = "bad_encoding";
    static constexpr char kBadJson[] = "bad_json";

    // Canonical JSON of `body`, deflated (zlib format) when longer than kDeflateAboveBytes;
    // `*deflated` tells which (send "Content-Encoding: deflate" then).
    static QByteArray encodeBody(const QJsonObject &body, bool *deflated);
    // The JSON object of a body as received. Refuses, without ever holding more than
    // `maxInflatedBytes` (+1) of output: a body longer than that once inflated (too_large),
    // malformed, truncated or trailing zlib data (bad_encoding), and text that is not one JSON
    // object (bad_json). `*reasonCode` (when given) is set to the code on failure, cleared on success.
    static Result<QJsonObject> decodeBody(const QByteArray &body, bool deflated, qint64 maxInflatedBytes,
                                          QByteArray *reasonCode = nullptr);

    // zlib-format deflate / inflate of raw bytes (inflate has the same limit and refusals as
    // decodeBody). Also used for bundles.
    static QByteArray deflate(const QByteArray &data);
    static Result<QByteArray> inflate(const QByteArray &data, qint64 maxInflatedBytes, QByteArray *reasonCode = nullptr);

    // The protocol's time stamps: UTC with milliseconds, "2026-12-07T19:05:00.123Z".
    static QString formatTime(const QDateTime &time);
    // std::nullopt unless `text` is exactly of that form and a valid time.
    static std::optional<QDateTime> parseTime(QStringView text);
};

} // namespace ud
