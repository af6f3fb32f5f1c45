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
// (CanonicalJson), compressed with zstd ("Content-Encoding: zstd") when longer than 1 KB; a body
// compressed with zlib ("Content-Encoding: deflate", what earlier builds sent) is still read.
// And the protocol's limits. The messages themselves are in SyncMessages.h.
class SyncCodec
{
    Q_DECLARE_TR_FUNCTIONS(SyncCodec)

public:
    static constexpr int kProtocolMin = 1;
    static constexpr int kProtocolMax = 1;
    static constexpr int kMaxRecords = 500;                        // per push
    static constexpr qint64 kMaxBatchBytes = 4 * 1024 * 1024;      // a push body, uncompressed
    static constexpr qint64 kMaxRequestBytes = 16 * 1024 * 1024;   // a request body as sent
    static constexpr int kCompressAboveBytes = 1024;               // bodies longer than this are compressed

    // decodeBody's reason codes (ASCII, for the protocol and logs).
    static constexpr char kTooLarge[] = "too_large";
    static constexpr char kBadEncoding[] = "bad_encoding";
    static constexpr char kBadJson[] = "bad_json";

    // Canonical JSON of `body`, compressed with zstd when longer than kCompressAboveBytes;
    // `*compressed` tells which (send the Content-Encoding contentEncoding() names then).
    static QByteArray encodeBody(const QJsonObject &body, bool *compressed);
    // The same for a body already written as canonical JSON text.
    static QByteArray encodeCanonical(const QByteArray &text, bool *compressed);
    // The JSON object of a body as received; a compressed body is zstd or zlib, told apart by its
    // first bytes. Refuses, without ever holding more than `maxInflatedBytes` (+1) of output: a
    // body longer than that once unpacked (too_large), malformed, truncated or trailing
    // compressed data (bad_encoding), and text that is not one JSON object (bad_json).
    // `*reasonCode` (when given) is set to the code on failure, cleared on success.
    static Result<QJsonObject> decodeBody(const QByteArray &body, bool compressed, qint64 maxInflatedBytes,
                                          QByteArray *reasonCode = nullptr);
    // The Content-Encoding of a body: "" when not compressed, else "zstd" or "deflate".
    static QByteArray contentEncoding(QByteArrayView body, bool compressed);
    static bool isZstd(QByteArrayView body);

    // zstd (one frame, level 1) of raw bytes, and back with the same limit and refusals as
    // decodeBody.
    static QByteArray zstdCompress(const QByteArray &data);
    static Result<QByteArray> zstdDecompress(const QByteArray &data, qint64 maxBytes, QByteArray *reasonCode = nullptr);

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
